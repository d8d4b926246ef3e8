"""A rebuild after changes reads and writes only what changed, and makes the same store
as a first build of the folder as it now is: the same linked people and departments,
the same sidebar head, the same `dept:` names, the same answers."""

from __future__ import annotations

import os

import pytest

from lcreader import library as library_module
from lcreader import store_build
from lcreader.library import open_index, open_library
from lcreader.link_store import LinkFiles, bucket_of, links_folder
from lcreader.search import parse_query
from lcreader.snapshot import Catalog
from lcreader.textkey import fold
from tests.helpers import write_library

PEOPLE = [
    ("街道党工委书记", "王建国"),
    ("社区主任", "李红梅"),
    ("居委会主任", "张伟民"),
    ("社区民警", "刘芳华"),
    ("志愿者", "陈静怡"),
    ("街道办事处主任", "杨帆远"),
]
DEPARTMENTS = ["党建办", "自治办", "平安办", "民政科"]


def issue_text(n: int, people: list[int], department: int) -> str:
    said = "".join(f"{PEOPLE[k][0]}{PEOPLE[k][1]}参加会议。" for k in people)
    return f"# 第{n}次会议\n\n{said}\n\n({DEPARTMENTS[department]} 杜嵩)\n"


def files() -> dict[str, str]:
    # Counts that differ, so the head's order is by count and then by name.
    return {
        f"{n:03}.txt": issue_text(
            n, [k for k in range(len(PEOPLE)) if (n + 1) % (k + 1) == 0], n % 4
        )
        for n in range(12)
    }


def store(cache_path) -> dict:
    """What a build leaves for the reader and a search, beside the index itself."""
    catalog = Catalog(cache_path, library_module.build_version())
    meta = catalog.read_head().meta
    top = catalog.read(("top",))["top"]
    # The names kept past the head may be fewer after a rebuild (those it could rank).
    shown = {k: v for k, v in top.items() if not k.endswith("_next")}
    return {"top": shown, "departments": meta["departments"]}


def seen(folder, cache_path) -> dict:
    library = open_library(folder, cache_path)
    index, _ = open_index(folder, cache_path)
    queries = ["会议", "person:王建国", "person:杨帆远", "dept:自治办", "dept:民政科", "杜嵩"]
    return {
        "people": [p.to_list() for p in library.people],
        "departments": [d.to_list() for d in library.departments],
        "issues": [i.to_dict() for i in library.issues],
        "answers": [[h.article_id for h in index.search(parse_query(q)).hits] for q in queries],
        **store(cache_path),
    }


def cold(folder, tmp_path) -> dict:
    return seen(folder, tmp_path / "cold" / "library.json")


@pytest.fixture(params=[2, 300], ids=["small-head", "whole-head"])
def head_size(request, monkeypatch):
    """A head of 2 makes every rebuild re-rank past it; 300 holds everyone."""
    monkeypatch.setattr(store_build, "TOP", request.param)
    return request.param


CHANGES = {
    "a name changed": lambda f: (f / "003.txt").write_text(
        issue_text(3, [5, 2], 1), encoding="utf-8"
    ),
    "the most mentioned taken out": lambda f: [
        (f / name).write_text(issue_text(n, [1], 2), encoding="utf-8")
        for n, name in enumerate(sorted(p.name for p in f.iterdir()))
        if n % 2
    ],
    "a file removed": lambda f: (f / "005.txt").unlink(),
    "a file added": lambda f: (f / "100.txt").write_text(
        issue_text(100, [0, 3, 4], 3), encoding="utf-8"
    ),
    "a department gone": lambda f: [
        (f / name).write_text(issue_text(n, [0], 0), encoding="utf-8")
        for n, name in enumerate(sorted(p.name for p in f.iterdir()))
        if n % 4 == 3
    ],
}


