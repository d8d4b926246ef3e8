"""Each rule of the bulletin format, on small texts written for the test."""

from __future__ import annotations

import pytest

from lcreader.model import Byline
from lcreader.parse import parse_issue
from lcreader.parse.bylines import byline_line, parse_byline, split_inline_byline
from lcreader.parse.year import infer_year, year_in_name
from tests.helpers import assert_nothing_lost


def parse(text: str):
    issue = parse_issue("t", "t.txt", text)
    assert_nothing_lost(text, issue)
    return issue.articles


def test_unmarked_title_subtitle_and_body():
    [a] = parse(
        "春季运动会在社区举行\n\n居民踊跃参加各项比赛\n\n近日，社区举办春季运动会。\n\n(文体办 王小明)"
    )
    assert (a.title, a.subtitle) == ("春季运动会在社区举行", "居民踊跃参加各项比赛")
    assert a.paragraphs == ["近日，社区举办春季运动会。"]
    assert a.bylines == [Byline("文体办", "王小明")]


def test_marked_kicker_and_title():
    [a] = parse("### 弘扬传统文化\n\n## 社区举办书法展\n\n展览共展出作品八十件。\n\n(文化中心)")
    assert (a.kicker, a.title, a.subtitle) == ("弘扬传统文化", "社区举办书法展", None)


def test_unmarked_kicker_above_a_marked_title():
    [a] = parse("弘扬传统文化\n\n# 社区举办书法展\n\n展览共展出作品八十件。\n\n(文化中心)")
    assert (a.kicker, a.title) == ("弘扬传统文化", "社区举办书法展")


def test_paragraph_cut_by_a_page_break_with_captions_between():
    text = (
        "社区开展消防演练\n\n近日，社区组织居民开展消防演练，消防员现场讲解了灭火器的\n\n\n\n"
        "消防员(左二)示范灭火器使用方法\n\n\n\n居民参加演练\n\n使用方法。\n\n(平安办 李华)"
    )
    [a] = parse(text)
    assert a.paragraphs == ["近日，社区组织居民开展消防演练，消防员现场讲解了灭火器的使用方法。"]
    assert a.captions == ["消防员(左二)示范灭火器使用方法", "居民参加演练"]


def test_column_break_joins_a_short_unpunctuated_piece():
    [a] = parse(
        "标题一行\n\n首段。\n\n活动得到了广大居民的\n\n一致好评\n\n和积极响应。\n\n(党建办)"
    )
    assert a.paragraphs == ["首段。", "活动得到了广大居民的一致好评和积极响应。"]
    assert a.captions == []


def test_captions_right_below_the_title():
    text = "区领导调研养老服务\n\n\n\n区领导(中)察看助餐点\n\n\n\n区领导与老人交谈\n\n近日，区领导来到社区调研。\n\n(民生办)"
    [a] = parse(text)
    assert a.title == "区领导调研养老服务"
    assert a.subtitle is None
    assert a.captions == ["区领导(中)察看助餐点", "区领导与老人交谈"]


@pytest.mark.parametrize(
    ("line", "entries"),
    [
        ("(党建办 杜嵩)", [Byline("党建办", "杜嵩")]),
        (
            "(党建办 刘冬萌、自治办 张琳璘)",
            [Byline("党建办", "刘冬萌"), Byline("自治办", "张琳璘")],
        ),
        ("（党群中心）", [Byline("党群中心")]),
        ("(党建办)", [Byline("党建办")]),
        ("(党建办 张三、李四)", [Byline("党建办", "张三"), Byline("党建办", "李四")]),
        ("(社区事务受理中心 欧阳明华)", [Byline("社区事务受理中心", "欧阳明华")]),
        ("(党建办杜嵩)", [Byline("党建办", "杜嵩")]),
    ],
)
def test_byline_forms(line, entries):
    assert byline_line(line)[1] == entries


@pytest.mark.parametrize(
    "line", ["(左三)", "(完)", "(以下简称中心)", "(图为活动现场。)", "(2021年)"]
)
def test_not_bylines(line):
    assert byline_line(line) is None


def test_inline_byline_is_removed_from_the_paragraph():
    body, inner, entries, labels = split_inline_byline("……发挥表率作用。（党建办）")
    assert (body, inner, entries, labels) == ("……发挥表率作用。", "党建办", [Byline("党建办")], {})
    assert split_inline_byline("……作用（党建办）") is None  # no closing punctuation before


