"""A WeChat post clipped into a note app and exported as text (issue #17, round yp): after
the post's `END`, the account's list of its earlier posts under `往期回顾` (one of them a
question), its name and its call to follow it are the post's, not an article. Each text
is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

POST = (
    "关于3月12日小区停水的通知\n"
    "\n"
    "各位居民：\n"
    "因市政供水管网改造施工，3月12日8:00至18:00小区将暂停供水，请提前储水。\n"
    "\n"
    "东湖社区居委会\n"
    "2025年3月7日\n"
    "\n"
    "END\n"
    "\n"
    "往期回顾\n"
    "东湖周报｜第51期：元宵灯会点亮邻里情\n"
    "东湖周报｜第50期：小区充电桩建设进展如何？\n"
    "\n"
    "东湖社区\n"
    "长按识别二维码关注我们\n"
)


def test_after_the_posts_end_its_list_of_earlier_posts_is_furniture():
    issue = parse_all(POST)
    (notice,) = issue.articles
    assert notice.title == "关于3月12日小区停水的通知"
    assert {"END", "往期回顾", "东湖周报｜第50期：小区充电桩建设进展如何？"} <= set(issue.furniture)
