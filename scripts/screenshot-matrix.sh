#!/usr/bin/env bash
# Screenshots of every page and every dialog as a user sees them, at each screen size and in each
# language, for looking at what is clipped. Pages: the app under Xvfb (scripts/screenshots.sh).
# Dialogs: tst_screenfit opens each one under Xvfb on a screen of that size and, with REBUTTAL_SHOTS
# set, saves what it shows (it fails when a dialog or one of its buttons is off the screen, or a
# table scrolls sideways).
#
#   scripts/screenshot-matrix.sh [BUILD_DIR] [OUT_DIR]        (build-test screenshots)
#   SIZES="1366x768 1920x1080" LANGS="en es" scripts/screenshot-matrix.sh
# Writes OUT_DIR/SIZE-LANG/screenshot-PAGE.png and OUT_DIR/SIZE-dialogs/WHAT-LANG.png.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-test}
out=${2:-screenshots}
sizes=${SIZES:-"1366x768 1920x1080"}
langs=${LANGS:-"en es"}

for size in $sizes; do
  for lang in $langs; do
    scripts/screenshots.sh "$build" "$out/$size-$lang" "$size" "$lang"
  done
  # Both languages in one run: each dialog is saved as NAME-en.png and NAME-es.png.
  dialogs="$out/$size-dialogs"
  mkdir -p "$dialogs"
  # Under Xvfb, as the pages are: the fonts and metrics of a real X server, not the offscreen platform's.
  REBUTTAL_SHOTS="$(realpath "$dialogs")" REBUTTAL_SCREEN="$size" QT_QPA_PLATFORM=xcb \
    REBUTTAL_PDF_WORKER="$PWD/$build/app/rebuttal-pdf-worker" \
    xvfb-run -a -s "-screen 0 ${size}x24" "$build/tests/tst_screenfit" everyPage researchTables everyDialog messageBoxes fileDialogs progressDialogs \
    >"$dialogs/tst_screenfit.log" 2>&1 ||
    echo "tst_screenfit failed at $size: see $dialogs/tst_screenfit.log" >&2
done
find "$out" -name '*.png' | sort
