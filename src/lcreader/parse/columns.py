"""Two columns side by side (`pdftotext -layout`): each printed line holds a line of the
left column, a run of spaces, and a line of the right column. Read so, a sentence would
run on into the other column's words; the columns are read one after the other instead.

A block of lines (between blank lines) is read as two columns only when a gutter runs
through all of it: the same display columns blank on every line, text on both sides of
it on most lines, and sentences on both sides (a table's short cells are set apart by
gaps too, and stay rows). Nothing else is touched: a text without such a block comes
back as it was, the same string.
"""

from __future__ import annotations

import re
import unicodedata

from .char_columns import CLAUSE, read_across, reads_as_text

# A text read in two columns is at most this long, in characters and in lines: half the
# lines sources.py lets a file have, so that read so it still has no more.
MAX_TEXT = 2_000_000
MAX_LINES = 30_000
# A block this many lines long at least: fewer is a masthead's or a table's few lines.
_MIN_BLOCK = 5
# The gutter: this many display columns blank on every line of the block.
_MIN_GUTTER = 2
# Of the block's lines, this share at least has text on both sides of the gutter.
_MIN_BOTH = 0.6
# Each side reads as text: this share of its lines holds a clause's mark.
_MIN_PROSE = 0.3
# Longest line looked at: a column is a page's half; a longer line is no layout's.
_MAX_WIDTH = 400


# A run of lines with text, between blank lines (or the text's ends).
_BLOCK = re.compile(r"(?:^[^\S\n]*\S[^\n]*(?:\n|\Z))+", re.M)
# A block longer than this (in characters) is no page's column: it is left unread, and
# never copied (a file at the size cap may be one such block).
_MAX_BLOCK = 40_000


def unweave(text: str) -> str:
    """The text with each two-column block's right column moved under its left one."""
    if "   " not in text:
        return text  # no gutter anywhere: the usual case, at the cost of one scan
    if len(text) > MAX_TEXT or text.count("\n") > MAX_LINES:
        # Each line may become two: past these a file would pass the build's line limit
        # twice over (sources.MAX_LINES) and its memory bound; it is read as written.
        return text
    replaced: dict[int, tuple[int, str]] = {}  # start → (end, new text)
    previous: tuple[int, int] | None = None
    for found in _BLOCK.finditer(text):
        start, end = found.span()
        if end - start > _MAX_BLOCK:
            previous = None
            continue
        block = text[start:end].rstrip("\n").split("\n")
        split = _split_block(block)
        if split is None and len(block) >= _MIN_BLOCK and (across := read_across(block)):
            # set by characters, not display columns (an OCR's or a PDF reader's text)
            ending = "\n" if text[end - 1 : end] == "\n" else ""
            replaced[start] = (end, "\n".join(across) + ending)
            previous = None
            continue
        if split is not None:
            left, right, gutter = split
            heads = _heads_over(text, previous, start, gutter)
            if heads is not None:
                # Two headlines side by side over the columns, a blank line under them.
                start = previous[0]
                replaced.pop(start, None)
                left, right = [*heads[0], "", *left], [*heads[1], "", *right]
            ending = "\n" if text[end - 1 : end] == "\n" else ""
            replaced[start] = (end, "\n".join([*left, "", *right]) + ending)
        previous = (start, end)
    if not replaced:
        return text
    pieces, at = [], 0
    for start in sorted(replaced):
        end, new = replaced[start]
        pieces.extend((text[at:start], new))
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


# Lines of headlines over a two-column block, at most.
_MAX_HEAD_LINES = 3


def _heads_over(
    text: str, previous: tuple[int, int] | None, start: int, gutter: range
) -> tuple[list[str], list[str]] | None:
    """The block right over the one at `start` (one blank line between), split at the same
    gutter: the two columns' headlines, or None."""
    if previous is None or text[previous[1] : start].strip(" \t") != "\n":
        return None
    head = text[previous[0] : previous[1]].rstrip("\n").split("\n")
    if len(head) > _MAX_HEAD_LINES:
        return None
    cells = [_cells(line) for line in head]
    left, right = [], []
    for line, starts in zip(head, cells, strict=True):
        if any(
            not ch.isspace() and start < gutter.stop and stop > gutter.start
            for ch, start, stop in zip(line, starts, starts[1:], strict=False)
        ):
            return None  # a headline across the gutter: the page's, over both columns
        half, other = _halves(line, starts, gutter.stop)
        left.append(half)
        right.append(other)
    if not any(x.strip() for x in left) or not any(x.strip() for x in right):
        return None
    return _flush(left), _flush(right)


