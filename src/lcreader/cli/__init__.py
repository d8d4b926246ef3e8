"""Command line: `lcreader [--library DIR] [--cache-dir DIR] COMMAND …`.

`main` reads a plain search (`lcreader search 统战 --json`) itself (quick.py) and
gives every other command line to argparse (full.py): a search then pays for neither
argparse nor the other commands' options, and says and does exactly what it would
through argparse. Each command's module is imported only when it runs, so `lcreader
search` never imports the reader (Textual). This module stays cheap to import.
"""

from __future__ import annotations

import sys

from .errors import EXIT_NO_HITS, EXIT_OK, EXIT_USAGE, UsageError

__all__ = ["EXIT_NO_HITS", "EXIT_OK", "EXIT_USAGE", "UsageError", "main"]


def main(argv=None) -> int:
    from .guarded import run_guarded, usable_streams

    usable_streams()
    argv = sys.argv[1:] if argv is None else list(argv)
    from .quick import quick_args

    args = quick_args(argv)
    if args is not None:
        return run_guarded(args)
    from .full import main as full_main

    return full_main(argv)


# The argparse side's names, imported from full.py when first asked for. Only these:
# `from . import commands` asks this module for `commands` before importing it.
_FROM_FULL = ("COMMANDS", "COLOR_CHOICES", "build_parser", "synonyms_help")


def __getattr__(name: str):
    if name not in _FROM_FULL:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from .full import COLOR_CHOICES, COMMANDS, build_parser, synonyms_help

    return {
        "COMMANDS": COMMANDS,
        "COLOR_CHOICES": COLOR_CHOICES,
        "build_parser": build_parser,
        "synonyms_help": synonyms_help,
    }[name]
