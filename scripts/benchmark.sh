#!/usr/bin/env bash
# Benchmarks the production import against the standard tools doing the same steps on the same
# file: pdftotext (text), pdftoppm -r 72 (rendering), tesseract (OCR of the scanned pages).
# Then benchmarks research statistics: 20,000 generated clients imported with rebuttal-cli, stats
# and a chart, against the same aggregates run in the sqlite3 shell.
# Not part of the test suite.   scripts/benchmark.sh [PAGES] [CLIENTS]   (default 1000, 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-1000}"
clients="${2:-20000}"

scripts/install-deps.sh
build="${REBUTTAL_RELEASE_BUILD:-build-release}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target rebuttal-cli rebuttal-pdf-worker bench_make_production bench_make_cases >/dev/null

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

# Research statistics at scale: aggregates in SQL, so stats and charts stay fast as clients grow.
cases="$work/cases.json"
"$build/tests/bench_make_cases" "$cases" "$clients" >"$work/cases.txt"
events=$(awk '{print $3}' "$work/cases.txt")
rstore="$work/research.rebuttal"
"$build/app/rebuttal-cli" --store "$rstore" init 2>/dev/null
read -r import_s import_mb < <(measure "'$build/app/rebuttal-cli' --store '$rstore' import cases '$cases'")
read -r stats_s stats_mb < <(measure "'$build/app/rebuttal-cli' --store '$rstore' stats --json --as-of 2025-01-01")
read -r chart_s chart_mb < <(measure "'$build/app/rebuttal-cli' --store '$rstore' chart outcomes --out '$work/outcomes.png'")
read -r box_s box_mb < <(measure "'$build/app/rebuttal-cli' --store '$rstore' chart detention --out '$work/detention.svg' --as-of 2025-01-01")
# The same aggregates as stats --json (counts, relied-on events, median delay) in the sqlite3
# shell: the floor any SQLite-based tool pays for them.
cat >"$work/stats.sql" <<'SQL'
SELECT source, COUNT(*), COUNT(DISTINCT client_id) FROM allegations GROUP BY source;
SELECT a.source, e.type, COUNT(DISTINCT e.id) FROM allegations a JOIN event_allegations ea ON ea.allegation_id = a.id
  JOIN events e ON e.id = ea.event_id GROUP BY a.source, e.type;
WITH d AS (SELECT source, julianday(disclosed_on) - julianday(asserted_on) AS v FROM allegations
           WHERE length(disclosed_on) = 10 AND length(asserted_on) = 10),
     r AS (SELECT source, v, ROW_NUMBER() OVER (PARTITION BY source ORDER BY v) AS rn, COUNT(*) OVER (PARTITION BY source) AS n FROM d)
SELECT source, AVG(v) FROM r WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY source;
SQL
read -r shell_s shell_mb < <(measure "sqlite3 '$rstore' < '$work/stats.sql'")

# The import's floor: the sqlite3 shell loading the same records, as the equivalent CSV
# (rebuttal-cli export cases), into one table with no checks at all.
"$build/app/rebuttal-cli" --store "$rstore" export cases --out "$work/cases.csv" 2>/dev/null
read -r load_s load_mb < <(measure "sqlite3 '$work/floor.db' '.import --csv $work/cases.csv rows'")

# A timeline costs the same in a store of 20,000 clients as in a store of one (indexes): the
# same client, five times each.
ref=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['clients'][-1]['ref'])" "$cases")
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); d['clients']=d['clients'][-1:]; json.dump(d, open(sys.argv[2],'w'))" "$cases" "$work/one.json"
small="$work/one.rebuttal"
"$build/app/rebuttal-cli" --store "$small" init 2>/dev/null
"$build/app/rebuttal-cli" --store "$small" import cases "$work/one.json" >/dev/null
timeline5() { for _ in 1 2 3 4 5; do "$build/app/rebuttal-cli" --store "$1" timeline "$ref" --json >/dev/null; done; }
read -r big_tl_s _ < <(measure "$(declare -f timeline5); build='$build' ref='$ref' timeline5 '$rstore'")
read -r small_tl_s _ < <(measure "$(declare -f timeline5); build='$build' ref='$ref' timeline5 '$small'")

python3 - "$clients" "$events" "$import_s" "$stats_s" "$chart_s" "$box_s" "$shell_s" "$load_s" "$big_tl_s" "$small_tl_s" "$import_mb" <<'PY'
import sys
clients, events = int(sys.argv[1]), int(sys.argv[2])
imp, stats, chart, box, shell, load, big_tl, small_tl, imp_mb = map(float, sys.argv[3:])
print(f"Research statistics benchmark: {clients} clients, {events} events")
print(f"  rebuttal-cli import cases          {imp:8.2f} s  {clients / imp:7.0f} clients/s, peak {imp_mb:.0f} MiB")
print(f"  sqlite3 shell .import of the same records as CSV (no checks) {load:.2f} s: import takes {imp / load:.2f}x")
print(f"  rebuttal-cli timeline --json x5    {big_tl:8.2f} s with {clients} clients, {small_tl:.2f} s with one client")
print(f"  rebuttal-cli stats --json          {stats:8.2f} s  (process start, store checks, SQL, JSON)")
print(f"  rebuttal-cli chart outcomes (PNG)  {chart:8.2f} s")
print(f"  rebuttal-cli chart detention (SVG) {box:8.2f} s")
print(f"  sqlite3 shell, same aggregates     {shell:8.2f} s")
print(f"  ratio: stats --json takes {stats / shell:.2f}x the time of the bare SQL in the sqlite3 shell")
PY
