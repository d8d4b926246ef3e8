"""The reader's memory between runs: last article and sidebar tab, in the user data dir.

Kept apart from the cache, so rebuilding the cache never loses it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..filenames import stored
from ..messages import message
from ..safe_files import Damaged, move_aside, parsed_json, read_checked, write_checked
from .tabs import tab_named

STATE_FILE = "reader-state.json"
MAGIC = b"LCREADER-STATE\n"


@dataclass
class ReaderState:
    article: str | None = None
    sidebar_tab: str = "people"
    # Not saved: what the user is told about the file, and whether it may be written
    # (a file that could not be read, a folder or a FIFO, is never written over).
    notice: str = field(default="", compare=False, repr=False)
    locked_out: bool = field(default=False, compare=False, repr=False)

    @classmethod
    def load(cls, folder: Path) -> ReaderState:
        """The saved state; the defaults, with a `notice`, when the file is damaged
        (kept aside as `reader-state.json.damaged-<time>`) or cannot be read."""
        path = folder / STATE_FILE
        try:
            checked = read_checked(path, MAGIC)
            data = parsed_json(checked[1]["state"][1]) if checked else None
            if checked and not isinstance(data, dict):
                raise Damaged(STATE_FILE)
        except (Damaged, ValueError, KeyError):
            return cls._damaged(path)
        except OSError:
            return cls(locked_out=True)  # a folder, a FIFO, unreadable: left alone
        if data is None:
            return cls()
        article = data.get("article")
        tab = data.get("sidebar_tab")
        return cls(
            article=article if isinstance(article, str) else None,
            sidebar_tab=tab if tab_named(tab) is not None else "people",
        )

    @classmethod
    def _damaged(cls, path: Path) -> ReaderState:
        try:
            aside = move_aside(path)
        except OSError:
            return cls(locked_out=True)
        shown = message("state.damaged", path=stored(str(path)), kept=stored(aside.name))
        return cls(notice=shown)

    def save(self, folder: Path) -> bool:
        """Write atomically, checksummed; False when the data dir cannot be written or
        the file there could not be read."""
        if self.locked_out:
            return False
        data = json.dumps(
            {"article": self.article, "sidebar_tab": self.sidebar_tab}, ensure_ascii=False
        ).encode("utf-8")
        try:
            write_checked(folder / STATE_FILE, MAGIC, {}, [("state", "json", data)])
            return True
        except OSError:
            return False
