"""A roll of families set out by village in a narrow column (issue #17, round yf's Tika
file): each village's name over a line of its families' entries (`金永福家庭　顾雪芬家庭`).
Each row is a paragraph of its own, not joined to the next village's name, and every
family's head is a person. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.entities.people import find_mentions
from tests.helpers import assert_nothing_lost, parse_all

ROLL = (
    "2023年度梧溪镇“文明家庭”揭晓\n"
    "\n"
    "近日，经各村居推荐、群众投票和评审委\n"
    "员会审议，2023年度梧溪镇“文明家庭”评选\n"
    "结果揭晓，名单如下：\n"
    "\n"
    "梧东村\n"
    "\n"
    "柏长林家庭　贺秀琴家庭　邬家?家庭\n"
    "\n"
    "梧西村\n"
    "\n"
    "滕金宝家庭　雷美娟家庭\n"
    "\n"
    "（镇文明办）\n"
)


def test_a_row_of_family_entries_names_each_head_and_stands_alone():
    issue = parse_all(ROLL)
    (roll,) = issue.articles
    assert "柏长林家庭　贺秀琴家庭　邬家?家庭" in roll.paragraphs
    assert "梧西村" in roll.paragraphs
    names = {m.name for m in find_mentions(roll)}
    assert {"柏长林", "贺秀琴", "滕金宝", "雷美娟"} <= names
    assert_nothing_lost(ROLL, issue)
