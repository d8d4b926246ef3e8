"""Output formats in one room: the shapes every output is made of, and their writers.

`shapes.py` lays an article out as blocks (kicker, title, subtitle, meta line,
paragraphs, captions, byline) with the one meta line and the one caption mark;
`text.py` (plain text: pipes, the clipboard), `markdown.py` (reports), `json.py`
(scripts, the export) and `csv.py` (spreadsheets) write them; Rich (`cli/render.py`)
and Textual (`tui/widgets/article_view.py`) style the same blocks. Nothing here
imports Rich or Textual: `lcreader search` in a pipe uses `text.py` and `json.py`.
"""

from __future__ import annotations

from ..messages import message

__all__ = ["meta_line"]


def meta_line(year: int | None, article_id: str, byline: str = "") -> str:
    """`2020 · 000_a74f…/2 · 党建办 杜嵩`: the same line under a title everywhere."""
    parts = [str(year) if year else message("year_unknown"), article_id]
    if byline:
        parts.append(byline)
    return " · ".join(parts)
