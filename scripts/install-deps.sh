#!/usr/bin/env bash
# Installs the C library Bantin links (cmark) from Debian's packages when it is missing.
set -euo pipefail
if [ ! -f /usr/include/cmark.h ] || ! command -v pkg-config >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  $sudo apt-get install -y libcmark-dev pkg-config
fi
# The browser tests (Tests/browser): Debian's chromium, pytest and Playwright for Python (no browser download).
if ! command -v chromium >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  $sudo apt-get install -y chromium python3-pip
fi
if ! python3 -c "import playwright, pytest" >/dev/null 2>&1; then
  python3 -m pip install playwright pytest || python3 -m pip install --break-system-packages playwright pytest
fi
