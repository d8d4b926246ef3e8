"""The structure view (e): every correction from the reader, undo, and what follows."""

from __future__ import annotations

import pytest

from lcreader import corrections_file
from lcreader.library import open_library
from lcreader.messages import message
from lcreader.reading import Reading
from lcreader.tui.app import ReaderApp
from lcreader.tui.reload import LibrarySource
from lcreader.tui.screens.byline_dialog import BylineDialog
from lcreader.tui.screens.help import help_text
from lcreader.tui.screens.structure import StructureScreen
from lcreader.tui.widgets.issue_tree import IssueTree
from tests.functional.reader_helpers import WIDE
from tests.helpers import write_library
from tests.unit.test_corrections import TWO_RUN_TOGETHER

# Line 4 is the second article's headline, run into the first article's body.
HEADLINE = 4


def reader_on(tmp_path, text=TWO_RUN_TOGETHER):
    folder = write_library(tmp_path / "lib", {"a.txt": text})
    cache = tmp_path / "cache.json"
    app = ReaderApp(
        open_library(folder, cache), tmp_path / "data", source=LibrarySource(folder, cache)
    )
    return app, folder


def saved_fix(op):
    from lcreader.parse.corrections import Correction

    return Correction(HEADLINE, "锦苑居民区开展垃圾分类宣传", op)


def reader_on_existing(tmp_path, folder):
    cache = tmp_path / "cache.json"
    return ReaderApp(
        open_library(folder, cache), tmp_path / "data", source=LibrarySource(folder, cache)
    ), folder


def titles(app) -> list[str]:
    return [a.title for issue in app.library.issues for a in issue.articles]


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_structure_at(pilot, number: int) -> StructureScreen:
    await pilot.press("e")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, StructureScreen)
    while screen.current_row().number != number:
        await pilot.press("j")
    return screen


