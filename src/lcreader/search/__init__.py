"""Search: query text to ranked hits with match spans (pure Python, no UI imports)."""

from __future__ import annotations

from .index import Hit, SearchIndex, SearchResult
from .query import Query, QueryError, build_query, parse_query, round_trips
from .snippets import Match, Snippet

__all__ = [
    "Hit",
    "Match",
    "Query",
    "QueryError",
    "SearchIndex",
    "SearchResult",
    "Snippet",
    "build_query",
    "parse_query",
    "round_trips",
]
