"""The fast index against a plain reference: same hits, same scores, any library and query."""

from __future__ import annotations

import itertools
import math
import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from lcreader.model import Article, Issue, Library, Mention
from lcreader.search import SearchIndex, parse_query
from lcreader.search.index import K1, WEIGHTS, B
from lcreader.textkey import fold

# Few characters, so terms match often; traditional, full-width and control characters too.
ALPHABET = "统战統戰社区AaＡ1１ 　，\x00\x1b"
texts = st.text(ALPHABET, min_size=0, max_size=12)


@st.composite
def articles(draw, issue_id: str, number: int) -> Article:
    return Article(
        id=f"{issue_id}/{number}",
        issue=issue_id,
        title=draw(texts.filter(bool)),
        kicker=draw(st.none() | texts.filter(bool)),
        subtitle=draw(st.none() | texts.filter(bool)),
        paragraphs=draw(st.lists(texts, max_size=4)),
        captions=draw(st.lists(texts, max_size=2)),
        byline_text=draw(st.none() | texts.filter(bool)),
        mentions=[Mention(name) for name in draw(st.lists(st.sampled_from("甲乙丙"), max_size=2))],
    )


@st.composite
def libraries(draw) -> Library:
    issues = []
    for n in range(draw(st.integers(0, 4))):
        issue_id = f"i{n}"
        count = draw(st.integers(0, 4))
        issues.append(
            Issue(
                id=issue_id,
                source=f"{issue_id}.txt",
                title=issue_id,
                year=draw(st.sampled_from([None, 2020, 2021])),
                articles=[draw(articles(issue_id, k)) for k in range(1, count + 1)],
            )
        )
    return Library(issues=issues)


query_words = st.text("统战統戰社区AaＡ1１", min_size=1, max_size=3)
# A word, or alternatives written either way: `统|社区`, `统 OR 社区`.
query_groups = query_words | st.lists(query_words, min_size=2, max_size=3).flatmap(
    lambda words: st.sampled_from(["|".join(words), " OR ".join(words)])
)


@st.composite
def queries(draw) -> str:
    words = draw(st.lists(query_groups, min_size=1, max_size=3))
    # `-a OR b` would join a word left out to one looked for: an error of its own.
    excluded = draw(st.lists(query_groups.filter(lambda g: " OR " not in g), max_size=1))
    years = draw(st.lists(st.sampled_from(["year:2020", "year:2021"]), max_size=1))
    return " ".join([*words, *(f"-{w}" for w in excluded), *years])


def _groups(article: Article) -> dict[str, list[str]]:
    return {
        "title": [article.title],
        "heading": [x for x in (article.kicker, article.subtitle) if x],
        "caption": list(article.captions),
        "byline": [article.byline_text] if article.byline_text else [],
        "body": list(article.paragraphs),
    }


def spaced(key: str) -> str:
    """A folded key as a pattern, a single space allowed between two of its Chinese
    characters (`苇塘新村` stands in `苇塘 新村`)."""

    def han(ch: str) -> bool:
        return unicodedata.name(ch, "").startswith("CJK")

    return re.escape(key[:1]) + "".join(
        (" ?" if han(a) and han(b) else "") + re.escape(b) for a, b in itertools.pairwise(key)
    )


def occurrences(text: str, key: str) -> int:
    """How often a folded key stands in folded text, non-overlapping, spaced or not."""
    return len(re.findall(spaced(key), text))


