#!/usr/bin/env bash
# Screenshots of every page and every dialog as a user sees them, at each screen size and in each
# language, for looking at what is clipped. Pages: the app under Xvfb (scripts/screenshots.sh).
# Dialogs: tst_screenfit opens each one on a screen of that size and, with REBUTTAL_SHOTS set,
# saves what it shows (it fails when a dialog or one of its buttons is off the screen).
#
#   scripts/screenshot-matrix.sh [BUILD_DIR] [OUT_DIR]        (build-test screenshots)
#   SIZES="1366x768 1920x1080" LANGS="en es" scripts/screenshot-matrix.sh
# Writes OUT_DIR/SIZE-LANG/screenshot-PAGE.png and OUT_DIR/SIZE-LANG/dialogs/*.png.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-test}
out=${2:-screenshots}
sizes=${SIZES:-"1366x768 1920x1080"}
langs=${LANGS:-"en es"}

for size in $sizes; do
  for lang in $langs; do
    dir="$out/$size-$lang"
    scripts/screenshots.sh "$build" "$dir" "$size" "$lang"
    mkdir -p "$dir/dialogs"
    REBUTTAL_SHOTS="$PWD/$dir/dialogs" REBUTTAL_SCREEN="$size" REBUTTAL_SHOT_LANGUAGE="$lang" \
      "$build/tests/tst_screenfit" everyDialog messageBoxes fileDialogs progressDialogs >"$dir/dialogs/tst_screenfit.log" 2>&1 ||
      echo "tst_screenfit failed at $size ($lang): see $dir/dialogs/tst_screenfit.log" >&2
  done
done
find "$out" -name '*.png' | sort
