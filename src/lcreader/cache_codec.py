"""The cache's file format behind TinyDB's storage API: one checked section per table.

Each TinyDB table is a JSON section (orjson) of a checked file (safe_files.py), so
a damaged table is found by its checksum, and the whole file is replaced in one
rename. TinyDB's own flush is ours to call.
"""

from __future__ import annotations

from pathlib import Path

from tinydb.storages import Storage

from .messages import message
from .safe_files import Damaged, read_checked, write_checked

MAGIC = b"LCREADER-CACHE\n"


def read_tables(path: Path) -> dict | None:
    """The TinyDB document in a cache file; None when there is no file.

    Damaged when the file or a table is not sound; OSError when it cannot be read.
    """
    import orjson

    found = read_checked(path, MAGIC)
    if found is None:
        return None
    _, sections = found
    try:
        return {name: orjson.loads(raw) for name, (_, raw) in sections.items()}
    except orjson.JSONDecodeError as err:
        raise Damaged(message("files.damaged.json")) from err


def write_tables(path: Path, data: dict) -> None:
    """Replace a cache file with this TinyDB document, atomically."""
    import orjson

    sections = [(name, "json", orjson.dumps(table)) for name, table in data.items()]
    write_checked(path, MAGIC, {}, sections)


class AtomicJSONStorage(Storage):
    """TinyDB storage that reads a checked cache file and replaces it whole on flush."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._data: dict | None = None

    def read(self) -> dict | None:
        if self._data is None:
            self._data = read_tables(self.path)
            if self._data is not None and not all(isinstance(t, dict) for t in self._data.values()):
                raise Damaged(message("files.damaged.shape"))
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
