"""A page of readers' contributions (issue #17): each item signs off in its own way, and
a call for contributions closes the page. Each test is a small text of its own; none of
a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import assert_nothing_lost, parse_all

PAGE = (
    "楼下的共享雨伞架\n\n"
    "上个月的一个雨天，我发现单元门口多了一个伞架。\n\n"
    "（东园居民区　韩秀兰）\n\n"
    "一碗咸泡饭\n\n"
    "去年冬天我值晚班，一位老人来办事，错过了饭点。\n\n"
    "（作者单位：东园街道社区事务受理服务中心　魏立新）\n\n"
    "我们的银发合唱团\n\n"
    "合唱团成立那年，一半人不识谱。\n\n"
    "——西园居民区　龚秀琴\n\n"
    "小区里来了啄木鸟\n\n"
    "暑假里，我和同学参加了居委会组织的找问题活动。\n\n"
    "（东园小学五（2）班　蔡一诺　指导老师：郑丽）\n\n"
    "“身边事”栏目征稿启事\n\n"
    "“身边事”是本报留给居民的版面。\n"
    "来稿要求：内容真实，篇幅在600字以内，请注明姓名。\n"
    "来稿一经刊用，即寄样报并致薄酬。\n"
    "本报编辑部\n"
)


def test_each_contribution_signs_off_in_its_own_way():
    issue = parse_all(PAGE)
    assert [a.title for a in issue.articles] == [
        "楼下的共享雨伞架",
        "一碗咸泡饭",
        "我们的银发合唱团",
        "小区里来了啄木鸟",
        "“身边事”栏目征稿启事",
    ]
    assert [a.bylines for a in issue.articles[1:4]] == [
        [Byline(department="东园街道社区事务受理服务中心", author="魏立新")],
        [Byline(department="西园居民区", author="龚秀琴")],
        [Byline(department="东园小学五（2）班", author="蔡一诺"), Byline(author="郑丽")],
    ]
    assert_nothing_lost(PAGE, issue)


def test_a_sentence_about_contributions_is_no_credit_and_the_body_signs():
    call = parse_all(PAGE).articles[-1]
    assert call.paragraphs[1] == "来稿要求：内容真实，篇幅在600字以内，请注明姓名。"
    assert call.paragraphs[-1] == "来稿一经刊用，即寄样报并致薄酬。"
    assert call.bylines == [Byline(department="本报编辑部")]


def test_a_dashed_line_under_a_headline_stays_its_subtitle():
    text = "老街新貌\n——记西园居民区的变化\n\n　　西园老街改造完成。\n\n（自治办）\n"
    assert parse_all(text).articles[0].subtitle == "记西园居民区的变化"
