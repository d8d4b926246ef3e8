"""Store: the parsed library cached in a TinyDB JSON file.

One TinyDB document per source file (its size, mtime, content hash and parsed
issue, or the reason it could not be read) and one meta document with the cache
format and parser version. Writes go to a temporary file that replaces the cache
in one rename, under a file lock, so readers never see half a cache and two
builds never interleave.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from tinydb import TinyDB
from tinydb.storages import Storage

CACHE_FORMAT = 1
LOCK_TIMEOUT = 60.0

Notify = Callable[[str], None]


class CacheUnusable(Exception):
    """The cache file exists but cannot be used; the message says why."""


class AtomicJSONStorage(Storage):
    """TinyDB storage that reads a JSON file and replaces it whole on write."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._data: dict | None = None

    def read(self) -> dict | None:
        if self._data is None:
            try:
                text = self.path.read_text(encoding="utf-8")
            except (FileNotFoundError, NotADirectoryError):
                return None
            except (OSError, UnicodeDecodeError) as err:
                raise CacheUnusable(f"cannot read it ({err})") from err
            try:
                data = json.loads(text)
            except json.JSONDecodeError as err:
                raise CacheUnusable(f"not valid JSON ({err.msg} at byte {err.pos})") from err
            if not isinstance(data, dict):
                raise CacheUnusable("not a TinyDB document")
            self._data = data
        return self._data

    def write(self, data: dict) -> None:
        self._data = data

    def flush(self) -> None:
        if self._data is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._data, handle, ensure_ascii=False, separators=(",", ":"))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
            self._remove_stale_temporaries(keep=tmp)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def _remove_stale_temporaries(self, keep: str) -> None:
        """Temporary files left by a process killed mid-write (we hold the lock now)."""
        for stale in self.path.parent.glob(f".{self.path.name}.*"):
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
        storage = AtomicJSONStorage(self.path)
        raw = storage.read()
        if raw is None:
            return {}
        db = TinyDB(storage=_Preloaded, preloaded=storage)
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
        storage = AtomicJSONStorage(self.path)
        storage.write({})
        db = TinyDB(storage=_Preloaded, preloaded=storage)
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


class _Preloaded(Storage):
    """Lets TinyDB work on an AtomicJSONStorage whose flush we call ourselves."""

    def __init__(self, preloaded: AtomicJSONStorage) -> None:
        self.inner = preloaded

    def read(self) -> dict | None:
        return self.inner.read()

    def write(self, data: dict) -> None:
        self.inner.write(data)


def _valid_entry(doc: object) -> bool:
    if not isinstance(doc, dict) or not isinstance(doc.get("source"), str):
        return False
    if not isinstance(doc.get("sha256"), str):
        return False
    if "problem" in doc:
        return isinstance(doc["problem"], str)
    issue = doc.get("issue")
    return isinstance(issue, dict) and isinstance(issue.get("articles"), list)
