#!/usr/bin/python3
"""Generates a production, imports it with rebuttal-cli, and scores what it read (score.py).

    run.py --cli PATH [--pages N] [--seed S] [--work DIR] [--corpus DIR] [--audit-max CAUSE=N ...]
           [--text-only | --scans-only] [score.py options]

With --corpus (the ../shared/corpus folder) the real releases of tests/data/corpus-truth.json are
imported and scored in the same run. The generated productions are also audited against a Vaughn
index written from their truth (audit.py): every false finding is traced to what was misread.
"""
import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))


def cli(args, command):
    result = subprocess.run([args.cli, "--store", args.store] + command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("rebuttal-cli %s failed (%d): %s" % (" ".join(command), result.returncode, result.stderr.strip()))
    return json.loads(result.stdout) if result.stdout.strip() else None


def import_all(args, files, results):
    """Imports each file and writes its `document --json` as results/NAME.json; returns {id: NAME}."""
    names = {}
    for path, name in files:
        imported = cli(args, ["import", "production", path])
        document = cli(args, ["document", str(imported["document_id"]), "--json"])
        with open(os.path.join(results, name + ".json"), "w") as f:
            json.dump(document, f)
        names[imported["document_id"]] = name
    return names


def pages_alone(generated, out, scans):
    """The generated productions with only their scanned pages (`scans`) or only their text pages
    (cut out with qpdf), and their truth with the pages renumbered. Text pages are four in five, but
    scans take most of an import's time: each kind is measured on its own at a scale that suits it."""
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(generated, "truth.json")) as f:
        truth = json.load(f)
    files = []
    for entry in truth["files"]:
        kept = [page for page in entry["pages"] if page["scan"] == scans]
        if not kept:
            continue
        numbers = ",".join(str(page["page"]) for page in kept)
        subprocess.run(["qpdf", "--empty", "--pages", os.path.join(generated, entry["file"]), numbers, "--",
                        os.path.join(out, entry["file"])], check=True)
        entry = copy.deepcopy(entry)
        entry["pages"] = [dict(page, page=number) for number, page in enumerate(kept, 1)]
        files.append(entry)
    with open(os.path.join(out, "truth.json"), "w") as f:
        json.dump(dict(truth, files=files), f, indent=1)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-file", type=int, default=25)
    parser.add_argument("--work")
    parser.add_argument("--corpus")
    parser.add_argument("--audit-max", action="append", default=[], metavar="CAUSE=N",
                        help="ceiling on the Vaughn audit's false findings from CAUSE (audit.py --max)")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--text-only", action="store_true", help="import and score the text pages alone")
    only.add_argument("--scans-only", action="store_true",
                      help="import and score the scanned pages alone (one page in five of --pages)")
    args, score_options = parser.parse_known_args()
    # Accuracy, not speed, is measured: on a loaded machine (or a sanitizer build) a scan read by
    # OCR can take longer than the shipped per-page limit, and a page not analysed scores as missed.
    for name in ("REBUTTAL_PAGE_TIMEOUT_MS", "REBUTTAL_OPEN_TIMEOUT_MS"):
        os.environ.setdefault(name, "900000")
    work = args.work or tempfile.mkdtemp(prefix="rebuttal-accuracy-")
    generated = os.path.join(work, "generated")
    results = os.path.join(work, "results")
    os.makedirs(results, exist_ok=True)
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--seed", str(args.seed), "--pages",
                    str(args.pages), "--per-file", str(args.per_file), "--out", generated], check=True)
    if args.text_only:
        generated = pages_alone(generated, os.path.join(work, "generated-text"), scans=False)
    elif args.scans_only:
        generated = pages_alone(generated, os.path.join(work, "generated-scans"), scans=True)
    args.store = os.path.join(work, "accuracy.rebuttal")
    if os.path.exists(args.store):
        os.remove(args.store)
    cli(args, ["init"])
    with open(os.path.join(generated, "truth.json")) as f:
        truth = json.load(f)
    documents = os.path.join(work, "documents.json")
    with open(documents, "w") as f:
        json.dump(import_all(args, [(os.path.join(generated, e["file"]), e["file"]) for e in truth["files"]], results), f)
    # Before the corpus is imported: the audit covers the generated productions alone.
    audited = subprocess.run([sys.executable, os.path.join(HERE, "audit.py"), "--cli", args.cli, "--store", args.store,
                              "--truth", os.path.join(generated, "truth.json"), "--documents", documents,
                              "--results", results, "--work", work]
                             + [option for limit in args.audit_max for option in ("--max", limit)])
    if audited.returncode != 0:
        return audited.returncode
    command = [sys.executable, os.path.join(HERE, "score.py"), "--truth", os.path.join(generated, "truth.json"),
               "--results", results, "--failures", os.path.join(work, "misses.txt")]
    if args.corpus:
        corpus_truth = os.path.join(SOURCE, "tests", "data", "corpus-truth.json")
        with open(corpus_truth) as f:
            names = [e["file"] for e in json.load(f)["files"]]
        corpus_results = os.path.join(work, "corpus")
        os.makedirs(corpus_results, exist_ok=True)
        import_all(args, [(os.path.join(args.corpus, n), n.replace("/", "__")) for n in names], corpus_results)
        command += ["--corpus-truth", corpus_truth, "--corpus-results", corpus_results]
    print("misses: %s" % os.path.join(work, "misses.txt"), file=sys.stderr)
    return subprocess.run(command + score_options).returncode


if __name__ == "__main__":
    sys.exit(main())
