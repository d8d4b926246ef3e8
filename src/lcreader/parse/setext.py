"""Headings underlined, as a text converter writes them (`odt2txt`, Markdown's setext
form): a short line over a line of `=` (a headline) or of `-` (a part's heading) about
as long as it. Read as the heading marks they are, `# ` or `## ` before the line; the
underline stays where it was, the heading's, no rule that parts the page."""

from __future__ import annotations

import re

_UNDERLINE = re.compile(r"^[ \t]*(?P<bar>={2,}|-{2,})[ \t]*$")
_MARKED = re.compile(r"^(?P<marks>#{1,2}) (?P<head>\S.*)$")
# The longest line read as an underlined heading, and how much longer or shorter than it
# its underline may run (a converter counts characters, or columns, two to a Chinese one).
_MAX_HEADING = 40
_SHORTEST, _LONGEST = 0.5, 2.3
_SLACK = 2


def _underlined(head: str, bar: str) -> bool:
    """Whether a bar of `=` or `-` is as long as the heading over it."""
    return (
        0 < len(head) <= _MAX_HEADING
        and head[:1] not in "#=-"
        and _SHORTEST * len(head) - _SLACK <= len(bar) <= _LONGEST * len(head) + _SLACK
    )


def setext_marked(text: str) -> str:
    """The text with each underlined heading marked as Markdown marks one."""
    if "==" not in text and "--" not in text:
        return text
    lines = text.split("\n")
    for k in range(1, len(lines)):
        underline = _UNDERLINE.match(lines[k])
        if underline is None or not _underlined(lines[k - 1].strip(), underline["bar"]):
            continue
        if k >= 2 and lines[k - 2].strip():
            continue  # (a heading stands apart over its underline; a paragraph's last line)
        lines[k - 1] = ("# " if underline["bar"][0] == "=" else "## ") + lines[k - 1].strip()
    return "\n".join(lines)


def underlines(lines: list[str]) -> set[int]:
    """The lines (indexes) that underline a heading setext_marked marked."""
    found = set()
    for k in range(1, len(lines)):
        underline = _UNDERLINE.match(lines[k])
        marked = underline and _MARKED.match(lines[k - 1])
        if not marked:
            continue
        level = 1 if underline["bar"][0] == "=" else 2
        if len(marked["marks"]) == level and _underlined(marked["head"], underline["bar"]):
            found.add(k)
    return found
