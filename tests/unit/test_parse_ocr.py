"""Pages read by OCR (issue #17): a column rule read as a `|` line, a photo story's
`X　摄影报道` credit. Each test is a small text of its own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

PHOTO_STORY = (
    "东湖街坊\n\n"
    "公园健身角换新颜\n\n"
    "东湖公园的健身角建于十多年前，器材老化，地面坑洼，居民意见较多。\n\n"
    "|\n\n"
    "今年街道对健身角进行改造，更换了全部器材，铺设了塑胶地面。\n\n"
    "林晓\u3000摄影报道\n\n"
    "图①\u3000改造前的健身角。\n"
    "图②\u3000居民在新器材上锻炼。\n"
)


def test_a_bar_alone_on_a_line_is_a_speck_of_the_page_not_a_heading():
    issue = parse_all(PHOTO_STORY)
    (article,) = issue.articles
    assert "|" not in article.paragraphs and article.intertitles == []
    assert "|" in issue.furniture
    assert len(article.paragraphs) == 2
    assert_nothing_lost(PHOTO_STORY, issue)


def test_a_photo_storys_credit_is_its_photographers_byline():
    (article,) = parse_all(PHOTO_STORY).articles
    assert [(b.role, b.author) for b in article.bylines] == [("摄影", "林晓")]
    assert article.captions == ["图①\u3000改造前的健身角。", "图②\u3000居民在新器材上锻炼。"]
