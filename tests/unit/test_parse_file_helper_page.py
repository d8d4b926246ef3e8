"""A village bulletin sent piece by piece to a chat app's file helper and copied from its
web page (issue #17, round yp): the chat's time separators alone on their lines, a file
card's name over its size; a wrapped field's time (`下午` / `2:30`) stays the field's.
Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

CHAT = (
    "文件传输助手\n"
    "昨天 21:36\n"
    "《东浦村讯》2025年第4期（总第37期）\n"
    "东浦村村民委员会　编印\n"
    "【村务公开】\n"
    "东浦村一季度村级财务收支情况公开\n"
    "根据村务公开目录要求，现将本村一季度财务收支情况公布如下，请村民监督。\n"
    "东浦村村务监督委员会\n"
    "2025年4月15日\n"
    "昨天 21:58\n"
    "【村庄建设】\n"
    "村东机耕路拓宽工程完工\n"
    "4月16日上午，随着最后一段路肩培土完成，村东机耕路拓宽工程全线完工。\n"
    "（通讯员　沈小怡）\n"
    "08:47\n"
    "东浦村农村建房需求登记表.docx\n"
    "31.5K\n"
    "【通知公告】\n"
    "关于开展农村建房摸排登记的通知\n"
    "各村民小组、各农户：\n"
    "请有建房需求的农户于4月30日前到村委会登记。\n"
    "东浦村村民委员会\n"
    "2025年4月18日\n"
)


def test_a_chats_time_separators_and_a_file_card_are_the_pages():
    issue = parse_all(CHAT)
    assert {"昨天 21:58", "08:47", "东浦村农村建房需求登记表.docx", "31.5K"} <= set(issue.furniture)
    assert [a.title for a in issue.articles] == [
        "东浦村一季度村级财务收支情况公开",
        "村东机耕路拓宽工程完工",
        "关于开展农村建房摸排登记的通知",
    ]


FIELD = (
    "老年书画班开始报名\n"
    "街道老年大学书画班即日起开始报名，欢迎老年朋友参加。\n"
    "开课时间：每周三下午\n"
    "02:30\n"
    "上课地点：街道文化活动中心\n"
)


def test_a_fields_time_the_column_cut_stays_the_fields():
    issue = parse_all(FIELD)
    assert "02:30" not in issue.furniture
