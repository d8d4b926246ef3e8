"""A weekly typed as a messaging group's notice and copied from the desktop client
(issue #17, round yb's 企业微信 file): a notice whose text closes on whom to ring and
the number, then its signer and date; numbered briefs, each headline in brackets
before its text, one to a line under a run's head. Each text is my own; none of a
corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

WEEKLY = (
    "停电通知\n"
    "因线路检修，6月15日（周六）8:00—12:00桂园小区1—6号楼将暂停供电，请提前做好准备。\n"
    "如有疑问，请联系物业服务中心：56208899\n"
    "桂园居委会\n"
    "2024年6月10日\n"
    "\n"
    "一周简讯\n"
    "1.【夏令营报名】6月8日起，社区暑期夏令营开始报名，名额40个。\n"
    "2.【义诊进小区】6月9日上午，社区卫生服务中心医生在3号楼前为居民义诊。\n"
    "3.【旧衣回收】6月12日，社区在中心广场开展旧衣回收，共收集衣物200余件。\n"
)


def test_a_notice_closing_on_a_number_is_signed_and_numbered_briefs_stand_apart():
    issue = parse_all(WEEKLY)
    notice = issue.articles[0]
    assert notice.title == "停电通知"
    assert notice.paragraphs[-1] == "如有疑问，请联系物业服务中心：56208899"
    assert [b.department for b in notice.bylines] == ["桂园居委会"]
    assert notice.meta.get("日期") == "2024年6月10日"
    assert [a.title for a in issue.articles[1:]] == ["夏令营报名", "义诊进小区", "旧衣回收"]
    assert issue.articles[1].paragraphs == ["6月8日起，社区暑期夏令营开始报名，名额40个。"]
    assert_nothing_lost(WEEKLY, issue)


CARD_UNDER_NOTICE = (
    "关于开展夏季消防检查的通知\n"
    "各居民区：\n"
    "请于7月10日前完成辖区消防设施检查，并将检查表报街道平安办。\n"
    "桂园街道平安办\n"
    "2024年6月28日\n"
    "\n"
    "附件（1）\n"
    "消防检查表.xlsx\n"
    "86 KB\n"
    "确认收到\n"
)


def test_a_messaging_apps_attachment_card_is_the_pages():
    issue = parse_all(CARD_UNDER_NOTICE)
    assert len(issue.articles) == 1
    assert {"附件（1）", "消防检查表.xlsx", "86 KB", "确认收到"} <= set(issue.furniture)
    assert_nothing_lost(CARD_UNDER_NOTICE, issue)
