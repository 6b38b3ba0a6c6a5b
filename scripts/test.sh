#!/usr/bin/env bash
# The whole test suite: the Swift tests, then the example site built and searched in a real
# browser (Tests/browser, pytest with Playwright and Debian's chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
swift test --no-parallel
scripts/build-example.sh
python3 -m pytest -q Tests/browser
