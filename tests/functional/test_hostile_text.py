"""Bulletin text is data: markup, escape sequences, bidi and zero-width characters are
shown as harmless text or dropped, on every surface; export keeps them as written."""

from __future__ import annotations

import json

import pytest
from rich.text import Text
from textual.widgets import Static

from lcreader.library import open_library
from lcreader.tui.app import ReaderApp
from lcreader.tui.commands import LibraryCommands
from lcreader.tui.widgets.issue_tree import IssueTree
from lcreader.tui.widgets.search_panel import ResultList

TITLE = "[bold red]警告[/]标题\x1b[2J"
BODY = (
    "[@click=app.quit]点我[/]，正文\x1b]52;c;SGVsbG8=\x07内容\u202e反转\u200b，"
    "链接\x1b]8;;http://example.com\x1b\\这里\x1b]8;;\x1b\\"
    # Invisible characters of categories Cf, Mn and Lo that an old hand list missed:
    # gone, they leave the screen as it was without them (the snapshot test).
    "\u061c\u00ad\u034f\u180e\u3164\ufe0f\U000e0041\U000e007f。"
)
CAPTION = "[link=http://x]图片[/link]说明\x1b[31m"
HOSTILE = f"# {TITLE}\n\n{BODY}\n\n\n\n{CAPTION}\n\n(党建办 张三)\n"
DANGEROUS = ("\x1b", "\x07", "\u202e", "\u200b", "\x9b", "\u061c", "\u00ad", "\u034f")
DANGEROUS += ("\u180e", "\u3164", "\ufe0f", "\U000e0041", "\U000e007f")


@pytest.fixture
def hostile_dir(tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "evil.txt").write_text(HOSTILE, encoding="utf-8")
    return folder


def assert_harmless(output: str) -> None:
    for ch in DANGEROUS:
        assert ch not in output, repr(ch)


@pytest.mark.parametrize(
    "args",
    [
        ["search", "点我"],
        ["search", "警告"],
        ["show", "evil/1"],
        ["issues"],
        ["people"],
        ["people", "张三"],
        ["departments"],
        ["build"],
        ["show", "evil/1", "--format", "md"],
        ["export", "--format", "md"],
        ["export", "--format", "csv"],
    ],
)
def test_cli_prints_markup_as_text_and_drops_controls(run, hostile_dir, args):
    result = run("--library", str(hostile_dir), *args)
    assert result.returncode == 0, result.stderr
    assert_harmless(result.stdout + result.stderr)
    if args[0] in ("search", "show", "issues") and "md" not in args:
        assert "[bold red]警告[/]标题[2J" in result.stdout
    if "md" in args:  # Markdown shows it as written: its markup characters escaped
        assert "\\[bold red\\]警告\\[/\\]标题\\[2J" in result.stdout


def test_cli_on_a_terminal_too(hostile_dir, run_on_terminal):
    for args in (["search", "点我"], ["show", "evil/1"]):
        out = run_on_terminal("--library", str(hostile_dir), *args, env={"COLUMNS": "200"})
        assert "点我" in out and "[@click=app.quit]" in out
        # Styles are SGR sequences lcreader emits; none of the file's own sequences survive.
        assert "\x1b[2J" not in out and "\x1b]52" not in out and "\x1b]8;;http" not in out
        assert "\x07" not in out and "\u202e" not in out


def test_stderr_messages_are_one_cleaned_line(run, hostile_dir):
    (hostile_dir / "bad\x1b]0;title\x07\nname.txt").write_bytes(b"")
    (hostile_dir / "evil\x1b[31m\u202e2.txt").write_text(HOSTILE, encoding="utf-8")
    lib = ["--library", str(hostile_dir)]
    skipped = run(*lib, "issues")
    assert skipped.returncode == 0 and skipped.stderr.count("\n") == 1
    assert "skipped" in skipped.stderr and "name.txt" in skipped.stderr
    failures = [
        run(*lib, "show", "evil"),  # "did you mean" lists both ids
        run(*lib, "show", "no\x1b[2J\nsuch"),
        run(*lib, "search", "year:20\x1b[2J\u202e21"),
        run(*lib, "search", "x", "--limit", "\x1b[2J\x9b1"),
    ]
    for result in failures:
        assert result.returncode == 2
        lines = [line for line in result.stderr.splitlines() if "skipped" not in line]
        assert len(lines) == 1 and result.stderr.endswith("\n"), result.stderr
        assert_harmless(result.stderr)
    assert "did you mean" in failures[0].stderr and "evil[31m2/1" in failures[0].stderr


def test_json_escapes_c1_and_bidi_controls(run, hostile_dir):
    (hostile_dir / "c1.txt").write_text("# 标题\x9b31m\u202e甲\n\n正文。\n", encoding="utf-8")
    result = run("--library", str(hostile_dir), "search", "标题", "--json")
    assert result.returncode == 0, result.stderr
    assert_harmless(result.stdout)
    assert "\\u009b31m\\u202e" in result.stdout
    titles = [hit["title"] for hit in json.loads(result.stdout)["hits"]]
    assert "标题\x9b31m\u202e甲" in titles  # the same data


def test_export_keeps_the_text_as_written(run, hostile_dir):
    data = json.loads(run("--library", str(hostile_dir), "export").stdout)
    article = data["articles"][0]
    assert article["title"] == TITLE
    assert article["paragraphs"] == [BODY]
    assert article["captions"] == [CAPTION]


async def test_reader_shows_markup_as_text_everywhere(hostile_dir, tmp_path):
    library = open_library(hostile_dir, tmp_path / "cache.json")
    app = ReaderApp(library, tmp_path / "data")
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        label = app.query_one(IssueTree).root.children[0].children[0].label.plain
        assert label == "[bold red]警告[/]标题[2J"
        body = app.query_one("#article-body", Static).render().plain
        assert "[@click=app.quit]点我[/]" in body and "[link=http://x]图片[/link]" in body
        assert_harmless(body)
        # Clicking the would-be action link does nothing but click.
        await pilot.click("#article-body", offset=(6, 4))
        await pilot.pause()
        assert app.is_running
        await pilot.press("slash", *"点我")
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        results = app.query_one(ResultList)
        prompt = results.get_option_at_index(0).prompt
        assert "[bold red]警告[/]" in prompt.plain
        assert_harmless(prompt.plain)
        status = app.query_one("#status", Static).render().plain
        assert "点我" in status
        assert_harmless(status)
        await pilot.press("enter", "c")
        await pilot.pause()
        # The clipboard is cleaned as the screen is: an ESC could end a bracketed paste.
        assert app.clipboard.startswith("[bold red]警告[/]标题[2J\n")
        assert_harmless(app.clipboard)
        assert app.is_running


async def test_palette_entries_are_plain_text(hostile_dir, tmp_path):
    library = open_library(hostile_dir, tmp_path / "cache.json")
    app = ReaderApp(library, tmp_path / "data")
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        provider = LibraryCommands(app.screen)
        hits = [hit async for hit in provider.search("警告")]
        assert hits and all(isinstance(h.match_display, Text) for h in hits)
        assert "[bold red]警告[/]标题[2J" in hits[0].match_display.plain
        assert_harmless(hits[0].match_display.plain)


def test_reader_snapshot_of_hostile_text(snap_compare, hostile_dir, tmp_path):
    library = open_library(hostile_dir, tmp_path / "cache.json")
    assert snap_compare(ReaderApp(library, tmp_path / "data"), terminal_size=(100, 24))
