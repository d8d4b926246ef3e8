"""A contents box whose entries abridge the headlines, an editor's note over the headline
it introduces, a headline that asks and answers (issue #17). Each test is a small text of
its own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

GUIDE = (
    "某某社区通讯\n2024年第5期\n\n"
    "本期导读\n"
    "◎ 加装电梯进展\n"
    "◎ 办事指南：医保怎么转\n"
    "◎ 夜校秋季班开课\n\n"
    "编者按：今年社区加装电梯提速，本期刊登进展，欢迎居民监督。\n\n"
    "某某街道2024年加装电梯进展通报\n\n"
    "　　今年以来，街道新增加装电梯十二台。\n\n"
    "（自治办）\n\n"
    "办事指南\n"
    "医保怎么转？这些材料要备齐\n\n"
    "问：外省医保能转到本市吗？\n\n"
    "答：可以，带身份证到受理中心办理。\n\n"
    "（受理中心）\n\n"
    "夜校秋季班开课\n\n"
    "　　社区夜校秋季班本周开课，共开设八门课程。\n\n"
    "（文化站）\n"
)


def test_a_contents_box_whose_entries_abridge_the_headlines_is_furniture():
    issue = parse_all(GUIDE)
    for line in ("本期导读", "◎ 加装电梯进展", "◎ 办事指南：医保怎么转", "◎ 夜校秋季班开课"):
        assert line in issue.furniture
    assert [a.title for a in issue.articles] == [
        "某某街道2024年加装电梯进展通报",
        "医保怎么转？这些材料要备齐",
        "夜校秋季班开课",
    ]
    assert_nothing_lost(GUIDE, issue)


def test_entries_that_name_nothing_later_are_no_contents_box():
    text = GUIDE.replace("◎ 办事指南：医保怎么转", "◎ 养犬文明公约发布")
    assert "本期导读" not in parse_all(text).furniture


def test_an_editors_note_over_a_headline_opens_that_article():
    first = parse_all(GUIDE).articles[0]
    assert first.paragraphs[0].startswith("编者按：")
    assert first.paragraphs[1] == "今年以来，街道新增加装电梯十二台。"


def test_a_headline_that_asks_and_answers_starts_an_article_after_a_byline():
    issue = parse_all(GUIDE)
    second = issue.articles[1]
    assert second.kicker == "办事指南"
    assert second.paragraphs[0] == "问：外省医保能转到本市吗？"


def test_a_sentence_cut_after_a_question_is_no_headline():
    text = "社区议事会\n\n　　居民问，停车难怎么办？大家\n　　一起想办法。\n\n（自治办）\n"
    [article] = parse_all(text).articles
    assert article.title == "社区议事会"
