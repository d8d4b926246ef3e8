"""Damaged files are found, never served: bytes of the catalog, the index and the cache
flipped in turn, and each time the answer is the right one (or a rebuild gives it)."""

from __future__ import annotations

import pytest

from lcreader import library as library_module
from lcreader.cache import Cache, CacheUnusable
from lcreader.library import open_index, open_library, open_library_and_index
from lcreader.search import parse_query
from lcreader.snapshot import Catalog
from lcreader.store_build import index_folder
from tests.helpers import fits, write_library

# A tiny library (one short issue) keeps a flip of every byte quick.
TINY = "# 统战会\n\n王建国说统战。\n\n(党建办 杜嵩)\n"


@pytest.fixture
def folder(tmp_path):
    return write_library(tmp_path / "lib", {"a.txt": TINY})


@pytest.fixture
def cache_path(tmp_path):
    return tmp_path / "cache" / "library.json"


def answer(index, text="统战") -> list:
    """What a user sees of a search: ids, titles, snippets and their spans."""
    result = index.search(parse_query(text))
    return [
        (hit.article_id, hit.title, hit.title_spans(), [(s.text, s.spans) for s in hit.snippets])
        for hit in result.hits
    ]


def flipped(raw: bytes, at: int) -> bytes:
    """One bit flipped: what a bad sector or a bad copy does."""
    return raw[:at] + bytes([raw[at] ^ 0x01]) + raw[at + 1 :]


def listed(cache_path) -> dict:
    return Catalog(cache_path, library_module.build_version()).read_head().meta


def segment_file(cache_path):
    """The one segment the catalog lists (files it dropped stay a while for readers)."""
    [(file, _, _)] = listed(cache_path)["segments"]
    return index_folder(cache_path) / file


def test_every_flipped_byte_of_the_catalog_is_found_or_harmless(folder, cache_path):
    open_index(folder, cache_path)
    catalog = Catalog(cache_path, library_module.build_version())
    parts = ("sources", "issues", "links", "top")
    head, sound = catalog.read_head(), catalog.read(parts)
    assert head is not None and sound is not None
    raw = cache_path.read_bytes()
    served = []
    for at in range(len(raw)):
        cache_path.write_bytes(flipped(raw, at))
        got = catalog.read_head()
        if got is not None and (got.meta, got.raw_names, got.raw_stamps) != (
            head.meta,
            head.raw_names,
            head.raw_stamps,
        ):
            served.append(at)
        found = catalog.read(parts)
        if found is not None and found != sound:
            served.append(at)
    assert served == [], f"{len(served)} of {len(raw)} flips served"


def test_a_search_on_any_damaged_index_segment_gives_the_right_answer(folder, cache_path):
    right = answer(open_index(folder, cache_path)[0])
    person = answer(open_index(folder, cache_path)[0], "person:王建国")
    path = segment_file(cache_path)
    raw = path.read_bytes()
    for at in range(0, len(raw), 7):
        # The segment in use may be replaced by a rebuild: damage the one listed now.
        path = segment_file(cache_path)
        path.write_bytes(flipped(raw, at) if path.read_bytes() == raw else path.read_bytes())
        notes: list[str] = []
        index, problems = open_index(folder, cache_path, notes.append)
        assert answer(index) == right, f"flip at byte {at}"
        assert answer(index, "person:王建国") == person, f"flip at byte {at}"
        assert problems == [] and notes == []  # derived data: rebuilt quietly
        raw = segment_file(cache_path).read_bytes()


def test_every_flipped_byte_of_a_cache_shard_is_found_or_harmless(folder, cache_path):
    open_library(folder, cache_path)
    cache = Cache(cache_path, library_module.build_version())
    [file] = cache.shard_files()
    sound = cache.read_shard(file)
    path = cache.shard_path(file)
    raw = path.read_bytes()
    served = []
    for at in range(len(raw)):
        path.write_bytes(flipped(raw, at))
        try:
            got = cache.read_shard(file)
        except CacheUnusable:
            continue
        if got != sound:
            served.append(at)
    assert served == [], f"{len(served)} of {len(raw)} flips served"


def test_a_library_on_any_damaged_cache_shard_is_the_right_library(folder, cache_path):
    right = [i.to_dict() for i in open_library(folder, cache_path).issues]
    cache = Cache(cache_path, library_module.build_version())
    [file] = cache.shard_files()
    path = cache.shard_path(file)
    raw = path.read_bytes()
    for at in range(0, len(raw), 5):
        path.write_bytes(flipped(raw, at))
        library = open_library(folder, cache_path)
        assert [i.to_dict() for i in library.issues] == right, f"flip at byte {at}"
        path.write_bytes(raw)


def test_build_repairs_a_damaged_segment_and_shard(folder, cache_path):
    right = answer(open_index(folder, cache_path)[0])
    path = segment_file(cache_path)
    raw = path.read_bytes()
    path.write_bytes(flipped(raw, len(raw) // 2))
    cache = Cache(cache_path, library_module.build_version())
    [(_, file)] = listed(cache_path)["shards"]
    shard = cache.shard_path(file)
    shard.write_bytes(flipped(shard.read_bytes(), len(shard.read_bytes()) // 2))
    notes: list[str] = []
    open_library_and_index(folder, cache_path, notes.append, verify=True)  # what `build` runs
    assert answer(open_index(folder, cache_path)[0]) == right
    [(_, file)] = listed(cache_path)["shards"]
    assert cache.read_shard(file)  # sound again
    assert len(notes) == 1 and fits(notes[0], "cache.unusable")


def test_a_stale_index_never_answers(folder, cache_path):
    """The catalog's stamps are the folder's, or the store is brought up to date."""
    open_index(folder, cache_path)
    (folder / "a.txt").write_text(TINY.replace("统战会", "运动会"), encoding="utf-8")
    import os

    os.utime(folder / "a.txt", ns=(1, 1))
    index, _ = open_index(folder, cache_path)
    assert [h.title for h in index.search(parse_query("运动会")).hits] == ["运动会"]
    assert index.search(parse_query("统战会")).total == 0


def test_an_earlier_build_s_segment_copied_over_the_current_one_is_never_served(folder, cache_path):
    """As restoring one file from a backup does: a whole, sound segment of the same
    library, but not the one the catalog lists."""
    open_index(folder, cache_path)
    earlier = segment_file(cache_path).read_bytes()
    (folder / "a.txt").write_text(TINY.replace("统战", "黄埔"), encoding="utf-8")
    open_index(folder, cache_path)
    right = answer(open_index(folder, cache_path)[0], "黄埔")
    assert right  # the new text is found
    segment_file(cache_path).write_bytes(earlier)
    assert answer(open_index(folder, cache_path)[0], "黄埔") == right
    assert answer(open_index(folder, cache_path)[0], "统战") == []
