"""A 街道报 copied from Chrome's PDF viewer, a line per printed line (issue #17): the
masthead's page count (`今日四版`), a headline the narrow column wrapped mid-word over
its `——subtitle`, a contents entry that names a feature by its title and its deck in
other words. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import cut_at, parse_all

MASTHEAD = "2024年6月14日　星期五\n枫泾街道报\n第6期（总第71期）\n今日四版\n1　要闻\n"
LEAD = "6月10日上午，枫泾街道15个老旧小区加装电梯项目集中签约，涉及居民1260户。"


def test_the_issues_page_count_is_its_masthead():
    text = MASTHEAD + "聚焦民生实事\n15个小区加装电梯集中签约\n" + cut_at(13, LEAD)
    issue = parse_all(text)
    assert "今日四版" in issue.furniture
    assert issue.articles[0].title == "15个小区加装电梯集中签约"


def test_a_headline_wrapped_mid_word_over_its_deck_is_one_title():
    text = (
        MASTHEAD
        + "聚焦民生实事\n"
        + "15个老旧小区加装电梯项目\n"
        + "集中签约\n"
        + "——今年将惠及居民1260户\n"
        + cut_at(13, LEAD)
    )
    lead = parse_all(text).articles[0]
    assert (lead.kicker, lead.title, lead.subtitle) == (
        "聚焦民生实事",
        "15个老旧小区加装电梯项目集中签约",
        "今年将惠及居民1260户",
    )
    assert lead.paragraphs == [LEAD]


PROFILE = (
    "每周六上午，家住东街的戚师傅都会在巷口摆开修车摊，补胎、换链条、紧刹车，"
    "来的都是街坊，他一分钱不收。"
)


def test_a_contents_entry_naming_a_title_and_its_deck_names_the_title():
    text = (
        MASTHEAD
        + "本期导读\n3版　巷口的“修车铺”义务服务十年\n\n"
        + "街坊人物\n巷口的“修车铺”\n——退休工人戚德明义务修车十年\n"
        + cut_at(13, PROFILE)
    )
    profile = parse_all(text).articles[-1]
    assert (profile.kicker, profile.title, profile.subtitle) == (
        "街坊人物",
        "巷口的“修车铺”",
        "退休工人戚德明义务修车十年",
    )


def test_a_long_number_ending_its_line_is_not_joined_to_the_next():
    from lcreader.parse.text import join_pieces

    assert join_pieces("枫泾街道1", "5个小区") == "枫泾街道15个小区"
    # a phone number ends where its line does: the next line's figure is another's
    assert join_pieces("维保电话：86930217", "7幢居民") == "维保电话：86930217 7幢居民"
    assert join_pieces("see page 1", "5 people") == "see page 1 5 people"
