"""The cache: the parsed library in TinyDB documents, split into shards beside the catalog.

The parsed documents live here: one TinyDB table per source file, holding one
document (its size, mtime, content hash and parsed issue, or the reason it could not
be read), in shard files of about SHARD_FILES files each, kept in name order (the
catalog, snapshot.py, says which names each shard starts at). One file's change
rewrites its shard only, not the whole cache. Each shard is a checked file
(cache_codec.py over safe_files.py): every table has its checksum, one table can be
read alone (the reader loads an article's issue when it is shown), and a shard is
replaced in one rename, under the build lock, so readers never see half of one.
"""

from __future__ import annotations

import os

from .messages import message, system_error
from .safe_files import Damaged, NotRegularFile, locked

# typing.TYPE_CHECKING without importing typing; pathlib only names types here (a
# search passes its folders as text: paths.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

CACHE_FORMAT = 5
META = "meta"
SHARD_FILES = 64  # files per shard when a build lays them out
SUFFIX = ".tinydb"


class CacheUnusable(Exception):
    """A cache shard exists but cannot be used; the message says why."""


class OtherVersion(CacheUnusable):
    """A shard written by another version of lcreader; `older`: by an earlier one (the
    usual case, after an update)."""

    def __init__(self, said: str, older: bool) -> None:
        super().__init__(said)
        self.older = older


def _earlier(found: tuple, ours: tuple) -> bool:
    """Whether (format, parser version) `found` is an earlier version's than `ours`: its
    format lower, or the same with each of the parser's numbers (`p28-e3-f1-…`) no
    higher; a version it cannot read is no earlier one."""
    import re

    def numbers(version: object) -> list[int] | None:
        if not isinstance(version, str):
            return None
        match = re.match(r"^p(\d+)-e(\d+)-f(\d+)-", version)
        return [int(n) for n in match.groups()] if match else None

    if not isinstance(found[0], int) or found[0] > ours[0]:
        return False
    if found[0] < ours[0]:
        return True
    mine, theirs = numbers(ours[1]), numbers(found[1])
    return mine is not None and theirs is not None and all(map(int.__le__, theirs, mine))


class Cache:
    """The shards of one library's cache: entries keyed by source file name."""

    def __init__(self, path: Path, parser_version: str) -> None:
        self.path = path  # the catalog's path: the shards are in a folder beside it
        from .snapshot import with_suffix

        self.folder = with_suffix(path, ".cache")  # text for text (a search's), or a Path
        self.parser_version = parser_version

    def shard_path(self, file: str) -> Path | str:
        from .snapshot import joined

        return joined(self.folder, file)

    def shard_files(self) -> list[str]:
        """The shard files on disk, in name order."""
        try:
            return sorted(n for n in os.listdir(self.folder) if n.endswith(SUFFIX))
        except OSError:
            return []

    def read_shard(self, file: str) -> dict[str, dict]:
        """A shard's entries; raises CacheUnusable with a reason (NotRegularFile as is)."""
        return self._read(file, lambda name: True)

    def read_entry(self, file: str, name: str) -> dict:
        """One file's entry, reading only its table; CacheUnusable when it is not there."""
        entries = self._read(file, lambda table: table in (META, name), deep=False)
        if name not in entries:
            raise CacheUnusable(f"shard {file} has no entry for {name!r}")
        return entries[name]

    def check_shard(self, file: str) -> None:
        """Every table of a shard checked by its checksum, and the shard's version (what
        `build` checks of every shard; an entry's shape is checked where it is read)."""
        self._read(file, lambda table: table == META, everything=True)

    def _read(
        self, file: str, wanted, deep: bool = True, everything: bool = False
    ) -> dict[str, dict]:
        """The wanted tables' entries; `deep`: each issue checked through the model too
        (a build; one entry read for the reader is taken apart by its caller anyway);
        `everything`: every table's checksum checked, wanted or not."""
        from .cache_codec import read_tables

        try:
            tables = read_tables(self.shard_path(file), wanted, checked=everything)
        except Damaged as err:
            raise CacheUnusable(str(err)) from err
        except NotRegularFile:
            raise
        except OSError as err:
            raise CacheUnusable(message("cache.unreadable", error=system_error(err))) from err
        if tables is None:
            raise CacheUnusable(message("cache.shard_missing", shard=file))
        meta = list(tables.pop(META, {}).values())
        if not meta or not isinstance(meta[0], dict):
            raise CacheUnusable(message("cache.no_version"))
        found = (meta[0].get("format"), meta[0].get("parser"))
        if found != (CACHE_FORMAT, self.parser_version):
            raise OtherVersion(
                message(
                    "cache.other_version",
                    format=found[0],
                    parser=found[1],
                    our_format=CACHE_FORMAT,
                    our_parser=self.parser_version,
                ),
                _earlier(found, (CACHE_FORMAT, self.parser_version)),
            )
        entries: dict[str, dict] = {}
        for name, table in tables.items():
            docs = list(table.values()) if isinstance(table, dict) else []
            if len(docs) != 1 or not _valid_entry(docs[0], deep) or docs[0]["source"] != name:
                raise CacheUnusable(message("cache.bad_entry"))
            entries[name] = docs[0]
        return entries

    def write_shard(self, file: str, entries: dict[str, dict]) -> None:
        """Replace a shard with these entries (name → entry), atomically."""
        from tinydb import TinyDB

        from .cache_codec import AtomicJSONStorage, Preloaded

        storage = AtomicJSONStorage(self.shard_path(file))
        storage.write({})
        db = TinyDB(storage=Preloaded, preloaded=storage)
        db.table(META).insert({"format": CACHE_FORMAT, "parser": self.parser_version})
        for name in sorted(entries):
            db.table(name).insert(entries[name])
        storage.flush()

    def lock(self) -> locked:
        """The build lock, to hold `with`: it gives False when it cannot be had
        (read-only dir, timeout)."""
        return locked(self.path)


def _valid_entry(doc: object, deep: bool = True) -> bool:
    if not isinstance(doc, dict) or not isinstance(doc.get("source"), str):
        return False
    if not isinstance(doc.get("sha256"), str):
        return False
    if not all(isinstance(doc.get(k), int) for k in ("size", "mtime_ns")):
        return False
    if "problem" in doc:
        return isinstance(doc["problem"], str)
    issue = doc.get("issue")
    if not isinstance(issue, dict) or not isinstance(issue.get("articles"), list):
        return False
    if not deep:
        return True
    from .model import Issue

    try:  # the model takes it: every field where it should be
        Issue.from_dict(issue)
    except (KeyError, TypeError, ValueError, AttributeError):
        return False
    return True
