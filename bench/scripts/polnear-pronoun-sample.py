#!/usr/bin/env python3
"""Draws PolNeAR gold quotes whose source is a pronoun or a description, for judging by hand.

PolNeAR's `surname` score leaves these quotes out (its gold source is the mention as written: "he", "the former
secretary of state"), so docs/quality.md reports a hand-judged figure for them. This script prints a seeded random
sample, each with the paragraph before it and the speaker Verbatim gave it.

    ./verbatim quotes --json ../shared/corpus/polnear/articles.jsonl.gz > /tmp/pn.q.jsonl
    python3 bench/scripts/polnear-pronoun-sample.py ../shared/corpus/polnear /tmp/pn.q.jsonl --seed 27 --n 40
"""
import argparse
import gzip
import json
import random

PRONOUNS = {"he", "she", "they", "it", "who", "we", "i"}
DETERMINERS = ("the", "a", "an", "his", "her")


def unnamed(source):
    """A pronoun, or a description whose words after its determiner hold no capitalised word."""
    words = source.split()
    if not words:
        return False
    if source.lower() in PRONOUNS:
        return True
    return words[0].lower() in DETERMINERS and not any(w[:1].isupper() for w in words[1:])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("polnear", help="the PolNeAR folder (articles.jsonl.gz, direct_quotes.jsonl.gz)")
    ap.add_argument("predicted", help="the output of verbatim quotes --json over its articles")
    ap.add_argument("--compartment", default="test")
    ap.add_argument("--seed", type=int, default=27)
    ap.add_argument("--n", type=int, default=40)
    args = ap.parse_args()
    texts = {}
    with gzip.open(f"{args.polnear}/articles.jsonl.gz", "rt") as f:
        for line in f:
            a = json.loads(line)
            texts[a["id"]] = a.get("text") or a.get("body") or ""
    predicted = {}
    with open(args.predicted) as f:
        for line in f:
            a = json.loads(line)
            for q in a["quotes"]:
                predicted[(a["article"], q["start"])] = q
    sample = []
    with gzip.open(f"{args.polnear}/direct_quotes.jsonl.gz", "rt") as f:
        for line in f:
            g = json.loads(line)
            if g["compartment"] == args.compartment and unnamed(g.get("speaker") or ""):
                near = (predicted.get((g["article"], g["start"] + d)) for d in range(-3, 4))
                sample.append((g, next((p for p in near if p), None)))
    with_speaker = sum(1 for _, p in sample if p and p["speaker"])
    print(f"{len(sample)} gold quotes with a pronoun or description source; {with_speaker} given a speaker")
    random.seed(args.seed)
    for g, p in random.sample(sample, min(args.n, len(sample))):
        text = texts[g["article"]]
        ours = (p["speaker"], p["rule"]) if p else (None, None)
        print(f"=== {g['article']} {g['start']} | gold: {g['speaker']} | ours: {ours[0]} ({ours[1]})")
        print(text[max(0, g["start"] - 500): g["start"] + 80].replace("\n", " / "))


if __name__ == "__main__":
    main()
