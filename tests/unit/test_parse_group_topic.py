"""A resident retypes the monthly into a group topic and a volunteer copies the topic
page (issue #17, round yi's 豆瓣小组 file): the topic's title, poster and time, a line of
the poster's own over the paper's masthead, the issue's stories, then the poster's
`（完）` and the page's buttons, replies and footer. Each text is my own; none of a
corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

TOPIC = "\n".join(
    [
        "《梧桐邻里》6月刊（第9期）搬运",
        "梧桐苑三楼的狗",
        "2024-06-21 20:36:12 上海",
        "",
        "这期《梧桐邻里》纸质版还没发到每户，我把文字敲了一遍搬过来，方便大家在手机上看。",
        "",
        "梧桐邻里",
        "",
        "青溪街道梧桐居民区党总支、居委会　编　　2024年6月　第9期",
        "",
        "【自治园地】",
        "",
        "小区议事会定下了充电棚的位置",
        "",
        "6月12日晚，梧桐苑居民议事会开会商量新建充电棚的位置，最后定在小区北门的空地上。",
        "",
        "（梧桐居委会　宋然）",
        "",
        "（完）以上内容版权归梧桐居委会，搬运仅供邻居参考。",
        "",
        "赞",
        "收藏",
        "回应",
        "梧桐苑老住户",
        "2024-06-21 21:02:45 上海",
        "谢谢搬运！",
        "© 2005－2024 example.com, all rights reserved",
        "关于我们 · 联系我们 · 法律声明 · 帮助中心",
    ]
)


def test_the_posters_note_over_the_masthead_it_carries_is_the_posts():
    issue = parse_all(TOPIC)
    assert [a.title for a in issue.articles] == ["小区议事会定下了充电棚的位置"]
    assert issue.furniture[issue.furniture.index("梧桐苑三楼的狗") + 2].startswith(
        "这期《梧桐邻里》"
    )


def test_after_the_posters_end_note_the_page_is_the_posts():
    [story] = parse_all(TOPIC).articles
    assert story.paragraphs == [
        "6月12日晚，梧桐苑居民议事会开会商量新建充电棚的位置，最后定在小区北门的空地上。"
    ]
    assert [b.author for b in story.bylines] == ["宋然"]
