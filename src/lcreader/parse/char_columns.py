"""Two columns read across by a tool that sets text by characters, not by display
columns (a scanner's OCR reading a whole page as one column, a PDF reader's plain text):
each line holds a line of the left column, spaces, and a line of the right column, and
the right column starts at about the same character on every line, a wide character
counting one. The gap may be one space only, and a line may hold one column alone (the
right one behind its indent). Such a stretch is read column by column, page by page (a
page's header or footer parts the pages); nothing else is touched."""

from __future__ import annotations

import re
from collections import Counter

# A page's own line: `第2版 · 邻里服务`, `— 3 —`: the columns above it are another page's.
_PAGE = re.compile(
    r"^\s*(?:第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版|[—\-－]\s*\d{1,3}\s*[—\-－]\s*$)"
)
# How far from the right column's usual start a line's right half may start.
_TOLERANCE = 2
# A right half alone on its line stands behind at least this many spaces.
_MIN_RIGHT_INDENT = 8
# Lines split in two, at least, for a stretch to be read as two columns.
_MIN_SPLIT = 5
# Of each column's lines, this share at least holds a clause's mark: text, not a table
# (a poem's lines hold none, and may fill most of a column).
_MIN_PROSE = 0.2
CLAUSE = re.compile(r"[，。、；：！？,;]")
# Fewest lines a column reads as text in.
MIN_TEXT_LINES = 3
_GAP = re.compile(r" +")
_WIDE_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def read_across(block: list[str]) -> list[str] | None:
    """The block's lines with each two-column stretch read column by column, or None
    when it has none."""
    out: list[str] = []
    changed = False
    page: list[str] = []
    for line in [*block, None]:
        if line is not None and not _PAGE.match(line):
            page.append(line)
            continue
        read = _read_page(page)
        changed = changed or read is not None
        out.extend(page if read is None else read)
        if line is not None:
            out.append(line)
        page = []
    return out if changed else None


def _read_page(lines: list[str]) -> list[str] | None:
    right_at = _right_column(lines)
    if right_at is None:
        return None
    cuts = [_cut(line, right_at) for line in lines]
    split = [k for k, (left, right) in enumerate(cuts) if left.strip() and right.strip()]
    # (a poem beside a story has no clause: the story's side will do)
    prose = [k for k in split if CLAUSE.search(cuts[k][0]) or CLAUSE.search(cuts[k][1])]
    if len(split) < _MIN_SPLIT or not prose:
        return None
    first = _first(cuts, prose[0])
    last = max(k for k, (_, right) in enumerate(cuts) if right.strip())
    left = [cuts[k][0].rstrip() for k in range(first, last + 1) if cuts[k][0].strip()]
    right = [cuts[k][1].rstrip() for k in range(first, last + 1) if cuts[k][1].strip()]
    if not (reads_as_text(left, _MIN_PROSE) and reads_as_text(right, _MIN_PROSE)):
        return None
    return [*lines[:first], *left, "", *right, *lines[last + 1 :]]


def _first(cuts: list[tuple[str, str]], first: int) -> int:
    """Where the columns begin: from the first line split at a clause, up over the
    lines the two columns share (a right half, alone or beside a left one, and a left
    line alone next to a right one alone), not into the headline or masthead over them."""
    while first > 0:
        left, right = cuts[first - 1]
        below_right_only = not cuts[first][0].strip() and bool(cuts[first][1].strip())
        if right.strip() or (left.strip() and below_right_only):
            first -= 1
        else:
            break
    return first


def _right_column(lines: list[str]) -> int | None:
    """The character the right column's lines start at: where most gaps end, or most
    lone right halves begin."""
    starts: Counter[int] = Counter()
    for line in lines:
        lead = _lead(line)
        if lead >= _MIN_RIGHT_INDENT and line.strip():
            starts[lead] += 1
        for gap in _WIDE_GAP.finditer(line, lead):
            starts[gap.end()] += 1
    if not starts:
        return None
    near = {at: sum(starts[at + d] for d in range(-_TOLERANCE, _TOLERANCE + 1)) for at in starts}
    best = max(near, key=lambda at: (near[at], starts[at]))
    if near[best] < _MIN_SPLIT:
        return None
    # (the column's edge is its first character; a paragraph's indent starts past it)
    return min(at for at in starts if abs(at - best) <= _TOLERANCE)


def _cut(line: str, right_at: int) -> tuple[str, str]:
    """(left half, right half) of a line; a line with no gap near the right column is
    the left column's (or the page's, across both)."""
    lead = _lead(line)
    if lead >= right_at - _TOLERANCE and line.strip():
        # the right column alone; an indent past its start is a paragraph's
        return "", " " * max(0, lead - right_at) + line.strip()
    # (a gap across the column's start: a right half set flush right, `（下转第2版）`)
    gaps = [
        gap
        for gap in _GAP.finditer(line, lead)
        if gap.start() <= right_at + _TOLERANCE
        and gap.end() >= right_at - _TOLERANCE
        and gap.end() < len(line.rstrip())
    ]
    if not gaps:
        return line, ""
    gap = min(gaps, key=lambda g: abs(g.end() - right_at))
    # An indent past the column's start is a paragraph's where the gap was set by the
    # layout (two spaces or more); one space is where the halves ran into each other.
    indent = max(0, gap.end() - right_at) if len(gap.group()) >= 2 else 0
    return line[: gap.start()], " " * indent + line[gap.end() :]


def _lead(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def reads_as_text(side: list[str], share: float) -> bool:
    """Whether a column's lines read as text: a clause's mark in `share` of them."""
    filled = [line for line in side if line.strip()]
    clauses = sum(1 for line in filled if CLAUSE.search(line))
    return len(filled) >= MIN_TEXT_LINES and clauses >= share * len(filled)
