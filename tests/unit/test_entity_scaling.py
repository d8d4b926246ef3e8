"""Finding people stays linear in an article's length (issue #20): doubling an article
of many titles at most doubles the text the title tests look at, counted, not timed."""

from __future__ import annotations

import pytest

from lcreader.entities import people
from lcreader.library import build_issue

SENTENCE = "社区举办活动，居民踊跃参加，街道党工委书记出席并讲话。"


def _one_long_article(paragraphs: int) -> str:
    # Lines cut mid-sentence, run together into one long text, a title with no name
    # after it in each: each title is weighed as a group's (`三名书记`).
    body = "\n\n".join((SENTENCE * 8)[:210] for _ in range(paragraphs))
    return f"# 长文\n\n{body}\n\n（党建办 杜嵩）\n"


class _Counted:
    """A compiled pattern that counts the characters each search may look at."""

    def __init__(self, pattern) -> None:
        self.pattern, self.looked = pattern, 0

    def search(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else min(endpos, len(text))
        self.looked += max(0, end - pos)
        return self.pattern.search(text, pos, end)


def _looked_at(monkeypatch, text: str) -> int:
    counted = _Counted(people._GROUP_BEFORE)
    monkeypatch.setattr(people, "_GROUP_BEFORE", counted)
    build_issue("t", "t.txt", text)
    return counted.looked


@pytest.mark.parametrize("paragraphs", [200])
def test_doubling_an_article_of_titles_at_most_doubles_the_text_looked_at(monkeypatch, paragraphs):
    small = _looked_at(monkeypatch, _one_long_article(paragraphs))
    large = _looked_at(monkeypatch, _one_long_article(2 * paragraphs))
    assert small > 0 and large <= 2.2 * small, f"{large / small:.2f}× for 2× the text"
