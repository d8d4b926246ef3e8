"""A 简报 typed in a word processor: its masthead over a printed rule, its numbered
sections as its articles, its foot under the last rule (issue #17). Each test is a small
text of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.entities.people import find_mentions
from tests.helpers import assert_nothing_lost, parse_all

NEWSLETTER = (
    "　　　　　　东园居民区　居务简报\n"
    "　　　　　　　　（第5期）\n"
    "东园居民区党总支　居委会　编印　　　　　　2024年6月20日\n"
    "━━━━━━━━━━━━━━━━━━━━\n\n"
    "一、本月要事\n\n"
    "（一）小区停车棚完成改造\n"
    "　　经过一个月施工，小区停车棚完成改造，新增充电桩二十个。\n\n"
    "（二）楼道灯全部换新\n"
    "　　居委会组织志愿者把全小区的楼道灯换成了声控灯。\n\n"
    "二、居民风采\n\n"
    "　　　　楼组长韩立新：一本台账记了十年\n"
    "　　韩立新当了十年楼组长，一本台账记下了楼里每户的难处。\n"
    "　　　　　　　　　　（6号楼居民　魏秀兰）\n\n"
    "三、温馨提示\n"
    "1．夏季用电高峰，请勿私拉电线。\n"
    "2．高温天气请多关心独居老人。\n\n"
    "四、志愿服务排班\n"
    "6月23日 7:00—9:00 垃圾分类值守 韩立新、魏秀兰\n"
    "6月24日 7:00—9:00 垃圾分类值守 龚德明、蔡海燕\n"
    "━━━━━━━━━━━━━━━━━━━━\n"
    "报送：某某街道社区党委　　　发：各楼组长\n"
    "联系人：郑文　　联系电话：65430000\n"
)


def test_the_masthead_over_the_rule_is_the_issues_and_names_its_date_and_number():
    issue = parse_all(NEWSLETTER)
    assert issue.date == "2024-06-20"
    assert issue.number == "第5期"
    assert "东园居民区党总支　居委会　编印　　　　　　2024年6月20日" in issue.furniture


def test_each_numbered_section_heads_an_article_of_its_own():
    issue = parse_all(NEWSLETTER)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        (None, "小区停车棚完成改造"),
        (None, "楼道灯全部换新"),
        ("居民风采", "楼组长韩立新：一本台账记了十年"),
        (None, "温馨提示"),
        (None, "志愿服务排班"),
    ]
    assert "一、本月要事" in issue.furniture
    assert_nothing_lost(NEWSLETTER, issue)


def test_the_foot_under_the_last_rule_is_the_issues():
    issue = parse_all(NEWSLETTER)
    assert "联系人：郑文　　联系电话：65430000" in issue.furniture
    assert "郑文" in {m.name for m in issue.mentions}
    assert not any("报送" in p for a in issue.articles for p in a.paragraphs)


def test_names_listed_in_a_table_rows_cell_are_people():
    roster = parse_all(NEWSLETTER).articles[-1]
    assert {"韩立新", "魏秀兰", "龚德明", "蔡海燕"} <= {m.name for m in find_mentions(roster)}


def test_numbered_headings_under_a_headline_stay_its_intertitles():
    text = NEWSLETTER.replace("一、本月要事\n\n", "社区六月工作回顾\n\n一、本月要事\n\n", 1)
    text = text[text.index("社区六月工作回顾") :]
    issue = parse_all(text)
    assert issue.articles[0].title == "社区六月工作回顾"
    assert "一、本月要事" in issue.articles[0].paragraphs


CONVENTION = (
    "睦邻简报\n2024年第3期\n东园居民区委员会　编　　　　2024年3月28日\n"
    "━━━━━━━━━━━━━━━━━━━━\n"
    "本期要目：居民公约表决通过　文明养犬倡议书\n\n"
    "东园小区居民公约\n"
    "（2024年3月22日居民代表会议表决通过）\n"
    "第一章　总则\n"
    "　　第一条　为营造整洁、和睦的居住环境，制定本公约。\n"
    "　　第二条　本公约适用于居住在本小区的全体居民。\n"
    "第二章　邻里互助\n"
    "　　第三条　邻里之间互谅互让。\n"
    "　　第四条　关心独居老人，积极参加志愿服务。\n"
    "　　第五条　本公约自表决通过之日起施行。\n\n"
    "文明养犬倡议书\n"
    "亲爱的居民朋友们：\n"
    "　　请牵绳出行，及时清理犬只粪便。\n"
    "东园居民委员会\n"
    "东园小区业主委员会\n"
    "东园物业管理有限公司项目部\n"
    "2024年3月25日\n"
)


def test_a_contents_list_on_one_line_is_furniture():
    issue = parse_all(CONVENTION)
    assert "本期要目：居民公约表决通过　文明养犬倡议书" in issue.furniture


def test_a_chapter_heading_under_a_conventions_title_is_its_intertitle():
    convention = parse_all(CONVENTION).articles[0]
    assert (convention.title, convention.subtitle) == (
        "东园小区居民公约",
        "（2024年3月22日居民代表会议表决通过）",
    )
    assert [convention.paragraphs[k] for k in convention.intertitles] == [
        "第一章　总则",
        "第二章　邻里互助",
    ]


def test_bodies_that_sign_a_notice_together_over_its_date():
    issue = parse_all(CONVENTION)
    call = issue.articles[-1]
    assert [b.department for b in call.bylines] == [
        "东园居民委员会",
        "东园小区业主委员会",
        "东园物业管理有限公司项目部",
    ]
    assert call.meta == {"日期": "2024年3月25日"}
    assert_nothing_lost(CONVENTION, issue)
