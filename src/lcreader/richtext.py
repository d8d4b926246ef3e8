"""Bulletin text as Rich `Text` with spans styled: never markup, control characters removed."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from .safe_text import clean

MATCH_STYLE = "bold black on yellow"


def highlighted(text: str, spans: list[tuple[int, int]], style: str | Style = MATCH_STYLE) -> Text:
    """Text with the spans styled; each piece cleaned separately, so spans stay put."""
    out = Text()
    at = 0
    for start, end in sorted(spans):
        if start < at:
            continue
        out.append(clean(text[at:start]))
        out.append(clean(text[start:end]), style=style)
        at = end
    out.append(clean(text[at:]))
    return out
