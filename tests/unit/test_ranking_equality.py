"""The built index (segments on disk) ranks as the plain BM25F reference over the model,
for every query form, on the fidelity corpus and on a generated ×100 library: the same
hits, the same top ten in the same order, the same scores."""

from __future__ import annotations

import math
import shutil
import sys
from pathlib import Path

import pytest

from lcreader.kinds import DEPARTMENT, PERSON
from lcreader.library import open_library_and_index
from lcreader.search import parse_query
from tests.unit.test_search_index import reference_search

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", params=["corpus", "x100"])
def built(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param) / "lib"
    if request.param == "corpus":
        folder.mkdir()
        for path in (ROOT / "tests" / "corpus").glob("*.txt"):
            shutil.copy(path, folder / path.name)
    else:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from generate import generate

        generate(100, folder)
    return open_library_and_index(folder, folder.parent / "cache" / "c.json")


def _ordered(library, expected):
    """The reference's hits in the index's order: score, newest issue, then id."""
    dates = {i.id: i.date or "" for i in library.issues}
    return sorted(
        expected, key=lambda h: (-h[1], -(h[2] or 0), _neg(dates[h[0].rpartition("/")[0]]), h[0])
    )


def _neg(date: str) -> tuple:
    return (*tuple(-ord(ch) for ch in date), 1)


def _queries(library) -> list[str]:
    name = next(p.name for p in library.people if len(p.name) == 3)
    return ["统战", "社区", "统战 社区", '"统战工作"', name, "社区 -统战", "统战|党建",
            "统战 OR 垃圾分类", "社区 year:2021", "量子计算", "街"]  # fmt: skip


def test_every_word_query_ranks_as_the_reference(built):
    library, index = built
    for text in _queries(library):
        expected = _ordered(library, reference_search(library, text))
        result = index.search(parse_query(text), limit=None)
        got = [(h.article_id, h.score) for h in result.hits]
        assert {a for a, _ in got} == {a for a, _, _ in expected}, text
        assert [a for a, _ in got[:10]] == [a for a, _, _ in expected[:10]], text
        for (_, score), (_, want, _) in zip(got, expected, strict=True):
            assert math.isclose(score, want, rel_tol=1e-9, abs_tol=1e-4), text


def test_filters_alone_find_the_linked_articles(built):
    library, index = built
    person = library.people[0].name
    department = library.departments[0].name
    for kind, name in ((PERSON, person), (DEPARTMENT, department)):
        query = parse_query(f"{kind.query_word}:{name}")
        hits = index.search(query, limit=None).hits
        assert {h.article_id for h in hits} == kind.articles_of(library, name)
        mentions = [h.mentions for h in hits]
        assert mentions == sorted(mentions, reverse=True)
    years = {i.year for i in library.issues if i.year}
    year = max(years)
    hits = index.search(parse_query(f"year:{year}"), limit=None).hits
    assert {h.article_id for h in hits} == {
        a.id for i in library.issues if i.year == year for a in i.articles
    }