def reference_search(
    library: Library, text: str, expand=None
) -> list[tuple[str, float, int | None]]:
    """BM25F written out plainly over the model: (article id, score, year) of every hit.

    A term is a group of alternatives: its count in a field is the weighted sum of its
    alternatives' counts, and an article holds it when it holds any alternative.
    """
    query = parse_query(text)
    if expand is not None:
        query = query.with_alternatives(expand)
    docs = [(issue, a, _groups(a)) for issue in library.issues for a in issue.articles]
    n = len(docs)
    # A group's length counts each field and the one separator after it.
    average = {
        g: max(1.0, sum(sum(len(t) + 1 for t in groups[g]) for _, _, groups in docs) / max(1, n))
        for g in WEIGHTS
    }

    def count(groups, term, group):
        return sum(
            alternative.weight * occurrences(fold(t), alternative.folded)
            for alternative in term.alternatives
            for t in groups[group]
        )

    def contains(groups, term):
        return any(count(groups, term, g) for g in WEIGHTS)

    idf = {}
    for term in query.terms:
        df = sum(1 for _, _, groups in docs if contains(groups, term))
        idf[term] = math.log(1.0 + (n - df + 0.5) / (df + 0.5))
    hits = []
    for issue, article, groups in docs:
        if query.years and issue.year not in query.years:
            continue
        if not all(contains(groups, t) for t in query.terms):
            continue
        if any(contains(groups, t) for t in query.excluded):
            continue
        score = 0.0
        for term in dict.fromkeys(query.terms):
            tf = 0.0
            for g, weight in WEIGHTS.items():
                length = sum(len(t) + 1 for t in groups[g])
                tf += weight * count(groups, term, g) / (1.0 - B + B * length / average[g])
            score += idf[term] * tf * (K1 + 1.0) / (K1 + tf)
        hits.append((article.id, score, issue.year))
    return hits


@given(libraries(), queries())
def test_index_agrees_with_the_reference(library, text):
    expected = reference_search(library, text)
    result = SearchIndex(library).search(parse_query(text), limit=None)
    assert result.total == len(expected) == len(result.hits)
    want = {article: score for article, score, _ in expected}
    for hit in result.hits:
        assert math.isclose(hit.score, want[hit.article_id], rel_tol=1e-9, abs_tol=1e-4)
    # Ranked by score, then newest year, then id.
    for before, after in zip(result.hits, result.hits[1:], strict=False):
        a, b = want[before.article_id], want[after.article_id]
        assert a >= b - 1e-9
        if math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12):
            assert (-(before.year or 0), before.article_id) <= (
                -(after.year or 0),
                after.article_id,
            )


@given(libraries(), queries(), st.integers(min_value=0, max_value=8))
def test_a_limit_takes_the_head_of_the_whole_ranking(library, text, limit):
    """The reader lists a batch more by asking again with a larger limit: the hits shown
    already must come first, in the same order."""
    index = SearchIndex(library)
    whole = [hit.article_id for hit in index.search(parse_query(text), limit=None).hits]
    head = [hit.article_id for hit in index.search(parse_query(text), limit=limit).hits]
    assert head == whole[:limit]


@given(libraries(), queries())
def test_matches_are_the_terms_in_the_stored_text(library, text):
    query = parse_query(text)
    for hit in SearchIndex(library).search(query, limit=None).hits:
        fields = {(k, i): t for k, i, t in library.article(hit.article_id).fields()}
        for match in hit.matches:
            found = fold(fields[(match.field, match.index)][match.start : match.end])
            # Merged spans are runs of terms: each starts with one and holds no separator.
            keys = [a.folded for term in query.terms for a in term.alternatives]
            assert any(re.match(spaced(key), found) for key in keys)
            assert fold(match.form) in keys
            assert "\x00" not in found


def test_a_term_never_matches_across_fields():
    article = Article(id="a/1", issue="a", title="统", paragraphs=["战", "x统\x00战"])
    library = Library(issues=[Issue(id="a", source="a.txt", title="a", articles=[article])])
    index = SearchIndex(library)
    assert index.search(parse_query("统战")).total == 0
    # A control character typed in a query reads as a space, never as the separator.
    assert parse_query("统\x00战").terms == ["统 战"]
    assert index.search(parse_query("统\x00战")).total == 0


# Names as the entity layer gives them: no control characters (the index's separators).
entity_names = st.text("统战統戰社区AaＡ1１，", min_size=1, max_size=4)


