"""The search snapshot: answers alone while fresh, follows every change, reuses folded text."""

from __future__ import annotations

import os

import pytest

from lcreader import library as library_module
from lcreader.library import open_index, open_library, open_library_and_index
from lcreader.search import SearchIndex, parse_query
from lcreader.search import layout as layout_module
from lcreader.snapshot import Snapshot
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


def test_a_build_writes_a_snapshot_that_answers_alone(folder, cache_path, monkeypatch):
    library = open_library(folder, cache_path)
    assert Snapshot(cache_path, library_module.build_version()).path.exists()

    def no_cache(*args, **kwargs):
        raise AssertionError("the cache was opened")

    monkeypatch.setattr(library_module, "_open", no_cache)
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


def test_only_changed_articles_are_folded_again(folder, cache_path, monkeypatch):
    open_index(folder, cache_path)
    folded: list[str] = []
    real_fold = layout_module.fold

    def counting_fold(text):
        folded.append(text)
        return real_fold(text)

    monkeypatch.setattr(layout_module, "fold", counting_fold)
    path = folder / "002.txt"
    path.write_text(TWO.replace("居民", "居民群众"), encoding="utf-8")
    os.utime(path, ns=(1, 1))
    open_index(folder, cache_path)
    assert folded and all("统战" not in text for text in folded)
    assert any("居民群众" in text for text in folded)


def test_skipped_files_are_reported_from_the_snapshot_too(folder, cache_path):
    (folder / "003.txt").write_bytes(b"\xff\xfe\x00\xd8 broken")
    _, first = open_index(folder, cache_path)
    _, again = open_index(folder, cache_path)
    assert [p.path for p in first] == [p.path for p in again] == [str(folder / "003.txt")]
    assert first[0].reason == again[0].reason


def test_a_snapshot_of_another_build_version_is_not_used(folder, cache_path, monkeypatch):
    open_index(folder, cache_path)
    monkeypatch.setattr(library_module, "PARSER_VERSION", 999)
    calls = []
    real_open = library_module._open
    monkeypatch.setattr(
        library_module, "_open", lambda *a, **k: calls.append(1) or real_open(*a, **k)
    )
    index, _ = open_index(folder, cache_path)
    assert calls and titles(index) == ["统战工作会议召开"]


def test_the_reader_gets_the_library_and_the_snapshot_index(folder, cache_path, monkeypatch):
    linked = open_library(folder, cache_path)
    assert linked.people and linked.departments

    def no_linking(library):
        raise AssertionError("linked again: the snapshot has the people and departments")

    monkeypatch.setattr("lcreader.entities.link_library", no_linking)
    library, index = open_library_and_index(folder, cache_path)
    assert titles(index) == titles(SearchIndex(library))
    assert len(index) == len(library.articles())
    assert library.people == linked.people
    assert library.departments == linked.departments


def test_an_unwritable_cache_still_searches(folder, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache dir should be")
    index, _ = open_index(folder, blocked / "library.json")
    assert titles(index) == ["统战工作会议召开"]
