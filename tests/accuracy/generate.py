#!/usr/bin/python3
"""Writes FOIA productions that imitate what agencies release, with the exact truth of every page.

Seeded and deterministic: the same seed and page count give the same files, byte for byte.
It shares no code with Rebuttal's reader (it is written from what agencies print, not from how
the reader works), so the reader cannot pass by agreeing with itself.

Every redaction box is drawn with a known notation, placement and box style; pages are FBI
FD-302s (labels in the margin), ICE I-213 forms (labels inside the cells' boxes), OIG memos
(inline redactions in running sentences), e-mails, withheld-in-full notices and clean pages whose
prose mentions exemptions. One page in five is a scan: drawn as pixels, with noise, a slight
skew and JPEG compression.

    generate.py --seed 1 --pages 1000 --out DIR   ->  DIR/prod-NNN.pdf and DIR/truth.json
"""
import argparse
import io
import json
import math
import os
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import Annotation, PDFArray, PDFName
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONTS = {
    "Sans": "DejaVuSans.ttf",
    "SansBold": "DejaVuSans-Bold.ttf",
    "Serif": "DejaVuSerif.ttf",
    "SerifBold": "DejaVuSerif-Bold.ttf",
    "Mono": "DejaVuSansMono.ttf",
    "Condensed": "DejaVuSansCondensed.ttf",
}
for _name, _file in FONTS.items():
    pdfmetrics.registerFont(TTFont(_name, os.path.join(FONT_DIR, _file)))

PAGE_W, PAGE_H = 612.0, 792.0

# ---------------------------------------------------------------------------------------------
# Exemption codes and the ways agencies write them

CODES = ["(b)(6)", "(b)(7)(C)", "(b)(7)(E)", "(b)(5)", "(b)(4)", "(b)(7)(A)", "(b)(7)(D)",
         "(b)(7)(F)", "(b)(1)", "(b)(2)", "(b)(3)", "(b)(8)"]
CODE_WEIGHTS = [30, 25, 15, 10, 6, 3, 3, 2, 2, 2, 4, 1]
STATUTES = ["8 U.S.C. § 1202(f)", "8 U.S.C. 1202(f)", "26 USC 6103", "50 U.S.C. § 3024(i)",
            "8 U.S.C. 1367", "18 U.S.C. 3123", "26 U.S.C. § 6103"]
NOTATIONS = ["canonical", "spaced", "compact", "paren_number", "b_paren", "ex_dot", "exemption_word",
             "foia_exemption", "lower", "fbi", "statute"]
SEPARATORS = ["; ", ", ", " ", " / ", " & ", " and ", ". ", ";", ","]


def parts(code):
    """'(b)(7)(C)' -> ('7', 'C'); '(b)(6)' -> ('6', '')."""
    inner = code[3:].replace("(", " ").replace(")", " ").split()
    return inner[0], (inner[1] if len(inner) > 1 else "")


def write_code(code, notation, rng):
    number, letter = parts(code)
    if notation == "canonical":
        return code
    if notation == "lower":
        return code.replace(letter, letter.lower()) if letter else code
    if notation == "spaced":
        return "(b) (%s)" % number + ((" (%s)" if rng.random() < 0.5 else "(%s)") % letter if letter else "")
    if notation == "compact":
        return "b%s%s" % (number, letter if rng.random() < 0.8 else letter.lower())
    if notation == "paren_number":
        return "(b)%s%s" % (number, "(%s)" % letter if letter else "")
    if notation == "b_paren":
        return "b(%s)%s" % (number, "(%s)" % letter if letter else "")
    if notation == "ex_dot":
        return "Ex. %s%s" % (number, "(%s)" % letter if letter else "")
    if notation == "exemption_word":
        return "Exemption %s%s" % (number, "(%s)" % letter if letter else "")
    if notation == "foia_exemption":
        return "FOIA Exemption " + code
    if notation == "fbi":
        return "b%s%s -%d" % (number, letter, rng.choice([1, 1, 1, 2, 3, 4, 5]))
    if notation == "statute":
        if code == "(b)(3)":
            statute = rng.choice(STATUTES)
            return "(b)(3):" + statute if rng.random() < 0.4 else "(b)(3): " + statute
        return code
    raise ValueError(notation)


