"""The linked people and departments on disk, in buckets by folded name.

The state `entities.link.Linker` keeps (per folded name: the forms written, the
articles, the titles) grows with the library: tens of MB at ×10000. It is kept in
BUCKETS buckets per table (people, departments), a name's bucket fixed by its folded
form, each bucket one checked section (safe_files.py) of a pack file in a folder
beside the catalog. A build reads only the buckets that the names of its changed
files fall in (`Buckets` reads one on first use) and writes those again, together,
in one new pack (a first build, in packs of PACK_BYTES); the catalog's `links`
section says where each bucket is (pack, its names, its bytes): the catalog stays
the commit, as for shards and segments. When the packs still listed hold more than
twice the bytes in use, a build copies every bucket into its new pack (their bytes
as they are, not parsed) and the old packs go.

The sidebar's most mentioned (`ranked_head`) is kept up to date the same way: the
catalog keeps the first TOP whole and the next TOP as (name, count) only; a build
re-ranks those together with every name of the buckets it read. Everyone else sorts
after the last one kept and did not change, so the new head is among them; when a
build takes so much away that it cannot be told, every bucket is read.
"""

from __future__ import annotations

import heapq
import os
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from .safe_files import Damaged, NotRegularFile, read_checked, write_checked

BUCKETS = 1024
SUFFIX = ".links"
MAGIC = b"LCREADER-LINKS\n"
KINDS = ("people", "depts")
# A table's listing: per bucket [pack file, names, bytes]; file "" when it is empty.
Listing = list[list]
# Packs may hold this many times the bytes in use (and this many more) before a build
# copies every bucket into its new pack.
SPARE = 2
SPARE_BYTES = 1 << 20
PACK_BYTES = 8 << 20  # a pack's bytes, past which a build starts another


class LinksUnusable(Exception):
    """A pack is missing or damaged: the linked state is made again."""


def links_folder(cache_path: Path) -> Path:
    return cache_path.with_suffix(".links")


def bucket_of(key: str) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % BUCKETS


def _section(kind: str, at: int) -> str:
    return f"{kind}-{at}"


def valid_listings(found: object) -> bool:
    return isinstance(found, dict) and all(
        isinstance(found.get(kind), list)
        and len(found[kind]) == BUCKETS
        and all(isinstance(f, list) and len(f) == 3 for f in found[kind])
        for kind in KINDS
    )


class LinkFiles:
    """The packs of one library."""

    def __init__(self, folder: Path, new_name: Callable[[], str]) -> None:
        self.folder = folder
        self.new_name = new_name

    def raw(self, file: str, sections: set[str] | None = None) -> dict[str, bytes]:
        """These sections of a pack (None: all), checked; LinksUnusable otherwise."""
        wanted = (lambda name: True) if sections is None else sections.__contains__
        try:
            found = read_checked(self.folder / file, MAGIC, wanted)
        except NotRegularFile:
            raise
        except (OSError, Damaged) as err:
            raise LinksUnusable(str(err)) from err
        if found is None or (sections is not None and not sections <= found[1].keys()):
            raise LinksUnusable(file)
        return {name: raw for name, (_, raw) in found[1].items()}

    def read(self, kind: str, at: int, where: list) -> dict[str, list]:
        """A bucket's entries, as the Linker keeps them (articles as a dict)."""
        if not where[0]:
            return {}
        name = _section(kind, at)
        return _entries(self.raw(where[0], {name})[name], where[0])

    def write(self, sections: list[tuple[str, bytes]]) -> str:
        """A new pack holding these sections; its name."""
        file = f"{self.new_name()}{SUFFIX}"
        self.folder.mkdir(parents=True, exist_ok=True)
        # A new name each time: no temporary file of an earlier write can be left under it.
        listed = [(name, "json", raw) for name, raw in sections]
        write_checked(self.folder / file, MAGIC, {}, listed, tidy=False)
        return file

    def verify(self, listings: dict) -> None:
        """Every pack listed checked by its checksums; LinksUnusable if one fails."""
        for file in _packs(listings):
            self.raw(file)


def _packs(listings: dict) -> set[str]:
    return {where[0] for kind in KINDS for where in listings[kind] if where[0]}


def _entries(raw: bytes, file: str) -> dict[str, list]:
    from .cache_codec import loads

    try:
        entries = loads(raw)
    except ValueError as err:
        raise LinksUnusable(file) from err
    if not isinstance(entries, dict):
        raise LinksUnusable(file)
    for entry in entries.values():
        entry[1] = dict.fromkeys(entry[1])
    return entries


