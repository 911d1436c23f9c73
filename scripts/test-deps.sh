#!/usr/bin/env bash
# Installs the Debian tools some tests use (exiftool reads our XMP disclosure;
# the English word lists check that no ordinary word is read as a misspelt name,
# those of the six corpus languages that none is read with a doubled letter undone;
# python3, standard library only, checks the prompt corpus).
# Does nothing when they are present, or when we cannot install (not root).
set -euo pipefail
need=()
command -v exiftool >/dev/null || need+=(libimage-exiftool-perl)
[ -f /usr/share/dict/words ] || need+=(wamerican)
[ -f /usr/share/wordnet/index.noun ] || need+=(wordnet-base)
for p in wbritish:british-english wspanish:spanish wfrench:french wngerman:ngerman \
  wportuguese:portuguese wbrazilian:brazilian witalian:italian; do
  [ -f "/usr/share/dict/${p#*:}" ] || need+=("${p%%:*}")
done
command -v python3 >/dev/null || need+=(python3)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "test-deps: installing ${need[*]}" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >&2
else
  echo "test-deps: missing ${need[*]}; tests that need them will fail under CANDOR_REQUIRE_*" >&2
fi
