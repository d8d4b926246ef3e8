"""The pinyin vocabulary kept beside the cache: the same as gathered, made again when
what it was made from changes, and never used when damaged."""

from __future__ import annotations

import shutil

from lcreader.expansions.synonyms import SynonymTable, shipped_table
from lcreader.expansions.vocabulary import index_vocabulary
from lcreader.expansions.vocabulary_cache import cached_vocabulary, made_from, vocabulary_path
from lcreader.library import open_library_and_index
from tests.conftest import SEEDS


def _same(a, b) -> bool:
    return (a.counts, a.abbreviable, a.by_firsts) == (b.counts, b.abbreviable, b.by_firsts)


def _built(tmp_path):
    folder = tmp_path / "lib"
    shutil.copytree(SEEDS, folder)
    cache = tmp_path / "cache" / "c.json"
    return folder, cache, *open_library_and_index(folder, cache)


def test_a_kept_vocabulary_is_the_one_gathered(tmp_path, monkeypatch):
    _, cache, _, index = _built(tmp_path)
    table = shipped_table()
    path = vocabulary_path(cache)
    gathered = cached_vocabulary(index, table, path)
    assert path.is_file() and _same(gathered, index_vocabulary(index, table))
    # Read back, not gathered again.
    monkeypatch.setattr(
        "lcreader.expansions.vocabulary_cache.index_vocabulary",
        lambda *a: (_ for _ in ()).throw(AssertionError("gathered again")),
    )
    kept = cached_vocabulary(index, table, path)
    assert _same(kept, gathered)
    assert kept.candidates("tz") == gathered.candidates("tz")


def test_other_synonyms_or_another_index_make_it_again(tmp_path):
    folder, cache, _, index = _built(tmp_path)
    table = shipped_table()
    path = vocabulary_path(cache)
    cached_vocabulary(index, table, path)
    more = shipped_table()
    more.add([["凉城新村", "凉城"]])
    assert made_from(index, more) != made_from(index, table)
    assert "凉城新村" in cached_vocabulary(index, more, path).counts
    (folder / "2099_新一期.txt").write_text(
        "# 垃圾分类宣传周启动\n\n社区开展垃圾分类宣传。\n", "utf-8"
    )
    _, index = open_library_and_index(folder, cache)
    assert made_from(index, table) != made_from(index, more)
    assert "垃圾分类宣传周启动" in cached_vocabulary(index, table, path).counts


def test_a_damaged_file_is_never_used(tmp_path):
    _, cache, _, index = _built(tmp_path)
    table = SynonymTable()
    path = vocabulary_path(cache)
    right = cached_vocabulary(index, table, path)
    raw = bytearray(path.read_bytes())
    raw[-3] ^= 0xFF  # a flipped byte in the last section
    path.write_bytes(bytes(raw))
    assert _same(cached_vocabulary(index, table, path), right)
    path.write_bytes(b"nothing of the kind")
    assert _same(cached_vocabulary(index, table, path), right)
    assert _same(cached_vocabulary(index, table, path), right)  # written again, sound
