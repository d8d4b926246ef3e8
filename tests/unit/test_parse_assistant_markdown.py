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
