"""A group chat's exported history, the bulletin posted in it a piece at a time (QQ's
`2023-04-24 9:03:05 【管理员】街道宣传-邵晴(2851364470)`, WeChat's `邵晴 2023-04-24
09:03`): each message's header, the export's own head above the first one, and what
the others in the group said (`收到`, `@… 配哪张照片？`) are the chat's. The bulletin is
what the one who posted most of the text posted; a message of its poster that only
chats (an emoji's placeholder, an @) is the chat's too."""

from __future__ import annotations

import re
from collections import Counter

from .text import FULL_STOP

_STAMP = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?"
# (the year left out within the year, as 钉钉 copies a message, after its sender:
# `周晓芸 5月6日 09:12`; a post's `1月16日 10:05 来自 微博` names no sender)
_DAY_STAMP = r"\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}"
# A transcript's segment: who spoke, and when into the recording (讯飞听见, 通义听悟:
# `说话人1 00:00:02`, `发言人2 01:13`).
_OFFSET = r"\d{1,2}:\d{2}(?::\d{2})?"
_SPEAKER = r"(?:说话人|发言人|讲话人|Speaker|SPEAKER|spk)\s*\d{1,2}"
# A message's header: when it was sent and who sent it, in either order.
# (or MSN's, who and when over the message: `宣传科-陆晨 说 (10:01):`)
_HEADER = re.compile(
    rf"^(?:{_STAMP}\s+(?P<after>\S.{{0,48}})|(?P<before>\S.{{0,40}}?)\s+(?:{_STAMP}|{_DAY_STAMP})"
    rf"|(?P<speaker>{_SPEAKER})\s*[(（]?{_OFFSET}[)）]?"
    rf"|(?P<said>\S.{{0,48}}?)\s*说\s*[(（]{_OFFSET}[)）]\s*[:：])$"
)
# What a sender's name carries besides the name: a role in brackets, a number or address.
_SENDER_NOISE = re.compile(r"^【[^】]{1,8}】|[(（<]\s*[\w.@\-]{3,40}\s*[)）>]$")
# What only a chat holds: an emoji's placeholder, a mention at the start.
_CHATTER = re.compile(r"\[(?:表情|动画表情|图片|语音|视频|文件|位置|红包|撤回)[^\]]{0,8}\]|^@\S")
# Fewest message headers that make a file a chat's export.
MIN_MESSAGES = 3


def chat_lines(texts: list[str]) -> dict[int, str]:
    """The chat's lines of an exported group chat, each with its rule; empty when the
    text is not one."""
    headers = {
        k: match
        for k, t in enumerate(texts)
        if ":" in t and (match := _HEADER.match(t))  # (a header holds its time's colon)
    }
    # (a messenger's log: `From: X (…)` or `To: X (…)` over `at Mon Jun 11 09:02:15 2012`)
    logged = _log_headers(texts) if len(headers) < MIN_MESSAGES else {}
    if len(headers) < MIN_MESSAGES and len(logged) < MIN_MESSAGES:
        return {}
    # Each message: its header's line, its sender, the lines under it.
    starts = sorted(logged or headers)
    messages = []
    for n, k in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(texts)
        if logged:
            sender, under = logged[k]
        else:
            match, under = headers[k], k + 1
            named = match["after"] or match["before"] or match["speaker"] or match["said"]
            sender = _SENDER_NOISE.sub("", named.strip()).strip()
        body = [j for j in range(under, end) if texts[j]]
        messages.append((k, sender, body))
    # A conversation: several people, one of them more than once (a list of posts, each
    # stamped and counted, `2024-03-15 16:42　阅读 528`, is no chat).
    senders = Counter(sender for _, sender, _ in messages)
    if len(senders) < 2 or senders.most_common(1)[0][1] < 2:
        return {}
    written = Counter()
    for _, sender, body in messages:
        written[sender] += sum(len(texts[j]) for j in body)
    poster = written.most_common(1)[0][0]
    # The bulletin runs from the message with its masthead (its issue's number) to the
    # one with its colophon: what the poster said before and after is the chat's.
    own = [n for n, (_, sender, _) in enumerate(messages) if sender == poster]
    first = next((n for n in own if _holds(texts, messages[n][2], _MASTHEAD)), own[0])
    last = next((n for n in reversed(own) if _holds(texts, messages[n][2], _COLOPHON)), own[-1])
    # (in a recording's transcript the others speak the bulletin's words too: a second
    # presenter, the one interviewed)
    transcript = not logged and all(headers[k]["speaker"] for k in starts)
    head = "furniture.transcript_head" if transcript else "furniture.chat_head"
    found = {j: head for j in range(starts[0]) if texts[j]}
    # (a bulletin sent a story to a message, each under the paper's head: a message of
    # its poster without the head only chats)
    storied = sum(1 for n in own if _holds(texts, messages[n][2], _MASTHEAD)) >= MIN_MESSAGES
    for n, (k, sender, body) in enumerate(messages):
        found[k] = "furniture.transcript_speaker" if transcript else "furniture.chat_header"
        if logged:
            found.update(dict.fromkeys(range(k + 1, logged[k][1]), "furniture.chat_header"))
        chatting = (
            (sender != poster and not transcript)
            or not first <= n <= last
            or any(_CHATTER.search(texts[j]) for j in body)
            or (storied and not _holds(texts, body, _MASTHEAD))
            or (not transcript and n > 0 and _answers(texts, messages[n - 1][1], sender, body))
        )
        if chatting:
            found.update(dict.fromkeys(body, "furniture.chat_message"))
        # (the messenger's own notices among a message's lines: a file sent, a status)
        found.update({j: "furniture.chat_message" for j in body if _NOTICE.search(texts[j])})
    return found