def _cells(line: str) -> list[int]:
    """The display column each character of the line starts at, and the line's width
    at the end (a wide character takes two columns)."""
    at, starts = 0, []
    for ch in line:
        starts.append(at)
        at += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    starts.append(at)
    return starts


def _split_block(block: list[str]) -> tuple[list[str], list[str], range] | None:
    """The block's left and right columns and the gutter (display columns), or None if no
    gutter runs through it."""
    if len(block) < _MIN_BLOCK or any(len(line) > _MAX_WIDTH for line in block):
        return None
    cells = [_cells(line) for line in block]
    width = max(c[-1] for c in cells)
    used = [bytearray(width + 1) for _ in block]
    for line, starts, mask in zip(block, cells, used, strict=True):
        for ch, start, stop in zip(line, starts, starts[1:], strict=False):
            if not ch.isspace():
                mask[start:stop] = b"\x01" * (stop - start)
    blank = [all(not mask[c] for mask in used) for c in range(width)]
    best = None
    c = 0
    while c < width:
        if not blank[c]:
            c += 1
            continue
        run = c
        while c < width and blank[c]:
            c += 1
        if c - run >= _MIN_GUTTER and run > 0 and c < width:
            both = sum(1 for mask in used if any(mask[:run]) and any(mask[c:]))
            if best is None or both > best[0]:
                best = (both, run, c)
    if best is None:
        return None
    gutter = range(best[1], best[2])
    left, right = [], []
    for line, starts in zip(block, cells, strict=True):
        half, other = _halves(line, starts, gutter.stop)
        left.append(half.rstrip())
        right.append(other)
    if (
        best[0] >= _MIN_BOTH * len(block)
        and reads_as_text(left, _MIN_PROSE)
        and reads_as_text(right, _MIN_PROSE)
    ):
        return _flush(left), _flush(right), gutter
    if _sidebar(left, right) and reads_as_text(right, _MIN_PROSE):
        # A page's narrow menu beside its text (a web page's table, dumped by w3m):
        # the menu's labels, then the text, each read whole. (No gutter is given back:
        # the lines over a menu are the page's, never two headlines side by side.)
        return _flush(left), _flush(right), range(0)
    return None


# A sidebar's labels: this many at least, each this short, no clause among them.
_MIN_SIDEBAR = 3
_MAX_SIDEBAR_LABEL = 12
# The text beside a sidebar starts at one column: a paragraph's indent is all it moves.
_MAX_INDENT = 4


def _sidebar(left: list[str], right: list[str]) -> bool:
    """Whether the left side is a column of short labels (a menu, a list of contents)
    beside text that starts at one column on every line, whether a label is beside it
    or not."""
    labels = [line.strip() for line in left if line.strip()]
    if len(labels) < _MIN_SIDEBAR or any(
        len(label) > _MAX_SIDEBAR_LABEL or CLAUSE.search(label) for label in labels
    ):
        return False
    texts = [line for line in right if line.strip()]
    indents = [len(line) - len(line.lstrip(" ")) for line in texts]
    return max(indents, default=0) <= _MAX_INDENT


def _halves(line: str, starts: list[int], column: int) -> tuple[str, str]:
    """The line cut before its first character at or past display column `column`."""
    cut = next((i for i, start in enumerate(starts) if start >= column), len(line))
    return line[:cut], line[cut:]


def _flush(side: list[str]) -> list[str]:
    """A column's lines with its margin taken off: a paragraph's indent stays."""
    filled = [line.rstrip() for line in side if line.strip()]
    margin = min((len(line) - len(line.lstrip(" ")) for line in filled), default=0)
    return [line[margin:] for line in filled]
