"""The structure view (e) reads its file as the build did: the command line's scan rules,
and a file changed since the build (binary now, or gone) is said, never a crash."""

from __future__ import annotations

from lcreader.library import open_library
from lcreader.messages import message
from lcreader.sources import ScanRules
from lcreader.tui.app import ReaderApp
from lcreader.tui.reload import LibrarySource
from lcreader.tui.screens.structure import StructureScreen
from tests.functional.reader_helpers import WIDE
from tests.functional.test_reader_reload import notices
from tests.helpers import write_library

FIRST = "# 社区运动会举行\n\n2019年，社区举办运动会。\n\n(自治办 张琳璘)\n"


def reader(tmp_path, rules: ScanRules, link_out: bool = False) -> ReaderApp:
    folder = write_library(tmp_path / "lib", {"a.txt": FIRST})
    if link_out:
        outside = tmp_path / "outside.txt"
        outside.write_text(FIRST.replace("运动会", "读书会"), encoding="utf-8")
        (folder / "linked.txt").symlink_to(outside)
    cache = tmp_path / "cache.json"
    library = open_library(folder, cache, rules=rules)
    return ReaderApp(library, tmp_path / "data", source=LibrarySource(folder, cache, rules))


async def test_the_structure_view_follows_a_link_the_build_followed(tmp_path):
    app = reader(tmp_path, ScanRules(follow=True), link_out=True)
    async with app.run_test(size=WIDE) as pilot:
        app.show_article("linked/1")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, StructureScreen)
        assert "社区读书会举行" in app.screen.text


async def test_a_file_made_binary_since_the_build_is_said_not_a_crash(tmp_path, lang):
    app = reader(tmp_path, ScanRules())
    async with app.run_test(size=WIDE) as pilot:
        app.show_article("a/1")
        await pilot.pause()
        (tmp_path / "lib" / "a.txt").write_bytes(b"\x00\x01binary\x00" * 10)
        await pilot.press("e")
        await pilot.pause()
        assert not isinstance(app.screen, StructureScreen)
        assert message("source.binary_nul") in "\n".join(notices(app))
        await pilot.press("j")  # the reader still answers
    assert app.return_code in (None, 0)
