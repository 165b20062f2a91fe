#!/usr/bin/env bash
# Installs the Debian packages Claimdesk needs to build and test its window, if any is missing:
# WebKitGTK for the window, Xvfb for a headless display, WebKitWebDriver for end-to-end tests,
# imagemagick for screenshots, GNU time for peak-memory figures.
set -euo pipefail
packages=(libwebkit2gtk-4.1-dev librsvg2-dev xvfb xauth webkit2gtk-driver imagemagick x11-utils time)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing system packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
