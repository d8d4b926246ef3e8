"""Headers that a bulletin's way to the reader sets over it: a post's account and time,
an online document's makers and counters, a forwarded mail's fields.

A mail client saves the header of a forwarded message (`发件人:`, `主题:`, `From:`,
`Subject:` …) under a marker line (`-------- 转发的消息 --------`,
`---------- Forwarded message ---------`), and the forwarder's note above it. None of
it is the bulletin's: it is the issue's furniture.
"""

from __future__ import annotations

import re

# The fields a mail client prints in a message's header.
_HEADER_FIELD = re.compile(
    r"^(?:发件人|收件人|抄送|密送|主题|日期|发送时间|发送日期|时间|附件|"
    r"From|To|Cc|Bcc|Subject|Date|Sent|Reply-To)(?:\s*[:：]|\t)",  # (a web mail: a tab)
    re.IGNORECASE,
)
# Fields a header names at least: a run of fewer is a notice's labelled fields.
_MIN_FIELDS = 3
# `-------- 转发的消息 --------`, `----- Original Message -----`, `原始邮件`.
_FORWARDED = re.compile(
    r"^[-–—=_\s]*(?:转发的?(?:消息|邮件)(?:信息)?|原始邮件|Forwarded message|Original Message)"
    r"[-–—=_\s]*$",
    re.IGNORECASE,
)
_LABEL_SPACE = re.compile(r"(?<=\S)[ \u3000]+(?=\S[^:：]{0,3}[:：])")
# A header line is short and holds no clause.
_MAX_HEADER_LINE = 50
_CLAUSE = re.compile(r"[。！？!?；;，,“”\"]")
# Where a mail's header may stand: near the top of the file, in lines with text.
_TOP = 30
_MAX_NOTE_LINES = 8
# Most lines of replies and notes between a mail's first header and its last.
_MAX_REPLY_LINES = 16


def mail_header(texts: list[str], found: dict[int, str]) -> list[int]:
    """The lines of a forwarded mail's header at the top of the file: its fields, the
    marker over them and the forwarder's note above the marker."""
    filled = [k for k, text in enumerate(texts) if text][:_TOP]
    # (a label spaced to the width of the others: `时　间：`)
    fields = [k for k in filled if _HEADER_FIELD.match(_LABEL_SPACE.sub("", texts[k][:8]))]
    runs = [run for run in _runs(fields, texts) if len(run) >= _MIN_FIELDS]
    if not runs:
        return []
    # A mail forwarded, then answered: a header over each message, the replies and
    # notes between them (`妈，看到了。`, `在 2023/9/2 8:15, X 写道:`, `发自我的iPhone`)
    # the mail's, the bulletin under the last header.
    header = [k for run in runs[:-1] for k in run]
    if header:
        between = [k for k in filled if header[0] < k < runs[-1][0] and k not in header]
        if len(between) <= _MAX_REPLY_LINES:
            header.extend(between)
    run = runs[-1]
    header.extend(run)
    if len(runs) > 1:
        # over the first header, a web mail's buttons and the message's subject (or its
        # whole menu, a word a line: `139邮箱` / `写信` / … / `回复全部` / `转发`)
        top = [k for k in filled if k < runs[0][0]]
        if (len(top) <= 2 and all(_header_like(texts[k]) for k in top)) or _menu_over(texts, top):
            header.extend(top)
    above = [k for k in filled if k < run[0]]
    if above == [filled[0]] and len(texts[above[0]]) <= _MAX_HEADER_LINE:
        header.append(above[0])  # the message's subject, its reader shows over its fields
    marker = next((k for k in reversed(above) if _FORWARDED.match(texts[k])), None)
    if marker is not None:
        header.append(marker)
        note = [k for k in above if k < marker]
        if len(note) <= _MAX_NOTE_LINES:
            header.extend(note)  # `各位：…` the forwarder wrote over the mail
    return sorted({k for k in header if k not in found})


