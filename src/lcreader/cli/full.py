"""Command line: `lcreader [--library DIR] [--cache-dir DIR] COMMAND …`, through argparse.

Each command's module is imported only when it runs, so `lcreader search` never
imports the reader (Textual) and pays only for what it uses.
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Sequence

from .. import __version__
from ..kinds import KINDS
from ..messages import LANGUAGES, message
from .errors import EXIT_NO_HITS, EXIT_OK, EXIT_USAGE, UsageError
from .guarded import run_guarded
from .help_format import CellFormatter

__all__ = ["EXIT_NO_HITS", "EXIT_OK", "EXIT_USAGE", "UsageError", "main"]


# argparse words its own errors through gettext: these are put in the user's language.
_ARGPARSE_MESSAGES = {
    "unrecognized arguments: %s": "argparse.unrecognized",
    "the following arguments are required: %s": "argparse.required",
    "argument %(argument_name)s: %(message)s": "argparse.argument",
    "invalid choice: %(value)r (choose from %(choices)s)": "argparse.choice",
    "expected one argument": "argparse.one",
    "invalid %(type)s value: %(value)r": "argparse.value",
    "ambiguous option: %(option)s could match %(matches)s": "argparse.ambiguous",
}


def _argparse_text(text: str) -> str:
    key = _ARGPARSE_MESSAGES.get(text)
    return message(key) if key else text


argparse._ = _argparse_text  # argparse looks its words up in this module global


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors on one line, and help in the user's language."""

    def __init__(self, **kwargs) -> None:
        super().__init__(formatter_class=CellFormatter, add_help=False, **kwargs)
        # Each command's own parser, by name: its errors point to its own --help.
        self.commands: dict[str, argparse.ArgumentParser] = {}
        self._positionals.title = message("cli.positionals")
        self._optionals.title = message("cli.options")
        self.add_argument("-h", "--help", action="help", help=message("cli.help"))

    lazy_epilog = None  # a function giving the epilog: called only to show the help

    def format_help(self) -> str:
        if self.lazy_epilog is not None:
            self.epilog = self.lazy_epilog()
        return super().format_help()

    def error(self, message_text: str):
        from ..safe_text import clean

        text = message("cli.error", message=clean(message_text), prog=self.prog)
        self.exit(EXIT_USAGE, text + "\n")


COMMANDS = (
    "search",
    "compile",
    "issues",
    "show",
    *(k.plural for k in KINDS),
    "bookmarks",
    "export",
    "build",
    "doctor",
    "fix",
)
# Global options that take a value: skipped when looking for the command word.
_VALUED = ("--library", "--cache-dir", "--data-dir", "--max-file-size", "--color")
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
    "--by": True,
    "--exact": False,
    "--color": True,
    "-h": False,
    "--help": False,
}
# `compile` takes query words as `search` does, and these options.
_COMPILE_OPTIONS = {
    "--format": True,
    "-o": True,
    "--output": True,
    "--force": False,
    "--exact": False,
    "--bookmarks": False,
    "--issue": True,
    "--person": True,
    "--dept": True,
    "--year": True,
    "--color": True,
    "-h": False,
    "--help": False,
}
# The commands whose words are query words, wherever they stand, and their options.
_QUERY_COMMANDS = {"search": _SEARCH_OPTIONS, "compile": _COMPILE_OPTIONS}
COLOR_CHOICES = ("always", "never", "auto")


def _add_color(parser: argparse.ArgumentParser, default) -> None:
    parser.add_argument(
        "--color", choices=COLOR_CHOICES, default=default, help=message("cli.color")
    )


