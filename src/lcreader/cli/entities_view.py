"""`lcreader people [NAME]` and `lcreader departments [NAME]`."""

from __future__ import annotations

from collections.abc import Callable

from ..export import person_dict
from ..model import Department, Library, Person
from ..safe_text import clean
from ..search import matching_departments, matching_people
from . import EXIT_OK, UsageError
from .context import Context, use_color


def _issues_of(library: Library, article_ids: list[str]) -> list[str]:
    return list(dict.fromkeys(a.split("/")[0] for a in article_ids))


def _article_lines(library: Library, article_ids: list[str]) -> list[str]:
    lines = []
    for article_id in article_ids:
        article = library.article(article_id)
        if article is not None:
            lines.append(f"  {clean(article.id)}  {clean(article.title)}")
    return lines


def _table(context: Context, emit: Callable, headers: list[str], rows: list[list[str]]) -> None:
    if use_color():
        from rich.table import Table
        from rich.text import Text

        table = Table(*headers, header_style="bold", box=None, pad_edge=False)
        for row in rows:
            table.add_row(*(Text(clean(cell)) for cell in row))
        context.console.print(table)
    else:
        emit(
            context,
            [_PlainLine("\t".join(headers))]
            + [_PlainLine("\t".join(clean(c) for c in row)) for row in rows],
        )


class _PlainLine:
    def __init__(self, plain: str) -> None:
        self.plain = plain


def _pick(found: set[str], wanted: str, what: str, command: str) -> str:
    if not found:
        raise UsageError(f"no {what} named {wanted!r} (see 'lcreader {command}')")
    if len(found) > 1:
        raise UsageError(f"{wanted!r} matches several {command}: {'、'.join(sorted(found))}")
    return found.pop()


def people_view(context: Context, emit: Callable, print_json: Callable) -> int:
    library = context.library
    wanted = context.args.name
    if wanted is None:
        if context.args.json:
            print_json([person_dict(p) for p in library.people])
            return EXIT_OK
        rows = [
            [
                p.name,
                "、".join(p.latest_titles),
                str(len(p.articles)),
                " ".join(_issues_of(library, p.articles)),
            ]
            for p in library.people
        ]
        _table(context, emit, ["name", "latest titles", "articles", "issues"], rows)
        return EXIT_OK
    name = _pick(matching_people(library, wanted), wanted, "person", "people")
    person = next(p for p in library.people if p.name == name)
    if context.args.json:
        data = person_dict(person)
        data["article_titles"] = {a: library.article(a).title for a in person.articles}
        print_json(data)
        return EXIT_OK
    emit(context, [_PlainLine(line) for line in _person_lines(library, person)])
    return EXIT_OK


def _person_lines(library: Library, person: Person) -> list[str]:
    lines = [clean(person.name), "titles by issue:"]
    if not person.titles_by_issue:
        lines.append("  (no title written before the name)")
    for issue, year, title in person.titles_by_issue:
        lines.append(f"  {year or '????'}  {clean(issue)}  {clean(title)}")
    lines.append(f"articles ({len(person.articles)}):")
    return lines + _article_lines(library, person.articles)


def departments_view(context: Context, emit: Callable, print_json: Callable) -> int:
    library = context.library
    wanted = context.args.name
    if wanted is None:
        if context.args.json:
            print_json([_department_dict(d) for d in library.departments])
            return EXIT_OK
        rows = [
            [d.name, d.level or "", str(len(d.articles)), "、".join(d.aliases)]
            for d in library.departments
        ]
        _table(context, emit, ["department", "level", "articles", "aliases"], rows)
        return EXIT_OK
    name = _pick(matching_departments(library, wanted), wanted, "department", "departments")
    department = next(d for d in library.departments if d.name == name)
    if context.args.json:
        print_json(_department_dict(department))
        return EXIT_OK
    lines = [
        clean(department.name),
        f"level: {department.level or 'unknown'}",
        f"aliases: {'、'.join(clean(a) for a in department.aliases) or '(none)'}",
        f"articles ({len(department.articles)}):",
        *_article_lines(library, department.articles),
    ]
    emit(context, [_PlainLine(line) for line in lines])
    return EXIT_OK


def _department_dict(department: Department) -> dict:
    return {
        "name": department.name,
        "aliases": department.aliases,
        "level": department.level,
        "articles": department.articles,
    }
