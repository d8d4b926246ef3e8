"""Lines read by where they stand (issue #17): a one-sentence caption with a position
mark set apart, the picture under an article's byline a blank line below it, two
bodies signing a notice on one line over a date in the Republic's years. Each test is
a small text of its own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

STORY = (
    "巷口修车摊的老周\n\n"
    "　　每天清晨六点，老周就在巷口支起修车摊，一干就是二十多年。\n"
    "　　街坊们说，老周补胎从不多收一分钱，谁家自行车坏了都来找他。\n\n"
    "（文／社区办公室）\n\n"
    "老周（左）为街坊修理自行车。\n\n"
    "- 2 -\n\n"
    "社区食堂开业\n\n"
    "　　本周一，社区食堂正式开业，每天中午供应两荤两素。\n"
)


def test_a_marked_sentence_set_apart_under_a_byline_is_that_articles_caption():
    issue = parse_all(STORY)
    first, second = issue.articles
    assert first.captions == ["老周（左）为街坊修理自行车。"]
    assert second.title == "社区食堂开业" and not second.captions
    assert_nothing_lost(STORY, issue)


def test_a_marked_sentence_inside_a_paragraph_stays_text():
    text = (
        "社区合唱队获奖\n\n"
        "　　上周六，社区合唱队参加区里的比赛，队长林阿姨（右）带领队员演唱两首歌曲，\n"
        "获得二等奖。\n"
    )
    issue = parse_all(text)
    assert issue.articles[0].captions == []
    assert_nothing_lost(text, issue)


NOTICE = (
    "免費流感疫苗接種通知\n\n"
    "　　為保障長者健康，本里將辦理流感疫苗接種，請符合資格的里民踴躍參加。\n"
    "接種日期：113年10月19日上午9時\n"
    "接種地點：里活動中心\n"
    "西湖里辦公處　北區衛生所\n"
    "113年10月8日\n"
)


def test_two_bodies_on_one_line_over_a_short_year_date_sign_the_notice():
    article = parse_all(NOTICE).articles[0]
    assert [b.department for b in article.bylines] == ["西湖里辦公處", "北區衛生所"]
    assert article.meta.get("日期") == "113年10月8日"
    assert article.paragraphs[-1] == "接種地點：里活動中心"
    assert_nothing_lost(NOTICE, parse_all(NOTICE))
