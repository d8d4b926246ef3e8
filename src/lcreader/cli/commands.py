"""The subcommands: search, issues, show, people, departments, export, build."""

from __future__ import annotations

import argparse
import sys

from ..safe_text import clean
from . import EXIT_NO_HITS, EXIT_OK, UsageError
from .context import Context, use_color


def run(args: argparse.Namespace) -> int:
    context = Context(args)
    handler = {
        "search": search,
        "issues": issues,
        "show": show,
        "people": people,
        "departments": departments,
        "export": export,
        "build": build,
        "doctor": doctor,
    }[args.command]
    return handler(context)


def _print_json(data: object) -> None:
    """JSON with controls and invisible characters escaped: same data, nothing a
    terminal acts on."""
    import json

    from ..safe_text import escape_json

    sys.stdout.write(escape_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")


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
        _print_json(
            {
                "query": query.text,
                "total": result.total,
                "hits": [
                    {
                        "article": hit.article_id,
                        "issue": hit.issue_id,
                        "year": hit.year,
                        "title": hit.title,
                        "score": hit.score,
                        "snippets": [s.text for s in hit.snippets],
                        "snippet_spans": [[list(span) for span in s.spans] for s in hit.snippets],
                    }
                    for hit in result.hits
                ],
            }
        )
        return EXIT_OK if result.total else EXIT_NO_HITS
    if not result.total:
        print(f"no articles match {clean(query.text)!r}", file=sys.stderr)
        return EXIT_NO_HITS
    shown = len(result.hits)
    summary = f"{result.total} article(s) match" + (
        f"; showing the first {shown} (--limit)" if shown < result.total else ""
    )
    if not use_color():
        from .plain import hit_lines

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
        _print_json(
            [
                {
                    "id": i.id,
                    "year": i.year,
                    "title": i.title,
                    "articles": [{"id": a.id, "title": a.title} for a in i.articles],
                }
                for i in library.issues
            ]
        )
        return EXIT_OK
    from rich.text import Text

    lines = []
    for issue in library.issues:
        year = str(issue.year) if issue.year else "year unknown"
        head = Text(f"{clean(issue.id)}  ", style="bold")
        head.append(f"{clean(issue.title)}  ({year}, {len(issue.articles)} articles)")
        lines.append(head)
        for article in issue.articles:
            lines.append(Text(f"  {clean(article.id)}  {clean(article.title)}"))
    _emit(context, lines)
    return EXIT_OK


def show(context: Context) -> int:
    from .render import article_renderable

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
    _emit(context, [article_renderable(article, issue)])
    return EXIT_OK


def people(context: Context) -> int:
    from .entities_view import people_view

    return people_view(context, _emit, _print_json)


def departments(context: Context) -> int:
    from .entities_view import departments_view

    return departments_view(context, _emit, _print_json)


def export(context: Context) -> int:
    from ..export import export_library

    _print_json(export_library(context.library))
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
