"""The entity data shipped in the package: surnames, titles, departments."""

from __future__ import annotations

from pathlib import Path

FILES = ("departments.toml", "surnames.txt", "titles.txt")
_HERE = Path(__file__).resolve().parent


def read_bytes(name: str) -> bytes:
    # Beside this file, not through importlib.resources: it costs more to import
    # than a whole search, and the package is never zipped.
    return (_HERE / name).read_bytes()


def read_text(name: str) -> str:
    return read_bytes(name).decode("utf-8")
