"""Command line: `lcreader [--library DIR] [--cache-dir DIR] COMMAND …`.

Each command's module is imported only when it runs, so `lcreader search` never
imports the reader (Textual) and pays only for what it uses.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from ..kinds import KINDS

EXIT_OK, EXIT_NO_HITS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A failure the user can fix; printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors on one line."""

    def error(self, message: str):
        from ..safe_text import clean

        self.exit(EXIT_USAGE, f"lcreader: error: {clean(message)} (see '{self.prog} --help')\n")


COMMANDS = ("search", "issues", "show", *(k.plural for k in KINDS), "export", "build", "doctor")
# Global options that take a value: skipped when looking for the command word.
_VALUED = ("--library", "--cache-dir", "--data-dir", "--max-file-size")
_GLOBAL_FLAGS = ("--debug", "--follow")
# `search`'s own options, and whether each takes a value: any other word starting
# with `-` is a query word (`-座谈` excludes), wherever it stands.
_SEARCH_OPTIONS = {
    "--limit": True,
    "--person": True,
    "--dept": True,
    "--year": True,
    "--json": False,
    "--open": False,
    "-h": False,
    "--help": False,
}


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
    parser.add_argument(
        "--follow",
        action="store_true",
        help="read files linked from outside the library folder (default: skip them, and say so)",
    )
    parser.add_argument(
        "--max-file-size",
        metavar="MB",
        help="skip bulletin files larger than this, in MB (default 50)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--version", action="version", version=f"lcreader {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    if wanted("search"):
        from ..search.query import QUERY_FORMS, QUERY_HELP

        search = commands.add_parser(
            "search",
            help="ranked search with highlighted snippets",
            description=QUERY_HELP,
            allow_abbrev=False,  # `--lim` is a query word, as any unknown `-word`
        )
        search.add_argument("query", nargs="+", help=QUERY_FORMS)
        search.add_argument("--limit", default="10", help="hits to show (default 10)")
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
        _format_option(show, "article", "text", "laid out for reading")
    for kind in KINDS:
        if wanted(kind.plural):
            entity = commands.add_parser(
                kind.plural, help=f"{kind.plural} named in the bulletin, or one {kind.name}"
            )
            entity.add_argument("name", nargs="?", metavar="NAME")
            entity.add_argument("--json", action="store_true")
    if wanted("export"):
        export = commands.add_parser("export", help="the whole parsed library")
        _format_option(export, "library", "json")
    if wanted("build"):
        commands.add_parser("build", help="parse again what changed, and show what was done")
    if wanted("doctor"):
        doctor = commands.add_parser(
            "doctor", help="check the library and cache; list what the parser had to guess"
        )
        doctor.add_argument("--json", action="store_true")
    return parser


def _format_option(
    command: argparse.ArgumentParser, what: str, default: str, default_help: str = ""
) -> None:
    """--format, its choices and help from the formats table."""
    from ..formats.catalog import choices

    forms = choices(what)
    own = [(default, default_help)] if default_help else []
    described = own + [(f.name, f.help) for f in forms]
    command.add_argument(
        "--format",
        choices=list(dict.fromkeys([default, *(f.name for f in forms)])),
        default=default,
        help="; ".join(f"{name}: {text}" for name, text in described) + f" (default {default})",
    )


def _command_at(argv: Sequence[str]) -> int | None:
    """Where the command word of a command line is, if it names one."""
    skip = False
    for at, token in enumerate(argv):
        if skip:
            skip = False
        elif token in _VALUED:
            skip = True
        elif not token.startswith("-"):
            return at if token in COMMANDS else None
    return None


def _search_words_apart(argv: list[str], at: int) -> list[str]:
    """`search`'s command line with its query words after `--`, where argparse takes
    no word for an option: `search 统战 -座谈 --limit 5` and `search -统战 工作` work.

    Global options written after `search` move before it, where argparse reads them.
    """
    before, options, words = argv[:at], [], []
    rest = iter(argv[at + 1 :])
    for token in rest:
        name = token.split("=", 1)[0]
        if token == "--":
            words.extend(rest)
        elif name in _SEARCH_OPTIONS or name in _VALUED or name in _GLOBAL_FLAGS:
            valued = _SEARCH_OPTIONS.get(name, name in _VALUED)
            if valued and "=" not in token:
                value = next(rest, None)
                token = token if value is None else f"{name}={value}"  # a value may start with -
            (options if name in _SEARCH_OPTIONS else before).append(token)
        else:
            words.append(token)
    return [*before, "search", *options, *(["--", *words] if words else [])]


def _checked_numbers(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """`--limit` and `--max-file-size` as numbers, or a usage error naming the option."""
    if getattr(args, "limit", None) is not None:
        limit = args.limit.strip()
        if not limit.isdigit() or int(limit) < 1:
            parser.error(f"--limit must be a positive number, not {args.limit!r}")
        args.limit = int(limit)
    if args.max_file_size is not None:
        try:
            megabytes = float(args.max_file_size)
        except ValueError:
            megabytes = 0
        if not megabytes > 0 or megabytes == float("inf"):
            parser.error(
                f"--max-file-size must be a positive number of MB, not {args.max_file_size!r}"
            )
        args.max_file_size = megabytes


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    at = _command_at(argv)
    command = argv[at] if at is not None else None
    if command == "search":
        argv = _search_words_apart(argv, at)
    parser = build_parser(only=command)
    args = parser.parse_args(argv)
    _checked_numbers(parser, args)
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
