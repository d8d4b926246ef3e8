"""A .docx copied from a phone's file preview and pasted on a computer (issue #17, round
yo): each picture the copy could not carry becomes U+FFFC alone on its line; it is the
page's picture, in no field, and parts nothing. Each text is my own; none of a corpus
file's words."""

from __future__ import annotations

from tests.helpers import parse_all

DOC = (
    "四月楼组长例会聚焦加装电梯\n"
    "\n"
    "4月18日下午，东湖居民区召开四月份楼组长例会，三十多位楼组长参加。\n"
    "\u3000\u3000东湖小区建于上世纪九十年代，共有24幢多层住宅，加装电梯的呼声很高。\n"
    "\ufffc\n"
    "▲4月18日，楼组长例会现场　丁小雯　摄\n"
    "\u3000\u3000会上，楼组长们结合走访情况，提出了不少意见和建议。\n"
    "（居委会　丁小雯）\n"
)


def test_a_picture_the_copy_could_not_carry_is_the_pages_and_parts_nothing():
    issue = parse_all(DOC)
    (meeting,) = issue.articles
    assert "\ufffc" in issue.furniture
    assert meeting.intertitles == []
    assert meeting.captions == ["4月18日，楼组长例会现场　丁小雯　摄"]
    assert meeting.paragraphs[-1].startswith("会上，楼组长们")
