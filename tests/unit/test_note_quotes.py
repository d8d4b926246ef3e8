"""What a doctor's note quotes of a line (the newcomer's pass): a cut is marked `…`,
never begins on a closing mark nor ends on an opening one, never splits a number."""

from __future__ import annotations

import pytest

from lcreader.fix_suggestions import quoted_line
from lcreader.parse.text import quote_head, quote_tail


@pytest.mark.parametrize(
    ("text", "size", "quoted"),
    [
        ("活动现场还评选出了 20 户“最美家庭”，并颁发了证书", 16, "活动现场还评选出了 20 户…"),
        ("时间：2024年3月28日（星期四）14:30，地点：社区", 20, "时间：2024年3月28日（星期四）…"),
        (
            "黑榜：东园一村（湿垃圾混投）、梅林小区（定时定点）",
            22,
            "黑榜：东园一村（湿垃圾混投）、梅林小区…",
        ),
        ("不长的一行", 20, "不长的一行"),  # whole: nothing to mark
    ],
)
def test_a_lines_start_as_a_note_quotes_it(text, size, quoted):
    assert quote_head(text, size) == quoted


@pytest.mark.parametrize(
    ("text", "size", "quoted"),
    [
        ("会议纪要：”健康讲座：秋季慢病防治", 12, "…健康讲座：秋季慢病防治"),
        ("本次共接待来访居民，接待代表：乔志坚", 9, "…接待代表：乔志坚"),
        ("开放时间为每天上午8:30", 4, "…8:30"),
    ],
)
def test_a_lines_end_as_a_note_quotes_it(text, size, quoted):
    assert quote_tail(text, size) == quoted


def test_a_cut_quote_still_names_its_line_for_a_suggestion():
    lines = ["社区简报", "", "活动现场还评选出了 20 户“最美家庭”", "正文一段。"]
    assert quoted_line(lines, quote_head(lines[2], 16)) == 3
