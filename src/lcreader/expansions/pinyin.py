"""Pinyin: a word typed in Latin letters finds the Chinese it spells, for a terminal
without an input method. `tongzhan`, `tz` and `tongz` spell 统战; `ly` and `leyueming`
spell 乐跃明 (乐 reads yue and le: every reading of a character counts).

A typed word spells characters when it splits into pieces, one per character, each
the start of one of the character's readings (a full syllable, its initial, or more).
Readings come from pypinyin (without tones; ü as v, and as u too), through a table
made from it and shipped as data (fold_tables.py): read on first use only, as a Latin
word needs it, never for a Chinese query; pypinyin itself is never imported.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import islice, product

from . import Expansion, is_latin

VIA = "pinyin"
# Every character spelled by its full syllable: the word as it is written in pinyin.
FULL_WEIGHT = 0.9
# Some characters by their initial only (tz, tongz): less certain, ranked below.
SHORT_WEIGHT = 0.7
# Polyphone combinations listed by pinyin_keys, at most.
MAX_KEYS = 16


def _letters(word: str) -> str:
    return word.replace("'", "")


@lru_cache(maxsize=16384)
def readings(ch: str) -> tuple[str, ...]:
    """A character's readings, without tones; a Latin letter or digit reads as itself;
    anything else has none."""
    if ch.isascii():
        return (ch.lower(),) if ch.isalnum() else ()
    code = ord(ch)
    if not (0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FA1F):
        return ()
    syllables = list(_table().get(ch, ()))
    syllables += [s.replace("v", "u") for s in syllables if "v" in s]
    return tuple(dict.fromkeys(syllables))


_readings: dict[str, tuple[str, ...]] | None = None


def _table() -> dict[str, tuple[str, ...]]:
    """pypinyin's readings, from the table made from it (fold_tables.py): read once."""
    global _readings
    if _readings is None:
        from ..fold_tables import read_pinyin

        _readings = read_pinyin()
    return _readings


def initial(syllable: str) -> str:
    """A syllable's initial as abbreviations type it: its first letter (zh → z)."""
    return syllable[:1]


def pinyin_keys(text: str, limit: int = MAX_KEYS) -> list[str]:
    """How `text` is spelled: for each combination of its characters' readings (at
    most `limit`), the full syllables joined, then the initials; each key once.
    乐跃明 → leyueming, lym, yueyueming, yym, …. Characters with no reading are left out."""
    per_char = [r for r in map(readings, text) if r]
    if not per_char:
        return []
    keys: dict[str, None] = {}
    for combination in islice(product(*per_char), limit):
        keys[("".join(combination))] = None
        keys["".join(map(initial, combination))] = None
    return list(keys)


def _spell(letters: str, chars: tuple[tuple[str, ...], ...], start: int, whole: bool) -> int:
    """How well `letters` spells the characters from `start`: 2 every one by its full
    syllable, 1 some by a shorter start, 0 not at all. `whole`: up to the last character."""

    @cache
    def best(at: int, char: int) -> int:
        if at == len(letters):
            return 2 if (char == len(chars) or not whole) else 0
        if char == len(chars):
            return 0
        result = 0
        for reading in chars[char]:
            common = 0
            limit = min(len(reading), len(letters) - at)
            while common < limit and letters[at + common] == reading[common]:
                common += 1
            for taken in range(common, 0, -1):  # the full syllable first
                rest = best(at + taken, char + 1)
                score = rest if taken == len(reading) else min(rest, 1)
                if score > result:
                    result = score
                    if result == 2:
                        return 2
        return result

    return best(0, start)


def spells(word: str, text: str) -> float | None:
    """The weight of an expansion when the Latin `word` spells all of `text`:
    FULL_WEIGHT every character by its full syllable, SHORT_WEIGHT otherwise; None
    when it does not."""
    letters = _letters(word)
    chars = tuple(map(readings, text))
    if not letters or not chars or not all(chars) or len(chars) > len(letters):
        return None
    score = _spell(letters, chars, 0, whole=True)
    return (None, SHORT_WEIGHT, FULL_WEIGHT)[score]


@lru_cache(maxsize=65536)
def _spelling(text: str) -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
    """A text's readings per character, and the letters each character's readings start
    with: kept for the palette, which looks at every label on every key."""
    chars = tuple(map(readings, text))
    return chars, tuple("".join({r[0] for r in options}) for options in chars)


