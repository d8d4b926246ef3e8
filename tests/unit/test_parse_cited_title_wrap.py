"""A narrow column read line by line by a screen OCR (issue #17, round yf's TextSniper
file): a correction whose first line names an earlier issue, its page and the title it
corrects, the title cut by the wrap (`…第2版《老` / `旧小区…》一文中，`). Such a line is
text: no page's header (the issue's date and number are not it), no headline. Each
text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

PAGE = (
    "梧桐邻里 2024年3月 第2版 邻里之间\n"
    "\n"
    "社区食堂推出春季菜单\n"
    "3月4日起，梧桐里社区食堂推出春季\n"
    "菜单，每天供应荤素搭配的套餐六种。\n"
    "（社区党群服务站）\n"
    "\n"
    "更正\n"
    "本报2024年2月第3期第1版《老\n"
    "小区装上新路灯》一文中，“装灯\n"
    "十二盏”应为“装灯十六盏”。特此\n"
    "更正。\n"
    "本报编辑部\n"
    "\n"
    "主办：梧桐街道梧桐里居民区党总支 梧桐里居民区居委会\n"
    "编辑：《梧桐邻里》编辑组 地址：梧桐路8号 电话：64000000\n"
    "第4期 内部资料 免费赠阅\n"
)


def test_a_line_that_cuts_a_cited_title_is_text_and_the_colophon_closes_the_issue():
    issue = parse_all(PAGE)
    assert [a.title for a in issue.articles] == ["社区食堂推出春季菜单", "更正"]
    correction = issue.articles[1]
    assert correction.paragraphs[0].startswith("本报2024年2月第3期第1版《老小区装上新路灯》")
    assert [b.department for b in correction.bylines] == ["本报编辑部"]
    assert "编辑：《梧桐邻里》编辑组 地址：梧桐路8号 电话：64000000" in issue.furniture
    assert issue.number == "第4期"
    assert issue.date == "2024-03"
    assert_nothing_lost(PAGE, issue)
