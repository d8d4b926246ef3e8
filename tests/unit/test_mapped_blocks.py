"""A mapped file's reads check the blocks they touch, whatever their size: a flipped
byte in a block read is found, one in a block never read costs nothing."""

from __future__ import annotations

import json
import zlib

import pytest

from lcreader.mapped_files import BLOCK, OLD_BLOCK, Mapped, encode_mapped
from lcreader.safe_files import Damaged

MAGIC = b"TEST-MAPPED\n"


def mapped(body: bytes, flip: int | None = None) -> Mapped:
    raw = bytearray(b"".join(encode_mapped(MAGIC, {}, [("text", body)])))
    if flip is not None:
        start = raw.index(b"\n", len(MAGIC)) + 1
        start += -start % 8
        raw[start + flip] ^= 0x40
    return Mapped(bytes(raw), MAGIC)


BODY = bytes(range(256)) * (10 * BLOCK // 256)


@pytest.mark.parametrize(
    "starts, ends",
    [([0, 5 * BLOCK], [10, 5 * BLOCK + 3]), ([5 * BLOCK, 0], [5 * BLOCK + 3, 10])],
    ids=["ascending", "any order"],
)
def test_a_flip_in_a_range_read_is_found_and_between_them_is_not_read(starts, ends):
    for flip in (3, 5 * BLOCK + 1, 5 * BLOCK + BLOCK - 1):  # in the blocks the ranges touch
        with pytest.raises(Damaged):
            mapped(BODY, flip).verify_ranges(starts, ends)
    for flip in (BLOCK, 3 * BLOCK + 7, 9 * BLOCK):  # in blocks no range touches
        mapped(BODY, flip).verify_ranges(starts, ends)


def test_ranges_side_by_side_are_checked_whole():
    for flip in range(0, 4 * BLOCK, BLOCK // 2):
        with pytest.raises(Damaged):
            mapped(BODY, flip).verify_ranges(
                [0, BLOCK + 5, 2 * BLOCK], [BLOCK + 5, 2 * BLOCK, 4 * BLOCK]
            )


def test_a_file_whose_header_names_no_block_size_has_the_old_blocks():
    # As files were written before the size was said: a table of OLD_BLOCK blocks.
    body = BODY + b"\0" * (-len(BODY) % 8)
    table = b"".join(
        zlib.crc32(body[at : at + OLD_BLOCK]).to_bytes(4, "little")
        for at in range(0, len(body), OLD_BLOCK)
    )
    head = json.dumps(
        {
            "meta": {},
            "sections": {"text": [0, len(BODY)]},
            "body": len(body),
            "table": zlib.crc32(table),
        }
    ).encode("ascii")
    line = b"%08x %s\n" % (zlib.crc32(head), head)
    pad = b"\0" * (-(len(MAGIC) + len(line)) % 8)
    old = Mapped(MAGIC + line + pad + body + table, MAGIC)
    assert old.block == OLD_BLOCK
    assert bytes(old.read("text")) == BODY
