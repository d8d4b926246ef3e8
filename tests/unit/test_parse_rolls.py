"""Honour rolls, titled picture news and the pages a header names (issue #17).
Each test is a small text of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.entities.people import find_mentions
from lcreader.parse.habits import names_with_units
from tests.helpers import assert_nothing_lost, parse_all

ROLL = (
    "社区表彰优秀楼组长\n\n"
    "　　经居民推荐，社区评出年度优秀楼组长。名单如下：\n\n"
    "优秀楼组长（4名）\n"
    "韩立新（东园居民区）　　魏秀兰（西园居民区）\n"
    "龚德明（南园居民区）　　蔡海燕（北园居民区）\n\n"
    "（文明办）\n"
)


def test_a_rolls_part_head_is_an_intertitle_and_each_entry_a_line_of_its_own():
    issue = parse_all(ROLL)
    [article] = issue.articles
    assert [article.paragraphs[k] for k in article.intertitles] == ["优秀楼组长（4名）"]
    assert article.paragraphs[1:] == [
        "优秀楼组长（4名）",
        "韩立新（东园居民区）",
        "魏秀兰（西园居民区）",
        "龚德明（南园居民区）",
        "蔡海燕（北园居民区）",
    ]
    assert_nothing_lost(ROLL, issue)


def test_every_name_of_a_roll_with_units_is_a_person():
    [article] = parse_all(ROLL).articles
    names = {m.name for m in find_mentions(article)}
    assert {"韩立新", "魏秀兰", "龚德明", "蔡海燕"} <= names


def test_a_roll_entry_needs_a_name_before_its_bracket():
    assert names_with_units("韩立新（东园居民区）　　魏秀兰（西园居民区）") == ["韩立新", "魏秀兰"]
    assert names_with_units("志愿者（东园居民区）") is None
    assert names_with_units("活动时间（周三下午）　　地点（活动室）") is None


def test_a_row_of_other_cells_stays_one_line():
    text = ROLL.replace(
        "韩立新（东园居民区）　　魏秀兰（西园居民区）", "周三下午　　活动室　　手工课"
    )
    [article] = parse_all(text).articles
    assert "周三下午　　活动室　　手工课" in article.paragraphs


PICTURES = (
    "图片新闻\n\n"
    "楼道里的读书角\n"
    "东园居民区在楼道里设了读书角，居民可以随手借阅。　韩立新 摄\n\n"
    "少年宫开课啦\n"
    "暑期少年宫开课，孩子们学习书法和剪纸。　魏秀兰 摄\n\n"
    "老街新貌\n"
    "改造后的老街整洁有序。　龚德明 摄\n"
)


def test_each_titled_picture_is_an_article_of_its_own():
    issue = parse_all(PICTURES)
    assert [a.title for a in issue.articles] == ["楼道里的读书角", "少年宫开课啦", "老街新貌"]
    assert [len(a.captions) for a in issue.articles] == [1, 1, 1]
    assert [a.bylines[0].author for a in issue.articles] == ["韩立新", "魏秀兰", "龚德明"]


def test_an_intertitle_between_a_paragraph_and_a_credited_caption_stays_one():
    text = (
        "社区举办书画展\n\n"
        "　　近日，社区举办书画展，展出居民作品五十余幅。\n\n"
        "老街新貌\n"
        "改造后的老街整洁有序。　龚德明 摄\n\n"
        "　　展览将持续到月底。\n"
    )
    assert len(parse_all(text).articles) == 1


def test_a_name_ends_before_the_verb_that_follows_it():
    text = (
        "反诈宣传进社区\n\n"
        "　　社区民警韩杰提醒居民，接到陌生来电要提高警惕。\n\n"
        "（平安办　魏秀兰）\n"
    )
    [article] = parse_all(text).articles
    assert {m.name for m in find_mentions(article)} >= {"韩杰"} and "韩杰提" not in {
        m.name for m in find_mentions(article)
    }


PAGED = (
    "某某社区报\n第5期\n\n"
    "社区举办书画展\n\n　　近日，社区举办书画展。\n\n（文明办）\n\n"
    "{page2}\n\n"
    "老年食堂开张\n\n　　社区老年食堂开张。\n\n（民政科）\n\n"
    "{page3}\n\n"
    "夜校开课\n\n　　社区夜校开课。\n\n（文化站）\n"
)


def test_a_headers_page_number_as_a_cell_of_its_own_names_its_page():
    for page2, page3 in (
        ("P2 | 某某社区报·社区", "P3 | 某某社区报·文化"),
        ("02　某某社区报　社区", "03　某某社区报　文化"),
        ("某某社区报　2024.5.10　02　社区", "某某社区报　2024.5.10　03　文化"),
        ("2/4", "3/4"),
    ):
        issue = parse_all(PAGED.format(page2=page2, page3=page3))
        assert issue.pages == [1, 2, 3], (page2, issue.pages)


def test_page_one_is_implied_only_by_text_before_page_twos_header():
    text = PAGED.format(page2="第2版", page3="第3版")
    assert parse_all(text).pages == [1, 2, 3]
    # An extract that begins at page 2's header holds pages 2 and 3 alone.
    starts_at_two = text[text.index("第2版") :]
    assert parse_all(starts_at_two).pages == [2, 3]


def test_a_credit_line_right_under_its_caption_is_part_of_that_caption():
    text = (
        "社区邻里节开幕\n\n"
        "　　本报讯　近日，社区邻里节开幕，居民带来了合唱、腰鼓等节目。\n"
        "居民合唱团演唱《我的祖国》\n"
        "摄影：韩立新\n"
        "　　邻里节为期一个月，其间还将举办百家宴等活动。\n\n"
        "（文明办）\n"
    )
    issue = parse_all(text)
    [article] = issue.articles
    assert article.captions == ["居民合唱团演唱《我的祖国》 摄影：韩立新"]
    assert article.bylines[0].author == "韩立新"
    # The layout replayed (as corrections replay it) gives the same article.
    from lcreader.parse import parse_issue
    from lcreader.parse.corrections import Correction

    last = "邻里节为期一个月，其间还将举办百家宴等活动。"
    fixed = parse_issue("t", "t.txt", text, [Correction(6, last, "paragraph")])
    assert fixed.articles[0].captions == article.captions
    assert_nothing_lost(text, fixed)
