"""A 工作简报 copied from an OFD reader, a 公众号 post copied from its back-end editor, a
copier's searchable PDF saved as text (issue #17). Each text is my own; none of a corpus
file's words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import parse_all, roles

OFD = (
    "桐 湾 街 道 工 作 简 报\n2023年第9期\n桐湾街道党政办公室编\n2023年9月28日\n"
    "基层动态\n"
    "北湾社区举办中秋邻里宴。9月22日，北湾社区在中心花园举办邻里宴，\n"
    "120余名居民自带拿手菜参加。\n"
    "南湾社区开展反诈宣传进楼栋。南湾社区组织民警和网格员逐楼栋张贴\n"
    "反诈海报，累计发放宣传资料2000余份。\n"
    "东湾社区完成雨污分流改造。历时四个月，东湾社区6个老旧小区雨污分流\n"
    "改造全部完工。\n"
)


def test_briefs_opening_on_their_headline_as_a_short_sentence_are_briefs():
    issue = parse_all(OFD)
    assert [a.title for a in issue.articles] == [
        "北湾社区举办中秋邻里宴",
        "南湾社区开展反诈宣传进楼栋",
        "东湾社区完成雨污分流改造",
    ]
    assert issue.articles[0].paragraphs == [
        "9月22日，北湾社区在中心花园举办邻里宴，120余名居民自带拿手菜参加。"
    ]


def test_a_paragraph_opening_on_a_short_sentence_stays_a_paragraph():
    text = "社区召开议事会\n会议开始了。居民代表围绕停车难题发言，气氛热烈。\n"
    assert len(parse_all(text).articles[0].paragraphs) == 1


POST = (
    "桐湾周报｜楼道变美了\n\n"
    "点击蓝字  关注我们\n\n"
    "2024年11月15日  第12期\n\n"
    "▍社区动态\n\n"
    "楼道微更新完成首批8个楼道\n\n"
    "刷白的墙面、新装的感应灯……11月上旬，桐湾社区“楼道微更新”完成首批8个楼道的改造。\n\n"
    "文/荀雪\n\n"
    "◆ ◆ ◆\n\n"
    "▍一周简讯\n\n"
    "■ 法律咨询进小区\n"
    "11月9日，社区法律顾问在中心广场设摊，为居民解答问题20余个。\n\n"
    "■ 托管班结业\n"
    "为期八周的秋季“四点半课堂”日前结业，共服务小学生46人次。\n"
)


def test_an_editors_divider_of_ornaments_parts_the_sections():
    assert roles(POST)["◆ ◆ ◆"] == "furniture"
    issue = parse_all(POST)
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("社区动态", "楼道微更新完成首批8个楼道"),
        (None, "法律咨询进小区"),
        (None, "托管班结业"),
    ]


COPIER = (
    "桐 湾 家 园\n2021年11月15日  第4期\n\n"
    "社 区 食 堂 开 张 了\n"
    "——老人凭卡就餐享九折优惠\n"
    "本报讯（记者 祁冬梅 通讯员 蓝露）\n"
    "11月1日，桐湾社区长者食堂开门迎客，\n"
    "每天供应十余种菜品。\n"
    "（下转第2版）\n\n"
    "2021年11月15日  桐湾家园  第2版\n"
    "（上接第1版）社区食堂开张了\n"
    "社区居委会主任荀晓燕介绍，食堂由专业\n"
    "餐饮企业运营，菜价每月公示。\n\n"
    "简 讯\n"
    "■桐湾社区获评“平安社区”\n"
    "近日，市里公布年度“平安社区”名单，桐湾社区榜上有名。\n"
)


def test_a_jumps_marker_glued_before_its_headline_and_a_lead_credit_alone():
    issue = parse_all(COPIER)
    lead = issue.articles[0]
    assert lead.title.replace(" ", "") == "社区食堂开张了"
    assert Byline(author="祁冬梅", role="记者") in lead.bylines
    assert lead.paragraphs[0] == "11月1日，桐湾社区长者食堂开门迎客，每天供应十余种菜品。"
    assert lead.paragraphs[-1].endswith("菜价每月公示。")
    assert [a.title for a in issue.articles][1:] == ["桐湾社区获评“平安社区”"]
    assert roles(COPIER)["简 讯"] == "furniture"


def test_a_captions_credit_after_a_wide_space_names_its_photographer():
    # (a caption of words alone, then its credit: `联席会议现场　X 摄`)
    text = (
        "“红色物业”联席会议召开\n\n"
        "　　6月13日，街道召开“红色物业”联席会议，八个问题逐一“会诊”。\n\n"
        "▲联席会议现场　蓝立波 摄\n\n"
        "（党建办　荀婉清）\n"
    )
    [story] = parse_all(text).articles
    assert story.captions == ["联席会议现场　蓝立波 摄"]
    assert Byline(author="蓝立波", role="摄影") in story.bylines
