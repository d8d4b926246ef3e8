"""A four-column tabloid run through an online PDF-to-text converter (issue #17): columns
of thirteen characters with no indent, so only a line left short ends a paragraph; each
page's head its number, its section set letter-spaced and the day; a headline the
contents list names though it has a comma; numbered items cut by the wrap. Each test is
a small text of its own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, narrow_column, parse_all

_column = narrow_column  # thirteen characters a line


# The first paragraph's second sentence ends right at the column's edge.
_LEAD = (
    "石湾街道今年新建的两处社区书屋本月开放，藏书三千册。",  # 26: two full lines
    "书屋由社区闲置的活动室改建，白天向居民开放，晚上为学生提供自习座位，还设有老花镜和放大镜。",
    "社区负责人介绍，书屋的图书将每季度更换一次，居民也可以把家里的旧书捐到书屋。",
)

PAPER = (
    "石 湾 人 家\n2024年5月30日 星期四 第5期\n"
    "本期导读\n"
    "两处社区书屋开门迎客 1版\n"
    "夏季用电安全，这几点要记牢 2版\n"
    "民生实事\n两处社区书屋开门迎客\n" + _column(*_LEAD) + "\n2 综 合 新 闻 2024年5月30日\n"
    "本版编辑：屠小雅\n"
    "夏季用电安全，这几点要记牢\n"
    + _column("入夏以来用电量增加，请居民注意以下几点：")
    + "1.电动车不进楼道、不入户，不\n"
    "私拉电线充电；\n"
    "2.空调、电热水器等大功率电器\n"
    "单独使用插座；\n"
    "3.外出前检查家中电器是否已关\n"
    "闭，拔下不用的电源插头。\n"
    "（街道平安办）\n"
)


def test_a_sentence_ending_at_the_columns_edge_goes_on_in_its_paragraph():
    issue = parse_all(PAPER)
    lead = issue.articles[0]
    assert (lead.kicker, lead.title) == ("民生实事", "两处社区书屋开门迎客")
    assert lead.paragraphs == [_LEAD[0] + _LEAD[1], _LEAD[2]]
    assert_nothing_lost(PAPER, issue)


def test_a_page_head_with_its_section_letter_spaced_is_the_pages():
    issue = parse_all(PAPER)
    assert "2 综 合 新 闻 2024年5月30日" in issue.furniture
    assert [article.title for article in issue.articles] == [
        "两处社区书屋开门迎客",
        "夏季用电安全，这几点要记牢",
    ]


def test_a_listed_headline_with_a_comma_heads_numbered_items_the_wrap_cut():
    issue = parse_all(PAPER)
    notice = issue.articles[1]
    assert notice.paragraphs == [
        "入夏以来用电量增加，请居民注意以下几点：",
        "1.电动车不进楼道、不入户，不私拉电线充电；",
        "2.空调、电热水器等大功率电器单独使用插座；",
        "3.外出前检查家中电器是否已关闭，拔下不用的电源插头。",
    ]
    assert notice.intertitles == []
    assert_nothing_lost(PAPER, issue)


def test_a_photo_items_caption_of_three_lines_each_cut_mid_word():
    text = (
        "石 湾 人 家\n2024年5月30日 星期四 第5期\n"
        "民生实事\n两处社区书屋开门迎客\n" + _column(*_LEAD) + "端午香包进社区\n"
        "5月28日，石湾街道在社区广场\n"
        "举办“端午香包”手作活动，非\n"
        "遗传承人手把手教居民缝制香\n"
        "包。　谷雨晴 摄\n"
    )
    issue = parse_all(text)
    photo = issue.articles[-1]
    assert (photo.title, photo.paragraphs) == ("端午香包进社区", [])
    assert photo.captions == [
        "5月28日，石湾街道在社区广场举办“端午香包”手作活动，非遗传承人手把手教居民缝制香包。　谷雨晴 摄"
    ]
    assert_nothing_lost(text, issue)
