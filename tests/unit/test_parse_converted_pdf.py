"""A PDF turned into a Word file by a converter and saved as text (round za): a drop
cap copied out on a line of its own, a column's first line cut inside a quotation
right under its headline. Every sample is invented."""

from __future__ import annotations

from lcreader.parse.headlines import cut_in_quote
from lcreader.parse.wraps import join_drop_caps, join_number_runs
from tests.helpers import assert_nothing_lost, parse_all

DROP_CAP = """\
聚焦基层治理
“楼道议事会”议出停车新规
——西苑小区夜间停车难题有了解法
西
苑小区建成于2005年，有住户五百余户，却只有地面停车位一百六十个，每到晚上消防通道都停满了车。
今年9月，西苑社区在各楼道成立“楼道议事会”，最终形成了三条停车新规。
（西苑社区　周敏）
"""


def test_a_drop_cap_alone_on_its_line_begins_the_first_paragraph():
    issue = parse_all(DROP_CAP)
    (article,) = issue.articles
    assert (article.kicker, article.title) == ("聚焦基层治理", "“楼道议事会”议出停车新规")
    assert article.subtitle == "西苑小区夜间停车难题有了解法"
    assert article.paragraphs[0].startswith("西苑小区建成于2005年，")
    assert len(article.paragraphs) == 2
    assert_nothing_lost(DROP_CAP, issue)


def test_a_character_that_ends_a_cut_line_of_text_is_no_drop_cap():
    lines = [
        "社区工作人员上门走访了辖区内的独居老",
        "人",
        "家中的电器线路都检查了一遍，共排查隐患十余处。",
    ]
    assert join_drop_caps(lines, set()) == lines


NARROW = """\
家门口的“微型消防站”
在柳溪街道，每个社区都有一个“微
型消防站”。站里配着灭火器、消防
水带、破拆工具，队员由社区工作人
员、物业保安和志愿者组成，实行二
十四小时值守。
（柳溪街道应急管理办公室供稿）
"""


def test_a_line_cut_inside_a_quotation_under_the_headline_is_text():
    issue = parse_all(NARROW)
    (article,) = issue.articles
    assert article.subtitle is None
    assert article.paragraphs[0].startswith("在柳溪街道，每个社区都有一个“微型消防站”。")
    assert cut_in_quote("在柳溪街道，每个社区都有一个“微")
    assert not cut_in_quote("“楼道议事会”议出停车新规")


def test_a_headline_line_ending_on_a_count_goes_on_in_the_next():
    text = (
        "东湖街道新增三处\n24小时自助图书馆\n"
        "11月起，东湖街道在东湖广场等地新设三处24小时自助图书馆，每处藏书约三千册。\n"
        "（文化站供稿）\n\n"
        "社区食堂开进老小区\n首批三家长者食堂试运营\n"
        "5月11日起，东湖街道首批三家长者食堂在杏花、柳巷、南塘三个社区同时试运营。\n"
        "（民生服务科）\n"
    )
    issue = parse_all(text)
    assert [(a.title, a.subtitle) for a in issue.articles] == [
        ("东湖街道新增三处24小时自助图书馆", None),
        ("社区食堂开进老小区", "首批三家长者食堂试运营"),
    ]


OFD = """\
— 1 —
柳洲街道工作简报
2023
年第
5
期
柳洲街道“红色物业”联盟破解老旧小区治理难题
今年以来，街道推动辖区
12
个老旧小区的物业企业结成联盟，累计解决群众急难愁盼问题
137
件。
当天，街道联合区人社局举办专场招聘会，
23
家企业提供岗位
410
个，现场达成就业意向
68
人。
（党建办　贺清）
"""


def test_numbers_an_export_wrote_on_lines_of_their_own_join_their_sentence():
    issue = parse_all(OFD)
    (article,) = issue.articles
    assert article.title == "柳洲街道“红色物业”联盟破解老旧小区治理难题"
    assert article.paragraphs == [
        "今年以来，街道推动辖区12个老旧小区的物业企业结成联盟，累计解决群众急难愁盼问题137件。",
        "当天，街道联合区人社局举办专场招聘会，23家企业提供岗位410个，现场达成就业意向68人。",
    ]
    assert issue.number == "第5期"
    assert_nothing_lost(OFD, issue)


def test_a_pages_counters_and_dates_are_no_runs_of_a_sentence():
    lines = ["1260", "户", "完成入户检查", "186", "处", "2023-07-05", "我区新增3处口袋公园", "1/8"]
    text = "\n".join(lines * 2)
    assert join_number_runs(text) == text


def test_a_line_set_a_blank_line_under_a_headline_ending_on_a_count_is_its_deck():
    """The property test: `一一一一一并` / blank / `一一一一一一一一` is a title and its deck."""
    issue = parse_all(
        "社区新增两处\n\n自助图书馆和健身驿站同日开放\n\n街道在东湖广场新设两处便民设施。\n\n(文化站)\n"
    )
    assert [(a.title, a.subtitle) for a in issue.articles] == [
        ("社区新增两处", "自助图书馆和健身驿站同日开放")
    ]


def test_a_drop_cap_under_the_storys_credit_opens_its_text():
    text = "\n".join(
        [
            "松林路口袋公园开园迎客",
            "记者　顾晓岚　通讯员　邵一鸣",
            "近",
            "日，位于松林路、榆荫路",
            "交叉口的口袋公园正式开",
            "园，居民们前来“打卡”。",
        ]
    )
    (story,) = parse_all(text).articles
    assert story.paragraphs[0].startswith("近日，位于松林路")
