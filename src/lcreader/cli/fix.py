"""`lcreader fix FILE [LINE --as OP | --remove N]`: a bulletin's structure corrections."""

from __future__ import annotations

import sys
from pathlib import Path

from ..filenames import shown, stored
from ..messages import message
from ..safe_text import clean
from .context import Context, notice
from .errors import EXIT_OK, UsageError


def bulletin_path(context: Context, name: str) -> Path:
    """FILE as given, or in the library folder; or as lcreader shows a name (`bad�FF.txt`
    for a byte that is not UTF-8, a control character left out), when one file of the
    library is shown so."""
    path = Path(name)
    if not path.is_file():
        path = context.library_dir / name
    if not path.is_file():
        path = _shown_as(context.library_dir, name) or path
    if not path.is_file():
        raise UsageError(message("explain.not_found", path=shown(name)))
    return path


def _shown_as(folder: Path, name: str) -> Path | None:
    """The one file in the folder whose name is shown as `name` (or stored so)."""
    import os

    from ..filenames import os_form

    wanted = os.path.basename(name)
    try:
        names = os.listdir(folder)
    except OSError:
        return None
    found = [n for n in names if wanted in (shown(n), stored(n)) or n == os_form(wanted)]
    return folder / found[0] if len(found) == 1 else None


def read_text(path: Path, rules=None) -> str:
    """The bulletin's text, read by the library's own rules (its links, its size cap)
    and held to its line limits, as a build reads it."""
    from ..sources import SourceError, decode, read_source, within_limits

    try:
        return within_limits(decode(read_source(path, rules).raw))
    except (SourceError, OSError) as err:
        raise UsageError(
            message("explain.not_found", path=shown(str(path))) + f"（{err}）"
        ) from err


def fix(context: Context) -> int:
    from .. import corrections_file
    from ..parse.columns import unweave
    from ..parse.corrections import Correction, normalise

    args = context.args
    path = bulletin_path(context, args.file)
    text = read_text(path, context.rules)
    if args.remove is not None:
        loaded = _loaded(path)
        if not 1 <= args.remove <= len(loaded.corrections):
            raise UsageError(message("fix.no_such", number=args.remove))
        gone = loaded.corrections[args.remove - 1]
        where = _saved(corrections_file.remove, path, gone)
        _follow_marks(context, path, text, loaded.corrections)
        _say(message("fix.removed", number=args.remove, where=shown(str(where))))
        return EXIT_OK
    if args.line is None:
        return _list(path, text)
    if args.op is None:
        raise UsageError(message("fix.needs_as"))
    # Line numbers are doctor --explain's: two columns side by side count one after the other.
    raw = unweave(text).split("\n")
    lines = args.line  # a range: one line or a run of them (`101-115`)
    if len(lines) == 1 and (not 1 <= lines[0] <= len(raw) or not raw[lines[0] - 1].strip()):
        raise UsageError(message("fix.bad_line", line=lines[0]))
    if lines[0] < 1 or lines[-1] > len(raw):
        raise UsageError(message("fix.bad_line", line=lines[0] if lines[0] < 1 else lines[-1]))
    byline = {}
    if args.op == "byline":
        if len(lines) > 1:
            raise UsageError(message("fix.one_line_byline"))
        if not (args.author or args.department):
            raise UsageError(message("fix.needs_byline"))
        # Control characters never reach the file, whatever the shell passed.
        author, department = clean(args.author or "").strip(), clean(args.department or "").strip()
        byline = {"author": author or None, "department": department or None}
    before = _loaded(path).corrections
    said = []
    # A run of lines (`101-115`): each line with words the same correction; blank ones none.
    for line in (n for n in lines if raw[n - 1].strip()):
        correction = Correction(line, normalise(raw[line - 1]), args.op, **byline)
        where = _saved(corrections_file.add, path, correction)
        said.append(message("fix.added", what=did(args.op, line), where=shown(str(where))))
    _follow_marks(context, path, text, before)
    _say("\n".join(said))
    return EXIT_OK


def op_name(op: str) -> str:
    return message(f"fix.op.{op}")


def did(op: str, line: int) -> str:
    """What a correction does, in words: `第 12 行改为标题`."""
    return message(f"fix.did.{op}", line=line)


def _loaded(path: Path):
    from .. import corrections_file

    loaded = corrections_file.load(path)
    if loaded.problem is not None:
        raise UsageError(loaded.problem)
    return loaded


def _saved(change, path: Path, correction) -> Path:
    from ..corrections_file import CorrectionsError

    try:
        return change(path, correction)
    except CorrectionsError as err:
        raise UsageError(str(err)) from err


def _list(path: Path, text: str) -> int:
    from ..parse import read_layout

    loaded = _loaded(path)
    out = [message("fix.where", path=shown(str(loaded.shown_path)))]
    if not loaded.corrections:
        out.append(message("fix.none"))
    stale = set()
    if loaded.corrections:
        stale = set(read_layout(text, loaded.corrections).corrected.stale)
    for number, correction in enumerate(loaded.corrections, start=1):
        what = op_name(correction.op)
        if correction.op == "byline":
            what += "（" + " ".join(filter(None, (correction.department, correction.author))) + "）"
        mark = message("fix.stale") if number - 1 in stale else ""
        out.append(
            f"{number:>3}  "
            + message("fix.item", line=correction.line, op=what, text=clean(correction.text[:30]))
            + mark
        )
    _say("\n".join(out))
    return EXIT_OK


def _follow_marks(context: Context, path: Path, text: str, before: list) -> None:
    """Read marks and bookmarks stay on the articles the change retitled, split or joined."""
    from .. import corrections_file, paths
    from ..corrected_marks import move_marks, moves
    from ..filenames import base_name, stem
    from ..parse import read_layout
    from ..reading import READING_FILE, Reading

    source = base_name(str(path))
    old = read_layout(text, before)
    new = read_layout(text, corrections_file.load(path).corrections)
    moved = moves(source, old, new)
    if not moved:
        return
    data = paths.data_dir(context.args.data_dir)
    reading = Reading.load(data)
    if reading.notice:  # damaged and kept aside, or unreadable: said as `bookmarks` does
        notice(reading.notice)
    where = shown(str(data / READING_FILE))
    if reading.locked_out:  # the notice said why: nothing is saved
        notice(message("fix.marks_not_moved", path=where))
        return
    titles = [draft.title for draft in new.drafts]
    move_marks(reading, moved, stem(source), titles)
    if not reading.save(data):
        notice(message("fix.marks_unsaved", path=where, reason=reading.save_error))
    elif reading.kept_aside:  # damaged since it was loaded: kept aside, nothing lost
        notice(reading.kept_aside)


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
