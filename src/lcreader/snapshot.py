"""The search snapshot: what a search or the reader needs, ready to load, beside the cache.

Derived from the cache and written with it: the stats of the files it was built
from, the search layout (folded match keys precomputed) and the linked people and
departments. `lcreader search` checks it against the folder and searches from it
alone, reading neither the cache nor the parser.

The file is a checked file (safe_files.py): JSON sections, the two long texts as
UTF-16 and the long offset tables as 64-bit integers, which load at memory speed
where JSON would parse them character by character, each with its CRC-32. A
reader verifies the sections it reads and seeks past the others.
"""

from __future__ import annotations

import json
import sys
from array import array
from pathlib import Path

from .safe_files import Damaged, NotRegularFile, read_checked, write_checked

SNAPSHOT_FORMAT = 3
MAGIC = b"LCREADER-SNAPSHOT\n"
TEXTS = ("text", "folded")  # layout fields stored as UTF-16 sections
TABLES = ("field_starts", "field_ends", "first_field", "region_starts")  # as int64 sections
BINARY = (*TEXTS, *TABLES)


class Snapshot:
    """The snapshot file of one cache."""

    def __init__(self, cache_path: Path, build_version: str) -> None:
        self.path = cache_path.with_suffix(".snapshot")
        self.build_version = build_version

    def read(
        self, stats: dict[str, tuple[int, int]] | None, parts: tuple[str, ...] = ("layout",)
    ) -> dict | None:
        """Its meta and `parts`, if built by this version from exactly these (size, mtime)
        stats (any stats when None) and every section read passes its checksum; else None:
        the snapshot is derived data, rebuilt quietly. Raises only NotRegularFile."""
        try:
            return self._read(stats, parts)
        except NotRegularFile:
            raise
        except (OSError, Damaged, ValueError, TypeError, KeyError, AttributeError):
            return None

    def _read(self, stats, parts) -> dict | None:
        def wanted(name: str) -> bool:
            return name in ("meta", *parts) or (name in BINARY and "layout" in parts)

        checked = read_checked(self.path, MAGIC, wanted)
        if checked is None:
            return None
        header, sections = checked
        if header.get("format") != SNAPSHOT_FORMAT:
            return None
        meta = json.loads(sections.pop("meta")[1])
        if meta.get("build") != self.build_version:
            return None
        if stats is not None and not _same_stats(meta.get("sources"), stats):
            return None
        found: dict = {"problems": meta.get("problems", {}), "shas": meta.get("shas", {})}
        binary: dict = {}
        for name, (kind, raw) in sections.items():
            if kind == "utf16":
                binary[name] = raw.decode("utf-16-le", "surrogatepass")
            elif kind == "int64":
                binary[name] = _ints(raw)
            elif name == "layout":
                # The standard library's parser: orjson costs more to import than
                # this section (now small) takes to parse, on a search of a small library.
                found[name] = json.loads(raw)
            else:
                import orjson

                found[name] = orjson.loads(raw)
        if "layout" in found:
            if "region_starts" in binary:
                flat, regions = binary["region_starts"], found["layout"].pop("groups")
                size = len(flat) // max(1, regions)
                binary["region_starts"] = [flat[g * size : (g + 1) * size] for g in range(regions)]
            found["layout"].update(binary)
        return found if all(part in found for part in parts) else None

    def write(
        self,
        stats: dict[str, tuple[int, int]],
        problems: dict[str, str],
        layout: dict,
        entities: dict,
        shas: dict[str, str],
    ) -> None:
        import orjson

        meta = {
            "build": self.build_version,
            "sources": {name: list(stat) for name, stat in stats.items()},
            "problems": problems,
            # What each file's bytes hashed to: a rebuild copies unchanged issues whole.
            "shas": shas,
        }
        rest = {k: v for k, v in layout.items() if k not in BINARY}
        rest["groups"] = len(layout["region_starts"])
        flat = [at for starts in layout["region_starts"] for at in starts]
        sections = [
            ("meta", "json", orjson.dumps(meta)),
            ("layout", "json", orjson.dumps(rest)),
            *((name, "utf16", layout[name].encode("utf-16-le", "surrogatepass")) for name in TEXTS),
            *((name, "int64", _int_bytes(layout[name])) for name in TABLES[:-1]),
            ("region_starts", "int64", _int_bytes(flat)),
            ("entities", "json", orjson.dumps(entities)),
        ]
        write_checked(self.path, MAGIC, {"format": SNAPSHOT_FORMAT}, sections)


def _int_bytes(values: list[int]) -> bytes:
    table = array("q", values)
    if sys.byteorder != "little":
        table.byteswap()
    return table.tobytes()


def _ints(raw: bytes) -> list[int]:
    table = array("q")
    table.frombytes(raw)
    if sys.byteorder != "little":
        table.byteswap()
    return table.tolist()


def _same_stats(recorded: object, stats: dict[str, tuple[int, int]]) -> bool:
    if not isinstance(recorded, dict) or len(recorded) != len(stats):
        return False
    return all(recorded.get(name) == list(stat) for name, stat in stats.items())