def write_label(codes, notation, rng):
    """The label text as printed; several lines when the notation stacks its codes (FBI)."""
    if notation == "fbi":
        return [write_code(c, notation, rng) for c in codes]
    if notation == "exemption_word" and len(codes) > 1 and rng.random() < 0.5:
        numbers = [parts(c)[0] + ("(%s)" % parts(c)[1] if parts(c)[1] else "") for c in codes]
        return ["Exemptions " + ", ".join(numbers[:-1]) + " and " + numbers[-1]]
    separator = rng.choice(SEPARATORS)
    if notation in ("ex_dot", "exemption_word", "foia_exemption") and separator.strip() in ("", "."):
        separator = "; "
    return [separator.join(write_code(c, notation, rng) for c in codes)]


def pick_codes(rng, notation):
    count = rng.choice([1, 1, 1, 2, 2, 3])
    codes = set()
    while len(codes) < count:
        codes.add(rng.choices(CODES, CODE_WEIGHTS)[0])
    if notation == "statute":
        codes.add("(b)(3)")
    return sorted(codes, key=CODES.index)


def canonical_sorted(codes):
    return sorted(set(codes))

# ---------------------------------------------------------------------------------------------
# Words

FIRST = ["Maria", "Jose", "Camilo", "Ana", "Luis", "Carlos", "Rosa", "Juan", "Elena", "Victor", "Gustavo",
         "Patricia", "Miguel", "Sandra", "Oscar", "Daniel", "Laura", "Pedro"]
LAST = ["Hernandez", "Lopez", "Martinez", "Garcia", "Ramirez", "Flores", "Castillo", "Morales", "Reyes",
        "Cruz", "Mendoza", "Ortiz", "Vasquez", "Aguilar", "Santos"]
PROSE = ("the subject was encountered by officers during a routine check and stated that he had entered "
         "the country without inspection near the port the agency received information from a foreign "
         "partner concerning alleged gang affiliation which was entered into the system after review by "
         "the supervisor the record indicates that the interview was conducted in Spanish with the "
         "assistance of an interpreter and that the subject declined to answer further questions about "
         "his travel the task force coordinated with local police to verify the address provided and "
         "found no record of prior arrests in the jurisdiction the information was shared under the "
         "memorandum of cooperation and forwarded to the field office for further action").split()
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CONTINUATIONS = ["at the field office on %s %d.", "was present during the interview.", "and the case agent "
                 "reviewed the file.", "on %s %d at the port of entry.", "who provided the information.",
                 "stated that the subject was known to the unit.", "for further review by the team."]
MENTIONS = ["The agency relied on Exemption 7(C) to protect the privacy of third parties named in the file.",
            "Names were withheld under (b)(6) where disclosure would invade personal privacy.",
            "Counsel argued that b6 and b7C do not cover the dates of the interviews.",
            "Exemption 5 protects deliberative material, see 5 U.S.C. 552(b)(5), but not facts.",
            "The index cites (b)(7)(E) for techniques that are already publicly known."]


def secret(rng):
    kind = rng.random()
    if kind < 0.4:
        return "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    if kind < 0.6:
        return "%02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(1975, 2023))
    if kind < 0.8:
        return "A%09d" % rng.randint(0, 999999999)
    return " ".join(rng.choice(PROSE) for _ in range(rng.randint(2, 5)))


def prose(rng, count):
    start = rng.randint(0, len(PROSE) - count - 1)
    return PROSE[start:start + count]


def continuation(rng):
    text = rng.choice(CONTINUATIONS)
    return text % (rng.choice(MONTHS), rng.randint(1, 28)) if "%" in text else text

# ---------------------------------------------------------------------------------------------
# A page as drawing operations (points, origin top-left) plus its truth


