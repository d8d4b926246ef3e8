"""Doctor's recall on a folder of bulletins with gold: of the articles the parser lays
out wrong (or that have no gold partner), how many doctor points at.

    python benchmarks/doctor_recall.py tests/corpus
    python benchmarks/doctor_recall.py /path/to/new/blind/round   # first contact
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from lcreader.fidelity import align, check_article, parse_file

# The checks of an article's layout (people and meta are entities', not layout's).
STRUCTURE = ("title", "kicker", "subtitle", "paragraphs", "intertitles", "captions", "bylines")


def recall(folder: Path) -> tuple[int, int, list[str]]:
    wrong = flagged = 0
    missed: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        gold_path = path.with_name(path.stem + ".gold.json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        issue = parse_file(path)
        for gi, ai in align(gold["articles"], issue.articles):
            if ai is None:
                continue  # a gold article with no partner: its neighbour is the wrong one
            scores = (
                check_article(gold["articles"][gi], issue.articles[ai]) if gi is not None else {}
            )
            if gi is not None and all(scores[k] >= 1 for k in STRUCTURE):
                continue
            wrong += 1
            notes = [n for n in issue.notes if n.article == ai + 1 and n.code != "no_byline"]
            if notes:
                flagged += 1
            else:
                missed.append(f"{path.stem} article {ai + 1}: {issue.articles[ai].title[:20]}")
    return wrong, flagged, missed


def main() -> int:
    for folder in map(Path, sys.argv[1:] or ["tests/corpus"]):
        wrong, flagged, missed = recall(folder)
        share = flagged / wrong if wrong else 1.0
        print(f"{folder}: {flagged} of {wrong} wrong articles flagged ({share:.0%})")
        for line in missed:
            print("  not flagged:", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
