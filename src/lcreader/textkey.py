"""Match keys: text folded for matching, one key character per source character.

Folding ignores full/half width (NFKC), traditional/simplified script (OpenCC
`t2s`, character by character, through a table made from it: fold_tables.py),
letter case and the kind of white space. Every character folds to exactly one
character, so an offset in a key is the same offset in the original text: stored
text is never altered, and match spans map back to it without a table.
"""

from __future__ import annotations

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
