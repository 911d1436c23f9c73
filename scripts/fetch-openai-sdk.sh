#!/usr/bin/env bash
# Installs the official OpenAI Node SDK into a cache folder outside git, for
# the test that drives candor's Images API with it (CONTRACT: "works with the
# official OpenAI SDKs"). openai@4 supports Node 18+; later majors need Node 22.
set -euo pipefail
version=4.95.0
dir="${XDG_CACHE_HOME:-$HOME/.cache}/candor/openai-node/$version"
if [ -f "$dir/node_modules/openai/package.json" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "fetch-openai-sdk: npm is needed (apt-get install npm)" >&2; exit 1; }
mkdir -p "$dir"
echo '{"name":"candor-openai-interop","private":true}' > "$dir/package.json"
(cd "$dir" && npm install --silent --no-audit --no-fund --ignore-scripts "openai@$version" >&2)
echo "fetch-openai-sdk: $dir" >&2
