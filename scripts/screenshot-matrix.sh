#!/usr/bin/env bash
# Screenshots of the demo case file as a user sees it: the app under Xvfb at a screen size, in a
# language, on a page; taken with ImageMagick's `import -window root`. For looking at what is
# clipped, and for the pictures in docs/.
#
#   scripts/screenshot-matrix.sh [BUILD_DIR] [OUT_DIR]   (docs/ pictures: scripts/screenshots.sh)
#   SIZES="1366x768 1920x1080" LANGS="en es" PAGES="0 4" scripts/screenshot-matrix.sh
# Pages: 0 Clients, 1 Documents, 2 Vaughn, 3 Audit, 4 Research, 5 Activity log.
set -euo pipefail

build=${1:-build}
out=${2:-screenshots}
sizes=${SIZES:-"1366x768 1920x1080"}
langs=${LANGS:-"en es"}
pages=${PAGES:-"0 1 2 3 4 5"}
wait=${WAIT:-12}
mkdir -p "$out"
display=:$((90 + RANDOM % 9))

for size in $sizes; do
  Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp &
  xvfb=$!
  sleep 2
  for lang in $langs; do
    for page in $pages; do
      home=$(mktemp -d)
      mkdir -p "$home/.config/Rebuttal"
      # The page to open on, as the app remembers it.
      printf '[MainWindow]\npage=%s\n' "$page" > "$home/.config/Rebuttal/rebuttal.conf"
      language=$([ "$lang" = en ] && echo en_US || echo "$lang")
      HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home \
        LANGUAGE=$language LANG=C.UTF-8 DISPLAY=$display QT_QPA_PLATFORM=xcb \
        REBUTTAL_PDF_WORKER="$build/app/rebuttal-pdf-worker" "$build/app/rebuttal" --demo &
      app=$!
      sleep "$wait"
      DISPLAY=$display import -window root "$out/${size}-${lang}-page${page}.png"
      kill "$app" 2>/dev/null || true
      wait "$app" 2>/dev/null || true
      rm -rf "$home"
    done
  done
  kill "$xvfb"
  wait "$xvfb" 2>/dev/null || true
done
ls "$out"
