"""The person and department pages' data: the sentence that names them, in any script."""

from __future__ import annotations

from pathlib import Path

import pytest

from lcreader.entity_pages import naming_sentence
from lcreader.kinds import KINDS
from lcreader.library import open_library
from lcreader.model import Article
from lcreader.textkey import fold

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# The corpus files written in traditional script.
TRADITIONAL = ("04_", "11_", "g06_", "h04_", "k04_")


def test_the_sentence_is_found_through_the_fold_and_given_as_written():
    article = Article(
        id="a/1",
        issue="a",
        title="社區活動",
        paragraphs=["居民們參加活動。區委統戰部副部長王錦辰出席並講話。活動圓滿結束。"],
    )
    assert naming_sentence(article, ["区委统战部"]) == "區委統戰部副部長王錦辰出席並講話。"
    assert naming_sentence(article, ["王锦辰", "區委"]) == "區委統戰部副部長王錦辰出席並講話。"
    full_width = Article(id="b/1", issue="b", title="标题", paragraphs=["ＧＤＰ增长。其余。"])
    assert naming_sentence(full_width, ["gdp"]) == "ＧＤＰ增长。"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The whole corpus: a name written in both scripts is one entry, listed under
    its most written form, so traditional articles spell it otherwise."""
    return open_library(CORPUS, tmp_path_factory.mktemp("cache") / "c.json")


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.name)
def test_pages_show_the_sentence_naming_them_in_traditional_articles(corpus, kind):
    shown = 0
    for entry in kind.entries(corpus):
        keys = [fold(word) for word in kind.words(corpus, entry.name)]
        for item in kind.page(corpus, entry).articles:
            if not item.article_id.startswith(TRADITIONAL):
                continue
            article = corpus.article(item.article_id)
            texts = [article.title, *article.paragraphs, *article.captions]
            if not any(key in fold(text) for key in keys for text in texts):
                continue  # named only in its byline
            assert item.sentence, (entry.name, item.article_id)
            assert any(item.sentence in text for text in texts)  # as written, not folded
            assert any(key in fold(item.sentence) for key in keys)
            shown += 1
    assert shown >= 10


def test_co_mentioned_people_are_grouped_through_the_fold_and_never_the_person(corpus):
    """A name written in both scripts is one person everywhere, on the page too: the
    person is not co-mentioned with themselves, and 吳靜 and 吴静 count as one."""
    from lcreader.entity_pages import person_page

    listed = {fold(p.name): p.name for p in corpus.people}
    for person in corpus.people:
        page = person_page(corpus, person)
        keys = [fold(name) for name, _ in page.related]
        assert fold(person.name) not in keys
        assert len(keys) == len(set(keys))
        assert all(name == listed[fold(name)] for name, _ in page.related)
        for name, count in page.related:
            other = next(p for p in corpus.people if p.name == name)
            assert count == len(set(person.articles) & set(other.articles))
    assert any(
        fold(m.name) != m.name for i in corpus.issues for a in i.articles for m in a.mentions
    )  # the corpus writes names in traditional script
