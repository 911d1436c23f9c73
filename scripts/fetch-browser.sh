#!/usr/bin/env bash
# Installs what the browser tests drive: Debian's Chromium (only where we are
# root and apt-get exists, as on CI) and the pinned npm playwright-core that
# talks to it (never `npx playwright install`, which downloads a browser of
# its own and fails where only the npm registry is reachable).
# usage: fetch-browser.sh PLAYWRIGHT-CORE-VERSION
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 PLAYWRIGHT-CORE-VERSION" >&2; exit 2; }
if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "fetch-browser: installing Debian chromium" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core) >&2
  else
    echo "fetch-browser: chromium is missing (apt-get install chromium); browser tests fail under CANDOR_REQUIRE_BROWSER=1" >&2
  fi
fi
exec bash "$(dirname "$0")/fetch-npm.sh" playwright-core "$1" playwright-core