def _add_globals(parser, default) -> None:
    """The options of every command, before the command word (`default`: None) or after
    it (`default`: SUPPRESS, so that one not given there leaves what was given before):
    `lcreader people --data-dir X` as `lcreader --data-dir X people`."""
    flag = False if default is None else default
    parser.add_argument(
        "--library", metavar=message("metavar.dir"), default=default, help=message("cli.library")
    )
    parser.add_argument(
        "--cache-dir",
        metavar=message("metavar.dir"),
        default=default,
        help=message("cli.cache_dir"),
    )
    parser.add_argument(
        "--data-dir", metavar=message("metavar.dir"), default=default, help=message("cli.data_dir")
    )
    parser.add_argument("--follow", action="store_true", default=flag, help=message("cli.follow"))
    parser.add_argument(
        "--max-file-size",
        metavar=message("metavar.mb"),
        default=default,
        help=message("cli.max_file_size"),
    )
    parser.add_argument("--debug", action="store_true", default=flag, help=message("cli.debug"))


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; with `only`, just that command's subparser (quicker to build)."""

    def wanted(name: str) -> bool:
        return only is None or name == only

    def command(name: str, **kwargs) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=message(f"cli.{name}"), **kwargs)
        parser.commands[name] = sub
        _add_color(sub, argparse.SUPPRESS)  # after the command word too, as ripgrep takes it
        _add_globals(sub.add_argument_group(message("cli.global_options")), argparse.SUPPRESS)
        return sub

    parser = _Parser(
        prog="lcreader", description=message("cli.description"), epilog=message("cli.epilog")
    )
    _add_globals(parser, None)
    _add_color(parser, "auto")
    parser.add_argument(
        "--version",
        action="version",
        version=f"lcreader {__version__}",
        help=message("cli.version"),
    )
    commands = parser.add_subparsers(
        dest="command",
        metavar=message("metavar.command"),
        title=message("cli.commands"),
        parser_class=_Parser,
    )

    if wanted("search"):
        from ..search.query import query_forms, query_help
        from ..timeline import PERIODS

        # allow_abbrev off: `--lim` is a query word, as any unknown `-word`
        search = command("search", description=query_help(), allow_abbrev=False)
        # No word is fine when a filter flag is given (`search --person X`): the query says.
        search.add_argument(
            "query",
            nargs="*",
            metavar=message("cli.query_word"),
            help=message("cli.query", forms=query_forms()),
        )
        search.add_argument(
            "--limit", default="10", metavar=message("metavar.limit"), help=message("cli.limit")
        )
        _add_filters(search)
        search.add_argument("--json", action="store_true", help=message("cli.json"))
        search.add_argument("--open", action="store_true", help=message("cli.open"))
        search.add_argument("--by", choices=PERIODS, help=message("cli.by"))
        search.add_argument("--exact", action="store_true", help=message("cli.exact"))
        search.lazy_epilog = synonyms_help  # made only when the help is shown
    if wanted("compile"):
        _compile_command(command("compile", allow_abbrev=False))
    if wanted("issues"):
        command("issues").add_argument("--json", action="store_true", help=message("cli.json"))
    if wanted("show"):
        show = command("show")
        show.add_argument(
            "article", metavar=message("metavar.article"), help=message("cli.article_id")
        )
        _format_option(show, "article", "text", message("cli.show_text"))
    for kind in KINDS:
        if wanted(kind.plural):
            entity = command(kind.plural)
            entity.add_argument(
                "name", nargs="?", metavar=message("metavar.name"), help=message("cli.name")
            )
            entity.add_argument("--json", action="store_true", help=message("cli.json"))
    if wanted("bookmarks"):
        command("bookmarks").add_argument("--json", action="store_true", help=message("cli.json"))
    if wanted("export"):
        export = command("export")
        _format_option(export, "library", "json")
        export.add_argument("--lang", choices=LANGUAGES, help=message("cli.lang"))
    if wanted("build"):
        command("build")
    if wanted("doctor"):
        doctor = command("doctor")
        doctor.add_argument("--json", action="store_true", help=message("cli.json"))
        doctor.add_argument(
            "--explain", metavar=message("metavar.file"), help=message("cli.explain")
        )
        # `lcreader doctor FILE`, as a newcomer first types it: the same as --explain
        doctor.add_argument(
            "file", nargs="?", metavar=message("metavar.file"), help=message("cli.explain")
        )
    if wanted("fix"):
        _fix_command(command("fix"))
    return parser


def _fix_command(fix: argparse.ArgumentParser) -> None:
    from ..parse.corrections import OPERATIONS

    fix.add_argument("file", metavar=message("metavar.file"), help=message("cli.fix_file"))
    fix.add_argument(
        "line",
        metavar=message("metavar.line"),
        type=_line_run,
        nargs="?",
        help=message("cli.fix_line"),
    )
    fix.add_argument(
        "--as",
        dest="op",
        choices=OPERATIONS,
        metavar=message("metavar.op"),
        help=message("cli.fix_as"),
    )
    fix.add_argument("--author", metavar=message("metavar.name"), help=message("cli.fix_author"))
    fix.add_argument(
        "--department", metavar=message("metavar.name"), help=message("cli.fix_department")
    )
    fix.add_argument(
        "--remove", metavar=message("metavar.n"), type=int, help=message("cli.fix_remove")
    )


