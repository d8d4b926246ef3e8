"""The output formats as a table: what `show --format` and `export --format` offer.

A new format is one entry here (and its writer in its module); the CLI's choices and
help come from this table. Writers are imported only when used.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module


@dataclass(frozen=True)
class Format:
    name: str  # the --format value
    help: str
    module: str  # in lcreader.formats
    article: str | None = None  # its writer of one article (article, issue) -> str
    library: str | None = None  # its writer of the library (library) -> str
    lines: str | None = None  # a writer of the library's lines, one at a time (streamed)


FORMATS = (
    Format("json", "JSON, every field", "json", "article_json", "library_json"),
    Format("md", "Markdown, for reports", "markdown", "article_markdown", "library_markdown"),
    Format(
        "csv",
        "people and their titles by issue, for a spreadsheet (UTF-8 with BOM)",
        "csv",
        library="people_csv",
    ),
    Format(
        "ndjson",
        "OpenSearch/Elasticsearch bulk format, one action and one article a line",
        "ndjson",
        library="library_ndjson",
        lines="library_lines",
    ),
    Format(
        "mapping",
        "the search engine's index mapping (cjk_bigram)",
        "ndjson",
        library="library_mapping",
    ),
)


def choices(what: str) -> list[Format]:
    """The formats that can write `what` ("article" or "library")."""
    return [f for f in FORMATS if getattr(f, what)]


def streamed(name: str):
    """The format's writer of lines, when it streams the library; else None."""
    form = next(f for f in FORMATS if f.name == name)
    if form.lines is None:
        return None
    return getattr(import_module(f"{__package__}.{form.module}"), form.lines)


def render(name: str, what: str, *args) -> str:
    """The text of `what` in format `name`."""
    form = next(f for f in FORMATS if f.name == name)
    module = import_module(f"{__package__}.{form.module}")
    return getattr(module, getattr(form, what))(*args)
