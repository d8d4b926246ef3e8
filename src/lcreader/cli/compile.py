"""`lcreader compile QUERY --format docx -o 统战2023.docx`: the matching articles (or
the bookmarks, or an issue) in one document for a report."""

from __future__ import annotations

import sys
from pathlib import Path

from ..messages import message, system_error
from ..safe_text import clean
from .context import Context
from .errors import EXIT_NO_HITS, EXIT_OK, UsageError


def compile_command(context: Context) -> int:
    from ..compilation import Compilation, in_issue_order, matching_ids, render

    args = context.args
    library, index = context.library_and_index
    query = None
    if args.query or args.person or args.dept or args.year:
        from ..search import build_query

        query = context.expanded(build_query(args.query, args.person, args.dept, args.year))
    if query is None and not args.bookmarks and args.issue is None:
        raise UsageError(message("compile.nothing"))
    headings, chosen = [], None
    if args.bookmarks:
        from .. import paths
        from ..reading import Reading

        reading = Reading.load(paths.data_dir(args.data_dir))
        chosen = [a.id for _, a in reading.bookmarked_articles(library) if a is not None]
        headings.append(message("compile.bookmarks"))
    if args.issue is not None:
        issue = _issue(library, args.issue)
        ids = [a.id for a in issue.articles]
        chosen = ids if chosen is None else [i for i in chosen if i in set(ids)]
        headings.append(issue.title)
    if query is not None:
        found = set(matching_ids(index, query))
        chosen = list(found) if chosen is None else [i for i in chosen if i in found]
        headings.append(query.text)
    compilation = Compilation(" · ".join(headings), in_issue_order(library, chosen))
    if not compilation.articles:
        print(message("compile.none"), file=sys.stderr)
        return EXIT_NO_HITS
    if args.output is None and args.format == "docx" and sys.stdout.isatty():
        raise UsageError(message("compile.needs_output"))
    data = render(compilation, args.format)
    if args.output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        return EXIT_OK
    _write(Path(args.output), data, args.force)
    from ..filenames import shown as shown_name

    # (a byte that is not UTF-8 shown as �FF, as every name is, never left out)
    shown = shown_name(str(args.output))
    print(message("compile.written", path=shown, count=len(compilation.articles)), file=sys.stderr)
    return EXIT_OK


def _write(path: Path, data: bytes, force: bool) -> None:
    from ..compilation.output import write_new

    try:
        write_new(path, data, force)
    except FileExistsError:
        raise UsageError(message("compile.exists", path=clean(str(path)))) from None
    except FileNotFoundError:
        raise UsageError(message("compile.no_folder", path=clean(str(path.parent)))) from None
    except IsADirectoryError:
        raise UsageError(message("compile.exists", path=clean(str(path)))) from None
    except OSError as err:  # no permission, a read-only or full disk: in the user's words
        raise UsageError(
            message("compile.cannot_write", path=clean(str(path)), error=system_error(err))
        ) from None


def _issue(library, wanted: str):
    """The issue named by its id, or by the one id containing `wanted`."""
    issue = library.issue(wanted)
    if issue is not None:
        return issue
    found = [i for i in library.issues if wanted and wanted in i.id]
    if len(found) == 1:
        return found[0]
    hint = message("did_you_mean", candidates=", ".join(i.id for i in found[:5])) if found else ""
    raise UsageError(message("compile.no_issue", wanted=repr(clean(wanted))) + hint)
