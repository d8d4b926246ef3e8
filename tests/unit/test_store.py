"""The store: the TinyDB cache in shards, the catalog and the index: incremental
rebuilds, versions, damage, atomic writes, locking."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from lcreader import library as library_module
from lcreader.cache import Cache
from lcreader.cache_codec import AtomicJSONStorage, read_tables, write_tables
from lcreader.library import BuildReport, LibraryError, cached_entries, open_index, open_library
from lcreader.messages import message
from lcreader.search import parse_query
from tests.helpers import fits, refuse_secret, write_library

ONE = "# 第一期标题\n\n正文一。\n\n(党建办 杜嵩)\n"
TWO = "# 第二期标题\n\n正文二。\n\n(自治办)\n"


@pytest.fixture
def folder(tmp_path):
    return write_library(tmp_path / "lib", {"001.txt": ONE, "002.txt": TWO})


@pytest.fixture
def cache_path(tmp_path):
    return tmp_path / "cache" / "library.json"


def open_(folder, cache_path, notes=None):
    report = BuildReport()
    lib = open_library(
        folder, cache_path, (notes if notes is not None else []).append, None, report
    )
    return lib, report


def test_first_open_parses_all_then_reuses(folder, cache_path):
    lib, report = open_(folder, cache_path)
    assert [i.title for i in lib.issues] == ["第一期标题", "第二期标题"]
    assert (report.parsed, report.saved) == (2, True)
    again, report = open_(folder, cache_path)
    assert (report.parsed, report.reused) == (0, 2)
    assert [i.to_dict() for i in again.issues] == [i.to_dict() for i in lib.issues]


def test_only_a_changed_file_is_parsed_again(folder, cache_path):
    open_(folder, cache_path)
    (folder / "002.txt").write_text(TWO.replace("第二期", "改过的"), encoding="utf-8")
    lib, report = open_(folder, cache_path)
    assert (report.parsed, report.reused) == (1, 1)
    assert lib.issues[1].title == "改过的标题"


def test_a_touched_but_unchanged_file_is_not_parsed(folder, cache_path):
    open_(folder, cache_path)
    os.utime(folder / "001.txt", ns=(1, 1))
    _, report = open_(folder, cache_path)
    assert report.parsed == 0


def test_an_edit_of_the_same_size_with_its_mtime_set_back_is_seen(folder, cache_path):
    path = folder / "002.txt"
    open_(folder, cache_path)
    before = path.stat()
    path.write_text(TWO.replace("第二期", "改过的"), encoding="utf-8")  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    lib, report = open_(folder, cache_path)
    assert report.parsed == 1 and lib.issues[1].title == "改过的标题"
    index, _ = open_index(folder, cache_path)
    assert index.search(parse_query("改过的")).hits


def test_removed_files_are_dropped(folder, cache_path):
    open_(folder, cache_path)
    (folder / "002.txt").unlink()
    lib, report = open_(folder, cache_path)
    assert report.dropped == 1 and [i.id for i in lib.issues] == ["001"]
    assert [e["source"] for e in cached_entries(cache_path).values()] == ["001.txt"]


def test_a_parser_version_change_rebuilds_all(folder, cache_path, monkeypatch):
    open_(folder, cache_path)
    monkeypatch.setattr(library_module, "PARSER_VERSION", 999)
    notes = []
    _, report = open_(folder, cache_path, notes)
    assert report.parsed == 2
    # An update, said in a reader's words (no `格式 5，解析器 p28-…`).
    assert len(notes) == 1 and fits(notes[0], "cache.updated")


DAMAGES = [
    lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    lambda p: p.write_text("[1, 2, 3]"),
    lambda p: p.write_text('{"meta": {"1": {"format": 1, "parser": "x"}}}'),
    lambda p: p.write_bytes(b"\xff\xfe\x00garbage"),
]
DAMAGE_IDS = ["truncated", "wrong-shape", "other-version", "not-text"]


def shard(cache_path) -> Path:
    cache = Cache(cache_path, library_module.build_version())
    [file] = cache.shard_files()
    return cache.shard_path(file)


@pytest.mark.parametrize("damage", DAMAGES, ids=DAMAGE_IDS)
def test_a_damaged_cache_shard_is_rebuilt_with_one_notice(folder, cache_path, damage):
    open_(folder, cache_path)
    damage(shard(cache_path))
    cache_path.unlink()  # and the catalog gone: what the shard held must be parsed again
    notes = []
    lib, report = open_(folder, cache_path, notes)
    assert len(lib.issues) == 2 and report.parsed == 2
    assert len(notes) == 1 and fits(notes[0], "cache.unusable")
    _, report = open_(folder, cache_path)
    assert report.parsed == 0


@pytest.mark.parametrize("damage", DAMAGES, ids=DAMAGE_IDS)
def test_a_damaged_catalog_is_rebuilt_quietly_from_the_cache(folder, cache_path, damage):
    open_(folder, cache_path)
    damage(cache_path)
    notes = []
    lib, report = open_(folder, cache_path, notes)
    assert [i.title for i in lib.issues] == ["第一期标题", "第二期标题"]
    assert (report.parsed, report.reused) == (0, 2) and notes == []
    _, report = open_(folder, cache_path)
    assert report.parsed == 0


def test_entries_of_the_wrong_shape_are_rebuilt(folder, cache_path):
    open_(folder, cache_path)
    path = shard(cache_path)
    data = read_tables(path)
    for name, table in data.items():
        if name != "meta":
            for doc in table.values():
                doc["issue"]["articles"] = [{"nonsense": True}]
    write_tables(path, data)
    cache_path.unlink()
    notes = []
    lib, _ = open_(folder, cache_path, notes)
    assert [i.title for i in lib.issues] == ["第一期标题", "第二期标题"]
    assert notes and fits(notes[0], "cache.unusable")


def test_unusable_files_are_named_and_the_rest_loads(folder, cache_path):
    (folder / "003.txt").write_bytes(b"")
    (folder / "004.txt").write_bytes(b"\x00\x01\x02binary")
    lib, _ = open_(folder, cache_path)
    assert len(lib.issues) == 2
    assert sorted((p.path.rsplit("/", 1)[-1], p.reason) for p in lib.problems) == [
        ("003.txt", message("source.empty")),
        ("004.txt", message("source.binary_nul")),
    ]
    again, report = open_(folder, cache_path)
    assert report.parsed == 0 and len(again.problems) == 2


def test_every_file_seen_is_counted_once_parsed_reused_or_skipped(
    folder, cache_path, tmp_path, monkeypatch
):
    open_(folder, cache_path)  # 001 and 002 are cached and stay unchanged
    (folder / "003.txt").write_text(ONE.replace("第一期", "第三期"), encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "secret.txt").write_text(TWO, encoding="utf-8")
    (tmp_path / "outside.txt").write_text(ONE, encoding="utf-8")
    (folder / "link.txt").symlink_to(tmp_path / "outside.txt")  # refused unread
    refuse_secret(monkeypatch)
    seen = len(list(folder.iterdir()))
    lib, report = open_(folder, cache_path)
    assert (report.parsed, report.reused, report.skipped) == (1, 2, 3)
    assert report.files == seen and report.skipped == len(lib.problems)
    again, report = open_(folder, cache_path)  # nothing changed: every count from the cache
    assert (report.parsed, report.reused, report.skipped) == (0, 3, 3)
    assert report.files == seen
    report = BuildReport()
    _, problems = open_index(folder, cache_path, report=report)  # from the snapshot alone
    assert (report.parsed, report.reused, report.skipped) == (0, 3, 3) and len(problems) == 3


def test_missing_library_folder(tmp_path, cache_path):
    with pytest.raises(LibraryError, match=message("library.not_found", folder="")):
        open_(tmp_path / "nope", cache_path)


def test_a_failed_write_leaves_the_old_cache_whole(tmp_path, monkeypatch):
    path = tmp_path / "c.json"
    storage = AtomicJSONStorage(path)
    storage.write({"a": {"1": {"x": 1}}})
    storage.flush()

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    storage.write({"a": {"1": {"x": 2}}})
    with pytest.raises(OSError):
        storage.flush()
    assert read_tables(path) == {"a": {"1": {"x": 1}}}
    assert [p.name for p in tmp_path.iterdir()] == ["c.json"]


def test_disk_full_while_writing_works_from_memory(folder, cache_path, monkeypatch):
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "No space left")))
    notes = []
    lib, report = open_(folder, cache_path, notes)
    assert len(lib.issues) == 2 and not report.saved
    assert notes == [
        message("cache.unwritable", path=str(cache_path), error=message("oserror.ENOSPC"))
    ]
    assert lib.issues[0].articles[0].paragraphs == ["正文一。"]


def _build_in_process(args):
    folder, cache_path = args
    lib = open_library(folder, cache_path)
    return len(lib.issues)


def test_two_builds_at_once_leave_a_good_cache(folder, cache_path):
    for n in range(3, 40):
        (folder / f"{n:03}.txt").write_text(ONE.replace("第一期", f"第{n}期"), encoding="utf-8")
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        counts = pool.map(_build_in_process, [(folder, cache_path)] * 4)
    assert counts == [39] * 4
    entries = cached_entries(cache_path)
    assert len(entries) == 39


def test_a_file_no_catalog_lists_is_kept_for_a_while_from_when_it_stopped_being_listed(tmp_path):
    """A cache built yesterday: its shards are old by their times, yet a reader opened a
    minute ago on the catalog before this build still reads them."""
    import json
    import time

    from lcreader.store_build import KEEP_OLD, RETIRED, _remove_old

    old = tmp_path / "a.shard"
    old.write_bytes(b"x")
    os.utime(old, (time.time() - 2 * KEEP_OLD,) * 2)
    _remove_old(tmp_path, ".shard", keep=set())
    assert old.exists()  # unlisted only now: kept
    record = tmp_path / RETIRED
    since = json.loads(record.read_text(encoding="utf-8"))["a.shard"]
    record.write_text(json.dumps({"a.shard": since - 2 * KEEP_OLD}), encoding="utf-8")
    _remove_old(tmp_path, ".shard", keep=set())
    assert not old.exists()  # unlisted for longer than KEEP_OLD: gone
    assert json.loads(record.read_text(encoding="utf-8")) == {}


def test_only_a_cache_an_earlier_version_wrote_is_said_to_be_from_before_an_update():
    from lcreader.cache import _earlier

    ours = (5, "p29-e3-f1-ef005c0c")
    assert _earlier((5, "p28-e3-f1-ef005c0c"), ours)
    assert _earlier((4, "p40-e9-f9-00"), ours)  # an older format, whatever its parser
    assert _earlier((5, "p29-e3-f1-0badf00d"), ours)  # its data files changed
    assert not _earlier((5, "p30-e3-f1-ef005c0c"), ours)  # a later lcreader's
    assert not _earlier((6, "p1-e1-f1-00"), ours)
    assert not _earlier((5, "x"), ours) and not _earlier(("5", "p1-e1-f1-00"), ours)
