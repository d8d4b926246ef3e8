"""A quarterly newsletter saved from Word as text (issue #17): a paragraph per line, no
blank line but around the masthead and the foot; a section's word of the run kind over
one story; a grid's credit; a table with a `姓名` column; a chronicle under its head
after an essay; the makers' line over the print run. Each text is my own; none of a
corpus file's words."""

from __future__ import annotations

from lcreader.entities.people import find_mentions
from tests.helpers import parse_all

NEWSLETTER = (
    "桂园居民之家\n2024年第三季度（总第9期）\n桂园社区居民委员会　编印\t\t2024年9月30日\n\n"
    "工作动态\n"
    "“夜巡队”守护小区平安\n"
    "\u3000\u30007月至9月，桂园社区夜巡队每晚在小区巡逻两小时，劝离可疑人员5人次。\n"
    "（第二网格 廖清）\n"
    "志愿风采\n"
    "三季度志愿服务积分榜\n"
    "\u3000\u3000三季度志愿服务积分排名前三的志愿者如下。\n"
    "排名\t姓名\t楼栋\t积分\n"
    "1\t裘美芳\t3幢\t420\n"
    "2\t殷德华\t7幢\t380\n"
    "3\t阮佩玲\t11幢\t350\n"
    "（桂园社区志愿者服务站供稿）\n"
    "居民心声\n"
    "搬进桂园的第一年\n"
    "文/晏秋\n"
    "\u3000\u3000搬来那天，楼道长帮我们把箱子一箱箱搬上楼。\n"
    "\u3000\u3000一年过去，我已经会在群里提醒邻居收衣服了。\n"
    "三季度社区大事记\n"
    "7月6日\t社区召开居民代表会议。\n"
    "8月12日\t社区老年活动室改造完成。\n"
    "9月18日\t社区开展消防应急演练。\n"
    "\n"
    "编辑：柴文　校对：娄一鸣　审核：鞠华\n"
    "本期印150份，发至各楼道长、网格员。\n"
)


def test_a_grids_name_signs_as_a_department():
    first = parse_all(NEWSLETTER).articles[0]
    assert [(b.department, b.author) for b in first.bylines] == [("第二网格", "廖清")]


def test_a_run_word_over_one_story_before_the_next_kicker_is_its_kicker():
    first = parse_all(NEWSLETTER).articles[0]
    assert (first.kicker, first.title) == ("工作动态", "“夜巡队”守护小区平安")


def test_a_chronicles_head_over_its_rows_after_an_essay_starts_it():
    issue = parse_all(NEWSLETTER)
    chronicle = issue.articles[-1]
    assert chronicle.title == "三季度社区大事记"
    assert chronicle.paragraphs[0] == "7月6日\t社区召开居民代表会议。"
    essay = issue.articles[-2]
    assert essay.intertitles == []


def test_the_makers_line_over_the_print_run_is_the_issues():
    issue = parse_all(NEWSLETTER)
    assert "编辑：柴文　校对：娄一鸣　审核：鞠华" in issue.furniture
    assert "本期印150份，发至各楼道长、网格员。" in issue.furniture
    assert {"柴文", "娄一鸣", "鞠华"} <= {m.name for m in issue.mentions}
    assert all("编辑" not in a.meta for a in issue.articles)


def test_the_names_in_a_tables_name_column_are_people():
    roll = parse_all(NEWSLETTER).articles[1]
    names = {m.name for m in find_mentions(roll)}
    assert {"裘美芳", "殷德华", "阮佩玲"} <= names
