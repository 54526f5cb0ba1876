#!/usr/bin/env bash
# Puts the project's Node.js (the version in .node-version) first on PATH when the
# machine's Node is older than the supported 22/24. The npm registry ships Node itself as
# the package node-<platform>-<arch>, so this needs nothing but npm and the registry.
# Source it (`. scripts/node-runtime.sh`); FUNNELMETER_REQUIRE_NODE=24 insists on 24 (CI).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
wanted="$(tr -d '[:space:]' < "$root/.node-version")"
required_major="${FUNNELMETER_REQUIRE_NODE:-22}"
current_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"

if [ "$current_major" -lt "$required_major" ] || { [ "${FUNNELMETER_REQUIRE_NODE:-}" != "" ] && [ "$current_major" != "$required_major" ]; }; then
  platform="$(uname -s | tr '[:upper:]' '[:lower:]')"
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "No Node.js package for $(uname -m) on the npm registry; install Node ${wanted} yourself." >&2; exit 1 ;;
  esac
  cache="${FUNNELMETER_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/funnelmeter/node-${wanted}}"
  bin="$cache/node_modules/node-${platform}-${arch}/bin"
  if [ ! -x "$bin/node" ]; then
    echo "== fetching Node.js ${wanted} from the npm registry (node-${platform}-${arch})"
    mkdir -p "$cache"
    npm install --prefix "$cache" --no-save --no-audit --no-fund --no-package-lock --loglevel=error \
      "node-${platform}-${arch}@${wanted}" >/dev/null
  fi
  export PATH="$bin:$PATH"
fi
echo "== node $(node --version), npm $(npm --version)"
