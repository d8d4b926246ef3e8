"""Where people read issue names (the tree, the palette, `lcreader people`), issues are
named by their printed date and number, each told from the others, never by file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lcreader.issue_names import issue_names
from lcreader.library import open_library
from lcreader.tui.commands import LibraryCommands
from lcreader.tui.widgets.issue_tree import _COUNT, IssueTree
from tests.conftest import SEEDS
from tests.functional.reader_helpers import make_app
from tests.helpers import write_library

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(params=["corpus", "incoming"])
def corpus(tmp_path, request):
    """The corpus, and the blind rounds' files: many papers, some dated alike."""
    folder = CORPUS if request.param == "corpus" else CORPUS / "incoming"
    return open_library(folder, tmp_path / "corpus-cache.json")


@pytest.mark.parametrize("size", [(160, 45), (120, 40), (100, 30), (90, 30), (80, 24)])
async def test_each_dated_issue_row_shows_its_whole_name_and_no_two_look_alike(
    corpus, tmp_path, size
):
    app = make_app(corpus, tmp_path)
    async with app.run_test(size=size) as pilot:
        tree = app.query_one(IssueTree)
        names = issue_names(corpus)
        for node in tree.root.children:
            node.expand()
        await pilot.pause()
        rows = {}
        shown = {}  # each row with the year's row it stands under: what a reader sees
        for issue_id, node in tree._issue_nodes.items():
            rows[issue_id] = tree.render_label(node, tree.rich_style, tree.rich_style).plain
            year = str(node.parent.label) if node.parent is not tree.root else ""
            shown[issue_id] = (year, rows[issue_id])
        assert len(rows) == len(corpus.issues)
        # Named by date and number, no two under one year look alike; two undated
        # issues named by headlines that start alike are cut to show where they differ.
        assert len(set(shown.values())) == len(shown), sorted(shown.values())
        for issue_id, row in rows.items():
            issue = corpus.issue(issue_id)
            assert issue_id not in row
            assert _COUNT.sub("", row).strip("▶▼ …")  # never cut to nothing
            if issue.date:  # the date and number never cut: they tell the issues apart
                printed = replace(names.name(issue), rest=()).within_year
                assert printed in row, (row, size)


