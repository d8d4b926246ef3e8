"""A fortnightly kept as a note app's database page and exported as Markdown (issue #17,
round ys's Notion file): the page's title over its properties (`期号: 第9期`), the
contents in a callout after its pictograph, questions as toggles (`<summary>问：…</summary>`).
Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import parse_all

PAGE = "\n".join(
    [
        "# 桐荫邻里双周刊｜第5期",
        "",
        "出刊日期: 2024年7月5日",
        "期号: 第5期",
        "状态: 已发布",
        "",
        "<aside>",
        "📌 本期导读：暑托班答疑｜口袋花园",
        "",
        "</aside>",
        "",
        "---",
        "",
        "## 暑托班报名，家长最关心这些问题",
        "",
        "今年暑期社区开设两期爱心暑托班，我们把家长集中的问题整理如下。",
        "",
        "<details>",
        "<summary>问：暑托班面向哪些孩子？</summary>",
        "",
        "答：本社区今年秋季就读一至五年级的小学生均可报名。",
        "",
        "</details>",
        "",
        "（桐荫社工站供稿）",
    ]
)


def test_the_pages_title_and_properties_head_the_issue():
    issue = parse_all(PAGE)
    kept = set(issue.furniture)
    assert {"出刊日期: 2024年7月5日", "期号: 第5期", "状态: 已发布"} <= kept
    assert "📌 本期导读：暑托班答疑｜口袋花园" in kept
    (story,) = issue.articles
    assert story.title == "暑托班报名，家长最关心这些问题"


def test_a_toggles_question_is_the_texts_without_its_tags():
    story = parse_all(PAGE).articles[0]
    assert "问：暑托班面向哪些孩子？" in story.paragraphs
    assert not any("<" in paragraph for paragraph in story.paragraphs)
