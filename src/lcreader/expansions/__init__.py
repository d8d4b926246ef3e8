"""Other ways a query word is written: synonyms (统战 ↔ 统一战线) and pinyin (tongzhan,
tz → 统战). UI-free, and apart from the search so the query model can take them as
alternatives: each expansion is `(form, weight, via)`, a form to match as well as the
word typed, a weight below 1 (a hit through an expansion ranks a little below an
exact one) and how it was found ("synonym", "pinyin").

`=统战` (a word written with `=` before it) means that word alone: `exact_word` says so.
`expand.expand` gives every expansion of a query word: the one call for the query.
"""

from __future__ import annotations

Expansion = tuple[str, float, str]  # (form, weight, via)

__all__ = ["EXACT_MARKS", "Expansion", "exact_word", "is_latin"]

EXACT_MARKS = ("=", "＝")


def exact_word(word: str) -> tuple[str, bool]:
    """(the word without its mark, whether it is to be matched exactly): `=统战` is 统战,
    never expanded; `==` alone stays what it is."""
    for mark in EXACT_MARKS:
        if word.startswith(mark) and len(word) > len(mark):
            return word[len(mark) :], True
    return word, False


def is_latin(word: str) -> bool:
    """Whether a (folded) word is Latin letters alone, as pinyin is typed (`xi'an` too):
    `[a-z]+(?:'[a-z]+)*` whole, here without `re` or the pinyin module (a Chinese
    query asks, and never needs either)."""
    return all(part.isascii() and part.isalpha() and part.islower() for part in word.split("'"))