class Page:
    def __init__(self, template, width=PAGE_W, height=PAGE_H):
        self.template = template
        self.width, self.height = width, height
        self.ops = []       # ("text", x, baseline, str, font, size, rgb) | ("rect", x, y, w, h, fill, stroke, style)
        self.boxes = []     # truth boxes in points
        self.bates = None
        self.withheld = False
        self.page_codes = []
        self.scan = False
        self.rotate = 0

    def text(self, x, baseline, string, font="Sans", size=10, rgb=(0, 0, 0)):
        self.ops.append(("text", x, baseline, string, font, size, rgb))
        return pdfmetrics.stringWidth(string, font, size)

    def rect(self, x, y, w, h, fill, stroke=None, style="black"):
        self.ops.append(("rect", x, y, w, h, fill, stroke, style))

    def add_box(self, x, y, w, h, codes, notation, placement, style, bad):
        self.boxes.append({"x": x, "y": y, "w": w, "h": h, "exemptions": canonical_sorted(codes),
                           "notation": notation if codes else "none", "placement": placement if codes else "none",
                           "style": style, "bad": bad})


def width(string, font, size):
    return pdfmetrics.stringWidth(string, font, size)


STYLES = ["black", "black", "black", "near_black", "grey", "grey_dark", "coloured", "outlined", "hatched",
          "image", "annotation"]
FILLS = {"black": (0, 0, 0), "near_black": (0.137, 0.122, 0.125), "grey": (0.75, 0.75, 0.75),
         "grey_dark": (0.5, 0.5, 0.5), "coloured": (0.12, 0.16, 0.45), "outlined": (1, 1, 1),
         "hatched": (0, 0, 0), "image": (0, 0, 0), "annotation": (0, 0, 0)}


def label_colour(style):
    return (0, 0, 0) if style in ("grey", "outlined") else (1, 1, 1)


class Writer:
    """Lays out a redaction (box, label, and what the box may leave under it) on a page."""

    def __init__(self, page, rng, scan):
        self.page, self.rng, self.scan = page, rng, scan

    def style(self, placement):
        styles = STYLES if not self.scan else ["black", "black", "near_black", "grey", "grey_dark", "outlined"]
        style = self.rng.choice(styles)
        if placement != "inside" and style == "outlined":
            style = "black"
        # An annotation is drawn over the page's own text (a label under it would not show), and a
        # hatch drawn over a label makes it unreadable to a person too.
        if placement == "inside" and style in ("annotation", "hatched"):
            style = "black"
        return style

    def box(self, x, top, w, h, codes, notation, placement, style, inside_label=None, label_size=7):
        """Draws the box (and the text it leaves under it, for a bad one); returns nothing."""
        page, rng = self.page, self.rng
        bad = (not self.scan and style in ("black", "near_black", "grey", "grey_dark", "hatched", "coloured")
               and placement != "inside" and rng.random() < 0.12)
        if bad:
            hidden = secret(rng)
            size = min(h * 0.8, 10)
            while width(hidden, "Sans", size) > w - 2 and len(hidden) > 3:
                hidden = hidden[:-1]
            page.text(x + 1, top + h * 0.78, hidden, "Sans", size)
        fill = FILLS[style]
        stroke = (0, 0, 0) if style == "outlined" else None
        page.rect(x, top, w, h, fill, stroke, style)
        if inside_label:
            rgb = label_colour(style)
            lines = inside_label
            line_h = label_size * 1.15
            y = top + (h - line_h * len(lines)) / 2 + label_size * 0.9
            for line in lines:
                page.text(x + 2 + rng.random() * 2, y, line, "Sans", label_size, rgb)
                y += line_h
        page.add_box(x, top, w, h, codes, notation, placement, style, bad)

# ---------------------------------------------------------------------------------------------
# Running text with inline redactions


def wrapped(lines, room, font, size):
    """Label lines broken at spaces so that each fits in `room` points."""
    result = []
    for line in lines:
        current = ""
        for word in line.split(" "):
            candidate = (current + " " + word) if current else word
            if current and width(candidate, font, size) > room:
                result.append(current)
                current = word
            else:
                current = candidate
        result.append(current)
    return result


