"""What opening a library did with each file (BuildReport), and how it says so: kept
apart from cache_entries.py, so that a search, which only reads the store, imports
neither the parser's side nor the model."""

from __future__ import annotations

from collections.abc import Callable

from .filenames import stored
from .records import dataclass  # dataclasses, without importing it (records.py)

Notify = Callable[[str], None]
# (done, total, file name; and what is being done, a message key: build.parsing, the
# default, or build.indexing when a build indexes again what the cache holds)
Progress = Callable[..., None]


@dataclass
class BuildReport:
    """What opening a library did with each file it saw, and with the cache.

    Every file seen is counted once: parsed now, reused from the cache (unchanged), or
    skipped (unusable: empty, binary, too large, a link out of the folder …, each named
    on stderr). `dropped` counts cache entries of files gone since: not files seen.
    """

    parsed: int = 0
    reused: int = 0
    skipped: int = 0
    dropped: int = 0
    saved: bool = False

    @property
    def files(self) -> int:
        return self.parsed + self.reused + self.skipped


def source_problem(stats: dict[str, tuple[str, int, int]], name: str, reason: str):
    """A file's problem (model.SourceProblem), named by its path when the folder still
    lists it."""
    from .model import SourceProblem

    return SourceProblem(stored(stats[name][0]) if name in stats else name, reason)
