#!/usr/bin/env bash
# Benchmarks the production import against the standard tools doing the same steps on the same
# file: pdftotext (text), pdftoppm -r 72 (rendering), tesseract (OCR of the scanned pages).
# Not part of the test suite.   scripts/benchmark.sh [PAGES]   (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-1000}"

scripts/install-deps.sh
build="${REBUTTAL_RELEASE_BUILD:-build-release}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target rebuttal-cli rebuttal-pdf-worker bench_make_production >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pdf="$work/production.pdf"
"$build/tests/bench_make_production" "$pdf" "$pages" >"$work/made.txt" 2>/dev/null
scanned=$(awk '{print $3}' "$work/made.txt")

# Runs a command, printing "seconds peak-MiB": the peak is the sum of the resident memory of the
# command and all its child processes (the importer's PDF workers included), sampled every 50 ms.
measure() {
  python3 - "$@" <<'PY'
import os, subprocess, sys, time
def tree_rss(pid):
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            with open(f"/proc/{p}/task/{p}/children") as f:
                stack += [int(c) for c in f.read().split()]
        except OSError:
            pass
    return total
start = time.time()
proc = subprocess.Popen(["bash", "-c", sys.argv[1]], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
peak = 0
while proc.poll() is None:
    peak = max(peak, tree_rss(proc.pid))
    time.sleep(0.05)
if proc.returncode != 0:
    sys.exit(f"failed: {sys.argv[1]}")
print(f"{time.time() - start:.2f} {peak / 1024:.0f}")
PY
}

store="$work/bench.rebuttal"
"$build/app/rebuttal-cli" --store "$store" init 2>/dev/null
read -r ours ours_mb < <(measure "'$build/app/rebuttal-cli' --store '$store' import production '$pdf'")

# The standard tools, each step over the same file; OCR of the scanned pages on every core.
mkdir -p "$work/png" "$work/ocr"
read -r text_s text_mb < <(measure "pdftotext '$pdf' '$work/text.txt'")
read -r render_s render_mb < <(measure "pdftoppm -r 72 -png '$pdf' '$work/png/p'")
scanned_pages=$(seq 4 7 "$pages" | tr '\n' ' ')
read -r ocr_s ocr_mb < <(measure "printf '%s\n' $scanned_pages | xargs -P $(nproc) -I{} sh -c \
  'pdftoppm -r 300 -gray -f {} -l {} -singlefile \"$pdf\" \"$work/ocr/p{}\" && tesseract \"$work/ocr/p{}.pgm\" - -l eng+spa >/dev/null 2>&1'")
tools=$(python3 -c "print(f'{$text_s + $render_s + $ocr_s:.2f}')")
tools_mb=$(python3 -c "print(max($text_mb, $render_mb, $ocr_mb))")

python3 - "$pages" "$scanned" "$ours" "$ours_mb" "$text_s" "$render_s" "$ocr_s" "$tools" "$tools_mb" "$(nproc)" <<'PY'
import sys
pages, scanned = int(sys.argv[1]), int(sys.argv[2])
ours, ours_mb, text_s, render_s, ocr_s, tools, tools_mb, cores = map(float, sys.argv[3:])
print(f"Production import benchmark: {pages} pages ({scanned} scanned), {int(cores)} cores")
print(f"  rebuttal-cli import production   {ours:8.2f} s  {pages / ours:7.1f} pages/s  peak {ours_mb:5.0f} MiB (all processes)")
print(f"  standard tools, same steps       {tools:8.2f} s  {pages / tools:7.1f} pages/s  peak {tools_mb:5.0f} MiB")
print(f"    pdftotext {text_s:.2f} s, pdftoppm -r 72 {render_s:.2f} s, tesseract eng+spa on {scanned} scanned pages {ocr_s:.2f} s")
print(f"  ratio: Rebuttal takes {ours / tools:.2f}x the time of the standard tools")
PY
