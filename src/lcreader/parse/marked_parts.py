"""Headings in Markdown marked all at one level (a PDF-to-Markdown converter's: MinerU
writes `# ` before every line set large, a story's headline and its parts' headings
alike). There the mark says a heading, not which: a heading inside a story credited
under its headline (`本报记者　X`), over text that goes on uncredited to the next
headline, is one of the story's parts, never a story of its own. A story credited at
its head is not credited again; the next story carries its own credit."""

from __future__ import annotations

import re

from .text import ANY_STOP, HAN, is_terminated

# Fewest marked headings that show the file marks its headings all alike.
_MIN_MARKED = 4
# Longest heading read as a part's; a part's label may lead it (`清晨：一本“民情日记”`).
_MAX_PART = 20
_LABEL = re.compile(rf"^[{HAN}]{{1,4}}[：:]")
# Longest deeper heading read as a part's: it may say more than a flat mark's part.
_MAX_NESTED_PART = 2 * _MAX_PART
# How many lines under a headline its credit may stand (kicker, subtitle aside).
_CREDIT_REACH = 3


def mark_flat_parts(lines: list) -> None:
    """Clear the mark of each part's heading in a story credited at its head, making the
    heading the story's intertitle."""
    levels = {line.level for line in lines if line.level}
    if len(levels) != 1 or sum(1 for line in lines if line.level) < _MIN_MARKED:
        return
    credited = False  # the story under the last headline is credited under it
    jumped: bool | None = None  # the same, for the story that went on to another page
    for k, line in enumerate(lines):
        if line.jump_out:
            jumped = credited
        if line.jump_in and jumped is not None:
            credited = jumped  # `（上接第1版）`: that story's rest
            continue
        if not line.level:
            if line.closes and not line.credit and not line.jump:
                credited = False  # a byline ends the story
            continue
        if credited and _part_heading(lines, k):
            line.level, line.intertitle = 0, True
            continue
        credited = _credited_under(lines, k)


def _part_heading(lines: list, k: int) -> bool:
    """Short, no sentence in it, after an ended sentence and over text that goes on
    uncredited to the next heading."""
    line = lines[k]
    label = _LABEL.match(line.text)
    words = line.text[label.end() :] if label else line.text
    if not 0 < len(line.text) <= _MAX_PART or ANY_STOP.search(words) or k == 0:
        return False
    j = k - 1
    while j > 0 and lines[j].caption:
        j -= 1  # (a picture's caption in the story may stand over it)
    before = lines[j]
    if before.level or before.closes or before.caption or not is_terminated(before.text):
        return False
    if k + 1 >= len(lines) or not lines[k + 1].prose:
        return False
    for below in lines[k + 1 :]:
        if below.level:
            return True
        if below.jump_out:
            return True  # (the story goes on on another page)
        if below.closes and not below.jump:
            return False  # credited on its own: a story
    return True


def _credited_under(lines: list, k: int) -> bool:
    """A role's credit (`本报记者　X　通讯员　Y`) under the headline on line k, over text."""
    for below in lines[k + 1 : k + 1 + _CREDIT_REACH]:
        if below.credit and not below.lead_credit:
            return True
        if below.prose or below.level:
            return False
    return False


def mark_nested_parts(lines: list) -> None:
    """Clear the mark of each deeper heading (`## 一把扳手开始的故事`) inside a story
    headed a level up (`# 十二号楼的“共享工具箱”`) whose text began under its headline:
    a part's heading, the story's intertitle. Where a heading a level up has no text of
    its own before the deeper ones (`# 月报` over `## …` stories), they head stories."""
    levels = sorted({line.level for line in lines if line.level})
    if len(levels) < 2:
        return
    top, deeper = levels[0], levels[1]
    texted = False  # the story under the last top heading has text of its own
    for k, line in enumerate(lines):
        if line.level == top:
            texted = False
        elif line.level == deeper:
            if texted and _over_text(lines, k) and len(line.text) <= _MAX_NESTED_PART:
                line.level, line.intertitle = 0, True
            continue
        elif line.level:
            texted = False
        elif line.closes and not line.jump:
            texted = False  # a byline or a credit after the text ends the story
        elif line.prose or line.has_comma:
            texted = texted or _under_top(lines, k, top)


def _over_text(lines: list, k: int) -> bool:
    below = lines[k + 1] if k + 1 < len(lines) else None
    return below is not None and (below.prose or below.has_comma) and not below.level


def _under_top(lines: list, k: int, top: int) -> bool:
    """Whether the text on line k stands under a top heading, no deeper one between."""
    for j in range(k - 1, -1, -1):
        if lines[j].level:
            return lines[j].level == top
    return False
