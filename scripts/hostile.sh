#!/usr/bin/env bash
# Runs the hostile-input suite (ctest -R tst_hostile) and then rebuttal-cli on each hostile input
# under /usr/bin/time -v, printing per input: exit code, seconds, the peak memory summed over all
# processes (the CLI and its PDF workers, sampled every 50 ms) and the largest single process's
# peak as /usr/bin/time reports it. Fails when any import's summed peak exceeds 1 GiB.
# Not part of the test suite.   scripts/hostile.sh [--no-suite]   (REBUTTAL_HOSTILE_BUILD: the build folder,
# default build-release, configured Release with tests; sanitized builds run without the workers'
# memory limit and use several times the memory)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${REBUTTAL_HOSTILE_BUILD:-build-release}"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON >/dev/null
fi
if [ "${1:-}" != "--no-suite" ]; then
  cmake --build "$build" --parallel "$(nproc)" --target tst_hostile_import tst_hostile_vaughn tst_hostile_notanalysed \
    tst_hostile_ui >/dev/null
  echo "== the hostile suite"
  QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" -R tst_hostile --output-on-failure
fi
cmake --build "$build" --parallel "$(nproc)" --target rebuttal-cli rebuttal-pdf-worker hostile_pdf_worker make_hostile_inputs >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/tests/make_hostile_inputs" "$work"
# Files larger than a case file can hold, sparse (they take no disk).
printf '%%PDF-1.4\n' >"$work/sparse-20g.pdf" && truncate -s 20G "$work/sparse-20g.pdf" && printf '%%%%EOF\n' >>"$work/sparse-20g.pdf"
printf '%%PDF-1.4\n' >"$work/sparse-1500m.pdf" && truncate -s 1500M "$work/sparse-1500m.pdf" && printf '%%%%EOF\n' >>"$work/sparse-1500m.pdf"
cli="$build/app/rebuttal-cli"
export REBUTTAL_PDF_WORKER="$PWD/$build/app/rebuttal-pdf-worker"

# The shared sampler: measure_run prints "exit seconds summed-peak-MiB largest-process-MiB cpu-seconds".
. scripts/lib/measure.sh

echo
echo "== rebuttal-cli on each hostile input"
printf '%-28s %-26s %5s %9s %12s %12s\n' input command exit seconds "peak MiB" "largest MiB"
worst=0
run() { # NAME COMMAND...
  local name="$1" kind="$2" file="$3"; shift 3
  local store="$work/$name.rebuttal"
  rm -f "$store"; "$cli" --store "$store" init 2>/dev/null
  read -r code seconds peak largest _ < <(measure_run "$@" "'$cli' --store '$store' import $kind '$file'")
  printf '%-28s %-26s %5s %9s %12s %12s\n' "$name" "import $kind" "$code" "$seconds" "$peak" "$largest"
  [ "$peak" -gt "$worst" ] && worst="$peak"
  return 0
}
run mediabox-14400.pdf production "$work/mediabox-14400.pdf"
run mediabox-612-14400.pdf production "$work/mediabox-612-14400.pdf"
run recursive-form.pdf production "$work/recursive-form.pdf"
run sparse-20g.pdf production "$work/sparse-20g.pdf"
run sparse-1500m.pdf production "$work/sparse-1500m.pdf"
# 21 pages that never finish, with a 1 s page limit: the restarts run out and the file is refused.
run slow-pages production "$work/mediabox-14400.pdf" REBUTTAL_PDF_WORKER="$PWD/$build/tests/hostile_pdf_worker" \
  HOSTILE_WORKER_PAGES=21 HOSTILE_WORKER_SLOW_PAGE=all REBUTTAL_PAGE_TIMEOUT_MS=1000
# Every page within its limit, the whole import past its budget (here 5 s).
run over-budget production "$work/mediabox-14400.pdf" REBUTTAL_PDF_WORKER="$PWD/$build/tests/hostile_pdf_worker" \
  HOSTILE_WORKER_PAGES=100 HOSTILE_WORKER_PAGE_MS=300 REBUTTAL_IMPORT_BUDGET_MS=5000
run vaughn-range.txt vaughn "$work/vaughn-range.txt"
run vaughn-range.csv vaughn "$work/vaughn-range.csv"
run vaughn-200x100000.csv vaughn "$work/vaughn-200x100000.csv"

echo
echo "worst summed peak: $worst MiB (bound: 1024 MiB)"
[ "$worst" -le 1024 ]