@given(libraries(), st.sets(entity_names, min_size=1, max_size=3))
def test_mention_counts_are_the_names_found_in_every_field(library, names):
    """The count behind a filter-only ranking: one name is counted in C, several with
    one expression, front fields in one scan each; all must agree with a plain count."""
    from lcreader.search.index import _mentions_pattern

    index = SearchIndex(library)
    pattern = _mentions_pattern({fold(name) for name in names})
    numbers = list(range(len(index)))
    expected = [
        max(1, sum(len(pattern.findall(fold(text))) for _, _, text in index.fields(n)))
        for n in numbers
    ]
    assert index._mention_counts(numbers, {fold(name) for name in names}) == expected


def toy_expansion(folded: str) -> list[tuple[str, float, str]]:
    """A made-up thesaurus: 统 ↔ 社, 战 → 区 (weaker), as a synonym step would give."""
    table = {"统": [("社", 0.85, "synonym")], "社": [("统", 0.85, "synonym")],
             "战": [("区", 0.5, "synonym")]}  # fmt: skip
    return [(folded.replace(k, text), w, via) for k, found in table.items() if k in folded
            for text, w, via in found]  # fmt: skip


@given(libraries(), queries())
def test_expanded_alternatives_are_ranked_as_the_reference_weighs_them(library, text):
    query = parse_query(text).with_alternatives(toy_expansion)
    expected = reference_search(library, text, toy_expansion)
    result = SearchIndex(library).search(query, limit=None)
    assert result.total == len(expected)
    want = {article: score for article, score, _ in expected}
    for hit in result.hits:
        assert math.isclose(hit.score, want[hit.article_id], rel_tol=1e-9, abs_tol=1e-4)


def one_paragraph_each(texts: dict[str, str]) -> SearchIndex:
    """An index of one issue per key, its one article holding the text as its paragraph."""
    issues = [
        Issue(
            id=k,
            source=f"{k}.txt",
            title=k,
            articles=[Article(f"{k}/1", k, "标题", paragraphs=[t])],
        )
        for k, t in texts.items()
    ]
    return SearchIndex(Library(issues=issues))


def test_a_hit_through_a_weaker_alternative_ranks_below_an_exact_one():
    index = one_paragraph_each({"a": "统一战线工作", "b": "统战工作"})
    query = parse_query("统战").with_alternatives(lambda w: [("统一战线", 0.85, "synonym")])
    assert [a.via for a in query.terms[0].alternatives] == ["", "synonym"]
    hits = index.search(query).hits
    assert [h.article_id for h in hits] == ["b/1", "a/1"]
    assert hits[0].score > hits[1].score
    assert hits[1].forms() == {"统一战线": 1} and hits[0].forms() == {"统战": 1}
    # Typed alternatives weigh alike: either article could come first, by the tie rules.
    typed = index.search(parse_query("统战|统一战线")).hits
    assert {h.article_id for h in typed} == {"a/1", "b/1"}


def test_exclusions_and_phrases_take_alternatives_too():
    index = one_paragraph_each({"a": "统一战线工作", "b": "统战工作", "c": "社区工作"})
    expand = lambda w: [("统一战线", 0.85, "synonym")] if w == "统战" else []  # noqa: E731
    left = index.search(parse_query("工作 -统战").with_alternatives(expand)).hits
    assert [h.article_id for h in left] == ["c/1"]
    phrase = index.search(parse_query('"统战 社区"|"统一战线工作"')).hits
    assert {h.article_id for h in phrase} == {"a/1"}
    # (a single space between two Chinese characters is stepped over in a phrase as in
    # the text: `"统战 工作"` is the word `统战工作`)
    spaced = index.search(parse_query('"统战 工作"|"统一战线工作"')).hits
    assert {h.article_id for h in spaced} == {"a/1", "b/1"}


