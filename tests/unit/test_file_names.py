"""File names are bytes on Linux: kept losslessly, stored encodable, shown cleaned."""

from __future__ import annotations

import json
import os

from hypothesis import given
from hypothesis import strategies as st

from lcreader.filenames import MARK, os_form, shown, stored
from lcreader.library import open_index, open_library, open_library_and_index
from lcreader.reading import Reading, article_keys
from lcreader.search import parse_query
from lcreader.sources import scan_sources
from tests.helpers import write_library

GOOD = "# 标题\n\n正文提到统战。\n\n(党建办)\n"
BAD_NAME = os.fsdecode(b"bad\xff\xfe name.txt")

# A name: any bytes but `/` and NUL (what Linux allows), and not `.` or `..`.
names = st.binary(min_size=1, max_size=40).map(lambda b: b.replace(b"/", b"_").replace(b"\0", b"_"))


@given(names)
def test_every_name_has_an_encodable_stored_form_that_gives_it_back(raw):
    name = os.fsdecode(raw)
    kept = stored(name)
    kept.encode("utf-8")  # never raises
    json.dumps(kept, ensure_ascii=False).encode("utf-8")
    assert os_form(kept) == name and os.fsencode(os_form(kept)) == raw


@given(names, names)
def test_two_names_never_share_a_stored_form(one, two):
    if one != two:
        assert stored(os.fsdecode(one)) != stored(os.fsdecode(two))


def test_utf8_names_are_their_own_stored_form_and_bad_bytes_show():
    assert stored("凉城第21期.txt") == "凉城第21期.txt"
    assert stored(BAD_NAME) == f"bad{MARK}FF{MARK}FE name.txt"
    assert shown(BAD_NAME) == f"bad{MARK}FF{MARK}FE name.txt"
    assert stored(f"a{MARK}b") == f"a{MARK}{MARK}b"  # a U+FFFD as written stays apart
    assert shown("a\x1b[2Jb\udcff") == f"a[2Jb{MARK}FF"


def build_all(folder, tmp_path):
    cache = tmp_path / "cache" / "c.json"
    library = open_library(folder, cache)
    index, problems = open_index(folder, cache)  # from the snapshot written
    again, _ = open_library_and_index(folder, cache)  # from the cache
    return library, index, problems, again


def test_a_library_with_a_name_that_is_not_utf8(tmp_path):
    folder = write_library(tmp_path / "lib", {"good.txt": GOOD})
    (folder / BAD_NAME).write_text(GOOD.replace("标题", "另一篇"), encoding="utf-8")
    (folder / os.fsdecode(b"empty\xff.txt")).write_bytes(b"")
    library, index, problems, again = build_all(folder, tmp_path)
    issue_id = f"bad{MARK}FF{MARK}FE name"
    assert [i.id for i in library.issues] == [issue_id, "good"]
    assert library.issue(issue_id).source == stored(BAD_NAME)
    assert [p.path for p in library.problems] == [stored(str(folder / "empty\udcff.txt"))]
    assert [p.path for p in problems] == [p.path for p in library.problems]
    assert {h.article_id for h in index.search(parse_query("统战")).hits} == {
        "good/1",
        f"{issue_id}/1",
    }
    assert [i.to_dict() for i in again.issues] == [i.to_dict() for i in library.issues]
    # Read marks on it are kept.
    reading = Reading(read=set(article_keys(library).values()))
    assert reading.save(tmp_path / "data")
    assert Reading.load(tmp_path / "data").read == reading.read


def test_a_library_folder_whose_path_is_not_utf8(tmp_path):
    folder = write_library(tmp_path / os.fsdecode(b"lib\xfe"), {"good.txt": GOOD})
    (folder / "empty.txt").write_bytes(b"")
    library, index, problems, _ = build_all(folder, tmp_path)
    assert [i.id for i in library.issues] == ["good"]
    assert [p.path for p in problems] == [stored(str(folder / "empty.txt"))]
    assert MARK + "FE" in problems[0].path
    found, _ = scan_sources(folder)
    assert [os.path.basename(path) for path, _, _ in found] == ["empty.txt", "good.txt"]
    assert all(os.path.exists(path) for path, _, _ in found)  # the OS form opens them
