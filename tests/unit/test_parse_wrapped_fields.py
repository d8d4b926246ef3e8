"""A notice's labelled fields in a narrow column (issue #17, round w's big-print copy):
each field's value the column cut onto a second line is still a run of fields, one
paragraph each, joined across the cut wherever it falls (after a figure, before its
unit; after a quoted name). Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

ENROLMENT = (
    "桂湾老年学校春季班招生\n"
    "为丰富老年人的文化生活，桂湾\n"
    "老年学校春季班现面向辖区老年\n"
    "朋友招生。\n"
    "开设课程：书法、国画、太极\n"
    "拳、智能手机应用、合唱和舞蹈\n"
    "报名时间：三月一日至三月十五\n"
    "日（工作日）\n"
    "报名方式：通过“桂湾邻里”公\n"
    "众号在线报名\n"
    "报名地点：桂湾街道社区教育中\n"
    "心（桂湾路一号）\n"
    "报名条件：本区常住、年满55\n"
    "周岁的老年人\n"
    "领取教材：服务站二楼“书香角”\n"
    "窗口\n"
    "咨询电话：八七六五零九九零\n"
)


def test_fields_each_cut_in_two_by_the_column_are_one_paragraph_each():
    issue = parse_all(ENROLMENT)
    (notice,) = issue.articles
    assert notice.paragraphs == [
        "为丰富老年人的文化生活，桂湾老年学校春季班现面向辖区老年朋友招生。",
        "开设课程：书法、国画、太极拳、智能手机应用、合唱和舞蹈",
        "报名时间：三月一日至三月十五日（工作日）",
        "报名方式：通过“桂湾邻里”公众号在线报名",
        "报名地点：桂湾街道社区教育中心（桂湾路一号）",
        "报名条件：本区常住、年满55周岁的老年人",
        "领取教材：服务站二楼“书香角”窗口",
        "咨询电话：八七六五零九九零",
    ]
    assert_nothing_lost(ENROLMENT, issue)
