"""The terminal's width as shutil.get_terminal_size gives it, without importing shutil
(with what it imports, 2 ms of every command; argparse asks for it on every option)."""

from __future__ import annotations

import os
import sys

FALLBACK_COLUMNS = 80


def terminal_width() -> int:
    """$COLUMNS when set, else the width of the terminal on stdout, else 80."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or FALLBACK_COLUMNS
    except (AttributeError, ValueError, OSError):
        return FALLBACK_COLUMNS
