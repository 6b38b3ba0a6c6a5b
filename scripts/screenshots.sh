#!/usr/bin/env bash
# Takes headless Chromium screenshots of the example bulletin, as citizens see it:
# the home page, an article and a locality page, on a 390-pixel phone and a desktop,
# in each theme. Pictures go to docs/screenshots/ (or the folder given as $1).
# Needs Debian's chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
mkdir -p "$out"
swift build -c release --product bantin >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pages=(
  "home:index.html"
  "article:bai-viet/lam-dong-ket-qua-noi-bat-2024/index.html"
  "locality:dia-phuong/lam-dong/index.html"
)
for theme in default contrast; do
  mkdir -p "$work/$theme"
  cp -r content "$work/$theme/"
  [ -d themes ] && cp -r themes "$work/$theme/"
  sed "s/^theme: .*/theme: $theme/" site.yaml > "$work/$theme/site.yaml"
  .build/release/bantin build "$work/$theme" >/dev/null
  for entry in "${pages[@]}"; do
    name="${entry%%:*}"; page="${entry#*:}"
    for size in "phone:390,2400" "desktop:1280,1800"; do
      label="${size%%:*}"; window="${size#*:}"
      chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --window-size="$window" --screenshot="$out/$theme-$name-$label.png" \
        "file://$work/$theme/public/$page" >/dev/null 2>&1
      echo "$out/$theme-$name-$label.png"
    done
  done
done