@pytest.mark.parametrize("change", list(CHANGES), ids=list(CHANGES))
def test_a_rebuild_makes_what_a_first_build_makes(tmp_path, head_size, change):
    folder = write_library(tmp_path / "lib", files())
    cache_path = tmp_path / "cache" / "library.json"
    seen(folder, cache_path)
    CHANGES[change](folder)
    assert seen(folder, cache_path) == cold(folder, tmp_path)


def test_changes_one_after_another_keep_the_store_right(tmp_path, head_size):
    folder = write_library(tmp_path / "lib", files())
    cache_path = tmp_path / "cache" / "library.json"
    seen(folder, cache_path)
    for k, change in enumerate(CHANGES.values()):
        change(folder)
        for path in folder.iterdir():  # every stamp new: what changed is told by its bytes
            os.utime(path, ns=(k + 1, k + 1))
        assert seen(folder, cache_path) == cold(folder, tmp_path / str(k)), k


def link_files(cache_path) -> set[str]:
    return {p.name for p in links_folder(cache_path).iterdir()}


def touched_buckets(issue) -> set[tuple[str, int]]:
    """The (table, bucket) pairs an issue's people and departments fall in."""
    return {
        *(("people", bucket_of(fold(m.name))) for a in issue.articles for m in a.mentions),
        *(("depts", bucket_of(fold(d))) for a in issue.articles for d in a.departments),
    }


def test_a_rebuild_writes_only_the_buckets_of_the_names_it_touched(tmp_path):
    folder = write_library(tmp_path / "lib", files())
    cache_path = tmp_path / "cache" / "library.json"
    old = open_library(folder, cache_path).issues[7]
    before = link_files(cache_path)
    (folder / "007.txt").write_text(issue_text(7, [4], 1), encoding="utf-8")
    new = open_library(folder, cache_path).issues[7]
    [written] = link_files(cache_path) - before  # one pack
    sections = LinkFiles(links_folder(cache_path), str).raw(written)
    touched = {f"{kind}-{at}" for kind, at in touched_buckets(old) | touched_buckets(new)}
    assert sections and set(sections) <= touched


def test_a_damaged_link_bucket_is_made_again_from_the_cache(tmp_path):
    folder = write_library(tmp_path / "lib", files())
    cache_path = tmp_path / "cache" / "library.json"
    seen(folder, cache_path)
    for path in links_folder(cache_path).iterdir():
        raw = path.read_bytes()
        path.write_bytes(raw[:-3] + bytes([raw[-3] ^ 1]) + raw[-2:])
    (folder / "003.txt").write_text(issue_text(3, [5, 2], 1), encoding="utf-8")
    assert seen(folder, cache_path) == cold(folder, tmp_path)


def rows(entries: dict) -> list[list]:
    from lcreader.entities.link import _shown

    return [[_shown(e[0]), sorted(e[1]), len(e[1])] for e in entries.values()]  # count last


