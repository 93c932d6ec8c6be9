#!/usr/bin/env python3
"""Queries for comparing two builds' hits and marks: phrases, proximity (w/N, w/s, w/p, pre/N),
slop, prefix and plain words drawn from the words of a JSON Lines sample, plus a few field
queries. Usage: marks-queries.py ARTICLES.jsonl [N] > queries.txt (seeded: same file, same
queries)."""
import json
import random
import re
import sys

random.seed(7)
articles = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
wanted = int(sys.argv[2]) if len(sys.argv) > 2 else 320
shapes = [
    lambda w: '"%s %s %s"' % (w[0], w[1], w[2]),
    lambda w: "%s w/5 %s" % (w[0], w[3]),
    lambda w: "%s w/s %s" % (w[0], w[5]),
    lambda w: "%s w/p %s" % (w[0], w[6]),
    lambda w: "%s %s" % (w[0], w[2]),
    lambda w: "%s*" % w[0][:5],
    lambda w: '"%s %s"~3' % (w[0], w[2]),
    lambda w: "%s pre/8 %s" % (w[0], w[4]),
]
for i in range(wanted):
    words = re.findall(r"[A-Za-z]{4,}", random.choice(articles).get("text") or "")
    if len(words) < 30:
        continue
    j = random.randrange(len(words) - 6)
    print(shapes[i % len(shapes)](words[j : j + 7]))
for q in ["trump", '"white house"', "putin w/12 nuclear", "title:biden", 'quote:"fake news"',
          "source:reuters immigration", '"health care" w/s cost', "climate NOT change",
          "speaker:Obama", '"north korea" w/p missile']:
    print(q)
