#!/usr/bin/env bash
# Takes headless Chromium screenshots of the example bulletin, as citizens see it:
# the home page, an article and a locality page, on a 390-pixel phone and a desktop,
# in each theme, light and dark. Pictures go to docs/screenshots/ (or the folder given
# as $1), named <theme>-<page>-<phone|desktop>[-dark].png.
# Needs Debian's chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
mkdir -p "$out"
# $BANTIN names a bantin already built; otherwise a release build is made.
bantin="${BANTIN:-}"
if [ -z "$bantin" ]; then
  swift build -c release --product bantin >/dev/null
  bantin=.build/release/bantin
fi
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
  "$bantin" build "$work/$theme" >/dev/null
  for entry in "${pages[@]}"; do
    name="${entry%%:*}"; page="${entry#*:}"
    for size in "phone:390,2400" "desktop:1280,1800"; do
      label="${size%%:*}"; window="${size#*:}"
      for scheme in "" "-dark"; do
        chromium --headless --no-sandbox --disable-gpu --hide-scrollbars ${scheme:+--force-dark-mode} \
          --window-size="$window" --screenshot="$out/$theme-$name-$label$scheme.png" \
          "file://$work/$theme/public/$page" >/dev/null 2>&1
        echo "$out/$theme-$name-$label$scheme.png"
      done
    done
  done
done