async def test_split_and_title_from_the_reader_show_at_once_and_last(tmp_path):
    app, folder = reader_on(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        assert titles(app) == ["凉城新村街道举办敬老文艺汇演"]
        screen = await open_structure_at(pilot, HEADLINE)
        await pilot.press("s", "t")
        await settle(pilot)
        assert screen.current_row().role == "title" and screen.article == 1
        assert titles(app) == ["凉城新村街道举办敬老文艺汇演", "锦苑居民区开展垃圾分类宣传"]
        assert app.article_id == "a/2"  # the tree and the article follow
        tree = app.query_one(IssueTree)
        assert "a/2" in tree.article_ids()
    assert [c.op for c in corrections_file.load(folder / "a.txt").corrections] == ["split", "title"]


async def test_undo_goes_back_step_by_step(tmp_path):
    app, folder = reader_on(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await open_structure_at(pilot, HEADLINE)
        await pilot.press("s", "t")
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert [c.op for c in corrections_file.load(folder / "a.txt").corrections] == ["split"]
        assert len(titles(app)) == 2 and titles(app)[1] != "锦苑居民区开展垃圾分类宣传"
        await pilot.press("u")
        await settle(pilot)
        assert titles(app) == ["凉城新村街道举办敬老文艺汇演"]
        await pilot.press("u")
        await pilot.pause()
        assert message("structure.nothing_to_undo") in [str(n.message) for n in app._notifications]


async def test_join_puts_an_article_back_into_the_one_before(tmp_path):
    app, folder = reader_on(tmp_path)
    corrections_file.add(folder / "a.txt", saved_fix("split"))
    corrections_file.add(folder / "a.txt", saved_fix("title"))
    app, folder = reader_on_existing(tmp_path, folder)
    async with app.run_test(size=WIDE) as pilot:
        assert len(titles(app)) == 2
        app.query_one(IssueTree).select_article("a/2")
        app.show_article("a/2")
        screen = await open_structure_at(pilot, HEADLINE)
        await pilot.press("J")
        await settle(pilot)
        assert titles(app) == ["凉城新村街道举办敬老文艺汇演"]
        assert screen.article == 0 and screen.current_row().role == "intertitle"


async def test_join_on_the_first_article_is_refused_and_not_kept(tmp_path):
    app, folder = reader_on(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await open_structure_at(pilot, 2)
        await pilot.press("J")
        await settle(pilot)
        assert corrections_file.load(folder / "a.txt").corrections == []
        assert message("structure.not_applied") in [str(n.message) for n in app._notifications]


@pytest.mark.parametrize(
    ("key", "line", "role"),
    [
        ("K", 2, "kicker"),
        ("S", 2, "subtitle"),
        ("c", 2, "caption"),
        ("p", 1, "paragraph"),
        ("t", 2, "title"),
        ("f", 3, "furniture"),
    ],
)
async def test_each_role_key_gives_the_line_its_role(tmp_path, key, line, role):
    app, folder = reader_on(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_structure_at(pilot, line)
        await pilot.press(key)
        await settle(pilot)
        row = next(r for r in screen.rows if r.number == line)
        assert row.role == role
        article = app.library.article("a/1")
        text = TWO_RUN_TOGETHER.split("\n")[line - 1]
        shown = {
            "kicker": article.kicker,
            "subtitle": article.subtitle,
            "caption": " ".join(article.captions),
            "paragraph": " ".join(article.paragraphs),
            "title": article.title,
        }
        if role == "furniture":
            assert text in app.library.issues[0].furniture
        else:
            assert text in (shown[role] or "")


async def test_a_byline_is_edited_in_its_dialog(tmp_path):
    app, folder = reader_on(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await open_structure_at(pilot, 6)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, BylineDialog)
        author = app.screen.query_one("#byline-author")
        author.value = ""
        for ch in "王小明":
            await pilot.press(ch)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, StructureScreen)
        bylines = app.library.article("a/1").bylines
        assert [(b.department, b.author) for b in bylines] == [("自治办", "王小明")]


async def test_a_bookmark_stays_on_its_article_when_its_title_changes(tmp_path):
    app, folder = reader_on(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("b")  # bookmark a/1
        await pilot.pause()
        await open_structure_at(pilot, 2)
        await pilot.press("t")  # a second title line: the title changes
        await settle(pilot)
        assert app.library.article("a/1").title != "凉城新村街道举办敬老文艺汇演"
        key = app.article_keys["a/1"]
        assert [b.key for b in app.reading.bookmarks] == [key]
    assert [b.key for b in Reading.load(tmp_path / "data").bookmarks] == [key]


async def test_the_footer_and_help_list_the_structure_keys(tmp_path, lang):
    app, folder = reader_on(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await open_structure_at(pilot, 1)
        footer = {b.description for b in app.screen._bindings.key_to_bindings["s"]}
        assert message("key.fix_split") in footer
    text = help_text(120).plain
    for key in ("key.structure", "key.fix_split", "key.fix_join", "key.fix_undo", "key.fix_byline"):
        assert message(key) in text


async def test_escape_returns_to_the_reader(tmp_path):
    app, folder = reader_on(tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await open_structure_at(pilot, 1)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, StructureScreen)


def test_a_correction_made_elsewhere_changes_the_folder_s_fingerprint(tmp_path):
    folder = write_library(tmp_path / "lib", {"a.txt": TWO_RUN_TOGETHER})
    source = LibrarySource(folder, tmp_path / "cache.json")
    before = source.fingerprint()
    corrections_file.add(folder / "a.txt", saved_fix("split"))
    assert source.fingerprint() != before  # the reader's watch rebuilds


async def test_at_80x24_the_footer_shows_every_key_and_the_way_out(tmp_path, lang):
    # The footer was cut at 80 columns: 撤销 and esc 关闭 were not on screen.
    from lcreader.tui.widgets.footer import ReaderFooter

    app, _ = reader_on(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_structure_at(pilot, HEADLINE)
        await pilot.pause()
        drawn = [(s, e, k) for s, e, k in screen.query_one(ReaderFooter).drawn() if not k.palette]
        keys = [k for _, _, k in drawn]
        assert {k.key for k in keys} == {"escape", "s", "J", "t", "p", "f", "u", "question_mark"}
        assert keys[0].key == "escape"  # the way out first
        assert all(end <= 80 for _, end, _ in drawn), drawn
        # The help says each key in full.
        assert message("key.fix_paragraph") in help_text().plain


async def test_the_structure_head_is_never_cut(tmp_path):
    # Past its lines, the head said nothing of the notes it could not show.
    app, _ = reader_on(tmp_path)
    async with app.run_test(size=(60, 24)) as pilot:
        screen = await open_structure_at(pilot, HEADLINE)
        screen.header_notes = [
            f"第 {k} 条提示：标题可能印在正文之后，请核对原文的版面" for k in range(9)
        ]
        screen._show_head(corrections_file.load(screen.path))
        await pilot.pause()
        head = screen.query_one("#structure-head")
        lines = head.render().plain.split("\n")
        assert len(lines) <= head.size.height
        assert lines[-1].startswith(message("structure.more", count=9)[:4])
        assert "a.txt" in lines[0] or "a.txt" in lines[1]  # the file's name whole


async def test_a_markdown_files_lines_show_their_words_not_its_marks(tmp_path):
    """#20: the structure view showed `## 本月要闻`, `**…**`, `*…*`: Markdown's syntax."""
    from pathlib import Path

    from lcreader.tui.screens.structure import StructureList

    text = (Path(__file__).parents[1] / "corpus" / "r02_markdown_monthly.txt").read_text("utf-8")
    app, _ = reader_on(tmp_path, text)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, StructureScreen)
        listed = app.screen.query_one(StructureList)
        rows = [listed.get_option_at_index(k).prompt.plain for k in range(listed.option_count)]
        shown = [row.split("\n")[0][7:].split(None, 1)[-1] for row in rows if row.strip()]
        assert shown[0] == "丰泽居民区“美丽楼道”第二轮评比结果揭晓", shown[:3]  # `### …`
        assert "评议小组在9号楼查看楼道环境\u3000摄影：周明" in shown  # `*…*`
        marked = [row for row in shown if row.startswith(("#", "> ", "![", "*")) or "**" in row]
        assert not marked, marked
        # The file keeps its marks: a correction is keyed by the line as written.
        assert any(row.text.startswith("### ") for row in app.screen.rows)
