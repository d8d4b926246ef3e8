"""E-paper article pages through a browser's reading mode (issue #17, round ye's Chrome
file): every paragraph set apart by a blank line, a picture's caption closed by its
photographer's credit, then a heading of the story's next part. Each text is my own;
none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

PAGE = (
    "梧桐里新添两处口袋公园\n\n"
    "本报讯（记者　岑晓雯）6月3日，梧桐里两处口袋公园同时开放，园内设有健身步道、儿童沙坑和休憩长椅，全天向居民开放。\n\n"
    "居民在新开放的口袋公园里散步。　岑晓雯 摄\n\n"
    "口袋公园里有新变化\n\n"
    "两处公园原是小区围墙外的边角地，过去常年堆放杂物。街道征集居民意见后，把这里改造成了家门口的小花园。\n"
)


def test_a_short_heading_under_a_credited_caption_heads_the_next_part():
    issue = parse_all(PAGE)
    (story,) = issue.articles
    assert story.captions == ["居民在新开放的口袋公园里散步。　岑晓雯 摄"]
    assert [story.paragraphs[k] for k in story.intertitles] == ["口袋公园里有新变化"]
    assert_nothing_lost(PAGE, issue)


def test_a_lead_credit_names_the_unit_and_the_writer_without_a_role():
    """`本报讯（党建办　X）…` (round ye's PyMuPDF file): the news's unit and writer."""
    text = (
        "梧桐街道表彰优秀志愿者\n\n"
        "本报讯（党建办　邬嘉琪）7月1日，梧桐街道表彰了50名优秀志愿者，他们全年服务时长都超过了200小时。\n"
    )
    issue = parse_all(text)
    (story,) = issue.articles
    assert story.paragraphs[0].startswith("7月1日，")
    assert [(b.department, b.author) for b in story.bylines] == [("党建办", "邬嘉琪")]
    assert_nothing_lost(text, issue)
