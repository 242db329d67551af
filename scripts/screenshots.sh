#!/usr/bin/env bash
# Takes the screenshots in docs/ under Xvfb: a case file with the demo clients, the I-213 excerpt
# and the FDA productions of ../shared/corpus/real, and two Vaughn indexes; the app opened on one
# page at a time, in English or Spanish, at the screen size given. Not part of the test suite.
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR] [WIDTHxHEIGHT] [LANGUAGE]   (build-test docs 1366x768 en)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-test}"
out="${2:-docs}"
size="${3:-1366x768}"
language="${4:-en}"
corpus="${REBUTTAL_CORPUS:-../shared/corpus/real}"
[ -d "$corpus" ] || corpus=/work/shared/corpus/real

mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
store="$work/demo.rebuttal"
cli="$build/app/rebuttal-cli"
export REBUTTAL_PDF_WORKER="$PWD/$build/app/rebuttal-pdf-worker"
"$cli" --store "$store" init >/dev/null
"$cli" --store "$store" import cases resources/demo/cases.json >/dev/null
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

# One page at a time: the app reopens on the page it was closed on (MainWindow/page).
shoot() { # PAGE_NUMBER NAME
  local home="$work/home-$2"
  mkdir -p "$home/.config/Rebuttal"
  printf '[MainWindow]\npage=%s\n' "$1" >"$home/.config/Rebuttal/rebuttal.conf"
  HOME="$home" XDG_CONFIG_HOME="$home/.config" LANGUAGE="$language" LANG="$([ "$language" = es ] && echo es_ES.UTF-8 || echo en_US.UTF-8)" \
    xvfb-run -a -s "-screen 0 ${size}x24" bash -c "
      '$build/app/rebuttal' '$store' & app=\$!
      sleep \${REBUTTAL_SCREENSHOT_WAIT:-12}
      import -window root '$out/$2.png'
      kill \$app; wait \$app 2>/dev/null || true"
  # The window takes 9/10 of a screen it has never seen (MainWindow::restoreLayout): keep just it.
  local w=${size%x*} h=${size#*x}
  convert "$out/$2.png" -crop "$((w * 9 / 10))x$((h * 9 / 10))+0+0" +repage "$out/$2.png"
}
shoot 1 screenshot-documents
shoot 3 screenshot-audit
