"""Reading issues from the cache shards, by source name and checked by hash: what the
stored library (stored.py) and a search's hits (library.py) read, without the model."""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict

# At most this many issues stay loaded; one read long ago is read again when used.
LOADED_ISSUES = 256


class StaleLibrary(Exception):
    """The cache no longer holds what this library was opened from (a build since)."""


class Entries:
    """Reads issues from the cache shards: by source name, checked by hash."""

    def __init__(self, cache, shards: list[list[str]], parse_again=None) -> None:
        self.cache = cache
        self.firsts = [first for first, _ in shards]
        self.files = [file for _, file in shards]
        self.parse_again = parse_again  # (source) -> issue dict, when a shard is damaged
        self._loaded: OrderedDict[str, dict] = OrderedDict()

    def issue(self, source: str, sha: str | None) -> dict:
        """The parsed issue of a source file, as the cache holds it (Issue.to_dict)."""
        found = self._loaded.get(source)
        if found is not None:
            self._loaded.move_to_end(source)
            return found
        from .cache import CacheUnusable

        at = max(0, bisect_right(self.firsts, source) - 1)
        try:
            entry = self.cache.read_entry(self.files[at], source) if self.files else None
        except CacheUnusable:
            entry = None
        if entry is None or (sha is not None and entry.get("sha256") != sha):
            if self.parse_again is None:
                raise StaleLibrary(source)
            issue = self.parse_again(source, sha)
        else:
            issue = entry.get("issue")
        if not isinstance(issue, dict):
            raise StaleLibrary(source)
        self._loaded[source] = issue
        if len(self._loaded) > LOADED_ISSUES:
            self._loaded.popitem(last=False)
        return issue
