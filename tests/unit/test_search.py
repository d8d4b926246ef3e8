"""Search: query language, ranking, folding, spans and snippets."""

from __future__ import annotations

import pytest

from lcreader.entities import link_library
from lcreader.library import build_issue
from lcreader.messages import message
from lcreader.model import Library
from lcreader.search import QueryError, SearchIndex, build_query, parse_query, round_trips

ISSUE_A = """# 社区统战工作座谈会召开

近日，街道召开统战工作座谈会，区委统战部副部长王锦辰出席。统战人士代表发言。

会议要求做好统战工作。

(党建办 杜嵩)

# 社区举办书法展

\n\n\n书法家(左二)讲解統戰历史\n\n展览展出作品八十件，其中一件提到统战。

(文化中心)
"""

ISSUE_B = """# 2019年社区运动会举行

2019年，社区举办运动会，居民踊跃参加。ＧＤＰ增长迅速。2019年运动会圆满结束。

(自治办 张琳璘)
"""


@pytest.fixture(scope="module")
def library():
    library = Library(
        issues=[build_issue("a", "a.txt", ISSUE_A), build_issue("b", "b.txt", ISSUE_B)]
    )
    link_library(library)
    return library


@pytest.fixture(scope="module")
def index(library):
    return SearchIndex(library)


def titles(result):
    return [hit.title for hit in result.hits]


def test_parse_query_parts():
    query = parse_query('统战 -书法 "工作 座谈" person:王锦辰 dept:党建办 year:2021')
    assert query.terms == ["统战", "工作 座谈"]
    assert query.excluded == ["书法"]
    assert (query.people, query.departments, query.years) == (["王锦辰"], ["党建办"], [2021])


@pytest.mark.parametrize(
    "text, reason",
    [("", "query.empty"), ("   ", "query.empty"), ("，。！", "query.punctuation"),
     ("-统战", "query.only_excluded"), ("-统战 -社区", "query.only_excluded")],
)  # fmt: skip
def test_queries_with_nothing_to_search_for_say_why(text, reason):
    with pytest.raises(QueryError) as raised:
        parse_query(text)
    assert str(raised.value) == message(reason)


def test_bad_year_filter():
    with pytest.raises(QueryError, match=message("query.bad_year", value=21)):
        parse_query("year:21")


def test_the_article_about_a_subject_ranks_first(index):
    result = index.search(parse_query("统战"))
    assert titles(result) == ["社区统战工作座谈会召开", "社区举办书法展"]
    assert result.hits[0].score > result.hits[1].score


def test_words_are_anded_and_excluded(index):
    assert titles(index.search(parse_query("统战 书法"))) == ["社区举办书法展"]
    assert titles(index.search(parse_query("统战 -书法"))) == ["社区统战工作座谈会召开"]


def test_a_phrase_must_stand_together(index):
    assert index.search(parse_query('"统战历史"')).total == 1
    assert index.search(parse_query('"历史统战"')).total == 0


def test_traditional_query_finds_simplified_text_and_back(index, library):
    assert index.search(parse_query("統戰")).total == 2
    hit = next(h for h in index.search(parse_query("统战")).hits if h.title == "社区举办书法展")
    caption = library.article(hit.article_id).captions[0]
    spans = [(m.start, m.end) for m in hit.matches if m.field == "caption"]
    assert [caption[s:e] for s, e in spans] == ["統戰"]


def test_width_is_ignored(index):
    assert index.search(parse_query("gdp")).total == 1
    assert index.search(parse_query("ＧＤＰ")).total == 1


def test_spans_map_back_to_stored_text(index, library):
    for hit in index.search(parse_query("统战")).hits:
        fields = {(k, i): t for k, i, t in library.article(hit.article_id).fields()}
        for match in hit.matches:
            assert fields[(match.field, match.index)][match.start : match.end] in ("统战", "統戰")


def test_snippets_carry_their_match_spans(index):
    hit = index.search(parse_query("统战")).hits[0]
    assert hit.snippets
    for snippet in hit.snippets:
        assert snippet.spans
        for start, end in snippet.spans:
            assert snippet.text[start:end] == "统战"


