#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer + UBSan) in build-fuzz and runs each for a
# few seconds on its checked-in seed corpus: a crash, a leak or a broken invariant fails the run.
# scripts/test.sh runs it; it is skipped, saying so, only where clang is not installed.
#   scripts/fuzz.sh [SECONDS]   (default 5 per target; REBUTTAL_FUZZ_BUILD: the build folder)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"
if ! command -v clang++ >/dev/null; then
  echo "fuzz: SKIPPED: clang++ is not installed, so the libFuzzer targets were not built (scripts/install-deps.sh installs clang)" >&2
  exit 0
fi
build="${REBUTTAL_FUZZ_BUILD:-build-fuzz}"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREBUTTAL_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target fuzz_pdf_pages fuzz_vaughn_readers fuzz_case_records

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
# Any undefined behaviour fails the run, except one known in RapidJSON 1.1's own header (see the file).
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tests/fuzz/ubsan.supp"
for pair in fuzz_pdf_pages:corpus fuzz_vaughn_readers:vaughn-corpus fuzz_case_records:cases-corpus; do
  target="${pair%%:*}" seeds="tests/fuzz/${pair#*:}"
  mkdir "$work/$target"
  echo "== $target on $seeds for ${seconds} s"
  # New inputs go to the first folder (a scratch one), so the checked-in corpus stays as it is. The
  # per-input timeout is generous: on a loaded machine a seed of fuzz_pdf_pages took 39 s.
  # Artifacts (a crash, a slow unit) go to the scratch folder too: libFuzzer writes them to the current
  # folder by default, which left a slow-unit-* file in the clone after a green run.
  "$build/tests/$target" "$work/$target" "$seeds" -max_total_time="$seconds" -timeout=120 -rss_limit_mb=2048 \
    -artifact_prefix="$work/$target-" -print_final_stats=1 2>"$work/$target.log" || { tail -n 60 "$work/$target.log" >&2; echo "fuzz: $target FAILED" >&2; exit 1; }
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|INITED|DONE' "$work/$target.log" | tr '\n' ' '
  # A slow unit is not a failure (a seed on a loaded machine can take seconds), but it is said.
  for slow in "$work/$target"-slow-unit-*; do
    if [ -e "$slow" ]; then echo "fuzz: $target: an input took over 10 s (kept only in this run's scratch folder)" >&2; fi
  done
  echo
done
echo "fuzz: all targets ran ${seconds} s without a finding"
