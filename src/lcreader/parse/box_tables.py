"""A table drawn in box characters (a DOS word processor's, CCED's or WPS's tables
typed with 制表符): its borders (`┌──┬──┐`, `├──┼──┤`) are rules, read as furniture;
each row `│棠溪一村　│　４６　│` reads as its cells, the outer bars dropped and the
bars between cells kept as the row's separators, a wide gap around each."""

from __future__ import annotations

import re

_BARS = "│┃║"
# A bar between two cells, with the padding around it; set back as a wide gap around
# the bar, as a table set in text parts its cells (however the typist padded them).
_INNER_BAR = re.compile(rf"[ \u3000]*[{_BARS}][ \u3000]*")
_CELL_GAP = "\u3000│\u3000"
# A row: a bar at each end and one between two cells at least.
_ROW = re.compile(
    rf"^(?P<indent>[ \t\u3000]*)[{_BARS}](?P<cells>.*[{_BARS}].*)[{_BARS}][ \t\u3000]*$"
)


def unboxed(text: str) -> str:
    """The text with each box-drawn table's rows read without their outer bars."""
    if not any(bar in text for bar in _BARS):
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if line.lstrip(" \t\u3000")[:1] in _BARS and (row := _ROW.match(line)):
            cells = _INNER_BAR.split(row["cells"].strip(" \u3000"))
            lines[k] = row["indent"] + _CELL_GAP.join(cells)
    return "\n".join(lines)
