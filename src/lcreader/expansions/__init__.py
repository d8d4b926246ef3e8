"""Other ways a query word is written: synonyms (统战 ↔ 统一战线) and pinyin (tongzhan,
tz → 统战). UI-free, and apart from the search so the query model can take them as
alternatives: each expansion is `(form, weight, via)`, a form to match as well as the
word typed, a weight below 1 (a hit through an expansion ranks a little below an
exact one) and how it was found ("synonym", "pinyin").

`=统战` (a word written with `=` before it) means that word alone: `exact_word` says so.
"""

from __future__ import annotations

Expansion = tuple[str, float, str]  # (form, weight, via)

EXACT_MARKS = ("=", "＝")


def exact_word(word: str) -> tuple[str, bool]:
    """(the word without its mark, whether it is to be matched exactly): `=统战` is 统战,
    never expanded; `==` alone stays what it is."""
    for mark in EXACT_MARKS:
        if word.startswith(mark) and len(word) > len(mark):
            return word[len(mark) :], True
    return word, False


def expand(word: str, synonyms, vocabulary=None) -> list[Expansion]:
    """Every other form of a folded query word, best first, each once: its synonyms
    (统战 → 统一战线), or for a Latin word the words it spells in pinyin (`vocabulary`)
    and their synonyms (tongzhan → 统战, then 统一战线 at 0.9 × 0.85). `=统战`: none.

    `synonyms` is a synonyms.SynonymTable, `vocabulary` a pinyin.Vocabulary (without
    one, a Latin word has no expansions). pypinyin is imported only for a Latin word.
    """
    word, exact = exact_word(word)
    if exact or not word:
        return []
    from .pinyin import is_latin, pinyin_expansions

    if not is_latin(word):
        return [e for e in synonyms.expansions(word) if e[0] != word]
    found: dict[str, Expansion] = {}
    for form, weight, via in pinyin_expansions(word, vocabulary) if vocabulary else ():
        found.setdefault(form, (form, weight, via))
        for other, factor, _ in synonyms.expansions(form):
            found.setdefault(other, (other, round(weight * factor, 4), via))
    return sorted(found.values(), key=lambda e: -e[1])
