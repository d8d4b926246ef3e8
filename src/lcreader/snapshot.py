"""The catalog: what a library's cache and index hold, and the point every build commits.

One checked file (safe_files.py) at the cache's path. Its sections, each with its
CRC-32, read only when wanted:

- `meta`: the build version, the index segments (file, articles, the articles gone
  since), the cache shards (the first name each holds) and the linked departments'
  aliases (what `dept:` matches);
- `names` and `stamps`: the source files' names (bytes as the folder gives them,
  NUL-separated: any name, UTF-8 or not) and their sizes and mtimes (64-bit
  integers): a search compares them with the folder and reads nothing else to know
  the index is fresh;
- `sources`: per file its hash, issue id or problem, segment and first article;
- `issues`: per issue what the reader's tree needs (title, year, date, number, the
  articles' titles), so it opens without reading the cache;
- `links`: the files of the linked people's and departments' buckets (link_store.py;
  a build rewrites only the buckets its changed files' names fall in);
- `top`: the most mentioned people and departments, for the reader's sidebar, and the
  next ones by count (what lets a build re-rank them without reading every bucket).

A build writes shards and segments first, each under its own name, then the catalog
in one rename: the catalog is what makes them the library. A damaged or foreign
catalog is never used: the library is built again from the cache (nothing re-parsed).
"""

from __future__ import annotations

import os
import sys
from array import array

from .safe_files import Damaged, NotRegularFile, parsed_json, read_checked, write_checked

# typing.TYPE_CHECKING without importing typing; pathlib only names types here (a
# search passes its folders as text: paths.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

CATALOG_FORMAT = 3
MAGIC = b"LCREADER-CATALOG\n"
HEAD = ("meta", "names", "stamps")
# The head's meta key saying the issue rows name their papers (store_build._name_papers).
PAPERS_NAMED = "papers"


def index_folder(cache_path: Path | str) -> Path | str:
    """Where the index segments of a cache are (here, not in store_build.py, which a
    search then never imports): a Path for a Path, text for text."""
    return with_suffix(cache_path, ".index")


def joined(folder: Path | str, name: str) -> Path | str:
    """`folder / name`, for a Path or for text."""
    return os.path.join(folder, name) if isinstance(folder, str) else folder / name


def with_suffix(path: Path | str, suffix: str) -> Path | str:
    """`path.with_suffix(suffix)`, for a Path or for text (a search's: paths.py)."""
    if not isinstance(path, str):
        return path.with_suffix(suffix)
    head, name = os.path.split(path)
    stem = name[: -len(os.path.splitext(name)[1]) or None]
    return os.path.join(head, stem + suffix)


def encode_names(names: list[str]) -> bytes:
    """File names as the folder gave them: NUL never stands in a name."""
    return "\0".join(names).encode("utf-8", "surrogateescape")


def decode_names(raw: bytes) -> list[str]:
    return raw.decode("utf-8", "surrogateescape").split("\0") if raw else []


def encode_stamps(stamps: list[tuple[int, int]]) -> bytes:
    table = array("q", [x for stamp in stamps for x in stamp])
    if sys.byteorder != "little":
        table.byteswap()
    return table.tobytes()


class Head:
    """The catalog's head: its meta, and the names and stamps of the files it holds."""

    def __init__(self, meta: dict, names: bytes, stamps: bytes) -> None:
        self.meta = meta
        self.raw_names = names
        self.raw_stamps = stamps

    def fresh(self, stats: dict[str, tuple[str, int, int]]) -> bool:
        """Whether the folder holds exactly these files, each of this size and mtime."""
        names = list(stats)
        if encode_names(names) != self.raw_names:
            return False
        return encode_stamps([(s, m) for _, s, m in stats.values()]) == self.raw_stamps

    @property
    def names(self) -> list[str]:
        return decode_names(self.raw_names)

    def stamps(self) -> list[tuple[int, int]]:
        table = array("q")
        table.frombytes(self.raw_stamps)
        if sys.byteorder != "little":
            table.byteswap()
        return list(zip(table[::2], table[1::2], strict=True))


class Catalog:
    """The catalog file of one library."""

    def __init__(self, path: Path, build_version: str) -> None:
        self.path = path
        self.build_version = build_version

    def read_head(self) -> Head | None:
        """The head, if this version wrote it and it is sound; else None (rebuilt).
        Raises only NotRegularFile."""
        try:
            found = self._read(HEAD)
        except NotRegularFile:
            raise
        except (OSError, Damaged, ValueError, TypeError, KeyError):
            return None
        if found is None:
            return None
        meta, names, stamps = found
        if len(stamps) % 16 or len(decode_names(names)) != len(stamps) // 16:
            return None
        return Head(meta, names, stamps)

    def read(self, parts: tuple[str, ...], every: bool = False) -> dict | None:
        """These JSON sections (sources, issues, links, top), verified; None if unusable.
        `every`: the other sections' checksums verified too (not parsed)."""
        try:
            found = self._read(("meta", *parts), every)
        except NotRegularFile:
            raise
        except (OSError, Damaged, ValueError, TypeError, KeyError):
            return None
        if found is None:
            return None
        from .cache_codec import loads

        try:
            return {name: loads(raw) for name, raw in zip(parts, found[1:], strict=True)}
        except ValueError:
            return None

    def _read(self, parts: tuple[str, ...], every: bool = False) -> list | None:
        checked = read_checked(self.path, MAGIC, lambda name: every or name in parts)
        if checked is None:
            return None
        header, sections = checked
        if header.get("format") != CATALOG_FORMAT or not all(p in sections for p in parts):
            return None

        meta = parsed_json(sections["meta"][1])
        if not isinstance(meta, dict) or meta.get("build") != self.build_version:
            return None
        return [meta, *(sections[p][1] for p in parts[1:])]

    def write(self, meta: dict, names: list[str], stamps: list[tuple[int, int]], **parts) -> None:
        """Replace the catalog (sources, issues, links, top as keyword parts)."""
        import json

        from .cache_codec import LONG_TEXT, dumps, dumps_chunks

        # A text is no longer than its file's bytes: looking for long ones in the parts
        # (a title of megabytes, dumps_chunks) pays only where a file is that large.
        encode = dumps_chunks if any(size > LONG_TEXT for size, _ in stamps) else dumps
        sections = [
            ("meta", "json", json.dumps({**meta, "build": self.build_version}).encode("ascii")),
            ("names", "bytes", encode_names(names)),
            ("stamps", "int64", encode_stamps(stamps)),
            *((name, "json", encode(value)) for name, value in parts.items()),
        ]
        write_checked(self.path, MAGIC, {"format": CATALOG_FORMAT}, sections)