def _encoded(entries: dict[str, list]) -> bytes:
    from .cache_codec import dumps

    return dumps({k: [e[0], list(e[1]), *e[2:]] for k, e in entries.items()})


class Buckets:
    """One table of the linked state (folded name → entry), read a bucket at a time.

    What the Linker reaches through get, set and delete is read on first use and
    marked changed (`changed`): a build writes those buckets again, and only those.
    """

    def __init__(self, files: LinkFiles, kind: str, listing: Listing) -> None:
        self.files = files
        self.kind = kind
        self.listing = listing
        self.parts: dict[int, dict[str, list]] = {}
        self.changed: set[int] = set()

    def _part(self, key: str, changed: bool = True) -> dict[str, list]:
        at = bucket_of(key)
        part = self.parts.get(at)
        if part is None:
            part = self.parts[at] = self.files.read(self.kind, at, self.listing[at])
        if changed:
            self.changed.add(at)
        return part

    def peek(self, key: str) -> list | None:
        """An entry, read without marking its bucket changed."""
        return self._part(key, changed=False).get(key)

    def get(self, key: str, default=None):
        return self._part(key).get(key, default)

    def __getitem__(self, key: str) -> list:
        return self._part(key)[key]

    def __setitem__(self, key: str, entry: list) -> None:
        self._part(key)[key] = entry

    def __delitem__(self, key: str) -> None:
        del self._part(key)[key]

    def __contains__(self, key: str) -> bool:
        return key in self._part(key, changed=False)

    def __len__(self) -> int:
        return sum(
            len(self.parts[at]) if at in self.parts else where[1]
            for at, where in enumerate(self.listing)
        )

    def load_all(self) -> None:
        missing = [at for at in range(BUCKETS) if at not in self.parts]
        found = _read_many(self.files, self.kind, self.listing, missing)
        self.parts.update(zip(missing, found, strict=True))

    def items(self) -> Iterator[tuple[str, list]]:
        self.load_all()
        for part in self.parts.values():
            yield from part.items()

    def values(self) -> Iterator[list]:
        return (entry for _, entry in self.items())

    def __iter__(self) -> Iterator[str]:
        return (key for key, _ in self.items())


def _read_many(files: LinkFiles, kind: str, listing: Listing, wanted: list[int]) -> list[dict]:
    """These buckets of a table, each pack read once."""
    by_pack: dict[str, set[str]] = {}
    for at in wanted:
        if listing[at][0]:
            by_pack.setdefault(listing[at][0], set()).add(_section(kind, at))
    raws: dict[str, bytes] = {}
    for file, sections in by_pack.items():
        raws.update(files.raw(file, sections))
    out = []
    for at in wanted:
        name = _section(kind, at)
        out.append(_entries(raws[name], listing[at][0]) if name in raws else {})
    return out


def save_tables(files: LinkFiles, people: dict | Buckets, depts: dict | Buckets) -> dict:
    """The buckets a build changed (every bucket, for tables held whole) written in a
    new pack (several, past PACK_BYTES each); the new listings. Copies the unchanged
    ones too when the packs listed hold too much that is no longer used."""
    listings: dict[str, Listing] = {}
    todo: list[tuple[str, int, dict]] = []
    for kind, table in zip(KINDS, (people, depts), strict=True):
        if isinstance(table, Buckets):
            listing = [list(where) for where in table.listing]
            changed = sorted(table.changed)
            parts = table.parts
        else:
            listing = [["", 0, 0] for _ in range(BUCKETS)]
            parts = {}
            for key, entry in table.items():
                parts.setdefault(bucket_of(key), {})[key] = entry
            changed = sorted(parts)
        for at in changed:
            part = parts[at]
            listing[at] = [None, len(part), 0] if part else ["", 0, 0]
            if part:
                todo.append((kind, at, part))
        listings[kind] = listing
    if not todo:
        return listings
    copied: list[tuple[str, str, set[str]]] = []  # (kind, pack, sections)
    if _wasteful(files, listings):
        for kind in KINDS:
            by_pack: dict[str, set[str]] = {}
            for at, where in enumerate(listings[kind]):
                if where[0]:
                    by_pack.setdefault(where[0], set()).add(_section(kind, at))
            copied += [(kind, file, wanted) for file, wanted in by_pack.items()]
    packer = _Packer(files)
    for kind, at, part in todo:
        raw = _encoded(part)
        where = listings[kind][at]
        where[2] = len(raw)
        packer.add(where, _section(kind, at), raw)
    for kind, file, wanted in copied:
        for name, raw in files.raw(file, wanted).items():
            packer.add(listings[kind][int(name.rpartition("-")[2])], name, raw)
    packer.flush()
    return listings