def _line_run(text: str) -> range:
    """`12` or `101-115`: the lines a correction is for."""
    first, dash, last = text.strip().partition("-")
    try:
        start = int(first)
        stop = int(last) if dash else start
    except ValueError:
        raise argparse.ArgumentTypeError(message("fix.bad_range", text=text)) from None
    if stop < start:
        raise argparse.ArgumentTypeError(message("fix.bad_range", text=text))
    return range(start, stop + 1)


def synonyms_help() -> str:
    from ..expansions.synonyms import synonyms_help

    return synonyms_help()


def _compile_command(compile_: argparse.ArgumentParser) -> None:
    from ..compilation import FORMATS
    from ..search.query import query_forms

    compile_.add_argument(
        "query", nargs="*", help=message("cli.compile_query", forms=query_forms())
    )
    compile_.add_argument(
        "--format", choices=list(FORMATS), default="docx", help=message("cli.compile_format")
    )
    compile_.add_argument(
        "-o", "--output", metavar=message("metavar.file"), help=message("cli.compile_output")
    )
    compile_.add_argument("--force", action="store_true", help=message("cli.compile_force"))
    compile_.add_argument("--exact", action="store_true", help=message("cli.exact"))
    compile_.add_argument("--bookmarks", action="store_true", help=message("cli.compile_bookmarks"))
    compile_.add_argument(
        "--issue", metavar=message("metavar.issue"), help=message("cli.compile_issue")
    )
    _add_filters(compile_)


def _add_filters(parser: argparse.ArgumentParser) -> None:
    """--person, --dept, --year: each may be given again (search and compile alike)."""
    for flag, metavar in (("--person", "name"), ("--dept", "name"), ("--year", "year")):
        parser.add_argument(
            flag,
            action="append",
            default=[],
            metavar=message(f"metavar.{metavar}"),
            help=message(f"cli.{flag[2:]}"),
        )


def _format_option(
    command: argparse.ArgumentParser, what: str, default: str, default_help: str = ""
) -> None:
    """--format, its choices and help from the formats table."""
    from ..formats.catalog import choices

    forms = choices(what)
    own = [(default, default_help)] if default_help else []
    described = own + [(f.name, message(f"format.{f.name}")) for f in forms]
    separator = message("syntax.separator")
    command.add_argument(
        "--format",
        choices=list(dict.fromkeys([default, *(f.name for f in forms)])),
        default=default,
        help=separator.join(f"{name}: {text}" for name, text in described)
        + message("cli.default", default=default),
    )


def _first_word(argv: Sequence[str]) -> int | None:
    """Where the first word of a command line that is no option (nor an option's
    value) stands: the command's place."""
    skip = False
    for at, token in enumerate(argv):
        if skip:
            skip = False
        elif token in _VALUED:
            skip = True
        elif not token.startswith("-"):
            return at
    return None


def _not_a_command(argv: Sequence[str]) -> str | None:
    """The word that stands where a command should and names none (`lcreader 统战`,
    `lcreader serach 统战`), or None."""
    at = _first_word(argv)
    return argv[at] if at is not None and argv[at] not in COMMANDS else None


def _said_not_a_command(parser: argparse.ArgumentParser, argv: Sequence[str], word: str) -> None:
    """A usage error that says what was likely meant: the command a slip of the keys
    spells (`serach`), else a search for the words (`lcreader search 统战`)."""
    import difflib

    from ..filenames import shell_word
    from ..safe_text import clean

    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.6)
    if close:
        hint = message("cli.meant_command", command=close[0])
    else:
        words = [w for w in argv if not w.startswith("-")]
        command = "lcreader search " + " ".join(map(shell_word, words))
        hint = message("cli.meant_search", command=command)
    parser.error(message("cli.not_a_command", word=clean(word)) + hint)