def inline_line(page, writer, rng, x, baseline, right, font, size, placement=None, margin_x=None):
    """One line of prose with one redaction in it, labelled by `placement`. Returns the next baseline."""
    notation = rng.choice(NOTATIONS)
    if placement == "margin":
        notation = "fbi" if rng.random() < 0.7 else rng.choice(["compact", "canonical", "spaced"])
    codes = pick_codes(rng, notation)
    label_lines = write_label(codes, notation, rng)
    if placement != "margin" and len(label_lines) > 1:
        label_lines = [" ".join(label_lines)]  # stacked lines only in a margin
    style = writer.style(placement)
    hidden = secret(rng)
    label_size = size if placement != "inside" else max(5, size * rng.choice([0.6, 0.7, 0.8]))
    box_h = size * 1.2
    box_w = max(width(hidden, font, size), 18)
    if placement == "inside":
        if len(label_lines) > 1:
            label_lines = [" ".join(label_lines)]
        box_w = max(box_w, width(label_lines[0], "Sans", label_size) + 6)
    before = " ".join(prose(rng, rng.randint(1, 5))).capitalize() + " "
    after = continuation(rng)
    # The truth is what a person sees: a label never runs off the page. A long label beside its
    # box leaves less room for the words before it, then is printed smaller; one in a margin is
    # wrapped onto more lines of the margin.
    beside_size = size
    if placement in ("left", "right_end", "right_cont"):
        room = right - 10 - x - 18 - 2 * width(" ", font, size)
        while len(before.split()) > 1 and width(before, font, size) + width(label_lines[0], font, size) > room:
            before = " ".join(before.split()[:-1]) + " "
        spare = room - width(before, font, size)
        if width(label_lines[0], font, size) > spare:
            beside_size = max(4, size * spare / width(label_lines[0], font, size))
    if placement == "margin":
        label_lines = wrapped(label_lines, page.width - margin_x - 8, "Sans", min(size, 9))
    label_w = width(label_lines[0], font, beside_size)
    cursor = x
    if placement == "left":
        cursor += page.text(cursor, baseline, before, font, size)
        cursor += page.text(cursor, baseline, label_lines[0], font, beside_size) + width(" ", font, size)
    else:
        cursor += page.text(cursor, baseline, before, font, size)
    top = baseline - size * 0.95
    # The box and a label after it fit on the line.
    after_label = label_w + width(" ", font, size) if placement in ("right_end", "right_cont") else 0
    if cursor + box_w + after_label > right - 10:
        box_w = max(18, right - 10 - after_label - cursor)
        if placement == "inside":
            label_size = label_size * 0.7
    writer.box(cursor, top, box_w, box_h, codes, notation, placement, style,
               inside_label=label_lines if placement == "inside" else None, label_size=label_size)
    cursor += box_w + width(" ", font, size)
    if placement in ("right_end", "right_cont"):
        cursor += page.text(cursor, baseline, label_lines[0], font, beside_size)
        cursor += width(" ", font, size)
    if placement != "right_end":
        words = after.split()
        line = []
        for word in words:
            if cursor + width(" ".join(line + [word]), font, size) > right:
                break
            line.append(word)
        if line:
            page.text(cursor, baseline, " ".join(line), font, size)
    if placement == "margin":
        y = baseline
        room = page.width - margin_x - 8
        for line in label_lines:
            # Codes run together ("(b)(7)(C);(b)(7)(E);(b)(7)(D)") cannot be wrapped at a space:
            # printed smaller, the line still ends on the page (the same lines, the same layout).
            margin_size = min(size, 9) * min(1.0, room / width(line, "Sans", min(size, 9)))
            page.text(margin_x, y, line, "Sans", margin_size)
            y += min(size, 9) * 1.1
        return max(baseline + size * 1.6, y + 2)
    return baseline + size * 1.6


def block_box(page, writer, rng, x, y, right, placement):
    """A box over a whole field or paragraph with its label above or below it."""
    notation = rng.choice(NOTATIONS)
    codes = pick_codes(rng, notation)
    label = write_label(codes, notation, rng)
    style = writer.style(placement)
    size = rng.choice([7, 8, 9, 10])
    w = rng.uniform(80, right - x)
    h = rng.uniform(14, 60)
    top = y
    if placement == "above":
        page.text(x + rng.uniform(0, 10), y + size, " ".join(label), "Sans", size)
        top = y + size + 3
    writer.box(x, top, w, h, codes, notation, placement, style)
    y = top + h
    if placement == "below":
        page.text(x + rng.uniform(0, 10), y + size + 3, " ".join(label), "Sans", size)
        y += size + 3
    return y + 16