class _Packer:
    """Sections gathered into packs of about PACK_BYTES (a first build's buckets are not
    all held as bytes at once); each bucket's place set as its pack is written."""

    def __init__(self, files: LinkFiles) -> None:
        self.files = files
        self.pending: list[tuple[list, str, bytes]] = []
        self.size = 0

    def add(self, where: list, name: str, raw: bytes) -> None:
        self.pending.append((where, name, raw))
        self.size += len(raw)
        if self.size >= PACK_BYTES:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        file = self.files.write([(name, raw) for _, name, raw in self.pending])
        for where, _, _ in self.pending:
            where[0] = file
        self.pending, self.size = [], 0


def _wasteful(files: LinkFiles, listings: dict) -> bool:
    """Whether the packs still listed hold more than SPARE times the bytes in use."""
    used = sum(where[2] for kind in KINDS for where in listings[kind] if where[0])
    held = 0
    for file in _packs({k: [w for w in listings[k] if w[0]] for k in KINDS}):
        try:
            held += os.stat(files.folder / file).st_size
        except OSError:
            return True
    return held > SPARE * used + SPARE_BYTES


def open_tables(files: LinkFiles, listings: dict) -> tuple[Buckets, Buckets]:
    return Buckets(files, "people", listings["people"]), Buckets(files, "depts", listings["depts"])


def read_whole(files: LinkFiles, listings: dict) -> tuple[dict, dict]:
    """Both tables read whole (the reader lists every person)."""
    tables = []
    for kind in KINDS:
        table: dict[str, list] = {}
        for part in _read_many(files, kind, listings[kind], list(range(BUCKETS))):
            table.update(part)
        tables.append(table)
    return tables[0], tables[1]


# The sidebar's head: rows of the first `size` (Person or Department lists) and the
# next `size` as [folded name, articles, shown name].


def _order(entry: list) -> tuple[int, str]:
    from .entities.link import _shown

    return -len(entry[1]), _shown(entry[0])


def ranked_head(
    table: dict | Buckets,
    old: dict | None,
    size: int,
    make_rows: Callable[[dict[str, list]], list[list]],
) -> tuple[list[list], list[list]]:
    """The first `size` entries of a table as rows (most articles first, then by shown
    name) and the next `size` as [key, articles, name]. `old`: the head the catalog
    kept ({"rows", "next", "count"}), for a table read in part (Buckets); None: from
    the whole table. `make_rows` makes the rows of some entries, in that order."""
    if isinstance(table, Buckets) and old is not None:
        found = _from_parts(table, old, size, make_rows)
        if found is not None:
            return found
        table.load_all()
    best = heapq.nsmallest(2 * size, table.items(), key=lambda item: _order(item[1]))
    rows = make_rows(dict(best[:size]))
    return rows, [[key, len(e[1]), _order(e)[1]] for key, e in best[size:]]


def _from_parts(table: Buckets, old: dict, size: int, make_rows) -> tuple | None:
    from .textkey import fold

    read = table.parts
    ranked: dict[str, tuple[tuple[int, str], list | None]] = {}
    for part in read.values():
        for key, entry in part.items():
            ranked[key] = (_order(entry), None)
    kept = 0
    last: tuple[int, str] | None = None
    for row in old["rows"]:
        key = fold(row[0])
        order = (-row[-1], row[0])  # a row's count is its last field (head_rows.py)
        last, kept = order, kept + 1
        if bucket_of(key) not in read:
            ranked[key] = (order, row)
    for key, count, name in old["next"]:
        last, kept = (-count, name), kept + 1
        if bucket_of(key) not in read:
            ranked[key] = ((-count, name), None)
    # Names not kept sort after the last kept and are unchanged (their buckets unread);
    # when every name was kept, there are none.
    whole = kept >= old["count"]
    order = sorted(
        (item for item in ranked.items() if whole or item[1][0] <= last),
        key=lambda item: item[1][0],
    )
    if len(order) < min(size, len(table)):
        return None
    head = order[:size]
    entries: dict[str, list] = {}
    for key, (_, row) in head:
        if row is None:
            entry = table.peek(key)
            if entry is None:
                return None
            entries[key] = entry
    made = iter(make_rows(entries))
    rows = [row if row is not None else next(made) for _, (_, row) in head]
    nexts = [[key, -o[0], o[1]] for key, (o, _) in order[size : 2 * size]]
    return rows, nexts
