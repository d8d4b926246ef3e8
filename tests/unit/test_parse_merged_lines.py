"""An OCR that starts a new line only after 。！？ (a 智能合并 mode): headline, deck, credit
and first paragraph on one line, a photo's credit before the next paragraph, briefs run
together. Every sample is invented."""

from __future__ import annotations

from lcreader.parse.merged import split_merged_lines
from tests.helpers import assert_nothing_lost, parse_all

MERGED = """\
溪口镇报2024年5月10日 星期五第2版综合新闻责任编辑:江小雨
【基层治理】溪口镇“板凳议事会”开到村口——一个月解决群众急难愁盼事31件本报讯(通讯员 钟晓红)5月6日，溪口镇在全镇14个村推开“板凳议事会”，镇村干部把板凳搬到村口树下，听村民说事、和村民议事。
▲上坪村的议事会上，村民正在发言。
钟晓红 摄村民黄德发说，以前反映问题要跑到镇上，现在干部上门来听，有啥说啥，心里敞亮。
图片新闻茶山采摘正当时5月3日，溪口镇白石村茶农在茶山上采摘春茶。
严文 摄
简讯■溪口镇开展防汛应急演练5月8日，溪口镇在下坪村开展防汛应急演练，200余名干部群众参加。
■下坪村“爱心超市”开张5月9日，下坪村“爱心超市”开门迎客，村民可凭积分兑换日用品。(下坪村 邱小明)■镇卫生院开展义诊5月7日，镇卫生院医护人员走进田间地头，为群众测血压、讲解防暑知识。
"""


def test_a_merged_headline_block_is_set_on_lines_of_its_own():
    lines = split_merged_lines(MERGED).split("\n")
    assert lines[1:5] == [
        "【基层治理】",
        "溪口镇“板凳议事会”开到村口",
        "——一个月解决群众急难愁盼事31件",
        lines[4],
    ]
    assert lines[4].startswith("本报讯(通讯员 钟晓红)5月6日，")


def test_a_merged_issue_reads_as_its_stories():
    issue = parse_all(MERGED)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("基层治理", "溪口镇“板凳议事会”开到村口"),
        ("图片新闻", "茶山采摘正当时"),
        (None, "溪口镇开展防汛应急演练"),
        (None, "下坪村“爱心超市”开张"),
        (None, "镇卫生院开展义诊"),
    ]
    first = issue.articles[0]
    assert first.subtitle == "一个月解决群众急难愁盼事31件"
    assert first.paragraphs[1].startswith("村民黄德发说，")
    assert_nothing_lost(MERGED, issue)


def test_a_speakers_tag_before_an_items_mark_stays_on_its_line():
    text = "（女）◆青石中学获评市级文明校园\n"
    assert split_merged_lines(text) == text


def test_a_run_in_headline_set_apart_before_the_agencys_mark_is_left_as_it_is():
    text = "　　七旬阿婆拾金不昧　本报讯　2月27日上午，…\n"
    assert split_merged_lines(text) == text


def test_a_merged_notices_title_keeps_both_of_its_kinds():
    text = MERGED + "“我的稻乡”征文启事为记录家乡新变化，本报开展主题征文活动，欢迎投稿。\n"
    lines = split_merged_lines(text).split("\n")
    assert "“我的稻乡”征文启事" in lines
    assert "为记录家乡新变化，本报开展主题征文活动，欢迎投稿。" in lines
