#!/usr/bin/env bash
# Installs what the web build and the browser tests need on Debian: node + npm (the build installs Leaflet and
# Chart.js from npm) and chromium (the browser tests drive /usr/bin/chromium; Playwright never downloads a browser).
# Idempotent: does nothing when everything is there already.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

missing=()
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)

if [ ${#missing[@]} -gt 0 ]; then
  echo "browser-setup: installing ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "browser-setup: node $(node --version), npm $(npm --version), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
