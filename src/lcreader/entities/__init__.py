"""Entities: the people and departments each article names, linked across the library."""

from __future__ import annotations

from ..model import Issue
from ..textkey import forget_long_fields
from ..versions import ENTITIES_VERSION, data_fingerprint
from .departments import DepartmentIndex, load_department_index
from .link import link_library
from .people import add_bare_mentions, find_mentions

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
    try:
        for article in issue.articles:
            article.mentions = find_mentions(article)
        add_bare_mentions(issue.articles)
        for article in issue.articles:
            article.departments = index.departments_in(article)
    finally:
        forget_long_fields()  # folded for the two passes above, not kept past them
