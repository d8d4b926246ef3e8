"""The catalog: a search answers from it and the index alone while fresh, follows every
change, and a build parses and indexes only what changed."""

from __future__ import annotations

import os

import pytest

from lcreader import cache_entries
from lcreader import library as library_module
from lcreader.cache import Cache
from lcreader.library import open_index, open_library, open_library_and_index
from lcreader.search import SearchIndex, parse_query
from lcreader.snapshot import Catalog
from tests.helpers import write_library

ONE = "# 统战工作会议召开\n\n统战人士座谈。\n\n(党建办 杜嵩)\n"
TWO = "# 社区运动会举行\n\n居民参加运动会。\n\n(自治办)\n"


@pytest.fixture
def folder(tmp_path):
    return write_library(tmp_path / "lib", {"001.txt": ONE, "002.txt": TWO})


@pytest.fixture
def cache_path(tmp_path):
    return tmp_path / "cache" / "library.json"


def titles(index, text="统战"):
    return [hit.title for hit in index.search(parse_query(text)).hits]


def test_a_build_writes_a_catalog_and_a_search_reads_only_its_hits(folder, cache_path, monkeypatch):
    library = open_library(folder, cache_path)
    assert Catalog(cache_path, library_module.build_version()).read_head() is not None

    def no_build(*args, **kwargs):
        raise AssertionError("the store was built again")

    def no_whole_shard(*args, **kwargs):
        raise AssertionError("a whole cache shard was read")

    monkeypatch.setattr("lcreader.store_build.Build.run", no_build)
    monkeypatch.setattr(Cache, "read_shard", no_whole_shard)
    index, problems = open_index(folder, cache_path)
    assert titles(index) == titles(SearchIndex(library)) == ["统战工作会议召开"]
    assert problems == []


def test_a_changed_file_is_searched_as_changed(folder, cache_path):
    open_index(folder, cache_path)
    path = folder / "002.txt"
    path.write_text(TWO.replace("居民参加运动会", "统战人士参加运动会"), encoding="utf-8")
    os.utime(path, ns=(1, 1))  # a new mtime whatever the clock's resolution
    index, _ = open_index(folder, cache_path)
    assert titles(index) == ["统战工作会议召开", "社区运动会举行"]
    (folder / "001.txt").unlink()
    index, _ = open_index(folder, cache_path)
    assert titles(index) == ["社区运动会举行"]


def test_only_a_changed_file_is_parsed_and_indexed_again(folder, cache_path, monkeypatch):
    open_index(folder, cache_path)
    parsed: list[str] = []
    real = cache_entries.build_issue

    def counting(issue_id, source, text):
        parsed.append(source)
        return real(issue_id, source, text)

    monkeypatch.setattr(cache_entries, "build_issue", counting)
    path = folder / "002.txt"
    path.write_text(TWO.replace("居民", "居民群众"), encoding="utf-8")
    os.utime(path, ns=(1, 1))
    index, _ = open_index(folder, cache_path)
    assert parsed == ["002.txt"]
    assert titles(index, "居民群众") == ["社区运动会举行"]
    assert titles(index) == ["统战工作会议召开"]


def test_many_changes_keep_the_index_whole_and_few_segments(folder, cache_path):
    """Each build adds a small segment and marks the replaced articles gone; small
    segments are merged before they pile up."""
    from lcreader.store_build import SMALL_SEGMENTS, index_folder

    open_index(folder, cache_path)
    path = folder / "002.txt"
    for n in range(SMALL_SEGMENTS * 2 + 1):
        path.write_text(TWO.replace("居民", f"居民{n}号"), encoding="utf-8")
        os.utime(path, ns=(n + 1, n + 1))
        index, _ = open_index(folder, cache_path)
        assert titles(index, f"居民{n}号") == ["社区运动会举行"]
        assert titles(index, "运动会") == ["社区运动会举行"]
        assert len(index) == 2
    listed = Catalog(cache_path, library_module.build_version()).read_head().meta["segments"]
    assert len(listed) <= SMALL_SEGMENTS
    assert {f for f, _, _ in listed} <= {p.name for p in index_folder(cache_path).iterdir()}


def test_skipped_files_are_reported_from_the_catalog_too(folder, cache_path):
    (folder / "003.txt").write_bytes(b"\xff\xfe\x00\xd8 broken")
    _, first = open_index(folder, cache_path)
    _, again = open_index(folder, cache_path)
    assert [p.path for p in first] == [p.path for p in again] == [str(folder / "003.txt")]
    assert first[0].reason == again[0].reason


def test_a_catalog_of_another_build_version_is_not_used(folder, cache_path, monkeypatch):
    open_index(folder, cache_path)
    monkeypatch.setattr(library_module, "PARSER_VERSION", 999)
    calls = []
    real = library_module._open
    monkeypatch.setattr(library_module, "_open", lambda *a, **k: calls.append(1) or real(*a, **k))
    index, _ = open_index(folder, cache_path)
    assert calls and titles(index) == ["统战工作会议召开"]


def test_the_reader_gets_the_library_lazily_and_the_index(folder, cache_path, monkeypatch):
    linked = open_library(folder, cache_path)
    people, departments = list(linked.people), list(linked.departments)
    assert people and departments

    def no_linking(*args, **kwargs):
        raise AssertionError("linked again: the catalog has the people and departments")

    monkeypatch.setattr("lcreader.entities.link.link_library", no_linking)
    library, index = open_library_and_index(folder, cache_path)
    assert titles(index) == titles(SearchIndex(library))
    assert len(index) == len(library.articles())
    assert list(library.people) == people and list(library.departments) == departments


def test_an_unwritable_cache_still_searches(folder, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache dir should be")
    index, _ = open_index(folder, blocked / "library.json")
    assert titles(index) == ["统战工作会议召开"]
