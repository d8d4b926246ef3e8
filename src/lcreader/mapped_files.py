"""Checked files read in place: memory-mapped, each block verified when first read.

The search index is too large to read and check whole on every search, and a search
needs only a few of its pages. A mapped file is a magic line, a header line (its own
CRC-32, then JSON: the sections' offsets and lengths, the file's meta) and a body cut
into blocks of BLOCK bytes, whose CRC-32s form a table at the end (its CRC-32 is in
the header). Reading a range of a section verifies the blocks it touches, once per
process: a flipped bit anywhere in what a search reads is found (`Damaged`), never
served, and what it does not read costs nothing. Files are written whole, to a
temporary file that replaces the old in one rename (safe_files.write_atomically), so
an open map never sees a file change under it.
"""

from __future__ import annotations

import json
import mmap
import os
import sys
import zlib

from .safe_files import Damaged, NotRegularFile, _kind, parsed_json, write_atomically

# The checksummed block: a page. A search reads scattered articles of a few kB each
# (a long word's candidates): what it checks and faults in is the pages they lie in,
# not whole 16 kB blocks around them (with 16 kB, a synonym's 2.6 MB of candidates at
# ×1000 touched 16 MB). Files written with another size say so in their header.
BLOCK = 1 << 12
# The block size of files whose header names none: those written before it was said.
OLD_BLOCK = 1 << 14
ALIGN = 8


def _pad(size: int) -> int:
    return -size % ALIGN


def encode_mapped(
    magic: bytes, meta: dict, sections: list[tuple[str, bytes | list[bytes]]]
) -> list[bytes]:
    """The chunks of a mapped file holding these sections (each 8-byte aligned).

    A section is bytes or a list of byte chunks, passed through as they are: the body
    is never joined into one copy (a segment's text is as large as the issues it
    indexes, and a build would hold it three times over; README, "Safety and limits")."""
    listed: dict[str, list[int]] = {}
    body: list[bytes] = []
    at = 0
    for name, raw in sections:
        parts = [bytes(raw)] if isinstance(raw, (bytes, bytearray, memoryview)) else raw
        size = sum(map(len, parts))
        listed[name] = [at, size]
        body.extend(part for part in parts if part)
        pad = _pad(size)
        if pad:
            body.append(b"\0" * pad)
        at += size + pad
    table = _block_crcs(body)
    head = json.dumps(
        {"meta": meta, "sections": listed, "body": at, "table": zlib.crc32(table), "block": BLOCK},
        ensure_ascii=True,
    ).encode("ascii")
    line = b"%08x %s\n" % (zlib.crc32(head), head)
    start = len(magic) + len(line)
    return [magic, line, b"\0" * _pad(start), *body, table]


def _block_crcs(chunks: list[bytes]) -> bytes:
    """The CRC-32 of each BLOCK bytes of the chunks run together (the last may be short)."""
    crcs: list[int] = []
    crc = filled = 0
    for chunk in chunks:
        view, at = memoryview(chunk), 0
        while at < len(view):
            take = min(BLOCK - filled, len(view) - at)
            crc = zlib.crc32(view[at : at + take], crc)
            filled += take
            at += take
            if filled == BLOCK:
                crcs.append(crc)
                crc = filled = 0
    if filled:
        crcs.append(crc)
    return b"".join(crc.to_bytes(4, "little") for crc in crcs)


def write_mapped(
    path, magic: bytes, meta: dict, sections: list[tuple[str, bytes | list[bytes]]]
) -> None:
    """Write a mapped file atomically."""
    write_atomically(path, encode_mapped(magic, meta, sections))


