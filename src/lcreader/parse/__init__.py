"""Parse: one issue's text into the Issue/Article model."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import data
from ..model import Article, Byline, Issue, Mention, Note
from ..textkey import fold
from ..versions import PARSER_VERSION
from .assemble import assemble
from .box_tables import unboxed
from .cells import join_cell_lines
from .columns import unweave
from .corrections import Correction, Corrector, Outcome, wanted_lines
from .draft import Draft
from .excerpts import unwrap_excerpts
from .flattened import unflattened
from .frames import split_named_items
from .furniture import Furniture
from .html_text import unescape_html
from .layout import Placement, replay
from .lines import Line, split_lines
from .mail_quotes import unquote
from .markup import unmarked
from .merged import split_merged_lines
from .ocr_spaces import ocr_spaced, stray_spaces_out
from .scripts import unscript
from .setext import setext_marked
from .sheets import unsheet
from .suspicions import article_suspicions, kicker_suspicion, repeated_lines, titles_again
from .typesetting import untypeset
from .words import is_name
from .wraps import join_cut_jumps, join_number_runs, join_vertical_words, split_jump_heads
from .year import infer_year, year_in_name

__all__ = ["PARSER_VERSION", "Layout", "parse_issue", "read_layout"]


@dataclass
class Layout:
    """An issue as the parser read it: lines, furniture, placements, and the drafts built."""

    lines: list[Line]
    furniture: Furniture
    placements: list[Placement]
    drafts: list[Draft]
    # Lines the placements made furniture (a section head …), by index into `lines`.
    placed_furniture: list[int]
    # What the user's corrections did (None: there were none).
    corrected: Outcome | None = None
    # The source's lines, when corrections made lines furniture: a byline line made
    # furniture is kept whole, as written.
    written: list[str] | None = None
    # The text the lines were read from: the source's, with two columns side by side
    # read one after the other (columns.py). Line numbers count in it.
    text: str = ""

    def furniture_lines(self) -> list[str]:
        """Every furniture line as written, in the order of the source."""
        # (a heading's underline is the heading's mark, as `#` is: no furniture shown)
        rules = self.furniture.rules
        found = {k: text for k, text in self.furniture.lines.items()
                 if rules.get(k) not in _MARKUP_RULES}  # fmt: skip
        for k in self.placed_furniture:
            number = self.lines[k].number
            text = self.written[number - 1].strip() if self.written else self.lines[k].text
            found[number - 1] = text
        return [found[k] for k in sorted(found)]


# Furniture that is markup, no line of the page: a heading's underline, a comment.
_MARKUP_RULES = frozenset({"furniture.underline", "furniture.comment"})


# Zero-width characters at a line's ends (a web page's U+200B after each post) show
# nothing and part nothing: they are no more text than the spaces beside them.
# (a run taken whole from its first character only: from each character inside it the
# run was taken to its end and given back, 80,000 in a line took 54 s)
# (and Word's end of a table's cell, U+0007, that its `Content.Text` writes after the
# cell's paragraph mark: at the start of the line it leaves)
_EDGE_INVISIBLES = re.compile(
    r"(?<![\u200b\u2060\ufeff\x07])[\u200b\u2060\ufeff\x07]++(?=[ \t\u3000]*$)"
    r"|^[\u200b\u2060\ufeff\x07]+",
    re.M,
)


def read_layout(text: str, corrections: list[Correction] | None = None) -> Layout:
    """The issue's lines, its furniture and where every line went (the layout), after
    the user's corrections when there are any."""
    text = unflattened(untypeset(text))
    text = split_named_items(unwrap_excerpts(unquote(unmarked(setext_marked(text)))))
    gaps_lost = ocr_spaced(text)
    text = split_merged_lines(unescape_html(stray_spaces_out(text) if gaps_lost else text))
    text = split_jump_heads(join_cut_jumps(unboxed(text)))
    text = join_cell_lines(join_number_runs(join_vertical_words(text)))
    text = unscript(unsheet(unweave(text)))
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text or "\x07" in text:
        text = _EDGE_INVISIBLES.sub("", text)
    if not corrections:
        lines, furniture = split_lines(text, gaps_lost=gaps_lost)
        built = assemble(lines)
        return Layout(lines, furniture, built.placements, built.drafts, built.furniture, text=text)
    raw_lines = text.split("\n")
    lines, furniture = split_lines(text, wanted_lines(raw_lines, corrections), gaps_lost)
    corrector = Corrector(lines, assemble(lines).placements, raw_lines)
    outcome = corrector.apply_all(corrections)
    built = replay(lines, corrector.placements)
    return Layout(
        lines,
        furniture,
        built.placements,
        built.drafts,
        built.furniture,
        outcome,
        raw_lines,
        text,
    )


