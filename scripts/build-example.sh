#!/usr/bin/env bash
# Sets up what Bantin needs on Debian (libcmark-dev, and the locales the tests use),
# builds the tool, and builds the example bulletin of this repository into public/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product bantin
.build/release/bantin build .
