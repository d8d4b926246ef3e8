"""Headlines the issue prints whole somewhere else: in its contents list, or over the
rest of a story that jumps to another page (`（上接第1版）` under it).

A narrow column breaks a big headline in two (`17个老旧小区` / `年内完成雨污管网改造`),
and two short headline lines read as well as a kicker over a title. Where the issue
spells the two lines' words as one headline elsewhere, they are one title.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Protocol

from .navigation import entry_key

if TYPE_CHECKING:
    from .furniture import Furniture


class Line(Protocol):
    """What this module reads of a lines.Line (lines.py imports this module)."""

    text: str
    gap_before: int
    jump: dict[str, str] | None
    named_with_next: bool

    @property
    def jump_in(self) -> bool: ...


# Longest headline looked for: longer lines are text.
_MAX_NAMED = 60


def mark_named_in_two(lines: Sequence[Line], furniture: Furniture) -> None:
    """Set `named_with_next` on each line that, with the line under it, spells a
    headline the issue names elsewhere, when neither line alone does."""
    names = {
        entry_key(furniture.lines[k], spaced=True)
        for k, rule in furniture.rules.items()
        if rule in ("furniture.contents", "furniture.contents_line") and k in furniture.lines
    }
    names.update(
        _spaced(line.text)
        for line, below in pairwise(lines)
        if below.jump_in and not below.text and 0 < len(line.text) <= _MAX_NAMED
    )
    names.discard("")
    if not names:
        return
    # A contents entry may abridge the headline's first line (`银龄志愿队服务时长突破
    # 六千小时` for `银龄志愿队成立一周年` / `服务时长突破六千小时`): found by its end.
    by_end: dict[str, list[str]] = {}
    for name in names:
        by_end.setdefault(name[-_END:], []).append(name)
    for line, below in pairwise(lines):
        if below.gap_before or not line.text or not below.text:
            continue
        if len(line.text) + len(below.text) > 2 * _MAX_NAMED:
            continue  # (never split a long line)
        # (an entry that sets a space between them lists a kicker and its title)
        first, second = _spaced(line.text), _spaced(below.text)
        if len(first) + len(second) > _MAX_NAMED or first in names or second in names:
            continue
        if below.jump_in or line.jump:
            continue
        line.named_with_next = first + second in names or any(
            _abridged(name, first, second) for name in by_end.get(second[-_END:], ())
        )


# Characters of a name's end it is looked up by, and of the first line an abridged
# entry keeps at least.
_END = 4
_KEPT = 3


def _abridged(name: str, first: str, second: str) -> bool:
    """`name` is the first line's start and the whole second line."""
    head = len(name) - len(second)
    return _KEPT <= head < len(first) and name.endswith(second) and first.startswith(name[:head])


def _spaced(text: str) -> str:
    return " ".join(text.split())
