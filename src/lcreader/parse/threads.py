"""A forum thread copied from its page (a village's 百度贴吧): the paper posted floor by
floor by the one who started the thread, each floor under the poster's name, badge and
level (`陶浜老顾` / `吧主` / `12`) and over its tail (`来自Android客户端4楼2024-03-08
10:48`), with the page's buttons (`回复`, `收起回复`, `我也说一句`), the replies under a
floor (`桃花岛主: 去年买过… 3-8 13:40回复`) and other users' floors between. Only the
starter's floors carry the paper: everything else is the page's."""

from __future__ import annotations

import re
from collections import Counter

# A floor's tail: the client it was posted from, its number, when.
_TAIL = re.compile(
    r"^(?:来自\S{0,24}客户端\s*)?\d{1,4}\s*楼\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}$"
)
# The page's own words around the floors, and the replies set under a floor.
_BUTTON = re.compile(
    r"^(?:回复|收起回复|我也说一句|发表回复|只看楼主|收藏|举报|删除|"
    r"回复\s*[(（]\d+[)）]|回复\s*[:：]\s*\d+\s*贴子\s*[:：]\s*\d+\s*页)$"
)
_REPLY = re.compile(r"^\S{1,24}\s*[:：].*\s\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*回复$")
# What follows a poster's name: a badge, a level.
_BADGE = re.compile(r"^(?:吧主|小吧主|楼主|\d{1,2})$")
# Fewest floors that show a thread.
MIN_FLOORS = 2
# Longest line of a page's foot after the last floor (its links, its notices).
_MAX_FOOT_LINE = 80


def thread_tails(texts: list[str]) -> list[int]:
    """The lines that end a floor, when there are enough of them to show a thread."""
    tails = [k for k, text in enumerate(texts) if "楼" in text and _TAIL.match(text)]
    return tails if len(tails) >= MIN_FLOORS else []


def thread_lines(texts: list[str]) -> dict[int, str]:
    """The thread's own lines (each with its rule): every line but the paper's text."""
    tails = thread_tails(texts)
    if not tails:
        return {}
    found: dict[int, str] = {}
    # Each floor after the first opens under the page's words after the floor before.
    starts: list[int] = []
    for tail in tails:
        k = tail + 1
        while k < len(texts) and (not texts[k] or _page_word(texts[k])):
            if texts[k]:
                found[k] = "furniture.thread"
            k += 1
        starts.append(k)
    posters = Counter(texts[k] for k in starts[:-1] if k < len(texts))
    if not posters:
        return {}
    starter = posters.most_common(1)[0][0]
    # The first floor opens at the starter's name before its tail (under the thread's
    # title and the page's head).
    first = next((k for k in range(tails[0] - 1, -1, -1) if texts[k] == starter), None)
    floors = [(first, tails[0])] if first is not None else []
    floors += [(start, tail) for start, tail in zip(starts, tails[1:], strict=False)]
    for start, tail in floors:
        found[tail] = "furniture.thread"
        k = start
        found[k] = "furniture.thread"  # the poster's name
        k += 1
        while k < tail and _BADGE.match(texts[k]):
            found[k] = "furniture.thread"
            k += 1
        if texts[start] != starter:
            for j in range(k, tail):
                if texts[j]:
                    found[j] = "furniture.thread"  # another user's floor: the page's
    # Under the last floor, the page's foot.
    rest = [k for k in range(starts[-1], len(texts)) if texts[k]]
    if all(len(texts[k]) <= _MAX_FOOT_LINE for k in rest):
        found.update((k, "furniture.thread") for k in rest)
    return found


def _page_word(text: str) -> bool:
    return bool(_BUTTON.match(text) or _REPLY.match(text))
