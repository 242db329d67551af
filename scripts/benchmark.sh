#!/usr/bin/env bash
# Benchmarks Rebuttal against what a user would otherwise run on the same input, each figure printed
# as a ratio against its reference. Not part of the test suite.
#   scripts/benchmark.sh [PART ...] [PAGES [CLIENTS]]      (default: every part, 1000 pages, 20000 clients)
# Parts (any subset, in any order; `store` is cases, reads and memory together):
#   scan    a real scan (16 pages) imported, against OCRmyPDF --force-ocr + pdftotext
#   mixed   a generated production of PAGES pages (one in seven scanned) against OCRmyPDF --skip-text +
#           pdftotext and the standard tools step by step; search on it against the sqlite3 shell
#   cases   CLIENTS generated clients imported as JSON and as CSV, against the sqlite3 shell's .import
#           of the same rows (each REBUTTAL_BENCH_RUNS times, default 5: medians of CPU and wall);
#           stats and charts against the same aggregates in the shell
#   reads   read commands on a case file holding a 10,000-page production and CLIENTS clients against the
#           same commands on a small one; search over 100,000 stored pages against the shell's FTS5 MATCH
#   memory  a 1,000- and a 10,000-page production (15% scanned) imported: peak memory summed over all
#           processes, against the budget of 400 MiB
#   server  team mode: CLIENTS clients imported into a file and into a matter on PostgreSQL (a throwaway
#           cluster on localhost, unix socket) side by side, timeline reads on both; then 8 concurrent
#           CLI clients importing and reading one matter (throughput, and every command must succeed)
set -euo pipefail
cd "$(dirname "$0")/.."
parts=()
numbers=()
for argument in "$@"; do
  case "$argument" in
    scan|mixed|cases|reads|memory|server) parts+=("$argument") ;;
    store) parts+=(cases reads memory) ;;
    [0-9]*) numbers+=("$argument") ;;
    *) echo "usage: scripts/benchmark.sh [scan|mixed|cases|reads|memory|server|store ...] [PAGES [CLIENTS]]" >&2; exit 2 ;;
  esac
