#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium: Playwright cannot download its own browser on
# machines that reach only the npm registry and Debian's packages.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "samplan: Chromium is missing at $CHROMIUM and I cannot install it without root." >&2
  echo "         Install Debian's 'chromium' package, or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "samplan: installing Chromium from Debian's packages" >&2
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
