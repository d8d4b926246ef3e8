"""Plain-text renderings for pipes and scripts: the same lines as the styled ones, no Rich.

`lcreader search` in a pipe never imports Rich: it costs more than the search.
"""

from __future__ import annotations

from ..safe_text import clean
from ..search import Hit


def meta_line(article_id: str, year: int | None, byline: str) -> str:
    parts = [article_id, str(year) if year else "year unknown"]
    if byline:
        parts.append(byline)
    return " · ".join(parts)


def hit_lines(rank: int, hit: Hit) -> list[str]:
    """A hit as plain lines: the styled rendering's text, control characters removed."""
    lines = [
        f"{rank:>2}. {clean(hit.title)}  {hit.score:.2f}",
        "    " + clean(meta_line(hit.article_id, hit.year, hit.byline)),
    ]
    lines.extend("    " + clean(snippet.text) for snippet in hit.snippets)
    lines.append("")
    return lines
