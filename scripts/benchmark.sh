#!/usr/bin/env bash
# Benchmarks the production import against what a user would otherwise run on the same file:
# OCRmyPDF + pdftotext (a real scan, and the generated mixed production), and the standard tools
# step by step: pdftotext (text), pdftoppm -r 72 (rendering), tesseract (OCR of the scanned pages).
# Every figure is printed as a ratio against its reference.
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

# Runs a command, printing "seconds peak-MiB cpu-seconds": the peak is the sum of the resident
# memory of the command and all its child processes (the importer's PDF workers included).
. scripts/lib/measure.sh
measure() {
  local code seconds peak cpu
  read -r code seconds peak _ cpu < <(measure_run "$1")
  [ "$code" = 0 ] || { echo "failed: $1" >&2; exit 1; }
  echo "$seconds $peak $cpu"
}

# Scanned productions against what a user would otherwise run to make a scan searchable:
# OCRmyPDF (--jobs = cores, English and Spanish) and then pdftotext. The scan is the real FDA memo
# and ICE I-213 of ../shared/corpus/real rasterized at 200 dpi, twice (16 pages).
real=../shared/corpus/real
scan="$work/scan16.pdf"
pdftoppm -r 200 -gray -png "$real/fda-cber-memo-spikevax.pdf" "$work/memo"
pdftoppm -r 200 -gray -png "$real/ice-i213-excerpt.pdf" "$work/i213"
/usr/bin/python3 - "$work" "$scan" <<'PY'
import glob, img2pdf, sys
work, out = sys.argv[1], sys.argv[2]
pages = sorted(glob.glob(f"{work}/memo-*.png")) + sorted(glob.glob(f"{work}/i213-*.png"))
open(out, "wb").write(img2pdf.convert(pages * 2))
PY
cores=$(nproc)
ocrmypdf_then_text() { # $1 mode (--force-ocr or --skip-text), $2 the PDF
  echo "ocrmypdf --jobs $cores -l eng+spa $1 -q '$2' '$work/ocr.pdf' && pdftotext '$work/ocr.pdf' '$work/ocr.txt'"
}
scan_store="$work/scan.rebuttal"
"$build/app/rebuttal-cli" --store "$scan_store" init 2>/dev/null
read -r scan_ours scan_ours_mb _ < <(measure "'$build/app/rebuttal-cli' --store '$scan_store' import production '$scan'")
read -r scan_ref scan_ref_mb _ < <(measure "$(ocrmypdf_then_text --force-ocr "$scan")")

store="$work/bench.rebuttal"
"$build/app/rebuttal-cli" --store "$store" init 2>/dev/null
read -r ours ours_mb _ < <(measure "'$build/app/rebuttal-cli' --store '$store' import production '$pdf'")
read -r mixed_ref mixed_ref_mb _ < <(measure "$(ocrmypdf_then_text --skip-text "$pdf")")

# The standard tools, each step over the same file; OCR of the scanned pages at Tesseract's best
# setting on this machine: one thread per process (OMP_THREAD_LIMIT=1), one process per core.
mkdir -p "$work/png" "$work/ocr"
read -r text_s text_mb _ < <(measure "pdftotext '$pdf' '$work/text.txt'")
read -r render_s render_mb _ < <(measure "pdftoppm -r 72 -png '$pdf' '$work/png/p'")
scanned_pages=$(seq 4 7 "$pages" | tr '\n' ' ')
read -r ocr_s ocr_mb _ < <(measure "printf '%s\n' $scanned_pages | OMP_THREAD_LIMIT=1 xargs -P $cores -I{} sh -c \
  'pdftoppm -r 300 -gray -f {} -l {} -singlefile \"$pdf\" \"$work/ocr/p{}\" && tesseract \"$work/ocr/p{}.pgm\" - -l eng+spa >/dev/null 2>&1'")
tools=$(python3 -c "print(f'{$text_s + $render_s + $ocr_s:.2f}')")
tools_mb=$(python3 -c "print(max($text_mb, $render_mb, $ocr_mb))")

# Search: the same query over the stored pages in the sqlite3 shell's FTS5 MATCH.
read -r search_s _ < <(measure "for i in 1 2 3 4 5; do '$build/app/rebuttal-cli' --store '$store' search 'detention records' --json; done")
read -r fts_s _ < <(measure "for i in 1 2 3 4 5; do sqlite3 '$store' \"SELECT p.document_id, p.page_no, p.bates, snippet(page_search, 0, '«', '»', '…', 12) FROM page_search JOIN pages p ON p.id = page_search.rowid WHERE page_search MATCH '\\\"detention\\\" \\\"records\\\"' ORDER BY rank LIMIT 200\"; done")
read -r verify_s verify_mb _ < <(measure "'$build/app/rebuttal-cli' --store '$store' verify")

python3 - "$pages" "$scanned" "$ours" "$ours_mb" "$text_s" "$render_s" "$ocr_s" "$tools" "$tools_mb" "$cores" \
  "$scan_ours" "$scan_ours_mb" "$scan_ref" "$mixed_ref" "$search_s" "$fts_s" "$verify_s" <<'PY'
import sys
pages, scanned = int(sys.argv[1]), int(sys.argv[2])
(ours, ours_mb, text_s, render_s, ocr_s, tools, tools_mb, cores,
 scan_ours, scan_ours_mb, scan_ref, mixed_ref, search_s, fts_s, verify_s) = map(float, sys.argv[3:])
