"""Plain text: the same lines as the styled output, for pipes, scripts and the clipboard.

`lcreader search` in a pipe never imports Rich: it costs more than the search.
"""

from __future__ import annotations

from ..messages import message
from ..safe_text import clean

# typing.TYPE_CHECKING without importing typing (a search pays for every import).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..model import Article, Issue
    from ..search import Hit


def article_text(article: Article, issue: Issue, as_written: bool = False) -> str:
    """One article as plain text: `lcreader show` in a pipe, control characters
    removed; or, `as_written`, every character kept (the reader's copy, sent encoded)."""
    from .shapes import article_blocks

    lines = []
    for block in article_blocks(article, issue):
        if block.gap:
            lines.append("")
        line = block.prefix + block.text + block.suffix
        lines.append(line if as_written else clean(line))
    return "\n".join(lines) + "\n"


def hit_measure(hit: Hit) -> str:
    """After a hit's title, for a query of filters alone: how often it names the person
    or department (what it was found for). A score is no one's reading: the order of
    the hits says it (`--json` keeps it)."""
    if hit.score is None and hit.mentions is not None:
        return "  " + message("hit.mentions", count=hit.mentions)
    return ""


def hit_where(hit: Hit, where: str) -> str:
    """The line under a hit's title: its issue and place there (`where`), its byline;
    the year alone where its issue is not known. Never the article's id (`--json`)."""
    where = where or (str(hit.year) if hit.year else message("year_unknown"))
    return " · ".join(part for part in (where, hit.byline) if part)


# The most of a title a hit shows: a title of megabytes (a file of one heading line)
# is cut, the matches within what is shown kept.
HIT_TITLE_CHARS = 200


def shown_title(title: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """The title as a hit shows it, and its matches' spans in that."""
    if len(title) <= HIT_TITLE_CHARS:
        return title, spans
    return title[:HIT_TITLE_CHARS] + "…", [(a, b) for a, b in spans if b <= HIT_TITLE_CHARS]


def hit_lines(
    rank: int, hit: Hit, through: dict[str, str] | None = None, where: str = ""
) -> list[str]:
    """A hit as plain lines: the styled rendering's text, control characters removed.
    `through`: the query's expanded forms (Query.expanded_forms), named under the hit
    when it matched one of them; `where`: its issue and place (issue_names.article_place)."""
    lines = [
        f"{rank:>2}. {clean(shown_title(hit.title, [])[0])}{hit_measure(hit)}",
        "    " + clean(hit_where(hit, where)),
    ]
    lines.extend("    " + clean(snippet.text) for snippet in hit.snippets)
    note = expansion_note(hit, through)
    if note:
        lines.append("    " + note)
    lines.append("")
    return lines


def expansion_note(hit: Hit, through: dict[str, str] | None) -> str:
    """`经同义词匹配：统一战线`: the forms of an expansion the hit matched, by how each
    was found (`也匹配同义词：…` when it matched what was typed as well, so that no reader
    takes the hit for one without the word); empty when it matched only what was typed."""
    if not through:
        return ""
    by_via: dict[str, list[str]] = {}
    typed = False
    for form in hit.forms():
        if form in through:
            by_via.setdefault(through[form], []).append(clean(form))
        else:
            typed = True
    key = "search.also_through" if typed else "search.through"
    return message("syntax.separator").join(
        message(key, via=message(f"via.{via}"), forms="、".join(forms))
        for via, forms in by_via.items()
    )


def search_summary(total: int, shown: int) -> str:
    more = message("hits_limited", shown=shown) if shown < total else ""
    return message("hits_summary", total=total) + more


def issue_heading(issue: Issue) -> tuple[str, str]:
    """An issue's line in `lcreader issues`: its id, then what follows the id."""
    from .shapes import issue_line

    when = clean(issue_line(issue))
    count = message("issue_line", year=when, count=len(issue.articles))
    return clean(issue.id), f"{clean(issue.title)}  {count}"


def article_entry(article: Article) -> str:
    """An article's line under its issue or entity: id and title."""
    return f"  {clean(article.id)}  {clean(article.title)}"
