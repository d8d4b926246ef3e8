"""Chinese line breaking (禁则) for a terminal: where to cut a paragraph into lines.

No line starts with closing punctuation and none ends with opening punctuation;
a run of Latin letters or digits is not cut unless it is wider than the line.
Widths are terminal cells (a Han character takes two), measured as Rich does, so
wrapped lines stay aligned with what Textual draws.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len

NO_LINE_START = frozenset("，。、；：？！”’」』）》〉】〕…,.;:?!)]}%·～~")
NO_LINE_END = frozenset("“‘「『（《〈【〔([{")


def _glued(text: str, at: int) -> bool:
    """Whether a cut before `at` would split a Latin word or a number."""
    left, right = text[at - 1], text[at]
    return left.isascii() and right.isascii() and left.isalnum() and right.isalnum()


def _kinsoku_ok(text: str, at: int) -> bool:
    return text[at] not in NO_LINE_START and text[at - 1] not in NO_LINE_END


def break_lines(
    text: str, width: int, keep: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """(start, end) offsets of each line of `text` wrapped to `width` cells.

    The cut is the last that fits and keeps both rules and every `keep` range (a
    name, say) whole; failing that, the last that keeps the punctuation rules;
    failing that, a hard cut, as a line of nothing but punctuation leaves no choice.
    """
    inside = {k for start, end in keep for k in range(start + 1, end)}
    width = max(width, 2)
    lines: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while start < n:
        end, used = start, 0
        while end < n:
            cells = cell_len(text[end])
            if used + cells > width and end > start:
                break
            used += cells
            end += 1
        if end < n:
            end = _best_cut(text, start, end, inside)
        lines.append((start, end))
        start = end
    return lines


def _best_cut(text: str, start: int, end: int, inside: set[int]) -> int:
    rules = (
        lambda at: _kinsoku_ok(text, at) and not _glued(text, at) and at not in inside,
        lambda at: _kinsoku_ok(text, at),
    )
    for rule in rules:
        for cut in range(end, start, -1):
            if rule(cut):
                return cut
    return end
