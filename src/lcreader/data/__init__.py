"""The entity data shipped in the package: surnames, titles, departments."""

from __future__ import annotations

import os
from functools import cache

# The files a built cache depends on (versions.data_fingerprint): t2s.txt folds text.
FILES = ("departments.toml", "surnames.txt", "titles.txt", "t2s.txt")
_HERE = os.path.dirname(os.path.realpath(__file__))


def read_bytes(name: str) -> bytes:
    # Beside this file, not through importlib.resources: it costs more to import
    # than a whole search, and the package is never zipped.
    with open(os.path.join(_HERE, name), "rb") as handle:
        return handle.read()


def read_text(name: str) -> str:
    return read_bytes(name).decode("utf-8")


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(one-character surnames, compound surnames) from surnames.txt."""
    text = read_text("surnames.txt")
    words = [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


@cache
def title_words() -> frozenset[str]:
    """The words that end a title (书记, 副主任, 志愿者 …) from titles.txt."""
    text = read_text("titles.txt")
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )
