"""A 社区报 saved from Word as text (issue #17): each page opens with its name
(`二版·邻里时光`), a contents box and pictures' captions come out where their text boxes
were anchored (inside other stories), credits set with a space (`文 X`). Each test is a
small text of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from lcreader.parse.dates import ONLY_DATE, dates_in, page_number
from tests.helpers import parse_all, roles

LEAD = (
    "竹园社区报\n竹园社区居委会 主办\n2025年6月 第3期\n\n"
    "竹园社区夜校开课\n"
    "——白天上班 晚上学艺\n"
    "文 卞若溪\n\n"
    "6月3日晚，竹园社区夜校在党群服务中心开课，首批开设茶艺、摄影和声乐三门课程。\n"
    "本期导读\n"
    "楼道里的“图书角”（二版）\n"
    "端午包粽子比赛结果出炉（三版）\n"
    "夜校每周二、周四晚上开课，每门课12次，全部免费。\n"
    "开课当晚，七十多位居民报名，声乐班的名额半小时就满了。\n\n"
)
PAGE_TWO = (
    "二版·邻里时光\n"
    "楼道里的“图书角”\n"
    "通讯员 严可\n"
    "5幢2单元的楼道拐角，摆着一个两层的旧书架，居民们把看过的书放上去，想看的随手拿走。\n"
    "居民在分类驿站称量旧衣物。（竹园社区 供图）\n"
    "书架是退休教师芮秋云搭起来的，如今已换了三轮书。\n\n"
    "旧衣回收点搬进分类驿站\n"
    "6月起，竹园社区把旧衣回收箱搬进两处分类驿站，居民交投旧衣物可以按重量积分。\n"
    "驿站开放半个月，已回收旧衣物四百多公斤。\n"
    "（社区环境办）\n"
)


def test_a_credit_set_with_a_space_under_the_headline():
    issue = parse_all(LEAD + PAGE_TWO)
    assert issue.articles[0].bylines == [Byline(author="卞若溪", role="文")]


def test_contents_entries_that_name_their_page_in_brackets_are_furniture():
    issue = parse_all(LEAD + PAGE_TWO)
    assert "楼道里的“图书角”（二版）" in issue.furniture
    assert "端午包粽子比赛结果出炉（三版）" in issue.furniture
    assert issue.articles[0].paragraphs[1].startswith("夜校每周二")


def test_a_pages_name_at_a_lines_start_is_the_pages():
    assert page_number("二版·邻里时光") == 2
    assert page_number("3版 文化") == 3
    assert page_number("五版规划出炉") is None
    found = roles(LEAD + PAGE_TWO)
    assert found["二版·邻里时光"] == "furniture"


def test_a_captions_credit_of_its_picture_stays_with_it_and_closes_nothing():
    issue = parse_all(LEAD + PAGE_TWO)
    corner = next(a for a in issue.articles if a.title == "楼道里的“图书角”")
    assert corner.captions == ["居民在分类驿站称量旧衣物。（竹园社区 供图）"]
    assert corner.paragraphs[-1].startswith("书架是退休教师")


def test_a_caption_from_the_next_story_does_not_make_its_headline_an_old_topic():
    issue = parse_all(LEAD + PAGE_TWO)
    assert [a.title for a in issue.articles][-2:] == ["楼道里的“图书角”", "旧衣回收点搬进分类驿站"]
    assert issue.articles[-1].bylines == [Byline(department="社区环境办")]


def test_a_date_with_its_months_and_days_written_twice_by_a_pdf_viewer():
    # (macOS Preview copies `月` as the Kangxi radical ⽉ and the character: `9⽉月8⽇日`)
    assert dates_in("2023年9\u2f49月8\u2f47日") == [(2023, 9, 8)]
    assert ONLY_DATE.match("2023年9\u2f49月8\u2f47日")