def test_filters(index):
    assert titles(index.search(parse_query("year:2019"))) == ["2019年社区运动会举行"]
    assert titles(index.search(parse_query("统战 person:王锦辰"))) == ["社区统战工作座谈会召开"]
    assert titles(index.search(parse_query("dept:党建办公室"))) == ["社区统战工作座谈会召开"]
    assert titles(index.search(parse_query("person:张琳璘"))) == ["2019年社区运动会举行"]
    assert index.search(parse_query("统战 year:2019")).total == 0


def test_limit_keeps_the_total(index):
    result = index.search(parse_query("社区"), limit=1)
    assert result.total == 3 and len(result.hits) == 1


def test_seeds_rank_the_united_front_article_first(seed_texts):
    issues = [build_issue(name, name, text) for name, text in seed_texts.items()]
    library = Library(issues=issues)
    link_library(library)
    result = SearchIndex(library).search(parse_query("统战"))
    assert result.hits[0].title == "郑宏在凉城新村街道调研基层统战工作"


def test_snippets_only_for_the_first_hits_asked(index):
    query = parse_query("统战")
    full = index.search(query, limit=None)
    some = index.search(query, limit=None, snippets_for=1)
    assert [h.article_id for h in some.hits] == [h.article_id for h in full.hits]
    assert some.hits[0].snippets == full.hits[0].snippets
    assert all(h.snippets == [] for h in some.hits[1:])
    assert [h.matches for h in some.hits] == [h.matches for h in full.hits]  # n/N needs them


@pytest.mark.parametrize(
    "name", ["乐跃明", '乐跃明" year:1999 x', "党建 办", "-座谈", "person:王", "“引号”"]
)
def test_a_query_from_flags_takes_values_as_they_are_and_parses_back(name):
    query = build_query(["统战", "-座谈"], people=[name], departments=[name], years=["2021"])
    assert (query.terms, query.excluded) == (["统战"], ["座谈"])
    assert (query.people, query.departments, query.years) == ([name], [name], [2021])
    assert round_trips(query) and parse_query(query.text) == query


def test_a_name_with_both_quotes_cannot_be_written_as_query_text():
    query = build_query(["统战"], people=['王"建国”'])
    assert query.people == ['王"建国”'] and not round_trips(query)


@pytest.mark.parametrize("text", ["person:", "统战 person:", "dept： 党建办", "统战 year:"])
def test_a_filter_without_a_value_is_an_error(text, lang):
    name = text.split()[-1].rstrip(":：") if ":" in text.split()[-1] else text.split()[0][:-1]
    with pytest.raises(QueryError) as raised:
        parse_query(text)
    assert str(raised.value).startswith(message("query.needs_value", name=name, example="")[:9])


def test_a_filter_name_inside_a_phrase_is_text():
    assert parse_query('"社区 person: 会"').terms == ["社区 person: 会"]


@pytest.mark.parametrize(
    "text, words",
    [("统战 OR 统一战线", [["统战", "统一战线"]]), ("统战|统一战线 社区", [["统战", "统一战线"], ["社区"]]),
     ('"社区 会客厅"|会客厅', [["社区 会客厅", "会客厅"]]), ("统战 AND 社区", [["统战"], ["社区"]]),
     ("统战 or 社区", [["统战"], ["or"], ["社区"]])],
)  # fmt: skip
def test_or_and_the_bar_join_alternatives_into_one_term(text, words):
    assert [term.forms for term in parse_query(text).terms] == words


@pytest.mark.parametrize(
    "text, reason",
    [("OR 统战", "query.operator_alone"), ("统战 OR", "query.operator_alone"),
     ("统战 AND", "query.operator_alone"), ("person:王锦辰 OR 统战", "query.operator_filter"),
     ("-统战 OR 社区", "query.or_mixed")],
)  # fmt: skip
def test_a_query_with_or_that_cannot_run_says_why(text, reason, lang):
    with pytest.raises(QueryError) as raised:
        parse_query(text)
    assert str(raised.value) == message(
        reason,
        operator=text.split()[1]
        if reason != "query.or_mixed" and not text.startswith("OR")
        else "OR",
    )


