"""A 党建 newsletter copied from the WPS reader (issue #17): an essay signed by a
party member, a table whose cells one full-width space sets apart, and a notice whose
signer and date stand right over the colophon. Each text is my own; none of a corpus
file's words."""

from __future__ import annotations

from tests.helpers import parse_all

MASTHEAD = "红枫驿站\n中共红枫社区委员会　主办\n2025年第3期\n\n"
ESSAY = (
    "学习园地\n在学习中找准方向\n□ 党员 卢思远\n"
    "\u3000\u3000通过这次集中学习，我对基层党员的责任有了更深的体会。\n"
)
TABLE = (
    "— 1 —\n红枫驿站·2025年第3期\n"
    "第四季度主题党日活动安排\n"
    "月份\u3000主题\u3000地点\n"
    "10月\u3000重温入党誓词\u3000社区党群服务中心\n"
    "11月\u3000冬季送温暖志愿服务\u3000各网格服务站\n"
    "12月\u3000年度组织生活会\u3000社区会议室\n"
)
NOTICE = (
    "关于交纳第四季度党费的提醒\n"
    "各支部、全体党员：\n"
    "\u3000\u3000交纳时间：12月20日至12月31日。\n"
    "\u3000\u3000联系电话：67381260\n"
    "中共红枫社区委员会\n"
    "2025年12月10日\n"
    "主编：柯雅琴　编辑：鲍聪\n"
    "地址：红枫路18号　电话：67381254\n"
)


def test_a_members_essay_is_signed_by_the_member():
    essay = parse_all(MASTHEAD + ESSAY).articles[0]
    assert (essay.kicker, essay.title) == ("学习园地", "在学习中找准方向")
    assert [(b.department, b.author) for b in essay.bylines] == [(None, "卢思远")]


def test_a_tables_rows_with_one_full_width_space_between_cells_are_rows():
    table = parse_all(MASTHEAD + ESSAY + TABLE).articles[1]
    assert table.title == "第四季度主题党日活动安排"
    assert table.subtitle is None
    assert table.paragraphs == [row for row in TABLE.splitlines()[3:]]


def test_a_notices_signer_and_date_over_the_colophon_are_the_notices():
    issue = parse_all(MASTHEAD + NOTICE)
    notice = issue.articles[-1]
    assert notice.title == "关于交纳第四季度党费的提醒"
    assert [(b.department, b.author) for b in notice.bylines] == [("中共红枫社区委员会", None)]
    assert notice.meta == {"日期": "2025年12月10日"}
    assert "主编：柯雅琴　编辑：鲍聪" in issue.furniture
