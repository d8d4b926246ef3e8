"""What the tools that carry a page's text add to it (issue #17): a screen reader's
speech log (NVDA's Speech Viewer, copied), whose announcements are the page's markup; a
note app's lines under a clipping; OCR's reading of a printed rule. Small texts of our
own."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import assert_nothing_lost, parse_all

LOG = (
    "某某社区报 · 无障碍版 - Mozilla Firefox\n"
    "导航 界标  列表  有 3 项  链接  首页\n链接  往期\n链接  大字版\n离开列表\n"
    "标题 级别 1  某某社区报\n2024年6月7日　星期五　第58期\n"
    "主要 界标  标题 级别 2  第3版　综合\n"
    "标题 级别 3  社区书屋延长开放时间\n"
    "本报讯　自6月起，某某社区书屋每天开放至晚上8点，方便上班族借阅。\n"
    "图形  居民在书屋里看书。　殷某　摄\n"
    "书屋现有藏书4000余册，还开设了儿童绘本角。\n"
    "（某某街道文化站）\n"
    "分隔线\n"
    "标题 级别 3  楼道堆物清理行动启动\n"
    "6月3日起，各小区开展楼道堆物集中清理，为期一个月。\n"
    "（记者　骆某某）\n"
    "内容信息 界标  链接  上一版\n链接  下一版\n文档结尾\n"
)


def test_a_speech_logs_announcements_are_the_pages_markup():
    issue = parse_all(LOG)
    first, second = issue.articles
    assert [first.title, second.title] == ["社区书屋延长开放时间", "楼道堆物清理行动启动"]
    assert first.captions == ["居民在书屋里看书。　殷某　摄"]
    assert first.paragraphs == [
        "本报讯　自6月起，某某社区书屋每天开放至晚上8点，方便上班族借阅。",
        "书屋现有藏书4000余册，还开设了儿童绘本角。",
    ]
    assert Byline(department="某某街道文化站") in first.bylines
    assert Byline(author="骆某某", role="记者") in second.bylines
    # The page's own lines are furniture as the log wrote them.
    assert {"链接  往期", "离开列表", "分隔线", "内容信息 界标  链接  上一版", "文档结尾"} <= set(
        issue.furniture
    )
    assert_nothing_lost(LOG, issue)


def test_one_line_that_reads_like_an_announcement_is_text():
    """Read so only where the log announces two headings or more."""
    text = "# 社区书屋延长开放时间\n\n链接  往期回顾中可找到上月的书单。\n"
    assert parse_all(text).articles[0].paragraphs == ["链接  往期回顾中可找到上月的书单。"]


def test_what_a_note_app_adds_under_a_clipping_is_furniture():
    """OneNote adds where a clipping was pasted from and when a screen was clipped."""
    text = (
        "# 社区书屋延长开放时间\n\n本报讯　自6月起，社区书屋每天开放至晚上8点。\n\n"
        "来自 <https://news.example.org/a/7.html>\n\n"
        "屏幕剪辑的捕获时间: 2024/6/9 10:21\n\n"
        "# 楼道堆物清理行动启动\n\n6月3日起，各小区开展楼道堆物集中清理。\n\n"
        "Pasted from <https://news.example.org/a/8.html>\n"
    )
    issue = parse_all(text)
    assert [a.paragraphs for a in issue.articles] == [
        ["本报讯　自6月起，社区书屋每天开放至晚上8点。"],
        ["6月3日起，各小区开展楼道堆物集中清理。"],
    ]
    assert {
        "来自 <https://news.example.org/a/7.html>",
        "屏幕剪辑的捕获时间: 2024/6/9 10:21",
        "Pasted from <https://news.example.org/a/8.html>",
    } <= set(issue.furniture)


def test_a_printed_rule_read_by_ocr_as_characters_is_furniture():
    """OCR reads a stencil's dashed rule as `一 一 一` and a row of ※ as `米米米`: no
    words, so many of one character; never a headline."""
    text = (
        "某某居民简报\n米米米米米米米米米米米米米米米米\n\n"
        "居民小组开展卫生检查\n\n七月十日，各居民小组开展卫生大检查，清理杂物十余车。\n\n"
        "一 一 一 一 一 一 一 一 一 一\n\n"
        "退休工人义务修车\n\n退休工人王某某每周日在居委会门口义务修自行车。\n"
    )
    issue = parse_all(text)
    assert [a.title for a in issue.articles] == ["居民小组开展卫生检查", "退休工人义务修车"]
    assert {"米米米米米米米米米米米米米米米米", "一 一 一 一 一 一 一 一 一 一"} <= set(
        issue.furniture
    )
    assert_nothing_lost(text, issue)