async def test_the_palette_names_an_articles_issue_not_its_file(tmp_path):
    library = open_library(SEEDS, tmp_path / "cache.json")
    app = make_app(library, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        provider = LibraryCommands(app.screen)
        helps = [help_text for _, _, help_text in provider._entries()]
        names = issue_names(library)
        for issue in library.issues:
            assert any(names.full(issue) in help_text for help_text in helps)
        assert not any(issue.id in help_text for help_text in helps for issue in library.issues)
        # #20: an issue named by its headline: the place is the issue's, not the headline's
        # part 2 (`2021年 · 头条：胡广杰…（本期第2篇）`).
        issue = library.issues[0]
        assert f"{names.full(issue)}（本期第2篇）" in helps


def test_people_names_issues_by_date_and_number_not_by_file(run, tmp_path):
    library = open_library(SEEDS, tmp_path / "cache.json")
    names = issue_names(library)
    table = run("people").stdout
    detail = run("people", library.people[0].name).stdout
    for issue in library.issues:
        assert issue.id not in table
        assert issue.id not in detail  # nor in its articles' ids: a file's name is no name
    # Each article under its issue's name, by its place there.
    person = library.people[0]
    first = library.article(person.articles[0])
    issue = library.issue(first.issue)
    lines = detail.splitlines()
    at = lines.index("  " + names.full(issue))
    number = issue.articles.index(first) + 1
    assert lines[at + 1] == f"    第{number}篇  {first.title}"
    assert any(names.full(issue) in table for issue in library.issues)
    titled = next(p for p in library.people if p.titles_by_issue)
    detail = run("people", titled.name).stdout
    issue_id = titled.titles_by_issue[0][0]
    assert names.full(library.issue(issue_id)) in detail


@pytest.mark.parametrize("size", [(160, 45), (80, 24)])
async def test_two_issues_of_one_name_show_what_room_allows_of_it_and_their_difference(
    tmp_path, size
):
    # The same text in two files: told apart by which copy each is (`第1份`, `第2份`, in
    # the order of their files; never the files' names), they read `2024年凉城…第1份`
    # (at the narrowest tree `2024年…第1份`).
    text = "# 2024年凉城新村街道社区文化节开幕式隆重举行\n\n正文一段。\n\n（党建办 张三）\n"
    folder = write_library(tmp_path / "lib", {"简报_2024_a.txt": text, "简报_2024_b.txt": text})
    app = make_app(open_library(folder, tmp_path / "cache.json"), tmp_path)
    async with app.run_test(size=size) as pilot:
        tree = await _opened_tree(app, pilot)
        for _ in range(2):
            rows = _rows(tree)
            assert len(set(rows)) == 2, rows
            for row in rows:
                shown, _, difference = _COUNT.sub("", row).strip("▶▼ ").partition("…")
                assert shown.startswith("2024年") and difference in ("第1份", "第2份"), row
                assert "简报" not in row and "_a" not in row
            await pilot.press("less_than_sign", "less_than_sign")  # a narrower tree
            await pilot.pause()


@pytest.mark.parametrize("size", [(120, 36), (100, 30), (80, 24)])
async def test_a_year_row_shows_its_unread_count_whole_or_not_at_all(corpus, tmp_path, size):
    """(the newcomer's pass: `2024（93 期，429/429 篇未…` on every year row) Where the
    whole count does not fit, a shorter one that does: never a count cut short."""
    app = make_app(corpus, tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        tree = app.query_one(IssueTree)
        years = [node for node in tree.root.children if node.id in tree._year_issues]
        assert years
        for node in years:
            row = tree.render_label(node, tree.rich_style, tree.rich_style).plain
            assert not row.endswith("…"), row
            named = tree._scopes[node.id][0]
            _, unread, articles = tree._year_counts[named]
            assert named in row
            shown = row[row.index(named) + len(named) :]
            assert shown in ("", node.label.plain[len(named) :]) or str(articles) in shown


def _paper(name: str, headline: str) -> str:
    return (
        f"{name}\n2024年4月18日　第4期\n\n{headline}\n\n"
        "4月16日，社区志愿者为独居老人上门送餐，大家都说好。\n\n（社区党群服务中心）\n"
    )


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_two_papers_of_one_day_and_number_are_told_apart_where_the_row_is_cut(tmp_path, size):
    """Two papers printed the same day with the same number: where the row is too narrow
    for both names whole, it shows the names' first characters, the count giving way."""
    folder = write_library(
        tmp_path / "lib",
        {
            "a.txt": _paper("鹭溪社区老年生活报", "老年大学秋季班开学"),
            "b.txt": _paper("古美街道社区新闻报", "社区食堂推出半份菜"),
        },
    )
    app = make_app(open_library(folder, tmp_path / "cache.json"), tmp_path)
    async with app.run_test(size=size) as pilot:
        rows = _rows(await _opened_tree(app, pilot))
        assert len(set(rows)) == 2, rows
        assert any("鹭" in row for row in rows) and any("古" in row for row in rows)


async def _opened_tree(app, pilot) -> IssueTree:
    """The reader's issue tree with every year open."""
    tree = app.query_one(IssueTree)
    for node in tree.root.children:
        node.expand()
    await pilot.pause()
    return tree


def _rows(tree: IssueTree) -> list[str]:
    """Each issue's row as the tree draws it, cut to its room."""
    return [
        tree.render_label(node, tree.rich_style, tree.rich_style).plain
        for node in tree._issue_nodes.values()
    ]


@pytest.mark.parametrize("width", [100, 120])
async def test_an_issue_named_by_its_headline_keeps_its_count_and_cuts_the_headline(
    tmp_path, width
):
    """(a new user's trial: `▼ 2024年 新建居民议事厅启用`, its `（1/1）` gone, where a
    dated issue's row beside it kept its count)"""
    folder = write_library(
        tmp_path / "lib",
        {
            "2024_01.txt": "新建居民议事厅启用\n\n2024年1月5日，居民议事厅启用。\n",
            "2019_03.txt": "社区志愿者表彰会召开\n\n2019年3月2日，表彰大会召开。\n",
        },
    )
    library = open_library(folder, tmp_path / "cache.json")
    app = make_app(library, tmp_path)
    async with app.run_test(size=(width, 30)) as pilot:
        await pilot.pause()
        tree = app.query_one(IssueTree)
        for node in tree._issue_nodes.values():
            row = tree.render_label(node, tree.rich_style, tree.rich_style).plain
            assert row.endswith("（1/1）"), row
