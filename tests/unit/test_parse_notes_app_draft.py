"""A residents' paper drafted in a phone's notes app and copied out from its web page
(issue #17, round yg's iPhone 备忘录 file): a paragraph a line, each section named by a
pictograph of its own, a checklist whose circles the copy lost, the editor's line with
the month in figures. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

DRAFT = "\n".join(
    [
        "石桥邻里·9月刊（总第7期）",
        "石桥居委会 编  2024.9",
        "",
        "🍀本月要闻",
        "",
        "小区新装二十盏路灯",
        "9月2日，石桥小区北区新装的二十盏路灯全部亮起，居民晚上散步再也不用摸黑了。",
        "(居委会 小韦)",
        "",
        "社区食堂推出中秋套餐",
        "中秋节前一周，社区食堂每天中午加供一道桂花糖藕，老人凭卡就餐还能领一块月饼。",
        "",
        "🔔安全提醒",
        "开学季交通安全要记牢",
        "新学期开始了，请家长们提醒孩子做到：",
        "过马路走斑马线",
        "不在路边追逐打闹",
        "骑车不带人不逞能",
        "学校门口的护学岗每天早上七点就位，请大家配合志愿者的指挥！",
        "",
        "📋值班安排",
        "9月楼组长值班表",
        "值班时间：每周一、三、五上午。",
        "日期\t值班楼组长",
        "9月2日\t3号楼 卫阿姨",
        "9月4日\t6号楼 俞师傅",
        "",
        "🎈儿歌",
        "小花猫上学校",
        "石桥小学老师 应琪",
        "小花猫，背书包，",
        "蹦蹦跳跳上学校。",
        "见了老师问声好，",
        "认真听讲不乱跑。",
    ]
)


def test_the_editors_line_with_the_month_in_figures_is_the_masthead():
    issue = parse_all(DRAFT)
    assert "石桥居委会 编  2024.9" in issue.furniture
    assert issue.date == "2024-09"
    assert issue.articles[0].title == "小区新装二十盏路灯"
    assert issue.articles[0].kicker is None


def test_a_checklist_under_its_colon_keeps_an_item_a_paragraph():
    safety = next(a for a in parse_all(DRAFT).articles if a.title == "开学季交通安全要记牢")
    assert safety.paragraphs == [
        "新学期开始了，请家长们提醒孩子做到：",
        "过马路走斑马线",
        "不在路边追逐打闹",
        "骑车不带人不逞能",
        "学校门口的护学岗每天早上七点就位，请大家配合志愿者的指挥！",
    ]


def test_sections_each_under_a_pictograph_of_its_own_start_after_a_table():
    issue = parse_all(DRAFT)
    song = issue.articles[-1]
    assert song.kicker == "儿歌" and song.title == "小花猫上学校"
    assert [b.author for b in song.bylines] == ["应琪"]
    table = issue.articles[-2]
    assert table.title == "9月楼组长值班表" and table.paragraphs[-1] == "9月4日\t6号楼 俞师傅"
