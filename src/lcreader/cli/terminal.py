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


def wrapped(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` cells, cut by the Chinese rules (typeset.py),
    never inside a run of printed ASCII (`--data-dir`, `$LCREADER_DATA_DIR`, a path);
    white space runs read as one space."""
    import re

    from ..typeset import break_lines

    text = " ".join(text.split())
    keep = [m.span() for m in re.finditer(r"[!-~]+", text)]
    lines = [text[s:e].strip() for s, e in break_lines(text, max(width, 10), keep)]
    return [line for line in lines if line] or [""]


def fitted(lines: list[str], width: int | None) -> list[str]:
    """Output lines fitted to a terminal `width` (None: a pipe, left whole), each
    continuation indented two cells past its line's own indent."""
    if width is None:
        return lines
    out = []
    for line in lines:
        indent = line[: len(line) - len(line.lstrip(" "))]
        pieces = wrapped(line, width - len(indent) - 2)
        if len(pieces) > 1 and len(whole := wrapped(line, width - len(indent))) == 1:
            pieces = whole  # (white space read as one space, as wrapped reads it)
        out.append(indent + pieces[0])
        out.extend(indent + "  " + piece for piece in pieces[1:])
    return out
