#!/usr/bin/python3
"""Audits the generated productions against a Vaughn index written from their truth, and says where
each finding comes from.

Issue 12's target: "Vaughn audits built on these pages report no finding that comes from a misread
label". The index written here claims, page by page, exactly the exemptions the generator applied
(one entry per redacted or withheld page, a reason of its own for every code), so every finding
of `rebuttal-cli audit` other than a true bad redaction is a false one, and each is traced to what
the reader got wrong on its page:

  label     the page's exemptions as read differ from the truth (a code misread, missed, or invented)
  box       a listed page read with no redaction at all
  withheld  the page read as withheld in full, or not, against the truth
  bates     the page's Bates number misread, so the entry names another page
  text      text found under a box that leaves none (a bad-redaction false alarm)
  audit     the page was read right: the audit itself is wrong

A `claimed_label_unread` finding asserts nothing: it says a claimed code shows on none of the
entry's pages while a label there is cut off or partly illegible, and asks for a look at that label.
Those are counted apart (and how many stand on pages whose codes were misread: the misreadings the
audit caught instead of reporting them as the agency's).

Pages that no index could name (no Bates stamp on them nor on any page before them in their file)
are left out of the index and their findings counted apart.

    audit.py --cli PATH --store STORE --truth DIR/truth.json --documents DIR/documents.json
             --results DIR --work DIR [--max CAUSE=N ...]
"""
import argparse
import csv
import json
import os
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict

from run import cli  # the same rebuttal-cli call: exits naming the command that failed

BATES = re.compile(r"^(.*?)(\d{3,})$")

# Words for reasons that differ from entry to entry as an agency's written ones do: the audit flags
# reasons pasted across entries (the same words, numbers aside) as boilerplate.
VOCABULARY = ("agent analyst arrest asylum bond border channel confidential consular cooperation country custody "
              "database deliberation detainer detention diplomatic disclosure embassy enforcement evidence "
              "extradition family field foreign gang hearing identity informant intelligence interview "
              "investigation judge liaison medical memorandum method notice officer partner passport pending "
              "personnel police privacy procedure prosecution record referral removal report sealed source "
              "statement surveillance task technique telephone testimony threat vetting victim warrant witness").split()


def reason(number, code):
    rng = random.Random("%d %s" % (number, code))
    return "%s: %s." % (code, " ".join(rng.sample(VOCABULARY, 12)))


def anchor(pages, index):
    """(document id, page within it) naming pages[index] by the nearest stamped page at or before it."""
    for k in range(index, -1, -1):
        bates = pages[k].get("bates")
        if bates and BATES.match(bates):
            return bates, index - k + 1
    return None


def write_index(truth, path):
    """One Vaughn entry per redacted page; returns {entry number: (file, page)} and the unlistable pages."""
    entries, unlisted = {}, []
    with open(path, "w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["Entry", "Document Identification", "Withholding", "Pages", "Description", "Exemptions",
                      "Justification"])
        for document in truth["files"]:
            pages = document["pages"]
            for i, page in enumerate(pages):
                if not page["exemptions"] and not page["withheld_in_full"]:
                    continue
                named = anchor(pages, i)
                if named is None:
                    unlisted.append((document["file"], page["page"]))
                    continue
                number = len(entries) + 1
                entries[number] = (document["file"], page["page"])
                reasons = " ".join(reason(number, code) for code in page["exemptions"])
                out.writerow([number, named[0], "Full" if page["withheld_in_full"] else "Partial", str(named[1]),
                              "Page %d of %s" % (page["page"], document["file"]), ", ".join(page["exemptions"]), reasons])
    return entries, unlisted


