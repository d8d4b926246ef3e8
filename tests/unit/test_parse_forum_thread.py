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


PRINTABLE = (
    "柳川论坛\n"
    "\n"
    "标题: 【村讯】柳溪村讯2022年第3期\n"
    "作者: 柳溪村委会    时间: 2022-6-10 09:08\n"
    "标题: 【村讯】柳溪村讯2022年第3期\n"
    " 本帖最后由 柳溪村委会 于 2022-6-10 09:31 编辑 \n"
    "\n"
    "柳溪村讯\n"
    "2022年第3期\n"
    "\n"
    "村道拓宽工程完工\n"
    "　　6月8日，柳溪村主干道拓宽工程通过验收，路面由3.5米拓宽到6米。\n"
    "（村委会 周敏）\n"
    "\n"
    "图片附件: 村道.jpg (2022-6-10 09:02, 201.47 KB) 下载次数: 23\n"
    "\n"
    "作者: 柳溪村委会    时间: 2022-6-10 09:12\n"
    "村卫生室延长服务时间\n"
    "　　即日起，村卫生室每天开诊到下午五点，村民可携带医保卡就近配药。\n"
    "（村卫生室）\n"
    "\n"
    "作者: 河埠头阿四    时间: 2022-6-10 18:22\n"
    "路修好了，骑电瓶车去镇上方便多了！\n"
    "\n"
    "欢迎光临 柳川论坛 (https://bbs.example.net/) \tPowered by Discuz! X3.4\n"
)


def test_a_printable_threads_heads_notes_and_replies_are_the_pages():
    issue = parse_all(PRINTABLE)
    assert [a.title for a in issue.articles] == ["村道拓宽工程完工", "村卫生室延长服务时间"]
    for pages_own in (
        "标题: 【村讯】柳溪村讯2022年第3期",
        "作者: 河埠头阿四    时间: 2022-6-10 18:22",
        "路修好了，骑电瓶车去镇上方便多了！",
        "图片附件: 村道.jpg (2022-6-10 09:02, 201.47 KB) 下载次数: 23",
    ):
        assert pages_own in issue.furniture
    assert_nothing_lost(PRINTABLE, issue)
