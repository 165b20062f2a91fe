#!/usr/bin/env bash
# Installs a Claimdesk .deb into this machine with dpkg (its dependencies through apt-get if
# missing), starts the installed window under Xvfb on a temporary data folder until a window
# titled "Claimdesk" shows, runs the installed CLI on a temporary database, then removes the
# package. Stops with a message at the first step that fails. Needs root or sudo.
set -euo pipefail
deb=$(realpath "${1:?usage: package-test.sh PATH.deb}")
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
fail() { echo "package-test: FAILED: $*" >&2; exit 1; }
step() { echo "package-test: $*"; }

name=$(dpkg-deb -f "$deb" Package)
if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed"; then
  fail "$name is already installed here; remove it first (dpkg -r $name) so this check does not replace it"
fi

work=$(mktemp -d)
installed=0
cleanup() {
  if [ "$installed" -eq 1 ]; then
    $sudo dpkg -r "$name" >/dev/null || echo "package-test: could not remove $name" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# Dependencies first, so dpkg -i installs the package in one step.
missing=()
for dep in $(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*)//; s/|.*//; s/ //g'); do
  dpkg-query -W -f='${Status}' "$dep" 2>/dev/null | grep -q "install ok installed" || missing+=("$dep")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "installing the package's dependencies: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

step "dpkg -i $deb"
$sudo dpkg -i "$deb" >/dev/null || fail "dpkg -i $deb"
installed=1
for file in /usr/bin/claimdesk-app /usr/bin/claimdesk /usr/share/applications/Claimdesk.desktop \
            /usr/share/icons/hicolor/128x128/apps/claimdesk-app.png; do
  [ -e "$file" ] || fail "the package did not install $file"
done

step "starting /usr/bin/claimdesk-app under Xvfb with XDG_DATA_HOME=$work/data"
mkdir -p "$work/home" "$work/data"
env -u CLAIMDESK_DB HOME="$work/home" XDG_DATA_HOME="$work/data" TMPDIR="$work" \
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$(dirname "$0")/window-shows.sh" /usr/bin/claimdesk-app Claimdesk 60 \
  || fail "the installed window did not show"
[ -s "$work/data/claimdesk/claimdesk.sqlite3" ] \
  || fail "the window did not create its database at $work/data/claimdesk/claimdesk.sqlite3"

step "claimdesk --help"
help=$(/usr/bin/claimdesk --help) || fail "claimdesk --help exited non-zero"
grep -q "import" <<<"$help" || fail "claimdesk --help does not list import"

step "claimdesk import into $work/cli.sqlite3"
cat >"$work/article.txt" <<'TEXT'
Storm cuts power across the valley
About 4,200 households lost power on Sunday after the storm, the utility said.
"Crews will work through the night," said Dana Ruiz, a spokeswoman for the utility.
TEXT
/usr/bin/claimdesk --db "$work/cli.sqlite3" import "$work/article.txt" || fail "claimdesk import exited non-zero"
listed=$(/usr/bin/claimdesk --db "$work/cli.sqlite3" claims --format json) || fail "claimdesk claims exited non-zero"
claims=$(python3 -c 'import json,sys; print(len(json.load(sys.stdin)))' <<<"$listed") \
  || fail "claimdesk claims printed no JSON list: $listed"
[ "$claims" -gt 0 ] || fail "claimdesk found no claims in $work/article.txt"
grep -q "4,200" <<<"$listed" || fail "claimdesk claims does not list the 4,200 figure: $listed"

step "dpkg -r $name"
$sudo dpkg -r "$name" >/dev/null || fail "dpkg -r $name"
installed=0
[ ! -e /usr/bin/claimdesk-app ] && [ ! -e /usr/bin/claimdesk ] || fail "dpkg -r left the binaries behind"
step "passed: installed, window shown, the installed CLI listed $claims claims, removed"
