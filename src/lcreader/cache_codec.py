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
import os
import re
import sys

from .messages import message
from .safe_files import Damaged, parsed_json, read_checked, write_checked

# typing.TYPE_CHECKING without importing typing; pathlib only names types here (a
# search passes its folders as text: paths.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

MAGIC = b"LCREADER-CACHE\n"


def dumps(data: object) -> bytes:
    """JSON bytes for any data holding any text (lone surrogates too)."""
    import orjson

    try:
        return orjson.dumps(data)
    except TypeError:  # orjson.JSONEncodeError: text that is not UTF-8
        return json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")


# A text longer than this (in characters) is written apart by dumps_chunks.
LONG_TEXT = 1 << 20


def dumps_chunks(data: object) -> list[bytes]:
    """dumps(data) in chunks whose join is the same bytes, each text longer than
    LONG_TEXT written a slice at a time, once however often it appears (an issue's
    title is its lead article's too). orjson copies a text into its one output and
    keeps the text's UTF-8 on it besides: a title of 50 MB was held three times over.

    The rest is dumped with a marker in each such text's place, then cut at them
    (the markers hold a random number: no text of the data can be one)."""
    longs: dict[int, tuple[str, str]] = {}  # id of a text -> (its marker, the text)
    seen = [0]  # the places they stand in
    nonce = os.urandom(8).hex()
    marked = _marked(data, longs, seen, nonce)
    if not longs:
        return [dumps(data)]
    import orjson

    try:  # as dumps does: orjson, or json where orjson refuses a text
        raw = orjson.dumps(marked)
        pieces = {marker: _sliced(text, orjson.dumps) for marker, text in longs.values()}
    except TypeError:
        raw = json.dumps(marked, ensure_ascii=True, separators=(",", ":")).encode("ascii")
        pieces = {marker: _sliced(text, _ascii_json) for marker, text in longs.values()}
    chunks: list[bytes] = []
    at = found = 0
    for match in re.finditer(rb'"(lcreader-long-%s-[0-9]+)"' % nonce.encode("ascii"), raw):
        chunks.append(raw[at : match.start()])
        chunks.extend(pieces[match.group(1).decode("ascii")])
        at = match.end()
        found += 1
    chunks.append(raw[at:])
    if found != seen[0]:  # never: a text of the data would have to be a marker
        return [dumps(data)]
    return chunks


def _marked(value: object, longs: dict, seen: list[int], nonce: str) -> object:
    """The data with each long text replaced by its marker; containers copied only
    where they hold one."""
    if isinstance(value, str):
        if len(value) <= LONG_TEXT:
            return value
        seen[0] += 1
        if id(value) not in longs:
            longs[id(value)] = (f"lcreader-long-{nonce}-{len(longs)}", value)
        return longs[id(value)][0]
    if isinstance(value, dict):
        changed = None
        for key, item in value.items():
            new = _marked(item, longs, seen, nonce)
            if new is not item:
                changed = changed or dict(value)
                changed[key] = new
        return value if changed is None else changed
    if isinstance(value, (list, tuple)):
        items = None
        for k, item in enumerate(value):
            new = _marked(item, longs, seen, nonce)
            if new is not item:
                items = items or list(value)
                items[k] = new
        return value if items is None else items
    return value


def _sliced(text: str, encode) -> list[bytes]:
    """A text as a JSON string, in chunks: its quotes, and its escaped slices (an
    escape is a character's own, so the slices' are the whole's)."""
    return [
        b'"',
        *(encode(text[at : at + LONG_TEXT])[1:-1] for at in range(0, len(text), LONG_TEXT)),
        b'"',
    ]


def _ascii_json(text: str) -> bytes:
    return json.encoder.encode_basestring_ascii(text).encode("ascii")


# Importing orjson (with the uuid, datetime and platform it imports) costs 3 ms; a
# search reads a few issues of some kilobytes, which the standard json parses in less.
SMALL = 1 << 18


def loads(raw: bytes) -> object:
    """What `dumps` wrote; ValueError when it is not JSON."""
    if len(raw) < SMALL and "orjson" not in sys.modules:
        return parsed_json(raw)
    import orjson

    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        if b"\\ud" not in raw and b"\\uD" not in raw:
            raise
        return parsed_json(raw)


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
    sections = [(name, "json", dumps_chunks(table)) for name, table in data.items()]
    write_checked(path, MAGIC, {}, sections)


def _storages() -> dict:
    """TinyDB's storage classes over checked files: TinyDB imported only when one is
    used (a search reads its hits' tables without it)."""
    from tinydb.storages import Storage

    class AtomicJSONStorage(Storage):
        """TinyDB storage that reads a checked cache file and replaces it whole on flush."""

        def __init__(self, path: str | Path) -> None:
            from pathlib import Path

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
