#!/usr/bin/env bash
# Installs what Bantin and its tests need from Debian's packages, when it is missing:
# the C libraries Bantin links (cmark, and libvips for pictures), and the vi_VN.UTF-8 and tr_TR.UTF-8 locales the
# determinism test builds under (glibc silently falls back to C for a locale that is not
# generated, and the test would then vary the time zone alone).
set -euo pipefail
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
updated=""
update() {
  if [ -z "$updated" ]; then $sudo apt-get update; updated=1; fi
}

if [ ! -f /usr/include/cmark.h ] || ! command -v pkg-config >/dev/null 2>&1; then
  update
  $sudo apt-get install -y libcmark-dev pkg-config
fi

if ! pkg-config --exists vips 2>/dev/null; then
  update
  $sudo apt-get install -y libvips-dev
fi

locales="vi_VN tr_TR"
missing=""
for name in $locales; do
  # `locale -a` writes utf8 in lower case without the dash: vi_VN.utf8.
  if ! locale -a 2>/dev/null | grep -qx "$name.utf8"; then missing="$missing $name"; fi
done
if [ -n "$missing" ]; then
  if ! command -v locale-gen >/dev/null 2>&1; then
    update
    $sudo apt-get install -y locales
  fi
  for name in $missing; do
    # Uncomment the locale in /etc/locale.gen, or add it when the list does not have it.
    $sudo sed -i "s/^# *\($name\.UTF-8 UTF-8\)\$/\1/" /etc/locale.gen
    if ! grep -qx "$name\.UTF-8 UTF-8" /etc/locale.gen; then
      echo "$name.UTF-8 UTF-8" | $sudo tee -a /etc/locale.gen >/dev/null
    fi
  done
  $sudo locale-gen
fi

# The browser tests (Tests/browser): Debian's chromium, pytest and Playwright for Python (no browser download);
# and jsonschema with PyYAML, the validator the JSON Schema tests check the generated schemas with.
if ! command -v chromium >/dev/null 2>&1; then
  update
  $sudo apt-get install -y chromium python3-pip
fi
if ! python3 -c "import playwright, pytest, jsonschema, yaml" >/dev/null 2>&1; then
  python3 -m pip install playwright pytest jsonschema pyyaml || python3 -m pip install --break-system-packages playwright pytest jsonschema pyyaml
fi
