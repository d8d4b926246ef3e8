"""A community account's post copied in WeChat for Windows and saved from Word (issue
#17): section bars (`▌`) over each story, a notice the committee signs and dates, then
the bar of a run of marked briefs; a reception table whose people's column holds two
names a cell; a deputy named with two posts, the second after a place. Each test is a
small text of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.entities.people import find_mentions, titled_people
from tests.helpers import assert_nothing_lost, parse_all

POST = (
    "桐林周报｜第12期：燃气检查、便民信息\n"
    "原创 桐林社区 桐林邻里\n2024年12月06日 18:10\n\n"
    "▌温馨提示\n\n"
    "关于开展冬季消防安全检查的通知\n\n"
    "各位居民：\n"
    "为做好冬季消防安全工作，社区将联合物业开展楼道消防安全检查，具体安排如下：\n\n"
    "检查时间：12月9日至12月20日\n"
    "检查范围：桐林小区1—12号楼\n\n"
    "请居民及时清理楼道堆物，配合检查。\n\n"
    "桐林社区居委会\n"
    "2024年12月5日\n\n\n"
    "▌便民信息\n\n"
    "■ 社区书屋延长开放时间\n"
    "即日起，桐林社区书屋每周六下午开放至晚上8点，方便上班族借阅。\n\n"
    "■ 义诊服务改到每周四\n"
    "原定每周二上午的义诊服务自12月起改为每周四上午，地点不变。\n\n\n"
    "END\n"
)


def test_the_bar_of_a_run_of_marked_briefs_after_a_signed_notice_heads_the_run():
    issue = parse_all(POST)
    titles = [(article.kicker, article.title) for article in issue.articles]
    assert titles == [
        ("温馨提示", "关于开展冬季消防安全检查的通知"),
        (None, "社区书屋延长开放时间"),
        (None, "义诊服务改到每周四"),
    ]
    assert issue.articles[0].meta.get("日期") == "2024年12月5日"
    assert issue.articles[1].paragraphs == [
        "即日起，桐林社区书屋每周六下午开放至晚上8点，方便上班族借阅。"
    ]
    assert "便民信息" in issue.furniture
    assert_nothing_lost(POST, issue)


def test_the_names_two_a_cell_under_a_tables_people_column_are_people():
    text = (
        "代表接待日\n"
        "本月代表进联络站接待安排如下。\n"
        "日期\t接待地点\t接待代表\n"
        "1月8日\t东桥社区联络站\t郁文博\u3000柯小曼\n"
        "1月15日\t西桥社区联络站\t查振宇\n"
        "接待时间均为上午9点至11点。\n"
    )
    [article] = parse_all(text).articles
    assert {"郁文博", "柯小曼", "查振宇"} <= {m.name for m in find_mentions(article)}


def test_two_posts_the_second_after_a_place_are_both_the_persons():
    sentence = "这一天，区人大代表、桐林街道社区卫生服务中心医生缪海峰总会提前到场。"
    assert titled_people(sentence) == [("缪海峰", ["区人大代表", "街道社区卫生服务中心医生"])]
