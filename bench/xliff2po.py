#!/usr/bin/python3
"""Writes the segments of XLIFF files (1.2 and 2.x) as PO files for translate-toolkit's pofilter (bench/qa-compare.sh).

One PO file per XLIFF file, one message per segment: msgctxt "UNIT/SEGMENT", msgid the source text, msgstr the
target text (inline codes left out, their text kept). translate-toolkit's own xliff2po reads XLIFF 1.2 only.
Usage: bench/xliff2po.py XLIFF_DIR PO_DIR     (needs Debian's translate-toolkit: /usr/bin/python3)
"""
import os
import sys
import xml.etree.ElementTree as ET

from translate.storage import pypo

XLIFF12 = "{urn:oasis:names:tc:xliff:document:1.2}"
XLIFF2 = "{urn:oasis:names:tc:xliff:document:2.0}"


def text(element):
    return "".join(element.itertext()) if element is not None else ""


def segments(path):
    root = ET.parse(path).getroot()
    for unit in root.iter(XLIFF2 + "unit"):
        for n, segment in enumerate(unit.iter(XLIFF2 + "segment"), 1):
            yield f"{unit.get('id')}/{segment.get('id') or n}", text(segment.find(XLIFF2 + "source")), \
                text(segment.find(XLIFF2 + "target"))
    for unit in root.iter(XLIFF12 + "trans-unit"):
        marked = unit.find(XLIFF12 + "seg-source")
        if marked is not None and marked.find(f".//{XLIFF12}mrk[@mtype='seg']") is not None:
            targets = {m.get("mid"): text(m) for m in unit.iter(XLIFF12 + "mrk")
                       if m.get("mtype") == "seg" and m in list(unit.find(XLIFF12 + "target").iter())} \
                if unit.find(XLIFF12 + "target") is not None else {}
            for m in marked.iter(XLIFF12 + "mrk"):
                if m.get("mtype") == "seg":
                    yield f"{unit.get('id')}/{m.get('mid')}", text(m), targets.get(m.get("mid"), "")
        else:
            yield unit.get("id"), text(unit.find(XLIFF12 + "source")), text(unit.find(XLIFF12 + "target"))


def main(xliff_dir, po_dir):
    os.makedirs(po_dir, exist_ok=True)
    files = units = 0
    for name in sorted(os.listdir(xliff_dir)):
        if not name.endswith((".xlf", ".xliff")):
            continue
        store = pypo.pofile()
        for context, source, target in segments(os.path.join(xliff_dir, name)):
            unit = store.addsourceunit(source)
            unit.setcontext(context)
            unit.target = target
            units += 1
        with open(os.path.join(po_dir, name + ".po"), "wb") as out:
            store.serialize(out)
        files += 1
    print(f"{files} files, {units} segments -> {po_dir}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
