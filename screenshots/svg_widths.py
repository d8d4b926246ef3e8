"""True widths for the text runs of Rich's SVG export.

Rich sets each run's `textLength` to its number of characters times one cell's width,
so a run of Chinese text (two cells a character) is told to be half as wide as it is
drawn on a terminal: a browser squeezes it, highlighted names float apart and `…`
drifts from its title. The run's `x` is right (Rich counts cells there): only the
length is set again, from Rich's own cell measure.
"""

from __future__ import annotations

import html
import re

from rich.cells import cell_len

# Rich's terminal SVG: 20 px text, a cell 0.61 of its height wide.
CELL_WIDTH = 20 * 0.61

TEXT_RUN = re.compile(r'(<text\b[^>]*?\btextLength=")([0-9.]+)("[^>]*>)([^<]*)(</text>)')


def run_cells(content: str) -> int:
    """The cells a run's text takes on a terminal (its SVG text unescaped)."""
    return cell_len(html.unescape(content))


def true_widths(svg: str) -> str:
    """The SVG with every text run's textLength its cells × the cell width."""

    def fix(match: re.Match) -> str:
        start, _, rest, content, end = match.groups()
        width = format(run_cells(content) * CELL_WIDTH, "g")
        return f"{start}{width}{rest}{content}{end}"

    return TEXT_RUN.sub(fix, svg)
