"""The subcommands: search, issues, show, one per entity kind, export, build, doctor."""

from __future__ import annotations

import sys

from ..filenames import shell_word, shown, stored
from ..messages import message, note_text
from ..safe_text import clean
from .context import Context
from .errors import EXIT_NO_HITS, EXIT_OK, UsageError

# typing.TYPE_CHECKING without importing typing; a search's arguments may come from
# quick.py, not argparse, and argparse is not imported for them.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from argparse import Namespace


def run(args: Namespace) -> int:
    context = Context(args)
    handlers = {
        "search": search,
        "issues": issues,
        "show": show,
        "export": export,
        "build": build,
        "doctor": doctor,
        "bookmarks": bookmarks,
        "compile": _compile,
        "fix": _fix,
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
    """Styled through Rich on a terminal or with --color=always; plain text otherwise.
    Lines come set to the terminal's width (or unwrapped in a pipe): Rich does not
    wrap them again."""
    if context.color:
        for renderable in renderables:
            context.console.print(renderable, soft_wrap=True)
        return
    out = []
    for renderable in renderables:
        for text in getattr(renderable, "renderables", [renderable]):
            out.append(text.plain if hasattr(text, "plain") else str(text))
    sys.stdout.write("\n".join(out) + "\n")


def search(context: Context) -> int:
    from ..search import build_query

    args = context.args
    # Flag values are values: never written into query text and parsed again.
    query = context.expanded(build_query(args.query, args.person, args.dept, args.year))
    if args.open:
        return _open_reader(context, query)  # the object, not its text parsed again
    if args.by:
        from .chart import print_chart

        return print_chart(context, query, _emit, _print_json)
    result = context.index.search(query, limit=args.limit)
    said = not result.total and _say_unknown_names(context.index, query)
    _say_partial_names(context.index, query)
    if args.json:
        from ..formats.json import search_dict

        _print_json(search_dict(result))
        return EXIT_OK if result.total else EXIT_NO_HITS
    from .. import paths
    from .last_search import remember_hits

    remember_hits(  # for `lcreader show 2`: the second of these hits (none: no last hits)
        paths.data_folder(args.data_dir),
        query.text,
        [hit.article_id for hit in result.hits],
        [hit.title for hit in result.hits],
        str(context.library_folder),
    )
    if not result.total:
        if not said:  # an unknown name is why: said once, in its own words
            print(message("no_match", query=clean(query.text)), file=sys.stderr)
        return EXIT_NO_HITS
    from ..formats.text import hit_lines, search_summary

    # stdout holds the hits alone, as ripgrep's does; how many there were is said aside.
    summary = search_summary(result.total, len(result.hits))
    through = query.expanded_forms()
    if not context.color and context.width is None:
        hits = enumerate(result.hits, 1)
        where = _entry_places(context.index)
        lines = [line for n, hit in hits for line in hit_lines(n, hit, through, where(hit))]
        sys.stdout.write("\n".join(lines) + "\n")
        print(summary, file=sys.stderr)
        return EXIT_OK

    from ..issue_names import article_place, issue_names
    from .render import styled_hit_lines

    width = context.width
    library = context.library
    names = issue_names(library)  # as the reader names them, each told from the others
    lines = []
    for n, hit in enumerate(result.hits, 1):
        article = library.article(hit.article_id)
        issue = library.issue(hit.issue_id)
        place = ""
        if article is not None and issue is not None:
            number = next((k for k, a in enumerate(issue.articles, 1) if a is article), None)
            place = article_place(names.name(issue), number, article.title)
        # On a terminal a person's name is never cut at a line's end: the article's people.
        people = article.people if article is not None and width is not None else ()
        lines += styled_hit_lines(n, hit, width, through, people, place)
    _emit(context, lines)
    print(summary, file=sys.stderr)
    return EXIT_OK


def _entry_places(index):
    """Hit → its issue and place there, from the issue's cache entry (what the hit's
    text was read from): a search in a pipe never builds the model. The issue's own
    name, not told from others of the same name (the terminal's output tells them)."""
    from ..issue_names import article_place, entry_name

    def where(hit) -> str:
        entry = index.issue_entry(hit.issue_id) if index.issue_entry is not None else None
        if entry is None:
            return ""
        ids = [a.get("id") for a in entry.get("articles", ())]
        number = ids.index(hit.article_id) + 1 if hit.article_id in ids else None
        return article_place(entry_name(entry), number, hit.title)

    return where


def _compile(context: Context) -> int:
    from .compile import compile_command

    return compile_command(context)


def _say_unknown_names(index, query) -> bool:
    """`person:不存在`: no such person is known (and the close names, if any); whether
    there was one to say."""
    unknown = index.unknown_names(query)
    for kind, wanted, close in unknown:
        text = message(f"search.no_such_{kind}", name=clean(wanted))
        if close:
            text += message("did_you_mean", candidates="、".join(close))
        else:  # (a name the parser did not read as one may still stand in the text)
            text += message("search.try_word", command=f"lcreader search {shell_word(wanted)}")
        print(message("notice", message=clean(text)), file=sys.stderr)
    return bool(unknown)


def _say_partial_names(index, query) -> None:
    """`person:张`: no one is named just that, so every name holding it was taken;
    say whose (a user who meant one of them sees the others came too)."""
    for kind, wanted, names in index.partial_names(query):
        shown = "、".join(clean(name) for name in names[:_NAMES_SHOWN])
        if len(names) > _NAMES_SHOWN:
            shown += message("search.names_more", more=len(names) - _NAMES_SHOWN)
        text = message(f"search.partial_{kind}", name=clean(wanted), count=len(names), names=shown)
        print(message("notice", message=text), file=sys.stderr)


_NAMES_SHOWN = 5


def reader(args: Namespace) -> int:
    """`lcreader` alone: the reader on the library."""
    return _open_reader(Context(args), None)


def _open_reader(context: Context, query) -> int:
    """The reader on the library; with a built Query (search --open), on its hits."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError(message("needs_terminal"))
    from .. import paths
    from ..tui import run_reader
    from ..tui.reload import LibrarySource

    library, index = context.library_and_index
    source = LibrarySource(context.library_dir, context.cache_path, context.rules)
    return run_reader(library, index, paths.data_dir(context.args.data_dir), query, source)


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
    article = library.article(wanted) or _hit_or_title(context, wanted)
    if article is None:
        # an id as lcreader lists it: control characters left out (`esc[31m/1`)
        listed = [a.id for a in library.articles() if clean(a.id) == wanted != a.id]
        article = library.article(listed[0]) if len(listed) == 1 else None
    if article is None:
        candidates = [a.id for a in library.articles() if a.id.endswith(wanted) or wanted in a.id]
        # (a file's name, `我的简报.txt`: its issue's articles, as lcreader issues lists them)
        named = [i for i in library.issues if wanted in (i.source, i.source.rsplit("/", 1)[-1])]
        if not candidates and len(named) == 1:
            candidates = [a.id for a in named[0].articles]
        if len(candidates) == 1:
            article = library.article(candidates[0])
        else:
            hint = (
                message("did_you_mean", candidates=", ".join(candidates[:5])) if candidates else ""
            )
            raise UsageError(message("no_article", wanted=clean(wanted)) + hint)
    issue = library.issue(article.issue)
    form = context.args.format
    if form != "text":
        from ..formats.catalog import render

        _write_utf8(render(form, "article", article, issue))
    elif not context.color and context.width is None:
        from ..formats.text import article_text

        sys.stdout.write(article_text(article, issue))
    else:
        from .render import styled_article_lines

        _emit(context, styled_article_lines(article, issue, context.width))
    return EXIT_OK


def _hit_or_title(context: Context, wanted: str):
    """`show 3`: the last search's third hit; `show 社区统战工作座谈会召开`: the article
    of that title (or the one title holding the words); None if neither is one."""
    library = context.library
    if wanted.isdecimal() and len(wanted) < 6:
        from .. import paths
        from .last_search import hit_number, hit_still_shown, last_hits

        data_dir = paths.data_dir(context.args.data_dir)
        article_id = hit_number(data_dir, int(wanted))
        if article_id is None:
            kept = last_hits(data_dir)
            if kept is not None and kept[1]:  # how many there were, to choose among
                query, hits = kept
                raise UsageError(
                    message("no_hit_number_of", number=wanted, query=clean(query), count=len(hits))
                )
            if kept is not None:  # a search that found nothing: never an earlier one's hit
                raise UsageError(message("no_hits_last", number=wanted, query=clean(kept[0])))
            raise UsageError(message("no_hit_number", number=wanted))
        article = library.article(article_id)
        shown = getattr(article, "title", None)
        if not hit_still_shown(data_dir, int(wanted), str(context.library_folder), shown):
            # the library searched was another, or an edit put another article at the id
            raise UsageError(message("hit_number_changed", number=wanted))
        return article
    articles = list(library.articles())
    for chosen in (
        [a for a in articles if a.title == wanted],
        [a for a in articles if wanted in a.title],
    ):
        if len(chosen) == 1:
            return chosen[0]
        if len(chosen) > 1:
            ids = ", ".join(a.id for a in chosen[:5])
            raise UsageError(message("titles_ambiguous", wanted=clean(wanted), candidates=ids))
    return None


def _entities(command: str, context: Context) -> int:
    """`lcreader people`, `lcreader departments`: one command per entity kind."""
    from ..kinds import kind_named
    from .entities_view import entity_view

    return entity_view(kind_named(command), context, _emit, _print_json)


def export(context: Context) -> int:
    from ..formats.catalog import render, streamed
    from ..messages import set_language

    if context.args.lang:  # the CSV's headers (default: LCREADER_LANG, else Chinese)
        set_language(context.args.lang)

    lines = streamed(context.args.format)
    if lines is not None:  # a library of any size: written as it is read
        sys.stdout.flush()
        for line in lines(context.library):
            sys.stdout.buffer.write(line.encode("utf-8"))
        return EXIT_OK
    _write_utf8(render(context.args.format, "library", context.library))
    return EXIT_OK


def build(context: Context) -> int:
    library, _ = context.built()  # checks every file of the store: `build` repairs them
    report = context.report
    articles = sum(len(i.articles) for i in library.issues)
    lines = [
        message(
            "build.files",
            files=report.files,
            parsed=report.parsed,
            reused=report.reused,
            skipped=report.skipped,
        ),
        *([message("build.dropped", dropped=report.dropped)] if report.dropped else []),
        message("build.library", issues=len(library.issues), articles=articles),
        message("build.cache", cache=shown(str(context.cache_path))),
    ]
    print("\n".join(lines))
    return EXIT_OK


def doctor(context: Context) -> int:
    """What staff can fix in the source text, file by file; and the cache's health."""
    explained = context.args.explain or getattr(context.args, "file", None)
    if explained is not None:
        from .explain import explain_file

        return explain_file(context, explained)
    from ..cache import CacheUnusable
    from ..library import cached_entries

    try:
        entries = cached_entries(context.cache_path)
        cache_state = (
            message("doctor.cache_ok", count=len(entries))
            if entries
            else message("doctor.cache_absent")
        )
    except CacheUnusable as err:
        cache_state = message("doctor.cache_unusable", error=err)
    library = context.library
    files = [
        {
            "source": issue.source,
            "issue": issue.id,
            "year": issue.year,
            "articles": len(issue.articles),
            "notes": [
                {
                    "code": note.code,
                    "article": note.article,
                    "detail": note.detail,
                    "message": note_text(note),
                    "fix": fix,
                }
                for note, fix in zip(issue.notes, _suggested_fixes(context, issue), strict=True)
            ],
        }
        for issue in library.issues
    ]
    problems = [{"source": p.path, "reason": p.reason} for p in library.problems]
    if context.args.json:
        _print_json(
            {
                "library": stored(str(context.library_dir)),
                "cache": {"path": stored(str(context.cache_path)), "state": cache_state},
                "files": files,
                "problems": problems,
            }
        )
        return EXIT_OK
    out = [
        message("doctor.library", path=shown(str(context.library_dir))),
        message("doctor.cache", path=shown(str(context.cache_path)), state=clean(cache_state)),
    ]
    for item in files:
        year = item["year"] or message("year_unknown")
        source = clean(item["source"])
        out.append(message("doctor.file", source=source, year=year, count=item["articles"]))
        for note in item["notes"]:
            out.append(f"  {clean(note['message'])}")
            if note["fix"]:
                out.append("    " + message("doctor.suggest", command=clean(note["fix"])))
    out.extend(
        message("doctor.skipped", source=clean(p["source"]), reason=clean(p["reason"]))
        for p in problems
    )
    guesses = sum(len(item["notes"]) for item in files)
    summary = message("doctor.summary", files=len(files), skipped=len(problems), guesses=guesses)
    out.append(summary)
    from .terminal import fitted

    sys.stdout.write("\n".join(fitted(out, context.width)) + "\n")
    return EXIT_OK


def _suggested_fixes(context: Context, issue) -> list[str | None]:
    """For each note of an issue, the `lcreader fix` command doctor suggests, or None."""
    from ..fix_suggestions import suggestible, suggestion

    found: list[str | None] = [None] * len(issue.notes)
    if not any(suggestible(note) for note in issue.notes):
        return found  # nothing suggestible: the file is not read
    try:
        from ..parse.columns import unweave
        from ..sources import decode, read_source

        # Line numbers count in the text as read (two columns one after the other).
        raw = read_source(context.library_dir / issue.source, context.rules).raw
        raw_lines = unweave(decode(raw)).split("\n")
    except Exception:  # a file gone or changed since the build: no suggestion
        return found
    from ..filenames import shell_word

    # The folders the user named, so the command pasted works where doctor looked (the
    # newcomer's pass: `--cache-dir`/`--data-dir` were left out).
    args = context.args
    named = [("--library", str(context.library_dir) if args.library else None)]
    named += [("--cache-dir", args.cache_dir), ("--data-dir", args.data_dir)]
    prefix = "".join(f"{flag} {shell_word(value)} " for flag, value in named if value)
    return [suggestion(note, raw_lines, issue.source, prefix) for note in issue.notes]


def _fix(context: Context) -> int:
    from .fix import fix

    return fix(context)


def _local_time(stamp) -> str | None:
    """A stored time as a script and a person read it (ISO 8601, local, with its offset)."""
    from datetime import datetime

    try:
        return datetime.fromtimestamp(float(stamp)).astimezone().isoformat(timespec="seconds")
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _bookmark_row(library, bookmark, article) -> dict:
    """A bookmark as `bookmarks --json` gives it: ids for scripts, its time both ways."""
    issue = library.issue(article.issue) if article else None
    return {
        "article": article.id if article else None,
        "title": article.title if article else bookmark.title,
        "year": issue.year if issue else None,
        "added": bookmark.added,  # seconds since 1970, as stored
        "added_at": _local_time(bookmark.added),
        "key": bookmark.key,
    }


def bookmarks(context: Context) -> int:
    """The articles bookmarked (收藏) in the reader, newest first."""
    from .. import paths
    from ..reading import Reading

    reading = Reading.load(paths.data_dir(context.args.data_dir))
    if reading.locked_out:  # a folder, FIFO or device in its place, or no permission
        raise UsageError(reading.notice)
    if reading.notice:  # damaged: kept aside, said once
        print(message("notice", message=clean(reading.notice)), file=sys.stderr)
    library = context.library
    found = reading.bookmarked_articles(library)
    if context.args.json:
        _print_json([_bookmark_row(library, bookmark, article) for bookmark, article in found])
        return EXIT_OK
    if not found:
        print(message("bookmarks.none"), file=sys.stderr)
        return EXIT_OK
    # Named as the reader names them (the issue's printed date and number, the article's
    # place in it), never by a file's name; `--json` keeps the ids for scripts.
    from ..issue_names import issue_names

    names = issue_names(library)
    lines = []
    for bookmark, article in found:
        issue = library.issue(article.issue) if article else None
        if issue is None:
            lines.append(f"{message('bookmarks.gone')}  {clean(bookmark.title)}")
            continue
        number = next(k for k, a in enumerate(issue.articles, 1) if a is article)
        place = f"{clean(names.full(issue))} {message('article.number', number=number)}"
        lines.append(f"{place}  {clean(article.title)}")
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK
