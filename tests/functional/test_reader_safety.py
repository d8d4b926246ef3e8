"""The reader under the safety rules: reload reads the files the command line reads,
a damaged reading.json is said once, and file names that are not UTF-8 work."""

from __future__ import annotations

import os

from lcreader.filenames import MARK
from lcreader.library import open_library
from lcreader.messages import message
from lcreader.reading import READING_FILE, Reading
from lcreader.sources import ScanRules
from lcreader.tui.app import ReaderApp
from lcreader.tui.reload import LibrarySource
from lcreader.tui.widgets.issue_tree import IssueTree
from tests.functional.reader_helpers import WIDE, body_lines
from tests.functional.test_reader_reload import notices, settle
from tests.helpers import write_library

FIRST = "# 社区运动会举行\n\n2019年，社区举办运动会。\n\n(自治办 张琳璘)\n"
BIG = "# 很长的一期\n\n" + "2019年，社区举办运动会。" * 200 + "\n\n(党建办)\n"
OUTSIDE = "# 外面的一期\n\n2019年，外面的文章。\n\n(党建办)\n"


def titles(app) -> set[str]:
    return {a.title for a in app.library.articles()}


async def test_reload_reads_the_files_the_command_line_reads(tmp_path):
    folder = write_library(tmp_path / "lib", {"2019.txt": FIRST})
    (tmp_path / "outside.txt").write_text(OUTSIDE, encoding="utf-8")
    rules = ScanRules(follow=True, max_size=2000)
    cache = tmp_path / "cache.json"
    library = open_library(folder, cache, rules=rules)
    app = ReaderApp(library, tmp_path / "data", source=LibrarySource(folder, cache, rules))
    async with app.run_test(size=WIDE) as pilot:
        (folder / "big.txt").write_text(BIG, encoding="utf-8")  # over the 2 kB limit
        os.symlink(tmp_path / "outside.txt", folder / "link.txt")  # out: read with --follow
        await pilot.press("R")
        await settle(pilot)
        assert titles(app) == {"社区运动会举行", "外面的一期"}
        before = app.source.fingerprint()
        (tmp_path / "outside.txt").write_text(OUTSIDE + "。\n", encoding="utf-8")
        assert app.source.fingerprint() != before  # the watcher follows the link too


def test_the_command_line_gives_the_reader_its_rules(tmp_path, monkeypatch):
    import sys

    from lcreader import cli, tui

    folder = write_library(tmp_path / "lib", {"2019.txt": FIRST})
    given = []
    monkeypatch.setattr(tui, "run_reader", lambda *args: given.append(args) or 0)  # its exit code
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert cli.main(["--library", str(folder), "--follow", "--max-file-size", "0.5"]) == 0
    [(_, _, _, _, source)] = given
    assert source.rules == ScanRules(follow=True, max_size=500_000)


async def test_a_damaged_reading_file_is_said_in_the_reader_and_kept_aside(tmp_path, lang):
    folder = write_library(tmp_path / "lib", {"2019.txt": FIRST})
    data = tmp_path / "data"
    assert Reading(read={"x"}).save(data)
    raw = (data / READING_FILE).read_bytes()
    (data / READING_FILE).write_bytes(raw[:-3])  # cut short
    app = ReaderApp(open_library(folder, tmp_path / "c.json"), data)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        [said] = [n for n in notices(app) if READING_FILE in n]
        [aside] = [p for p in data.iterdir() if ".damaged-" in p.name]
        assert said == message("reading.damaged", path=str(data / READING_FILE), kept=aside.name)
        await pilot.press("r")  # a read mark is saved anew; the damaged copy stays
        await pilot.pause()
    assert aside.read_bytes() == raw[:-3]
    assert len(Reading.load(data).read) == 1


async def test_damaged_reader_settings_are_said_kept_aside_and_saved_anew(tmp_path, lang):
    # The reader's own settings file (last article, sidebar tab): random bytes were
    # silently written over (found by the attacker).
    from lcreader.tui.state import STATE_FILE, ReaderState

    folder = write_library(tmp_path / "lib", {"2019.txt": FIRST})
    data = tmp_path / "data"
    data.mkdir()
    junk = os.urandom(200)
    (data / STATE_FILE).write_bytes(junk)
    app = ReaderApp(open_library(folder, tmp_path / "c.json"), data)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        [aside] = [p for p in data.iterdir() if ".damaged-" in p.name]
        said = message("state.damaged", path=str(data / STATE_FILE), kept=aside.name)
        assert said in notices(app)
    assert aside.read_bytes() == junk
    assert ReaderState.load(data).notice == ""  # a good file written anew at quit


