#!/usr/bin/env python3
"""Why eval-extraction's wrong dates are wrong, page by page.

Usage: ./verbatim eval-extraction --truth SET/ground-truth.json --errors 0 --metadata-errors 1 \
           | grep '^  ' > /tmp/errs.txt
       python3 bench/scripts/date-truth-check.py SET /tmp/errs.txt

For each page whose extracted date differs from the truth in SET/pages.json it reads the page's own
publication and modification dates (JSON-LD datePublished/dateModified, article:published_time and
article:modified_time) and sorts the page into: the truth is the page's modification date while ours
is its publication date ("modified"); ours is the page's own stated publication date and the truth
is neither ("published"); anything else ("other": our error).
"""
import gzip
import json
import re
import sys

PUBLISHED = r'(?:datePublished"\s*:\s*"|published_time" content="|datePublished" content=")(\d{4}-\d\d-\d\d)'
MODIFIED = r'(?:dateModified"\s*:\s*"|modified_time" content="|dateModified" content=")(\d{4}-\d\d-\d\d)'


def main(folder, errors):
    pages = json.load(open(folder + "/pages.json"))
    classes = {"modified": [], "published": [], "other": []}
    for line in open(errors):
        parts = line.strip().split("  ", 1)
        if len(parts) < 2 or "date:" not in parts[1]:
            continue
        key = parts[0]
        truth = pages[key].get("date") or pages[key].get("publish_date")
        if not truth or truth == "NaT":
            continue
        html = gzip.open("%s/html/%s.html.gz" % (folder, key), "rt", errors="replace").read()
        published = set(re.findall(PUBLISHED, html))
        modified = set(re.findall(MODIFIED, html))
        ours = re.search(r"date: (\S+)", parts[1]).group(1)
        if truth in modified and truth not in published and ours in published:
            kind = "modified"
        elif ours in published and truth not in published:
            kind = "published"
        else:
            kind = "other"
        classes[kind].append((key[:8], pages[key].get("site", ""), truth, ours))
    for kind, rows in classes.items():
        print(kind, len(rows))
        for row in rows:
            print("  ", *row)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
