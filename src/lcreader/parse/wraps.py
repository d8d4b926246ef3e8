"""A closing credit that a hard wrap cut in two.

In a narrow column the wrap falls anywhere, also inside the credit that closes a
paragraph: `…活动圆满结束。（东湖` / `居民区供稿）`. Read line by line, neither half
is a credit, and the credit is lost in the paragraph. When a wrapped line ends a
sentence and opens a bracket it does not close, and the next line closes it and ends
there, the bracket's opening moves down to the line that closes it: the paragraph's
text is the same, and the credit is a line of its own again, read as any other.
"""

from __future__ import annotations

import re

from .text import is_terminated

# `。（东湖`: a finished sentence, then an opened bracket with a few characters.
_OPENED = re.compile(r"[。！？!?”」]\s*(?P<opened>[（(][^（）()。，,；;！？!?]{0,8})$")
# `居民区供稿）`: the rest of the bracket, and nothing after it.
_CLOSED = re.compile(r"^[^（）()。，,；;！？!?]{1,30}[）)]$")


def rejoin_split_credits(raw_lines: list[str], skipped, gap: str = "") -> list[str]:
    """`raw_lines` with each bracket cut at a wrap moved down to the line that closes
    it; `skipped` holds the indices of lines that are not text (page furniture). `gap`:
    what the cut took out (a space, where lines were broken only at spaces)."""
    lines = list(raw_lines)
    for k in range(len(lines) - 1):
        if "（" not in lines[k] and "(" not in lines[k]:
            continue  # the cheap test first: most lines open no bracket
        if k in skipped or k + 1 in skipped:
            continue
        opened = _OPENED.search(lines[k].rstrip())
        below = lines[k + 1]
        if not opened or not below.strip() or below[:1].isspace():
            continue  # the next line is a new paragraph (blank or indented)
        if not _CLOSED.match(below.strip()):
            continue
        cut = lines[k].rstrip()
        lines[k] = cut[: opened.start("opened")]
        lines[k + 1] = opened.group("opened") + gap + below
    return lines


# A drop cap: the first character of a story's first paragraph, set large, copied out
# on a line of its own (`东` / `苑小区建成于2003年，…`).
_DROP_CAP = re.compile(r"^[\u3400-\u9fff]$")
_TEXT_START = re.compile(r"^[\u3400-\u9fff]")
# Shortest paragraph line a drop cap is read as the first character of.
MIN_AFTER_DROP_CAP = 10


def join_drop_caps(raw_lines: list[str], skipped) -> list[str]:
    """`raw_lines` with each drop cap moved onto the line it begins: one character of a
    script alone, over a line of text, under a headline, a credit or a finished sentence
    (never under a line of text it may end, cut by the wrap)."""
    lines = list(raw_lines)
    above = ""  # the last line of text before this one
    for k in range(len(lines) - 1):
        text = lines[k].strip()
        if not text or k in skipped:
            continue
        if _DROP_CAP.match(text) and k + 1 not in skipped:
            below = lines[k + 1].strip()
            whole_above = not above or is_terminated(above) or 2 * len(above) < len(below)
            if len(below) >= MIN_AFTER_DROP_CAP and _TEXT_START.match(below) and whole_above:
                indent = lines[k + 1][: len(lines[k + 1]) - len(lines[k + 1].lstrip())]
                lines[k], lines[k + 1] = "", indent + text + lines[k + 1].lstrip()
                above = ""
                continue
        above = text
    return lines
