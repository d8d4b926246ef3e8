"""A person's titles shown once each: the same title written twice is listed once.

Reports name a person's post in full once and shortened after (`街道党工委副书记`,
then `党工委副书记`), or in the other script or width. Listing both says the same
thing twice, so a list of titles keeps the fullest form of each. A title is the
shortened form of another when the other ends with it and it holds the other's
whole title word (`data/titles.txt`): what the longer one adds in front is then an
organisation or a place, not a rank. `主任` is not `副主任` (the title word of
`副主任` is `副主任`), and `党员` is not `老党员`.
"""

from __future__ import annotations

from functools import cache

from . import data
from .textkey import fold


@cache
def _title_word(key: str) -> str | None:
    """The longest title word a folded title ends with, if any."""
    ending = [word for word in data.title_words() if key.endswith(fold(word))]
    return max(ending, key=len, default=None)


def _shortened(short: str, full: str) -> bool:
    """Whether folded title `short` is `full` with its front cut off."""
    if short == full or not full.endswith(short):
        return False
    word = _title_word(full)
    return word is not None and len(short) >= len(word)


def distinct_titles(titles: list[str]) -> list[str]:
    """`titles` each once, in the order first written: a title repeated in another
    script or width, or shortened, stands as its fullest form (first written so)."""
    keys = [fold(title) for title in titles]
    kept: dict[int, None] = {}
    for key in keys:
        same = [n for n, other in enumerate(keys) if other == key or _shortened(key, other)]
        fullest = max(same, key=lambda n: (len(keys[n]), -n))
        kept.setdefault(fullest, None)
    return [titles[n] for n in kept]


_converters: dict[str, object] = {}


def _convert(config: str, text: str) -> str:
    if config not in _converters:
        import opencc  # imported on first use

        _converters[config] = opencc.OpenCC(config)
    return _converters[config].convert(text)


def script_of(name: str) -> str | None:
    """`t2s` when a name is written in simplified script (吴静), `s2t` when in traditional
    (吳靜): the conversion that puts a title in its script; None when both read alike."""
    if _convert("t2s", name) != name:
        return "s2t"
    if _convert("s2t", name) != name:
        return "t2s"
    return None


def titles_in_script_of(name: str, titles: list[str]) -> list[str]:
    """The titles in the script of the name they are shown with, each once: a person
    listed as 吴静 is 党工委副书记, not 黨工委副書記. As written when the name is in neither."""
    conversion = script_of(name)
    if conversion is None:
        return list(dict.fromkeys(titles))
    return list(dict.fromkeys(_convert(conversion, title) for title in titles))
