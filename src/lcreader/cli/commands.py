"""The subcommands: search, issues, show, one per entity kind, export, build, doctor."""

from __future__ import annotations

import argparse
import sys

from ..safe_text import clean
from . import EXIT_NO_HITS, EXIT_OK, UsageError
from .context import Context, use_color


def run(args: argparse.Namespace) -> int:
    context = Context(args)
    handlers = {
        "search": search,
        "issues": issues,
        "show": show,
        "export": export,
        "build": build,
        "doctor": doctor,
    }
    if args.command not in handlers:
        return _entities(args.command, context)
    return handlers[args.command](context)


def _print_json(data: object) -> None:
    from ..formats.json import write

    write(data)


def _write_utf8(text: str) -> None:
    """A file format's text as UTF-8 bytes, whatever the console's encoding."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))


def _emit(context: Context, renderables: list) -> None:
    """Styled on a terminal; plain text lines, unwrapped, anywhere else."""
    if use_color():
        for renderable in renderables:
            context.console.print(renderable)
        return
    out = []
    for renderable in renderables:
        for text in getattr(renderable, "renderables", [renderable]):
            out.append(text.plain if hasattr(text, "plain") else str(text))
    sys.stdout.write("\n".join(out) + "\n")


def search(context: Context) -> int:
    from ..search import build_query, round_trips

    args = context.args
    # Flag values are values: never written into query text and parsed again.
    query = build_query(args.query, args.person, args.dept, args.year)
    if args.open:
        if not round_trips(query):  # the reader's search bar holds the query as text
            raise UsageError('--open: a name here holds both " and ”; search without --open')
        return _open_reader(context, query.text)
    result = context.index.search(query, limit=args.limit)
    if args.json:
        from ..formats.json import search_dict

        _print_json(search_dict(result))
        return EXIT_OK if result.total else EXIT_NO_HITS
    if not result.total:
        print(f"no articles match {clean(query.text)!r}", file=sys.stderr)
        return EXIT_NO_HITS
    from ..formats.text import hit_lines, search_summary

    summary = search_summary(result.total, len(result.hits))
    if not use_color():
        lines = [line for n, hit in enumerate(result.hits, 1) for line in hit_lines(n, hit)]
        sys.stdout.write("\n".join([*lines, summary]) + "\n")
        return EXIT_OK
    from rich.text import Text

    from .render import hit_renderable

    _emit(
        context,
        [hit_renderable(n, hit) for n, hit in enumerate(result.hits, 1)]
        + [Text(summary, style="dim")],
    )
    return EXIT_OK


def reader(args: argparse.Namespace) -> int:
    """`lcreader` alone: the reader on the library."""
    return _open_reader(Context(args), None)


def _open_reader(context: Context, query: str | None) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError("the reader needs a terminal; see 'lcreader --help' for the commands")
    from .. import paths
    from ..tui import run_reader

    library, index = context.library_and_index
    run_reader(library, index, paths.data_dir(context.args.data_dir), query)
    return EXIT_OK


def issues(context: Context) -> int:
    library = context.library
    if context.args.json:
        from ..formats.json import issue_list

        _print_json(issue_list(library))
        return EXIT_OK
    from rich.text import Text

    from ..formats.text import article_entry, issue_heading

    lines = []
    for issue in library.issues:
        issue_id, rest = issue_heading(issue)
        head = Text(f"{issue_id}  ", style="bold")
        head.append(rest)
        lines.append(head)
        lines.extend(Text(article_entry(article)) for article in issue.articles)
    _emit(context, lines)
    return EXIT_OK


def show(context: Context) -> int:
    wanted = context.args.article
    library = context.library
    article = library.article(wanted)
    if article is None:
        candidates = [a.id for a in library.articles() if a.id.endswith(wanted) or wanted in a.id]
        if len(candidates) == 1:
            article = library.article(candidates[0])
        else:
            hint = f"; did you mean {', '.join(candidates[:5])}?" if candidates else ""
            raise UsageError(f"no article {wanted!r} (see 'lcreader issues'){hint}")
    issue = library.issue(article.issue)
    form = context.args.format
    if form != "text":
        from ..formats.catalog import render

        _write_utf8(render(form, "article", article, issue))
    elif not use_color():
        from ..formats.text import article_text

        sys.stdout.write(article_text(article, issue))
    else:
        from .render import article_renderable

        _emit(context, [article_renderable(article, issue)])
    return EXIT_OK


def _entities(command: str, context: Context) -> int:
    """`lcreader people`, `lcreader departments`: one command per entity kind."""
    from ..kinds import kind_named
    from .entities_view import entity_view

    return entity_view(kind_named(command), context, _emit, _print_json)


def export(context: Context) -> int:
    from ..formats.catalog import render

    _write_utf8(render(context.args.format, "library", context.library))
    return EXIT_OK


def build(context: Context) -> int:
    library, _ = context.library_and_index  # checks the snapshot too: `build` repairs both
    report = context.report
    articles = sum(len(i.articles) for i in library.issues)
    print(
        f"{len(library.issues)} issues, {articles} articles; parsed {report.parsed}, "
        f"reused {report.reused}, dropped {report.dropped}; "
        f"skipped {len(library.problems)} file(s)\ncache: {clean(str(context.cache_path))}"
    )
    return EXIT_OK


def doctor(context: Context) -> int:
    """What staff can fix in the source text, file by file; and the cache's health."""
    from ..cache import Cache, CacheUnusable
    from ..library import build_version

    cache = Cache(context.cache_path, build_version())
    try:
        entries = cache.read()
        cache_state = f"ok, {len(entries)} file(s)" if entries else "absent (will be built)"
    except CacheUnusable as err:
        cache_state = f"unusable, will be rebuilt: {err}"
    library = context.library
    files = [
        {
            "source": issue.source,
            "issue": issue.id,
            "year": issue.year,
            "articles": len(issue.articles),
            "notes": issue.notes,
        }
        for issue in library.issues
    ]
    problems = [{"source": p.path, "reason": p.reason} for p in library.problems]
    if context.args.json:
        _print_json(
            {
                "library": str(context.library_dir),
                "cache": {"path": str(context.cache_path), "state": cache_state},
                "files": files,
                "problems": problems,
            }
        )
        return EXIT_OK
    out = [
        f"library: {clean(str(context.library_dir))}",
        f"cache: {clean(str(context.cache_path))}: {clean(cache_state)}",
    ]
    for item in files:
        year = item["year"] or "year unknown"
        out.append(f"{clean(item['source'])}: {year}, {item['articles']} article(s)")
        out.extend(f"  {clean(note)}" for note in item["notes"])
    out.extend(f"{clean(p['source'])}: skipped: {clean(p['reason'])}" for p in problems)
    guesses = sum(len(item["notes"]) for item in files)
    out.append(f"{len(files)} file(s) read, {len(problems)} skipped, {guesses} guess(es) to check")
    sys.stdout.write("\n".join(out) + "\n")
    return EXIT_OK
