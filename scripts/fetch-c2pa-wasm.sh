#!/usr/bin/env bash
# Installs the official C2PA verifier (c2pa-rs compiled to WebAssembly, npm package
# @contentauth/c2pa-wasm, no dependencies, no install scripts) into a cache folder
# outside git, for the interop tests. Idempotent.
set -euo pipefail
version=0.13.3
dir="${XDG_CACHE_HOME:-$HOME/.cache}/candor/c2pa-wasm/$version"
if [ -f "$dir/node_modules/@contentauth/c2pa-wasm/package.json" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "fetch-c2pa-wasm: npm is needed (apt-get install npm)" >&2; exit 1; }
mkdir -p "$dir"
echo '{"name":"candor-c2pa-interop","private":true}' > "$dir/package.json"
(cd "$dir" && npm install --silent --no-audit --no-fund --ignore-scripts "@contentauth/c2pa-wasm@$version" >&2)
echo "fetch-c2pa-wasm: $dir" >&2