done
[ ${#parts[@]} -gt 0 ] || parts=(scan mixed cases reads memory)
pages="${numbers[0]:-1000}"
clients="${numbers[1]:-20000}"
wants() { [[ " ${parts[*]} " == *" $1 "* ]]; }

scripts/install-deps.sh
build="${REBUTTAL_RELEASE_BUILD:-build-release}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target rebuttal-cli rebuttal-pdf-worker bench_make_production \
  bench_make_cases bench_make_store bench_open_documents >/dev/null
cli="$build/app/rebuttal-cli"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command, printing "seconds peak-MiB cpu-seconds": the peak is the sum of the resident
# memory of the command and all its child processes (the importer's PDF workers included).
. scripts/lib/measure.sh
measure() {
  local code seconds peak cpu
  read -r code seconds peak _ cpu < <(measure_run "$1")
  [ "$code" = 0 ] || { echo "failed: $1" >&2; exit 1; }
  echo "$seconds $peak $cpu"
}
# The median of its arguments.
median() { python3 -c 'import statistics, sys; print(statistics.median(map(float, sys.argv[1:])))' "$@"; }
cores=$(nproc)
# A machine loaded by other work stretches a scanned form page past the importer's 30 s page
# watchdog: the page would be lost and the import fail, so every import here gives a page ten minutes.
export REBUTTAL_PAGE_TIMEOUT_MS="${REBUTTAL_PAGE_TIMEOUT_MS:-600000}"
echo "Machine: $cores cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start ($(date -u +%F))"

ocrmypdf_then_text() { # $1 mode (--force-ocr or --skip-text, and any further options), $2 the PDF
  echo "ocrmypdf --jobs $cores -l eng+spa $1 -q '$2' '$work/ocr.pdf' && pdftotext '$work/ocr.pdf' '$work/ocr.txt'"
}
# OCRmyPDF at its fastest: its default output is PDF/A (a Ghostscript pass) with lossless
# optimisation; a plain PDF, not optimised, holds the same text. It already runs Tesseract one
# thread per job (it sets OMP_THREAD_LIMIT itself when the page count is at least --jobs).
ocrmypdf_fastest="--output-type pdf --optimize 0"

# Scanned productions against what a user would otherwise run to make a scan searchable:
# OCRmyPDF (--jobs = cores, English and Spanish) and then pdftotext. The scan is the real FDA memo
# and ICE I-213 of ../shared/corpus/real rasterized at 200 dpi, twice (16 pages).
part_scan() {
  local real=../shared/corpus/real scan="$work/scan16.pdf" scan_store="$work/scan.rebuttal"
  pdftoppm -r 200 -gray -png "$real/fda-cber-memo-spikevax.pdf" "$work/memo"
  pdftoppm -r 200 -gray -png "$real/ice-i213-excerpt.pdf" "$work/i213"
  /usr/bin/python3 - "$work" "$scan" <<'PY'
import glob, img2pdf, sys
work, out = sys.argv[1], sys.argv[2]
pages = sorted(glob.glob(f"{work}/memo-*.png")) + sorted(glob.glob(f"{work}/i213-*.png"))
open(out, "wb").write(img2pdf.convert(pages * 2))
PY
  "$cli" --store "$scan_store" init 2>/dev/null
  read -r scan_ours scan_ours_mb scan_ours_cpu < <(measure "'$cli' --store '$scan_store' import production '$scan'")
  read -r scan_ref _ scan_ref_cpu < <(measure "$(ocrmypdf_then_text --force-ocr "$scan")")
  read -r fast_ref _ fast_ref_cpu < <(measure "$(ocrmypdf_then_text "--force-ocr $ocrmypdf_fastest" "$scan")")
  python3 - "$cores" "$scan_ours" "$scan_ours_mb" "$scan_ref" "$scan_ours_cpu" "$scan_ref_cpu" "$fast_ref" "$fast_ref_cpu" <<'PY'
import sys
cores, scan_ours, scan_ours_mb, scan_ref, ours_cpu, ref_cpu, fast_ref, fast_cpu = map(float, sys.argv[1:])
print(f"Scanned production: 16 pages at 200 dpi (real FDA memo and ICE I-213, twice), {int(cores)} cores")
print(f"  rebuttal-cli import production            {scan_ours:8.2f} s  CPU {ours_cpu:7.2f} s  peak {scan_ours_mb:.0f} MiB (all processes)")
print(f"  ocrmypdf --jobs {int(cores)} --force-ocr + pdftotext   {scan_ref:8.2f} s  CPU {ref_cpu:7.2f} s")
print(f"  ratio: {scan_ours / scan_ref:.2f}x OCRmyPDF + pdftotext (CPU time {ours_cpu / ref_cpu:.2f}x)")
print(f"  ocrmypdf at its fastest (--output-type pdf --optimize 0) + pdftotext {fast_ref:.2f} s  CPU {fast_cpu:.2f} s:"
      f" ratio {scan_ours / fast_ref:.2f}x (CPU time {ours_cpu / fast_cpu:.2f}x)")
PY
}

# A generated mixed production against OCRmyPDF --skip-text and the standard tools step by step.
part_mixed() {
  local pdf="$work/production.pdf" store="$work/bench.rebuttal" scanned
  "$build/tests/bench_make_production" "$pdf" "$pages" >"$work/made.txt" 2>/dev/null
  scanned=$(awk '{print $3}' "$work/made.txt")
  "$cli" --store "$store" init 2>/dev/null
  read -r ours ours_mb ours_cpu < <(measure "'$cli' --store '$store' import production '$pdf'")
  read -r mixed_ref _ mixed_ref_cpu < <(measure "$(ocrmypdf_then_text --skip-text "$pdf")")
  read -r mixed_fast _ mixed_fast_cpu < <(measure "$(ocrmypdf_then_text "--skip-text $ocrmypdf_fastest" "$pdf")")
  # The standard tools, each step over the same file; OCR of the scanned pages at Tesseract's best
  # setting on this machine: one thread per process (OMP_THREAD_LIMIT=1), one process per core.
  mkdir -p "$work/png" "$work/ocr"
  read -r text_s text_mb _ < <(measure "pdftotext '$pdf' '$work/text.txt'")
  read -r render_s render_mb _ < <(measure "pdftoppm -r 72 -png '$pdf' '$work/png/p'")
  local scanned_pages
  scanned_pages=$(seq 4 7 "$pages" | tr '\n' ' ')
  read -r ocr_s ocr_mb _ < <(measure "printf '%s\n' $scanned_pages | OMP_THREAD_LIMIT=1 xargs -P $cores -I{} sh -c \
    'pdftoppm -r 300 -gray -f {} -l {} -singlefile \"$pdf\" \"$work/ocr/p{}\" && tesseract \"$work/ocr/p{}.pgm\" - -l eng+spa >/dev/null 2>&1'")
  local tools tools_mb
  tools=$(python3 -c "print(f'{$text_s + $render_s + $ocr_s:.2f}')")
  tools_mb=$(python3 -c "print(max($text_mb, $render_mb, $ocr_mb))")
  # Search: the same query over the stored pages in the sqlite3 shell's FTS5 MATCH.
  read -r search_s _ < <(measure "for i in 1 2 3 4 5; do '$cli' --store '$store' search 'detention records' --json; done")
  read -r fts_s _ < <(measure "for i in 1 2 3 4 5; do sqlite3 '$store' < '$(fts_sql)'; done")
  read -r verify_s _ < <(measure "'$cli' --store '$store' verify")
  python3 - "$pages" "$scanned" "$ours" "$ours_mb" "$text_s" "$render_s" "$ocr_s" "$tools" "$tools_mb" "$cores" \
    "$mixed_ref" "$search_s" "$fts_s" "$verify_s" "$ours_cpu" "$mixed_ref_cpu" "$mixed_fast" "$mixed_fast_cpu" <<'PY'
import sys
pages, scanned = int(sys.argv[1]), int(sys.argv[2])
(ours, ours_mb, text_s, render_s, ocr_s, tools, tools_mb, cores, mixed_ref, search_s, fts_s, verify_s, ours_cpu,
 ref_cpu, fast, fast_cpu) = map(float, sys.argv[3:])
print(f"Mixed production: {pages} pages ({scanned} scanned)")
print(f"  rebuttal-cli import production            {ours:8.2f} s  {pages / ours:7.1f} pages/s  peak {ours_mb:5.0f} MiB (all processes)")
print(f"  ocrmypdf --jobs {int(cores)} --skip-text + pdftotext   {mixed_ref:8.2f} s  ratio {ours / mixed_ref:.2f}x"
      f"  (CPU {ours_cpu:.2f} s against {ref_cpu:.2f} s: {ours_cpu / ref_cpu:.2f}x)")
print(f"    at its fastest (--output-type pdf --optimize 0)    {fast:8.2f} s  ratio {ours / fast:.2f}x"
      f"  (CPU {fast_cpu:.2f} s: {ours_cpu / fast_cpu:.2f}x)")
print(f"  standard tools, same steps                {tools:8.2f} s  ratio {ours / tools:.2f}x  (peak {tools_mb:.0f} MiB)")
print(f"    pdftotext {text_s:.2f} s, pdftoppm -r 72 {render_s:.2f} s, tesseract eng+spa (1 thread x {int(cores)} processes) on {scanned} scanned pages {ocr_s:.2f} s")
print(f"  rebuttal-cli search x5                    {search_s:8.2f} s; sqlite3 shell FTS5 MATCH x5 {fts_s:.2f} s: ratio {search_s / fts_s:.2f}x")
print(f"  rebuttal-cli verify (whole file)          {verify_s:8.2f} s")
PY
}

# What `rebuttal-cli search 'detention records'` runs (DocumentCatalog::search: the same SQL, the same
# 1,000 hits at most), as the sqlite3 shell runs it (a file of SQL).
fts_sql() {
  cat >"$work/search.sql" <<'SQL'
SELECT p.document_id, p.page_no, p.bates, snippet(page_search, 0, '«', '»', '…', 12) FROM page_search
  JOIN pages p ON p.id = page_search.rowid WHERE page_search MATCH '"detention" "records"'
  ORDER BY rank, p.document_id, p.page_no LIMIT 1000;
SQL
  echo "$work/search.sql"
}

# The generated clients, made once for every part that needs them.
cases_json() {
  local cases="$work/cases.json"
  [ -f "$cases" ] || "$build/tests/bench_make_cases" "$cases" "$clients" >"$work/cases.txt"
  echo "$cases"
}

# Runs a command five times, for the timing of a short read.
five() { echo "for i in 1 2 3 4 5; do $1 >/dev/null; done"; }

# Case records at scale: the import against the sqlite3 shell's .import of the same rows; research
# statistics in SQL, so stats and charts stay fast as clients grow.
part_cases() {
  local cases events rstore="$work/research.rebuttal" csv_store="$work/csv.rebuttal"
  cases=$(cases_json)
  events=$(awk '{print $3}' "$work/cases.txt")
  # Each import runs $runs times into a new case file (the machine is shared: medians are printed).
  local runs="${REBUTTAL_BENCH_RUNS:-5}" i s mb cpu import_s import_mb import_cpu load_s load_cpu csv_s csv_mb csv_cpu
  for ((i = 0; i < runs; ++i)); do
    rm -f "$rstore" "$rstore-wal" "$rstore-shm"
    "$cli" --store "$rstore" init >/dev/null 2>&1
    read -r s mb cpu < <(measure "'$cli' --store '$rstore' import cases '$cases'")
    import_s+="$s " import_mb+="$mb " import_cpu+="$cpu "
  done
  import_s=$(median $import_s) import_mb=$(median $import_mb) import_cpu=$(median $import_cpu)
  read -r stats_s _ < <(measure "'$cli' --store '$rstore' stats --json --as-of 2025-01-01")
  read -r chart_s _ < <(measure "'$cli' --store '$rstore' chart outcomes --out '$work/outcomes.png'")
  read -r box_s _ < <(measure "'$cli' --store '$rstore' chart detention --out '$work/detention.svg' --as-of 2025-01-01")
  # The same aggregates as stats --json (counts, relied-on events, median delay) in the sqlite3
  # shell: the floor any SQLite-based tool pays for them.
  read -r shell_s _ < <(measure "sqlite3 '$rstore' < '$(stats_sql)'")
  # The import's floor: the sqlite3 shell loading the same records, as the equivalent CSV
  # (rebuttal-cli export cases), into one table with no checks at all.
  "$cli" --store "$rstore" export cases --out "$work/cases.csv" 2>/dev/null
  # The same records as CSV through rebuttal-cli, every check made as for JSON; runs alternate
  # with the shell's so that both see the same load.
  for ((i = 0; i < runs; ++i)); do
    rm -f "$work/floor.db"
    read -r s _ cpu < <(measure "sqlite3 '$work/floor.db' '.import --csv $work/cases.csv rows'")
    load_s+="$s " load_cpu+="$cpu "
    rm -f "$csv_store" "$csv_store-wal" "$csv_store-shm"
    "$cli" --store "$csv_store" init >/dev/null 2>&1
    read -r s mb cpu < <(measure "'$cli' --store '$csv_store' import cases '$work/cases.csv'")
    csv_s+="$s " csv_mb+="$mb " csv_cpu+="$cpu "
  done
  load_s=$(median $load_s) load_cpu=$(median $load_cpu)
  csv_s=$(median $csv_s) csv_mb=$(median $csv_mb) csv_cpu=$(median $csv_cpu)
  python3 - "$clients" "$events" "$import_s" "$stats_s" "$chart_s" "$box_s" "$shell_s" "$load_s" "$import_mb" \
    "$import_cpu" "$load_cpu" "$csv_s" "$csv_mb" "$csv_cpu" "$runs" <<'PY'
import sys
clients, events = int(sys.argv[1]), int(sys.argv[2])
imp, stats, chart, box, shell, load, imp_mb, imp_cpu, load_cpu, csv, csv_mb, csv_cpu = map(float, sys.argv[3:15])
print(f"Case records: {clients} clients, {events} events (imports: medians of {sys.argv[15]} runs each)")
print(f"  rebuttal-cli import cases (JSON)   {imp:8.2f} s  {clients / imp:7.0f} clients/s, peak {imp_mb:.0f} MiB, CPU {imp_cpu:.2f} s")
print(f"  rebuttal-cli import cases (CSV)    {csv:8.2f} s  peak {csv_mb:.0f} MiB, CPU {csv_cpu:.2f} s")
print(f"  sqlite3 shell .import of the same records as CSV (no checks) {load:.2f} s, CPU {load_cpu:.2f} s")
print(f"  ratio: import cases JSON {imp / load:.2f}x (CPU {imp_cpu / max(load_cpu, 0.01):.2f}x), "
      f"CSV {csv / load:.2f}x (CPU {csv_cpu / max(load_cpu, 0.01):.2f}x) the sqlite3 shell's .import")
print(f"  rebuttal-cli stats --json          {stats:8.2f} s  (process start, store checks, SQL, JSON)")
print(f"  rebuttal-cli chart outcomes (PNG)  {chart:8.2f} s")
print(f"  rebuttal-cli chart detention (SVG) {box:8.2f} s")
print(f"  sqlite3 shell, same aggregates     {shell:8.2f} s")
print(f"  ratio: stats --json takes {stats / shell:.2f}x the time of the bare SQL in the sqlite3 shell")
PY
}

stats_sql() {
  cat >"$work/stats.sql" <<'SQL'
SELECT source, COUNT(*), COUNT(DISTINCT client_id) FROM allegations GROUP BY source;
SELECT a.source, e.type, COUNT(DISTINCT e.id) FROM allegations a JOIN event_allegations ea ON ea.allegation_id = a.id
  JOIN events e ON e.id = ea.event_id GROUP BY a.source, e.type;
WITH d AS (SELECT source, julianday(disclosed_on) - julianday(asserted_on) AS v FROM allegations
           WHERE length(disclosed_on) = 10 AND length(asserted_on) = 10),
     r AS (SELECT source, v, ROW_NUMBER() OVER (PARTITION BY source ORDER BY v) AS rn, COUNT(*) OVER (PARTITION BY source) AS n FROM d)
SELECT source, AVG(v) FROM r WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY source;
SQL
  echo "$work/stats.sql"
}

# Reads flat in the size of the case file. The large one holds a 20-page production, a 10,000-page
# production (1,428 of its pages read from scans) and CLIENTS clients; the small one the same 20-page
# production and one of those clients. Each command runs five times on each, on the same client
# and the same production. stats aggregates over every client, so it is compared with the same
# clients without the production; search looks for a name found in the 20-page production only (the
# same hits in both). Then search over 100,000 stored pages (ten 10,000-page productions)
# against the same FTS5 MATCH in the sqlite3 shell.
part_reads() {
  local cases ref big="$work/big.rebuttal" small="$work/small.rebuttal" clients_only="$work/clients.rebuttal"
  local search_store="$work/search.rebuttal"
  cases=$(cases_json)
  ref=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['clients'][-1]['ref'])" "$cases")
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); d['clients']=d['clients'][-1:]; json.dump(d, open(sys.argv[2],'w'))" \
    "$cases" "$work/one.json"
  "$build/tests/bench_make_store" "$big" 20 10000 >/dev/null
  "$cli" --store "$big" import cases "$cases" >/dev/null
  "$build/tests/bench_make_store" "$small" 20 >/dev/null
  "$cli" --store "$small" import cases "$work/one.json" >/dev/null
  "$cli" --store "$clients_only" init 2>/dev/null
  "$cli" --store "$clients_only" import cases "$cases" >/dev/null
  local args=() name command
  for name in timeline document stats search; do
    case $name in
      timeline) command="timeline '$ref' --json" ;;
      document) command="document 1 --json" ;;
      stats) command="stats --json --as-of 2025-01-01" ;;
      search) command="search zelaya --json" ;; # a name on the 20-page production's pages only
    esac
    local reference="$small"
    [ "$name" = stats ] && reference="$clients_only"
    read -r big_s _ < <(measure "$(five "'$cli' --store '$big' $command")")
    read -r small_s _ < <(measure "$(five "'$cli' --store '$reference' $command")")
    args+=("$name" "$big_s" "$small_s")
  done
  # The Documents page opening the 10,000-page production (offscreen): the page strip, then page 1 drawn.
  local opened
  opened=$(REBUTTAL_PDF_WORKER="$build/app/rebuttal-pdf-worker" "$build/tests/bench_open_documents" "$big" 2 2>/dev/null)
  args+=("opened" "$(echo "$opened" | awk '{print $2}')" "$(echo "$opened" | awk '{print $4}')")
  args+=("opened-cpu" "$(echo "$opened" | awk '{print $8}')" "$(echo "$opened" | awk '{print $6}')")
  "$build/tests/bench_make_store" "$search_store" 10000 10000 10000 10000 10000 10000 10000 10000 10000 10000 >/dev/null
  read -r search_s _ < <(measure "$(five "'$cli' --store '$search_store' search 'detention records' --json")")
  read -r fts_s _ < <(measure "$(five "sqlite3 '$search_store' < '$(fts_sql)'")")
  python3 - "$clients" "$search_s" "$fts_s" "${args[@]}" <<'PY'
