#!/usr/bin/env bash
# Bundles the release builds of `make app` into a Debian package with Tauri's bundler (the
# @tauri-apps/cli in ui/node_modules; nothing is downloaded). The package holds the window as
# /usr/bin/claimdesk-app, the CLI as /usr/bin/claimdesk, a desktop entry and the icons.
# Prints the path and size of the .deb.
set -euo pipefail
cd "$(dirname "$0")/.."
for built in target/release/claimdesk-app target/release/claimdesk; do
  [ -x "$built" ] || { echo "package: $built is missing; run make app first" >&2; exit 1; }
done
rm -f target/release/bundle/deb/*.deb
ui/node_modules/.bin/tauri bundle --bundles deb
deb=$(ls target/release/bundle/deb/*.deb)
echo "Debian package: $deb ($(du -h "$deb" | cut -f1))"
