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
# A flattened page: long, and cut by such spaces every few dozen characters at least.
_MIN_PAGE_LINE = 200
_ENDS_PER_CHARACTER = 1 / 50


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
    if len(line) < _MIN_PAGE_LINE:
        return False
    return len(_LINE_END.findall(line)) >= _ENDS_PER_CHARACTER * len(line)
