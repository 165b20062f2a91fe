#!/usr/bin/env bash
# Renders a generated HTML review report in a real browser engine (headless Chromium) and
# saves a screenshot: the sample article, imported and partly reviewed through the CLI,
# exported with `claimdesk export --format html`.
#
# Usage: bash .ci/report-screenshot.sh [OUT.png]   (default: ui/screenshots/report.png)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/ui/screenshots/report.png}"
target="${CARGO_TARGET_DIR:-$root/target}"

if ! command -v chromium >/dev/null; then
  echo "Installing chromium…"
  apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

cargo build --quiet -p claimdesk-cli --manifest-path "$root/Cargo.toml"
cli="$target/debug/claimdesk"

work="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$work" "$profile"' EXIT
export CLAIMDESK_DB="$work/report.sqlite3"

"$cli" import "$root/src-tauri/crates/core/sample/seed.txt" >/dev/null
# Review the first claims of each kind the sample has: one disputed with a source and a
# note, the others verified, so the report shows every part of a review.
mapfile -t ids < <("$cli" claims --format json |
  python3 -c 'import json,sys; print("\n".join(str(c["id"]) for c in json.load(sys.stdin)[:4]))')
"$cli" review "${ids[0]}" --status disputed --reason "The ministry's own figures say otherwise." \
  --source "https://example.org/ministry-statement" --stance refutes --title "Ministry statement" \
  --note "Checked with the ministry's press office by phone." >/dev/null
for id in "${ids[@]:1:2}"; do
  "$cli" review "$id" --status verified --reason "Matches the recorded interview." \
    --source "https://example.org/interview" --stance supports --title "Interview recording" >/dev/null
done
"$cli" export --format html --output "$work/report.html" >/dev/null

mkdir -p "$(dirname "$out")"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
  --hide-scrollbars --screenshot="$out" --window-size=1200,1600 "file://$work/report.html" 2>/dev/null
test -s "$out"
echo "report screenshot: $out"
