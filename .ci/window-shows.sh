#!/usr/bin/env bash
# Run inside an X display: starts APP, waits up to SECONDS for a window whose title is exactly
# TITLE, then stops the app. Fails if the app exits first or the window never shows.
set -euo pipefail
app=$1 title=$2 seconds=$3
"$app" >"${TMPDIR:-/tmp}/claimdesk-window.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 $((seconds * 2))); do
  if xwininfo -root -tree | grep -q "\"$title\""; then
    echo "window \"$title\" is shown (pid $pid)"
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || { echo "$app exited before its window showed:" >&2; cat "${TMPDIR:-/tmp}/claimdesk-window.log" >&2; exit 1; }
  sleep 0.5
done
echo "no window titled \"$title\" after ${seconds}s" >&2
exit 1
