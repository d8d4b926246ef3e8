"""A village paper posted floor by floor in a forum thread and copied from the page
(issue #17, round zy's 百度贴吧 thread): the starter's floors carry the paper, each
floor's first headline starts a piece; the posters' names, badges and levels, each
floor's tail, the page's buttons, the replies under a floor, other users' floors and
the page's foot are the page's; `（本期完）` only says the issue ends. Each text is my
own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

THREAD = (
    "《柳溪村讯》2024年第2期（吧主代发）\n"
    "柳溪老周\n"
    "吧主\n"
    "9\n"
    "柳溪村讯\n"
    "2024年4月　第2期\n"
    "村道拓宽工程开工\n"
    "4月2日，村东主干道拓宽工程开工，预计6月底完工。\n"
    "▲施工现场。　周立 摄\n"
    "来自Android客户端1楼2024-04-08 09:12\n"
    "回复\n"
    "回复(1)\n"
    "收起回复\n"
    "田埂上: 终于要修了！ 4-8 10:02回复\n"
    "我也说一句\n"
    "柳溪老周\n"
    "吧主\n"
    "9\n"
    "村卫生室调整门诊时间\n"
    "自4月10日起，村卫生室周六上午照常开诊，方便村民配药。\n"
    "（村委会）\n"
    "来自Android客户端2楼2024-04-08 09:15\n"
    "回复\n"
    "河边人家\n"
    "4\n"
    "支持！希望多发点村里的消息。\n"
    "来自iPhone客户端3楼2024-04-08 09:40\n"
    "回复\n"
    "柳溪老周\n"
    "吧主\n"
    "9\n"
    "（本期完）\n"
    "来自Android客户端4楼2024-04-08 09:50\n"
    "回复\n"
    "发表回复\n"
    "贴吧投诉\n"
)


def test_only_the_starters_floors_carry_the_paper():
    issue = parse_all(THREAD)
    assert [a.title for a in issue.articles] == ["村道拓宽工程开工", "村卫生室调整门诊时间"]
    road, clinic = issue.articles
    assert road.captions == ["施工现场。　周立 摄"]
    assert clinic.paragraphs == ["自4月10日起，村卫生室周六上午照常开诊，方便村民配药。"]
    for pages_own in ("柳溪老周", "吧主", "田埂上: 终于要修了！ 4-8 10:02回复", "河边人家",
                      "支持！希望多发点村里的消息。", "（本期完）", "发表回复"):  # fmt: skip
        assert pages_own in issue.furniture
    assert_nothing_lost(THREAD, issue)
