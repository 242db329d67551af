#!/usr/bin/env python3
"""Fill Rebuttal's Qt Linguist catalogues from a source-text -> translation mapping.

    python3 scripts/translate/fill_ts.py            # fill both catalogues, then verify
    python3 scripts/translate/fill_ts.py --check    # verify only, write nothing

Spanish (rebuttal_es.ts): every <message> gets its translation from es.json (and any
es-AREA.json beside it), keyed by
source text (so one entry serves every context that uses the same source). Plural
(numerus="yes") messages map to [singular, plural] and get two <numerusform>s.

English (rebuttal_en.ts): only numerus="yes" messages are filled, with singular/plural
forms derived from the source ("client(s)" -> "client" / "clients") or taken from
en.json (source -> [singular, plural]) when present. Every other English message is
left byte-for-byte as it is.

The files are edited textually, one <translation> element at a time, so the XML
declaration, DOCTYPE, <TS ...> header, indentation, locations and comments stay as
lupdate wrote them. Text is escaped the way lupdate escapes it (&amp; &lt; &gt; &quot;
&apos;). Re-running is idempotent; after lupdate adds strings, add them to es.json and
run again.

Exit status: 0 when both catalogues are complete and every check passes; 1 when any
source has no mapping or any translation fails a check (placeholders, accelerators,
markup, leading/trailing spaces, trailing "...", accelerator clashes in a menu,
well-formedness); 2 for usage/IO errors.
"""

import argparse
import json
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TS_DIR = os.path.join(HERE, "..", "..", "translations")

# Menus whose items must not share an accelerator letter, by English source text.
# Sources not present in the catalogue are ignored, so this can list future items.
MENU_GROUPS = {
    "menu bar": ["&File", "&Help"],
    "File menu": ["&New Case File...", "&Open Case File...", "Connect to &Server...", "Open &Recent",
                  "Open &Demo Case File", "&Import Production...", "Import &Vaughn Index...", "Import &Agreements...",
                  "Import Case R&ecords...", "E&xport Case Records...", "Export Su&mmary...", "Save a &Copy...",
                  "Veri&fy Case File...", "Export C&hart...", "Export De-iden&tified...", "Ex&port Research Dataset...",
                  "C&lose Case File", "&Quit"],
    "Help menu": ["&User Guide", "&Keyboard Shortcuts", "&About Rebuttal"],
}

MESSAGE_RE = re.compile(r"<message\b[^>]*>.*?</message>", re.S)
TRANSLATION_RE = re.compile(r"(?P<indent>[ \t]*)<translation\b(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</translation>)", re.S)
PLACEHOLDER_RE = re.compile(r"%(?:L?\d{1,2}|L?n)")
ENTITY_RE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#x[0-9A-Fa-f]+);")
TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9]*\b[^<>]*>")


