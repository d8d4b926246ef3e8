"""A page photographed and read out by a chat assistant, its Markdown reply copied
(issue #17, round zz): the assistant's opening words and its heading over each
picture's text are its own, a paragraph cut between two pictures is one; `# 松韵` over
the page's date line is the paper's name; `## 岁月留痕` over `**母亲的笸箩**` is the
column over its story's headline. Each text is my own; none of a corpus file's words."""

from __future__ import annotations

from tests.helpers import assert_nothing_lost, parse_all

REPLY = (
    "好的，以下是两张图片中的文字内容，已按图片顺序整理：\n"
    "\n"
    "### 图片1\n"
    "\n"
    "# 桑榆\n"
    "\n"
    "2024年10月11日 星期五 | 第4版 | 副刊\n"
    "\n"
    "## 岁月留痕\n"
    "\n"
    "**母亲的笸箩**\n"
    "\n"
    "居民 葛惠英\n"
    "\n"
    "母亲有一只竹编的笸箩，是她出嫁时外婆送的。笸箩里装着顶针、剪刀和各色的\n"
    "\n"
    "### 图片2\n"
    "\n"
    "线团，一放就是六十年。\n"
    "\n"
    "去年母亲九十岁生日，我们想给她换个新的收纳盒，她摇摇头说，旧的用着顺手。\n"
)


def test_an_assistants_reply_gives_the_page_and_nothing_of_its_own():
    issue = parse_all(REPLY)
    (story,) = issue.articles
    assert (story.kicker, story.title) == ("岁月留痕", "母亲的笸箩")
    assert story.paragraphs[0] == (
        "母亲有一只竹编的笸箩，是她出嫁时外婆送的。笸箩里装着顶针、剪刀和各色的线团，一放就是六十年。"
    )
    for tools_or_pages in (
        "好的，以下是两张图片中的文字内容，已按图片顺序整理：",
        "### 图片2",
        "# 桑榆",
    ):
        assert tools_or_pages in issue.furniture
    assert_nothing_lost(REPLY, issue)


PICTURES_READ = (
    "以下是两张图片中的全部文字，已按原文顺序整理：\n\n"
    "第一张图片\n\n"
    "# 云汇楼宇党建简讯\n\n"
    "2024年第5期（总第17期）\n\n"
    "---\n\n"
    "## “红色驿站”开设周末服务\n\n"
    "为方便楼宇白领周末办事，云汇大厦“红色驿站”自8月起每周六上午开放，提供党员组织关系转接咨询等服务。\n\n"
    "（联合党委 蒋承远）\n\n"
    "---\n\n"
    "**第二张图片**\n\n"
    "## 8月活动预告\n\n"
    "8月15日午间微党课在12楼党群服务站举行，欢迎楼宇党员和职工参加。\n"
)


def test_an_assistants_words_over_the_pictures_it_read_are_its_own():
    issue = parse_all(PICTURES_READ)
    assert [a.title for a in issue.articles] == ["“红色驿站”开设周末服务", "8月活动预告"]
    assert "第二张图片" in issue.furniture  # (its bold marks read, as every line's)
    assert issue.articles[1].kicker is None


# An assistant's transcript of a village paper: Markdown's rule between stories, each
# story's column in brackets over its `##` headline.
COLUMNS = "\n".join(
    [
        "# 桐溪村讯",
        "",
        "2025年第2期（总第26期）",
        "",
        "桐溪村村民委员会编　　2025年3月20日",
        "",
        "---",
        "",
        "【三农动态】",
        "",
        "## 春耕备耕早安排",
        "",
        "清明过后，全村水稻育秧工作全面展开，合作社统一育秧八百余亩。",
        "",
        "---",
        "",
        "【村务公开】",
        "",
        "## 一季度村级财务收支公开",
        "",
        "根据村务公开有关规定，现将本村一季度财务收支情况公开如下。",
        "",
        "桐溪村村务监督委员会",
    ]
)


def test_a_columns_name_under_markdowns_rule_over_a_heading_is_its_kicker():
    issue = parse_all(COLUMNS)
    heads = [(a.kicker, a.title) for a in issue.articles]
    assert heads == [("三农动态", "春耕备耕早安排"), ("村务公开", "一季度村级财务收支公开")]
