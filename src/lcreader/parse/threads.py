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


# A forum's printable view heads each floor with its poster and time (Discuz!):
# `作者: 青篁村委会    时间: 2021-5-14 16:12`; the thread's title over the first.
# (or 天涯's: `楼主：X  时间：2012-05-21 09:42:00  点击：1265  回复：18` over the first,
# `作者：X  回复日期：2012-05-21 10:03:27` over each floor after it)
_POST_HEAD = re.compile(
    r"^(?:作者|楼主)\s*[:：]\s*(?P<poster>\S.{0,30}?)\s+(?:时间|回复日期|发表日期)\s*[:：]\s*"
    r"\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?:点击|回复)\s*[:：]\s*\d+)*$"
)
_THREAD_TITLE = re.compile(r"^标题\s*[:：]\s*\S")
# What such a page adds inside a floor: the edit stamp, an attachment's line, the foot.
_FLOOR_NOTE = re.compile(
    r"^本帖最后由\s*\S.{0,30}\s于\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s*编辑$"
    r"|^(?:图片)?附件\s*[:：]\s*\S.*\(\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2},\s*[\d.]+\s*[KMG]?B\).*$"
    r"|^欢迎光临\s.*Powered by Discuz!.*$"
)


_FLOOR_NUMBER = re.compile(r"^\d{1,4}\s*楼$")
_RULE = re.compile(r"^[—\-_=－─━]{6,}$")
_FLOOR_BUTTONS = re.compile(r"^(?:回复|举报|引用|分享)(?:\s*[|｜]\s*(?:回复|举报|引用|分享))+$")


def _post_heads(texts: list[str]) -> dict[int, str]:
    """The lines heading a printable thread's floors and who posted each, when there are
    enough of them."""
    heads = {
        k: m["poster"].strip()
        for k, text in enumerate(texts)
        if text[:2] in ("作者", "楼主") and (m := _POST_HEAD.match(text))
    }
    return heads if len(heads) >= MIN_FLOORS else {}


def _printable_thread(texts: list[str], posters: dict[int, str]) -> dict[int, str]:
    """A forum's printable view: the heads, the thread's title, each floor's notes, and
    the floors of posters other than the one who started it."""
    found: dict[int, str] = {}
    heads = list(posters)
    starter = posters[heads[0]]
    filled = [k for k, text in enumerate(texts) if text]
    for n, k in enumerate(filled):
        text = texts[k]
        if _FLOOR_NOTE.match(text) or (k < heads[-1] and _THREAD_TITLE.match(text)):
            found[k] = "furniture.thread"
        elif _FLOOR_NUMBER.match(text):
            found[k] = "furniture.thread"  # `1楼` over a floor, under its head
        elif (
            0 < n < len(filled) - 1
            and _RULE.match(texts[filled[n - 1]])
            and _FLOOR_BUTTONS.match(texts[filled[n + 1]])
        ):
            # `——————————` / `椒浦是我家，和谐靠大家` / `回复 | 举报`: the poster's
            # signature under each floor
            found[filled[n - 1]] = found[k] = "furniture.thread"
    for n, head in enumerate(heads):
        found[head] = "furniture.thread"
        if posters[head] == starter:
            continue
        end = heads[n + 1] if n + 1 < len(heads) else len(texts)
        for j in range(head + 1, end):
            if texts[j] and not (n + 1 == len(heads) and j in found):
                found[j] = "furniture.thread"  # another user's reply: the page's
    return found


def thread_tails(texts: list[str]) -> list[int]:
    """The lines that end a floor, when there are enough of them to show a thread."""
    tails = [k for k, text in enumerate(texts) if "楼" in text and _TAIL.match(text)]
    return tails if len(tails) >= MIN_FLOORS else []


def thread_lines(texts: list[str]) -> dict[int, str]:
    """The thread's own lines (each with its rule): every line but the paper's text."""
    tails = thread_tails(texts)
    if not tails:
        posters = _post_heads(texts)
        return _printable_thread(texts, posters) if posters else {}
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
