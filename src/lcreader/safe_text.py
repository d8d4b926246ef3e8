"""Bulletin text made safe to show: invisible and control characters removed by category.

Stored text keeps everything as written; this runs only on the way out — screen,
stderr, clipboard (`clean`, `clean_block`) and JSON (`escape_json`, which keeps the
data and writes those characters as `\\uXXXX`). Escape sequences lose their ESC (so
`ESC[2J` shows as the harmless text `[2J`).

Removed: Unicode categories Cc (controls, C0 and C1), Cf (format: bidi controls,
zero-width characters, soft hyphen, tag characters), Zl and Zp (line and paragraph
separators), Cs (lone surrogates), and the default-ignorable characters of other
categories that render as nothing (`_IGNORABLE`). Allowed, the one exception: a
zero-width joiner between two emoji, which joins them into one picture (👨‍👩‍👧).
"""

from __future__ import annotations

import re
import unicodedata

_REMOVED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
# Default_Ignorable_Code_Point characters outside Cc/Cf (unicodedata does not expose
# the property): combining grapheme joiner, Hangul fillers, Khmer inherent vowels,
# Mongolian and other variation selectors.
_IGNORABLE_RANGES = (
    (0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFFA0, 0xFFA0), (0xE0100, 0xE01EF),
)  # fmt: skip
# As a set of code points: a short line is looked at without `re` compiling the class
# (a search prints a few dozen lines); a long text by the compiled class.
_IGNORABLE_CODES = frozenset(c for first, last in _IGNORABLE_RANGES for c in range(first, last + 1))
_IGNORABLE = "[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _IGNORABLE_RANGES) + "]"
_SHORT = 512
_ZWJ = "\u200d"
# A shortcut, not the rule: characters of these ranges are never removed (a test checks
# it against unicodedata), so only the others are looked up, one by one.
_COMMON = (
    "\u0020-\u007e"  # ASCII
    "\u00a0-\u00ac\u00ae-\u02ff"  # Latin-1 and Latin extended, but the soft hyphen
    "\u2010-\u2027\u2030-\u205e"  # general punctuation, but the invisible and bidi controls
    "\u2070-\u2bff"  # sub/superscripts, currency, arrows, maths, shapes, dingbats
    "\u3000-\u3163\u3165-\u9fff"  # CJK punctuation, kana, CJK ideographs, but a Hangul filler
    "\uac00-\ud7a3"  # Hangul syllables
    "\uff01-\uff9f\uffa1-\uffdc"  # full- and half-width forms, but a Hangul filler
)
_compiled: dict[bool, re.Pattern] = {}


def _uncommon(in_block: bool) -> re.Pattern:
    """The characters outside _COMMON (newline and tab too, but `in_block`), compiled on
    first use: each class takes `re` 2 ms to compile, more than a search needs for all
    it prints, and most text never needs it (`_plain`)."""
    pattern = _compiled.get(in_block)
    if pattern is None:
        kept = _COMMON + "\n\t" if in_block else _COMMON
        pattern = _compiled[in_block] = re.compile(f"[^{kept}]")
    return pattern


def _plain(text: str) -> bool:
    """Whether nothing in `text` is to be removed, known cheaply: printable text (no
    Cc, Cf, Zl, Zp, Cs character) with no default-ignorable one keeps every character."""
    if not text.isprintable():
        return False
    if len(text) <= _SHORT:
        return _IGNORABLE_CODES.isdisjoint(map(ord, text))
    return not re.search(_IGNORABLE, text)


def removed(ch: str) -> bool:
    """Whether a character is invisible or a control, by its category (context aside)."""
    return unicodedata.category(ch) in _REMOVED_CATEGORIES or ord(ch) in _IGNORABLE_CODES


def _pictograph_at(text: str, at: int, step: int) -> bool:
    """Whether the nearest character from `at` in direction `step` (skipping variation
    selectors) is an emoji-like symbol."""
    while 0 <= at < len(text) and ord(text[at]) in _IGNORABLE_CODES:
        at += step
    return 0 <= at < len(text) and unicodedata.category(text[at]) in ("So", "Sk")


def _judge(match: re.Match) -> str:
    ch = match.group()
    if not removed(ch):
        return ch
    if ch == _ZWJ:
        text, at = match.string, match.start()
        if _pictograph_at(text, at - 1, -1) and _pictograph_at(text, at + 1, 1):
            return ch
    return ""


def clean(text: str) -> str:
    """One line of text, safe to show: tabs become spaces, line breaks and the
    characters this module removes go."""
    if _plain(text):
        return text
    return _uncommon(False).sub(_judge, text.replace("\t", " "))


def clean_block(text: str) -> str:
    """Text of several lines (the clipboard): as `clean`, but newlines and tabs stay."""
    return _uncommon(True).sub(_judge, text.replace("\r\n", "\n"))


def _escaped(match: re.Match) -> str:
    ch = match.group()
    if not removed(ch):
        return ch
    code = ord(ch)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def escape_json(dumped: str) -> str:
    """JSON text with every character `clean` would remove written as `\\uXXXX`.

    The same data for a JSON reader; nothing a terminal would act on. Safe on the
    dumped text as a whole: these characters can only occur inside its strings.
    """
    if _plain(dumped.replace("\n", "")):  # indented JSON: its line breaks are its own
        return dumped
    return _uncommon(True).sub(_escaped, dumped)
