"""Command line: `lcreader [--library DIR] [--cache-dir DIR] COMMAND …`.

Each command's module is imported only when it runs, so `lcreader search` never
imports the reader (Textual) and pays only for what it uses.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__

EXIT_OK, EXIT_NO_HITS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A failure the user can fix; printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors on one line."""

    def error(self, message: str):
        from ..safe_text import clean

        self.exit(EXIT_USAGE, f"lcreader: error: {clean(message)} (see '{self.prog} --help')\n")


COMMANDS = ("search", "issues", "show", "people", "departments", "export", "build", "doctor")
# Global options that take a value: skipped when looking for the command word.
_VALUED = ("--library", "--cache-dir", "--data-dir")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; with `only`, just that command's subparser (quicker to build)."""

    def wanted(name: str) -> bool:
        return only is None or name == only

    parser = _Parser(
        prog="lcreader",
        description="Read and search the 凉城新村街道 bulletin. With no command, opens the reader.",
        epilog="Exit codes: 0 success, 1 no hits (search), 2 bad usage or unusable library.",
    )
    parser.add_argument(
        "--library",
        metavar="DIR",
        help="folder of *.txt bulletins (default: $LCREADER_LIBRARY, else the bundled seeds)",
    )
    parser.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="where the parsed library is cached "
        "(default: $LCREADER_CACHE_DIR, else the user cache dir)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where the reader keeps its state "
        "(default: $LCREADER_DATA_DIR, else the user data dir)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--version", action="version", version=f"lcreader {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    if wanted("search"):
        search = commands.add_parser(
            "search", help="ranked search with highlighted snippets", description=_QUERY_HELP
        )
        search.add_argument(
            "query", nargs="+", help='words, -word, "a phrase", person:, dept:, year:'
        )
        search.add_argument("--limit", type=_positive, default=10, help="hits to show (default 10)")
        search.add_argument("--person", action="append", default=[], metavar="NAME")
        search.add_argument("--dept", action="append", default=[], metavar="NAME")
        search.add_argument("--year", action="append", default=[], metavar="YYYY")
        search.add_argument("--json", action="store_true", help="machine-readable output")
        search.add_argument("--open", action="store_true", help="open the reader on these results")
    if wanted("issues"):
        issues = commands.add_parser("issues", help="the issues with their articles")
        issues.add_argument("--json", action="store_true")
    if wanted("show"):
        show = commands.add_parser("show", help="one article laid out for reading")
        show.add_argument("article", metavar="ARTICLE_ID", help="e.g. 000_a74f4656124ffe3f/2")
    for name, what in (("people", "person"), ("departments", "department")):
        if wanted(name):
            entity = commands.add_parser(name, help=f"{name} named in the bulletin, or one {what}")
            entity.add_argument("name", nargs="?", metavar="NAME")
            entity.add_argument("--json", action="store_true")
    if wanted("export"):
        export = commands.add_parser("export", help="the whole parsed library")
        export.add_argument("--format", choices=["json"], default="json")
    if wanted("build"):
        commands.add_parser("build", help="parse again what changed, and show what was done")
    if wanted("doctor"):
        doctor = commands.add_parser(
            "doctor", help="check the library and cache; list what the parser had to guess"
        )
        doctor.add_argument("--json", action="store_true")
    return parser


def _command_word(argv: Sequence[str]) -> str | None:
    """The command a command line names, if it names one; then only its parser is built."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _VALUED:
            skip = True
        elif not token.startswith("-"):
            return token if token in COMMANDS else None
    return None


_QUERY_HELP = (
    'Words are ANDed; -word excludes; "a phrase" matches as written; person:NAME, '
    "dept:NAME and year:YYYY filter. Matching ignores full/half width, 繁/简 and case."
)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(only=_command_word(argv))
    args = parser.parse_args(argv)
    try:
        return _dispatch(parser, args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as err:  # every failure becomes one line unless --debug
        if args.debug:
            raise
        from ..library import LibraryError
        from ..safe_files import NotRegularFile
        from ..safe_text import clean
        from ..search import QueryError

        known = (UsageError, LibraryError, QueryError, NotRegularFile)
        message = str(err) if isinstance(err, known) else f"unexpected {type(err).__name__}: {err}"
        print(f"lcreader: error: {clean(message)}", file=sys.stderr)
        return EXIT_USAGE


def _dispatch(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from . import commands

    if args.command is None:
        return commands.reader(args)

    return commands.run(args)
