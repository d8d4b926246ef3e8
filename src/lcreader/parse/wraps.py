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
