"""The reader's memory between runs: last article and sidebar tab, in the user data dir.

Kept apart from the cache, so rebuilding the cache never loses it.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from .tabs import tab_named

STATE_FILE = "reader-state.json"


@dataclass
class ReaderState:
    article: str | None = None
    sidebar_tab: str = "people"

    @classmethod
    def load(cls, folder: Path) -> ReaderState:
        try:
            data = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        article = data.get("article")
        tab = data.get("sidebar_tab")
        return cls(
            article=article if isinstance(article, str) else None,
            sidebar_tab=tab if tab_named(tab) is not None else "people",
        )

    def save(self, folder: Path) -> bool:
        """Write atomically; False when the data dir cannot be written."""
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{STATE_FILE}.", dir=folder)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(self), handle, ensure_ascii=False)
            os.replace(tmp, folder / STATE_FILE)
            return True
        except OSError:
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(tmp)
            return False
