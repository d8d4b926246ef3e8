"""A title of megabytes on one line: every label cut to what it can show before Rich
measures it, so the first screen is drawn at once and every key answers."""

from __future__ import annotations

import rich.text
from textual.widgets import OptionList, Static

from lcreader.model import Article, Issue, Library
from lcreader.tui.widgets.article_view import ArticleView
from lcreader.tui.widgets.issue_tree import IssueTree
from lcreader.tui.widgets.search_panel import SNIPPET_CHARS
from lcreader.tui.widgets.shown_text import LABEL_CHARS
from tests.functional.reader_helpers import WIDE, make_app, type_query

CHARS = 200_000  # a title of one line; the tester's had 3.3 million characters


def long_title_library() -> Library:
    """Two undated issues, each named by its headline, a title of CHARS characters."""
    issues = []
    for n, word in enumerate(("长", "宽")):
        title = word + "统战工作。" * (CHARS // 5)
        paragraphs = ["社区召开统战工作座谈会。"] * 100  # scrolled to, past the title
        article = Article(id=f"long{n}/1", issue=f"long{n}", title=title, paragraphs=paragraphs)
        issues.append(Issue(id=f"long{n}", source=f"long{n}.txt", title=title, articles=[article]))
    return Library(issues=issues)


class Copies:
    """The characters every Rich Text made copies (and cleans): the work Rich does on
    bulletin text. Measuring, cropping and slicing a long title copies all of it."""

    def __init__(self, monkeypatch) -> None:
        self.counted: list[int] = []
        strip = rich.text.strip_control_codes

        def counted(text: str) -> str:
            self.counted.append(len(text))
            return strip(text)

        monkeypatch.setattr(rich.text, "strip_control_codes", counted)

    def taken(self) -> int:
        total = sum(self.counted)
        self.counted.clear()
        return total


async def test_a_long_title_is_cut_before_it_is_measured_in_every_label(tmp_path, monkeypatch):
    copies = Copies(monkeypatch)
    app = make_app(long_title_library(), tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        # The article pane sets the open title whole, once: nothing else copies it.
        assert copies.taken() <= 4 * CHARS
        tree = app.query_one(IssueTree)
        rows = [
            tree.render_label(n, tree.rich_style, tree.rich_style)
            for n in tree._tree_nodes.values()
        ]
        assert all(row.cell_len <= tree.size.width for row in rows if row.plain)
        assert any(row.plain.endswith("…") for row in rows)
        # A key in the tree moves to the other article: its labels cost a few hundred
        # characters each, not the title's length.
        copies.taken()
        for key in ("j", "j", "k", "j"):
            await pilot.press(key)
            await pilot.pause()
            assert copies.taken() <= 5 * CHARS  # the article pane laying out the title
        assert app.article_id == "long0/1"
        # Scrolled in the article, the sticky title shows cut, at the pane's width.
        view = app.query_one(ArticleView)
        view.focus()
        await pilot.press("G")  # past the title, thousands of lines long
        await pilot.pause()
        copies.taken()
        for _ in range(3):
            await pilot.press("k")
            await pilot.pause()
        assert copies.taken() <= 100 * LABEL_CHARS
        sticky = app.query_one("#article-sticky", Static).render()
        assert sticky.plain.startswith("长统战工作") and "…" in sticky.plain
        assert sticky.cell_length <= view.size.width


async def test_a_hit_on_a_long_title_lists_its_start(tmp_path, monkeypatch):
    app = make_app(long_title_library(), tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        copies = Copies(monkeypatch)
        await type_query(pilot, "统战")  # two searches, the open article laid out again
        assert copies.taken() <= 6 * CHARS
        results = app.query_one("#search-results", OptionList)
        assert results.option_count == 2
        for k in range(2):
            prompt = results.get_option_at_index(k).prompt
            assert len(prompt.plain) <= LABEL_CHARS + SNIPPET_CHARS + 20
            assert "…" in prompt.plain


async def test_the_palette_and_the_notices_name_a_long_title_by_its_start(tmp_path):
    # The palette listed every title whole, and a notice (r, U, b) said it whole: megabytes
    # measured by Rich in a toast, or in the palette as it filtered.
    from lcreader.tui.commands import _made

    app = make_app(long_title_library(), tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        labels = [label for label, _, _ in _made(app)]
        assert labels and all(len(label) <= LABEL_CHARS + 20 for label in labels)
        await pilot.press("enter")
        await pilot.pause()
        for key in ("r", "U", "b"):
            await pilot.press(key)
            await pilot.pause()
        said = [n.message for n in app._notifications]
        assert len(said) >= 3 and all(len(text) <= LABEL_CHARS + 40 for text in said), [
            len(text) for text in said
        ]


async def test_a_persons_page_lists_a_long_title_by_its_start(tmp_path):
    from lcreader.library import open_library
    from lcreader.tui.screens.entity_page import EntityPageScreen
    from tests.helpers import write_library

    title = "长" + "统战工作。" * (CHARS // 5)
    text = f"# {title}\n\n社区召开座谈会，张三主持。\n\n（党建办 张三）\n"
    folder = write_library(tmp_path / "lib", {"a.txt": text})
    library = open_library(folder, tmp_path / "cache.json")
    app = make_app(library, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        app.open_entity_page("people", "张三")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, EntityPageScreen)
        articles = app.screen.query_one("#page-articles", OptionList)
        assert articles.option_count == 1
        prompt = articles.get_option_at_index(0).prompt
        assert prompt.plain.startswith("长统战工作") and len(prompt.plain) <= 3 * LABEL_CHARS