def row_of_boxes(page, writer, rng, x, y, right):
    """Adjoining boxes in a table row (cells a few points apart) with one label after the row."""
    notation = rng.choice(NOTATIONS)
    codes = pick_codes(rng, notation)
    label = write_label(codes, notation, rng)
    style = rng.choice(["black", "black", "grey"]) if not writer.scan else "black"
    count = rng.randint(2, 4)
    size = 9
    h = 13
    # The row and its label fit on the page.
    room = right - x - 60 - width(" ".join(label), "Sans", size)
    cell = min(rng.uniform(50, 90), room / count - 8)
    if cell < 20:
        return y
    gap = rng.uniform(3, 8)
    page.text(x, y + 10, "Row %d:" % rng.randint(1, 40), "Sans", size)
    cursor = x + 45
    for _ in range(count):
        writer.box(cursor, y, cell, h, codes, notation, "row", style)
        cursor += cell + gap
    page.text(cursor + 4, y + 10, " ".join(label), "Sans", size)
    return y + h + 14

# ---------------------------------------------------------------------------------------------
# Page templates


def bates_for(rng, production, number):
    style = production % 4
    if style == 0:
        return "2019-ICLI-00003-%06d" % (22000 + number)
    if style == 1:
        return "FDA-CBER-2022-908-%07d" % (21000 + number)
    if style == 2:
        return "DOJ-OIP-%06d" % (400 + number)
    return "FBI-%05d" % (10000 + number)


def stamp_bates(page, rng, bates):
    if bates is None:
        return
    size = rng.choice([8, 9, 10])
    w = width(bates, "Sans", size)
    if rng.random() < 0.5:
        page.text(page.width - w - 36, page.height - 22, bates, "Sans", size)
    else:
        page.text((page.width - w) / 2, page.height - 22, bates, "Sans", size)


INLINE_PLACEMENTS = ["inside", "right_end", "right_cont", "right_cont", "left", "inside"]


def memo_page(page, rng, writer):
    font = rng.choice(["Serif", "Sans", "Mono"])
    size = rng.choice([9, 10, 11, 12])
    x, right = 72, page.width - 72
    page.text(x, 80, "OFFICE OF INSPECTOR GENERAL", "SerifBold", 13)
    page.text(x, 100, "MEMORANDUM", "SerifBold", 11)
    y = 130
    for field in ["TO:", "FROM:", "SUBJECT:"]:
        page.text(x, y, field, "SansBold", size)
        page.text(x + 70, y, " ".join(prose(rng, 4)).title(), font, size)
        y += size * 1.8
    y += 10
    while y < page.height - 110:
        roll = rng.random()
        if roll < 0.55:
            y = inline_line(page, writer, rng, x, y, right, font, size, rng.choice(INLINE_PLACEMENTS))
        elif roll < 0.62:
            y = block_box(page, writer, rng, x, y, right, rng.choice(["above", "below"]))
        elif roll < 0.66:
            y = row_of_boxes(page, writer, rng, x, y, right)
        elif roll < 0.7:
            page.text(x, y, rng.choice(MENTIONS), font, min(size, 9))
            y += size * 1.6
        else:
            words = []
            while words == [] or width(" ".join(words), font, size) < right - x - 60:
                words += prose(rng, 2)
            page.text(x, y, " ".join(words), font, size)
            y += size * 1.6


def fd302_page(page, rng, writer):
    font = rng.choice(["Serif", "Mono"])
    size = rng.choice([10, 11])
    # The labels stand in a column of their own, right of the text (as in FBI releases).
    x, right, margin_x = 72, page.width - 150, page.width - 95
    page.text(x, 60, "FD-302 (Rev. 5-8-10)", "Sans", 7)
    page.text(200, 80, "FEDERAL BUREAU OF INVESTIGATION", "SerifBold", 12)
    page.text(x, 105, "Date of transcription %02d/%02d/2021" % (rng.randint(1, 12), rng.randint(1, 28)), font, 9)
    y = 130
    while y < page.height - 100:
        roll = rng.random()
        if roll < 0.5:
            y = inline_line(page, writer, rng, x, y, right, font, size, "margin", margin_x)
        elif roll < 0.6:
            y = inline_line(page, writer, rng, x, y, right, font, size, rng.choice(INLINE_PLACEMENTS))
        else:
            words = []
            while words == [] or width(" ".join(words), font, size) < right - x - 60:
                words += prose(rng, 2)
            page.text(x, y, " ".join(words), font, size)
            y += size * 1.6