def test_the_head_ranked_from_the_buckets_read_is_the_whole_tables_head(tmp_path, monkeypatch):
    """Random changes to a table of names: the head kept up to date from what a build
    read (and, when that cannot tell, from every bucket) is the head of the whole; the
    buckets read back are the table, also once the packs were copied into one."""
    import random

    from lcreader import link_store

    monkeypatch.setattr(link_store, "SPARE_BYTES", 0)

    from lcreader.link_store import (
        BUCKETS,
        Buckets,
        LinkFiles,
        ranked_head,
        read_whole,
        save_tables,
    )

    chance = random.Random(19)
    size = 3
    whole = {
        f"名{k}": [{f"名{k}": [1, "a", k]}, dict.fromkeys(range(chance.randint(1, 9)))]
        for k in range(40)
    }
    made = iter(range(10**6))
    files = LinkFiles(tmp_path, lambda: str(next(made)))
    listings = save_tables(files, whole, {})
    head, nexts = ranked_head(whole, None, size, rows)
    fell_back = 0
    for _ in range(200):
        table = Buckets(files, "people", listings["people"])
        for key in chance.sample(sorted(whole), chance.randint(1, 4)):
            if chance.random() < 0.2:
                del whole[key]
                if key in table:
                    del table[key]
                continue
            articles = dict.fromkeys(range(chance.randint(1, 12)))
            whole[key] = [{key: [1, "a", 0]}, articles]
            table[key] = [{key: [1, "a", 0]}, dict(articles)]
        if len(whole) < 10:
            for k in range(40, 50):
                whole[f"名{k}"] = [{f"名{k}": [1, "a", k]}, {0: None}]
                table[f"名{k}"] = [{f"名{k}": [1, "a", k]}, {0: None}]
        kept = {"rows": head, "next": nexts, "count": len(table)}
        read_before = set(table.parts)
        head, nexts = ranked_head(table, kept, size, rows)
        fell_back += len(table.parts) == BUCKETS > len(read_before)
        listings = save_tables(files, table, {})
        assert head == ranked_head(whole, None, size, rows)[0]
        assert sum(where[1] for where in listings["people"]) == len(whole)
        assert read_whole(files, listings)[0] == {k: [e[0], dict(e[1])] for k, e in whole.items()}
    assert fell_back  # the case where every bucket must be read came up too
    packs = {where[0] for where in listings["people"] if where[0]}
    assert len(packs) < 20  # copied together, again and again: not one pack a build


def test_build_finds_a_damaged_link_pack_and_makes_it_again(tmp_path):
    """What `build` runs (every file checked whole): a pack that fails its checksums is
    made again, from the cache, though no file changed."""
    from lcreader.library import open_library_and_index

    folder = write_library(tmp_path / "lib", files())
    cache_path = tmp_path / "cache" / "library.json"
    right = seen(folder, cache_path)
    [pack] = links_folder(cache_path).iterdir()
    raw = pack.read_bytes()
    pack.write_bytes(raw[:-3] + bytes([raw[-3] ^ 1]) + raw[-2:])
    open_library_and_index(folder, cache_path, verify=True)
    catalog = Catalog(cache_path, library_module.build_version())
    LinkFiles(links_folder(cache_path), str).verify(catalog.read(("links",))["links"])
    assert seen(folder, cache_path) == right


def test_the_sidebars_head_shows_what_the_whole_list_holds(tmp_path, head_size):
    """The head the catalog keeps (head_rows.py: the latest titles, the articles grouped)
    gives the sidebar what the whole list gives, and every title when asked."""
    from lcreader.stored import article_count

    folder = write_library(tmp_path / "lib", files())
    cache_path = tmp_path / "cache" / "library.json"
    open_library(folder, cache_path)
    library = open_library(folder, cache_path)
    head = library.people[: min(head_size, len(library.people))]
    whole = list(open_library(folder, cache_path).people)
    # The sidebar counts a head entry's articles without writing their ids out (the most
    # mentioned people of 20,000 issues name tens of thousands each).
    counts = [article_count(p) for p in [*head, *library.departments[:head_size]]]
    assert not any("articles" in p.__dict__ for p in head)
    assert counts == [
        len(p.articles) for p in [*whole[: len(head)], *library.departments[:head_size]]
    ]
    assert [(p.name, p.articles, p.latest_titles) for p in head] == [
        (p.name, p.articles, p.latest_titles) for p in whole[: len(head)]
    ]
    assert [p.titles_by_issue for p in head] == [p.titles_by_issue for p in whole[: len(head)]]
    departments = library.departments[: min(head_size, len(library.departments))]
    assert departments == list(open_library(folder, cache_path).departments)[: len(departments)]


def test_a_first_build_writes_its_buckets_in_packs_of_a_bounded_size(tmp_path, monkeypatch):
    """A first build does not hold every bucket's bytes at once: past PACK_BYTES a pack
    is written and another begun; the store reads the same from them."""
    from lcreader import link_store

    folder = write_library(tmp_path / "lib", files())
    right = cold(folder, tmp_path / "one")
    monkeypatch.setattr(link_store, "PACK_BYTES", 200)
    cache_path = tmp_path / "cache" / "library.json"
    assert seen(folder, cache_path) == right
    assert len(link_files(cache_path)) > 3