def test_byline_closes_the_article_and_the_next_one_starts():
    text = "第一篇标题\n\n正文一。（党建办）\n\n第二篇标题\n\n正文二。\n\n(自治办 王芳)"
    a, b = parse(text)
    assert (a.title, a.paragraphs, a.byline_text) == ("第一篇标题", ["正文一。"], "党建办")
    assert (b.title, b.paragraphs, b.bylines) == (
        "第二篇标题",
        ["正文二。"],
        [Byline("自治办", "王芳")],
    )


def test_title_printed_after_its_own_body():
    text = (
        "第一篇标题\n\n正文一。\n\n(党建办)\n\n"
        "正文二说的是另一件事。（党群中心）\n\n第二篇的标题\n\n## 第三篇标题\n\n正文三。\n\n(自治办)"
    )
    a, b, c = parse(text)
    assert b.title == "第二篇的标题" and b.paragraphs == ["正文二说的是另一件事。"]
    assert c.title == "第三篇标题"
    assert not b.title_inferred


def test_title_after_body_at_the_end_of_the_file():
    a, b = parse("标题甲\n\n正文甲。\n\n(党建办)\n\n正文乙。\n\n(自治办)\n\n标题乙")
    assert b.title == "标题乙" and b.paragraphs == ["正文乙。"]


def test_an_article_with_no_headline_anywhere_gets_a_title_from_its_body():
    [a] = parse("社区开展垃圾分类宣传，居民积极参与。")
    assert a.title_inferred and a.title == "社区开展垃圾分类宣传"
    assert a.paragraphs == ["社区开展垃圾分类宣传，居民积极参与。"]


def test_list_items_lose_their_markdown_mark():
    [a] = parse(
        "要求\n\n提出两点要求：\n\n- 1、提高站位。\n\n- 2、强化服务。\n\n3、狠抓落实。\n\n(党建办)"
    )
    assert a.paragraphs == ["提出两点要求：", "1、提高站位。", "2、强化服务。", "3、狠抓落实。"]


def test_a_marked_heading_after_a_body_starts_a_new_article_without_a_byline():
    a, b = parse("# 甲\n\n正文甲。\n\n# 乙\n\n正文乙。")
    assert (a.title, b.title) == ("甲", "乙")


def test_empty_and_blank_text_give_no_articles():
    assert parse("") == []
    assert parse("\n\n   \n") == []


def test_parse_byline_rejects_sentences():
    assert parse_byline("会议由张三主持。") is None


@pytest.mark.parametrize(
    ("body", "headlines", "year"),
    [
        ("2021年，社区……2021年新进员工……展望2022年的工作", [], 2021),
        ("召开2020年会议……2019年度表彰……建于1987年……2020年", [], 2020),
        ("《方案（2019-2021年）》……2019-2021年", [], None),
        ("没有年份", ["2019年社区运动会举行"], 2019),
        ("2018年……2019年", [], None),
    ],
)
def test_year_inference(body, headlines, year):
    assert infer_year(body, headlines) == year


@pytest.mark.parametrize(
    ("source", "year"),
    [
        ("2024_03.txt", 2024),
        ("凉城报20240315.txt", 2024),
        ("2019/03.txt", 2019),  # the folder's, the name holding none
        ("2019/2020_1.txt", 2020),  # the name's before the folder's
        ("2023-2024合订本.txt", None),  # two years: neither
        ("总第2024期.txt", None),  # an issue's number
        ("scan_0001.txt", None),
        ("20241399.txt", None),  # no date: eight digits, no year
    ],
)
def test_year_from_the_file_name(source, year):
    assert year_in_name(source) == year


def test_an_issue_with_no_year_in_its_text_takes_its_file_names():
    text = "社区举办运动会\n\n近日，社区举办春季运动会。\n\n(文体办 王小明)"
    named = parse_issue("a", "2024_03.txt", text)
    assert named.year == 2024
    assert [n.detail for n in named.notes if n.code == "year_from_name"] == ["2024"]
    assert parse_issue("a", "2024_03.txt", "2019年运动会\n\n2019年，社区举办运动会。").year == 2019
    assert parse_issue("a", "scan.txt", text).year is None