async def test_a_folder_as_reader_settings_is_never_replaced(tmp_path):
    from lcreader.tui.state import STATE_FILE

    folder = write_library(tmp_path / "lib", {"2019.txt": FIRST})
    data = tmp_path / "data"
    (data / STATE_FILE).mkdir(parents=True)
    app = ReaderApp(open_library(folder, tmp_path / "c.json"), data)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j")
        await pilot.pause()
    assert (data / STATE_FILE).is_dir()


async def test_a_fifo_as_reading_file_is_said_and_never_replaced(tmp_path):
    folder = write_library(tmp_path / "lib", {"2019.txt": FIRST})
    data = tmp_path / "data"
    data.mkdir()
    os.mkfifo(data / READING_FILE)
    app = ReaderApp(open_library(folder, tmp_path / "c.json"), data)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert any(message("files.kind.fifo") in n for n in notices(app))
        await pilot.press("r")
        await pilot.pause()
    assert (data / READING_FILE).is_fifo()


async def test_the_reader_on_a_library_with_a_name_that_is_not_utf8(tmp_path):
    folder = write_library(tmp_path / os.fsdecode(b"lib\xfe"), {"2019.txt": FIRST})
    (folder / os.fsdecode(b"bad\xff.txt")).write_text(OUTSIDE, encoding="utf-8")
    cache = tmp_path / "cache.json"
    app = ReaderApp(
        open_library(folder, cache), tmp_path / "data", source=LibrarySource(folder, cache)
    )
    async with app.run_test(size=WIDE) as pilot:
        ids = app.query_one(IssueTree).article_ids()
        assert f"bad{MARK}FF/1" in ids
        app.query_one(IssueTree).select_article(f"bad{MARK}FF/1")
        app.show_article(f"bad{MARK}FF/1")
        await pilot.pause()
        assert "外面的一期" in "".join(body_lines(app))
        await pilot.press("r")  # its read mark is saved
        await pilot.pause()
        (folder / os.fsdecode(b"new\xfd.txt")).write_text(FIRST, encoding="utf-8")
        await pilot.press("R")
        await settle(pilot)
        assert f"new{MARK}FD/1" in app.query_one(IssueTree).article_ids()
    assert any(key.startswith(f"bad{MARK}FF.txt#") for key in Reading.load(tmp_path / "data").read)


async def test_a_data_folder_that_cannot_be_written_is_said_with_why_and_so_is_a_bookmark(
    tmp_path,
):
    # Was `无法保存阅读记录：…` with no reason, then `已收藏：…` as if it had been kept
    # (found by the attacker on a full disk). Here the data folder sits under a file.
    from lcreader.messages import system_error

    folder = write_library(tmp_path / "lib", {"2019.txt": FIRST})
    (tmp_path / "plain").write_text("")
    data = tmp_path / "plain" / "data"
    app = ReaderApp(open_library(folder, tmp_path / "c.json"), data)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        said = notices(app)
        reason = system_error(NotADirectoryError(20, "Not a directory"))
        assert any(reason in n and str(data) in n for n in said), said
        assert any(n.endswith(message("notify.not_saved")) for n in said), said


async def test_a_reading_file_damaged_while_the_reader_is_open_is_said_and_loses_nothing(
    tmp_path, lang
):
    """#20 (attack pass): damaged under an open reader, the next mark wrote that mark
    alone; the bookmarks and marks before it were gone, with nothing said."""
    from lcreader.reading import Bookmark

    folder = write_library(tmp_path / "lib", {"2019.txt": FIRST})
    data = tmp_path / "data"
    assert Reading(read={"x"}, bookmarks=[Bookmark("k", "a/1", "t", 1.0)]).save(data)
    app = ReaderApp(open_library(folder, tmp_path / "c.json"), data)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        cut = (data / READING_FILE).read_bytes()[:-3]
        (data / READING_FILE).write_bytes(cut)
        await pilot.press("r")  # a read mark is saved: the damage is found then
        await pilot.pause()
        [aside] = [p for p in data.iterdir() if ".damaged-" in p.name]
        said = message("reading.damaged_kept", path=str(data / READING_FILE), kept=aside.name)
        assert said in notices(app)
    kept = Reading.load(data)
    assert "x" in kept.read and len(kept.read) == 2 and [b.key for b in kept.bookmarks] == ["k"]
    assert aside.read_bytes() == cut


def test_reader_settings_nested_past_pythons_depth_are_damage_kept_aside(tmp_path, lang):
    from lcreader.safe_files import write_checked
    from lcreader.tui.state import MAGIC, STATE_FILE, ReaderState

    deep = b'{"article": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    write_checked(tmp_path / STATE_FILE, MAGIC, {}, [("state", "json", deep)])
    state = ReaderState.load(tmp_path)
    [aside] = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert state.notice == message(
        "state.damaged", path=str(tmp_path / STATE_FILE), kept=aside.name
    )