def find(word: str, text: str) -> tuple[int, int] | None:
    """Where in `text` the Latin `word` spells a run of characters, from the first
    character it can start at: (start, end) offsets, or None. For the palette: `ly`
    is found in 乐跃明 at (0, 2)."""
    letters = _letters(word)
    if not letters:
        return None
    chars, firsts = _spelling(text)
    first = letters[0]
    for start, starts_with in enumerate(firsts):
        if first in starts_with:
            end = _end(letters, chars, 0, start)
            if end is not None:
                return start, end
    return None


def _end(
    letters: str, chars: tuple[tuple[str, ...], ...], at: int, char: int, failed: set | None = None
) -> int | None:
    """Where a run of characters from `char` spelled by `letters[at:]` ends (the full
    syllables tried first), or None. `failed` keeps the dead ends: each is tried once."""
    if at == len(letters):
        return char
    if char == len(chars):
        return None
    failed = set() if failed is None else failed
    if (at, char) in failed:
        return None
    for reading in chars[char]:
        common = 0
        limit = min(len(reading), len(letters) - at)
        while common < limit and letters[at + common] == reading[common]:
            common += 1
        for taken in range(common, 0, -1):
            end = _end(letters, chars, at + taken, char + 1, failed)
            if end is not None:
                return end
    failed.add((at, char))
    return None


# The longest syllable (zhuang, shuang): where the second character's piece may start.
_LONGEST = 6


class Vocabulary:
    """The words a Latin query word may spell, with how often the library uses them.

    A word is looked up by the first letters of its first two characters' readings:
    `tongzhan` can only spell words whose first character starts with t and whose
    second starts with one of o, n, g, z, h, a (the letters a syllable later). Words in
    `abbreviable` (names, the synonyms' forms) are found by initials too (`tz`); the
    others, mined from the text, only by their full spelling.
    """

    def __init__(self, counts: dict[str, int], abbreviable: Iterable[str] = ()) -> None:
        self.counts = counts
        self.abbreviable = frozenset(abbreviable)
        self._by_firsts: dict[str, list[str]] = {}
        for word in counts:
            firsts = [{r[0] for r in readings(ch)} for ch in word[:2]]
            for key in map("".join, product(*firsts)):
                self._by_firsts.setdefault(key, []).append(word)

    @classmethod
    def restored(
        cls, counts: dict[str, int], abbreviable: Iterable[str], by_firsts: dict[str, list[str]]
    ) -> Vocabulary:
        """A vocabulary as `by_firsts` and the rest were kept (vocabulary_cache.py),
        without reading every word's pinyin again."""
        vocabulary = cls.__new__(cls)
        vocabulary.counts = counts
        vocabulary.abbreviable = frozenset(abbreviable)
        vocabulary._by_firsts = by_firsts
        return vocabulary

    @property
    def by_firsts(self) -> dict[str, list[str]]:
        """The words by the first letters of their first two characters' readings."""
        return self._by_firsts

    def __len__(self) -> int:
        return len(self.counts)

    def candidates(self, letters: str) -> list[str]:
        """Words that may be spelled by `letters`: no more characters than it has
        letters, and first letters that fit."""
        seconds = letters[1 : _LONGEST + 1]
        keys = {letters[0], *(letters[0] + second for second in seconds)}
        return [w for key in keys for w in self._by_firsts.get(key, ()) if len(w) <= len(letters)]


def pinyin_expansions(latin_term: str, vocabulary: Vocabulary, limit: int = 8) -> list[Expansion]:
    """The words of `vocabulary` that the Latin term spells whole, as expansions: the
    full spellings first, then by how often the library uses them, at most `limit`.
    `tongzhan` → 统战 (0.9); `tz` → 统战, 调整, … (0.7). A non-Latin term has none."""
    if not is_latin(latin_term):
        return []
    letters = _letters(latin_term)
    found = []
    for word in vocabulary.candidates(letters):
        weight = spells(letters, word)
        if weight == FULL_WEIGHT or (weight and word in vocabulary.abbreviable):
            found.append((weight, vocabulary.counts[word], word))
    found.sort(key=lambda f: (-f[0], -f[1], f[2]))
    return [(word, weight, VIA) for weight, _, word in found[:limit]]
