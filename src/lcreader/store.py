"""Store: the parsed library cached in a TinyDB JSON file.

One TinyDB document per source file (its size, mtime, content hash and parsed
issue, or the reason it could not be read) and one meta document with the cache
format and build version. JSON through orjson, written to a temporary file that
replaces the old one in one rename, under a file lock: readers never see half a
cache and two builds never interleave. (The search snapshot beside it, derived
from it, is in snapshot.py.)
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

CACHE_FORMAT = 3
LOCK_TIMEOUT = 60.0

Notify = Callable[[str], None]


class CacheUnusable(Exception):
    """The cache file exists but cannot be used; the message says why."""


def read_json(path: Path) -> object | None:
    """The JSON document in a file; None when there is no file; CacheUnusable if bad."""
    import orjson  # imported here: a search from the snapshot never reads the cache

    try:
        raw = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as err:
        raise CacheUnusable(f"cannot read it ({err})") from err
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as err:
        raise CacheUnusable(f"not valid JSON ({err})") from err


def write_json(path: Path, data: object) -> None:
    """Replace a file with a JSON document, atomically (temporary file, fsync, rename)."""
    import orjson

    write_atomically(path, [orjson.dumps(data)])


def write_atomically(path: Path, chunks: list[bytes]) -> None:
    """Replace a file with these bytes: temporary file, fsync, rename."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        _remove_stale_temporaries(path, keep=tmp)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _remove_stale_temporaries(path: Path, keep: str) -> None:
    """Temporary files left by a process killed mid-write (we hold the lock now)."""
    for stale in path.parent.glob(f".{path.name}.*"):
        if str(stale) != keep and not stale.name.endswith(".lock"):
            with contextlib.suppress(OSError):
                stale.unlink()


class Cache:
    """The cache file of one library: entries keyed by source file name."""

    def __init__(self, path: Path, parser_version: str) -> None:
        self.path = path
        self.parser_version = parser_version

    def read(self) -> dict[str, dict]:
        """The cached entries; raises CacheUnusable with a reason."""
        # TinyDB is imported here: a search from the snapshot never needs it.
        from tinydb import TinyDB

        from .storage import AtomicJSONStorage, Preloaded

        storage = AtomicJSONStorage(self.path)
        raw = storage.read()
        if raw is None:
            return {}
        db = TinyDB(storage=Preloaded, preloaded=storage)
        meta = db.table("meta").all()
        if not meta or not isinstance(meta[0], dict):
            raise CacheUnusable("no version record")
        found = (meta[0].get("format"), meta[0].get("parser"))
        if found != (CACHE_FORMAT, self.parser_version):
            raise CacheUnusable(
                f"written by another version (format {found[0]}, parser {found[1]}; "
                f"this is format {CACHE_FORMAT}, parser {self.parser_version})"
            )
        entries: dict[str, dict] = {}
        for doc in db.table("sources").all():
            if not _valid_entry(doc):
                raise CacheUnusable("an entry has the wrong shape")
            entries[doc["source"]] = dict(doc)
        return entries

    def write(self, entries: dict[str, dict]) -> None:
        """Replace the cache with these entries, atomically."""
        from tinydb import TinyDB

        from .storage import AtomicJSONStorage, Preloaded

        storage = AtomicJSONStorage(self.path)
        storage.write({})
        db = TinyDB(storage=Preloaded, preloaded=storage)
        db.table("meta").insert({"format": CACHE_FORMAT, "parser": self.parser_version})
        db.table("sources").insert_multiple(entries[name] for name in sorted(entries))
        storage.flush()

    @contextlib.contextmanager
    def lock(self) -> Iterator[bool]:
        """Hold the build lock; yields False when it cannot be had (read-only dir, timeout)."""
        from filelock import FileLock, Timeout

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT)
            lock.acquire()
        except (OSError, Timeout):
            yield False
            return
        try:
            yield True
        finally:
            lock.release()


def _valid_entry(doc: object) -> bool:
    if not isinstance(doc, dict) or not isinstance(doc.get("source"), str):
        return False
    if not isinstance(doc.get("sha256"), str):
        return False
    if "problem" in doc:
        return isinstance(doc["problem"], str)
    issue = doc.get("issue")
    return isinstance(issue, dict) and isinstance(issue.get("articles"), list)
