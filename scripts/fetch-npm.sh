#!/usr/bin/env bash
# Installs one pinned npm package (no install scripts) into a cache folder
# outside git, for the tests that run an official tool in Node: the C2PA
# verifier (@contentauth/c2pa-wasm), the OpenAI SDK (openai), and nsfwjs with
# the pure-JavaScript @tensorflow/tfjs (never tfjs-node, which downloads a
# binary). Extra pinned packages (NAME@VERSION) install into the same folder.
# Idempotent.
# usage: fetch-npm.sh PACKAGE VERSION CACHE-NAME [EXTRA-PACKAGE@VERSION...]
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 PACKAGE VERSION CACHE-NAME [EXTRA-PACKAGE@VERSION...]" >&2; exit 2; }
pkg=$1 version=$2 name=$3
shift 3
extra=("$@")
dir="${XDG_CACHE_HOME:-$HOME/.cache}/candor/$name/$version"
have=1
for p in "$pkg@$version" "${extra[@]}"; do
  n=${p%@*}
  [ -f "$dir/node_modules/$n/package.json" ] || have=0
done
if [ $have -eq 1 ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "fetch-npm: npm is needed to install $pkg (apt-get install npm)" >&2; exit 1; }
mkdir -p "$dir"
echo "{\"name\":\"candor-$name\",\"private\":true}" > "$dir/package.json"
(cd "$dir" && npm install --silent --no-audit --no-fund --ignore-scripts --save-exact "$pkg@$version" "${extra[@]}" >&2)
echo "fetch-npm: $pkg@$version ${extra[*]} in $dir" >&2
