"""A spreadsheet saved as CSV (issue #17, from blind round x): one article a row, its
cells quoted over several lines. Texts of our own, none of a corpus file."""

from __future__ import annotations

from lcreader.parse.sheets import unsheet
from tests.helpers import assert_nothing_lost, parse_all

SHEET = (
    "晨光街道2024年5月信息报送汇总表,,,,,,\r\n"
    "序号,报送单位,作者,标题,正文,图片说明,采用情况\r\n"
    '1,西营社区,包文静、刘洋,西营社区举办邻里节,"　　5月5日上午，西营社区第三届邻里节开幕，300多名居民参加。\n'
    '“一个楼门一张桌。”楼门长齐凤英说。",居民在邻里节上比赛包饺子。（刘洋 摄）,街道报采用\r\n'
    '2,城市管理办公室,,槐荫路商户“门前三包”签约全覆盖,"5月以来，街道对沿线142家商户逐户上门签约。\n'
    "\n"
    '截至5月7日，签约率达到100%。",,区政务信息采用\r\n'
    ",,,,,,\r\n"
    "制表：党政办 王晨　　审核：韩立军,,,,,,\r\n"
)


def test_each_row_of_a_sheet_of_articles_is_an_article():
    issue = parse_all(SHEET)
    first, second = issue.articles
    assert first.title == "西营社区举办邻里节"
    assert second.title == "槐荫路商户“门前三包”签约全覆盖"
    assert first.paragraphs[0].startswith("5月5日上午") and len(first.paragraphs) == 2
    assert first.captions == ["居民在邻里节上比赛包饺子。（刘洋 摄）"]
    assert [(b.department, b.author) for b in first.bylines if b.role != "摄影"] == [
        ("西营社区", "包文静"),
        ("西营社区", "刘洋"),
    ]
    assert [(b.department, b.author) for b in second.bylines] == [("城市管理办公室", None)]
    assert first.meta.get("采用情况") == "街道报采用"
    assert second.paragraphs == [
        "5月以来，街道对沿线142家商户逐户上门签约。",
        "截至5月7日，签约率达到100%。",
    ]
    assert_nothing_lost(SHEET, issue)


def test_a_table_that_names_no_title_and_body_comes_back_as_it_was():
    table = "日期,活动,地点\n7月6日,义诊进社区,一村睦邻点\n7月13日,亲子阅读会,社区图书馆\n"
    assert unsheet(table) is table
    prose = "街道召开会议，研究部署工作。\n会议要求，各社区要落实责任。\n"
    assert unsheet(prose) is prose


# A newsroom's table of stories exported by a database (Access's text export): a column
# for the page's section (`栏目`) beside one for the kicker (`引题`).
SECTIONED = (
    '"稿件编号","栏目","引题","标题","作者","正文"\r\n'
    '201,"要闻","依法选举　居民当家","枫林街道居委会换届选举完成","记者　沈翊",'
    '"　　9月3日至10日，枫林街道11个居民区相继召开选举大会。\r\n　　参选率达96.3%。"\r\n'
    '202,"社区",,"社区学校秋季班开课","通讯员　甘露",'
    '"　　9月13日，社区学校秋季班开课，首批学员二百余人。"\r\n'
)


def test_a_section_column_beside_a_kicker_column_is_no_kicker():
    issue = parse_all(SECTIONED)
    first = issue.articles[0]
    assert (first.kicker, first.title) == ("依法选举　居民当家", "枫林街道居委会换届选举完成")
    assert "【栏目】要闻" in issue.furniture
