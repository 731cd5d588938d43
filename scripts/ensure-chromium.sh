#!/usr/bin/env bash
# The browser tests drive Debian's Chromium: Playwright cannot download its own browsers here.
# Installs it when missing (needs root, as on CI); elsewhere, says what to do.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
else
  echo "No Chromium at $browser: install Debian's chromium package (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
