"""A printed page flattened onto one line: a document site's text preview (豆丁, 百度文库
and the like) joins a page's printed lines with a single space each, so a page is one
line and its paragraphs show only by their `　　` indent. Chinese sets no space between
its characters: a single space beside a Chinese character is where a printed line
ended. Each such line is set back on the lines it was printed on; a space between two
Latin words (`LANSHE ZHENBAO`) stays. Only white space is touched."""

from __future__ import annotations

import re

from .text import HAN

# A printed line's end: one space with a Chinese character or a Chinese mark beside it.
_CJK = rf"[{HAN}\u3000-\u303f\uff00-\uffef“”‘’—…·]"
_LINE_END = re.compile(rf"(?<={_CJK}) (?=\S)|(?<=\S) (?={_CJK})")
# A flattened page: long (but a page: a line of megabytes is none), cut by such spaces
# every few dozen characters at least, and each piece a printed line's words, not one
# character set wide (`凉 城 新 村`).
_MIN_PAGE_LINE, _MAX_PAGE_LINE = 200, 20_000
_ENDS_PER_CHARACTER = 1 / 50
_MIN_PRINTED_LINE = 6


def unflattened(text: str) -> str:
    """The text with each flattened page set back on its printed lines."""
    if " " not in text:
        return text
    lines = text.split("\n")
    if not any(_flattened(line) for line in lines):
        return text
    return "\n".join(
        "\n".join(_LINE_END.split(line)) if _flattened(line) else line for line in lines
    )


def _flattened(line: str) -> bool:
    if not _MIN_PAGE_LINE <= len(line) <= _MAX_PAGE_LINE:
        return False
    ends = sum(1 for _ in _LINE_END.finditer(line))
    return _ENDS_PER_CHARACTER * len(line) <= ends <= len(line) / _MIN_PRINTED_LINE
