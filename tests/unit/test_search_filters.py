"""Queries of filters alone: nothing is scored, so hits come by mentions, then newest."""

from __future__ import annotations

import pytest

from lcreader.entities import link_library
from lcreader.library import build_issue
from lcreader.model import Library
from lcreader.search import SearchIndex, parse_query

SPRING = """# 社区召开议事会

近日，街道党工委书记王建国出席社区议事会。

(党建办 杜嵩)

# 王建国走访居民区

街道党工委书记王建国走访居民区。王建国察看了加装电梯现场，街道党建办组织居民座谈，街道党建办负责人介绍情况。王建国表示将继续推进。

(自治办 张琳璘)
"""

SUMMER = """# 社区举办纳凉晚会

近日，街道党工委书记王建国观看了晚会。

(党建办)
"""


@pytest.fixture(scope="module")
def index():
    spring = build_issue("spring", "spring.txt", SPRING)
    summer = build_issue("summer", "summer.txt", SUMMER)
    spring.year = summer.year = 2021
    spring.date, summer.date = "2021-03-01", "2021-06-30"
    library = Library(issues=[spring, summer])  # in file order: the older issue first
    link_library(library)
    return SearchIndex(library)


def ranked(index, query):
    return [
        (hit.article_id, hit.score, hit.mentions) for hit in index.search(parse_query(query)).hits
    ]


def test_a_person_filter_ranks_by_mentions_then_the_newest_issue(index):
    assert ranked(index, "person:王建国") == [
        ("spring/2", None, 4),  # the title and three times in the body
        ("summer/1", None, 1),  # the newer issue first among equals
        ("spring/1", None, 1),
    ]


def test_a_department_filter_counts_its_name_and_aliases_once_each(index):
    # 党建办公室 answers to 党建办 and 街道党建办: 街道党建办 is one mention, not two.
    assert ranked(index, "dept:党建办") == [
        ("spring/2", None, 2),
        ("summer/1", None, 1),  # bylines name it too
        ("spring/1", None, 1),
    ]


def test_filter_only_snippets_are_where_the_article_names_them(index):
    hit = index.search(parse_query("person:王建国")).hits[0]
    assert hit.snippets
    for snippet in hit.snippets:
        assert [snippet.text[s:e] for s, e in snippet.spans] == ["王建国"] * len(snippet.spans)


def test_a_year_alone_lists_the_newest_issue_first(index):
    assert ranked(index, "year:2021") == [
        ("summer/1", None, None),
        ("spring/1", None, None),
        ("spring/2", None, None),
    ]


def test_words_with_a_filter_are_scored_and_say_the_mentions(index):
    ((article, score, mentions),) = ranked(index, "电梯 person:王建国")
    assert article == "spring/2" and score > 0 and mentions == 4


def test_close_names_put_the_same_characters_in_the_same_places_first_then_the_most_named():
    """A mistyped name in a library of thousands: many names are as close by difflib's
    ratio (乐月明: 乐跃明 and 韩乐明 share two characters each); the one that keeps
    them in their places comes first, then the one named most."""
    from lcreader.search.index import close_names

    names = ["韩乐明", "金乐明", "赵乐明", "贾乐明", "苏乐明", "乐跃明", "乐悦民"]
    mentions = {"韩乐明": 3, "金乐明": 40, "乐跃明": 1, "乐悦民": 2}
    assert close_names("乐月明", names, 3, mentions) == ["乐跃明", "金乐明", "韩乐明"]
    assert close_names("乐月明", names, 1) == ["乐跃明"]  # no counts: the places decide
