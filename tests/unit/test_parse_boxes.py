"""An official 简报 read in content-stream order (issue #17): text boxes come out before
their headlines — a credit, a picture's caption — and the foot holds the print run and
the issue's editors. Each test is a small text of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.entities.people import find_mentions
from lcreader.model import Byline
from tests.helpers import assert_nothing_lost, parse_all

BRIEFING = (
    "东园街道工作简报\n"
    "第4期\n"
    "中共东园街道工作委员会办公室　　　　2024年6月28日\n\n"
    "文／韩　青\n"
    "街道召开二季度议事会\n\n"
    "时间：6月25日下午\n"
    "出席：顾晓岚　孟繁星　丁家麟（居民代表）\n"
    "会议听取了上半年民生实事推进情况，议定三项事项。\n\n"
    "图为志愿者为高龄老人理发。　街道党群办　供图\n"
    "“银发理发屋”开进居民区\n\n"
    "6月以来，“银发理发屋”开进东园居民区的活动室，每月两次为老人免费理发。\n\n"
    "□ 台胞　林芳瑜\n"
    "我在东园的第十个年头\n\n"
    "十年前我随先生从台北搬到上海，住进了东园的老公房。\n\n"
    "报：区委办、区府办\n"
    "送：街道各部门\n"
    "（共印80份）\n"
    "责任编辑：缪佳　　审核：汤振国\n"
)


def test_a_credit_over_a_headline_is_the_article_belows():
    issue = parse_all(BRIEFING)
    assert [a.title for a in issue.articles] == [
        "街道召开二季度议事会",
        "“银发理发屋”开进居民区",
        "我在东园的第十个年头",
    ]
    first, _, last = issue.articles
    assert first.bylines == [Byline(author="韩青", role="文")]
    assert last.bylines == [Byline(author="林芳瑜")]
    assert_nothing_lost(BRIEFING, issue)


def test_a_caption_over_a_headline_is_the_article_belows_with_its_supplier():
    second = parse_all(BRIEFING).articles[1]
    assert second.captions == ["图为志愿者为高龄老人理发。　街道党群办　供图"]
    assert second.bylines == [Byline(department="街道党群办", role="图")]


def test_the_print_run_and_the_editors_under_it_are_the_issues():
    issue = parse_all(BRIEFING)
    assert "（共印80份）" in issue.furniture
    assert "责任编辑：缪佳　　审核：汤振国" in issue.furniture


def test_the_names_a_field_lists_are_people():
    first = parse_all(BRIEFING).articles[0]
    assert {"顾晓岚", "孟繁星", "丁家麟"} <= {m.name for m in find_mentions(first)}


def test_a_byline_under_its_text_with_a_blank_line_after_stays_the_articles():
    text = BRIEFING.replace("文／韩　青\n街道召开", "街道召开").replace(
        "议定三项事项。\n\n", "议定三项事项。\n\n文／韩　青\n\n"
    )
    first = parse_all(text).articles[0]
    assert first.bylines == [Byline(author="韩青", role="文")]
