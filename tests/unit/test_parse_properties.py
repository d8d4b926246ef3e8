"""Parser invariants on generated bulletins and on perturbed seeds (hypothesis)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from lcreader.parse import parse_issue
from tests.bulletin_strategies import issues
from tests.helpers import assert_nothing_lost


@given(issues())
def test_generated_bulletins_keep_every_character(generated):
    text, _ = generated
    assert_nothing_lost(text, parse_issue("gen", "gen.txt", text))


@given(issues())
def test_generated_bulletins_come_back_as_written(generated):
    text, expected = generated
    articles = parse_issue("gen", "gen.txt", text).articles
    assert len(articles) == len(expected), [a.title for a in articles]
    for article, want in zip(articles, expected, strict=True):
        assert (article.kicker, article.title, article.subtitle) in want.headings()
        assert article.paragraphs == want.paragraphs
        assert article.captions == want.captions
        assert [(b.department, b.author) for b in article.bylines] == want.bylines


@given(issues())
def test_parsing_is_deterministic(generated):
    text, _ = generated
    first = parse_issue("gen", "gen.txt", text)
    assert first == parse_issue("gen", "gen.txt", text)


@given(st.data())
def test_seeds_with_changed_blank_lines_keep_every_character(seed_texts, data):
    name = data.draw(st.sampled_from(sorted(seed_texts)))
    lines = seed_texts[name].split("\n")
    # Page layout changes the number of blank lines between blocks, never the text.
    widened = []
    for line in lines:
        widened.append(line)
        if not line.strip():
            widened.extend([""] * data.draw(st.integers(0, 2)))
    text = data.draw(st.sampled_from(["\n", "\r\n"])).join(widened).replace("\r\n", "\n")
    issue = parse_issue(name, name, text)
    assert_nothing_lost(text, issue)
    assert all(a.title for a in issue.articles)
    assert all(a.paragraphs or a.captions for a in issue.articles)


@given(st.text(min_size=0, max_size=400))
@example("\xa0- :")  # (a list's mark after a no-break space: found by the random profile)
def test_any_text_parses_without_losing_anything(text):
    issue = parse_issue("junk", "junk.txt", text)
    assert_nothing_lost(text, issue)
    for article in issue.articles:
        assert article.title or article.paragraphs


def test_two_clauses_over_a_cut_sentences_stub_are_no_heading():
    # found by the property test in CI: `一一一，一一` / `一。` read as a part's heading
    text = "一一一一一一\n\n一一一，\n\n一一一。\n\n一一一，一一\n\n一。\n\n(一一办)"
    article = parse_issue("gen", "gen.txt", text).articles[0]
    assert article.paragraphs == ["一一一，一一一。", "一一一，一一一。"]
    assert article.intertitles == []
