"""Shared test helpers: a folder of bulletins, and the nothing-is-lost check."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from lcreader.model import Issue

_HEADING = re.compile(r"^[ \t]*(#{1,6})[ \t]+(?=\S)", re.M)
_LIST = re.compile(r"^[ \t]*([-*+•])[ \t]+(?=\S)", re.M)
_PARENS = set("()（）")


def visible(text: str) -> Counter:
    return Counter(ch for ch in text if not ch.isspace())


def output_chars(issue: Issue) -> Counter:
    out: Counter = Counter()
    for article in issue.articles:
        for kind, _, text in article.fields():
            if kind == "title" and article.title_inferred:
                continue
            out.update(visible(text))
    return out


def assert_nothing_lost(text: str, issue: Issue) -> None:
    """Every visible input character is in exactly one field, but for marks and byline parens."""
    expected = visible(text)
    marks = Counter()
    for match in _HEADING.finditer(text):
        marks.update(match.group(1))
    for match in _LIST.finditer(text):
        marks.update(match.group(1))
    got = output_chars(issue)
    extra = got - expected
    assert not extra, f"characters that are not in the input: {dict(extra)}"
    missing = expected - got
    unexplained = missing - marks
    for ch in list(unexplained):
        if ch in _PARENS:
            del unexplained[ch]
    assert not unexplained, f"characters lost: {dict(unexplained)}"
    # Each removed pair of parentheses wrapped one byline of one or more entries.
    opened = missing["("] + missing["（"]
    closed = missing[")"] + missing["）"]
    assert opened == closed, "byline parentheses removed unevenly"
    with_byline = sum(1 for a in issue.articles if a.byline_text)
    assert with_byline <= opened <= sum(len(a.bylines) for a in issue.articles)


def write_library(folder: Path, files: dict[str, str]) -> Path:
    """A library folder holding these bulletins (file name -> text)."""
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
