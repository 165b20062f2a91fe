#!/usr/bin/env bash
# The desk at scale, as one table: builds a corpus of SCALE articles from the PolNeAR texts
# (each copy varied by one added sentence, so none is a duplicate), imports it with the
# release CLI, then times the queries the window runs (examples/scale_queries.rs).
# usage: bench-scale.sh SHARED_DIR [SCALE]     (make bench-scale; SCALE=N make bench-scale)
#
# More rows: set BENCH_SCALE_HOOKS to scripts run as `HOOK DB`, each printing table rows
# ("| what | value |") or "name value" lines. .ci/bench-window.sh, when present, is run as
# `bench-window.sh APP DB` with the release app (the window's cold start and memory).
set -euo pipefail
shared=$1; scale=${2:-100000}
texts=$(ls "$shared"/data/polnear/{train,dev,test}/text/*.txt 2>/dev/null | wc -l)
[ "$texts" -gt 0 ] || { echo "bench-scale: no PolNeAR texts under $shared/data/polnear" >&2; exit 1; }

cargo build --locked --release -q -p claimdesk-cli --bin claimdesk --example scale_queries
cli=target/release/claimdesk
queries=target/release/examples/scale_queries

work=$(mktemp -d "${TMPDIR:-/tmp}/claimdesk-bench-scale.XXXXXX")
trap 'rm -rf "$work"' EXIT
corpus=$work/corpus; db=$work/desk.sqlite3

python3 - "$shared/data/polnear" "$corpus" "$scale" <<'PY'
import glob, os, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [open(p, encoding="utf-8").read().rstrip("\n")
         for split in ("train", "dev", "test")
         for p in sorted(glob.glob(os.path.join(src, split, "text", "*.txt")))]
for i in range(n):
    folder = os.path.join(out, f"{i // 1000:04d}")
    if i % 1000 == 0:
        os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"{i:06d}.txt"), "w", encoding="utf-8") as f:
        f.write(texts[i % len(texts)])
        f.write(f"\n\nThis is archive copy {i} of the story.\n")
PY
bytes=$(du -sb "$corpus" | cut -f1)

/usr/bin/time -v -o "$work/time.txt" "$cli" --db "$db" import "$corpus" --quiet --format json \
  > "$work/summary.json" || true
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0;
  for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time.txt")
peak_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
imported=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["imported"]))' "$work/summary.json")
claims=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["claims_added"])' "$work/summary.json")
db_bytes=$(( $(stat -c %s "$db") + $(stat -c %s "$db-wal" 2>/dev/null || echo 0) ))

echo
echo "Claimdesk at scale: $imported articles, $claims claims ($(nproc) cores; other builds may share them)"
echo
echo "| what | measured |"
echo "|---|---|"
awk -v n="$imported" -v b="$bytes" -v s="$wall" 'BEGIN {
  printf "| import (release CLI, wall clock) | %.0f articles/s, %.1f MB/s (%.1f s) |\n", n / s, b / 1e6 / s, s }'
awk -v d="$db_bytes" -v n="$imported" 'BEGIN {
  printf "| database size | %.0f MB, %.0f bytes per article |\n", d / 1e6, d / n }'
awk -v k="$peak_kb" 'BEGIN { printf "| peak memory of the import | %.0f MB |\n", k / 1024 }'
"$queries" "$db"
as_rows() { awk '/^\|/ { print; next } NF >= 2 { k = $1; $1 = ""; printf "| %s |%s |\n", k, $0 }'; }
for hook in ${BENCH_SCALE_HOOKS:-}; do "$hook" "$db" | as_rows || echo "| $hook | failed |"; done
app=target/release/claimdesk-app
if [ -x .ci/bench-window.sh ] && [ -x "$app" ]; then
  .ci/bench-window.sh "$app" "$db" | as_rows || echo "| window rows | failed |"
else
  echo "| app cold start to first article list; app memory | not measured here (needs .ci/bench-window.sh and make app) |"
fi
