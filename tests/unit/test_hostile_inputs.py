"""Parser invariants on junk and on bulletins written back from their own parse."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from lcreader.export import bulletin_text
from lcreader.parse import parse_issue
from lcreader.sources import decode
from tests.bulletin_strategies import issues
from tests.helpers import assert_nothing_lost

CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\n") + "\x7f\x9b\u202e\u200b\ufeff"
PUNCTUATION = "，。、；：？！“”‘’（）《》【】…—()[]{}#-*(（)）"
MIXED = "统战Aa1αЖあ한😀 \t" + PUNCTUATION


def check(text: str):
    first = parse_issue("x", "x.txt", text)
    assert_nothing_lost(text, first)
    for article in first.articles:
        assert article.title or article.paragraphs or article.captions
        assert article.title.strip(), "an article without a title"
    assert parse_issue("x", "x.txt", text) == first  # deterministic
    return first


junk = st.one_of(
    st.text(alphabet=CONTROL + "统战\n", max_size=300),
    st.text(alphabet=PUNCTUATION + "\n ", max_size=300),
    st.text(alphabet=MIXED + "\n", max_size=300),
    st.binary(max_size=300).map(lambda raw: raw.decode("utf-8", errors="replace")),
    st.lists(
        st.sampled_from(["字", "#", "(党建办)", "", "- 1、", "。", "(左三)"]), max_size=60
    ).map("\n".join),
)


@example("😀—A")  # found by the long profile: a subtitle's dash after a pictograph, a mark
@example("\x0b>\x00")  # and a quote's `>` after white space a line's strip takes off
@example(">\x0b\x00")  # or before it
@given(junk)
def test_junk_never_raises_and_loses_nothing(text):
    check(text)


@pytest.mark.parametrize(
    "text",
    [
        "统" * 200_000,
        "统战，" * 70_000,
        "\n".join("字" for _ in range(10_000)),
        "\n\n".join("一句话，没有结尾" for _ in range(10_000)),
        "\n".join(["(党建办)"] * 5_000),
        "\ufffd" * 1000 + "\n\n标题\n\n正文。",
        "# \n## \n###",
    ],
    ids=[
        "200k-line",
        "200k-commas",
        "10k-one-char-lines",
        "10k-open-pieces",
        "5k-bylines",
        "replaced",
        "bare-marks",
    ],
)
def test_extreme_shapes(text):
    check(text)


def test_decoded_junk_bytes_parse():
    text = decode(b"\xe7\xbb\x9f\xe6\x88\x98\n\x1b[2J\n\xc2\x9b31m")
    check(text)


def _same(a, b) -> None:
    fields = ("kicker", "title", "subtitle", "paragraphs", "captions", "bylines", "byline_text")
    assert [[getattr(x, f) for f in fields] for x in a] == [
        [getattr(x, f) for f in fields] for x in b
    ]


@given(issues())
def test_export_text_parses_back_to_the_same_articles(generated):
    text, _ = generated
    first = parse_issue("gen", "gen.txt", text).articles
    again = parse_issue("gen", "gen.txt", bulletin_text(first)).articles
    _same(first, again)


def test_seeds_parse_back_to_the_same_articles(seed_texts):
    for name, text in seed_texts.items():
        first = parse_issue(name, name, text).articles
        _same(first, parse_issue(name, name, bulletin_text(first)).articles)


def test_a_marked_item_over_another_of_its_list_stays_an_item_when_read_back():
    # (found by the property test above: the first item, short and unpunctuated, set
    # apart by the export's blank lines, came back as a picture's caption)
    text = "一一一一一一\n\n一一一。\n\n(一一办)\n\n一一一一一三\n\n一一一，一一一？\n\n(一一办)"
    first = parse_issue("gen", "gen.txt", text).articles
    _same(first, parse_issue("gen", "gen.txt", bulletin_text(first)).articles)