class Mapped:
    """A mapped file (or the same bytes in memory): its meta, and verified reads."""

    def __init__(self, buffer, magic: bytes, where: str = "index") -> None:
        self.where = where
        with memoryview(buffer) as view:
            start, size, table = self._header(view, magic)
        self._body = memoryview(buffer)[start : start + size]
        self._table = table
        self._crcs = None
        if sys.byteorder == "little":
            self._crcs = memoryview(table).cast("I")
        self._verified = bytearray(len(table) // 4)
        self.buffer = buffer

    def _header(self, view: memoryview, magic: bytes) -> tuple[int, int, bytes]:
        """Where the body starts, its size and its block table; Damaged if unsound."""
        where = self.where
        if bytes(view[: len(magic)]) != magic:
            raise Damaged(f"{where}: not a file of this kind")
        end = -1
        for window in (1 << 12, 1 << 20):  # a header is short: read no more than it
            end = bytes(view[len(magic) : len(magic) + window]).find(b"\n")
            if end >= 0:
                break
        if end < 0:
            raise Damaged(f"{where}: the header is cut short")
        line = bytes(view[len(magic) : len(magic) + end])
        crc, _, head = line.partition(b" ")
        try:
            if len(crc) != 8 or int(crc, 16) != zlib.crc32(head):
                raise Damaged(f"{where}: the header fails its checksum")
            header = parsed_json(head)
            self.meta = header["meta"]
            self.sections = {n: (int(a), int(b)) for n, (a, b) in header["sections"].items()}
            size = int(header["body"])
            table_crc = int(header["table"])
            self.block = int(header.get("block", OLD_BLOCK))
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise Damaged(f"{where}: the header is not readable") from err
        if self.block not in (BLOCK, OLD_BLOCK):
            raise Damaged(f"{where}: blocks of an unknown size")
        start = len(magic) + end + 1
        start += _pad(start)
        blocks = -(-size // self.block)
        table = bytes(view[start + size : start + size + 4 * blocks])
        if len(table) != 4 * blocks or zlib.crc32(table) != table_crc:
            raise Damaged(f"{where}: the block table is cut short or fails its checksum")
        if any(a < 0 or b < 0 or a + b > size for a, b in self.sections.values()):
            raise Damaged(f"{where}: a section lies outside the file")
        return start, size, table

    def _crc(self, block: int) -> int:
        if self._crcs is not None:
            return self._crcs[block]
        return int.from_bytes(self._table[4 * block : 4 * block + 4], "little")

    def verify(self, start: int, end: int) -> None:
        """Check the blocks of body bytes start…end-1 (each once); Damaged if one fails."""
        if end <= start:
            return
        verified, size = self._verified, self.block
        block, last = start // size, (end - 1) // size
        while True:
            block = verified.find(0, block, last + 1)
            if block < 0:
                return
            piece = self._body[block * size : (block + 1) * size]
            if zlib.crc32(piece) != self._crc(block):
                raise Damaged(f"{self.where}: block {block} fails its checksum")
            verified[block] = 1
            block += 1

    def verify_ranges(self, starts: list[int], ends: list[int], base: int = 0) -> None:
        """verify() of each range base+start…base+end-1: the blocks they lie in, not the
        stretch between them (ranges in ascending order are checked in the fewest calls)."""
        size = self.block
        low = high = None  # the run of blocks gathered so far
        for start, end in zip(starts, ends, strict=True):
            if end <= start:
                continue
            first, last = (base + start) // size, (base + end - 1) // size
            if low is not None and low <= first <= high + 1:
                if last > high:
                    high = last
                continue
            if low is not None:
                self.verify(low * size, (high + 1) * size)
            low, high = first, last
        if low is not None:
            self.verify(low * size, (high + 1) * size)

    def has(self, name: str) -> bool:
        return name in self.sections

    def span(self, name: str) -> tuple[int, int]:
        """Where a section lies in the body: (offset, length)."""
        try:
            return self.sections[name]
        except KeyError:
            raise Damaged(f"{self.where}: no section {name!r}") from None

    def read(self, name: str, start: int = 0, end: int | None = None) -> memoryview:
        """Bytes start…end-1 of a section, verified."""
        offset, length = self.span(name)
        end = length if end is None else min(end, length)
        if start < 0 or start > end:
            raise Damaged(f"{self.where}: a read outside section {name!r}")
        self.verify(offset + start, offset + end)
        return self._body[offset + start : offset + end]

    def body(self, name: str) -> tuple[memoryview, int]:
        """The whole body unverified and where the section starts in it, for reads of
        many small ranges: the caller verifies each range with `verify` first."""
        return self._body, self.span(name)[0]

    def close(self) -> None:
        self._body.release()
        if self._crcs is not None:
            self._crcs.release()
        if isinstance(self.buffer, mmap.mmap):
            try:  # noqa: SIM105 (a search imports no contextlib)
                self.buffer.close()
            except BufferError:  # a view is still held: freed with it
                pass


def open_mapped(path, magic: bytes) -> Mapped | None:
    """A mapped file, or None when there is none; Damaged or NotRegularFile as said."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except (FileNotFoundError, NotADirectoryError):
        return None
    try:
        st = os.fstat(fd)
        import stat

        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(path, _kind(st.st_mode))
        if st.st_size == 0:
            raise Damaged(f"{path}: empty")
        buffer = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
        # A search reads a few scattered pages: no read-ahead around each.
        try:  # noqa: SIM105 (a search imports no contextlib)
            buffer.madvise(mmap.MADV_RANDOM)
        except (AttributeError, OSError):
            pass
    finally:
        os.close(fd)
    try:
        return Mapped(buffer, magic, str(path))
    except BaseException:
        buffer.close()
        raise