import sys
clients, search_s, fts_s = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
rest = sys.argv[4:]
print(f"Reads: a case file with a 10,000-page production and {clients} clients against a small one (x5 each)")
for i in range(0, len(rest), 3):
    name, big, small = rest[i], float(rest[i + 1]), float(rest[i + 2])
    if name == "opened":
        print(f"  Documents page, the 10,000-page production: page strip shown in {big:.0f} ms, page 1 drawn at {small:.0f} ms"
              f" ({small / 1000:.2f}x the budget of one second)")
        continue
    if name == "opened-cpu":
        print(f"  Documents page: {big:.0f} ms of the GUI thread's CPU to the strip, {small:.0f} pages read of 10,000")
        continue
    against = "the same clients, no production" if name == "stats" else "one client, the 20-page production"
    print(f"  rebuttal-cli {name:9} {big:6.2f} s; {against}: {small:6.2f} s; ratio {big / small:.2f}x")
print(f"  search over 100,000 stored pages x5: rebuttal-cli {search_s:.2f} s; sqlite3 shell FTS5 MATCH {fts_s:.2f} s; "
      f"ratio {search_s / fts_s:.2f}x (budget 1.2x)")
PY
}

# Peak memory of a production's import, summed over the importer and its PDF workers, at 1,000 and
# at 10,000 pages (40 lines of text a page, a black box on every other page; three pages in twenty
# scanned, read by OCR: 150 and 1,500 of them). Budget (issue 15): 400 MiB, flat in the page count.
# Each size is printed as soon as it is measured (the 10,000 pages take long).
part_memory() {
  local n seconds peak cpu first_peak first_seconds
  echo "Production import memory (three pages in twenty scanned; peak summed over all processes, budget 400 MiB)"
  for n in 1000 10000; do
    "$build/tests/bench_make_store" --pdf "$work/text$n.pdf" $n --scans
    "$cli" --store "$work/text$n.rebuttal" init 2>/dev/null
    read -r seconds peak cpu < <(measure "'$cli' --store '$work/text$n.rebuttal' import production '$work/text$n.pdf'")
    rm -f "$work/text$n.rebuttal"*
    python3 -c "import sys; n, s, p, c = int(sys.argv[1]), *map(float, sys.argv[2:]); \
print(f'  {n:6d} pages ({n * 3 // 20} scanned): {s:8.2f} s, CPU {c:8.2f} s, peak {p:5.0f} MiB ({p / 400:.2f}x the budget)')" \
      "$n" "$seconds" "$peak" "$cpu"
    if [ -z "${first_peak:-}" ]; then first_peak=$peak first_seconds=$seconds; fi
  done
  python3 -c "import sys; p1, s1, p2, s2 = map(float, sys.argv[1:]); \
print(f'  10,000 pages / 1,000 pages: memory {p2 / p1:.2f}x, time {s2 / s1:.2f}x')" "$first_peak" "$first_seconds" "$peak" "$seconds"
}

