"""An old 街道报 page of a since-replaced site, recovered from a search engine's cached
copy (issue #17, round yj's 百度快照 file): the engine's banner and its disclaimer over
the page; in a story a field with the number to ring, alone between two paragraphs.
Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PAGE = "\n".join(
    [
        "百度快照",
        "百度和网页 http://www.example.gov.cn/sqb/2016/0715/88.html 的作者无关，不对其内容负责。"
        "百度快照谨为网络故障时之索引，不代表被搜索网站的即时页面。",
        "",
        "街道开通“暑期热线”",
        "",
        "　　7月1日起，街道“暑期热线”开通，每天8时至20时有专人值守，居民反映的停水、渗漏等急事，"
        "承诺24小时内上门处置。",
        "",
        "　　热线电话：54780000",
        "",
        "　　首周试运行期间，热线共接到来电60个，已办结52件。",
        "",
        "（街道网格中心　柯然）",
    ]
)


def test_a_search_engines_cache_banner_is_no_article():
    issue = parse_all(PAGE)
    assert [a.title for a in issue.articles] == ["街道开通“暑期热线”"]
    assert "百度快照" in issue.furniture


def test_a_field_with_a_number_to_ring_heads_no_part():
    [story] = parse_all(PAGE).articles
    assert story.intertitles == []
    assert "热线电话：54780000" in story.paragraphs
