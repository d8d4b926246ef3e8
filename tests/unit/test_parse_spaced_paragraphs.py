"""A .docx read by a script that writes each paragraph and a blank line after it (issue
#17, round yp): a headline's lines stand one apart as the text's do, and a wider gap
where a picture was; a column's label over its headline is its kicker; a case's kicker,
headline and its first part's label start the case after a guide's text. Each text is
my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PARAGRAPHS = [
    "办事指南",
    "城乡居民医保参保怎么办？",
    "从7月1日起，街道城乡居民医保参保登记实行一窗受理，居民只需跑一次。",
    "办理地点：东湖路88号社区事务受理服务中心一楼。",
    "需要提醒的是，居民医保年度缴费期为每年9月至12月，请大家相互转告。",
    "",
    "",
    "12345热线典型案例",
    "一扇防盗门引发的邻里纠纷",
    "居民诉求",
    "6月3日，某小区居民通过热线反映，对门邻居新装的防盗门开门时挡住了自家的门。",
    "处置过程",
    "工单派至街道后，调解员当天上门，两家商定把防盗门改为向内开启。",
    "",
    "",
    "群众来信",
    "窗口里的那杯热水",
    "东湖街道社区事务受理服务中心：",
    "我今年七十六岁，腿脚不好。上个月去中心办事，窗口的同志给我倒了一杯热水。",
    "东湖一村居民　谈宝山",
    "2025年6月28日",
]
DOC = "".join(p + "\n\n" if p else "\n" for p in PARAGRAPHS)


def test_a_cases_kicker_headline_and_first_label_start_the_case():
    guide, case, letter = parse_all(DOC).articles
    assert guide.paragraphs[-1].startswith("需要提醒的是")
    assert (case.kicker, case.title) == ("12345热线典型案例", "一扇防盗门引发的邻里纠纷")
    assert case.paragraphs[0] == "居民诉求"


def test_a_columns_label_set_apart_over_its_headline_is_the_kicker():
    letter = parse_all(DOC).articles[-1]
    assert (letter.kicker, letter.title) == ("群众来信", "窗口里的那杯热水")
