#!/usr/bin/env bash
# Takes the screenshots in docs/ under Xvfb: a case file with the demo clients and agreements, the
# I-213 excerpt and the FDA productions of ../shared/corpus/real, and two Vaughn indexes; the app
# opened on one page at a time, in English or Spanish, at the screen size given. Not part of the
# test suite; scripts/screenshot-matrix.sh runs it for every size and language, dialogs included.
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR] [WIDTHxHEIGHT] [LANGUAGE] [PAGE...]
#   (build-test docs 1366x768 en, every page)
# Pages: clients documents vaughn agreements audit research activity (MainWindow::Page order).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-test}"
out="${2:-docs}"
size="${3:-1366x768}"
language="${4:-en}"
shift $(($# < 4 ? $# : 4))
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(clients documents vaughn agreements audit research activity)
corpus="${REBUTTAL_CORPUS:-../shared/corpus/real}"
[ -d "$corpus" ] || corpus=/work/shared/corpus/real

mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
store="$work/demo.rebuttal"
cli="$build/app/rebuttal-cli"
export REBUTTAL_PDF_WORKER="$PWD/$build/app/rebuttal-pdf-worker"
# A sanitized build reads pages several times slower than the shipped per-page limit allows.
export REBUTTAL_PAGE_TIMEOUT_MS="${REBUTTAL_PAGE_TIMEOUT_MS:-120000}"
"$cli" --store "$store" init >/dev/null
"$cli" --store "$store" import cases resources/demo/cases.json >/dev/null
if [ -f resources/demo/agreements.json ]; then
  "$cli" --store "$store" import agreements resources/demo/agreements.json >/dev/null
fi
for pdf in ice-i213-excerpt.pdf fda-cber-memo-spikevax.pdf fda-cber-moderna-mod3937-excerpt.pdf; do
  "$cli" --store "$store" import production "$corpus/$pdf" >/dev/null
done
# Two indexes that both have an entry 1, as agencies number each release's index from 1.
cat >"$work/ICE Vaughn index.csv" <<'CSV'
Entry,Document Identification,Withholding,Pages,Description,Exemptions,Justification
1,2019-ICLI-00003-022454,Partial,1-2,"Form I-213, Record of Deportable/Inadmissible Alien","(b)(6), (b)(7)(C)","(b)(6): Names of law enforcement officers; release would be an unwarranted invasion of their personal privacy. (b)(7)(C): Release of this information could reasonably be expected to constitute an unwarranted invasion of personal privacy of third parties."
2,2019-ICLI-00003-022456,Partial,1,Narrative and criminal history,"(b)(5), (b)(7)(C)","(b)(7)(C): Release of this information could reasonably be expected to constitute an unwarranted invasion of personal privacy of third parties."
CSV
cat >"$work/ICE supplemental index.csv" <<'CSV'
Entry,Document Identification,Withholding,Pages,Description,Exemptions,Justification
1,2019-ICLI-00003-022455,Partial,1,Continuation page,"(b)(7)(C), (b)(7)(E)","(b)(7)(C): Release of this information could reasonably be expected to constitute an unwarranted invasion of personal privacy of third parties."
CSV
"$cli" --store "$store" import vaughn "$work/ICE Vaughn index.csv" >/dev/null
"$cli" --store "$store" import vaughn "$work/ICE supplemental index.csv" >/dev/null

page_number() {
  case "$1" in
    clients) echo 0 ;; documents) echo 1 ;; vaughn) echo 2 ;; agreements) echo 3 ;;
    audit) echo 4 ;; research) echo 5 ;; activity) echo 6 ;;
    *) echo "unknown page: $1" >&2; exit 2 ;;
  esac
}

# One page at a time: the app reopens on the page it was closed on (MainWindow/page). The shot is
# taken once the main window is mapped and has settled (a sanitized build takes a while to draw the
# Research charts), and cropped to that window.
shoot() { # PAGE_NAME
  local home="$work/home-$1" shot="$out/screenshot-$1.png"
  mkdir -p "$home/.config/Rebuttal"
  printf '[MainWindow]\npage=%s\n' "$(page_number "$1")" >"$home/.config/Rebuttal/rebuttal.conf"
  HOME="$home" XDG_CONFIG_HOME="$home/.config" LANGUAGE="$language" LANG="$([ "$language" = es ] && echo es_ES.UTF-8 || echo en_US.UTF-8)" \
    xvfb-run -a -s "-screen 0 ${size}x24" bash -c "
      '$build/app/rebuttal' '$store' 2>'$work/stderr-$1.log' & app=\$!
      for i in \$(seq 120); do
        xwininfo -root -tree 2>/dev/null | grep -q '(\"rebuttal\" \"rebuttal\")' && break
        sleep 0.5
      done
      # Drawn: the screen is no longer all black (up to a minute), then a moment to settle.
      for i in \$(seq 30); do
        [ \"\$(import -window root -format '%[fx:maxima]' info: 2>/dev/null)\" != 0 ] && break
        sleep 2
      done
      sleep \${REBUTTAL_SCREENSHOT_WAIT:-4}
      geometry=\$(xwininfo -root -tree 2>/dev/null | grep '(\"rebuttal\" \"rebuttal\")' | grep -o '[0-9]*x[0-9]*+[0-9]*+[0-9]*' | head -1)
      import -window root '$shot'
      [ -n \"\$geometry\" ] && convert '$shot' -crop \"\$geometry\" +repage '$shot'
      kill \$app; wait \$app 2>/dev/null || true"
}
for page in "${pages[@]}"; do
  shoot "$page"
done
