"""TinyDB storages for the cache: orjson, whole-file atomic replace, flushed by us."""

from __future__ import annotations

from pathlib import Path

from tinydb.storages import Storage

from .store import CacheUnusable, read_json, write_json


class AtomicJSONStorage(Storage):
    """TinyDB storage that reads a JSON file and replaces it whole on write."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._data: dict | None = None

    def read(self) -> dict | None:
        if self._data is None:
            self._data = read_json(self.path)
            if self._data is not None and not isinstance(self._data, dict):
                raise CacheUnusable("not a TinyDB document")
        return self._data

    def write(self, data: dict) -> None:
        self._data = data

    def flush(self) -> None:
        if self._data is not None:
            write_json(self.path, self._data)


class Preloaded(Storage):
    """Lets TinyDB work on an AtomicJSONStorage whose flush we call ourselves."""

    def __init__(self, preloaded: AtomicJSONStorage) -> None:
        self.inner = preloaded

    def read(self) -> dict | None:
        return self.inner.read()

    def write(self, data: dict) -> None:
        self.inner.write(data)