def i213_page(page, rng, writer):
    x, right = 40, page.width - 40
    page.text(x, 50, "U.S. Department of Homeland Security", "SansBold", 9)
    page.text(x + 330, 50, "Record of Deportable/Inadmissible Alien", "SansBold", 9)
    y = 70
    fields = ["Family Name", "First", "Middle", "Sex", "Hair", "Eyes", "Cmplxn", "Height", "Weight",
              "Country of Citizenship", "Passport Number", "Date of Birth", "Address in United States",
              "Father's Name", "Mother's Name", "FIN Number", "Event No", "Officer"]
    rng.shuffle(fields)
    for field in fields[:rng.randint(8, 14)]:
        cell_h = rng.choice([26, 30, 34])
        page.rect(x, y, right - x, cell_h, None, (0, 0, 0), "rule")
        page.text(x + 3, y + 8, field, "Sans", 6)
        roll = rng.random()
        if roll < 0.75:
            notation = rng.choice(NOTATIONS)
            codes = pick_codes(rng, notation)
            label = write_label(codes, notation, rng)
            style = writer.style("inside")
            label_size = rng.choice([5, 6, 7, 8])
            text = " ".join(label)
            w = max(rng.uniform(60, 300), width(text, "Sans", label_size) + 8)
            h = cell_h - 12
            writer.box(x + 4, y + 10, w, h, codes, notation, "inside", style, inside_label=[text],
                       label_size=label_size)
        elif roll < 0.85:
            writer.box(x + 4, y + 10, rng.uniform(40, 200), cell_h - 12, [], "none", "none", writer.style("none"))
        else:
            page.text(x + 8, y + 22, " ".join(prose(rng, 3)).upper(), "Sans", 8)
        y += cell_h
    y += 20
    page.text(x, y, "Narrative (Outline particulars under which alien was located/apprehended):", "SansBold", 8)
    y += 20
    while y < page.height - 80:
        y = inline_line(page, writer, rng, x, y, right, "Sans", 9, rng.choice(INLINE_PLACEMENTS))


def email_page(page, rng, writer):
    x, right = 60, page.width - 60
    font, size = rng.choice([("Sans", 10), ("Condensed", 11), ("Serif", 10)])
    y = 80
    for field in ["From:", "Sent:", "To:", "Cc:", "Subject:"]:
        page.text(x, y, field, "SansBold", size)
        if field in ("From:", "To:", "Cc:"):
            y = inline_line(page, writer, rng, x + 60, y, right, font, size,
                            rng.choice(["right_end", "right_cont", "inside", "left"]))
        else:
            page.text(x + 60, y, " ".join(prose(rng, 5)), font, size)
            y += size * 1.6
    y += 20
    while y < page.height - 100:
        if rng.random() < 0.4:
            y = inline_line(page, writer, rng, x, y, right, font, size, rng.choice(INLINE_PLACEMENTS))
        else:
            words = []
            while words == [] or width(" ".join(words), font, size) < right - x - 60:
                words += prose(rng, 2)
            page.text(x, y, " ".join(words), font, size)
            y += size * 1.6


def withheld_page(page, rng, writer):
    notation = rng.choice(["canonical", "spaced", "lower", "compact"])
    codes = pick_codes(rng, notation)
    label = write_label(codes, notation, rng)[0]
    notice = rng.choice(["Withheld pursuant to exemption %s of the Freedom of Information and Privacy Act",
                         "WITHHELD IN FULL %s", "This page has been withheld in full under %s"]) % label
    size = rng.choice([12, 14, 16])
    words = notice.split()
    lines, line = [], []
    for word in words:
        if width(" ".join(line + [word]), "Sans", size) > page.width - 160:
            lines.append(" ".join(line))
            line = []
        line.append(word)
    lines.append(" ".join(line))
    y = page.height / 2 - len(lines) * size
    for text in lines:
        page.text((page.width - width(text, "Sans", size)) / 2, y, text, "Sans", size)
        y += size * 1.5
    page.withheld = True
    page.page_codes = codes


