"""A 简报 whose numbered sections are its articles.

A residents' committee types its newsletter in a word processor: no headlines, the
text parted by numbered headings from its first line on (`一、本月要事`, `（一）加装电梯…`,
`二、居民风采`, `三、温馨提示`). Each heading then heads an article of its own:
- a top heading over sub-headings (`一、本月要事` over `（一）…`, `（二）…`) is the
  section's head (the issue's furniture), and each sub-heading starts an article;
- a top heading right over an unnumbered headline is that article's kicker;
- any other top heading is the title of the article under it.
The number only points (as a bullet does): the title is the words after it.

Only a file whose text opens with a top heading (`一、`; no sentence over it), and has
a second (`二、`) later, is read so; in any other file these headings part one article,
as intertitles.
"""

from __future__ import annotations

import re

from .text import AMOUNT_AFTER, ANY_STOP, BRIEF_MARKS, CONTINUED_HEAD, is_terminated

_TOP = re.compile(r"^([一二三四五六七八九十]{1,3})\s*[、.．]\s*(?=\S)")
# `1.第二网格党支部开展…活动`: a brief's headline numbered in a run of briefs.
_BRIEF = re.compile(r"^(\d{1,2})\s*[、.．]\s*(?=\S)")
_SUB = re.compile(r"^[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*(?=\S)")
# Longest numbered heading read as a title: longer ones are sentences.
_MAX_HEADING = 30
_NUMERALS = "一二三四五六七八九十"


def _heading(line, pattern: re.Pattern[str]) -> re.Match[str] | None:
    if line.level or line.closes or len(line.text) > _MAX_HEADING:
        return None
    match = pattern.match(line.text)
    if match is None or is_terminated(line.text) or AMOUNT_AFTER.search(line.text):
        return None  # (`一、收入合计 864200`: an account's line and its sum)
    return match


def mark_numbered_sections(lines: list) -> None:
    """Set `section_role` on each numbered heading of a file laid out so (and take its
    number off its text, into `section_number`)."""
    tops = [k for k, line in enumerate(lines) if _heading(line, _TOP)]
    if not tops:
        return
    # (over the first heading, only lines of no text: a masthead's or a list's left over;
    # or above the masthead a mail's note with no headline, `各居民区书记、主任：`
    # over a sentence or two, which no 简报 prints)
    opened = max((j for j in range(tops[0] + 1) if lines[j].after_furniture), default=0)
    if any(line.prose for line in lines[opened : tops[0]]):
        return
    if any(line.prose for line in lines[:opened]) and any(_headed(line) for line in lines[:opened]):
        return
    # `一、…（续）`: the heading printed again where its section goes on (a new slide, a
    # new page), not a section of its own
    again = [k for k in tops if CONTINUED_HEAD.search(lines[k].text)]
    tops = [k for k in tops if k not in again]
    numbers = [_heading(lines[k], _TOP).group(1) for k in tops]
    if len(tops) < 2 or numbers[:2] != ["一", "二"]:
        return
    for k in again:
        lines[k].section_role = "continued"
        lines[k].intertitle = False
    for n, k in enumerate(tops):
        end = tops[n + 1] if n + 1 < len(tops) else len(lines)
        subs = [j for j in range(k + 1, end) if _heading(lines[j], _SUB)]
        below = lines[k + 1] if k + 1 < end else None
        if subs and subs[0] == k + 1:
            _take_number(lines[k], _TOP, "furniture")
            for j in subs:
                _take_number(lines[j], _SUB, "title")
        elif below is not None and _headline_under(below, lines[k + 2] if k + 2 < end else None):
            # over one headline, its kicker; over more, the run's head (`二、民生服务`
            # over two stories, each under its own marked headline)
            heads = [j for j in range(k + 1, end - 1) if _marked_headline(lines, j)]
            _take_number(lines[k], _TOP, "furniture" if len(heads) >= 2 else "kicker")
        else:
            _take_number(lines[k], _TOP, "title")


def _headline_under(line, after) -> bool:
    """An unnumbered headline right under a top heading, over the text."""
    return (
        after is not None
        and line.gap_before <= 1
        and not line.prose
        and not line.closes
        and not line.caption
        and not line.intertitle
        and after.prose
    )


def _headed(line) -> bool:
    """A line that may head text: marked as a heading, or no sentence, salutation,
    credit or caption."""
    text = line.text
    return bool(line.level or line.bold) or not (
        line.prose
        or line.closes
        or line.caption
        or line.field
        or not text
        or text.endswith(("：", ":"))
        or len(text) > _MAX_HEADING
    )


def _marked_headline(lines: list, j: int) -> bool:
    """A headline a brief's mark opens (`◆…`, `■…`), set apart, over text."""
    line = lines[j]
    return (
        line.text[:1] in BRIEF_MARKS + "▲△"
        and line.gap_before > 0
        and _headline_under(line, lines[j + 1])
    )


def _take_number(line, pattern: re.Pattern[str], role: str) -> None:
    match = pattern.match(line.text)
    line.section_role = role
    if role != "furniture":
        # The text stays whole: the number comes off where the line is a headline.
        line.section_number = match.group(0)
    line.intertitle = False


def mark_numbered_briefs(lines: list) -> None:
    """A section's head (`支部动态`) over briefs whose headlines it numbers (`1.…`, `2.…`),
    each brief's text closed by its own credit (`…（第二网格党支部）`): the head is the
    run's, each numbered line its brief's title (the number points, as a bullet does)."""
    for k in range(len(lines) - 2):
        head, first = lines[k], lines[k + 1]
        if head.prose or head.closes or head.level or head.section_role or head.caption:
            continue
        if not _brief_head(first, "1"):
            continue
        items = _credited_briefs(lines, k + 1)
        if len(items) < 2:
            continue
        head.section_role = "furniture"
        head.intertitle = False
        for j in items:
            _take_number(lines[j], _BRIEF, "title")


def _brief_head(line, number: str) -> bool:
    match = _BRIEF.match(line.text)
    return (
        match is not None
        and match.group(1) == number
        and len(line.text) <= _MAX_HEADING
        and not ANY_STOP.search(line.text[match.end() :])
        and not line.closes
    )


def _credited_briefs(lines: list, k: int) -> list[int]:
    """The numbered headlines of a run from line k on (`1.`, `2.` …), each over text its
    own credit closes before the next; empty when any brief is not so."""
    items: list[int] = []
    number = 1
    while k < len(lines) and _brief_head(lines[k], str(number)):
        end = k + 1
        while end < len(lines) and not (lines[end].closes or lines[end].inline_byline):
            if lines[end].level or _BRIEF.match(lines[end].text) or not lines[end].prose:
                return []  # (a brief's text runs to its credit, nothing else between)
            end += 1
        if end >= len(lines):
            break  # (no credit closes this one: the run ends before it)
        items.append(k)
        number += 1
        k = end + 1
    return items
