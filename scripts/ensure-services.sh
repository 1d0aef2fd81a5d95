#!/usr/bin/env bash
# Tests of production mode start their own throwaway PostgreSQL and Redis. PostgreSQL's server
# programs come with the machine (or Debian's postgresql package); Redis comes from Debian.
set -euo pipefail
missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
if ! command -v initdb >/dev/null && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
command -v pdftotext >/dev/null || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "samplan: tests need ${missing[*]}; install them (Debian packages) or run as root." >&2
  exit 1
fi
echo "samplan: installing ${missing[*]} from Debian's packages" >&2
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