def test_a_segments_rows_are_its_articles_one_by_one_and_all_together():
    from lcreader.mapped_files import Mapped
    from lcreader.model import Article, Issue
    from lcreader.search.postings import CHUNK_BYTES, SEGMENT_MAGIC, SegmentBuilder
    from lcreader.search.segment import Segment

    long_title = "长" * (CHUNK_BYTES + 5)  # a row of chunks
    issues = [
        Issue(
            "a",
            "a.txt",
            "A",
            2020,
            [Article("a/1", "a", "统战", byline_text="x"), Article("a/2", "a", long_title)],
        ),
        Issue("b", "b\udcff.txt", "B", 2021, [Article("b/1", "b", "名\x00字")]),
    ]
    builder = SegmentBuilder()
    for number, issue in enumerate(issues):
        builder.add_issue(issue, f"sha{number}")
    segment = Segment(Mapped(b"".join(builder.encode({"id": "t"})), SEGMENT_MAGIC))
    rows = [segment.row(doc) for doc in range(segment.n)]
    assert [row[:2] for row in rows] == [("a/1", "统战"), ("a/2", long_title), ("b/1", "名\x00字")]
    assert [row[3] for row in rows] == [["a", "a.txt", 0, "sha0"]] * 2 + [
        ["b", "b\udcff.txt", 2, "sha1"]
    ]
    docs = segment.docs()
    assert docs["ids"] == [row[0] for row in rows]
    assert docs["titles"] == [row[1] for row in rows]
    assert docs["bylines"] == [row[2] for row in rows]
    assert docs["issues"] == [rows[0][3], rows[2][3]]


def test_counts_of_255_and_more_in_an_article_are_kept_whole():
    """A posting is held in four bytes while a segment is made, its count in eight bits:
    a count that does not fit is kept apart, and the segment holds it whole."""
    from lcreader.mapped_files import Mapped
    from lcreader.model import Article, Issue
    from lcreader.search.postings import BODY, SEGMENT_MAGIC, SegmentBuilder
    from lcreader.search.segment import Segment

    bodies = ["统战" * 300 + "社区", "社区" * 254 + "统", "统战" * 255, "统战" * 70_000]
    articles = [
        Article(f"a/{k}", "a", f"标题{k}", paragraphs=[body]) for k, body in enumerate(bodies, 1)
    ]
    builder = SegmentBuilder()
    builder.add_issue(Issue("a", "a.txt", "A", 2020, articles))
    segment = Segment(Mapped(b"".join(builder.encode({"id": "t"})), SEGMENT_MAGIC))
    for term in ("统战", "社区", "统", "战统", "区社"):
        expected = {k: body.count(term) for k, body in enumerate(bodies) if term in body}
        docs, numbers = segment.postings(term)[BODY]
        assert dict(zip(docs, numbers, strict=True)) == expected, term


name_texts = st.text('杜嵩甲\n"\\\udcff/ |', min_size=1, max_size=5)


@given(st.lists(st.lists(name_texts, max_size=3), min_size=1, max_size=6), name_texts)
def test_a_segments_names_find_their_articles_and_every_name_holding_a_part(named, part):
    """Names are lines of their JSON (a line break, a quote or a byte that is not UTF-8
    in a name too): each one's articles, and the names holding a part, as written."""
    from lcreader.mapped_files import Mapped
    from lcreader.search import segment as segment_module
    from lcreader.search.postings import SEGMENT_MAGIC, SegmentBuilder
    from lcreader.search.segment import FEW_NAMES, Segment

    articles = [
        Article(f"a/{k}", "a", f"标题{k}", departments=names, mentions=[Mention(n) for n in names])
        for k, names in enumerate(named, 1)
    ]
    builder = SegmentBuilder()
    builder.add_issue(Issue("a", "a.txt", "A", 2020, articles))
    segment = Segment(Mapped(b"".join(builder.encode({"id": "t"})), SEGMENT_MAGIC))
    everyone = {fold(n) for names in named for n in names}
    for kind in ("people", "depts"):
        table = segment.names(kind)
        assert sorted(table.all()) == sorted(everyone)
        for name in everyone:
            expected = [k for k, names in enumerate(named) if name in map(fold, names)]
            assert list(table.articles(name)) == expected
        assert table.articles(fold(part)) is None or fold(part) in everyone
        assert sorted(table.holding(fold(part))) == sorted(n for n in everyone if fold(part) in n)
        assert dict(table.counted()) == {
            n: sum(n in map(fold, names) for names in named) for n in everyone
        }
        wanted = [*everyone, fold(part) + "无"]
        expected = sorted([k for k, names in enumerate(named) if n in map(fold, names)]
                          for n in everyone)  # fmt: skip
        for few in (0, len(wanted)):  # the lines read whole, or each name found in them
            segment_module.FEW_NAMES = few
            try:
                assert sorted(map(list, segment.names(kind).articles_of(wanted))) == expected
            finally:
                segment_module.FEW_NAMES = FEW_NAMES


