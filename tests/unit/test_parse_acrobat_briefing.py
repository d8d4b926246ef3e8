"""A 居委 工作简报 copied from Acrobat Reader (issue #17): a line per printed line, no
blank line anywhere, 【】 banners over each story, a page's number and its running head
in the middle of a story, numbered items cut by the column. Each test is a small text
of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import cut_at, parse_all

WIDTH = 24


def wrapped(*paragraphs: str) -> str:
    return cut_at(WIDTH, *paragraphs)


BRIEFING = (
    "西塘街道梅岭社区\n"
    "工 作 简 报\n"
    "2025年第2期（总第18期）\n"
    "梅岭社区居委会编 2025年2月27日\n"
    "【党建引领】\n"
    "楼栋党员认领“微心愿”\n"
    + wrapped(
        "2月以来，社区32名楼栋党员认领了困难家庭的“微心愿”，为他们送去书包、取暖器和"
        "米面油，还陪孩子们过了一个热闹的元宵节。",
        "社区党委书记乔慧敏说，微心愿虽小，却能让党员和困难家庭结成对子，平时多走动、"
        "多关心，遇到难事第一时间搭把手。今年社区还将把认领范围扩大到独居老人。",
    )
    + "（社区党委 供稿）\n"
    "【为老服务】\n"
    "助浴车开进小区\n"
    + wrapped(
        "2月20日，流动助浴车第一次开进梅岭小区，为8位行动不便的老人提供上门助浴，"
        "护理员全程陪护，洗完还帮老人修剪指甲、涂抹护肤霜。"
    )
    + "— 1 —\n"
    "梅岭社区工作简报\n"
    + wrapped("社区计划每月安排两次，有需要的老人可到居委会登记，家属也可以代为预约。")
    + "（民政干部 庞晓楠）\n"
    "【居民心声】\n"
    "“车棚修好了，心里也亮堂了”\n"
    "——记7号楼车棚改造\n"
    + wrapped("7号楼的车棚漏雨多年，居民反映了好几回，今年春节前终于换上了新顶棚和新灯。")
    + "（网格二组 尤佳慧）\n"
    "【文明倡议】\n"
    "元宵节安全燃放倡议书\n"
    + wrapped(
        "一、遵守城区禁放规定，不在小区楼道、绿化带和地下车库燃放烟花爆竹。",
        "二、看管好家中孩子，远离燃放点。",
    )
    + "梅岭社区居委会\n"
    "2025年2月10日\n"
    "— 2 —\n"
    "梅岭社区工作简报\n"
)


def test_a_banner_over_the_issues_first_story_is_its_kicker():
    issue = parse_all(BRIEFING)
    assert issue.articles[0].kicker == "党建引领"  # (its brackets only set it off)
    assert issue.articles[0].title == "楼栋党员认领“微心愿”"


def test_a_running_head_beside_each_pages_number_is_the_pages():
    issue = parse_all(BRIEFING)
    assert "梅岭社区工作简报" in issue.furniture
    bath = issue.articles[1]
    assert bath.captions == []
    assert (
        bath.paragraphs[-1]
        == "社区计划每月安排两次，有需要的老人可到居委会登记，家属也可以代为预约。"
    )


def test_a_banner_over_a_title_with_a_comma_and_its_subtitle_starts_a_story():
    issue = parse_all(BRIEFING)
    letters = issue.articles[2]
    assert letters.kicker == "居民心声"
    assert letters.title == "“车棚修好了，心里也亮堂了”"
    assert letters.subtitle == "记7号楼车棚改造"
    assert letters.bylines == [Byline(department="网格二组", author="尤佳慧")]


def test_a_numbered_item_cut_by_the_column_goes_on_in_the_next_line():
    issue = parse_all(BRIEFING)
    notice = issue.articles[3]
    assert notice.paragraphs[0] == (
        "一、遵守城区禁放规定，不在小区楼道、绿化带和地下车库燃放烟花爆竹。"
    )
    assert notice.intertitles == []


def test_a_village_credited_in_brackets_is_a_body_not_a_person():
    text = (
        "柳塘镇文明实践简报\n2025年第4期\n\n"
        "柳塘村开展“清河行动”\n"
        "4月12日，柳塘村组织党员和志愿者清理河道垃圾，共清运杂物3吨。（柳塘村）\n"
    )
    issue = parse_all(text)
    assert issue.articles[0].bylines == [Byline(department="柳塘村")]


def test_a_roll_signed_flush_left_by_its_body_and_dated_closes_its_article():
    text = (
        "柳塘镇报\n2025年第4期\n\n"
        "柳塘镇2024年度“好婆婆”名单\n"
        "经各村（社区）推荐、镇妇联审核、网上公示，以下6位婆婆被评为柳塘镇2024年度“好婆婆”：\n"
        "东湾村 俞桂芳 西河村 卓月英\n"
        "南塘村 汪秀兰 北渚村 薛凤仙\n"
        "柳塘社区 甘丽娟 新桥村 宗玉梅\n"
        "柳塘镇妇女联合会\n"
        "2025年3月8日\n"
        "东湾村举办春季农民运动会\n"
        "3月10日，东湾村在村文化广场举办春季农民运动会，拔河、挑担、插秧接力等8个项目吸引了"
        "200多名村民参加。\n"
    )
    issue = parse_all(text)
    roll, games = issue.articles
    assert roll.bylines == [Byline(department="柳塘镇妇女联合会")]
    assert roll.meta.get("日期") == "2025年3月8日"
    assert games.title == "东湾村举办春季农民运动会"
