#!/usr/bin/env python3
"""Queries for comparing two builds' hits and marks: phrases, proximity (w/N, w/s, w/p, pre/N),
slop, prefix and plain words drawn from the words of a JSON Lines sample, plus a few field
queries. Usage: marks-queries.py ARTICLES.jsonl [N] > queries.txt (seeded: same file, same
queries); marks-queries.py --words ARTICLES.jsonl > words.txt: 300 single words, possessives and
w/3 pairs, where stemming matters most."""
import json
import random
import re
import sys

if sys.argv[1] == "--words":
    random.seed(11)
    articles = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
    queries = set()
    while len(queries) < 300:
        words = re.findall(r"[A-Za-z']{2,}", random.choice(articles)["text"])
        if not words:
            continue
        word = random.choice(words)
        kind = len(queries) % 3
        if kind == 0:
            queries.add(word)
        elif kind == 1:
            j = random.randrange(len(words))
            queries.add("%s w/3 %s" % (words[j], words[min(len(words) - 1, j + 2)]))
        else:
            queries.add(word.lower() + "'s" if not word.endswith("s") else word)
    print("\n".join(sorted(queries)))
    sys.exit(0)

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
