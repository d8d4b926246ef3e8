"""A community monthly made as a phone's H5 pages and copied whole from a browser
(issue #17, round ys's 易企秀 file): capitals set for ornament over each column's name,
a story going on on the next page under `（接上页）`, a schedule's rows set apart by
bars, the viewer's own words under the last page. Each text is my own; none of a corpus
file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PAGES = "\n".join(
    [
        "枫湾社区月刊｜2024年11月刊",
        "总第11期",
        "— 02 —",
        "NEWS",
        "社区新闻",
        "社区老年食堂增设晚餐",
        "11月1日起，枫湾社区老年食堂在午餐之外增设晚餐，每天下午五点开餐，菜品有",
        "— 03 —",
        "（接上页）",
        "两荤两素一汤，七十岁以上老人每餐补贴三元。",
        "开餐第一周，每天来吃晚饭的老人有四十多位。",
        "文/施雨",
        "CALENDAR",
        "— 04 —",
        "社区月历",
        "十一月活动日历",
        "11.05 周二｜太极拳晨练｜中心广场",
        "11.12 周二｜旧衣回收｜各小区门岗",
        "11.20 周三｜防诈骗讲座｜二楼活动室",
        "注：活动详情以楼道通知为准。",
        "THANKS FOR READING",
        "手机扫码观看",
        "分享给好友",
        "由易企秀提供技术支持",
    ]
)


def test_capitals_set_for_ornament_are_no_headline_or_text():
    issue = parse_all(PAGES)
    assert {"NEWS", "CALENDAR", "THANKS FOR READING"} <= set(issue.furniture)
    story = issue.articles[0]
    assert (story.kicker, story.title) == ("社区新闻", "社区老年食堂增设晚餐")


def test_a_story_goes_on_under_its_mark_on_the_next_page():
    story = parse_all(PAGES).articles[0]
    assert story.paragraphs[0].endswith("菜品有两荤两素一汤，七十岁以上老人每餐补贴三元。")
    assert [(b.role, b.author) for b in story.bylines] == [("文", "施雨")]


def test_a_schedules_rows_set_apart_by_bars_are_its_rows():
    calendar = parse_all(PAGES).articles[1]
    assert calendar.title == "十一月活动日历"
    assert calendar.paragraphs[:3] == [
        "11.05 周二｜太极拳晨练｜中心广场",
        "11.12 周二｜旧衣回收｜各小区门岗",
        "11.20 周三｜防诈骗讲座｜二楼活动室",
    ]


def test_the_viewers_words_under_the_last_page_are_the_pages():
    issue = parse_all(PAGES)
    assert {"手机扫码观看", "分享给好友", "由易企秀提供技术支持"} <= set(issue.furniture)


def test_a_jumps_rest_that_no_article_waits_for_stays_text():
    # (the page the story began on is not in the file: its rest is still the text's)
    text = "\n".join(
        [
            "（上接第3版）",
            "两荤两素一汤，七十岁以上老人每餐补贴三元。",
            "开餐第一周，每天来吃晚饭的老人有四十多位。",
            "（社区服务办）",
        ]
    )
    issue = parse_all(text)
    (rest,) = issue.articles
    assert rest.paragraphs == [
        "两荤两素一汤，七十岁以上老人每餐补贴三元。",
        "开餐第一周，每天来吃晚饭的老人有四十多位。",
    ]