def test_either_word_finds_what_each_finds(index):
    either = {h.article_id for h in index.search(parse_query("运动会|书法"), limit=None).hits}
    one = {h.article_id for h in index.search(parse_query("运动会"), limit=None).hits}
    other = {h.article_id for h in index.search(parse_query("书法"), limit=None).hits}
    assert either == one | other and one and other


def test_a_paragraph_dense_with_matches_gives_short_snippets_and_bounded_matches():
    # A one-line paragraph of megabytes matched millions of times: its snippet was the
    # whole paragraph (49 MB on stdout) and its match list held every match (found by
    # the attacker). Here 4,000 matches in one paragraph.
    from lcreader.search.index import MAX_FIELD_MATCHES
    from lcreader.search.snippets import CONTEXT, MAX_GROUP

    dense = "# 密集\n\n" + "统战工作。" * 4000 + "\n\n(党建办)\n"
    library = Library(issues=[build_issue("d", "d.txt", dense)])
    link_library(library)
    (hit,) = SearchIndex(library).search(parse_query("统战")).hits
    assert hit.snippets and all(len(s.text) <= MAX_GROUP + 2 * CONTEXT + 2 for s in hit.snippets)
    assert len(hit.matches) == MAX_FIELD_MATCHES < 4000


def _matches_by_folding(article, forms):
    """Every (field, index, start, end) of the forms in the article's fields folded."""
    from lcreader.textkey import fold

    found = set()
    for kind, index, text in article.fields():
        key = fold(text)
        for form in forms:
            start = key.find(form)
            while start != -1:
                found.add((kind, index, start, start + len(form)))
                start = key.find(form, start + len(form))
    return found


@pytest.mark.parametrize(
    "paragraphs",
    [["统战工作", "書法統戰"], ["统战\x00统战", "统战"]],  # a field holding the separator
    ids=["from the segment", "folded again"],
)
def test_a_hits_matches_are_where_its_fields_folded_hold_the_query(paragraphs):
    from lcreader.model import Article, Issue

    article = Article("x/1", "x", "統戰标题", kicker="统战", paragraphs=paragraphs)
    article.captions = ["统战图"]
    article.byline_text = "统战部"
    index = SearchIndex(Library(issues=[Issue("x", "x.txt", "x", 2021, [article])]))
    hit = index.search(parse_query("统战")).hits[0]
    found = {(m.field, m.index, m.start, m.end) for m in hit.matches}
    assert found == _matches_by_folding(article, ["统战"])


def test_a_single_space_between_two_chinese_characters_is_stepped_over():
    """An OCR engine's stray space (`苇塘 新村`), a letter-spaced word, a two-character
    name padded to three (`张　三`): the word typed whole finds them, and its spans are
    the spaced text as stored. Two spaces part cells of a row; Latin words stay apart."""
    from lcreader.model import Article, Issue

    spaced = Article(
        "x/1", "x", "苇塘 新村开展垃圾分类",
        paragraphs=["苇塘新村居民和 苇 塘 新 村 志愿者一起行动。"], byline_text="自治办 张　三",
    )  # fmt: skip
    apart = Article("x/2", "x", "表格", paragraphs=["苇塘  新村", "a b"])
    index = SearchIndex(Library(issues=[Issue("x", "x.txt", "x", 2021, [spaced, apart])]))
    # (a phrase copied with the stray space in it is the word it spells)
    for word in ("苇塘新村", "塘新", '"苇塘新村开展"', '"苇塘 新村"'):
        hits = index.search(parse_query(word)).hits
        assert [hit.article_id for hit in hits] == ["x/1"], word
    fields = {(k, i): t for k, i, t in spaced.fields()}
    for word in ("苇塘新村", '"苇塘 新村"'):
        hit = index.search(parse_query(word)).hits[0]
        assert [fields[(m.field, m.index)][m.start : m.end] for m in hit.matches] == [
            "苇塘 新村", "苇塘新村", "苇 塘 新 村",
        ]  # fmt: skip
    assert index.search(parse_query("张三")).total == 1
    assert index.search(parse_query("ab")).total == 0
