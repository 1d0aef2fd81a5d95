#!/usr/bin/env bash
# What the end-to-end tests need from Debian: its Chromium (Playwright cannot download its own
# browser on machines that reach only the npm registry and Debian's packages) and faketime (the
# "a year from now" journeys run a server whose clock is a year ahead).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v faketime >/dev/null || missing+=(faketime)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "samplan: the end-to-end tests need ${missing[*]} and I cannot install them without root." >&2
  echo "         Install Debian's packages (${missing[*]}), or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "samplan: installing ${missing[*]} from Debian's packages" >&2
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
