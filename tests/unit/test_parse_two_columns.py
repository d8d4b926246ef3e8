"""Two columns side by side, as `pdftotext -layout` writes a page: each column read
whole, one after the other; tables and single columns left as they are."""

from __future__ import annotations

import unicodedata

from lcreader.parse.columns import unweave
from lcreader.parse.explain import explain
from tests.helpers import assert_nothing_lost, parse_all

LEFT = [
    "          楼道“微花园”开园",
    "",
    "      6月20日傍晚，三村18号楼的楼道里热闹起来，",
    "  几位老人坐在新摆的长椅上聊天，孩子们围着墙上",
    "  的彩绘跳房子。“以前这里堆满了杂物，晚上走路",
    "  都要打手电。”住了四十多年的居民庞金娣说。",
    "      改造前，居委会请来社区规划师，挨家挨户",
    "  听取意见，设计方案就把楼道一处废弃的自行车",
    "  棚改成了“口袋花园”。",
    "                     （三村居委会）",
]
RIGHT = [
    "       老人学用手机挂号",
    "",
    "    “点这里，再点‘挂号’，就能约到下周的专家",
    "门诊了。”6月21日上午，社区学校的教室里，志",
    "愿者手把手教老人们用手机预约挂号和视频通话。",
    "    今年起，社区学校开设了智能手机班，每期8节",
    "课，内容有扫码支付和防范电信诈骗，已有300余",
    "位老人结业。78岁的学员阎桂兰说，学会视频通话",
    "后，她每周都能和在外地工作的女儿“见面”了。",
    "               （社区学校）",
]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _side_by_side(left: list[str], right: list[str], at: int = 54) -> str:
    """Lines as `pdftotext -layout` sets a page of two columns: the right one at `at`."""
    rows = []
    for a, b in zip(left, right, strict=True):
        rows.append((a + " " * (at - _width(a)) + b).rstrip() if b else a)
    return "\n".join(rows) + "\n"


TWIN = _side_by_side(LEFT, RIGHT)


def test_two_columns_are_read_one_after_the_other():
    issue = parse_all(TWIN)
    assert [a.title for a in issue.articles] == ["楼道“微花园”开园", "老人学用手机挂号"]
    first, second = issue.articles
    assert first.paragraphs[0].endswith("住了四十多年的居民庞金娣说。")
    assert "“以前这里堆满了杂物，晚上走路都要打手电。”" in first.paragraphs[0]
    assert second.paragraphs[0].startswith("“点这里，再点‘挂号’，就能约到下周的专家门诊了。”")
    assert [b.department for b in second.bylines] == ["社区学校"]
    assert [b.department for b in first.bylines] == ["三村居委会"]


def test_doctor_counts_lines_in_the_text_as_read():
    rows = explain(TWIN)
    texts = [row.text for row in rows]
    assert "楼道“微花园”开园" in texts and "老人学用手机挂号" in texts
    assert not any("老人学用手机挂号" in t and "开园" in t for t in texts)


def test_a_table_set_with_gaps_stays_rows():
    table = """\
社区文化活动中心 11 月活动安排

日期          时间          活动              地点
11月2日       上午9:00      书画作品展开幕    一楼展厅
11月9日       下午2:00      沪剧沙龙          三楼多功能厅
11月16日      上午9:30      急救知识讲座      二楼报告厅
11月23日      下午1:30      老电影放映        三楼多功能厅
11月30日      上午9:00      亲子手工课        二楼教室
"""
    assert unweave(table) is table


def test_a_single_column_comes_back_as_it_was():
    text = "社区新闻\n\n　　近日，社区举办读书会，三十多位居民参加。\n\n（居委会）\n"
    assert unweave(text) is text


def test_a_text_too_long_to_read_twice_over_is_read_as_written():
    # #20's attacker: 59,990 lines of two columns became 119,980 (past the line limit)
    # and took 320-438 MB to build.
    from lcreader.parse.columns import MAX_LINES

    many = TWIN * (MAX_LINES // TWIN.count("\n") + 1)
    assert unweave(many) is many
    assert unweave(TWIN) is not TWIN


LAYOUT_MASTHEAD = (
    "   晨光社区                                        2023年6月28日\u3000星期三\n"
    "   CHENGUANG SHEQU                                     第6期（总第134期）\n"
    "   中共晨光路街道工作委员会主办                    内部资料\u3000免费交流\n"
    "\n\n"
    "                                 楼道里的微花园\n"
    "\n"
    "      6月20日傍晚，晨光小区12号楼的居民在楼道窗台上种起了花草，居民们轮流浇水。\n"
)


def test_a_masthead_set_in_cells_by_pdftotext_layout_is_the_issue_s():
    issue = parse_all(LAYOUT_MASTHEAD)
    assert issue.date == "2023-06-28"
    assert issue.number == "第6期"
    assert [a.title for a in issue.articles] == ["楼道里的微花园"]
    assert_nothing_lost(LAYOUT_MASTHEAD, issue)
