#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for the tests: Debian packages (below) and the npm packages, exactly
# as package-lock.json has them. playwright-core drives Debian's /usr/bin/chromium; nothing downloads a browser.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: Chromium for the browser tests; openpyxl and LibreOffice, independent readers of the
# .xlsx files the add-in saves; poppler-utils (pdftotext, pdftoppm) to read and draw the pages LibreOffice
# prints, and Carlito, the font with Calibri's widths, so that printed pages wrap text as Excel does.
need=()
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then need+=(chromium fonts-liberation); fi
if ! /usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1; then need+=(python3-openpyxl); fi
if ! command -v soffice >/dev/null 2>&1; then need+=(libreoffice-calc-nogui); fi
if ! command -v pdftoppm >/dev/null 2>&1; then need+=(poppler-utils); fi
if ! fc-list 2>/dev/null | grep -qi carlito; then need+=(fonts-crosextra-carlito); fi
if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
    echo "setup: installing Debian packages: ${need[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "setup: no apt-get here; install Chromium yourself (or set PMF_CHROMIUM to a Chromium binary)" >&2
  fi
fi

npm ci --no-audit --no-fund