def _menu_over(texts: list[str], top: list[int]) -> bool:
    """A web mail's menu over the message: many short words a line (a greeting to its
    user among them, `X，下午好`), no sentence; the subject's line last."""
    words = top[:-1]
    return len(words) >= _MIN_MENU_WORDS and all(
        len(texts[k]) <= _MAX_MENU_WORD and not _SENTENCE_STOP.search(texts[k]) for k in words
    )


_MIN_MENU_WORDS, _MAX_MENU_WORD = 4, 10
_SENTENCE_STOP = re.compile(r"[。！？!?；;]")


def _header_like(text: str) -> bool:
    return len(text) <= _MAX_HEADER_LINE and not _CLAUSE.search(text)


def _runs(fields: list[int], texts: list[str]) -> list[list[int]]:
    """The runs of header fields with only blank lines between them, in order."""
    runs: list[list[int]] = []
    for k in fields:
        if runs and not any(texts[j] for j in range(runs[-1][-1] + 1, k)):
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


# A post's header at the top of the file: its account, author, time and place, each a
# short word, one of them the day in figures (`原创 X街道 X家 2024-06-14 17:30 上海`).
_POST_TOP = 6
_SENTENCE_ENDED = re.compile(r"[。！？；：]$")
_ISO_DAY = re.compile(r"^\d{4}(?:-\d{1,2}-\d{1,2}|[./]\d{1,2}[./]\d{1,2}|年\d{1,2}月\d{1,2}日)$")
_MAX_HEADER_TOKEN = 12
_SOURCE_AFTER_TIME = re.compile(r"(?<=\d)[\s\u3000]+来源\s*[:：]\s*\S{1,20}$")


# A Markdown copy's link and emphasis round a header's words (`[栀苑邻里](javascript:…)`,
# `*2024年06月21日 17:30*`): the words they hold.
_MARKDOWN_INLINE = re.compile(
    r"\[([^\]\n]{1,24})\]\((?:[^()\s]|\([^()\s]*\))*\)|(?<!\S)[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}(?!\S)"
)


_MAX_MARKED_LINE = 4 * _MAX_HEADER_LINE


def post_header(texts: list[str], found: dict[int, str]) -> list[int]:
    """A post's or an online document's header near the top: its account and time
    (`原创 X 2024-05-06`), who made and last edited it, when (`创建者：X　最后编辑：Y
    4月30日 17:42`), and its counters (`56人查看 · 3条评论`)."""
    # (a site's header, its logo and sign-in found already, stands over the post's)
    top = [k for k, text in enumerate(texts) if text and k not in found][:_POST_TOP]
    header = _followed_account(texts, top, found)
    if header:
        return header
    for k in top:
        # (a line far longer than a header, links and all, is read no further)
        plain = (
            texts[k] if len(texts[k]) > _MAX_MARKED_LINE else _MARKDOWN_INLINE.sub(r"\1", texts[k])
        )
        if k in found or len(plain) > _MAX_HEADER_LINE or _CLAUSE.search(plain):
            if k not in found and _SENTENCE_ENDED.search(texts[k]) and "，" in texts[k]:
                break  # (text has begun: a name and a day under it sign it, no post's head)
            continue
        if _COUNTERS.fullmatch(texts[k]) or _EDITED.match(texts[k]):
            header.append(k)
            continue
        # (a portal's header names the account the post came from after its time:
        # `2024-04-18 17:06:12　来源: 槎溪发布`)
        stamped = _SOURCE_AFTER_TIME.sub("", plain)
        tokens = stamped.split()
        # a form's row (`活动时间\t2024年6月8日`) is set by tabs and labels, a header by spaces
        if not 2 <= len(tokens) <= 8 or re.search(r"[\t：:](?!\d)", stamped):
            continue
        if any(_ISO_DAY.match(t) for t in tokens) and all(
            len(t) <= _MAX_HEADER_TOKEN for t in tokens
        ):
            above = max((j for j in top if j < k and j not in header), default=None)
            if above is not None and above not in found and _byline_of_post(texts[above]):
                header.append(above)  # `原创 X发布 X发布` over `2024年07月03日 18:30 浙江`
            elif above == k - 1 and (account := _account_above(texts, above, k)):
                header.extend(account)  # `青湾镇融媒` (`关注`) right over `2024-10-11 17:05`
            else:
                header.extend(_stacked_over(texts, top, k, found))
            return [*header, k, *_place_under(texts, k, found)]
    return header


