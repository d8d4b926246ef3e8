"""E-paper article pages saved by Firefox as text (issue #17): each link's address after
its words in angle brackets (`下一篇 <http://…>`), a long line of links wrapped with an
address alone on the next line, the pager, a credit under its label (`作者：记者 X`),
and a story jumped to the next page whose rest opens with its marker run into the
text. Each test is a small text
of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import parse_all

_SITE = "http://epaper.example.cn/html/2024-05/20"
_HEAD = (
    "松溪报\n\n"
    "  * 首页 <http://epaper.example.cn/>\n"
    "  * 往期回顾 <http://epaper.example.cn/history.htm>\n\n"
    "2024年05月20日　星期一　第88期\n\n"
    "第{page:02d}版：{section}\n\n"
    f"上一版 <{_SITE}/node_1.htm> 下一版\n"
    f"<{_SITE}/node_3.htm> 返回目录\n"
    f"<{_SITE}/node_1.htm>\n\n\n"
)
_FONT = (
    "【字体：大 <javascript:fontZoom(18)> 中 <javascript:fontZoom(16)> 小\n"
    "<javascript:fontZoom(14)>】 【打印 <javascript:window.print()>】\n\n"
)
_FOOT = f"\n下一篇 <{_SITE}/content_12.htm>\n\n主办：中共松溪镇委员会\n\n"

PAGES = (
    _HEAD.format(page=1, section="要闻") + "      民生实事\n\n\n"
    "  松溪老桥修缮完工 百年石拱桥重新通行\n\n"
    "作者：记者 郁文清　通讯员 滕嘉\n\n"
    + _FONT
    + "　　5月16日，松溪老桥修缮工程通过验收，这座建于清末的三孔石拱桥重新向行人开放。\n\n"
    "　　修缮坚持“修旧如旧”，施工方回收原有条石600余块，按原位砌回。（下转第2版）\n"
    + _FOOT
    + _HEAD.format(page=2, section="综合")
    + "  百年石拱桥重新通行\n\n"
    "作者：记者 郁文清　通讯员 滕嘉\n\n"
    + _FONT
    + "　　（上接第1版）桥头还新设了两块石碑，记下老桥的来历和这次修缮的经过。\n"
    + _FOOT
)


def test_links_addresses_are_the_pages_and_the_headline_is_read_whole():
    issue = parse_all(PAGES)
    [story] = issue.articles
    assert (story.kicker, story.title) == ("民生实事", "松溪老桥修缮完工 百年石拱桥重新通行")
    assert story.bylines == [
        Byline(author="郁文清", role="记者"),
        Byline(author="滕嘉", role="通讯员"),
    ]
    # the furniture is kept as the page wrote it, addresses and all
    assert f"下一篇 <{_SITE}/content_12.htm>" in issue.furniture
    assert f"<{_SITE}/node_1.htm>" in issue.furniture
    assert not any("http" in text or "javascript" in text for text in story.paragraphs)


def test_the_jumped_rest_whose_marker_runs_into_its_text_joins_its_story():
    story = parse_all(PAGES).articles[0]
    assert story.paragraphs[-1].endswith("记下老桥的来历和这次修缮的经过。")
    assert story.paragraphs[0].startswith("5月16日，松溪老桥修缮工程通过验收")


def test_a_jumped_rests_credit_over_its_marker_run_into_the_text_is_read():
    # (the rest's credit under its jump headline, the marker run into the text: this
    # crashed the parser, the credit taken for the marker)
    text = (
        "松溪报\n2024年5月20日 星期一\n第01版：要闻\n\n"
        "松溪老桥修缮完工\n记者 郁文清　通讯员 滕嘉\n\n"
        "　　5月16日，松溪老桥修缮工程通过验收，这座建于清末的三孔石拱桥重新向行人开放。\n\n"
        "　　修缮坚持“修旧如旧”，施工方回收原有条石600余块，按原位砌回。（下转第2版）\n\n"
        "松溪报\n2024年5月20日 星期一\n第02版：综合\n\n"
        "百年石拱桥重新通行\n记者 郁文清　通讯员 滕嘉\n\n"
        "　　（上接第1版）桥头还新设了两块石碑，记下老桥的来历和这次修缮的经过。\n"
    )
    [story] = parse_all(text).articles
    assert story.title == "松溪老桥修缮完工"
    assert story.paragraphs[-1].endswith("记下老桥的来历和这次修缮的经过。")
