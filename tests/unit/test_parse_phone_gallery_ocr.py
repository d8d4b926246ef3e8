"""A phone gallery's OCR of a printed paper: a deck closing a headline set tight, an
honour roll after a poem. Every sample is invented."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

DECK = """\
聚焦美丽家园
老小区改造 一年跑出“加速度”
已完成12个小区,另有5个在建

走进枫林三村,新刷的外墙在阳光
下格外亮眼。截至6月中旬,街道
已完成12个老小区的综合改造,
另有5个正在施工。
“过去改造一个小区要一年多,
现在最快五个月。”街道城建办
主任柏文说,街道推出“一站式”
代办,居民少跑腿。
"""


def test_a_deck_with_a_comma_closing_a_headline_set_tight_is_its_subtitle():
    issue = parse_all(DECK)
    (article,) = issue.articles
    assert (article.kicker, article.title, article.subtitle) == (
        "聚焦美丽家园",
        "老小区改造 一年跑出“加速度”",
        "已完成12个小区,另有5个在建",
    )
    assert article.paragraphs[0].startswith("走进枫林三村,")
    assert_nothing_lost(DECK, issue)


ROLL = """\
文 苑
六月的枫林
口林小雨
栀子花开满了小区的长廊,
晾衣杆上挂着新晒的阳光。
这是六月的枫林,
平常的日子,慢慢地发着光。
2023年度“好楼组长”名单
以下5名同志被评为2023年
度枫林街道“好楼组长”(按姓
氏笔画排序):
王月娥 枫林一村
叶根宝 枫林三村
李凤仙 滨河苑
吴桂芳 枫林二村
陈小妹 景园小区
(街道党群办供稿)
"""


def test_a_rolls_title_after_a_poem_starts_the_roll():
    issue = parse_all(ROLL)
    assert [a.title for a in issue.articles][-1].startswith("2023年度“好楼组长”名单")
    assert len(issue.articles) == 2
    assert_nothing_lost(ROLL, issue)
