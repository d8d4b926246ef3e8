"""Split an issue's text into non-blank lines and say what each looks like."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Byline
from .bylines import byline_line, split_inline_byline
from .text import COMMA, POSITION_MARK, SENTENCE_INSIDE, is_terminated

_HEADING_MARK = re.compile(r"^(#{1,6})[ \t]+(?=\S)")
_LIST_MARK = re.compile(r"^[-*+•][ \t]+(?=\S)")
# A caption or headline is short; a longer unpunctuated line is a paragraph piece.
MAX_HEADLINE = 60


@dataclass
class Line:
    number: int  # 1-based line number in the source
    text: str  # without markdown marks, trailing byline or surrounding blanks
    gap_before: int  # blank lines before it
    gap_after: int = 0
    level: int = 0  # markdown heading level; 0 when unmarked
    list_item: bool = False
    byline: list[Byline] = field(default_factory=list)
    byline_text: str | None = None
    inline_byline: bool = False  # the byline closed a paragraph on this line

    @property
    def is_byline_only(self) -> bool:
        return bool(self.byline) and not self.inline_byline

    @property
    def prose(self) -> bool:
        """A paragraph piece rather than a headline or a caption."""
        text = self.text
        return (
            self.list_item
            or self.inline_byline
            or is_terminated(text)
            or text.endswith(("，", ",", "、"))
            or bool(SENTENCE_INSIDE.search(text))
            or len(text) > MAX_HEADLINE
        )

    @property
    def has_comma(self) -> bool:
        return bool(COMMA.search(self.text))

    @property
    def position_marked(self) -> bool:
        return bool(POSITION_MARK.search(self.text))


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    gap = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if not stripped:
            gap += 1
            continue
        line = _classify(number, stripped, gap)
        if lines:
            lines[-1].gap_after = gap
        lines.append(line)
        gap = 0
    if lines:
        lines[-1].gap_after = gap
    return lines


def _classify(number: int, text: str, gap: int) -> Line:
    heading = _HEADING_MARK.match(text)
    if heading:
        return Line(number, text[heading.end() :].strip(), gap, level=len(heading.group(1)))
    listed = _LIST_MARK.match(text)
    if listed:
        text = text[listed.end() :]
    whole = byline_line(text)
    if whole and not listed:
        return Line(number, "", gap, byline=whole[1], byline_text=whole[0])
    line = Line(number, text, gap, list_item=bool(listed))
    inline = split_inline_byline(text)
    if inline:
        line.text, line.byline_text, line.byline = inline
        line.inline_byline = True
    return line
