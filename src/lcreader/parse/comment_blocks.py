"""Readers' comments under a web page's count of them (`评论(2)`), up to the page's next
furniture (its related links, its footer, the next page's bar) or the text's end: each
comment's writer and words, its time, a reply (`X 回复 Y：…`), or the note that there is
none yet (`暂无评论，快来抢沙发吧~`). The page's, not the article's: a comment is no
headline of a next story. No more than a few short lines, each read as a comment reads,
or they stay text."""

from __future__ import annotations

import re

# The count that heads them: `评论(2)`, `评论 12`, `全部评论（3）`, `5条评论`, `留言 4`.
_COUNT_HEAD = re.compile(
    r"^(?:(?:全部|热门|最新)?(?:评论|留言|回复)\s*[(（]?\s*\d+\s*[)）]?|\d+\s*条(?:评论|留言|回复)"
    r"|(?:全部|热门|最新)(?:评论|留言))$"
)
# A comment's line: `昵称：说的话`, `X 回复 Y：…`, its time, or the note of none yet.
_WRITER_SAYS = re.compile(r"^[^\s：:，。！？]{1,16}(?:\s*回复\s*[^\s：:]{1,16})?\s*[：:]\s*\S")
_STAMP = re.compile(
    r"^(?:\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?|\d{1,2}[-/]\d{1,2}|\d{1,2}月\d{1,2}日)"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:IP\s*属地|来自)\s*\S{1,8})?$"
    r"|^(?:\d+\s*(?:分钟|小时|天)前|刚刚|昨天(?:\s*\d{1,2}:\d{2})?)$"
)
_WRITE_BOX = re.compile(r"^(?:写评论|写留言|说点什么)\.*$")
_BUTTON = re.compile(rf"^(?:回复|赞|点赞|\d+\s*赞|举报|删除)$|{_WRITE_BOX.pattern}")
_NONE_YET = re.compile(r"暂无(?:评论|留言)|抢沙发|还没有(?:评论|留言)|快来评论")
# A comment is a line or two: longer, the text goes on under the count.
_MAX_COMMENT = 80
_MAX_LINES = 16


def comments_under_count(texts: list[str], found: dict[int, str]) -> list[int]:
    """The lines of readers' comments under each count of them, as furniture."""
    taken: list[int] = []
    for k, text in enumerate(texts):
        if not (text and len(text) <= 12 and _COUNT_HEAD.match(text)):
            continue
        lines: list[int] = []
        for j in range(k + 1, len(texts)):
            if j in found and not _STAMP.match(texts[j]):
                break  # (the page's own furniture again: its links, its footer)
            if not texts[j]:
                continue
            if _BUTTON.match(texts[j]):
                lines.append(j)  # (a comment's button, `回复`; the box to write one)
                if _WRITE_BOX.match(texts[j]):
                    break  # (the box to write one closes the comments)
                continue
            if len(lines) >= _MAX_LINES or not (
                _reads_as_comment(texts[j]) or _stamped_below(texts, j, found)
            ):
                lines = []  # (a line that is no comment's: the text goes on)
                break
            lines.append(j)
        taken += lines
    return taken


def _stamped_below(texts: list[str], k: int, found: dict[int, str]) -> bool:
    """A short line a comment's time follows within two lines: its writer's name, or
    its words (`茆田人在昆山` / `每期都看，家乡越来越好了` / `06-10 09:12`)."""
    if len(texts[k]) > _MAX_COMMENT:
        return False
    below = [j for j in range(k + 1, min(len(texts), k + 6)) if texts[j] and j not in found]
    return any(_STAMP.match(texts[j]) for j in below[:2])


def _reads_as_comment(text: str) -> bool:
    if len(text) > _MAX_COMMENT:
        return False
    return bool(_WRITER_SAYS.match(text) or _STAMP.match(text) or _NONE_YET.search(text))
