"""Bulletin text as Rich `Text` with spans styled: never markup, control characters removed."""

from __future__ import annotations

import re

from rich.style import Style
from rich.text import Text

from .safe_text import clean
from .typeset import break_lines, text_width

MATCH_STYLE = "bold black on yellow"


def highlighted(text: str, spans: list[tuple[int, int]], style: str | Style = MATCH_STYLE) -> Text:
    """Text with the spans styled; each piece cleaned separately, so spans stay put."""
    out = Text()
    at = 0
    for start, end in sorted(spans):
        if start < at:
            continue
        out.append(clean(text[at:start]))
        out.append(clean(text[start:end]), style=style)
        at = end
    out.append(clean(text[at:]))
    return out


_WORD = re.compile(r"[^\s·、，,（）()]+")
_CREDIT = re.compile(r"[^·、，,（）()]+")


def wrapped(
    text: Text,
    width: int | None,
    indent: str = "",
    keep: list[tuple[int, int]] | None = None,
    loose: bool = False,
) -> list[Text]:
    """`text` cut into lines of `width` cells by the Chinese rules, continuations indented.

    `keep` ranges (matches, names) move whole to the next line when they fit there.
    `loose`: a sentence of the interface, cut at a pause near a line's end if there is
    one (typeset.break_lines). Without a width, the text is one line.
    """
    if width is None:
        return [text]
    plain = text.plain
    spans = break_lines(
        plain, width - text_width(indent), keep or (), first_width=width, loose=loose
    )
    # A continuation starts at its indent, not at the space the cut fell on.
    lines = cut(text, trim_starts(plain, spans or [(0, 0)]))
    return [Text(indent) + line if row else line for row, line in enumerate(lines)]


def trim_starts(plain: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines' spans with the blanks at the start of every line but the first left out."""
    trimmed = []
    for row, (start, end) in enumerate(spans):
        while row and start < end and plain[start] == " ":
            start += 1
        trimmed.append((start, end))
    return trimmed


def cut(text: Text, spans: list[tuple[int, int]]) -> list[Text]:
    """The pieces of `text` between each (start, end), the spans in order, in one pass.

    Slicing a Rich `Text` copies (and cleans) the whole of it, so cutting a long
    paragraph into lines one slice at a time is quadratic: a 50,000-character line
    took half a minute. `divide` makes every piece at once.
    """
    if not spans:
        return []
    pieces = text.divide([offset for span in spans for offset in span])
    return [pieces[2 * row + 1] for row in range(len(spans))]


def find_all(text: str, word: str) -> list[int]:
    """Where `word` starts in `text`, each occurrence once (none for an empty word)."""
    found = []
    start = text.find(word) if word else -1
    while start != -1:
        found.append(start)
        start = text.find(word, start + len(word))
    return found


def name_ranges(text: Text, names) -> list[tuple[int, int]]:
    """Where the people's names stand in `text` (folded as search folds: 吳靜 is 吴静),
    to keep each whole on one line, as the article pane does."""
    from .textkey import fold

    key = fold(text.plain)
    folded = [fold(name) for name in names]
    return [(s, s + len(name)) for name in folded for s in find_all(key, name)]


def word_ranges(text: Text) -> list[tuple[int, int]]:
    """Each name or word of a byline or meta line, to keep whole on one line."""
    return [match.span() for match in _WORD.finditer(text.plain)]


def credit_ranges(text: Text, width: int) -> list[tuple[int, int]]:
    """Each credit of a byline or meta line (`党建办 杜嵩`, `2021`, an article id), to keep
    on one line when it fits in `width` cells with the mark after it; else its words.

    Credits are what lies between the marks that join them (` · `, `、`, `，`, brackets):
    a department and its person's name are one credit, never set apart by a line break.
    """
    plain = text.plain
    ranges = []
    for match in _CREDIT.finditer(plain):
        start, end = match.span()
        while start < end and plain[start].isspace():
            start += 1
        while end > start and plain[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        with_mark = plain[start : min(len(plain), end + 1)]  # a mark never starts a line
        if text_width(with_mark) <= width:
            ranges.append((start, end))
        else:
            ranges.extend((start + s, start + e) for s, e in word_ranges(text[start:end]))
    return ranges


def match_ranges(text: Text, style: str | Style = MATCH_STYLE) -> list[tuple[int, int]]:
    """Where `text` carries the match style: the ranges to keep on one line."""
    return [(span.start, span.end) for span in text.spans if span.style == style]
