"""`lcreader doctor --explain FILE`: every line of one bulletin, what it became and why."""

from __future__ import annotations

import sys
from pathlib import Path

from ..messages import message
from ..safe_text import clean
from ..typeset import text_width
from .context import Context
from .errors import EXIT_OK, UsageError


def explain_file(context: Context, name: str) -> int:
    from ..parse.explain import explain
    from ..sources import SourceError, decode, read_source, within_limits

    path = Path(name)
    if not path.is_file():
        path = context.library_dir / name
    try:
        # read as a build reads it: the library's links and size cap, its line limits
        text = within_limits(decode(read_source(path, context.rules).raw))
        rows = explain(text, _corrections(path))
    except (SourceError, OSError) as err:
        raise UsageError(message("explain.not_found", path=clean(name)) + f"（{err}）") from err
    if context.args.json:
        from ..formats.json import write

        write(
            [
                {
                    "line": row.number,
                    "role": row.role,
                    "article": row.article,
                    "rule": row.rule,
                    "why": message(f"rule.{row.rule}"),
                    "text": row.text,
                    "byline": row.attached,
                }
                for row in rows
            ]
        )
        return EXIT_OK
    out = [message("explain.header", source=clean(path.name))]
    for row in rows:
        role = message(f"role.{row.role}")
        where = message("explain.article", article=row.article) if row.article else "—"
        head = f"{row.number:>5}  {_pad(role, 8)}{_pad(where, 8)}"
        out.append(f"{head}{clean(row.text)}")
        why = message(f"rule.{row.rule}")
        if row.attached:
            why += message("syntax.separator") + message("explain.attached", byline=row.attached)
        out.append(" " * 23 + clean(why))
    sys.stdout.write("\n".join(out) + "\n")
    return EXIT_OK


def _corrections(path: Path) -> list:
    """The file's corrections: the layout explained is the one the reader shows."""
    from ..corrections_file import load

    loaded = load(path)
    if loaded.problem is not None:
        sys.stderr.write(clean(loaded.problem) + "\n")
    return loaded.corrections


def _pad(text: str, cells: int) -> str:
    return text + " " * max(1, cells - text_width(text))
