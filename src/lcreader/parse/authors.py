"""Who signs a headline on the line under it: `单位　姓名`, `退休教师　姓名`, `姓名（单位）`."""

from __future__ import annotations

import re

from .words import (
    SCHOOL_OR_CLASS,
    TITLED_NAME,
    has_surname,
    is_department,
    is_name,
    is_unit,
    titled_name,
)

# The lines are lines.Line objects; lines.py imports this module (through habits.py),
# so it is not imported here.
Line = object


def speaker(line: Line) -> str | None:
    """The name at the end of `titles　name`, when the titles end as a post does."""
    if line.level or line.closes:
        return None
    # (`南湖三村退休党员　施永年` under a poem's headline: who wrote it, and who they are)
    return titled_name(line.text, residents=True)


# Where an essay's or a letter's writer studies or works, before the name.
# (and where a resident who writes lives)
_WRITERS_UNIT = re.compile(rf"(?:{SCHOOL_OR_CLASS}|医院|公司|居民区|小区|社区|村)$")


def author_line(line: Line) -> bool:
    """A line that signs the headline over it: `单位　姓名`, `退休教师　姓名`, `姓名（单位）`."""
    text = line.text
    if not (" " in text or "\u3000" in text or text.endswith(("）", ")"))):
        # the cheap test first: a gap or a bracket parts the name off; in letter-spaced
        # text, where every gap is alike, a place's name that a writer lives in does
        # (`鹭 洲 村 钟 慕 陶`)
        return line.gaps_lost and not line.closes and unit_and_name(line) is not None
    return not line.closes and bool(unit_and_name(line) or speaker(line))


# A village, a community or an estate, and a name, no gap left between: `鹭洲村钟慕陶`.
_PLACE_THEN_NAME = re.compile(
    r"^(?P<titles>[\u4e00-\u9fff]{1,10}(?:村|社区|居民区|小区|新村))(?P<name>[\u4e00-\u9fff]{2,3})$"
)


# `周家麟（柳塘诗社）`: a writer and, in brackets, the body they write for.
_NAME_AND_UNIT = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,4})\s*[(（](?P<unit>[^()（）]{2,20})[)）]$"
)


def unit_and_name(line: Line) -> tuple[str, str] | None:
    """(unit, name) of `unit　name`, when the unit ends as a school, a class or a body
    does and a known surname begins the name; or of `name（unit）`."""
    bracketed = _NAME_AND_UNIT.match(line.text)
    if bracketed and not (line.level or line.closes or line.caption):
        name, unit = bracketed["name"], bracketed["unit"]
        if is_name(name) and has_surname(name) and (is_unit(unit) or is_department(unit)):
            return unit, name
    match = TITLED_NAME.match(line.text)
    if not match and line.gaps_lost:
        match = _PLACE_THEN_NAME.match(line.text)
    if not match or line.level or line.closes or line.caption:
        return None
    unit, name = match.group("titles").strip(), match.group("name")
    if not (is_name(name) and has_surname(name)):
        return None
    return (unit, name) if _WRITERS_UNIT.search(unit) or is_department(unit) else None
