"""The reader's search bar: results as you type, highlights, n/N, the query syntax."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from lcreader.messages import message
from lcreader.search import parse_query
from lcreader.tui.widgets.article_view import ArticleView
from lcreader.tui.widgets.issue_tree import IssueTree
from lcreader.tui.widgets.search_panel import ResultList
from tests.functional.reader_helpers import WIDE, make_app, status, type_query

# The matches of 统战 in the seeds' united-front article: 21 of 统战 and one of 统一战线,
# its synonym, which the search bar finds too.
MATCHES = 22


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
        assert message("status.matches", at=MATCHES) in status(app)


async def test_enter_opens_the_hit_with_matches_highlighted_and_counted(seeds, tmp_path, lang):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "统战")
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert app.article_id == "000_a74f4656124ffe3f/2"
        assert len(view.highlights.matches) == MATCHES and view.highlights.current == 0
        assert message("status.matches", at=f"1/{MATCHES}") in status(app)
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
        assert not app.searching
        assert app.query_one(ArticleView).highlights.matches
        await pilot.press("n")
        assert message("status.matches", at=f"2/{MATCHES}") in status(app)
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
        # Wrapped to the bar (a line's blank at a cut left out).
        assert shown.replace("\n", "").replace(" ", "") == message(
            "query.bad_year", value=20
        ).replace(" ", "")


async def test_open_on_a_query(seeds, tmp_path):
    app = make_app(seeds, tmp_path, query="统战")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.searching
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


async def test_first_key_after_a_pause_searches_at_once_and_a_burst_waits(
    small, tmp_path, monkeypatch
):
    """A search in a thread starts on the key that begins a burst; the keys within the
    burst wait for it to end, and only the last of them is searched."""
    from lcreader.tui.widgets import search_panel
    from lcreader.tui.widgets.search_panel import SearchPanel

    monkeypatch.setattr(search_panel, "QUICK_SECONDS", -1.0)  # every search in a thread
    monkeypatch.setattr(search_panel, "DEBOUNCE_SECONDS", 30.0)  # a burst never ends here
    app = make_app(small, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        panel = app.query_one(SearchPanel)
        await pilot.press("slash")
        await app.workers.wait_for_complete()
        await pilot.press("统")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert panel.result is not None and panel.result.query.text == "统"  # no timer
        await pilot.press("战")  # within the burst: waits for it to end
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert panel.result.query.text == "统"
        assert panel._timer is not None


async def test_an_empty_query_does_not_teach_that_searches_are_quick(small, tmp_path, monkeypatch):
    """Clearing the bar costs nothing; it must not make the next, slow search run on the
    UI thread."""
    import time

    from lcreader.tui.widgets.search_panel import SearchPanel

    app = make_app(small, tmp_path)
    searching = app.index.search

    def slow(*args, **kwargs):
        time.sleep(0.02)
        return searching(*args, **kwargs)

    monkeypatch.setattr(app.index, "search", slow)
    async with app.run_test(size=WIDE) as pilot:
        panel = app.query_one(SearchPanel)
        await type_query(pilot, "统")
        assert not panel._quick
        await pilot.press("backspace")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert not panel._quick


async def test_the_list_grows_when_the_cursor_reaches_its_last_hit(large, tmp_path, monkeypatch):
    from lcreader.tui.widgets import search_panel

    monkeypatch.setattr(search_panel, "LISTED_RESULTS", 5)
    app = make_app(large, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "社区")
        results = app.query_one(ResultList)
        total = app.index.search(parse_query("社区")).total
        assert total > 10 and results.option_count == 5
        assert message("search.listed", listed=5) in panel_status(app)
        await pilot.press("tab")
        for _ in range(4):
            await pilot.press("down")
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert results.option_count == 10 and results.highlighted == 4
        ids = [results.get_option_at_index(k).id for k in range(10)]
        expected = app.index.search(parse_query("社区"), limit=10).hits
        assert ids == [hit.article_id for hit in expected]
        assert message("search.listed", listed=10) in panel_status(app)
        matches = sum(len(hit.matches) for hit in expected)
        assert len(app.search_matches) == matches  # n/N walk the hits listed


async def test_the_open_article_is_highlighted_again_once_typing_pauses(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        shown = app.article_id
        await pilot.press("slash")
        for ch in "街道":
            await pilot.press(ch)
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.article_id == shown
        expected = [m for a, _, m in app.search_matches if a == shown]
        assert expected and view.highlights.matches == expected


def panel_status(app) -> str:
    return app.query_one("#search-status", Static).render().plain


async def test_a_person_no_one_is_called_is_said_so_in_the_bar(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "统战 person:不存在")
        status = app.query_one("#search-status", Static).render().plain
        assert status == message("search.no_such_person", name="不存在")


async def test_moving_through_the_results_previews_each_hit(seeds, tmp_path):
    from textual.widgets import OptionList

    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "凉城")
        results = app.query_one("#search-results", OptionList)
        assert results.option_count > 2
        await pilot.press("down")  # into the results: the first hit shows
        await pilot.pause()
        assert results.has_focus
        assert app.article_id == results.get_option_at_index(0).id
        await pilot.press("down", "down")
        await pilot.pause()
        second = results.get_option_at_index(2).id
        assert app.article_id == second
        assert results.has_focus  # the focus stays in the results
        assert app.query_one(ArticleView).highlights.matches  # with its matches marked


async def test_an_errors_example_is_never_split_across_lines(seeds, tmp_path, lang):
    # At 80 columns the bar is narrow: `统战 OR` / `统一战线` read as two queries.
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_query(pilot, "统战 OR")
        status = app.query_one("#search-status", Static)
        painted = [status.render_line(y).text.strip() for y in range(status.size.height)]
        said = message("query.operator_alone", operator="OR")
        assert "".join(painted).replace(" ", "") == said.replace(" ", "")
        assert len(painted) > 1 and any("统战 OR 统一战线" in line for line in painted), painted


@pytest.mark.parametrize("query", ["person:乐跃明", "人物:乐跃明"])
async def test_a_filter_alone_lets_n_walk_its_hits_and_the_status_counts_them(
    seeds, tmp_path, query
):
    """#20: person:X listed hits while the status said `匹配 0` and n said no search."""
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, query)
        hits = app.search_result.hits
        assert hits and all(hit.mentioned for hit in hits)
        assert app.article_id not in [hit.article_id for hit in hits[1:]]
        named = sum(len(hit.mentioned) for hit in hits)
        # Typing paused: the first hit shows, at its first mention.
        assert app.article_id == hits[0].article_id
        assert message("status.matches", at=f"1/{named}") in status(app)
        await pilot.press("escape", "N")
        await pilot.pause()
        assert app.article_id == hits[-1].article_id
        assert message("status.matches", at=f"{named}/{named}") in status(app)
        await pilot.press("n")
        await pilot.pause()
        assert app.article_id == hits[0].article_id
        assert message("status.matches", at=f"1/{named}") in status(app)
        view = app.query_one(ArticleView)
        assert view.highlights.matches and view.highlights.current == 0
        assert not [n for n in app._notifications if "搜索" in str(n.message)]


