"""The parser on the bundled seeds, against a hand-written reading of them."""

from __future__ import annotations

import json

import pytest

from lcreader.parse import parse_issue
from lcreader.parse.text import is_terminated
from tests.conftest import DATA
from tests.helpers import assert_nothing_lost

EXPECTED = json.loads((DATA / "seeds_expected.json").read_text(encoding="utf-8"))
ISSUES = [k for k in EXPECTED if not k.startswith("_")]


@pytest.fixture(scope="module")
def parsed(seed_texts):
    return {name: parse_issue(name, f"{name}.txt", text) for name, text in seed_texts.items()}


@pytest.mark.parametrize("issue_id", ISSUES)
def test_issue_metadata(parsed, issue_id):
    issue = parsed[issue_id]
    assert issue.id == issue_id
    assert issue.year == EXPECTED[issue_id]["year"]
    assert issue.title == EXPECTED[issue_id]["title"]


@pytest.mark.parametrize("issue_id", ISSUES)
def test_articles_have_the_right_fields(parsed, issue_id):
    expected = EXPECTED[issue_id]["articles"]
    articles = parsed[issue_id].articles
    assert [a.title for a in articles] == [e["title"] for e in expected]
    for article, want in zip(articles, expected, strict=True):
        assert article.kicker == want["kicker"], article.title
        assert article.subtitle == want["subtitle"], article.title
        assert article.captions == want["captions"], article.title
        assert [[b.department, b.author] for b in article.bylines] == want["bylines"]
        assert len(article.paragraphs) == len(want["paragraph_starts"]), article.title
        for paragraph, start, end in zip(
            article.paragraphs, want["paragraph_starts"], want["paragraph_ends"], strict=True
        ):
            assert paragraph.startswith(start), (article.title, paragraph[:20])
            assert paragraph.endswith(end), (article.title, paragraph[-20:])
        assert not article.title_inferred


@pytest.mark.parametrize("issue_id", ISSUES)
def test_no_paragraph_breaks_inside_a_sentence(parsed, issue_id):
    for article in parsed[issue_id].articles:
        for paragraph in article.paragraphs:
            assert is_terminated(paragraph), paragraph[-20:]


@pytest.mark.parametrize("issue_id", ISSUES)
def test_nothing_is_lost(parsed, seed_texts, issue_id):
    assert_nothing_lost(seed_texts[issue_id], parsed[issue_id])


def test_article_ids_are_unique_and_stable(parsed):
    ids = [a.id for issue in parsed.values() for a in issue.articles]
    assert len(ids) == len(set(ids))
    assert ids[0] == f"{ISSUES[0]}/1"
