"""One issue from a year's book of collected issues (汇编), extracted page by page (round
za): the book's contents with dot leaders and page numbers, naming other issues too,
set a blank line under its head; the issue's number beside its date. Every sample is
invented."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

BOOK = """\
目　　录

2021年第2期（总第30期）.................................11
复工复产一线的“店小二”..................................11
2021年第3期（总第31期）.................................17
社区食堂开进老小区......................................17
“口袋公园”里的新变化....................................18


· 17 ·

西篱社区报

2021年第3期（总第31期）　　2021年3月20日
西篱街道党工委　西篱街道办事处　主办

民生实事

社区食堂开进老小区

3月11日起，西篱街道首批三家长者食堂在杏花、柳巷两个社区同时试运营，六十岁以上老人凭卡就餐可享受八折优惠。

（民生服务科　邬海）

“口袋公园”里的新变化

柳巷社区的“口袋公园”改造完工，新增了健身步道和儿童游乐区，居民们傍晚都爱来这里散步。

（城建科　佟磊）
"""


def test_the_books_contents_are_furniture_though_they_name_other_issues():
    issue = parse_all(BOOK)
    assert [a.title for a in issue.articles] == ["社区食堂开进老小区", "“口袋公园”里的新变化"]
    assert "复工复产一线的“店小二”..................................11" in issue.furniture
    assert_nothing_lost(BOOK, issue)


def test_the_number_beside_the_issues_date_is_the_issues():
    issue = parse_all(BOOK)
    assert (issue.date, issue.number) == ("2021-03-20", "第3期")
