"""The reader (Textual). Imported only by `lcreader` with no command, or `--open`."""

from __future__ import annotations

from .app import ReaderApp, run_reader

__all__ = ["ReaderApp", "run_reader"]
