"""A Word-made 简报 read by `pdftotext -layout` (issue #17): headlines centred with two
blank lines over them, a run of ◎ briefs under its head, a notice to `各社区、各科室：`
signed flush right. Each test is a small text of its own; none of a corpus file's words."""

from __future__ import annotations

from lcreader.model import Byline
from lcreader.parse.text import SALUTATION
from tests.helpers import parse_all

BRIEFING = (
    "                              白沙街道\n\n"
    "                           平安建设工作简报\n\n"
    "                                第4期\n\n"
    "白沙街道平安办编                                          2025年3月20日\n\n\n"
    "                       街道开展春季消防安全检查\n\n"
    "    3月10日至14日，白沙街道组织消防、城管等力量，对辖区商铺和出租房开展消防检查，\n"
    "共检查场所96家，发现隐患58处，已整改51处。\n\n\n"
    "                                社区动态\n\n"
    "◎南岭社区开展燃气安全宣传\n"
    "    3月12日，南岭社区在小区广场开展燃气安全宣传，发放资料200余份。\n"
    "◎北湖社区完成楼道堆物清理\n"
    "    北湖社区组织志愿者清理楼道堆物，共清运杂物4吨。\n\n\n"
    "                关于做好清明节期间安全防范工作的通知\n\n"
    "各社区、各科室：\n"
    "    为确保清明节期间辖区安全稳定，现将有关工作通知如下：\n"
    "    一、加强重点区域巡查，严防野外用火。\n"
    "    二、落实值班制度，遇有情况及时报告。\n\n"
    "                                                  白沙街道平安办\n"
    "                                                  2025年3月18日\n"
)


def test_a_notice_to_each_body_opens_with_its_salutation():
    assert SALUTATION.match("各社区、各科室：")
    assert SALUTATION.match("各居民小组、各楼组长：")
    assert not SALUTATION.match("各项工作：")
    assert not SALUTATION.match("各社区要做到：")
    issue = parse_all(BRIEFING)
    notice = issue.articles[-1]
    assert notice.title == "关于做好清明节期间安全防范工作的通知"
    assert notice.captions == []
    assert notice.paragraphs[0] == "各社区、各科室："
    assert notice.bylines == [Byline(department="白沙街道平安办")]


def test_a_runs_head_set_apart_widely_heads_its_briefs():
    issue = parse_all(BRIEFING)
    titles = [a.title for a in issue.articles]
    assert titles[1:3] == ["南岭社区开展燃气安全宣传", "北湖社区完成楼道堆物清理"]
    assert "社区动态" in issue.furniture
