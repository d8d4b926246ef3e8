"""The reader's memory between runs: last article and sidebar tab, in the user data dir.

Kept apart from the cache, so rebuilding the cache never loses it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from ..safe_files import Damaged, read_checked, write_checked

STATE_FILE = "reader-state.json"
MAGIC = b"LCREADER-STATE\n"


@dataclass
class ReaderState:
    article: str | None = None
    sidebar_tab: str = "people"

    @classmethod
    def load(cls, folder: Path) -> ReaderState:
        try:
            checked = read_checked(folder / STATE_FILE, MAGIC)
            data = json.loads(checked[1]["state"][1]) if checked else None
        except (OSError, Damaged, ValueError, KeyError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        article = data.get("article")
        tab = data.get("sidebar_tab")
        return cls(
            article=article if isinstance(article, str) else None,
            sidebar_tab=tab if tab in ("people", "departments") else "people",
        )

    def save(self, folder: Path) -> bool:
        """Write atomically, checksummed; False when the data dir cannot be written."""
        data = json.dumps(asdict(self), ensure_ascii=False).encode("utf-8")
        try:
            write_checked(folder / STATE_FILE, MAGIC, {}, [("state", "json", data)])
            return True
        except OSError:
            return False
