"""Entities: the people and departments each article names, linked across the library."""

from __future__ import annotations

from ..model import Issue
from .departments import DepartmentIndex, data_fingerprint, load_department_index
from .link import link_library
from .people import add_bare_mentions, find_mentions

# Bump on any change to the entity rules; data file changes are noticed by hash.
ENTITIES_VERSION = 1

__all__ = [
    "ENTITIES_VERSION",
    "DepartmentIndex",
    "annotate_issue",
    "data_fingerprint",
    "link_library",
    "load_department_index",
]


def annotate_issue(issue: Issue) -> None:
    """Fill each article's mentions and departments (in place)."""
    index = load_department_index()
    for article in issue.articles:
        article.mentions = find_mentions(article)
    add_bare_mentions(issue.articles)
    for article in issue.articles:
        article.departments = index.departments_in(article)
