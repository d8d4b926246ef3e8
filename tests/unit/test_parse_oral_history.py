"""An oral history run through pdftotext (issue #17): a headline broken at its comma or
inside its quotation, 口述/整理 credits, and a page's head printed again after the form
feed. Each test is a small text of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import assert_nothing_lost, parse_all

SPREAD = (
    "6\n红色记忆\n东园社区报\n2024年6月28日　星期五\n\n"
    "口述历史\n"
    "“师傅教我的第一课，\n"
    "是先做人”\n\n"
    "口述：韩德昌　整理：魏晓雯\n\n"
    "我是1957年进的机修厂，那年刚满十六\n"
    "岁。家里兄妹五个，我是老大，一家人的\n"
    "吃穿全靠父亲一个人，母亲连夜给我缝了\n"
    "\f东园社区报\n2024年6月28日　星期五\n红色记忆\n7\n\n"
    "一件新褂子，第二天一早就送我去报到。\n\n"
    "一把铜算盘，\n"
    "算了三十年明白账\n\n"
    "口述：龚桂英　整理：蔡嘉\n\n"
    "1958年，我从会计训练班结业，分到街道\n"
    "的生产组当会计，组长交给我一把铜算盘。\n"
)


def test_a_headline_broken_at_its_comma_or_in_its_quotation_is_one_title():
    issue = parse_all(SPREAD)
    assert [a.title for a in issue.articles] == [
        "“师傅教我的第一课，是先做人”",
        "一把铜算盘，算了三十年明白账",
    ]
    assert_nothing_lost(SPREAD, issue)


def test_oral_history_credits_name_who_told_and_who_wrote_it_down():
    first = parse_all(SPREAD).articles[0]
    assert first.bylines == [
        Byline(author="韩德昌", role="口述"),
        Byline(author="魏晓雯", role="整理"),
    ]


def test_the_pages_head_after_the_form_feed_is_furniture_and_the_sentence_goes_on():
    issue = parse_all(SPREAD)
    first = issue.articles[0]
    assert first.paragraphs[0].endswith("母亲连夜给我缝了一件新褂子，第二天一早就送我去报到。")
    assert "7" in issue.furniture


def test_a_sentence_cut_after_a_comma_in_the_text_stays_text():
    text = "社区敬老\n\n　　重阳节那天，志愿者来到老人家中，\n送去了慰问品\n\n（文明办）\n"
    [article] = parse_all(text).articles
    assert article.paragraphs == ["重阳节那天，志愿者来到老人家中，送去了慰问品"]
