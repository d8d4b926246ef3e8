"""A paper printed in two languages: each headline over its English translation, a
section's name beside its translation (`社区动态 | Community News`), a masthead's lines
each followed by their English, a signature with the body's English name after it.
The English is the same text again: a subtitle, or the furniture it translates."""

from __future__ import annotations

import re

from .text import HAN, is_terminated
from .words import is_unit

# A headline's English translation: words in Latin script, no sentence ended.
_LATIN_HEADLINE = re.compile(r"[A-Z0-9][A-Za-z0-9'’&:/()\-–]*(?: [A-Za-z0-9'’&:/()\-–,.]+){1,15}")
# The longest translation of a headline, in characters (English runs about twice as long).
MAX_TRANSLATED = 120
_HAN_TEXT = re.compile(f"[{HAN}]")
# A section's name and its translation, side by side.
_TRANSLATED_NAME = re.compile(rf"[{HAN}]{{2,6}} ?[|｜/] ?[A-Z][A-Za-z'’&]*(?: [A-Za-z'’&]+){{0,4}}")
# `青枫国际社区居委会` (and its name in English after it): a body that signs a text.
_UNIT_AND_ENGLISH = re.compile(rf"(?P<unit>[{HAN}（）()]{{3,30}})(?:\s+[A-Za-z][A-Za-z '’&,.-]*)?")
# Latin letters only, with their spacing and marks: an English line.
_ENGLISH_LINE = re.compile(r"[A-Za-z][A-Za-z0-9 ,.'’&:()/\-–]{2,120}")


def has_chinese(text: str) -> bool:
    return bool(_HAN_TEXT.search(text))


def headline_translation(text: str) -> bool:
    """Whether a line reads as a headline's English: words, no sentence, no field, not
    all capitals (a masthead's name is set so)."""
    return (
        len(text) <= MAX_TRANSLATED
        and bool(_LATIN_HEADLINE.fullmatch(text))
        and not is_terminated(text)
        and ":" not in text
        and not text.isupper()
    )


def translated_section(text: str) -> bool:
    """`社区动态 | Community News`: a section's name in both languages."""
    return bool(_TRANSLATED_NAME.fullmatch(text))


def signing_unit(text: str) -> bool:
    """`青枫国际社区居委会`, with its English name after it or not: a body's name."""
    named = _UNIT_AND_ENGLISH.fullmatch(text)
    return bool(named) and is_unit(named["unit"])


def named_in_english(text: str) -> bool:
    """A name or a title in English (most words capitalised, no sentence in it): never a
    paragraph's English text cut by a page's head."""
    if not _ENGLISH_LINE.fullmatch(text) or text.endswith(".") or ". " in text:
        return False
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 2 and 2 * sum(1 for w in words if w[0].isupper()) > len(words)


def english_only(text: str) -> bool:
    return bool(_ENGLISH_LINE.fullmatch(text))
