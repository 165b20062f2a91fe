#!/usr/bin/env bash
# Prints the claimdesk CLI's speed and peak memory extracting the dev articles repeated to >= 5 MB.
# usage: cli-peak-memory.sh CLI DEV_DIR
set -euo pipefail
cli=$1; dev=$2
big=$(mktemp --suffix=.txt)
while [ "$(stat -c %s "$big")" -lt 5242880 ]; do
  for f in "$dev"/*.txt; do cat "$f"; printf '\n\n'; done >> "$big"
done
bytes=$(stat -c %s "$big")
/usr/bin/time -f '%e %M' -o "$big.time" "$cli" extract --format json "$big" > /dev/null
read -r secs kib < "$big.time"
awk -v b="$bytes" -v s="$secs" -v k="$kib" 'BEGIN {
  printf "cli extract: %.1f MB in %.2f s (%.1f MB/s end to end), peak memory %.1f MB\n", b/1e6, s, (s > 0 ? b/1e6/s : 0), k/1024 }'
rm -f "$big" "$big.time"
