#!/usr/bin/env bash
# Fetches the CPU build of ONNX Runtime out of the npm package onnxruntime-node
# (npm pack runs no install scripts, so nothing else is downloaded), checks its
# sha256 and caches it outside git. Idempotent: does nothing when the library is
# already there with the right hash.
set -euo pipefail
version=1.30.0
sha=ffb75a925ba05e47b235bb66e3e3911714a80b328a9c9425539feb204aa32a23
dir="${XDG_CACHE_HOME:-$HOME/.cache}/candor/onnxruntime/$version"
lib="$dir/libonnxruntime.so.1"
if [ -f "$lib" ] && echo "$sha  $lib" | sha256sum -c --status; then
  exit 0
fi
command -v npm >/dev/null || { echo "fetch-ort: npm is needed to fetch ONNX Runtime (apt-get install npm)" >&2; exit 1; }
mkdir -p "$dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "fetch-ort: fetching onnxruntime-node@$version with npm pack (about 113 MB)" >&2
(cd "$tmp" && npm pack --silent "onnxruntime-node@$version" >/dev/null)
tar -xzf "$tmp"/onnxruntime-node-"$version".tgz -C "$tmp" package/bin/napi-v6/linux/x64/libonnxruntime.so.1
got=$(sha256sum "$tmp/package/bin/napi-v6/linux/x64/libonnxruntime.so.1" | cut -d' ' -f1)
if [ "$got" != "$sha" ]; then
  echo "fetch-ort: sha256 mismatch: got $got, want $sha" >&2
  exit 1
fi
mv "$tmp/package/bin/napi-v6/linux/x64/libonnxruntime.so.1" "$lib.tmp"
mv "$lib.tmp" "$lib"
echo "fetch-ort: $lib" >&2
