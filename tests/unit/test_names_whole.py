"""A person's name is never cut at a line's end where the CLI sets text for a terminal
(`show`, `search`), as the article pane already keeps it (a newcomer found 许军 / 霞)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from lcreader.cli.render import styled_article_lines, styled_hit_lines
from lcreader.library import open_library
from lcreader.search import SearchIndex
from lcreader.search.query import parse_query
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    return open_library(SEEDS, tmp_path_factory.mktemp("c") / "cache.json")


def _cut_names(lines, names) -> list[str]:
    """Names split between a line's end and the next line's start."""
    plain = [line.plain.strip() for line in lines]
    cut = []
    for before, after in pairwise(plain):
        for name in names:
            for k in range(1, len(name)):
                if before.endswith(name[:k]) and after.startswith(name[k:]):
                    cut.append(name)
    return cut


@pytest.mark.parametrize("width", range(30, 72, 3))
def test_show_never_cuts_a_name(library, width):
    for article in library.articles():
        issue = library.issue(article.issue)
        lines = styled_article_lines(article, issue, width)
        assert not _cut_names(lines, article.people), (article.id, width)


@pytest.mark.parametrize("width", range(30, 72, 3))
def test_search_never_cuts_a_name_in_a_snippet(library, width):
    index = SearchIndex(library)
    for word in ("统战", "街道", "社区"):
        for n, hit in enumerate(index.search(parse_query(word)).hits, 1):
            names = library.article(hit.article_id).people
            lines = styled_hit_lines(n, hit, width, names=names)
            assert not _cut_names(lines, names), (hit.article_id, width)


@pytest.mark.parametrize("width", range(24, 60, 3))
def test_the_readers_results_never_cut_a_name(library, width):
    from lcreader.tui.widgets.search_panel import _prompt

    index = SearchIndex(library)
    for hit in index.search(parse_query("统战")).hits + index.search(parse_query("街道")).hits:
        names = library.article(hit.article_id).people
        lines = _prompt(hit, "bold", width, None, names).split("\n")
        assert not _cut_names(lines, names), (hit.article_id, width)
