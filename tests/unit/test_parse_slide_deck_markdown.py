"""A year-end slide deck turned into Markdown by a converter (issue #17, round yt's
MarkItDown file): a comment numbering each slide, the speaker's notes under `### Notes:`,
the deck's cover slide over its contents slide, `谢谢观看` over the editors on the last.
Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

DECK = "\n".join(
    [
        "<!-- Slide number: 1 -->",
        "# 枫林街道2024年度为民办实事简报",
        "枫林街道办事处2025年1月",
        "",
        "<!-- Slide number: 2 -->",
        "# 目录",
        "01　加装电梯",
        "02　长者食堂",
        "",
        "<!-- Slide number: 3 -->",
        "# 加装电梯",
        "全年新签约加装电梯32台，竣工25台，惠及居民一千余户。",
        "街道为每台电梯配备一名“加梯管家”，全程帮居民跑手续。",
        "（街道房管办供稿）",
        "",
        "### Notes:",
        "讲解提示：本页约一分钟，先讲全年总数。",
        "",
        "<!-- Slide number: 4 -->",
        "# 长者食堂",
        "新开长者食堂两家，每天供应午餐六百余客，老人凭卡享受补贴。",
        "（街道民政科供稿）",
        "",
        "<!-- Slide number: 5 -->",
        "# 谢谢观看",
        "编辑：陶然　审核：沈立",
    ]
)


def test_the_decks_slides_are_its_stories_and_its_markup_and_notes_are_no_text():
    issue = parse_all(DECK)
    assert [article.title for article in issue.articles] == ["加装电梯", "长者食堂"]
    assert "街道为每台电梯配备" in "".join(issue.articles[0].paragraphs)
    assert "讲解提示：本页约一分钟，先讲全年总数。" in issue.furniture
    assert not any(line.startswith("<!--") for line in issue.furniture)


def test_the_cover_slide_over_the_contents_is_the_issues_head():
    issue = parse_all(DECK)
    assert "枫林街道2024年度为民办实事简报" in " ".join(issue.furniture)
    assert "枫林街道办事处2025年1月" in issue.furniture


def test_thanks_over_the_editors_on_the_last_slide_is_no_story():
    issue = parse_all(DECK)
    assert "谢谢观看" not in [article.title for article in issue.articles]