def test_a_segments_names_that_disagree_are_damage():
    import pytest

    from lcreader.mapped_files import Mapped
    from lcreader.safe_files import Damaged
    from lcreader.search.postings import SEGMENT_MAGIC, SegmentBuilder
    from lcreader.search.segment import Segment

    builder = SegmentBuilder()
    builder.add_issue(
        Issue("a", "a.txt", "A", 2020, [Article("a/1", "a", "标题", mentions=[Mention("杜嵩")])])
    )
    sections = dict(builder._name_sections("people"))
    sections["people_at"] = sections["people_at"][:8]  # one name, and no end to its articles
    builder._name_sections = lambda kind: list(sections.items()) if kind == "people" else []
    with pytest.raises(Damaged):
        Segment(Mapped(b"".join(builder.encode({"id": "t"})), SEGMENT_MAGIC)).names("people")


@given(st.lists(texts, min_size=1, max_size=8), st.data())
def test_counts_in_a_stretch_of_text_are_the_counts_article_by_article(bodies, data):
    """Candidates read as one stretch of the segment's text, or one by one: the same
    counts, of a word and of a pattern, as the folded text itself holds."""
    import re

    from lcreader.mapped_files import Mapped
    from lcreader.search import segment as segment_module
    from lcreader.search.postings import BODY, SEGMENT_MAGIC, SegmentBuilder
    from lcreader.search.segment import Segment

    articles = [Article(f"a/{k}", "a", "题", paragraphs=[b]) for k, b in enumerate(bodies, 1)]
    builder = SegmentBuilder()
    builder.add_issue(Issue("a", "a.txt", "A", 2020, articles))
    segment = Segment(Mapped(b"".join(builder.encode({"id": "t"})), SEGMENT_MAGIC))
    docs = sorted(data.draw(st.sets(st.integers(0, len(bodies) - 1), min_size=1)))
    word = fold(data.draw(texts.filter(lambda t: t and "\x00" not in t)))
    needle = word.encode("utf-8", "surrogatepass")
    pattern = re.compile(re.escape(needle) + b"|" + re.escape("统".encode()))
    folded = [fold(bodies[d]).encode("utf-8", "surrogatepass") for d in docs]
    stretch = segment_module._STRETCH
    for every in (0, 10**9):  # one by one; one stretch
        segment_module._STRETCH = every
        try:
            assert segment.count(needle, BODY, docs) == [f.count(needle) for f in folded]
            assert segment.find_all(pattern, BODY, docs) == [
                len(pattern.findall(f)) for f in folded
            ]
        finally:
            segment_module._STRETCH = stretch


named_texts = st.text("甲乙丙統统，\x00", max_size=10)


@given(
    st.lists(
        st.tuples(
            st.lists(named_texts, max_size=3),
            st.lists(st.sampled_from(["甲乙", "乙", "統", "丙甲"]), max_size=3),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_a_persons_counts_kept_by_the_index_are_the_counts_in_the_text(made):
    """person:X ranks by how often each article names X: counted when indexed, the same
    as counting the name in the article's text at search time."""
    articles = [
        Article(
            f"a/{k}",
            "a",
            texts[0] if texts else "题",
            paragraphs=texts[1:],
            captions=texts[2:],
            mentions=[Mention(n) for n in names],
        )
        for k, (texts, names) in enumerate(made, 1)
    ]
    index = SearchIndex(Library(issues=[Issue("a", "a.txt", "A", 2020, articles)]))
    for name in ("甲乙", "乙", "统", "丙甲"):
        key = fold(name)
        numbers = [n for n, a in enumerate(articles) if key in map(fold, a.people)]
        assert index._person_counts(numbers, key) == index._mention_counts(numbers, {key})
