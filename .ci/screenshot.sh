#!/usr/bin/env bash
# Screenshot of the real Claimdesk window under Xvfb, with the sample article open.
# usage: screenshot.sh APP_BINARY OUT.png
set -euo pipefail
app=$(realpath "$1"); out=$2
mkdir -p "$(dirname "$out")"
work=$(mktemp -d)
export CLAIMDESK_DB="$work/claimdesk.sqlite3"
cli=$(dirname "$app")/claimdesk
# Review two claims through the CLI so the window shows all three status colours in use.
"$cli" import src-tauri/crates/core/sample/seed.txt >/dev/null
"$cli" review 3 --status verified --reason "Matches the agency's transcript" >/dev/null
"$cli" review 4 --status disputed --reason "No primary source" >/dev/null
xvfb-run -a -s "-screen 0 1400x860x24" bash -c "
  '$app' & pid=\$!
  sleep 6
  import -window root '$out'
  kill \$pid"
echo "screenshot: $out"
