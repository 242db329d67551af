#!/usr/bin/env bash
# Installs whatever is missing, builds Rebuttal with AddressSanitizer + UBSan and warnings as
# errors, runs the whole test suite headless, then builds the Release .deb and checks it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

build="${REBUTTAL_TEST_BUILD:-build-test}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DREBUTTAL_SANITIZE=ON -DREBUTTAL_WERROR=ON
cmake --build "$build" --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"

# The libFuzzer targets (clang, build-fuzz), a few seconds each on their seed corpora.
scripts/fuzz.sh 5

scripts/check-package.sh
