#!/usr/bin/python3
"""Compares what `rebuttal-cli document ID --json` reported with the truth and prints a scoreboard.

    score.py --truth DIR/truth.json --results DIR        (DIR/NAME.json: the document JSON of DIR/NAME)
             [--corpus-truth tests/data/corpus-truth.json --corpus-results CDIR]
             [--min METRIC=VALUE ...]                    (exit 1 when a metric falls below its floor)
             [--markdown]                                (the table as Markdown, for the README)

Boxes are matched one to one by overlap (intersection over union >= 0.3, best pairs first).
Exemption precision and recall count codes per box: a code on a matched box is right or wrong;
every code of an unmatched truth box is missed; every code of a box that matches none is wrong.
Each class is scored on all pages, on text pages only and on scans only (issue 12's target is
>= 0.99 in every class on text pages); a metric of one source is named `precision:CLASS@text`.
"""
import argparse
import json
import os
import sys
from collections import defaultdict


def iou(a, b):
    x1, y1 = max(a["x"], b["x"]), max(a["y"], b["y"])
    x2 = min(a["x"] + a["w"], b["x"] + b["w"])
    y2 = min(a["y"] + a["h"], b["y"] + b["h"])
    if x2 <= x1 or y2 <= y1:
        return 0.0
    inter = (x2 - x1) * (y2 - y1)
    return inter / (a["w"] * a["h"] + b["w"] * b["h"] - inter)


def match(truth, found):
    pairs = sorted(((iou(t, f), i, j) for i, t in enumerate(truth) for j, f in enumerate(found)), reverse=True)
    used_t, used_f, result = set(), set(), {}
    for overlap, i, j in pairs:
        if overlap < 0.3:
            break
        if i in used_t or j in used_f:
            continue
        used_t.add(i)
        used_f.add(j)
        result[i] = j
    return result


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, truth, found):
        truth, found = set(truth), set(found)
        self.tp += len(truth & found)
        self.fp += len(found - truth)
        self.fn += len(truth - found)

    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


class Ratio:
    def __init__(self):
        self.hit = self.total = 0

    def add(self, ok):
        self.total += 1
        self.hit += bool(ok)

    def value(self):
        return self.hit / self.total if self.total else None


def fmt(value):
    return "-" if value is None else "%.3f" % value


class Scoreboard:
    def __init__(self):
        self.codes = defaultdict(Tally)      # class -> box-level code tally, all pages
        self.by_source = {"text": defaultdict(Tally), "scan": defaultdict(Tally)}  # the same per source
        self.page_codes = defaultdict(Tally)  # source -> page-level exemptions tally
        self.box_count = defaultdict(Ratio)
        self.box_found = defaultdict(Ratio)
        self.box_real = defaultdict(Ratio)
        self.bates = Ratio()
        self.withheld = Tally()
        self.bad_recall = Ratio()
        self.false_alarms = 0
        self.clean_boxes = 0
        self.failures = []  # examples of misses, for whoever works on the reader

    def page(self, name, truth, found):
        source = "scan" if truth["scan"] else "text"
        found_boxes = found["redactions"] if found else []
        self.bates.add(found is not None and found["bates"] == truth["bates"])
        self.withheld.add(["w"] if truth["withheld_in_full"] else [],
                          ["w"] if found and found["withheld_in_full"] else [])
        self.page_codes[source].add(truth["exemptions"], found["exemptions"] if found else [])
        self.page_codes["all"].add(truth["exemptions"], found["exemptions"] if found else [])
        self.box_count[source].add(len(found_boxes) == len(truth["boxes"]))
        pairs = match(truth["boxes"], found_boxes)
        for i, box in enumerate(truth["boxes"]):
            j = pairs.get(i)
            got = found_boxes[j]["exemptions"] if j is not None else []
            self.box_found[source].add(j is not None)
            classes = ["all", source, "notation:" + box["notation"], "placement:" + box["placement"],
                       "style:" + box["style"], "template:" + truth["template"]]
            if truth.get("rotated"):
                classes.append("rotated")
            for cls in classes:
                self.codes[cls].add(box["exemptions"], got)
                self.by_source[source][cls].add(box["exemptions"], got)
            if set(box["exemptions"]) != set(got) and len(self.failures) < 400:
                self.failures.append("%s#%d %s %s/%s/%s: want %s got %s" % (
                    name, truth["page"], source, box["notation"], box["placement"], box["style"],
                    box["exemptions"], got if j is not None else "no box"))
            if box["bad"]:
                self.bad_recall.add(j is not None and found_boxes[j]["text_under_box"] is not None)
        matched = set(pairs.values())
        for j, box in enumerate(found_boxes):
            self.box_real[source].add(j in matched)
            bad_truth = any(pairs.get(i) == j and t["bad"] for i, t in enumerate(truth["boxes"]))
            if box["text_under_box"] is not None and not bad_truth:
                self.false_alarms += 1
            if not bad_truth:
                self.clean_boxes += 1
            if j not in matched:
                for cls in ["all", source, "template:" + truth["template"]]:
                    self.codes[cls].add([], box["exemptions"])
                    self.by_source[source][cls].add([], box["exemptions"])
                if box["exemptions"] and len(self.failures) < 400:
                    self.failures.append("%s#%d %s: a box that is none at %.3f,%.3f carries %s" % (
                        name, truth["page"], source, box["x"], box["y"], box["exemptions"]))

    def metrics(self):
        m = {}
        for cls, tally in self.codes.items():
            m["precision:" + cls] = tally.precision()
            m["recall:" + cls] = tally.recall()
        for source, tallies in self.by_source.items():
            for cls, tally in tallies.items():
                m["precision:%s@%s" % (cls, source)] = tally.precision()
                m["recall:%s@%s" % (cls, source)] = tally.recall()
        for source, tally in self.page_codes.items():
            m["page_precision:" + source] = tally.precision()
            m["page_recall:" + source] = tally.recall()
        for source in self.box_count:
            m["box_count:" + source] = self.box_count[source].value()
            m["box_recall:" + source] = self.box_found[source].value()
            m["box_precision:" + source] = self.box_real[source].value()
        m["bates"] = self.bates.value()
        m["withheld_precision"] = self.withheld.precision()
        m["withheld_recall"] = self.withheld.recall()
        m["bad_recall"] = self.bad_recall.value()
        m["bad_false_alarms"] = self.false_alarms
        return m


