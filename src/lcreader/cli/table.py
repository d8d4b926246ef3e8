"""Tables (`lcreader people`, `departments`) laid out by terminal cells, not characters.

A Han character takes two cells, so columns are padded by `typeset.text_width`; a
tab or a count of characters would leave Chinese columns out of line. On a terminal
the table fits its width: the widest columns narrow first and their cells wrap by
the Chinese line-breaking rules, keeping each item of a list (an issue's name, a title
between `、`) whole where it fits. In a pipe every row is one line, still in columns,
for reading in a pager.
"""

from __future__ import annotations

import re

from ..typeset import break_lines, can_break, text_width

GAP = "  "
# A column is never narrowed below its header, nor below this many cells.
MIN_WIDTH = 8
# An item of a cell's list, set off by 、: an issue's name (`2021年11月26日 第21期`, a
# space inside), a title, an alias.
_ITEM = re.compile(r"[^\s、](?:[^、]*[^\s、])?")


def _column_widths(cells: list[list[str]], width: int | None) -> list[int]:
    """Each column's width: what its widest cell needs, narrowed to fit `width`."""
    widths = [max(map(text_width, column)) for column in zip(*cells, strict=True)]
    if width is None:
        return widths
    headers = cells[0]
    floors = [min(w, max(MIN_WIDTH, text_width(h))) for w, h in zip(widths, headers, strict=True)]
    room = width - len(GAP) * (len(widths) - 1)
    while sum(widths) > room:
        narrowable = [n for n, w in enumerate(widths) if w > floors[n]]
        if not narrowable:
            break  # the terminal is narrower than the headers: lines will wrap
        widest = max(narrowable, key=lambda n: widths[n])
        widths[widest] -= 1
    return widths


def _cell_lines(text: str, width: int) -> list[str]:
    if text_width(text) <= width:
        return [text]
    items = [match.span() for match in _ITEM.finditer(text)]
    lines, start = [], 0
    while start < len(text):
        end = start + break_lines(text[start:], width, _shifted(items, start))[0][1]
        end = _no_lone_character(text, start, end, items)
        lines.append(text[start:end].strip())
        start = end
    return [line for line in lines if line] or [""]


def _shifted(spans: list[tuple[int, int]], by: int) -> list[tuple[int, int]]:
    return [(s - by, e - by) for s, e in spans if e > by]


def _no_lone_character(text: str, start: int, end: int, items: list[tuple[int, int]]) -> int:
    """A cut inside an item too wide for its column moved back one character when it
    would leave the item's last character alone on the next line (`党组书` / `记`):
    `党组` / `书记` reads as the words it holds."""
    for item_start, item_end in items:
        lone = item_start < end < item_end and item_end - end == 1
        if lone and end - 1 > start + 1 and can_break(text, end - 1):
            return end - 1
    return end


def table_lines(headers: list[str], rows: list[list[str]], width: int | None) -> list[str]:
    """The header line, then each row's lines: columns padded to their cell widths.

    Cells must be cleaned text (no control characters). `width` is the terminal's;
    None (a pipe) leaves every row on one line.
    """
    cells = [headers, *rows]
    widths = _column_widths(cells, width)
    lines = []
    for row in cells:
        wrapped = [_cell_lines(cell, w) for cell, w in zip(row, widths, strict=True)]
        for depth in range(max(map(len, wrapped))):
            parts = [(column[depth] if depth < len(column) else "") for column in wrapped]
            padded = [
                part + " " * (w - text_width(part)) for part, w in zip(parts, widths, strict=True)
            ]
            lines.append(GAP.join(padded).rstrip())
    return lines
