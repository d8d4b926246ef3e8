"""CSV for spreadsheets: people and their titles by issue (`lcreader export --format csv`).

UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly; one row per
person, issue and title (an issue naming a person with no title written gets one row
without), headers in the user's language. `articles` counts the person's articles in
that issue. The issue is named as people name it (issue_names.py: its printed date and
number, else its year and lead headline, told from any other of the same name), never
by its file's name.
"""

from __future__ import annotations

import csv
import io
from collections import Counter

from ..issue_names import issue_names
from ..model import Library
from ..safe_text import clean

BOM = "\ufeff"
# A cell starting with one of these is a formula to a spreadsheet: it gets a leading '.
_FORMULA_START = ("=", "+", "-", "@")


# The columns, in order: header (a message key), and the cell from
# (person, issue, its name, title, the person's articles in the issue).
COLUMNS = (
    ("csv.name", lambda person, issue, name, title, count: person.name),
    ("csv.year", lambda person, issue, name, title, count: str(issue.year or "")),
    ("csv.date", lambda person, issue, name, title, count: issue.date or ""),
    ("csv.number", lambda person, issue, name, title, count: issue.number or ""),
    ("csv.issue", lambda person, issue, name, title, count: name),
    ("csv.title", lambda person, issue, name, title, count: title),
    ("csv.articles", lambda person, issue, name, title, count: str(count)),
)


def _cell(value: str) -> str:
    value = clean(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def _rows(library: Library):
    """(person, issue, its name, title, articles in the issue): by year (the undated last), the
    library's order within a year, as a person's titles are."""
    from ..person_titles import titles_in_script_of

    names = issue_names(library)
    order = {
        issue.id: (issue.year is None, issue.year or 0, n) for n, issue in enumerate(library.issues)
    }
    for person in library.people:
        counts = Counter(article.rsplit("/", 1)[0] for article in person.articles)
        titles: dict[str, list[str]] = {}
        for issue_id, _, title in person.titles_by_issue:
            titles.setdefault(issue_id, []).append(title)
        for issue_id in sorted((counts.keys() | titles.keys()) & order.keys(), key=order.get):
            issue = library.issue(issue_id)
            shown = titles_in_script_of(person.name, titles.get(issue_id, []))
            for title in shown or [""]:
                yield person, issue, names.full(issue), title, counts[issue_id]


def people_csv(library: Library) -> str:
    """The whole table, BOM first, CRLF line ends (as RFC 4180 and Excel want)."""
    from ..messages import message

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([message(header) for header, _ in COLUMNS])
    for row in _rows(library):
        writer.writerow([_cell(cell(*row)) for _, cell in COLUMNS])
    return BOM + out.getvalue()