def test_a_lost_catalog_is_indexed_again_from_the_cache_in_batches(tmp_path, monkeypatch):
    """No catalog: the cache's entries are indexed again without parsing, BATCH_FILES
    files a segment (never the whole library in one), and answer as a first build."""
    folder = write_library(tmp_path / "lib", files())
    cache_path = tmp_path / "cache" / "library.json"
    right = seen(folder, cache_path)
    cache_path.unlink()
    monkeypatch.setattr(store_build, "BATCH_FILES", 5)
    report = library_module.BuildReport()
    open_library(folder, cache_path, report=report)
    assert report.parsed == 0
    segments = Catalog(cache_path, library_module.build_version()).read_head().meta["segments"]
    assert len(segments) == 3  # 12 files: 5, 5 and 2
    assert seen(folder, cache_path) == right


def shards_listed(cache_path) -> list[list[str]]:
    return Catalog(cache_path, library_module.build_version()).read_head().meta["shards"]


def test_a_lost_catalog_lists_the_cache_shards_as_they_are(tmp_path, monkeypatch):
    """No catalog, no file changed: every shard of the cache is listed as it was
    written, none read whole into the build and written again."""
    from lcreader.cache import Cache

    monkeypatch.setattr(store_build, "SHARD_FILES", 4)
    folder = write_library(tmp_path / "lib", files())
    cache_path = tmp_path / "cache" / "library.json"
    right = seen(folder, cache_path)
    before = shards_listed(cache_path)
    assert len(before) == 3
    cache_path.unlink()
    written = []
    write_shard = Cache.write_shard
    monkeypatch.setattr(Cache, "write_shard", lambda self, f, e: written.append(f) or write_shard(self, f, e))  # fmt: skip
    assert seen(folder, cache_path) == right
    assert written == []
    assert shards_listed(cache_path) == before


def test_a_lost_catalog_writes_again_only_the_shard_of_a_changed_file(tmp_path, monkeypatch):
    """No catalog and one file changed, a stale copy of a shard beside the others: the
    changed file's shard is written anew, the others listed as they are, and the
    store answers as a first build of the folder as it is now."""
    monkeypatch.setattr(store_build, "SHARD_FILES", 4)
    folder = write_library(tmp_path / "lib", files())
    cache_path = tmp_path / "cache" / "library.json"
    open_library(folder, cache_path)
    before = shards_listed(cache_path)
    shards = cache_path.parent / f"{cache_path.stem}.cache"
    stale = shards / f"000000000000{before[1][1][12:]}"
    stale.write_bytes((shards / before[1][1]).read_bytes())  # a copy, sorted first
    cache_path.unlink()
    (folder / "010.txt").write_text(issue_text(10, [0, 1, 2], 3) + "\n补记一段。\n", "utf-8")
    assert seen(folder, cache_path) == cold(folder, tmp_path)
    after = shards_listed(cache_path)
    assert [file for _, file in after][:2] == [before[0][1], stale.name]
    assert after[2][1] not in {file for _, file in before}


def test_a_lost_catalogs_indexing_again_says_how_far_it_is(tmp_path, monkeypatch):
    """No catalog: nothing to parse, but the whole cache indexed again (76 s at ×10000):
    the build says how far it is, a batch at a time, as what it is doing."""
    monkeypatch.setattr(store_build, "BATCH_FILES", 5)
    folder = write_library(tmp_path / "lib", files())
    cache_path = tmp_path / "cache" / "library.json"
    open_library(folder, cache_path)
    cache_path.unlink()
    said = []
    open_library(folder, cache_path, progress=lambda *call: said.append(call))
    assert [(done, total, stage) for done, total, _, stage in said] == [
        (1, 12, "build.indexing"),
        (6, 12, "build.indexing"),
        (11, 12, "build.indexing"),
    ]
