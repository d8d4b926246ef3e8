"""The cache's file format behind TinyDB's storage API: one checked section per table.

Each TinyDB table is a JSON section of a checked file (safe_files.py), so a damaged
table is found by its checksum, one table can be read without the others, and the
whole file is replaced in one rename. TinyDB's own flush is ours to call.

JSON through orjson, but lossless for any text: a file name that is not UTF-8 comes
from the folder as text holding lone surrogates (Python's `surrogateescape`), which
orjson refuses; such a table is written by the standard library's json, which keeps
them as `\\udcxx` escapes, and read back the same way. `dumps`/`loads` here are the
one place that choice is made.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .messages import message
from .safe_files import Damaged, read_checked, write_checked

MAGIC = b"LCREADER-CACHE\n"


def dumps(data: object) -> bytes:
    """JSON bytes for any data holding any text (lone surrogates too)."""
    import orjson

    try:
        return orjson.dumps(data)
    except TypeError:  # orjson.JSONEncodeError: text that is not UTF-8
        return json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")


# Importing orjson (with the uuid, datetime and platform it imports) costs 3 ms; a
# search reads a few issues of some kilobytes, which the standard json parses in less.
SMALL = 1 << 18


def loads(raw: bytes) -> object:
    """What `dumps` wrote; ValueError when it is not JSON."""
    if len(raw) < SMALL and "orjson" not in sys.modules:
        return json.loads(raw)
    import orjson

    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        if b"\\ud" not in raw and b"\\uD" not in raw:
            raise
        return json.loads(raw)


def read_tables(path: Path, wanted=lambda name: True, checked: bool = False) -> dict | None:
    """The TinyDB document in a cache file (its `wanted` tables); None when there is no
    file. Damaged when the file or a table is not sound (with `checked`, every table's
    checksum is verified, wanted or not); OSError when it cannot be read.
    """
    found = read_checked(path, MAGIC, (lambda name: True) if checked else wanted)
    if found is None:
        return None
    _, sections = found
    try:
        return {name: loads(raw) for name, (_, raw) in sections.items() if wanted(name)}
    except ValueError as err:
        raise Damaged(message("files.damaged.json")) from err


def write_tables(path: Path, data: dict) -> None:
    """Replace a cache file with this TinyDB document, atomically."""
    sections = [(name, "json", dumps(table)) for name, table in data.items()]
    write_checked(path, MAGIC, {}, sections)


def _storages() -> dict:
    """TinyDB's storage classes over checked files: TinyDB imported only when one is
    used (a search reads its hits' tables without it)."""
    from tinydb.storages import Storage

    class AtomicJSONStorage(Storage):
        """TinyDB storage that reads a checked cache file and replaces it whole on flush."""

        def __init__(self, path: str | Path) -> None:
            self.path = Path(path)
            self._data: dict | None = None

        def read(self) -> dict | None:
            if self._data is None:
                self._data = read_tables(self.path)
                if self._data is not None and not all(
                    isinstance(t, dict) for t in self._data.values()
                ):
                    raise Damaged("not a TinyDB document")
            return self._data

        def write(self, data: dict) -> None:
            self._data = data

        def flush(self) -> None:
            if self._data is not None:
                write_tables(self.path, self._data)

    class Preloaded(Storage):
        """Lets TinyDB work on an AtomicJSONStorage whose flush we call ourselves."""

        def __init__(self, preloaded: AtomicJSONStorage) -> None:
            self.inner = preloaded

        def read(self) -> dict | None:
            return self.inner.read()

        def write(self, data: dict) -> None:
            self.inner.write(data)

    return {"AtomicJSONStorage": AtomicJSONStorage, "Preloaded": Preloaded}


_STORAGES: dict = {}


def __getattr__(name: str):
    if name in ("AtomicJSONStorage", "Preloaded"):
        if not _STORAGES:
            _STORAGES.update(_storages())
        return _STORAGES[name]
    raise AttributeError(name)