def cause(truth_page, read_page, finding):
    """Why the reader's page made this finding, or None when the finding is true."""
    kind = finding["kind"]
    true_bad = any(box.get("bad") for box in truth_page["boxes"])
    if kind == "bad_redaction":
        return None if true_bad else "text"
    if bool(read_page.get("withheld_in_full")) != bool(truth_page["withheld_in_full"]):
        return "withheld"
    if kind == "listed_page_unredacted" and not read_page.get("redactions") and truth_page["boxes"]:
        return "box"
    if sorted(read_page.get("exemptions", [])) != sorted(truth_page["exemptions"]):
        return "label"
    if (read_page.get("bates") or None) != (truth_page.get("bates") or None):
        return "bates"
    return "audit"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("--cli", "--store", "--truth", "--documents", "--work"):
        parser.add_argument(name, required=True)
    parser.add_argument("--results", required=True, help="DIR/NAME.json: the document JSON of each file")
    parser.add_argument("--max", action="append", default=[], metavar="CAUSE=N",
                        help="exit 1 when more than N false findings come from CAUSE (or 'false' for all)")
    args = parser.parse_args()
    with open(args.truth) as f:
        truth = json.load(f)
    with open(args.documents) as f:
        file_of = {int(k): v for k, v in json.load(f).items()}  # production id -> file name
    truth_pages = {(d["file"], p["page"]): p for d in truth["files"] for p in d["pages"]}
    read_pages = {}
    for name in set(file_of.values()):
        with open(os.path.join(args.results, name + ".json")) as f:
            for p in json.load(f)["pages"]:
                read_pages[(name, p["page"])] = p

    index = os.path.join(args.work, "vaughn.csv")
    entries, unlisted = write_index(truth, index)
    cli(args, ["import", "vaughn", index])
    findings = cli(args, ["audit", "--json"])["findings"]

    causes, true_findings, outside = Counter(), 0, 0
    checks, checks_on_misread = 0, 0
    examples = defaultdict(list)
    unlisted = set(unlisted)
    for finding in findings:
        pages = [(file_of.get(p["production_id"]), p["page"]) for p in finding.get("pages", [])]
        if not pages and finding.get("entry") in entries:
            pages = [entries[finding["entry"]]]
        pages = [p for p in pages if p in truth_pages]
        if not pages:
            causes["unlocated"] += 1
            examples["unlocated"].append(finding["detail"])
            continue
        if all(p in unlisted for p in pages):
            outside += 1
            continue
        why = [cause(truth_pages[p], read_pages.get(p, {}), finding) for p in pages]
        found = next((w for w in why if w), None)
        if finding["kind"] == "claimed_label_unread":
            checks += 1
            checks_on_misread += found == "label"
            examples["check"].append("%s %s page %d: %s" % (finding["kind"], pages[0][0], pages[0][1], finding["detail"]))
            continue
        if found is None:
            true_findings += 1
            continue
        causes[found] += 1
        examples[found].append("%s %s page %d: %s" % (finding["kind"], pages[0][0], pages[0][1], finding["detail"]))

    false_findings = sum(causes.values())
    print("Vaughn audit on the generated pages (an index written from the truth, %d entries, one per redacted page):"
          % len(entries))
    print("  findings %d: true (bad redactions) %d, false %d, on pages no index could name %d"
          % (len(findings), true_findings, false_findings, outside))
    for name in ("label", "box", "withheld", "bates", "text", "audit", "unlocated"):
        print("  false findings from %-9s %d" % (name + ":", causes[name]))
    print("  labels to check by eye (claimed_label_unread): %d, %d of them where a code was misread"
          % (checks, checks_on_misread))
    with open(os.path.join(args.work, "audit-findings.txt"), "w") as f:
        for name, lines in examples.items():
            for line in lines:
                f.write("%s\t%s\n" % (name, line))
    print("audit findings: %s" % os.path.join(args.work, "audit-findings.txt"), file=sys.stderr)
    over = []
    for limit in args.max:
        name, value = limit.split("=")
        count = false_findings if name == "false" else causes[name]
        if count > int(value):
            over.append("%s %d > %s" % (name, count, value))
    if over:
        print("FAILED: false audit findings above their ceiling: " + ", ".join(over))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