# The most of a title a note names, and the pairs a cut must not open without closing.
NOTE_TITLE_CHARS = 16
_PAIRS = {"“": "”", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》", "‘": "’"}


def short_title(title: str, limit: int = NOTE_TITLE_CHARS) -> str:
    """A title cut to `limit` characters and `…`, never right after an opening quote or
    bracket left open (`…增加就业“砝` reads `…增加就业…`)."""
    if len(title) <= limit:
        return title
    kept = title[:limit]
    for opening, closing in _PAIRS.items():
        at = kept.rfind(opening)
        if at >= 0 and closing not in kept[at:]:
            kept = kept[:at]
    return kept.rstrip() + "…"


def parse_issue(
    issue_id: str,
    source: str,
    text: str,
    corrections: list[Correction] | None = None,
    corrections_problem: str | None = None,
) -> Issue:
    """One issue, after the user's corrections (`corrections_problem`: why the file of
    them could not be read, for doctor and the reader)."""
    layout = read_layout(text, corrections)
    furniture, drafts = layout.furniture, layout.drafts
    articles: list[Article] = []
    notes: list[Note] = []
    again = titles_again(drafts)
    for number, draft in enumerate(drafts, start=1):
        draft.notes.extend(article_suspicions(draft))
        kicker = kicker_suspicion(drafts[number - 2] if number > 1 else None, draft)
        if kicker:
            draft.notes.append(kicker)
        if number in again:
            draft.notes.append(again[number])
        article_id = f"{issue_id}/{number}"
        articles.append(
            Article(
                id=article_id,
                issue=issue_id,
                title=draft.title,
                kicker=draft.kicker,
                subtitle=draft.subtitle,
                paragraphs=draft.paragraphs,
                captions=draft.captions,
                bylines=_once(draft.bylines),
                byline_text=" ".join(draft.byline_texts) or None,
                title_inferred=draft.title_inferred,
                intertitles=draft.intertitles,
                meta=draft.meta,
            )
        )
        title = short_title(draft.title)
        notes.extend(Note(code, detail, number, title) for code, detail in draft.notes)
    placed = {layout.lines[k].number - 1 for k in layout.placed_furniture}
    notes.extend(repeated_lines(layout.text.split("\n"), set(furniture.lines) | placed))
    headlines = [a.title for a in articles if not a.title_inferred]
    year = int(furniture.date[:4]) if furniture.date else furniture.year
    year = year or infer_year(layout.text, headlines)
    if year is None and (year := year_in_name(source)) is not None:
        notes.append(Note("year_from_name", str(year)))  # a guess: doctor says whence
    if year is None:
        notes.append(Note("year_unknown"))
    if corrections_problem is not None:
        notes.append(Note("corrections_malformed", corrections_problem))
    if layout.corrected is not None:
        for index in layout.corrected.stale:
            stale = corrections[index]
            notes.append(Note("correction_stale", stale.text[:30]))
    title = headlines[0] if headlines else (articles[0].title if articles else issue_id)
    return Issue(
        id=issue_id,
        source=source,
        title=title,
        year=year,
        articles=articles,
        notes=notes,
        date=furniture.date,
        number=furniture.number,
        pages=furniture.pages,
        furniture=layout.furniture_lines(),
        mentions=_furniture_people(furniture),
    )


def _once(bylines: list[Byline]) -> list[Byline]:
    """Each credit once: one given twice (an export's author field and the credit in
    its text) is one, and a name alone is the same person as that name with a unit."""
    full = {(b.author, b.role) for b in bylines if b.author and b.department}
    kept: dict[tuple, Byline] = {}
    for b in bylines:
        alone = b.author and not b.department
        if alone and (b.author, b.role) in full:
            continue
        kept.setdefault((b.department, b.author, b.role), b)
    return list(kept.values())


def _furniture_people(furniture: Furniture) -> list[Mention]:
    """The people a masthead or a page's editor line names, each once, with its labels."""
    single, double = data.surnames()
    found: dict[str, list[str]] = {}
    for name, label in furniture.people:
        known = fold(name[:2]) in double or fold(name[:1]) in single
        if is_name(name) and known:
            labels = found.setdefault(name, [])
            if label not in labels:
                labels.append(label)
    return [Mention(name, tuple(labels), role="editor") for name, labels in found.items()]
