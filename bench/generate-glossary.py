#!/usr/bin/env python3
"""Generates a large English->German CSV glossary for the term-recognition benchmark (stdlib only, deterministic).

   bench/generate-glossary.py --count 100000 --out /tmp/glossa-bench/glossary-100k.csv

Rows are pseudo-word terms of one to four words (so the trie is wide and deep), followed by the entries of
glossaries/dw-en-de.csv, so the big glossary finds at least the same terms as the small one.
"""
import argparse
import csv
import random
import pathlib

SYLLABLES = ["ka", "lo", "mi", "ter", "vos", "an", "del", "ri", "sun", "qua", "pel", "tro", "zen", "ba", "fi",
             "gor", "hu", "ix", "jul", "ne", "op", "ras", "sto", "ul", "wen", "yar"]


def word(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20230110)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    repo = pathlib.Path(__file__).resolve().parent.parent
    with open(repo / "glossaries" / "dw-en-de.csv", encoding="utf-8-sig", newline="") as f:
        dw = [(r["en"], r["de"]) for r in csv.DictReader(f) if r["en"]]
    seen = {en.lower() for en, _ in dw}
    rows = []
    while len(rows) < args.count - len(dw):
        en = " ".join(word(rng) for _ in range(rng.choice([1, 1, 2, 2, 2, 3, 4])))
        if en in seen:
            continue
        seen.add(en)
        rows.append((en, en.capitalize() + "-de"))
    out = pathlib.Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["en", "de"])
        w.writerows(rows)
        w.writerows(dw)
    print(f"{out}: {len(rows) + len(dw)} entries")


if __name__ == "__main__":
    main()