def escape(text):
    """Escape text for a TS file the way lupdate does."""
    out = []
    for ch in text:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&apos;")
        elif ord(ch) < 0x20 and ch not in "\n\t\r":
            out.append("<byte value=\"x%x\"/>" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def accelerator(text):
    """The accelerator character of a menu/action text ('&File' -> 'f'), or None.
    HTML entities (&mdash;) and escaped ampersands (&&) are not accelerators."""
    stripped = ENTITY_RE.sub("", text).replace("&&", "")
    m = re.search(r"&(\S)", stripped)
    return m.group(1).lower() if m else None


def has_html(text):
    return bool(TAG_RE.search(text))


def check_translation(source, forms, numerus):
    """Return a list of problems with translation `forms` (list of str) of `source`."""
    problems = []
    if numerus and len(forms) != 2:
        problems.append("plural message needs exactly 2 forms [singular, plural], got %d" % len(forms))
    if not numerus and len(forms) != 1:
        problems.append("non-plural message needs one string, got a list of %d" % len(forms))
    src_ph = sorted(set(PLACEHOLDER_RE.findall(source)))
    for i, form in enumerate(forms):
        label = ("form %d: " % (i + 1)) if numerus else ""
        if not form.strip():
            problems.append(label + "empty translation")
            continue
        ph = sorted(set(PLACEHOLDER_RE.findall(form)))
        if ph != src_ph:
            problems.append(label + "placeholders %s, source has %s" % (ph, src_ph))
        if not has_html(source):
            src_acc, acc = accelerator(source), accelerator(form)
            if (src_acc is None) != (acc is None):
                problems.append(label + "accelerator mismatch (source %r, translation %r)" % (src_acc, acc))
        if has_html(source) or has_html(form):
            src_tags = [t.split()[0].rstrip(">").lower() for t in TAG_RE.findall(source)]
            tags = [t.split()[0].rstrip(">").lower() for t in TAG_RE.findall(form)]
            if src_tags != tags:
                problems.append(label + "HTML tags differ from the source")
            if sorted(ENTITY_RE.findall(source)) != sorted(ENTITY_RE.findall(form)):
                problems.append(label + "HTML entities differ from the source")
        lead_s, lead_t = source[:len(source) - len(source.lstrip())], form[:len(form) - len(form.lstrip())]
        trail_s, trail_t = source[len(source.rstrip()):], form[len(form.rstrip()):]
        if lead_s != lead_t or trail_s != trail_t:
            problems.append(label + "leading/trailing whitespace differs from the source")
        if source.endswith("...") != form.endswith("..."):
            problems.append(label + "trailing '...' differs from the source")
    return problems


def parse_message(block):
    """(source, numerus, translation ElementTree element) of one <message> block."""
    el = ET.fromstring(block)
    source = el.findtext("source")
    return (source if source is not None else ""), el.get("numerus") == "yes", el.find("translation")


def translation_xml(indent, forms, numerus):
    if not numerus:
        return "%s<translation>%s</translation>" % (indent, escape(forms[0]))
    inner = "".join("%s    <numerusform>%s</numerusform>\n" % (indent, escape(f)) for f in forms)
    return "%s<translation>\n%s%s</translation>" % (indent, inner, indent)


def english_plural(source, overrides):
    if source in overrides:
        return list(overrides[source])
    if not re.search(r"\((?:s|es|ies)\)", source):
        return None
    singular = re.sub(r"y\(ies\)", "y", source)
    singular = re.sub(r"\((?:s|es)\)", "", singular)
    plural = re.sub(r"y\(ies\)", "ies", source)
    plural = re.sub(r"\((s|es)\)", r"\1", plural)
    return [singular, plural]


def fill(path, lookup, only_numerus, check_only):
    """Fill one TS file. lookup(source, numerus) -> list of forms or None.
    Returns (stats, missing sources, problems, used sources)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    missing, problems, used = [], [], set()
    stats = {"messages": 0, "filled": 0, "skipped": 0}

    def replace_message(match):
        block = match.group(0)
        stats["messages"] += 1
        try:
            source, numerus, tr_el = parse_message(block)
        except ET.ParseError as e:
            problems.append("%s: unparsable <message>: %s" % (path, e))
            return block
        if only_numerus and not numerus:
            stats["skipped"] += 1
            return block
        if tr_el is not None and tr_el.get("type") in ("vanished", "obsolete"):
            stats["skipped"] += 1  # lupdate keeps these only for reference
            return block
        forms = lookup(source, numerus)
        if forms is None:
            missing.append(source)
            return block
        used.add(source)
        issues = check_translation(source, forms, numerus)
        if issues:
            problems.extend("%r: %s" % (source, p) for p in issues)
            return block
        tm = TRANSLATION_RE.search(block)
        if tm is None:  # no <translation> at all: add one after </source> (or the last child)
            anchor = block.rfind("</source>")
            anchor = anchor + len("</source>") if anchor >= 0 else block.rfind("</message>")
            indent = re.search(r"\n([ \t]*)<source", block)
            indent = indent.group(1) if indent else "        "
            new = block[:anchor] + "\n" + translation_xml(indent, forms, numerus) + block[anchor:]
        else:
            new = block[:tm.start()] + translation_xml(tm.group("indent"), forms, numerus) + block[tm.end():]
        stats["filled"] += 1
        return new

    new_text = MESSAGE_RE.sub(replace_message, text)
    try:
        ET.fromstring(new_text.encode("utf-8"))
    except ET.ParseError as e:
        problems.append("%s: result is not well-formed XML: %s" % (path, e))
        return stats, missing, problems, used
    if not check_only and new_text != text:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".fill_ts.")
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(new_text)
        os.chmod(tmp, os.stat(path).st_mode & 0o7777)
        os.replace(tmp, path)
    return stats, missing, problems, used


def verify(path, lookup, only_numerus):
    """Independent re-read of a written catalogue: every message that should be finished is."""
    problems = []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head = text[:300]
    if "<!DOCTYPE TS>" not in head or not re.search(r"<TS version=\"2\.1\" language=\"[a-z_A-Z]+\">", head):
        problems.append("%s: DOCTYPE or <TS version=\"2.1\" language=...> header missing" % path)
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as e:
        return ["%s: not well-formed: %s" % (path, e)]
    accel = {}
    for msg in root.iter("message"):
        source = msg.findtext("source") or ""
        numerus = msg.get("numerus") == "yes"
        tr_el = msg.find("translation")
        if only_numerus and not numerus:
            continue
        if tr_el is None:
            problems.append("%r: no <translation>" % source)
            continue
        if tr_el.get("type") in ("vanished", "obsolete"):
            continue
        if tr_el.get("type") == "unfinished":
            problems.append("%r: still type=\"unfinished\"" % source)
        forms = [n.text or "" for n in tr_el.findall("numerusform")] if numerus else [tr_el.text or ""]
        problems.extend("%r: %s" % (source, p) for p in check_translation(source, forms, numerus))
        if not numerus:
            accel[source] = forms[0]
    if not only_numerus:
        for menu, items in MENU_GROUPS.items():
            seen = {}
            for item in items:
                if item in accel:
                    key = accelerator(accel[item])
                    if key is None:
                        continue
                    if key in seen:
                        problems.append("%s: %r and %r share accelerator '%s'" % (menu, accel[seen[key]], accel[item], key))
                    seen[key] = item
    return problems


def load_json(path, required):
    if not os.path.exists(path):
        if required:
            sys.exit("fill_ts: mapping %s not found" % path)
        return {}
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict):
        sys.exit("fill_ts: %s must hold a JSON object" % path)
    for k, v in data.items():
        ok = isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v))
        if not ok:
            sys.exit("fill_ts: %s: value for %r must be a string or a list of strings" % (path, k))
    return data


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ts-dir", default=DEFAULT_TS_DIR)
    ap.add_argument("--mapping", default=os.path.join(HERE, "es.json"), help="Spanish mapping (source -> text | [sg, pl])")
    ap.add_argument("--en-mapping", default=os.path.join(HERE, "en.json"),
                    help="optional English plural overrides (source -> [sg, pl])")
    ap.add_argument("--check", action="store_true", help="verify only; do not write")
    args = ap.parse_args()

    es_path = os.path.join(args.ts_dir, "rebuttal_es.ts")
    en_path = os.path.join(args.ts_dir, "rebuttal_en.ts")
    es_map = load_json(args.mapping, required=True)
    # Each area of the app may keep its own es-AREA.json beside es.json, so that work on
    # different pages does not edit one file; they all merge into one mapping.
    if args.mapping == os.path.join(HERE, "es.json"):
        for name in sorted(os.listdir(HERE)):
            if name.startswith("es-") and name.endswith(".json"):
                for k, v in load_json(os.path.join(HERE, name), required=True).items():
                    es_map.setdefault(k, v)
    en_map = load_json(args.en_mapping, required=False)

    def es_lookup(source, numerus):
        value = es_map.get(source)
        if value is None:
            return None
        return list(value) if isinstance(value, list) else [value]

    def en_lookup(source, numerus):
        return english_plural(source, en_map)

    failed = False
    all_es_sources = set()
    for path, lookup, only_numerus, name in ((es_path, es_lookup, False, "es"), (en_path, en_lookup, True, "en")):
        if not os.path.exists(path):
            print("fill_ts: %s not found" % path, file=sys.stderr)
            return 2
        stats, missing, problems, used = fill(path, lookup, only_numerus, args.check)
        if name == "es":
            all_es_sources = used | set(missing)
        print("%s: %d messages, %d %s, %d left as is" % (
            os.path.basename(path), stats["messages"], stats["filled"], "checked" if args.check else "filled",
            stats["skipped"]))
        for source in dict.fromkeys(missing):
            print("  MISSING %s mapping for source: %r" % ("Spanish" if name == "es" else "English plural", source))
        for p in problems:
            print("  ERROR " + p)
        post = verify(path, lookup, only_numerus)
        for p in post:
            print("  VERIFY " + p)
        failed |= bool(missing or problems or post)

    unused = [k for k in es_map if k not in all_es_sources]
    for k in unused:
        print("  note: es.json entry not used by any message (obsolete?): %r" % k)
    print("RESULT: %s" % ("FAILED" if failed else "OK"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
