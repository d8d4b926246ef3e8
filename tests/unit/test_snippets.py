"""Snippets: windows of an article's text around its matches, each text shown once."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from lcreader.library import build_issue
from lcreader.model import Library
from lcreader.search import SearchIndex, parse_query
from lcreader.search.snippets import CONTEXT, ELLIPSIS, Match, make_snippets


def window(snippet) -> tuple[int, int]:
    """The part of its field's text a snippet shows: (start, end) offsets."""
    shown = snippet.text.removeprefix(ELLIPSIS) if snippet.start else snippet.text
    return snippet.start, snippet.start + len(shown.removesuffix(ELLIPSIS))


def assert_shown_once(snippets, texts: dict[tuple[str, int], str]) -> None:
    """Each snippet shows its field's text as stored; no text is in two snippets."""
    shown: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for snippet in snippets:
        key = (snippet.field, snippet.index)
        start, end = window(snippet)
        assert snippet.text.strip(ELLIPSIS) == texts[key][start:end].strip(ELLIPSIS)
        shown.setdefault(key, []).append((start, end))
    for windows in shown.values():
        windows.sort()
        for (_, end), (start, _) in pairwise(windows):
            assert end <= start, windows


@given(
    st.text(alphabet="统战工作社区，。", min_size=CONTEXT, max_size=400),
    st.lists(st.integers(0, 399), min_size=1, max_size=12),
)
def test_snippets_of_one_field_never_overlap(text, starts):
    matches = [Match("paragraph", 0, s % len(text), s % len(text) + 1) for s in set(starts)]
    matches.sort(key=lambda m: m.start)
    snippets = make_snippets([("paragraph", 0, text)], matches, limit=len(matches) or 1)
    assert_shown_once(snippets, {("paragraph", 0): text})


def test_two_matches_a_context_and_a_half_apart_share_one_snippet():
    text = "甲" * 10 + "统战" + "乙" * (CONTEXT * 3 // 2) + "统战" + "丙" * 10
    found = [i for i in range(len(text)) if text.startswith("统战", i)]
    matches = [Match("paragraph", 0, s, s + 2) for s in found]
    (snippet,) = make_snippets([("paragraph", 0, text)], matches)
    assert snippet.text == text and len(snippet.spans) == 2


BYLINED = """# 社区举办书法展

展览由党建办组织，展出作品八十件。

(党建办 杜嵩)

# 社区召开座谈会

居民代表发言，会议圆满结束。

(党建办 刘冬萌)
"""


def test_the_byline_is_a_snippet_only_when_nothing_else_matches():
    index = SearchIndex(Library(issues=[build_issue("a", "a.txt", BYLINED)]))
    by_title = {hit.title: hit for hit in index.search(parse_query("党建办")).hits}
    body_too = by_title["社区举办书法展"]
    assert [s.field for s in body_too.snippets] == ["paragraph"]
    byline_only = by_title["社区召开座谈会"]
    assert [s.field for s in byline_only.snippets] == ["byline"]


def test_seed_snippets_show_each_text_once(seed_texts):
    library = Library(issues=[build_issue(n, n, t) for n, t in seed_texts.items()])
    index = SearchIndex(library)
    for words in ("街道", "党建办", "社区 工作", "乐跃明"):
        for hit in index.search(parse_query(words), limit=None).hits:
            texts = {(k, i): t for k, i, t in library.article(hit.article_id).fields()}
            assert_shown_once(hit.snippets, texts)
            if any(s.field != "byline" for s in hit.snippets):
                assert all(s.field != "byline" for s in hit.snippets)


@given(
    st.text(alphabet="统战工作社区，。、“”（）「」 ", min_size=1, max_size=200),
    st.integers(0, 199),
)
def test_a_cut_snippet_opens_on_text_and_ends_before_an_opening_mark(text, at):
    """…，分别介绍 / …、猜灯谜 read as broken: a window cut mid-text starts after a mark
    that closes or pauses and does not end on one that opens, unless the match is there."""
    import unicodedata

    at %= len(text)
    match = Match("paragraph", 0, at, at + 1)
    (snippet,) = make_snippets([("paragraph", 0, text)], [match])
    start, end = window(snippet)
    assert start <= at < end  # the match is always shown
    if start > 0 and start < at:
        first = text[start]
        assert not first.isspace() and unicodedata.category(first) not in ("Po", "Pe", "Pf", "Pd")
    if end < len(text) and end - 1 > at:
        last = text[end - 1]
        assert not last.isspace() and unicodedata.category(last) not in ("Ps", "Pi")
    assert_shown_once([snippet], {("paragraph", 0): text})


def test_a_paragraph_printed_twice_gives_its_snippet_once():
    """(the newcomer's pass: a hit showed the same line twice)"""
    repeated = "政治站位是首要，统战工作要讲方式方法。"
    fields = [
        ("paragraph", 0, "开头一段，统战工作开展得很好。"),
        ("paragraph", 1, repeated),
        ("paragraph", 2, repeated),
    ]
    matches = [Match("paragraph", k, text.index("统战"), text.index("统战") + 2)
               for _, k, text in fields]  # fmt: skip
    texts = [snippet.text for snippet in make_snippets(fields, matches)]
    assert len(texts) == len(set(texts)) == 2


def test_a_window_never_cuts_a_dash_or_an_ellipsis_in_half():
    """The newcomer's pass: `…他还有一个身份—…`."""
    text = (
        "在桐荫路与青石巷交会处有一个修车摊，摊主今年六十一岁，除了补胎换链条，"
        "他还有一个身份——社区义务调解员……邻里之间闹了别扭，常常有人找到修车摊来。"
    )
    for at in range(len(text) - 2):
        (snippet,) = make_snippets([("paragraph", 0, text)], [Match("paragraph", 0, at, at + 2)])
        start, end = window(snippet)
        for mark in "—…":
            assert not (0 < end < len(text) and text[end - 1] == mark == text[end]), snippet.text
            assert not (0 < start < len(text) and text[start - 1] == mark == text[start]), (
                snippet.text
            )
