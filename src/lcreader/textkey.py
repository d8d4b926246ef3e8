"""Match keys: text folded for matching, one key character per source character.

Folding ignores full/half width (NFKC), traditional/simplified script (OpenCC
`t2s`, character by character, through a table made from it: fold_tables.py),
letter case and the kind of white space. Every character folds to exactly one
character, so an offset in a key is the same offset in the original text: stored
text is never altered, and match spans map back to it without a table.

A single white space between two Chinese characters is stepped over by a match
(`苇塘新村` finds `苇塘 新村`): an OCR engine's stray space, a letter-spaced word, a
two-character name padded to three (`张　三`); no writer parts a Chinese word so. The
key keeps the space (offsets stay the text's); matching allows it (spaced_pattern).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_t2s_table: dict[str, str] | None = None
_t2s_text: str | None = None
_t2s_looked_up = 0
# Characters looked up in the table's text, one `find` each, before it is made a dict:
# a query folds a few (a search never builds the table of 5,000), a build thousands.
_FEW_LOOKUPS = 32


def _t2s(ch: str) -> str:
    """OpenCC's t2s of one character, from the table shipped beside the package
    (fold_tables.py), where importing OpenCC and loading its dictionaries costs a
    search several milliseconds."""
    global _t2s_table, _t2s_text, _t2s_looked_up
    if _t2s_table is None and _t2s_looked_up < _FEW_LOOKUPS:
        _t2s_looked_up += 1
        if _t2s_text is None:
            from .fold_tables import t2s_text

            _t2s_text = t2s_text()
        from .fold_tables import t2s_lookup

        return t2s_lookup(_t2s_text, ch)
    if _t2s_table is None:
        from .fold_tables import read_t2s

        _t2s_table = read_t2s()
    return _t2s_table.get(ch, ch)


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FA1F


# The Chinese characters _is_cjk means, as a regular expression's class.
_HAN = "[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]"


@lru_cache(maxsize=1)
def _bridge() -> re.Pattern[str]:
    """A folded text's single space between two Chinese characters, which a match steps
    over: the space first, found as a literal, the characters either side captured.
    Compiled when first needed (a build's text, a query key holding a space)."""
    return re.compile(f" (?<=({_HAN}) )(?=({_HAN}))")


def spaced_pairs(text: str) -> dict[str, int]:
    """The pairs of Chinese characters a single space parts in a folded text (`塘 新`:
    `塘新`), counted. One match at a time: a file of one spaced line of megabytes is
    never copied nor cut in pieces."""
    if " " not in text or _bridge().search(text) is None:
        return {}
    from collections import Counter

    return Counter(m[1] + m[2] for m in _bridge().finditer(text))


def joined_key(key: str) -> str:
    """A folded query key without its own single spaces between two Chinese characters:
    a phrase copied with an OCR's stray space (`"苇塘 新村"`) is the word it spells, and
    finds it spaced or not."""
    return _bridge().sub("", key) if " " in key else key


def bridged_pairs(key: str) -> list[str]:
    """The pairs of Chinese characters side by side in a folded query key: where the
    text may hold a space between them."""
    return [key[k : k + 2] for k in range(len(key) - 1) if _is_cjk(key[k]) and _is_cjk(key[k + 1])]


@lru_cache(maxsize=256)
def spaced_pattern(key: str) -> str | None:
    """A regular expression for a folded query key, a single space allowed between two
    of its Chinese characters; None when it holds no two side by side."""
    if not bridged_pairs(key):
        return None
    parts = [re.escape(key[0])]
    for k in range(1, len(key)):
        if _is_cjk(key[k - 1]) and _is_cjk(key[k]):
            parts.append(" ?")
        parts.append(re.escape(key[k]))
    return "".join(parts)


def fold_char(ch: str) -> str:
    if ch.isspace():
        return " "
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) != 1:
        folded = ch
    if _is_cjk(folded):
        simplified = _t2s(folded)
        if len(simplified) == 1:
            folded = simplified
    lowered = folded.lower()
    return lowered if len(lowered) == 1 else folded


class _FoldTable(dict):
    """A `str.translate` table that fills itself in on first sight of a character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = fold_char(ch)
        self[code] = folded
        return folded


_TABLE = _FoldTable()
# ASCII folds to itself but for case and white space: fill it in eagerly so
# plain ASCII text never takes the slow path.
for _code in range(128):
    _TABLE[_code] = fold_char(chr(_code))


def fold(text: str) -> str:
    """The match key of a text: same length, same offsets."""
    return text.translate(_TABLE)


# A field longer than this is remembered apart, until forget_long_fields().
_LONG_FIELD = 1 << 16
_long_fields: dict[str, str] = {}


def fold_field(text: str) -> str:
    """fold(), remembered for the last few thousand texts: finding people and then
    departments folds every field of an issue twice. A long field (a paragraph of
    megabytes) is remembered only until its issue is annotated (forget_long_fields):
    kept among the last few thousand, its fold stayed while the issue was indexed and
    stored, and after."""
    if len(text) <= _LONG_FIELD:
        return _fold_field(text)
    folded = _long_fields.get(text)
    if folded is None:
        folded = _long_fields[text] = text.translate(_TABLE)
    return folded


def forget_long_fields() -> None:
    _long_fields.clear()


@lru_cache(maxsize=4096)
def _fold_field(text: str) -> str:
    return text.translate(_TABLE)


def fold_query(text: str) -> str:
    """A query term folded, with runs of white space made one space.

    Control characters count as white space: the index separates fields with NUL,
    and a term must never match across it.
    """
    folded = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in fold(text))
    return " ".join(folded.split())
