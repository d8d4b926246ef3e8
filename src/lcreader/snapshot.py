"""The search snapshot: what a search or the reader needs, ready to load, beside the cache.

Derived from the cache and written with it: the stats of the files it was built
from, the search layout (folded match keys precomputed) and the linked people and
departments. `lcreader search` checks it against the folder and searches from it
alone, reading neither the cache nor the parser.

The file is sections after a one-line JSON header: JSON sections through orjson,
and the two long texts as UTF-16, which decodes at memory speed where JSON would
parse character by character. A reader seeks past the sections it does not need.
"""

from __future__ import annotations

from pathlib import Path

import orjson

from .store import write_atomically

SNAPSHOT_FORMAT = 1
MAGIC = b"LCREADER-SNAPSHOT\n"
TEXTS = ("text", "folded")  # layout fields stored as UTF-16 sections


class Snapshot:
    """The snapshot file of one cache."""

    def __init__(self, cache_path: Path, build_version: str) -> None:
        self.path = cache_path.with_suffix(".snapshot")
        self.build_version = build_version

    def read(
        self, stats: dict[str, tuple[int, int]] | None, parts: tuple[str, ...] = ("layout",)
    ) -> dict | None:
        """Its meta and `parts`, if built by this version from exactly these (size, mtime)
        stats (any stats when None); else None. Never raises on a bad file."""
        try:
            with self.path.open("rb") as handle:
                return self._read(handle, stats, parts)
        except (OSError, ValueError, TypeError, KeyError, UnicodeDecodeError):
            return None

    def _read(self, handle, stats, parts) -> dict | None:
        if handle.readline() != MAGIC:
            return None
        header = orjson.loads(handle.readline())
        if header.get("format") != SNAPSHOT_FORMAT:
            return None
        found: dict = {}
        for name, kind, length in header["sections"]:
            wanted = name in ("meta", *parts) or (name in TEXTS and "layout" in parts)
            if not wanted:
                handle.seek(length, 1)
                continue
            raw = handle.read(length)
            if len(raw) != length:
                return None
            if name == "meta":
                meta = orjson.loads(raw)
                if meta.get("build") != self.build_version:
                    return None
                if stats is not None and not _same_stats(meta.get("sources"), stats):
                    return None
                found["problems"] = meta.get("problems", {})
            elif kind == "utf16":
                found.setdefault("texts", {})[name] = raw.decode("utf-16-le", "surrogatepass")
            else:
                found[name] = orjson.loads(raw)
        if "layout" in found:
            found["layout"].update(found.pop("texts", {}))
        return found if all(part in found for part in parts) else None

    def write(
        self,
        stats: dict[str, tuple[int, int]],
        problems: dict[str, str],
        layout: dict,
        entities: dict,
    ) -> None:
        meta = {
            "build": self.build_version,
            "sources": {name: list(stat) for name, stat in stats.items()},
            "problems": problems,
        }
        tables = {k: v for k, v in layout.items() if k not in TEXTS}
        sections = [
            ("meta", "json", orjson.dumps(meta)),
            ("layout", "json", orjson.dumps(tables)),
            *((name, "utf16", layout[name].encode("utf-16-le", "surrogatepass")) for name in TEXTS),
            ("entities", "json", orjson.dumps(entities)),
        ]
        header = {
            "format": SNAPSHOT_FORMAT,
            "sections": [[name, kind, len(raw)] for name, kind, raw in sections],
        }
        write_atomically(
            self.path, [MAGIC, orjson.dumps(header), b"\n", *(raw for _, _, raw in sections)]
        )


def _same_stats(recorded: object, stats: dict[str, tuple[int, int]]) -> bool:
    if not isinstance(recorded, dict) or len(recorded) != len(stats):
        return False
    return all(recorded.get(name) == list(stat) for name, stat in stats.items())
