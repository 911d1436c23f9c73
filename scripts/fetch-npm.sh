#!/usr/bin/env bash
# Installs one pinned npm package (no install scripts) into a cache folder
# outside git, for the tests that run an official tool in Node: the C2PA
# verifier (@contentauth/c2pa-wasm) and the OpenAI SDK (openai). Idempotent.
# usage: fetch-npm.sh PACKAGE VERSION CACHE-NAME
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 PACKAGE VERSION CACHE-NAME" >&2; exit 2; }
pkg=$1 version=$2 name=$3
dir="${XDG_CACHE_HOME:-$HOME/.cache}/candor/$name/$version"
if [ -f "$dir/node_modules/$pkg/package.json" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "fetch-npm: npm is needed to install $pkg (apt-get install npm)" >&2; exit 1; }
mkdir -p "$dir"
echo "{\"name\":\"candor-$name\",\"private\":true}" > "$dir/package.json"
(cd "$dir" && npm install --silent --no-audit --no-fund --ignore-scripts "$pkg@$version" >&2)
echo "fetch-npm: $pkg@$version in $dir" >&2
