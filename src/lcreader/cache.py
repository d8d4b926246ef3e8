"""The cache: the parsed library in a TinyDB document, one per library folder.

One TinyDB document per source file (its size, mtime, content hash and parsed
issue, or the reason it could not be read) and one meta document with the cache
format and build version. Stored as a checked file (cache_codec.py over
safe_files.py): each table has its checksum, the file is replaced in one rename,
under a file lock, so readers never see half a cache and two builds never
interleave. (The search snapshot beside it, derived from it, is in snapshot.py.)
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from .messages import message, system_error
from .safe_files import Damaged, NotRegularFile, locked

CACHE_FORMAT = 4


class CacheUnusable(Exception):
    """The cache file exists but cannot be used; the message says why."""


class Cache:
    """The cache file of one library: entries keyed by source file name."""

    def __init__(self, path: Path, parser_version: str) -> None:
        self.path = path
        self.parser_version = parser_version

    def read(self) -> dict[str, dict]:
        """The cached entries; raises CacheUnusable with a reason (NotRegularFile as is)."""
        # TinyDB is imported here: a search from the snapshot never needs it.
        from tinydb import TinyDB

        from .cache_codec import AtomicJSONStorage, Preloaded

        storage = AtomicJSONStorage(self.path)
        try:
            raw = storage.read()
        except Damaged as err:
            raise CacheUnusable(str(err)) from err
        except NotRegularFile:
            raise
        except OSError as err:
            raise CacheUnusable(message("cache.unreadable", error=system_error(err))) from err
        if raw is None:
            return {}
        db = TinyDB(storage=Preloaded, preloaded=storage)
        meta = db.table("meta").all()
        if not meta or not isinstance(meta[0], dict):
            raise CacheUnusable(message("cache.no_version"))
        found = (meta[0].get("format"), meta[0].get("parser"))
        if found != (CACHE_FORMAT, self.parser_version):
            raise CacheUnusable(
                message(
                    "cache.other_version",
                    format=found[0],
                    parser=found[1],
                    our_format=CACHE_FORMAT,
                    our_parser=self.parser_version,
                )
            )
        entries: dict[str, dict] = {}
        for doc in db.table("sources").all():
            if not _valid_entry(doc):
                raise CacheUnusable(message("cache.bad_entry"))
            entries[doc["source"]] = dict(doc)
        return entries

    def write(self, entries: dict[str, dict]) -> None:
        """Replace the cache with these entries, atomically."""
        from tinydb import TinyDB

        from .cache_codec import AtomicJSONStorage, Preloaded

        storage = AtomicJSONStorage(self.path)
        storage.write({})
        db = TinyDB(storage=Preloaded, preloaded=storage)
        db.table("meta").insert({"format": CACHE_FORMAT, "parser": self.parser_version})
        db.table("sources").insert_multiple(entries[name] for name in sorted(entries))
        storage.flush()

    @contextlib.contextmanager
    def lock(self) -> Iterator[bool]:
        """Hold the build lock; yields False when it cannot be had (read-only dir, timeout)."""
        with locked(self.path) as held:
            yield held


def _valid_entry(doc: object) -> bool:
    if not isinstance(doc, dict) or not isinstance(doc.get("source"), str):
        return False
    if not isinstance(doc.get("sha256"), str):
        return False
    if not all(isinstance(doc.get(k), int) for k in ("size", "mtime_ns")):
        return False
    if "problem" in doc:
        return isinstance(doc["problem"], str)
    issue = doc.get("issue")
    return isinstance(issue, dict) and isinstance(issue.get("articles"), list)
