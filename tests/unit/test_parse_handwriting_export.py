"""A village bulletin drafted by hand on a smart notebook and exported as text (issue #17,
round yo): a line a handwritten line, uneven; a roll signed by its body, then a poem's
four-character title over its lines; a brief whose first line the writer ended on a
figure, the word counting it on the next line. Each text is my own; none of a corpus
file's words."""

from __future__ import annotations

from tests.helpers import parse_all

ROLL_THEN_POEM = (
    "2024年度“好媳妇”名单\n"
    "经各村民小组推荐、村民代表会议评议，评出“好媳妇”六名。\n"
    "好媳妇（6名）\n"
    "王秀英 李桂芳 张红霞\n"
    "赵小兰 陈美玉 何春燕\n"
    "（村妇联）\n"
    "\n"
    "春到东坞\n"
    "布谷一声催，\n"
    "东坞春又回。\n"
    "渠水绕田走，\n"
    "新路上山来。\n"
    "退休教师 何守义\n"
)


def test_a_poems_short_title_after_a_signed_roll_is_a_piece_of_its_own():
    roll, poem = parse_all(ROLL_THEN_POEM).articles
    assert [b.department for b in roll.bylines] == ["村妇联"]
    assert poem.title == "春到东坞"
    assert poem.paragraphs[:2] == ["布谷一声催，", "东坞春又回。"]


BRIEFS = (
    "村里简讯\n"
    "老年协会完成换届\n"
    "3月8日，村老年协会在村文化礼堂召开会员大会，选举产生新一届理事会。\n"
    "桂花苗木认领活动启动\n"
    "村里在新修的环村路两旁预留了300\n"
    "个树穴，即日起接受村民和在外乡贤认领种植桂花树。\n"
)


def test_a_briefs_first_line_ended_on_a_figure_is_its_text_not_its_headline():
    *_, trees = parse_all(BRIEFS).articles
    assert trees.title == "桂花苗木认领活动启动"
    assert trees.paragraphs == [
        "村里在新修的环村路两旁预留了300个树穴，即日起接受村民和在外乡贤认领种植桂花树。"
    ]