def _stacked_over(texts: list[str], top: list[int], k: int, found: dict[int, str]) -> list[int]:
    """`原创` / `青禾社区` / `青禾邻里` over the post's time: its mark, account and author a
    line each (a phone's browser copies them so), from `原创` down."""
    stack: list[int] = []
    for j in reversed([j for j in top if j < k]):
        text = texts[j]
        if j in found or len(text.split()) != 1 or len(text) > _MAX_HEADER_TOKEN:
            return []
        if _CLAUSE.search(text):
            return []
        stack.append(j)
        if text == "原创":
            return stack
    return []


# The place a post was sent from (its IP属地), under its time: a province's name alone.
_PROVINCES = frozenset(
    ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
     "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
     "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港",
     "澳门")
)  # fmt: skip


# A news app's button under a post's time: follow the account.
_FOLLOW = frozenset(("关注", "+关注", "＋关注", "+ 关注", "已关注"))
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def _place_under(texts: list[str], k: int, found: dict[int, str]) -> list[int]:
    """The place a post was sent from, or the app's follow button, under its time (and
    under a labelled place, `发布于：浙江省`, the account's name and its badge a line each,
    right over the page's furniture)."""
    below = next((j for j in range(k + 1, min(len(texts), k + 3)) if texts[j]), None)
    if below is None or below in found:
        return []
    text = texts[below]
    if (place := _PLACE_LABEL.match(text)) and place["place"].rstrip("省市") in _PROVINCES:
        return [below, *_account_under(texts, below, found)]
    if text.startswith("来自") and text[2:].rstrip("省市") in _PROVINCES:
        # `来自江西`: a news app's word for the place, the follow button under it
        follow = next((j for j in range(below + 1, min(len(texts), below + 3)) if texts[j]), None)
        return [below, follow] if follow is not None and texts[follow] in _FOLLOW else [below]
    if text not in _PROVINCES and text not in _FOLLOW:
        return []
    return [below]


# `发布于：浙江省`, `IP属地：上海`: where a post was sent from, labelled.
_PLACE_LABEL = re.compile(r"^(?:发布于|IP属地|ip属地)\s*[:：]\s*(?P<place>\S{2,4})$")
# Most lines of a post's account under its place (its name, its badge).
_ACCOUNT_LINES = 2


def _account_under(texts: list[str], k: int, found: dict[int, str]) -> list[int]:
    """`云洲融媒` / `政务主体` under the post's place, over the page's furniture: the
    account that posted it and its badge (a short word a line, no clause)."""
    lines: list[int] = []
    for j in range(k + 1, len(texts)):
        if not texts[j]:
            continue
        if j in found:
            return lines
        text = texts[j]
        too_long = len(text) > _MAX_HEADER_TOKEN or len(text.split()) != 1  # (a word a line)
        if len(lines) == _ACCOUNT_LINES or too_long or _CLAUSE.search(text):
            return []
        lines.append(j)
    return []


def _followed_account(texts: list[str], top: list[int], found: dict[int, str]) -> list[int]:
    """`桃源社区居委会` / `关注` over the post's date (`2023-10-30`, taken already as the
    issue's date): the account and its follow button, however the date is written."""
    for above in top:
        if texts[above] not in _FOLLOW or above < 1:
            continue
        # (a blog's tip button and the author's score may stand between: `赞赏支持`, `0.4`)
        under = above + 1
        while under < len(texts) and (_TIP_OR_SCORE.match(texts[under]) or not texts[under]):
            under += 1
        if under not in found:
            continue
        day = texts[under].split()
        if above - 1 in top and _account_name(texts[above - 1]) and _ISO_DAY.match(day[0]):
            return [above - 1, *range(above, under)]
    return []


