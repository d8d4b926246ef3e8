"""What a key costs the reader beyond its own work: no widgets rebuilt, no rows measured
again, no text set twice. Each was a layout of the whole screen per key at ×1000
(benchmarks/key_latency.py times the keys; these hold the causes away)."""

from __future__ import annotations

from textual.scrollbar import ScrollBar
from textual.widget import Widget

from lcreader.tui import app as app_module
from lcreader.tui import heap
from lcreader.tui.app import ReaderApp
from lcreader.tui.screens import help as help_module
from lcreader.tui.widgets.article_lines import ArticleLines
from lcreader.tui.widgets.footer import ReaderFooter
from lcreader.tui.widgets.issue_tree import IssueTree
from lcreader.tui.widgets.sidebar import EntityPane
from tests.functional.reader_helpers import WIDE, make_app, type_query


async def test_a_focus_move_changes_the_footers_keys_without_rebuilding_it(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        footer = app.query_one(ReaderFooter)
        before = footer.shown()
        await type_query(pilot, "统战")
        searching = footer.shown()
        await pilot.press("escape")
        await pilot.pause()
        assert searching != before and footer.shown() == before
        # One line of text: nothing mounted in it, nothing to lay out.
        assert not footer.children


async def test_the_tree_keeps_its_rows_when_restyled_and_measures_them_without_drawing(
    seeds, tmp_path, monkeypatch
):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        tree = app.query_one(IssueTree)
        rows = tree._tree_lines
        await type_query(pilot, "统战")
        await pilot.press("escape")  # the focus leaves the search bar: the tree restyled
        await pilot.pause()
        assert tree._tree_lines is rows  # the same rows, not built again
        drawn = []
        render_label = IssueTree.render_label

        def counted(self, *args):
            drawn.append(1)
            return render_label(self, *args)

        monkeypatch.setattr(IssueTree, "render_label", counted)
        tree._build()
        assert drawn == [] and tree.virtual_size.width <= tree.size.width


async def test_the_help_sets_its_text_once(seeds, tmp_path, monkeypatch):
    made = []
    help_text = help_module.help_text

    def counted(width: int = 86):
        made.append(width)
        return help_text(width)

    monkeypatch.setattr(help_module, "help_text", counted)
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause(0.3)
        assert len(made) == 1, made


def count_layouts(app) -> list[int]:
    """Each layout of the reader's screen from now on (Textual publishes one a layout)."""
    layouts: list[int] = []
    app.screen.screen_layout_refresh_signal.subscribe(app, lambda screen: layouts.append(1))
    return layouts


async def test_n_to_an_article_of_another_length_lays_the_screen_out_once(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await _searched_and_closed(pilot)  # its first hit shown
        await pilot.press("left_square_bracket")  # an article of no hit, of another length
        await pilot.pause(0.3)
        body = app.query_one(ArticleLines)
        lines = len(body.lines)
        layouts = count_layouts(app)
        for _ in range(len(app.search_matches)):  # on to a match in an article of its own length
            layouts.clear()  # the layouts of this key alone
            await pilot.press("n")
            await pilot.pause(0.2)
            if len(body.lines) != lines:
                break
        assert len(body.lines) != lines, "the matches are all in articles of one length"
        # Its new height, in the one layout: not a second one for the size it was given.
        assert len(layouts) == 1, layouts


async def test_a_layout_that_leaves_the_lists_as_they_were_repaints_none_of_their_scrollbars(
    seeds, tmp_path, monkeypatch
):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(WIDE[0], 8)) as pilot:  # low: both lists scroll
        await pilot.pause()
        lists = [app.query_one(IssueTree), app.query_one("#people-list", EntityPane)]
        assert all(pane.show_vertical_scrollbar for pane in lists)
        bars = {pane.vertical_scrollbar for pane in lists}
        repainted = []
        refresh = ScrollBar.refresh

        def counted(self, *args, **kwargs):
            if self in bars:
                repainted.append(self)
            return refresh(self, *args, **kwargs)

        monkeypatch.setattr(ScrollBar, "refresh", counted)
        layouts = count_layouts(app)
        app.screen.refresh(layout=True)  # as a key's layout does, elsewhere on the screen
        await pilot.pause(0.2)
        assert layouts and repainted == []  # each was a frame more, after the layout's
        await pilot.resize_terminal(WIDE[0], 10)  # taller: the scrollbars follow
        await pilot.pause(0.2)
        assert set(repainted) == bars
        assert all(pane.vertical_scrollbar.window_size == pane.size.height for pane in lists)


async def test_the_young_objects_are_collected_once_the_keys_pause(seeds, tmp_path, monkeypatch):
    collected = []
    monkeypatch.setattr(app_module, "settle_heap", lambda: None)  # no frozen test process
    monkeypatch.setattr(heap, "collect_young", lambda: collected.append(1))
    app = ReaderApp(seeds, tmp_path / "data", settles_heap=True)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("j", "j", "k")  # a burst: one collection after it, none inside
        assert collected == []
        await pilot.pause(heap.IDLE_SECONDS + 0.2)
        assert collected == [1]


async def test_x_hiding_the_status_line_asks_no_second_layout_of_the_readers_own_widgets(
    seeds, tmp_path, monkeypatch
):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await _searched_and_closed(pilot)
        asked = []
        refresh = Widget.refresh

        def counted(self, *regions, layout=False, **kwargs):
            if layout:
                asked.append(self.id)
            return refresh(self, *regions, layout=layout, **kwargs)

        monkeypatch.setattr(Widget, "refresh", counted)
        await pilot.press("x")
        await pilot.pause(0.3)
        assert not app.query_one("#status").display
        # A row taller, each was laid out at its new size in the first layout.
        own = {"main", "left", "article", "article-body", "sidebar"}
        assert own.isdisjoint(asked), asked


async def test_panes_a_row_taller_are_drawn_once_with_the_lines_they_had(
    seeds, tmp_path, monkeypatch
):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await _searched_and_closed(pilot)
        tree, people = app.query_one(IssueTree), app.query_one("#people-list", EntityPane)
        drawn, cleared = [], []
        render_line = IssueTree.render_line
        clear_caches = EntityPane._clear_caches

        def counted_line(self, y):
            drawn.append(y)
            return render_line(self, y)

        def counted_clear(self):
            cleared.append(self)
            return clear_caches(self)

        monkeypatch.setattr(IssueTree, "render_line", counted_line)
        monkeypatch.setattr(EntityPane, "_clear_caches", counted_clear)
        height = tree.size.height
        await pilot.press("x")  # the status line hidden: the tree and the list a row taller
        await pilot.pause(0.3)
        assert tree.size.height == height + 1
        assert len(drawn) <= tree.size.height, len(drawn)  # in the layout's frame, once
        assert people not in cleared  # its entries' lines kept: the same width
        app.query_one("#sidebar").styles.width = 40  # wider: set again
        await pilot.pause(0.3)
        assert people in cleared


async def test_the_trees_scrollbar_follows_its_rows_before_the_layout(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(WIDE[0], 5)) as pilot:  # low: the tree scrolls
        await pilot.pause()
        tree = app.query_one(IssueTree)
        bar = tree.vertical_scrollbar
        rows = tree.virtual_size.height
        assert tree.show_vertical_scrollbar and bar.window_virtual_size == rows
        issues = [node for node in tree.root.children if node.is_expanded]
        min(issues, key=lambda node: len(node.children)).collapse()
        _ = tree._tree_lines  # its rows counted, as its next frame does
        assert bar.window_size < tree.virtual_size.height < rows
        # Set with the rows, and so drawn in their frame, not in one after the layout.
        assert bar.window_virtual_size == tree.virtual_size.height


async def _searched_and_closed(pilot) -> None:
    """A search made and its bar closed: the highlights stay until `x`."""
    await type_query(pilot, "统战")
    await pilot.press("escape")
    await pilot.pause(0.3)
