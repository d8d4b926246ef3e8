"""A community's 党建简报 saved from Word as text (issue #17): a paragraph a line, a notice
that names its attachment over its signature, a Q&A column the contents list names, and
a section's numbered briefs each closed by its own credit. Each test is a small text of
its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from tests.helpers import assert_nothing_lost, parse_all

BRIEFING = (
    "枫溪社区党建简报\n2024年第2期（总第15期）\n中共枫溪社区委员会编　　　　2024年3月28日\n\n"
    "本期要目\n"
    "◇关于开展“志愿服务月”活动的通知\n"
    "◇党务知识问答\n"
    "◇网格动态\n\n"
    "关于开展“志愿服务月”活动的通知\n"
    "各网格党支部：\n"
    "经社区党委研究，决定4月在全体党员中开展“志愿服务月”活动，请各支部组织党员认领服务项目。\n"
    "附件：枫溪社区志愿服务项目清单\n"
    "中共枫溪社区委员会\n"
    "2024年3月25日\n\n"
    "党务知识问答\n"
    "什么是“主题党日”？\n"
    "“主题党日”是党支部每月相对固定一天，组织党员集中开展的组织生活。\n"
    "活动内容一般包括学习、议事和志愿服务等。\n\n"
    "网格动态\n"
    "1.第一网格党支部开展楼道清理活动\n"
    "3月16日，第一网格党支部组织15名党员清理楼道堆物，共清出杂物三车。（第一网格党支部）\n"
    "2.在职党员认领居民微心愿30个\n"
    "3月以来，辖区共建单位在职党员认领困难居民微心愿30个，已完成22个。（党群服务中心）\n"
)


def test_a_notice_signs_under_the_attachment_it_names():
    notice = parse_all(BRIEFING).articles[0]
    assert notice.title == "关于开展“志愿服务月”活动的通知"
    assert notice.bylines == [Byline(department="中共枫溪社区委员会")]
    assert notice.meta.get("日期") == "2024年3月25日"
    assert notice.paragraphs[-1] == "附件：枫溪社区志愿服务项目清单"


def test_a_question_under_a_column_the_contents_list_names_is_its_headline():
    column = parse_all(BRIEFING).articles[1]
    assert (column.kicker, column.title) == ("党务知识问答", "什么是“主题党日”？")
    assert len(column.paragraphs) == 2


def test_a_sections_numbered_briefs_each_closed_by_a_credit_are_articles():
    issue = parse_all(BRIEFING)
    briefs = issue.articles[2:]
    assert [brief.title for brief in briefs] == [
        "第一网格党支部开展楼道清理活动",
        "在职党员认领居民微心愿30个",
    ]
    assert [brief.bylines for brief in briefs] == [
        [Byline(department="第一网格党支部")],
        [Byline(department="党群服务中心")],
    ]
    assert "网格动态" in issue.furniture
    assert_nothing_lost(BRIEFING, issue)
