#!/usr/bin/env python3
"""Builds src/main/resources/org/countygraph/names/surnames.txt from public NER training data.

A character is kept as a surname when it starts a person name of 2-4 Han characters at least
MIN times in CLUENER2020 train (label `name`) plus People's Daily 1998 dev (B-PER). Only training
and dev splits are read. Usage: python3 tools/surnames.py ../shared/data/ner > src/main/resources/org/countygraph/names/surnames.txt
"""
import collections, json, re, sys

MIN = 3
root = sys.argv[1]
counts = collections.Counter()
text = open(f"{root}/cluener/train.json", encoding="utf-8").read()
dec, i = json.JSONDecoder(), 0
while (m := re.compile(r"\S").search(text, i)):
    obj, i = dec.raw_decode(text, m.start())
    for name in obj["label"].get("name", {}):
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
            counts[name[0]] += 1
names = []
for line in open(f"{root}/peoples-daily-1998/example.dev", encoding="utf-8"):
    parts = line.split()
    if len(parts) != 2:
        continue
    ch, tag = parts
    if tag == "B-PER":
        names.append(ch)
    elif tag == "I-PER" and names:
        names[-1] += ch
for name in names:
    if 2 <= len(name) <= 4:
        counts[name[0]] += 1
print("# surnames: first characters of person names in CLUENER2020 train and People's Daily 1998 dev (tools/surnames.py)")
for ch, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    if n >= MIN:
        print(f"{ch}\t{n}")