def clean_page(page, rng, writer):
    font, size = rng.choice([("Serif", 11), ("Sans", 10)])
    y = 90
    while y < page.height - 100:
        if rng.random() < 0.15:
            page.text(72, y, rng.choice(MENTIONS), font, 9)
        else:
            words = []
            while words == [] or width(" ".join(words), font, size) < page.width - 200:
                words += prose(rng, 2)
            page.text(72, y, " ".join(words), font, size)
        y += size * 1.6


TEMPLATES = [("memo", memo_page, 30), ("fd302", fd302_page, 20), ("i213", i213_page, 15),
             ("email", email_page, 20), ("withheld", withheld_page, 5), ("clean", clean_page, 10)]

# ---------------------------------------------------------------------------------------------
# Output: vector pages with reportlab, scans with Pillow


class SquareAnnotation(Annotation):
    permitted = Annotation.permitted + ("IC",)

    def __init__(self, rect, rgb):
        self.rect, self.rgb = rect, rgb

    def Dict(self):
        return self.AnnotationDict(Rect=self.rect, Contents="", Subtype=PDFName("Square"),
                                   C=PDFArray(list(self.rgb)), IC=PDFArray(list(self.rgb)), F=4)


def hatch_lines(x, y, w, h, step):
    """The X-hatch of a cross-hatched box: lines at +-45 degrees, clipped to the box."""
    lines = []
    t = -h
    while t < w:
        lines.append(((x + max(t, 0), y + max(-t, 0)), (x + min(t + h, w), y + min(h, w - t))))
        lines.append(((x + max(t, 0), y + h - max(-t, 0)), (x + min(t + h, w), y + h - min(h, w - t))))
        t += step
    return lines


def draw_vector(c, page, rng):
    H = page.height
    for op in page.ops:
        if op[0] == "text":
            _, x, baseline, string, font, size, rgb = op
            c.setFillColorRGB(*rgb)
            c.setFont(font, size)
            c.drawString(x, H - baseline, string)
            continue
        _, x, y, w, h, fill, stroke, style = op
        if style == "annotation":
            c._addAnnotation(SquareAnnotation([x, H - y - h, x + w, H - y], fill))
            continue
        if style == "image":
            image = Image.new("RGB", (max(1, int(w * 2)), max(1, int(h * 2))), (0, 0, 0))
            c.drawImage(ImageReader(image), x, H - y - h, w, h)
            continue
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(0.8)
        c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        if style == "hatched":
            c.setStrokeColorRGB(0.6, 0.6, 0.6)
            c.setLineWidth(0.5)
            for (x1, y1), (x2, y2) in hatch_lines(x, y, w, h, 4):
                c.line(x1, H - y1, x2, H - y2)


_PIL_FONTS = {}


def pil_font(name, size_px):
    key = (name, size_px)
    if key not in _PIL_FONTS:
        _PIL_FONTS[key] = ImageFont.truetype(os.path.join(FONT_DIR, FONTS[name]), size_px)
    return _PIL_FONTS[key]


def draw_scan(page, rng, dpi):
    """The page as a scanner would see it: pixels, noise, a slight skew, JPEG. Returns (jpeg, angle)."""
    s = dpi / 72.0
    image = Image.new("L", (int(page.width * s), int(page.height * s)), 250)
    draw = ImageDraw.Draw(image)
    for op in page.ops:
        if op[0] == "text":
            _, x, baseline, string, font, size, rgb = op
            level = int(255 * (0.3 * rgb[0] + 0.59 * rgb[1] + 0.11 * rgb[2]))
            f = pil_font(font, max(4, int(round(size * s))))
            draw.text((x * s, baseline * s), string, fill=level, font=f, anchor="ls")
            continue
        _, x, y, w, h, fill, stroke, style = op
        box = [x * s, y * s, (x + w) * s, (y + h) * s]
        fill_level = None if fill is None else int(255 * (0.3 * fill[0] + 0.59 * fill[1] + 0.11 * fill[2]))
        draw.rectangle(box, fill=fill_level, outline=0 if stroke else None, width=max(1, int(s)) if stroke else 0)
    # Text drawn after the boxes it sits on (labels) was already drawn in order above.
    angle = rng.uniform(-0.8, 0.8)
    image = image.rotate(angle, resample=Image.BILINEAR, fillcolor=250)
    noise = Image.effect_noise(image.size, rng.uniform(6, 16))
    image = Image.blend(image, noise, 0.12)
    if rng.random() < 0.5:
        image = image.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.3, 0.7)))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=rng.randint(45, 85))
    out.seek(0)
    return out, angle


