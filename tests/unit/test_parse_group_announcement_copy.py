"""A weekly digest posted as a chat group's announcement and copied out (issue #17,
round yd's WeChat-for-Mac file): the post's greeting right under its name, pointing
down at the items; a 简讯 item whose headline runs in before a colon; the sign-off to
the group at the end. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

POST = "\n".join(
    [
        "📢柳巷邻里周讯 第8期（9月2日—9月8日）",
        "各位邻居晚上好[月亮]本周周讯请查收👇",
        "",
        "1️⃣【居委通知】小区下周清洗二次供水水箱",
        "9月10日上午小区清洗水箱，届时暂停供水四小时，请各户提前储水。",
        "柳巷居民区居委会",
        "2024年9月2日",
        "",
        "2️⃣【简讯】",
        "▪️社区书场开锣：9月3日，柳巷社区书场举行新一季首场演出，六十多位老人前来听书。",
        "▪️助老食堂加菜：9月5日起，助老食堂每天中午加供一道汤，老人凭卡免费领取。",
        "",
        "如有问题，请在群里@居委会小章，或打居委会电话。谢谢大家[抱拳][抱拳]",
        "本期编辑：章悦",
    ]
)


def test_the_posts_greeting_under_its_name_points_at_the_items():
    issue = parse_all(POST)
    assert "各位邻居晚上好[月亮]本周周讯请查收👇" in issue.furniture
    assert issue.articles[0].title == "小区下周清洗二次供水水箱"


def test_each_item_under_the_briefs_head_runs_in_before_its_colon():
    titles = [a.title for a in parse_all(POST).articles]
    assert titles[1:] == ["社区书场开锣", "助老食堂加菜"]


def test_the_sign_off_to_the_group_is_the_posts_not_an_article():
    issue = parse_all(POST)
    assert issue.furniture[-2].startswith("如有问题，请在群里@居委会小章")
    assert len(issue.articles) == 3
