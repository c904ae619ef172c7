#!/usr/bin/env python3
"""Builds a synthetic corpus from fixtures/articles/*.txt for the batch
benchmarks: a JSONL file (one {"id", "outlet", "date", "text"} per line) or a
directory tree of .txt files.

The corpus is deterministic (seeded) and made of real article text: each
article is one fixture whose body paragraphs are partly dropped, reordered
and topped up with paragraphs of another fixture, so the corpus is not one
text repeated and the speaker table has some variety. Do not commit the
output; it goes under target/ by default.

    python3 scripts/gen-corpus.py                      # target/bench-corpus/corpus-40m.jsonl
    python3 scripts/gen-corpus.py --size 400M
    python3 scripts/gen-corpus.py --size 5M --dir target/bench-corpus/dir-5m
    python3 scripts/gen-corpus.py --text target/bench-corpus/corpus-40m.txt   # the same texts, concatenated (for wc -w)
"""

import argparse
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTLETS = ["Wire", "Courier", "Herald", "Gazette", "Observer", "Tribune", "Post", "Ledger"]


def parse_size(text):
    units = {"K": 10**3, "M": 10**6, "G": 10**9}
    text = text.strip().upper()
    if text[-1:] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def load_fixtures():
    fixtures = []
    for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt")):
        # Bytes as they are (BOM and CRLF included): the corpus should carry
        # the same oddities as the fixtures.
        text = path.read_bytes().decode("utf-8")
        newline = "\r\n" if "\r\n" in text else "\n"
        paragraphs = [p for p in text.split(newline * 2) if p.strip()]
        fixtures.append((path.stem, newline, paragraphs))
    if not fixtures:
        sys.exit("gen-corpus: no fixtures found under fixtures/articles")
    return fixtures


def article(rng, fixtures):
    name, newline, paragraphs = rng.choice(fixtures)
    # The first two paragraphs (headline, lead) stay in place.
    head, body = paragraphs[:2], paragraphs[2:]
    body = [p for p in body if rng.random() > 0.15]
    if len(body) > 3 and rng.random() < 0.5:
        i = rng.randrange(len(body) - 1)
        body[i], body[i + 1] = body[i + 1], body[i]
    if rng.random() < 0.4:
        _, _, other = rng.choice(fixtures)
        extra = other[2:] or other
        body.extend(rng.sample(extra, min(len(extra), rng.randint(1, 3))))
    return name, (newline * 2).join(head + body) + newline


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", default="40M", help="approximate size of the article text (default 40M)")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--out", help="JSONL file to write (default target/bench-corpus/corpus-<size>.jsonl)")
    ap.add_argument("--dir", help="write a directory of .txt files (1000 per subdirectory) instead")
    ap.add_argument("--text", help="write the article texts, concatenated, to this file instead")
    args = ap.parse_args()

    target = parse_size(args.size)
    rng = random.Random(args.seed)
    # Metadata has its own generator, so every output form holds the same texts.
    meta = random.Random(args.seed + 1)
    fixtures = load_fixtures()
    total = 0
    count = 0
    if args.dir:
        out_dir = Path(args.dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        while total < target:
            name, text = article(rng, fixtures)
            sub = out_dir / f"{count // 1000:04d}"
            sub.mkdir(exist_ok=True)
            (sub / f"{count:07d}-{name}.txt").write_bytes(text.encode("utf-8"))
            total += len(text.encode("utf-8"))
            count += 1
        where = out_dir
    elif args.text:
        out = Path(args.text)
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "wb") as f:
            while total < target:
                _, text = article(rng, fixtures)
                data = text.encode("utf-8")
                f.write(data)
                total += len(data)
                count += 1
        where = out
    else:
        out = Path(args.out or ROOT / "target" / "bench-corpus" / f"corpus-{args.size.lower()}.jsonl")
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            while total < target:
                name, text = article(rng, fixtures)
                record = {
                    "id": f"{count:07d}",
                    "outlet": meta.choice(OUTLETS),
                    "date": f"2018-{meta.randint(1, 12):02d}-{meta.randint(1, 28):02d}",
                    "fixture": name,
                    "text": text,
                }
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
                total += len(text.encode("utf-8"))
                count += 1
        os.replace(tmp, out)
        where = out
    print(f"gen-corpus: {count} articles, {total / 1e6:.1f} MB of text -> {where}", file=sys.stderr)


if __name__ == "__main__":
    main()