def _answers(texts: list[str], before: str, sender: str, body: list[int]) -> bool:
    """The poster's one short line right after another's message, neither a credit nor
    a caption nor a cut sentence's rest: an answer (`嗯，一条只能发400字。`), the chat's."""
    said = [j for j in body if not _NOTICE.search(texts[j])]  # (a file sent after it)
    if before == sender or len(said) != 1:
        return False
    line = texts[said[0]]
    return (
        len(line) <= _MAX_ANSWER
        and line[:1] not in _OPENS_CREDIT_OR_REST
        and "摄" not in line
        and not line.startswith("图")
    )


_MAX_ANSWER = 60
_OPENS_CREDIT_OR_REST = "（(【[，,。；;、：:）)”’"


# What a messenger itself writes into the conversation: `X 向您发送了文件…`, `您已接受来自
# X 的文件…`, `已完成“IMG_0612.JPG”的传输。`, `X 可能不会回复，因为其状态为“忙碌”。`
_NOTICE = re.compile(
    r"向您发送|您已接受来自|已完成“[^”]{1,60}”的传输|可能不会回复，因为其状态|已取消.{0,20}的传输"
)


# An issue's number (`第4期`), and the colophon's words: where a bulletin begins and ends.
_MASTHEAD = re.compile(r"第\s*\d{1,4}\s*期")
_COLOPHON = re.compile(r"^(?:编印|主办|承办|地址|电话|责任编辑|编辑)\s*[:：]")


def _holds(texts: list[str], body: list[int], pattern: re.Pattern) -> bool:
    """Whether a line of the message, no sentence, shows the pattern."""
    return any(pattern.search(texts[j]) and not FULL_STOP.search(texts[j]) for j in body)


# A messenger's log (飞鸽传书, IP Messenger): who sent or was sent the message, then when.
_LOG_WHO = re.compile(r"^(?P<way>From|To)\s*[:：]\s*(?P<name>[^\s(（]{1,20})")
_LOG_AT = re.compile(
    r"^at\s+[A-Z][a-z]{2}\s+[A-Z][a-z]{2}\s+\d{1,2}\s+\d{1,2}:\d{2}:\d{2}\s+\d{4}$"
)


def _log_headers(texts: list[str]) -> dict[int, tuple[str, int]]:
    """Each message's header in a messenger's log: its first line → (who wrote it, the
    line its text starts on). A message the log's owner sent (`To: X`) is the owner's."""
    found: dict[int, tuple[str, int]] = {}
    for k, text in enumerate(texts):
        if not text.startswith(("From", "To")) or not (who := _LOG_WHO.match(text)):
            continue
        at = next((j for j in range(k + 1, min(len(texts), k + 3)) if texts[j]), None)
        if at is None or not _LOG_AT.match(texts[at]):
            continue
        sender = who["name"] if who["way"] == "From" else "→" + who["name"]
        found[k] = (sender, at + 1)
    return found
