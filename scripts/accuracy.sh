#!/usr/bin/env bash
# Measures how well Rebuttal reads redactions: generates PAGES pages of productions with known
# truth (tests/accuracy/generate.py, seeded), imports them with rebuttal-cli, scores the result
# per class (notation, placement, box style, text vs scan), and scores ../shared/corpus/ against
# tests/data/corpus-truth.json in the same run. Not part of the test suite.
#   scripts/accuracy.sh [PAGES] [SEED]      (default 1000 pages, seed 1)
#   REBUTTAL_BUILD=build-test (default) names the build whose rebuttal-cli is measured.
#   Extra arguments after SEED go to score.py (--markdown, --min METRIC=VALUE).
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-1000}"
seed="${2:-1}"
shift $(( $# > 2 ? 2 : $# ))

scripts/install-deps.sh
build="${REBUTTAL_BUILD:-build-test}"
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target rebuttal-cli rebuttal-pdf-worker >/dev/null

work="${REBUTTAL_ACCURACY_WORK:-$(mktemp -d)}"
export REBUTTAL_PDF_WORKER="$PWD/$build/app/rebuttal-pdf-worker"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
/usr/bin/python3 tests/accuracy/run.py --cli "$build/app/rebuttal-cli" --pages "$pages" --seed "$seed" \
  --work "$work" --corpus ../shared/corpus "$@"
