"""A table copied a cell a line (a document viewer's preview, a table pasted as text):
each row's label, then its figures, each on a line of its own. Read line by line the
figures are page numbers and the labels headlines; set back into rows, the table reads
as its rows, each a line of its own, nothing dropped."""

from __future__ import annotations

import re

# A figure of a table's cell: `19`, `98.6%`, `1,200`, `—` for none.
_FIGURE = re.compile(r"^[-+]?\d[\d,.]*%?$|^[-—–]$")
# A row's label or a header's cell: a few words, no sentence.
_LABEL = re.compile(r"^[^\s，。！？；：,.!?;:]{2,12}$")
# Fewest rows a table of cell lines has, and most figures a row.
MIN_ROWS = 3
_MAX_FIGURES = 6


def _label(text: str) -> bool:
    return bool(_LABEL.match(text)) and not _FIGURE.match(text)


def _rows_from(cells: list[str], k: int, width: int) -> int:
    """How many rows of a label and `width` figures follow each other from cell k."""
    rows = 0
    while k + width < len(cells) and _label(cells[k]):
        if not all(_FIGURE.match(cells[j]) for j in range(k + 1, k + width + 1)):
            break
        rows += 1
        k += width + 1
    return rows


# A figure alone on its line, looked for in the whole text at once (the cheap test).
_FIGURE_LINE = re.compile(r"^[ \t\u3000]*(?:[-+]?\d[\d,.]*%?|[-—–])[ \t\u3000]*$", re.M)


def join_cell_lines(text: str) -> str:
    """The text with each table copied a cell a line set back into its rows (its header
    too, when as many label cells stand right over the first row), the cells of a row
    one space apart."""
    if len(_FIGURE_LINE.findall(text)) < MIN_ROWS:
        return text  # (most texts hold no figure alone on a line three times)
    lines = text.split("\n")
    cells = [line.strip() for line in lines]
    out: list[str] = []
    k = 0
    while k < len(lines):
        found = None
        if _label(cells[k]) and k + 1 < len(cells) and _FIGURE.match(cells[k + 1]):
            for width in range(1, _MAX_FIGURES + 1):
                rows = _rows_from(cells, k, width)
                if rows >= MIN_ROWS:
                    found = (width, rows)
                    break
        if found is None:
            out.append(lines[k])
            k += 1
            continue
        width, rows = found
        # The header: as many label cells right over the first row, taken back from `out`.
        header = out[-(width + 1) :] if len(out) > width else []
        if len(header) == width + 1 and all(_label(cell.strip()) for cell in header):
            del out[-(width + 1) :]
            out.append(" ".join(cell.strip() for cell in header))
        for _ in range(rows):
            out.append(" ".join(cells[k : k + width + 1]))
            k += width + 1
    return "\n".join(out)
