"""Searching a paragraph of megabytes matched in it millions of times: the results
show at once; n/N walk (and the article highlights) a bounded number of them."""

from __future__ import annotations

from textual.widgets import OptionList

from lcreader.model import Article, Issue, Library
from lcreader.tui.app import MATCHES_PER_ARTICLE
from lcreader.tui.widgets.search_panel import SNIPPET_CHARS
from tests.functional.reader_helpers import WIDE, make_app, status, type_query

REPEATS = 20_000  # 统战 matched this many times in one line; the tester's had 2 million


def one_long_paragraph() -> Library:
    article = Article(id="p/1", issue="p", title="普通标题", paragraphs=["统战工作。" * REPEATS])
    return Library(issues=[Issue(id="p", source="p.txt", title="普通标题", articles=[article])])


async def test_a_paragraph_matched_thousands_of_times_lists_and_walks_a_bounded_part(tmp_path):
    app = make_app(one_long_paragraph(), tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await type_query(pilot, "统战")
        # Every match of the article was once a highlight, a line found, a step of n/N.
        assert len(app.search_matches) == MATCHES_PER_ARTICLE
        assert f"{MATCHES_PER_ARTICLE}+" in status(app)
        # Its snippet, one window over every match, was the whole paragraph wrapped.
        results = app.query_one("#search-results", OptionList)
        assert results.option_count == 1
        prompt = results.get_option_at_index(0).prompt
        assert len(prompt.plain) <= SNIPPET_CHARS + 40 and prompt.plain.rstrip().endswith("…")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("N")  # back from the first: the last one walked
        await pilot.pause()
        assert app.match_position == MATCHES_PER_ARTICLE - 1
        assert f"{MATCHES_PER_ARTICLE}/{MATCHES_PER_ARTICLE}+" in status(app)