def by_name(documents_dir, name):
    path = os.path.join(documents_dir, name + ".json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def score_generated(truth_path, results_dir):
    with open(truth_path) as f:
        truth = json.load(f)
    board = Scoreboard()
    pages = 0
    for entry in truth["files"]:
        document = by_name(results_dir, entry["file"])
        found = {p["page"]: p for p in document["pages"]} if document else {}
        for page in entry["pages"]:
            board.page(entry["file"], page, found.get(page["page"]))
            pages += 1
    return board, pages


def score_corpus(truth_path, results_dir):
    """The real corpus: page-level truth (a range of box counts, the page's exemptions, whether a
    bad redaction is on it) and, where listed, the hidden texts a person reads under the boxes."""
    with open(truth_path) as f:
        truth = json.load(f)
    codes, count, bates, bad, alarms = Tally(), Ratio(), Ratio(), Ratio(), 0
    hidden = Ratio()
    misses = []
    for entry in truth["files"]:
        document = by_name(results_dir, entry["file"].replace("/", "__"))
        found = {p["page"]: p for p in document["pages"]} if document else {}
        for page in entry["pages"]:
            got = found.get(page["page"])
            boxes = got["redactions"] if got else []
            where = "%s#%d" % (entry["file"], page["page"])
            codes.add(page["exemptions"], got["exemptions"] if got else [])
            if got and set(page["exemptions"]) != set(got["exemptions"]):
                misses.append("%s exemptions: want %s got %s" % (where, page["exemptions"], got["exemptions"]))
            rng = page["redaction_boxes"]
            count.add(rng["min"] <= len(boxes) <= rng["max"])
            if not rng["min"] <= len(boxes) <= rng["max"]:
                misses.append("%s boxes: want %d-%d got %d" % (where, rng["min"], rng["max"], len(boxes)))
            bates.add(got is not None and got["bates"] == page["bates"])
            flagged = any(b["text_under_box"] is not None for b in boxes)
            if page["bad_redaction"]:
                bad.add(flagged)
            elif flagged:
                alarms += 1
                misses.append("%s false alarm: %s" % (where, [b["text_under_box"] for b in boxes if b["text_under_box"]]))
            # A hidden text (the words one box covers) counts as flagged when most of its words
            # are reported under some box (touching boxes may be reported as one).
            under = set(" ".join(b["text_under_box"] or "" for b in boxes).split())
            for text in page.get("hidden_texts", []):
                words = text.split()
                flagged = sum(w in under for w in words) * 2 >= len(words)
                hidden.add(flagged)
                if not flagged:
                    misses.append("%s hidden text not flagged: %r" % (where, text))
    return {"corpus_precision": codes.precision(), "corpus_recall": codes.recall(), "corpus_box_count": count.value(),
            "corpus_bates": bates.value(), "corpus_bad_pages": bad.value(), "corpus_hidden_texts": hidden.value(),
            "corpus_false_alarms": alarms}, misses


def cell(tally):
    """precision / recall (truth codes) of one class on one set of pages."""
    if tally is None or tally.tp + tally.fn + tally.fp == 0:
        return "-"
    return "%s / %s (%d)" % (fmt(tally.precision()), fmt(tally.recall()), tally.tp + tally.fn)


def table(board, pages, corpus, markdown):
    m = board.metrics()
    rows = []
    order = ["all", "text", "scan"] + sorted(k for k in board.codes if ":" in k) + \
        (["rotated"] if "rotated" in board.codes else [])
    text_pages, scan_pages = (board.box_count[s].total if s in board.box_count else 0 for s in ("text", "scan"))
    for cls in order:
        rows.append(("exemptions, " + cls.replace(":", " "), cell(board.codes[cls]),
                     cell(board.by_source["text"].get(cls)), cell(board.by_source["scan"].get(cls))))

    def single(name, value, source):
        """A row that has one figure, shown in the column of the pages it counts."""
        return (name, value if source == "all" else "", value if source == "text" else "",
                value if source == "scan" else "")

    for source in ("text", "scan"):
        if source in board.page_codes:
            rows.append(single("page exemptions, " + source, cell(board.page_codes[source]), source))
    for source in ("text", "scan"):
        if source in board.box_count:
            rows.append(single("boxes found, " + source, "%s / %s (%d)" % (
                fmt(m["box_precision:" + source]), fmt(m["box_recall:" + source]), board.box_found[source].total),
                source))
            rows.append(single("pages with the right box count, " + source, "%s (%d)" % (
                fmt(m["box_count:" + source]), board.box_count[source].total), source))
    rows.append(single("Bates numbers read", "%s (%d)" % (fmt(m["bates"]), board.bates.total), "all"))
    rows.append(single("withheld-in-full pages", "%s / %s (%d)" % (
        fmt(m["withheld_precision"]), fmt(m["withheld_recall"]), board.withheld.tp + board.withheld.fn), "all"))
    rows.append(single("bad redactions flagged (false alarms: %d of %d clean boxes)" % (
        board.false_alarms, board.clean_boxes), "%s (%d)" % (fmt(m["bad_recall"]), board.bad_recall.total), "all"))
    if corpus:
        rows.append(single("corpus: page exemptions", "%s / %s" % (
            fmt(corpus["corpus_precision"]), fmt(corpus["corpus_recall"])), "all"))
        rows.append(single("corpus: pages with box count in range", fmt(corpus["corpus_box_count"]), "all"))
        rows.append(single("corpus: Bates numbers read", fmt(corpus["corpus_bates"]), "all"))
        rows.append(single("corpus: bad-redaction pages flagged (false alarms: %d pages)" %
                           corpus["corpus_false_alarms"], fmt(corpus["corpus_bad_pages"]), "all"))
        rows.append(single("corpus: boxes over live text flagged (cross-hatched file)",
                           fmt(corpus["corpus_hidden_texts"]), "all"))
    header = ("%d generated pages; precision / recall (truth)" % pages, "all (%d pages)" % pages,
              "text (%d pages)" % text_pages, "scans (%d pages)" % scan_pages)
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|---|---|---|---|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
    else:
        width = max(len(r[0]) for r in rows + [header])
        lines = ["%-*s  %-23s  %-23s  %-23s" % ((width,) + header)]
        lines += [("%-*s  %-23s  %-23s  %-23s" % ((width,) + r)).rstrip() for r in rows]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--truth", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("--corpus-truth")
    parser.add_argument("--corpus-results")
    parser.add_argument("--min", action="append", default=[], metavar="METRIC=VALUE")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--failures", help="write the misses to this file")
    args = parser.parse_args()
    board, pages = score_generated(args.truth, args.results)
    corpus, misses = (score_corpus(args.corpus_truth, args.corpus_results)
                      if args.corpus_truth and args.corpus_results else (None, []))
    print(table(board, pages, corpus, args.markdown))
    if args.failures:
        with open(args.failures, "w") as f:
            f.write("\n".join(board.failures + misses) + "\n")
    metrics = board.metrics()
    metrics.update(corpus or {})
    failed = False
    for floor in args.min:
        name, value = floor.split("=")
        got = metrics.get(name)
        if got is None or got < float(value):
            print("below the floor: %s = %s < %s" % (name, fmt(got), value), file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