async def test_a_year_alone_walks_its_articles_and_counts_them(seeds, tmp_path):
    """A year alone names no one: n goes from article to article, counted as articles."""
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "year:2021")
        hits = app.search_result.hits
        assert app.article_id in [hit.article_id for hit in hits]  # the open one stays
        assert message("status.hits", at=len(hits)) in status(app)
        await pilot.press("escape", "n", "n")
        await pilot.pause()
        assert app.article_id == hits[1].article_id
        assert message("status.hits", at=f"2/{len(hits)}") in status(app)


async def test_n_after_a_search_of_no_hits_says_the_search_found_none(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "量子计算")
        await pilot.press("escape", "n")
        await pilot.pause()
        assert [str(n.message) for n in app._notifications][-1] == message("notify.search_no_hits")


async def test_a_search_of_no_hits_offers_no_n_and_shift_n(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "量子计算")
        await pilot.press("enter")
        await pilot.pause()
        assert message("status.no_matches") in status(app)
        assert "n/N" not in status(app)


async def test_once_typing_pauses_the_first_hit_shows_unless_the_open_article_is_one(
    seeds, tmp_path
):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        shown = app.article_id
        await type_query(pilot, "统战")
        await pilot.pause(0.5)
        hits = [hit.article_id for hit in app.search_result.hits]
        assert shown not in hits
        assert app.article_id == hits[0]  # without moving the cursor
        assert app.focused is app.query_one("#search-input")  # the keys stay in the bar


async def test_keys_typed_in_one_burst_after_slash_go_into_the_search_bar(seeds, tmp_path):
    """Pasted, or typed fast, or delivered by an input method at once: `/year:2020` must
    search, never run `e` (the structure editor) or `a` as the reader's keys."""
    from textual import events

    from lcreader.tui.widgets.search_panel import SearchPanel

    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screens = len(app.screen_stack)
        for key, char in [("slash", "/"), *((c, c) for c in "year")]:
            app.post_message(events.Key(key, char))  # all queued before any is handled
        await pilot.pause(0.5)
        assert len(app.screen_stack) == screens  # no editor, no dialog
        assert app.query_one(SearchPanel).input.value == "year"


async def test_n_past_the_person_filter_lifts_it_and_keeps_the_search(small, tmp_path):
    # The newcomer's find: a filter on 张琳璘, then 统战 (in her article and one more);
    # n to the other one cleared the search with the filter, so n had nothing to go on.
    app = make_app(small, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        app.apply_filter("person", "张琳璘")
        await pilot.pause()
        filtered = app.query_one(IssueTree).article_ids()
        await type_query(pilot, "统战")
        await pilot.press("escape")
        await pilot.pause()
        hits = {article for article, _, _ in app.search_matches}
        assert len(hits) == 2 and len(hits - set(filtered)) == 1
        for _ in range(len(app.search_matches)):
            if app.article_id not in filtered:
                break
            await pilot.press("n")
            await pilot.pause()
        assert app.article_id not in filtered
        assert app.filter is None and app.search_result is not None
        assert {article for article, _, _ in app.search_matches} == hits
        lifted = message("notify.filter_lifted", name="张琳璘")
        assert any(n.message == lifted for n in app._notifications)
        await pilot.press("n")  # n goes on, back into the first article
        await pilot.pause()
        assert app.article_id in hits