# Team mode (issue 18): the same import and reads on a file and on a server matter, then eight
# people's CLI sessions at once on one matter, each importing its own share of the clients and the
# same demo file (the same refs written by all eight) and reading timelines.
part_server() {
  local cases state="$work/pg.env" file="$work/team.rebuttal" address ref sessions=8
  cases=$(cases_json)
  scripts/pg-test-cluster.sh start "$state"
  [ -f "$state" ] || { echo "server part: PostgreSQL 15 is not installed" >&2; return; }
  trap "scripts/pg-test-cluster.sh stop '$state'; rm -rf '$work'" EXIT
  . "$state"
  address="postgresql:///postgres?matter=bench&host=$PGHOST&user=$PGUSER"
  ref=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["clients"][0]["ref"])' "$cases")
  "$cli" --store "$file" init 2>/dev/null
  "$cli" --store "$address" init 2>/dev/null
  read -r file_s _ < <(measure "'$cli' --store '$file' import cases '$cases'")
  read -r server_s _ < <(measure "'$cli' --store '$address' import cases '$cases'")
  read -r file_read _ < <(measure "$(five "'$cli' --store '$file' timeline '$ref' --json")")
  read -r server_read _ < <(measure "$(five "'$cli' --store '$address' timeline '$ref' --json")")
  # Eight sessions on a new matter: each imports its share, then the demo records, then reads five timelines.
  local team="postgresql:///postgres?matter=team&host=$PGHOST&user=$PGUSER"
  "$cli" --store "$team" init 2>/dev/null
  python3 - "$cases" "$work" "$sessions" <<'PY'
