"""The structure view (结构): an article's source lines, each with its number and role,
colour-coded, the doctor's notes beside the lines they quote. Keys on a line correct
it (split, join, title …, byline); `u` undoes the corrections of this visit one by
one. Each correction is saved at once (corrections_file) and the view follows the
line under the cursor, to the article it now belongs to; the reader builds the
file again behind it (structure_actions.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ... import corrections_file
from ...corrected_marks import article_of_line
from ...fix_suggestions import quoted_line
from ...messages import message, note_text
from ...parse import Layout, parse_issue, read_layout
from ...parse.corrections import Correction, normalise
from ...richtext import find_all, wrapped
from ...safe_text import clean
from ...typeset import char_width, text_width
from .. import keymap
from ..guards import ClosesOnce
from ..layout import NOTICE_AREA
from ..textual_words import LocalizedBindings
from ..widgets.footer import ReaderFooter
from ..widgets.shown_text import label_text

ROLE_WIDTH = 10  # cells: the widest role name, 图片说明, and a space


@dataclass
class Row:
    """One source line as the view shows it."""

    number: int  # 1-based
    text: str
    role: str  # a layout role, or "furniture"
    article: int | None  # 0-based; None for furniture
    notes: list[str]


@dataclass
class Change:
    """What one correction did: the reader rebuilds and moves marks from it."""

    issue_id: str
    before: Layout
    after: Layout
    article: int  # 0-based: the article the view shows now


class StructureList(OptionList):
    """The lines, one option each, the role coloured by its component class."""

    COMPONENT_CLASSES = {f"structure-list--{role}" for role in (
        "kicker", "title", "subtitle", "paragraph", "continuation", "line", "intertitle",
        "caption", "byline", "meta", "furniture", "other", "note",
    )}  # fmt: skip

    def row_option(self, row: Row, shown: int, width: int) -> Option:
        style = self.get_component_rich_style(
            f"structure-list--{row.role}"
            if row.article in (shown, None)
            else "structure-list--other",
            partial=True,
        )
        text = Text()
        text.append(f"{row.number:>5}  ", style="dim")
        role = message(f"role.{row.role}")
        if row.article not in (shown, None):
            role = message("structure.other_article", article=row.article + 1)
        text.append(role + " " * max(1, ROLE_WIDTH - _cells(role)), style=style)
        # One screen line per source line: the view is for the structure, not reading.
        room = width - 7 - ROLE_WIDTH
        text.append(fit(label_text(without_marks(row.text)), room), style=style)
        note_style = self.get_component_rich_style("structure-list--note", partial=True)
        for note in row.notes:
            said = fit("⚠ " + clean(note), room)
            # No-break spaces: the list takes ordinary ones off the start of a line.
            text.append("\n" + "\u00a0" * (7 + ROLE_WIDTH) + said, style=note_style)
        return Option(text, id=f"line-{row.number}")


# Markdown's marks (a file saved from a Markdown editor): its syntax, no one's words. The
# role column says what the line is (标题, 图片说明 …); the line shows its words alone.
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+(?=\S)")
_MD_QUOTE = re.compile(r"^>[ \t]*(?=\S)")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"^\*(?=[^*\s])(.+?)(?<=[^*\s])\*$")


def without_marks(text: str) -> str:
    """A source line as the structure view shows it: `## 本月要闻` as 本月要闻,
    `**一本账**` as 一本账, `*摄影：周明*` as 摄影：周明, `![说明](网址)` as 说明. The line
    itself (what a correction is keyed by) is not changed."""
    shown = _MD_QUOTE.sub("", _MD_HEADING.sub("", text))
    shown = _MD_LINK.sub(r"\1", _MD_IMAGE.sub(r"\1", shown))
    shown = _MD_STRONG.sub(r"\2", shown)
    return _MD_EMPHASIS.sub(r"\1", shown) or text


def _cells(text: str) -> int:
    return text_width(text)


def fit(text: str, cells: int) -> str:
    """The text cut to `cells` columns, with … where it was cut."""
    if text_width(text) <= cells:
        return text
    used, out = 0, []
    for ch in text:
        used += char_width(ch)
        if used > cells - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


# The head's lines at most (reader.tcss: #structure-head's max-height).
HEAD_LINES = 8


def _ranges_of(text: str, word: str) -> list[tuple[int, int]]:
    """Where `word` (a file's name) stands in `text`, to keep it on one line."""
    return [(start, start + len(word)) for start in find_all(text, word)] if word else []


# Narrower than this, the view's footer names its seven keys shortly (设为段落: 段落).
SHORT_KEYS_WIDTH = 110


class StructureScreen(ClosesOnce, LocalizedBindings, Screen[None]):
    BINDINGS = keymap.STRUCTURE

    def __init__(
        self,
        path: Path,
        issue_id: str,
        article: int,
        on_change: Callable[[Change], None],
        text: str | None = None,
        follow: bool = False,
    ) -> None:
        super().__init__()
        keymap.localize(self)
        self.path = path
        self.follow = follow  # --follow: corrections linked from outside the folder too
        self.issue_id = issue_id
        self.article = article  # 0-based
        self.on_change = on_change
        self.undo_stack: list[Correction] = []
        self.text = text or ""  # the file's text, read by whoever opens the view
        self.parsed: Layout | None = None
        self.rows: list[Row] = []
        self.header_notes: list[str] = []
        self._short_keys = False  # the footer's keys named shortly (a narrow terminal)

    def compose(self) -> ComposeResult:
        with Vertical(id="structure-body"):
            yield Static(id="structure-head", markup=False)
            yield StructureList(id="structure-lines", classes=NOTICE_AREA)
        yield ReaderFooter()

    def on_mount(self) -> None:
        if not self.text:
            from ...sources import decode, read_source

            self.text = decode(read_source(self.path).raw)
        self.refresh_view(anchor=None)
        self.query_one(StructureList).focus()

    def on_resize(self) -> None:
        # Narrow (80 columns), the footer names the keys shortly, so all of them show
        # (the way out first), and leaves ^p to the help; the help says each in full.
        narrow = self.size.width < SHORT_KEYS_WIDTH
        if narrow != self._short_keys:
            self._short_keys = narrow
            keymap.localize(self, short=narrow)
            self.query_one(ReaderFooter).show_command_palette = not narrow
            self.refresh_bindings()
        if self.parsed is not None:
            row = self.current_row()
            self.refresh_view(anchor=row.number if row else None)

    # Reading the layout

    def refresh_view(self, anchor: int | None) -> None:
        """Parse again with the saved corrections; show the article holding line `anchor`
        (or this article), the cursor on that line."""
        loaded = corrections_file.load(self.path, self.follow)
        self.parsed = read_layout(self.text, loaded.corrections)
        if anchor is not None:
            found = article_of_line(self.parsed, anchor)
            if found is not None:
                self.article = found
        self.article = max(0, min(self.article, len(self.parsed.drafts) - 1))
        issue = parse_issue(self.issue_id, self.path.name, self.text, loaded.corrections)
        self.rows, self.header_notes = self._rows(issue)
        self._show_head(loaded)
        listing = self.query_one(StructureList)
        listing.clear_options()
        width = max(40, self.app.size.width - 4)  # the list's text column
        listing.add_options([listing.row_option(row, self.article, width) for row in self.rows])
        numbers = [row.number for row in self.rows]
        if anchor in numbers:
            listing.highlighted = numbers.index(anchor)
        elif numbers:
            listing.highlighted = next(
                (k for k, row in enumerate(self.rows) if row.article == self.article), 0
            )

    def _rows(self, issue) -> tuple[list[Row], list[str]]:
        layout = self.parsed
        raw = layout.text.split("\n")  # line numbers count in the text as read
        where: dict[int, tuple[str, int | None]] = {}
        for placement in layout.placements:
            number = layout.lines[placement.line].number
            article = None if placement.role == "furniture" else placement.article
            where[number] = (placement.role, article)
        for index in layout.furniture.lines:
            where[index + 1] = ("furniture", None)
        own = [n for n, (_, article) in where.items() if article == self.article]
        if not own:
            return [], []
        rows = {
            number: Row(number, raw[number - 1].strip(), *where[number], [])
            for number in range(min(own), max(own) + 1)
            if number in where
        }
        unplaced = []
        for note in issue.notes:
            if note.article != self.article + 1:
                continue
            line = quoted_line(raw, note.detail) if note.detail else None
            said = message(f"note.{note.code}", detail=note.detail)
            if line in rows:
                rows[line].notes.append(said)
            else:
                unplaced.append(said)
        unplaced += [note_text(n) for n in issue.notes if n.code.startswith("correction")]
        return list(rows.values()), unplaced

    def _show_head(self, loaded) -> None:
        draft = self.parsed.drafts[self.article] if self.parsed.drafts else None
        title = draft.title if draft else ""
        source = clean(self.path.name)
        heading = Text(
            message(
                "structure.heading",
                title=label_text(title),
                source=source,
                article=self.article + 1,
            ),
            style="bold",
        )
        named = loaded.shown_path
        beside = named.parent == self.path.parent
        if beside:
            key, where = "structure.file_beside", clean(named.name)
        elif loaded.raw is None and loaded.kept is not None:
            # (a read-only folder's bulletin, the bundled ones: kept in the user's data
            # folder under a name of its own, which `lcreader fix FILE` prints whole)
            key, where = "structure.file_data", source
        else:
            key, where = "structure.file", clean(str(named))
        saved = Text(message(key, path=where), style="dim")
        parts = [(heading, source), (saved, where)]
        if loaded.problem:
            parts.append((Text(clean(loaded.problem), style="bold"), ""))
        parts += [(Text("⚠ " + clean(note)), "") for note in self.header_notes]
        # Wrapped here, file names whole, so the lines are counted: past HEAD_LINES the
        # last line says how many more there are, rather than the head being cut.
        width = max(20, self.app.size.width - 2)  # the head's padding
        lines = [
            line
            for text, whole in parts
            for line in wrapped(text, width, keep=_ranges_of(text.plain, whole))
        ]
        if len(lines) > HEAD_LINES:
            more = len(lines) - HEAD_LINES + 1
            lines = [*lines[: HEAD_LINES - 1], Text(message("structure.more", count=more), "dim")]
        self.query_one("#structure-head", Static).update(Text("\n").join(lines))

    def current_row(self) -> Row | None:
        highlighted = self.query_one(StructureList).highlighted
        if highlighted is None or not 0 <= highlighted < len(self.rows):
            return None
        return self.rows[highlighted]

    # Correcting

    def correct(self, op: str, **byline: str | None) -> None:
        row = self.current_row()
        if row is None:
            return
        correction = Correction(row.number, normalise(row.text), op, **byline)
        before = self.parsed
        what = message(f"fix.did.{op}", line=row.number)
        saved = corrections_file.load(self.path, self.follow).corrections
        if saved and saved[-1] == correction:  # the same key twice: nothing new
            self.notify(message("structure.saved", what=what), markup=False)
            return
        try:
            corrections_file.add(self.path, correction)
            self.refresh_view(anchor=row.number)
            if len(saved) in self.parsed.corrected.stale:  # join on the first article …
                corrections_file.remove(self.path, correction)
                self.refresh_view(anchor=row.number)
                self.notify(message("structure.not_applied"), severity="warning", markup=False)
                return
        except corrections_file.CorrectionsError as err:
            self.notify(clean(str(err)), severity="error", markup=False)
            return
        self.undo_stack.append(correction)
        self.notify(message("structure.saved", what=what), markup=False)
        self.on_change(Change(self.issue_id, before, self.parsed, self.article))

    def action_split(self) -> None:
        self.correct("split")

    def action_join(self) -> None:
        self.correct("join")

    def action_set_role(self, role: str) -> None:
        self.correct(role)

    def action_edit_byline(self) -> None:
        from .byline_dialog import BylineDialog

        row = self.current_row()
        if row is None:
            return
        line = next((ln for ln in self.parsed.lines if ln.number == row.number and ln.byline), None)
        was = line.byline[0] if line is not None else None

        def done(result: tuple[str, str] | None) -> None:
            if result is not None and any(result):
                author, department = result
                self.correct("byline", author=author or None, department=department or None)

        dialog = BylineDialog(row.number, was.author if was else "", was.department if was else "")
        self.app.push_screen(dialog, done)

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notify(message("structure.nothing_to_undo"), markup=False)
            return
        correction = self.undo_stack.pop()
        before = self.parsed
        try:
            corrections_file.remove(self.path, correction)
        except corrections_file.CorrectionsError as err:
            self.notify(clean(str(err)), severity="error", markup=False)
            return
        self.refresh_view(anchor=correction.line)
        what = message(f"fix.did.{correction.op}", line=correction.line)
        self.notify(message("structure.undone", what=what), markup=False)
        self.on_change(Change(self.issue_id, before, self.parsed, self.article))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_cursor_down(self) -> None:
        self.query_one(StructureList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(StructureList).action_cursor_up()
