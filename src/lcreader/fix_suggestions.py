"""The correction doctor suggests for a suspicious article, as an `lcreader fix` command."""

from __future__ import annotations

import re

from .filenames import shell_word
from .model import Note

# What each kind of doubt suggests doing with the line it quotes.
_SUGGESTED = {
    "title_in_body": ("split", "title"),  # another article's headline inside this one
    "caption_or_headline": ("split", "title"),
    "lead_in_body": ("split",),  # another article's lead
    "short_line_as_title": ("kicker",),
    "caption_read_as_paragraph": ("caption",),
}
# A labelled field (`姓名：…`), a bracketed credit or a table row looks like a title in a
# body but is none: no headline to split at.
_NO_HEADLINE = re.compile(r"[：:]|^[（(]|\u3000\u3000|  ")
# Shorter quotes than this name no line surely.
_MIN_QUOTE = 4


# A sentence's end, and the gaps of a table's row or a list of names.
_SENTENCE_END = re.compile(r"[。；;，,、]$")
_GAP = re.compile(r"[ \u3000\t]+")
# A headline to split at is longer than a web page's button (`新浪微博`, `QQ空间`).
_MIN_HEADLINE = 5


def _could_head(text: str) -> bool:
    """Whether a whole line could be a headline to split an article at: not a sentence,
    not a row of a table or a list of names (two gaps or more), not a button's word."""
    return (
        len(text) >= _MIN_HEADLINE
        and not _SENTENCE_END.search(text)
        and len(_GAP.findall(text)) < 2
    )


def suggestible(note: Note) -> bool:
    return note.code in _SUGGESTED and note.article is not None


def quoted_line(raw_lines: list[str], detail: str) -> int | None:
    """The 1-based number of the line a note quotes (its first words), if one is sure."""
    quote = "".join(detail.split()).strip("…")  # (a quote cut is marked so)
    if len(quote) < _MIN_QUOTE:
        return None
    found = [
        k
        for k, raw in enumerate(raw_lines, start=1)
        if (line := "".join(raw.split()))
        and (line.startswith(quote) or (len(line) >= _MIN_QUOTE and quote.startswith(line)))
    ]
    return found[0] if len(found) == 1 else None


def suggestion(note: Note, raw_lines: list[str], file: str, prefix: str = "") -> str | None:
    """`lcreader fix FILE N --as split && …` for a note, or None when none fits."""
    if not suggestible(note):
        return None
    if "split" in _SUGGESTED[note.code] and _NO_HEADLINE.search(note.detail):
        return None
    ops = _SUGGESTED[note.code]
    line = quoted_line(raw_lines, note.detail)
    if line is None:
        return None
    if "split" in ops and not _could_head(raw_lines[line - 1].strip()):
        return None
    head = f"lcreader {prefix}fix {shell_word(file)} {line}"
    return " && ".join(f"{head} --as {op}" for op in ops)