import json, sys
records = json.load(open(sys.argv[1]))
n = int(sys.argv[3])
for i in range(n):
    share = dict(records, clients=records["clients"][i::n])
    json.dump(share, open(f"{sys.argv[2]}/share{i}.json", "w"))
    open(f"{sys.argv[2]}/refs{i}.txt", "w").write("\n".join(c["ref"] for c in share["clients"][:5]))
PY
  cat >"$work/session.sh" <<SH
#!/usr/bin/env bash
i=\$1; failures=0
'$cli' --store '$team' import cases '$work/share'\$i.json >/dev/null 2>>"$work/errors\$i.txt" || failures=\$((failures + 1))
'$cli' --store '$team' import cases resources/demo/cases.json >/dev/null 2>>"$work/errors\$i.txt" || failures=\$((failures + 1))
while read -r r; do
  '$cli' --store '$team' timeline "\$r" --json >/dev/null 2>>"$work/errors\$i.txt" || failures=\$((failures + 1))
done <"$work/refs\$i.txt"
echo \$failures >"$work/failures\$i.txt"
SH
  chmod +x "$work/session.sh"
  read -r team_s _ < <(measure "for i in \$(seq 0 $((sessions - 1))); do '$work/session.sh' \$i & done; wait")
  local failures stored
  failures=$(cat "$work"/failures*.txt | awk '{s += $1} END {print s}')
  stored=$(psql -h "$PGHOST" -U "$PGUSER" -d postgres -Atc "SELECT count(*) FROM matter_team.clients")
  python3 - "$clients" "$file_s" "$server_s" "$file_read" "$server_read" "$sessions" "$team_s" "$failures" "$stored" <<'PY'