_TIP_OR_SCORE = re.compile(r"^(?:赞赏支持|赞赏|打赏|\d{1,3}(?:\.\d{1,2})?)$")


def _account_above(texts: list[str], above: int, k: int) -> list[int]:
    """The account's line right over the post's time, and its follow button between
    (`枫林街道` / `关注` / `2024-06-14 17:05`)."""
    if texts[above] in _FOLLOW and above > 0 and _account_over_clock(texts[above - 1], texts[k]):
        return [above - 1, above]
    return [above] if _account_over_clock(texts[above], texts[k]) else []


def _account_over_clock(text: str, time: str) -> bool:
    """A post's account, one short name, right over its time to the minute (a news
    app's header: `青湾镇融媒` / `2024-10-11 17:05·浙江`); a masthead's date has no clock."""
    return bool(_CLOCK.search(time)) and _account_name(text)


def _account_name(text: str) -> bool:
    """A post's account: one short name, no clause."""
    return len(text.split()) == 1 and len(text) <= _MAX_HEADER_TOKEN and not _CLAUSE.search(text)


def _byline_of_post(text: str) -> bool:
    """A post's account and author on a line of their own, over its time: `原创` first
    (the platform's mark of an original post), then a name or two."""
    tokens = text.split()
    return (
        2 <= len(tokens) <= 4
        and tokens[0] == "原创"
        and all(len(t) <= _MAX_HEADER_TOKEN for t in tokens)
        and not _CLAUSE.search(text)
    )


# A counter: a number and its word, either way round (`56人查看`, `阅读 1.2万`, `赞 86`).
# Set apart by dots or bars; by spaces only word first (a headline's `12名党员 36个楼组`
# is no counter).
# (a label's colon makes a field, `电话：12345678`, no counter)
_COUNTER = r"(?:[^\s\d·•|｜：:]{1,4}\s*)?\d[\d.,]*[万千kK+]?\s*(?:[^\s\d·•|｜：:]{1,4})?"
_WORD_FIRST = r"[^\s\d·•|｜：:]{1,4}\s*\d[\d.,]*[万千kK+]?"
_COUNTERS = re.compile(
    rf"{_COUNTER}(?:\s*[·•|｜]\s*{_COUNTER})+|{_WORD_FIRST}(?:\s+{_WORD_FIRST})*"
)
# Labelled fields of who made a document and a clock time: a document's own header.
_EDITED = re.compile(r"^[^\s：:]{2,5}[：:].*\s[^\s：:]{2,5}[：:].*\d{1,2}:\d{2}\s*$")


def post_labels(texts: list[str], found: dict[int, str]) -> list[int]:
    """A blog post's labels under its title: its time in brackets (`(2013-06-20
    09:41:36)`), a button's menu (`转载▼`), its tags under `标签：` a word a line, up to its
    category (`分类： 社区报`). The post's page, no article's words."""
    taken: list[int] = []
    for k, text in enumerate(texts):
        if k in found or not text:
            continue
        if _BRACKETED_TIME.match(text) or _MENU_BUTTON.match(text):
            taken.append(k)
        elif _TAGS_HEAD.match(text):
            tags = []
            for j in range(k + 1, min(len(texts), k + 1 + _MAX_TAGS)):
                if not texts[j] or j in found:
                    continue
                if _CATEGORY.match(texts[j]):
                    taken += [k, *tags, j]  # (the tags end at the category)
                    break
                if not _TAG.match(texts[j]):
                    break
                tags.append(j)
    return taken


_BRACKETED_TIME = re.compile(
    r"^[(（]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]$"
)
# A button that opens a menu (`转载▼`, `喜欢▼`).
_MENU_BUTTON = re.compile(r"^[^\s▼▾]{1,4}[▼▾]$")
_TAGS_HEAD = re.compile(r"^(?:标签|标 签|Tags?)\s*[:：]\s*$")
_CATEGORY = re.compile(r"^(?:分类|栏目)\s*[:：]\s*\S{1,12}$")
_TAG = re.compile(r"^[^\s，。！？：:,.!?]{1,8}$")
_MAX_TAGS = 10
