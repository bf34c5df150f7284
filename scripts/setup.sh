#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for the tests: the npm packages (exact, from package-lock.json) and
# Debian's Chromium for the browser tests (playwright-core drives /usr/bin/chromium; it downloads nothing).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
    echo "setup: installing Debian chromium for the browser tests"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  else
    echo "setup: no apt-get here; install Chromium yourself, or set PMF_CHROMIUM to a Chromium binary" >&2
  fi
fi

npm ci --no-audit --no-fund
