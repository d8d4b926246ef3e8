"""The reader's research tools: pinyin in the palette, the hits chart above the search
results and on a page, compiling the search's articles or 收藏 from the palette."""

from __future__ import annotations

import time

import docx
import pytest
from textual.fuzzy import FuzzySearch

from lcreader.messages import message
from lcreader.textkey import fold_query
from lcreader.tui.commands import _match
from lcreader.tui.compile_dialog import CompileScreen, default_path
from lcreader.tui.screens.entity_page import EntityPageScreen
from lcreader.tui.widgets.hits_chart import HitsChart
from tests.functional.reader_helpers import WIDE, choose_in_palette, make_app, type_query


def test_palette_matching_takes_pinyin_for_latin_letters():
    search = FuzzySearch()
    score, offsets = _match(search, "ly", "人物 乐跃明")
    assert score > 0 and offsets == [3, 4]
    assert _match(search, "tz", "文章 关于统战工作")[1] == [5, 6]
    assert _match(search, "rw", "人物 乐跃明") == (0, [])  # not the kind's label
    assert _match(search, fold_query("統戰"), "文章 统战")[0] > 0  # folding, as before


async def test_palette_opens_a_person_typed_in_pinyin(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await choose_in_palette(pilot, "leyueming")
        assert isinstance(app.screen, EntityPageScreen) and app.screen.page.name == "乐跃明"


async def test_the_chart_counts_the_querys_hits_by_year_once_typing_pauses(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "社区")
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        await pilot.pause()
        chart = app.query_one(HitsChart)
        total = app.search_result.total
        assert chart.timeline is not None and chart.timeline.total == total
        shown = chart.render().plain
        assert "█" in shown and "2021" in shown
        await pilot.press("backspace", "backspace")
        await pilot.pause()
        assert chart.timeline is None and chart.render().plain == ""


@pytest.mark.parametrize(("kind", "name"), [("person", "乐跃明"), ("department", "党建办公室")])
async def test_a_page_shows_the_articles_by_year(seeds, tmp_path, kind, name):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        app.open_entity_page(kind, name)
        await pilot.pause()
        head = app.screen.query_one("#page-head").render().plain
        chart = head[head.index(message("chart.page_heading")) :]
        years = [a.year for a in app.screen.page.articles]
        for year in set(years):
            row = next(line for line in chart.splitlines() if line.startswith(f"{year}年"))
            assert "█" in row and row.endswith(f" {years.count(year)}")


async def test_compile_the_search_results_from_the_palette(seeds, tmp_path, monkeypatch):
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(tmp_path))
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, "社区")
        total = app.search_result.total
        await pilot.press("escape")
        await choose_in_palette(pilot, "汇编")
        assert isinstance(app.screen, CompileScreen)
        await pilot.press("enter")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, CompileScreen)
        written = default_path("社区")
        assert written.parent == tmp_path
        paragraphs = [p.text for p in docx.Document(str(written)).paragraphs]
        headings = [
            p.text for p in docx.Document(str(written)).paragraphs if p.style.name == "Heading 1"
        ]
        assert len(headings) == total and paragraphs[1].startswith("检索：社区")


async def test_an_existing_file_is_replaced_only_on_a_second_enter(seeds, tmp_path, monkeypatch):
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(tmp_path))
    existing = default_path("收藏")
    existing.write_bytes(b"keep")
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        article = next(iter(seeds.articles())).id
        app.jump_to_article(article)
        await pilot.press("b")  # 收藏
        await choose_in_palette(pilot, "汇编")
        assert isinstance(app.screen, CompileScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert existing.read_bytes() == b"keep" and isinstance(app.screen, CompileScreen)
        await pilot.press("enter")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        headings = [
            p.text for p in docx.Document(str(existing)).paragraphs if p.style.name == "Heading 1"
        ]
        assert headings == [seeds.article(article).title]


async def test_the_progress_bar_shows_only_when_writing_takes_a_moment(seeds, tmp_path):
    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = CompileScreen("统战", [])
        app.push_screen(screen)
        await pilot.pause()
        bar = screen.query_one("#compile-progress")
        screen._progress(time.monotonic(), 1, 10)
        assert not bar.display
        screen._progress(time.monotonic() - 1, 2, 10)
        assert bar.display and bar.progress == 2 and bar.total == 10


def _ids(result) -> set[str]:
    return {hit.article_id for hit in result.hits}


@pytest.mark.parametrize(
    ("typed", "same_as"),
    [
        ("tongzhan", "统战|统一战线"),  # pinyin, and the synonyms of what it spells
        ("leyueming", "乐跃明"),  # 乐 read le …
        ("yueyueming", "乐跃明"),  # … and yue: a polyphone matches either way
        ("统一战线", "统战|统一战线"),  # a synonym, both ways
        ("=统一战线", "统一战线"),  # = turns expansion off
    ],
)
async def test_the_search_bar_finds_synonyms_and_pinyin(seeds, tmp_path, typed, same_as):
    from lcreader.search import parse_query

    app = make_app(seeds, tmp_path)
    expected = _ids(app.index.search(parse_query(same_as), limit=None))
    assert expected
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, typed)
        result = app.search_result
        assert result is not None and result.query.text == typed
        assert result.total == len(expected)
        everything = app.index.search(result.query, limit=None)
        assert _ids(everything) == expected


@pytest.mark.parametrize(("typed", "noted"), [("统战", True), ("=统战", False)])
async def test_a_result_found_through_a_synonym_says_so(seeds, tmp_path, typed, noted):
    from lcreader.tui.widgets.search_panel import ResultList

    app = make_app(seeds, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await type_query(pilot, typed)
        prompt = app.query_one(ResultList).get_option_at_index(0).prompt
        # (the seeds' article says 统战 as well: the synonym is matched also)
        note = message("search.also_through", via=message("via.synonym"), forms="统一战线")
        assert (note in prompt.plain.replace("\n", "")) is noted
