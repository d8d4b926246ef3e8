"""`lcreader people [NAME]`, `lcreader departments [NAME]`: one view for every entity kind."""

from __future__ import annotations

import sys
from collections.abc import Callable

from ..issue_names import issue_names
from ..kinds import EntityKind
from ..messages import message
from ..model import Library
from ..safe_text import clean
from .context import Context
from .errors import EXIT_OK, UsageError


def _article_lines(library: Library, article_ids: list[str]) -> list[str]:
    """Each article under its issue's name (its printed date and number, as the reader
    names it), by its place there and its title: a file's name is shown nowhere a
    person reads (`lcreader show` takes the title; `--json` keeps the ids)."""
    names = issue_names(library)
    lines: list[str] = []
    shown_issue = None
    for article_id in article_ids:
        article = library.article(article_id)
        issue = library.issue(article.issue) if article is not None else None
        if issue is None:
            continue
        if issue.id != shown_issue:
            shown_issue = issue.id
            lines.append("  " + names.full(issue))
        number = next(k for k, a in enumerate(issue.articles, 1) if a is article)
        lines.append(f"    {message('article.number', number=number)}  {clean(article.title)}")
    return lines


def _table(context: Context, emit: Callable, headers: list[str], rows: list[list[str]]) -> None:
    """Columns by cell width, on a terminal at its width, in a pipe one row a line."""
    from .table import table_lines

    cleaned = [[clean(cell) for cell in row] for row in rows]
    lines = table_lines([clean(h) for h in headers], cleaned, context.width)
    if context.color:
        from rich.text import Text

        emit(context, [Text(lines[0], style="bold"), *(Text(line) for line in lines[1:])])
    else:
        emit(context, _shown(context, lines))


class _PlainLine:
    def __init__(self, plain: str) -> None:
        self.plain = plain


def _pick(found: set[str], wanted: str, kind: EntityKind, library) -> str:
    if not found:
        what = message(f"entity.{kind.name}")
        said = message("entity.none_named", what=what, wanted=clean(wanted), command=kind.plural)
        close = _close(wanted, kind, library)
        if close:
            said += message("did_you_mean", candidates="、".join(close))
        raise UsageError(said)
    return found.pop()


def _close(wanted: str, kind: EntityKind, library) -> list[str]:
    """The names spelt most like a name no one has, as a search's filter offers them."""
    from ..search.index import close_names
    from ..stored import article_count
    from ..textkey import fold

    entries = list(kind.entries(library))
    counts = {fold(entry.name): article_count(entry) for entry in entries}
    return close_names(wanted, [entry.name for entry in entries], 5, counts)


def entity_view(kind: EntityKind, context: Context, emit: Callable, print_json: Callable) -> int:
    """Every entry of the kind as a table, or one entry with its articles."""
    library = context.library
    wanted = context.args.name
    if wanted is None:
        return _listed(kind, context, emit, print_json, kind.entries(library))
    found = kind.matching(library, wanted)
    if len(found) > 1:
        # `people 张`: every one the name fits, listed as the whole table lists them (as
        # `search person:张` takes them all), and said so on stderr
        names = "、".join(clean(name) for name in sorted(found))
        what = message(f"entity.{kind.plural}")
        said = message("entity.several", wanted=clean(wanted), what=what, names=names)
        print(message("notice", message=said), file=sys.stderr)
        entries = [e for e in kind.entries(library) if e.name in found]
        return _listed(kind, context, emit, print_json, entries)
    entry = kind.find(library, _pick(found, wanted, kind, library))
    if context.args.json:
        data = kind.dict_form(entry)
        data["article_titles"] = {a: library.article(a).title for a in entry.articles}
        print_json(data)
        return EXIT_OK
    lines = [
        clean(entry.name),
        *(clean(line) for line in kind.facts(entry, library)),
        message("person.articles", count=len(entry.articles)),
        *_article_lines(library, entry.articles),
    ]
    emit(context, _shown(context, lines, fit=True))
    return EXIT_OK


def _listed(kind: EntityKind, context: Context, emit: Callable, print_json: Callable, entries):
    """Entries as the kind's table (or its JSON list), most mentioned first."""
    if context.args.json:
        print_json([kind.dict_form(e) for e in entries])
        return EXIT_OK
    rows = [[column.cell(e, context.library) for column in kind.columns] for e in entries]
    _table(context, emit, [message(column.header) for column in kind.columns], rows)
    return EXIT_OK


def _shown(context: Context, lines: list[str], fit: bool = False) -> list:
    """Lines as the output takes them (`fit`: set to a terminal's width by the Chinese
    rules; a table is laid out to it already), as Rich text where it styles (never
    markup), plain in a pipe."""
    from .terminal import fitted

    if fit:
        lines = fitted(lines, context.width)
    if context.color:
        from rich.text import Text

        return [Text(line) for line in lines]
    return [_PlainLine(line) for line in lines]
