"""Chinese line breaking (禁则) for a terminal: where to cut text into lines.

No line starts with closing punctuation and none ends with opening punctuation;
`——` and `……` are never split; a run of Latin letters or digits is not cut unless
it is wider than the line. Widths are terminal cells (a Han character takes two),
counted as Rich and Textual count them. Imports no UI: the reader, `lcreader show`
and `lcreader search` all wrap with it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

NO_LINE_START = frozenset("，。、；：？！”’」』）》〉】〕…,.;:?!)]}%·～~")
NO_LINE_END = frozenset("“‘「『（《〈【〔([{")
# Two of these in a row are one mark (——, ……): never cut between them.
PAIRED = frozenset("—…")


@lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """Terminal cells of one character: 2 for wide (Han, full-width), 0 for marks."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    if unicodedata.category(char) == "Cc":
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def text_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(map(char_width, text))


def _glued(text: str, at: int) -> bool:
    """Whether a cut before `at` would split a Latin word or a number."""
    left, right = text[at - 1], text[at]
    return left.isascii() and right.isascii() and left.isalnum() and right.isalnum()


def can_break(text: str, at: int) -> bool:
    """Whether a cut before `at` keeps the punctuation rules."""
    left, right = text[at - 1], text[at]
    if left == right and left in PAIRED:
        return False
    return right not in NO_LINE_START and left not in NO_LINE_END


# Where a sentence of the interface breaks best: after a pause mark or at a space.
_PAUSES = frozenset("，。、；：？！）」』”’》 ")


def break_lines(
    text: str,
    width: int,
    keep: Sequence[tuple[int, int]] = (),
    first_width: int | None = None,
    loose: bool = False,
) -> list[tuple[int, int]]:
    """(start, end) offsets of each line of `text` wrapped to `width` cells.

    The first line may have its own width (`first_width`, e.g. after a hanging label).
    The cut is the last that fits and keeps both rules and every `keep` range (a
    name, a match) whole; failing that, the last that keeps the punctuation rules;
    failing that, a hard cut, as a line of nothing but punctuation leaves no choice.
    """
    inside = {k for start, end in keep for k in range(start + 1, end)}
    width = max(width, 2)
    limit = max(first_width, 2) if first_width is not None else width
    lines: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while start < n:
        end, used = start, 0
        while end < n:
            cells = char_width(text[end])
            if used + cells > limit and end > start:
                break
            used += cells
            end += 1
        if end < n:
            end = _best_cut(text, start, end, inside)
            if loose:
                end = _at_a_pause(text, start, end, limit)
        lines.append((start, end))
        start, limit = end, width
    return lines


def _at_a_pause(text: str, start: int, end: int, limit: int) -> int:
    """A cut moved back to just after a pause mark or a space, when one lies in the
    line's last third: a notice's words (`阅读器`, `选中的文字`) are then seldom cut,
    for lines a little ragged (an article's paragraphs stay justified: not loose)."""
    used = 0
    for cut in range(end, start + 1, -1):
        if _pause_at(text, cut):
            return cut
        used += char_width(text[cut - 1])
        if used * 3 > limit:
            break
    return end


def _pause_at(text: str, cut: int) -> bool:
    """Whether a cut before `cut` falls at a pause: after a pause mark or a space, or
    before an opening bracket or quote, the punctuation rules kept."""
    return (text[cut - 1] in _PAUSES or text[cut] in NO_LINE_END) and can_break(text, cut)


def _best_cut(text: str, start: int, end: int, inside: set[int]) -> int:
    rules = (
        lambda at: can_break(text, at) and not _glued(text, at) and at not in inside,
        lambda at: can_break(text, at),
    )
    for rule in rules:
        for cut in range(end, start, -1):
            if rule(cut):
                return cut
    return end


def wrap(
    text: str, width: int, indent: str = "", keep: Sequence[tuple[int, int]] = ()
) -> list[str]:
    """Plain lines of `text` wrapped to `width`, continuation lines indented by `indent`."""
    return [
        (indent if row else "") + text[s:e]
        for row, (s, e) in enumerate(
            break_lines(text, width - text_width(indent), keep, first_width=width)
        )
    ]
