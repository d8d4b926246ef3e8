"""The reader's search bar: results as you type, highlights, n/N, the query syntax."""

from __future__ import annotations

from textual.widgets import Static

from lcreader.messages import message
from lcreader.search import parse_query
from lcreader.tui.widgets.article_view import ArticleView
from lcreader.tui.widgets.search_panel import ResultList
from tests.functional.reader_helpers import WIDE, make_app, status, type_query


async def test_search_updates_as_you_type(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "统")
        results = app.query_one(ResultList)
        assert results.option_count == app.index.search(parse_query("统")).total == 2
        await pilot.press("backspace")
        for ch in "统战":
            await pilot.press(ch)
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert results.option_count == 1
        assert results.get_option_at_index(0).id == "000_a74f4656124ffe3f/2"
        assert message("status.matches", at=21) in status(app)


async def test_enter_opens_the_hit_with_matches_highlighted_and_counted(seeds, tmp_path, lang):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "统战")
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert app.article_id == "000_a74f4656124ffe3f/2"
        assert len(view.highlights.matches) == 21 and view.highlights.current == 0
        assert message("status.matches", at="1/21") in status(app)
        assert app.focused is view


async def test_n_and_shift_n_move_across_articles(small, tmp_path):
    app = make_app(small, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "统战")
        await pilot.press("enter")
        await pilot.pause()
        first = app.article_id
        total = len(app.search_matches)
        in_first = sum(1 for a, _, _ in app.search_matches if a == first)
        assert total > in_first > 1
        for _ in range(in_first):
            await pilot.press("n")
        await pilot.pause()
        assert app.article_id != first
        assert message("status.matches", at=f"{in_first + 1}/{total}") in status(app)
        await pilot.press("N")
        await pilot.pause()
        assert app.article_id == first
        assert message("status.matches", at=f"{in_first}/{total}") in status(app)


async def test_matches_are_scrolled_into_view(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(100, 16)) as pilot:
        await type_query(pilot, "商会")
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        line = view.match_lines[view.highlights.current]
        assert line > view.size.height  # below the first screen...
        assert view.scroll_y <= line < view.scroll_y + view.size.height  # ...and shown


async def test_escape_closes_the_bar_the_highlights_stay_until_x(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "统战")
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert not app.screen.has_class("-searching")
        assert app.query_one(ArticleView).highlights.matches
        await pilot.press("n")
        assert message("status.matches", at="2/21") in status(app)
        await pilot.press("x")
        await pilot.pause()
        assert not app.query_one(ArticleView).highlights.matches
        assert not app.query_one("#status").display


async def test_query_syntax_in_the_bar(small, tmp_path):
    app = make_app(small, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "统战 year:2019")
        assert app.query_one(ResultList).option_count == 1
        await pilot.press(*["backspace"] * 9)
        for ch in "-座谈":
            await pilot.press(ch)
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.query_one(ResultList).option_count == 1
        assert app.search_result.hits[0].title == "2019年社区运动会举行"


async def test_a_bad_query_says_why_and_does_not_crash(seeds, tmp_path, lang):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "year:20")
        shown = app.query_one("#search-status", Static).render().plain
        assert shown == message("query.bad_year", value=20)


async def test_open_on_a_query(seeds, tmp_path):
    app = make_app(seeds, tmp_path, query="统战")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.has_class("-searching")
        assert app.query_one(ResultList).option_count == 1


async def test_quick_searches_answer_in_the_key_handler_slow_ones_in_a_worker(
    small, tmp_path, monkeypatch
):
    from lcreader.tui.widgets import search_panel
    from lcreader.tui.widgets.search_panel import SearchPanel

    threaded = []
    in_thread = SearchPanel._search
    monkeypatch.setattr(
        SearchPanel,
        "_search",
        lambda self, *args: threaded.append(args[0]) or in_thread(self, *args),
    )
    app = make_app(small, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        panel = app.query_one(SearchPanel)
        await pilot.press("slash")
        await app.workers.wait_for_complete()  # the warm-up learns searches are quick here
        assert panel._quick
        await pilot.press("统")
        await pilot.pause()
        assert panel.result is not None and panel.result.query.text == "统"
        assert threaded == []
    monkeypatch.setattr(search_panel, "QUICK_SECONDS", -1.0)  # now nothing is quick
    app = make_app(small, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        panel = app.query_one(SearchPanel)
        await type_query(pilot, "统战")
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not panel._quick
        assert threaded and threaded[-1] == "统战"
        assert panel.result is not None and panel.result.query.text == "统战"


async def test_open_searches_the_built_query_not_its_text_parsed_again(seeds, tmp_path):
    """`search --open` hands the reader the Query it built from the flags: a person's
    name holding both kinds of quote cannot be written as query text, yet it searches."""
    from lcreader.search import build_query

    query = build_query(["统战"], ['乐跃明” "'], [], [])
    reparsed = parse_query(query.text)  # its text reads as person:乐跃明, who is there
    assert reparsed.people == ["乐跃明"] and app_total(seeds, reparsed) == 1
    app = make_app(seeds, tmp_path, query=query)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        expected = app.index.search(query)
        assert app.search_result is not None
        assert [h.article_id for h in app.search_result.hits] == [
            h.article_id for h in expected.hits
        ]
        assert expected.total == 0  # nobody is named `乐跃明” "`


def app_total(library, query) -> int:
    from lcreader.search import SearchIndex

    return SearchIndex(library).search(query).total