def _command_at(argv: Sequence[str]) -> int | None:
    """Where the command word of a command line is, if it names one."""
    at = _first_word(argv)
    return at if at is not None and argv[at] in COMMANDS else None


def _search_words_apart(argv: list[str], at: int) -> list[str]:
    """`search`'s (or `compile`'s) command line with its query words after `--`, where
    argparse takes no word for an option: `search 统战 -座谈 --limit 5` and `search
    -统战 工作` work.

    Global options written after the command move before it, where argparse reads them.
    """
    command = argv[at]
    own = _QUERY_COMMANDS[command]
    before, options, words = argv[:at], [], []
    rest = iter(argv[at + 1 :])
    for token in rest:
        name = token.split("=", 1)[0]
        if token == "--":
            words.extend(rest)
        elif name in own or name in _VALUED or name in _GLOBAL_FLAGS:
            valued = own.get(name, name in _VALUED)
            if valued and "=" not in token:
                value = next(rest, None)
                # A value may start with -: joined to its option, argparse takes it as one.
                joined = f"{name}={value}" if name.startswith("--") else f"{name}{value}"
                token = token if value is None else joined
            (options if name in own else before).append(token)
        elif _MISTYPED_OPTION.match(name):
            options.append(token)  # `--limt 5`, `-n 5`: argparse names it, with what was meant
        else:
            words.append(token)
    return [*before, command, *options, *(["--", *words] if words else [])]


# An option the command does not have: `--` and a word, or `-` and a Latin letter or two
# (a word left out of the search is written `-座谈`, Chinese).
_MISTYPED_OPTION = re.compile(r"^(?:--[A-Za-z][\w-]*|-[A-Za-z]{1,2})$")


def _checked_numbers(
    parser: argparse.ArgumentParser, own: argparse.ArgumentParser, args: argparse.Namespace
) -> None:
    """`--limit` and `--max-file-size` as numbers, or a usage error naming the option.

    `--limit` is the command's own option, so its error points to the command's help.
    """
    if getattr(args, "limit", None) is not None:
        limit = args.limit.strip()
        if not limit.isdigit() or int(limit) < 1:
            own.error(message("cli.bad_limit", value=repr(args.limit)))
        args.limit = int(limit)
    if args.max_file_size is not None:
        try:
            megabytes = float(args.max_file_size)
        except ValueError:
            megabytes = 0
        # nan, inf, and numbers that overflow to inf as bytes (1e308) are refused too.
        if not (megabytes > 0 and math.isfinite(megabytes * 1_000_000)):
            parser.error(message("cli.bad_max_file_size", value=repr(args.max_file_size)))
        args.max_file_size = megabytes
    for option in ("library", "cache_dir", "data_dir"):
        if getattr(args, option) == "":  # not the default: a script's empty variable
            parser.error(message("cli.empty_path", option="--" + option.replace("_", "-")))


def _meant_options(parser, extras: list[str]) -> str:
    """`（是否要找 --limit？）` for an option spelt like one the parser has, or ""."""
    import difflib

    known = [o for o in parser._option_string_actions if o.startswith("--")]
    close = [
        match
        for word in extras
        if word.startswith("-")
        for match in difflib.get_close_matches(word.split("=", 1)[0], known, n=1, cutoff=0.6)
    ]
    return message("did_you_mean", candidates="、".join(dict.fromkeys(close))) if close else ""


def main(argv: Sequence[str]) -> int:
    """The whole command line through argparse (lcreader.cli.main decides when)."""
    argv = list(argv)
    at = _command_at(argv)
    command = argv[at] if at is not None else None
    if command in _QUERY_COMMANDS:
        argv = _search_words_apart(argv, at)
    parser = build_parser(only=command)
    if at is None and (word := _not_a_command(argv)) is not None:
        _said_not_a_command(parser, argv, word)
    args, extras = parser.parse_known_args(argv)
    own = parser.commands.get(args.command, parser)
    if extras:
        # What argparse's parse_args says, but from the parser the words were given to:
        # words after the command word are the command's, and its help explains them.
        after_command = at is not None and all(w in argv[at + 1 :] for w in extras)
        where = own if after_command else parser
        said = _argparse_text("unrecognized arguments: %s") % " ".join(extras)
        where.error(said + _meant_options(where, extras))
    _checked_numbers(parser, own, args)
    return run_guarded(args)
