"""CSV for spreadsheets: people and their titles by issue (`lcreader export --format csv`).

UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly; one row per
person, issue and title (a person with no title written gets one row without).
"""

from __future__ import annotations

import csv
import io

from ..model import Library
from ..safe_text import clean

BOM = "\ufeff"
# A cell starting with one of these is a formula to a spreadsheet: it gets a leading '.
_FORMULA_START = ("=", "+", "-", "@")

# The columns, in order: header, and the cell from (person, issue or None, title).
COLUMNS = (
    ("name", lambda person, issue, title: person.name),
    ("year", lambda person, issue, title: str(issue.year or "") if issue else ""),
    ("date", lambda person, issue, title: issue.date or "" if issue else ""),
    ("number", lambda person, issue, title: issue.number or "" if issue else ""),
    ("issue", lambda person, issue, title: issue.id if issue else ""),
    ("title", lambda person, issue, title: title),
    ("articles", lambda person, issue, title: str(len(person.articles))),
)


def _cell(value: str) -> str:
    value = clean(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def _rows(library: Library):
    for person in library.people:
        if not person.titles_by_issue:
            yield person, None, ""
        for issue_id, _, title in person.titles_by_issue:
            yield person, library.issue(issue_id), title


def people_csv(library: Library) -> str:
    """The whole table, BOM first, CRLF line ends (as RFC 4180 and Excel want)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([header for header, _ in COLUMNS])
    for person, issue, title in _rows(library):
        writer.writerow([_cell(cell(person, issue, title)) for _, cell in COLUMNS])
    return BOM + out.getvalue()
