"""Text a script took out of HTML without decoding its entities (a note app's export
run through a tag stripper): `&nbsp;` and `&#12288;` for indents and empty paragraphs,
`&amp;` in addresses, and blocks glued on one line with only an indent's entities
between them. Read as the characters they stand for, each glued block's indent opening
a line of its own, as the page showed them. Text with fewer entities is left as it is:
a bulletin may well print `&` and a word."""

from __future__ import annotations

import html
import re
from itertools import islice

_ENTITY = re.compile(
    r"&(?:nbsp|ensp|emsp|thinsp|amp|lt|gt|quot|apos|middot|hellip|mdash|ndash|ldquo|rdquo"
    r"|lsquo|rsquo|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});"
)
# Fewest entities that say a file is HTML's text with its entities left in.
MIN_ENTITIES = 3
# An indent's entities inside a line, after its text: where the page began a new block.
_GLUED_INDENT = re.compile(r"(?<=\S)(?=(?:&nbsp;){4}|(?:&#12288;|&emsp;|&#x3000;){2})")
_SPACE_TABLE = str.maketrans({"\xa0": " ", "\u2002": " ", "\u2009": " "})


def unescape_html(text: str) -> str:
    """The text with its HTML entities read, when it holds MIN_ENTITIES or more."""
    if "&" not in text or len(list(islice(_ENTITY.finditer(text), MIN_ENTITIES))) < MIN_ENTITIES:
        return text
    text = _GLUED_INDENT.sub("\n", text)
    return _ENTITY.sub(_read, text)


def _read(match: re.Match) -> str:
    return entity_text(match.group())


def entity_text(text: str) -> str:
    """Text with every HTML entity in it read, the spaces that do not break as spaces."""
    return html.unescape(text).translate(_SPACE_TABLE)
