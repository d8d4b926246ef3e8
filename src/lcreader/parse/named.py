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
        if rule == "furniture.contents" and k in furniture.lines
    }
    names.update(
        _spaced(line.text)
        for line, below in pairwise(lines)
        if below.jump_in and not below.text and 0 < len(line.text) <= _MAX_NAMED
    )
    names.discard("")
    if not names:
        return
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
        line.named_with_next = first + second in names


def _spaced(text: str) -> str:
    return " ".join(text.split())