print(f"Scanned production: 16 pages at 200 dpi (real FDA memo and ICE I-213, twice), {int(cores)} cores")
print(f"  rebuttal-cli import production            {scan_ours:8.2f} s  peak {scan_ours_mb:.0f} MiB (all processes)")
print(f"  ocrmypdf --jobs {int(cores)} --force-ocr + pdftotext   {scan_ref:8.2f} s")
print(f"  ratio: {scan_ours / scan_ref:.2f}x OCRmyPDF + pdftotext")
print(f"Mixed production: {pages} pages ({scanned} scanned)")
print(f"  rebuttal-cli import production            {ours:8.2f} s  {pages / ours:7.1f} pages/s  peak {ours_mb:5.0f} MiB (all processes)")
print(f"  ocrmypdf --jobs {int(cores)} --skip-text + pdftotext   {mixed_ref:8.2f} s  ratio {ours / mixed_ref:.2f}x")
print(f"  standard tools, same steps                {tools:8.2f} s  ratio {ours / tools:.2f}x  (peak {tools_mb:.0f} MiB)")
print(f"    pdftotext {text_s:.2f} s, pdftoppm -r 72 {render_s:.2f} s, tesseract eng+spa (1 thread x {int(cores)} processes) on {scanned} scanned pages {ocr_s:.2f} s")
print(f"  rebuttal-cli search x5                    {search_s:8.2f} s; sqlite3 shell FTS5 MATCH x5 {fts_s:.2f} s: ratio {search_s / fts_s:.2f}x")
print(f"  rebuttal-cli verify (whole file)          {verify_s:8.2f} s")
PY

# Research statistics at scale: aggregates in SQL, so stats and charts stay fast as clients grow.
cases="$work/cases.json"
"$build/tests/bench_make_cases" "$cases" "$clients" >"$work/cases.txt"
events=$(awk '{print $3}' "$work/cases.txt")
rstore="$work/research.rebuttal"
"$build/app/rebuttal-cli" --store "$rstore" init 2>/dev/null
read -r import_s import_mb import_cpu < <(measure "'$build/app/rebuttal-cli' --store '$rstore' import cases '$cases'")
read -r stats_s stats_mb _ < <(measure "'$build/app/rebuttal-cli' --store '$rstore' stats --json --as-of 2025-01-01")
read -r chart_s chart_mb _ < <(measure "'$build/app/rebuttal-cli' --store '$rstore' chart outcomes --out '$work/outcomes.png'")
read -r box_s box_mb _ < <(measure "'$build/app/rebuttal-cli' --store '$rstore' chart detention --out '$work/detention.svg' --as-of 2025-01-01")
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
read -r shell_s shell_mb _ < <(measure "sqlite3 '$rstore' < '$work/stats.sql'")

# The import's floor: the sqlite3 shell loading the same records, as the equivalent CSV
# (rebuttal-cli export cases), into one table with no checks at all.
"$build/app/rebuttal-cli" --store "$rstore" export cases --out "$work/cases.csv" 2>/dev/null
read -r load_s load_mb load_cpu < <(measure "sqlite3 '$work/floor.db' '.import --csv $work/cases.csv rows'")
# The same records as CSV through rebuttal-cli, every check made as for JSON.
csv_store="$work/csv.rebuttal"
"$build/app/rebuttal-cli" --store "$csv_store" init 2>/dev/null
read -r csv_s csv_mb csv_cpu < <(measure "'$build/app/rebuttal-cli' --store '$csv_store' import cases '$work/cases.csv'")

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

python3 - "$clients" "$events" "$import_s" "$stats_s" "$chart_s" "$box_s" "$shell_s" "$load_s" "$big_tl_s" "$small_tl_s" "$import_mb" \
  "$import_cpu" "$load_cpu" "$csv_s" "$csv_mb" "$csv_cpu" <<'PY'
import sys
clients, events = int(sys.argv[1]), int(sys.argv[2])
imp, stats, chart, box, shell, load, big_tl, small_tl, imp_mb, imp_cpu, load_cpu, csv, csv_mb, csv_cpu = map(float, sys.argv[3:])
print(f"Research statistics benchmark: {clients} clients, {events} events")
print(f"  rebuttal-cli import cases (JSON)   {imp:8.2f} s  {clients / imp:7.0f} clients/s, peak {imp_mb:.0f} MiB, CPU {imp_cpu:.2f} s")
print(f"  rebuttal-cli import cases (CSV)    {csv:8.2f} s  peak {csv_mb:.0f} MiB, CPU {csv_cpu:.2f} s")
print(f"  sqlite3 shell .import of the same records as CSV (no checks) {load:.2f} s, CPU {load_cpu:.2f} s")
print(f"  ratio: import cases JSON {imp / load:.2f}x (CPU {imp_cpu / max(load_cpu, 0.01):.2f}x), "
      f"CSV {csv / load:.2f}x (CPU {csv_cpu / max(load_cpu, 0.01):.2f}x) the sqlite3 shell's .import")
print(f"  rebuttal-cli timeline --json x5    {big_tl:8.2f} s with {clients} clients, {small_tl:.2f} s with one client")
print(f"  rebuttal-cli stats --json          {stats:8.2f} s  (process start, store checks, SQL, JSON)")
print(f"  rebuttal-cli chart outcomes (PNG)  {chart:8.2f} s")
print(f"  rebuttal-cli chart detention (SVG) {box:8.2f} s")
print(f"  sqlite3 shell, same aggregates     {shell:8.2f} s")
print(f"  ratio: stats --json takes {stats / shell:.2f}x the time of the bare SQL in the sqlite3 shell")
PY