import sys
clients = int(sys.argv[1])
file_s, server_s, file_read, server_read = map(float, sys.argv[2:6])
sessions, team_s, failures, stored = int(sys.argv[6]), float(sys.argv[7]), int(sys.argv[8]), int(sys.argv[9])
print(f"Team mode: {clients} clients, file against a PostgreSQL matter on localhost (unix socket)")
print(f"  import cases   file {file_s:8.2f} s   server {server_s:8.2f} s   ({server_s / file_s:.2f}x the file)")
print(f"  timeline x5    file {file_read:8.2f} s   server {server_read:8.2f} s   ({server_read / file_read:.2f}x the file)")
commands = sessions * (2 + 5)
print(f"  {sessions} concurrent CLI sessions on one matter (each: its share of the clients, the 8 demo clients")
print(f"  again, 5 timelines): {team_s:.2f} s, {clients / team_s:.0f} clients/s imported, {commands / team_s:.1f} commands/s,")
print(f"  {failures} failed commands, {stored} clients stored (expected {clients + 8})")
PY
  [ "$failures" = 0 ] && [ "$stored" = $((clients + 8)) ] || { cat "$work"/errors*.txt >&2; exit 1; }
}

for part in scan mixed cases reads memory server; do
  if wants "$part"; then "part_$part"; fi
done
