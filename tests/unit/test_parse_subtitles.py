"""Subtitles of a street's video news (SRT, as Aegisub exports it), issue #17: a cue's
number and timing are the format's; what is said between two texts set on the screen
is one paragraph; a title card at the top opens a story; a name set on the picture is
its caption, a reporter's credit there the credit. Small texts of our own."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import assert_nothing_lost, parse_all


def cues(*texts: str) -> str:
    out = []
    for n, text in enumerate(texts, 1):
        start, end = 3 * n, 3 * n + 2
        out.append(f"{n}\r\n00:00:{start:02},000 --> 00:00:{end:02},500\r\n{text}\r\n")
    return "\r\n".join(out).replace("\r\n", "\n")


SRT = cues(
    "{\\an8}社区书屋延长开放时间",
    "自6月起，",
    "某某社区书屋每天开放至晚上8点，",
    "方便上班族借阅。",
    "{\\an1}某某社区居民　甘某某",
    "下班以后也能来看书了，",
    "真方便。",
    "{\\an1}记者：骆某某",
    "{\\an8}楼道堆物清理行动启动",
    "6月3日起，",
    "各小区开展楼道堆物集中清理，\n为期一个月。",
    "{\\an1}通讯员：岑某某",
)


def test_what_is_said_between_two_texts_on_the_screen_is_one_paragraph():
    issue = parse_all(SRT)
    first, second = issue.articles
    assert [first.title, second.title] == ["社区书屋延长开放时间", "楼道堆物清理行动启动"]
    assert first.paragraphs == [
        "自6月起，某某社区书屋每天开放至晚上8点，方便上班族借阅。",
        "下班以后也能来看书了，真方便。",
    ]
    assert first.captions == ["某某社区居民　甘某某"]
    assert Byline(author="骆某某", role="记者") in first.bylines
    assert second.paragraphs == ["6月3日起，各小区开展楼道堆物集中清理，为期一个月。"]
    assert Byline(author="岑某某", role="通讯员") in second.bylines
    assert "00:00:03,000 --> 00:00:05,500" in issue.furniture
    assert_nothing_lost(SRT, issue)


def test_two_timings_in_a_text_are_no_subtitles():
    text = "# 放映安排\n\n00:10:00,000 --> 00:20:00,000 为开场。\n\n00:20:00,000 --> 00:40:00,000 为正片。\n"
    assert parse_all(text).articles[0].paragraphs == [
        "00:10:00,000 --> 00:20:00,000 为开场。",
        "00:20:00,000 --> 00:40:00,000 为正片。",
    ]
