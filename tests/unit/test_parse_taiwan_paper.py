"""A 里民通訊 in traditional script by pdftotext (issue #17): the Republic's years in
its date, a big headline set a few characters a line, a letter signed with 敬上, a
title printed vertically a character a line. Texts of our own, none of a corpus file."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

PAPER = """\
西園通訊
第42期
中華民國113年3月20日出刊
發行：臺南市東區西園里辦公處

西園里
活動中心
整修完工

3月16日起重新開放　歡迎里民多加利用

　　使用超過三十年的西園里活動中心，經過五個月的整修，已於3月16日重新開放。
（文／西園里辦公處）

里長的話
謝謝大家一起守護西園

　　各位親愛的里民朋友，大家好！新的一年，里辦公處將繼續推動巷弄路燈汰換。
　　祝福大家　平安健康　闔家歡樂
里長　陳明德　敬上

　　今年農曆正月，住在西園里七鄰的黃秀蘭阿嬤，歡歡喜喜過了一百歲生日。

百
歲
人
瑞
黃
阿
嬤
"""


def test_the_republic_s_years_date_the_issue_and_its_masthead_is_furniture():
    issue = parse_all(PAPER)
    assert issue.date == "2024-03-20"
    assert {"中華民國113年3月20日出刊", "發行：臺南市東區西園里辦公處"} <= set(issue.furniture)


def test_a_big_headline_set_a_few_characters_a_line_is_one_title():
    first = parse_all(PAPER).articles[0]
    assert first.title == "西園里活動中心整修完工"
    assert first.subtitle == "3月16日起重新開放　歡迎里民多加利用"


def test_a_letter_signed_with_a_word_of_respect_is_signed():
    second = parse_all(PAPER).articles[1]
    assert [b.author for b in second.bylines] == ["陳明德"]


def test_a_title_printed_a_character_a_line_is_read_as_one_line():
    issue = parse_all(PAPER)
    texts = [t for a in issue.articles for t in (a.title, *a.paragraphs)]
    assert "百歲人瑞黃阿嬤" in texts
    assert_nothing_lost(PAPER, issue)