def rotate_point(px, py, angle, cx, cy):
    """Where PIL's rotate(angle) (counter-clockwise, about the centre) moves a point."""
    a = math.radians(angle)
    dx, dy = px - cx, py - cy
    return cx + dx * math.cos(a) + dy * math.sin(a), cy - dx * math.sin(a) + dy * math.cos(a)


def truth_boxes(page, angle):
    result = []
    cx, cy = page.width / 2, page.height / 2
    for box in page.boxes:
        x, y, w, h = box["x"], box["y"], box["w"], box["h"]
        if angle:
            corners = [rotate_point(px, py, angle, cx, cy) for px, py in
                       [(x, y), (x + w, y), (x, y + h), (x + w, y + h)]]
            xs, ys = [p[0] for p in corners], [p[1] for p in corners]
            x, y, w, h = min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)
        pw, ph = page.width, page.height
        if page.rotate == 90:  # shown turned clockwise: (x, y) -> (H - y, x)
            x, y, w, h, pw, ph = page.height - y - h, x, h, w, page.height, page.width
        entry = dict(box)
        entry.update({"x": round(x / pw, 5), "y": round(y / ph, 5), "w": round(w / pw, 5), "h": round(h / ph, 5)})
        result.append(entry)
    return result


def build_page(rng, production, number):
    names = [t[0] for t in TEMPLATES]
    template = rng.choices(names, [t[2] for t in TEMPLATES])[0]
    scan = template not in ("withheld",) and rng.random() < 0.2
    landscape = template in ("memo", "clean") and rng.random() < 0.05
    page = Page(template, *((PAGE_H, PAGE_W) if landscape else (PAGE_W, PAGE_H)))
    page.scan = scan
    page.rotate = 90 if not scan and not landscape and rng.random() < 0.03 else 0
    writer = Writer(page, rng, scan)
    dict(((t[0], t[1]) for t in TEMPLATES))[template](page, rng, writer)
    page.bates = bates_for(rng, production, number) if rng.random() < 0.9 else None
    return page


def write_production(path, rng, production, first_number, count):
    c = canvas.Canvas(path, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    c.setCreator("Rebuttal accuracy generator")
    truth = []
    for i in range(count):
        number = first_number + i
        page = build_page(rng, production, number)
        # reportlab takes the size as shown and swaps the MediaBox itself for /Rotate 90.
        c.setPageSize((page.height, page.width) if page.rotate else (page.width, page.height))
        c.setPageRotation(page.rotate)
        angle = 0.0
        bates_as_pixels = page.scan and rng.random() < 0.5
        if bates_as_pixels:
            stamp_bates(page, rng, page.bates)
        if page.scan:
            jpeg, angle = draw_scan(page, rng, rng.choice([150, 200, 300]))
            c.drawImage(ImageReader(jpeg), 0, 0, page.width, page.height)
            if not bates_as_pixels and page.bates:
                stamp = Page(page.template, page.width, page.height)
                stamp_bates(stamp, rng, page.bates)
                draw_vector(c, stamp, rng)
        else:
            stamp_bates(page, rng, page.bates)
            draw_vector(c, page, rng)
        codes = set(page.page_codes)
        for box in page.boxes:
            codes.update(box["exemptions"])
        truth.append({"page": i + 1, "template": page.template, "scan": page.scan, "rotated": page.rotate != 0,
                      "bates": page.bates, "withheld_in_full": page.withheld, "image_only": page.scan,
                      "exemptions": canonical_sorted(codes), "boxes": truth_boxes(page, angle)})
        c.showPage()
    c.save()
    return truth


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--per-file", type=int, default=25)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    files = []
    done = 0
    production = 0
    while done < args.pages:
        count = min(args.per_file, args.pages - done)
        name = "prod-%03d.pdf" % production
        pages = write_production(os.path.join(args.out, name), rng, production, done + 1, count)
        files.append({"file": name, "pages": pages})
        done += count
        production += 1
    with open(os.path.join(args.out, "truth.json"), "w") as f:
        json.dump({"seed": args.seed, "files": files}, f, indent=1)


if __name__ == "__main__":
    main()
