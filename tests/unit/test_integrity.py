"""Damaged files are found, never served: every byte of a snapshot and a cache flipped in turn."""

from __future__ import annotations

import pytest

from lcreader import library as library_module
from lcreader.cache import Cache, CacheUnusable
from lcreader.library import open_index, open_library, open_library_and_index
from lcreader.search import parse_query
from lcreader.snapshot import Snapshot
from tests.helpers import write_library

# A tiny library (one short issue) keeps a flip of every byte quick.
TINY = "# 统战会\n\n王建国说统战。\n\n(党建办 杜嵩)\n"


@pytest.fixture
def folder(tmp_path):
    return write_library(tmp_path / "lib", {"a.txt": TINY})


@pytest.fixture
def cache_path(tmp_path):
    return tmp_path / "cache" / "library.json"


def answer(index) -> list:
    """What a user sees of a search: ids, titles, snippets and their spans."""
    result = index.search(parse_query("统战"))
    return [
        (hit.article_id, hit.title, hit.title_spans(), [(s.text, s.spans) for s in hit.snippets])
        for hit in result.hits
    ]


def flipped(raw: bytes, at: int) -> bytes:
    """One bit flipped: what a bad sector or a bad copy does."""
    return raw[:at] + bytes([raw[at] ^ 0x01]) + raw[at + 1 :]


def current_stats(folder) -> dict[str, tuple[int, int]]:
    st = (folder / "a.txt").stat()
    return {"a.txt": (st.st_size, st.st_mtime_ns)}


def test_every_flipped_byte_of_the_snapshot_is_found_or_harmless(folder, cache_path):
    open_index(folder, cache_path)
    snapshot = Snapshot(cache_path, library_module.build_version())
    stats = current_stats(folder)
    parts = ("layout", "entities")
    sound = snapshot.read(stats, parts)
    assert sound is not None
    raw = snapshot.path.read_bytes()
    served_damaged = []
    for at in range(len(raw)):
        snapshot.path.write_bytes(flipped(raw, at))
        got = snapshot.read(stats, parts)
        if got is not None and got != sound:
            served_damaged.append(at)
    assert served_damaged == [], f"{len(served_damaged)} of {len(raw)} flips served"


def test_every_flipped_byte_of_the_cache_is_found_or_harmless(folder, cache_path):
    open_library(folder, cache_path)
    cache = Cache(cache_path, library_module.build_version())
    sound = cache.read()
    raw = cache_path.read_bytes()
    served_damaged = []
    for at in range(len(raw)):
        cache_path.write_bytes(flipped(raw, at))
        try:
            got = cache.read()
        except CacheUnusable:
            continue
        if got != sound:
            served_damaged.append(at)
    assert served_damaged == [], f"{len(served_damaged)} of {len(raw)} flips served"


def test_a_search_on_any_damaged_snapshot_gives_the_right_answer(folder, cache_path):
    right = answer(open_index(folder, cache_path)[0])
    path = Snapshot(cache_path, library_module.build_version()).path
    raw = path.read_bytes()
    # Every byte is flipped at the read above; here every third, through a whole search.
    for at in range(0, len(raw), 3):
        path.write_bytes(flipped(raw, at))
        notes: list[str] = []
        index, problems = open_index(folder, cache_path, notes.append)
        assert answer(index) == right, f"flip at byte {at}"
        assert problems == [] and notes == []  # derived data: rebuilt quietly


def test_a_library_on_any_damaged_cache_is_the_right_library(folder, cache_path):
    right = [i.to_dict() for i in open_library(folder, cache_path).issues]
    raw = cache_path.read_bytes()
    for at in range(0, len(raw), 3):
        cache_path.write_bytes(flipped(raw, at))
        notes: list[str] = []
        library = open_library(folder, cache_path, notes.append)
        assert [i.to_dict() for i in library.issues] == right, f"flip at byte {at}"
        assert len(notes) <= 1


def test_a_damaged_layout_section_is_repaired_by_what_build_runs(folder, cache_path):
    right = answer(open_index(folder, cache_path)[0])
    snapshot = Snapshot(cache_path, library_module.build_version())
    raw = snapshot.path.read_bytes()
    at = raw.index(b'"articles"')  # inside the layout section
    snapshot.path.write_bytes(flipped(raw, at + 2))
    open_library_and_index(folder, cache_path)  # what `build` runs
    assert snapshot.path.read_bytes() == raw
    assert answer(open_index(folder, cache_path)[0]) == right
