"""Where every line went: the parser's decisions as a list, and the articles built from it.

The parser decides, line by line, what each line is (its role) and which article it
belongs to, and says which rule decided. Those decisions are the layout: a list of
`Placement`s in the order they were made. The articles are built from the layout
alone, by `Builder`, so the same layout always gives the same articles: `lcreader
doctor --explain` prints it, and a user's corrections edit it before it is built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .draft import Draft
from .habits import roll_cells
from .lines import COLUMN_WORDS, END_NOTE_LABEL, JUMP_IN, JUMP_OUT, Line, photo_credits
from .text import HAN, HAN_CHAR, HEADLINE_MARK, is_terminated, join_pieces, quote_tail

# What a line can be. A paragraph line starts a paragraph; a continuation line goes on
# with the paragraph before it (a sentence cut by a line, column or page break); a
# `line` is a paragraph that is one printed line and stays one (a line of verse, a row
# of a table, a list item, a line no rule could place).
ROLES = (
    "kicker",
    "title",
    "subtitle",
    "paragraph",
    "continuation",
    "line",
    "intertitle",
    "caption",
    "byline",
    "meta",
    "furniture",
)
# The label of a jump headline: the title again (or a short form) over an article's rest.
JUMP_TITLE = "续题"
# The rule of a caption found in a headline block, above the body.
HEADLINE_CAPTION = "caption.headline_block"
# The rule of a row of an honour roll's entries (`王建国（枣阳路居民区）　　李秀英（…）`).
ROLL_ROW = "line.roll"
# Lines kept as their own by what they are: a poem's, a table's row, a roll's entry.
_OWN_LINES = frozenset((ROLL_ROW, "line.verse", "line.row"))
# A pull quote (insets.py): kept as the article's metadata, under this label.
PULL_QUOTE = "meta.pull_quote"
PULL_QUOTE_LABEL = "引语"
# The rule of a photographer's credit printed under its caption, in the text.
PHOTO_CREDIT = "byline.photo_credit"
# The rule of a credit line that closes its article (`X 摄`, `文/X`).
CREDIT = "byline.credit"
# The rule of a photo item's text (图片新闻): one caption, however many lines.
PHOTO_ITEM = "caption.photo_item"
# Roles a user may give a line from the reader or `lcreader fix`.
SETTABLE_ROLES = ("title", "kicker", "subtitle", "paragraph", "caption", "furniture")


def caption_evidence(line: Line) -> str | None:
    """The rule by which a short line is a photo caption, if anything says it is one:
    its form (`图为…`, `… 张三 摄`), a position mark (`(左三)`), or a picture's place
    (a wide gap, two blank lines or more, beside it). None: it stays text."""
    if line.caption:
        return "caption.form"
    if line.position_marked:
        return "caption.position"
    if (line.gap_before >= 2 or line.gap_after >= 2) and not _spaced_heading(line):
        return "caption.wide_gap"
    return None


def _spaced_heading(line: Line) -> bool:
    """Set in from the margin, no sentence ended in it, two blank lines over it: a
    heading as a browser's text sets each (`  杉湖老街…模样`), no picture's gap."""
    return line.depth > 0 and line.gap_before >= 2 and not _SENTENCE_END.search(line.text)


_SENTENCE_END = re.compile(r"[。！？!?]")


@dataclass(slots=True)
class Placement:
    """One decision: line `line` (its index in the issue's lines) is a `role` of article
    `article` (0-based, in reading order), by `rule`; `note` is what doctor should say."""

    line: int
    role: str
    article: int
    rule: str
    note: tuple[str, str] | None = None


# A column's tag in square brackets before a title on its line, or around a whole title.
_TAGGED_TITLE = re.compile(
    r"^【(?P<tag>[^【】]{1,12})】(?P<rest>[^【】]*[^【】\s。；;，,、])$"
    # `党员先锋岗｜一位前台主管的“楼宇台账”`: a column's name before a bar (a word of two
    # characters there, `招募｜…`, `通知｜…`, says what kind of post it is: the title's;
    # but a page's name for its columns, `文苑｜九九话重阳`)
    rf"|^(?P<column>[{HAN}·]{{3,8}}|{'|'.join(COLUMN_WORDS)})\s*[|｜]\s*"
    r"(?P<after>[^|｜]*[^|｜\s。；;，,、])$"
)
_WHOLE_TAG = re.compile(r"^【(?P<tag>[^【】]{1,40})】$")
_LATIN_ONLY = re.compile(r"^[A-Za-z0-9 '’&.,:\-–—!?()]+$")


class Builder:
    """Articles built from placements, in the order they are made."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.drafts: list[Draft] = []
        self.placements: list[Placement] = []
        # Lines placed as the furniture (a section head over a headline …).
        self.furniture: list[int] = []
        self._applied: Placement | None = None  # the decision applied last
        # Blank lines part the paragraphs of hard-wrapped text (an OCR engine's habit):
        # a line with none over it goes on with the paragraph, whatever ended the line
        # above it.
        self.blank_parted = False
        # Each story's headline printed after its text (the file's first story so): an
        # untitled text's headline is the block under it, whole.
        self.heads_after = False

    def new_article(self) -> int:
        self.drafts.append(Draft())
        return len(self.drafts) - 1

    def place(
        self,
        k: int,
        role: str,
        article: int,
        rule: str,
        note: tuple[str, str] | None = None,
    ) -> None:
        """Line k is a `role` of the article: record the decision and apply it."""
        placement = Placement(k, role, article, rule, note)
        self.placements.append(placement)
        self.apply(placement)

    def apply(self, placement: Placement) -> None:
        try:
            self._apply(placement)
        finally:
            self._applied = placement

    def _apply(self, placement: Placement) -> None:
        if placement.role == "furniture":
            self.furniture.append(placement.line)  # (no article's: none is begun for it)
            return
        while placement.article >= len(self.drafts):
            self.drafts.append(Draft())
        draft = self.drafts[placement.article]
        line = self.lines[placement.line]
        role, text = placement.role, line.text
        if (
            line.section_number
            and role in ("title", "kicker")
            and text.startswith(line.section_number)
        ):
            text = text[len(line.section_number) :]  # `三、温馨提示`: the number only points
        if role == "furniture":
            self.furniture.append(placement.line)
            return
        if line.dash and role in ("paragraph", "continuation", "line"):
            text = line.dash + text  # (a deck's dash points only where the line is a deck)
        if placement.note is not None:
            draft.notes.append(placement.note)
        # A byline's, a label's or a credit's line carries its reading, and so does text
        # with a byline glued to it; a line given another role (a date's line under a
        # headline the user made a paragraph) leaves its reading behind.
        carries = role in ("byline", "meta") or (
            # (a byline's own line keeps its words in the byline, whatever its role)
            role != "furniture" and (line.inline_byline or line.lead_credit or not line.text)
        )
        if carries and (line.byline or line.byline_text is not None or line.meta):
            photographers = bool(line.byline) and all(b.role == "摄影" for b in line.byline)
            if (
                (placement.rule == PHOTO_CREDIT or (placement.rule == CREDIT and photographers))
                and line.byline_text
                and self._after_caption(placement)
            ):
                # `摄影：X` right under its caption (or `X 摄` closing its article under
                # it): the caption as printed, credit included
                draft.captions[-1] = f"{draft.captions[-1]} {line.byline_text}"
                draft.bylines.extend(line.byline)
            else:
                attach_byline(draft, line)
        if line.jump and role != "furniture":
            draft.meta.update(line.jump)
        if role == "title":
            text = _marks_off(text)  # `●梅岭居民区…`, `◆…◆`: the marks only point
            tagged = _TAGGED_TITLE.match(text)
            # (`安全提醒｜Safety First`: the column's name and its English, no title after it)
            if tagged and tagged["after"] and _LATIN_ONLY.match(tagged["after"]):
                tagged = None
            if tagged and not draft.title and not draft.kicker:
                # `【反诈提醒】年底了，这几种骗局要当心！`: the column's tag, then the title
                tag = tagged["tag"] or tagged["column"]
                draft.kicker, text = tag.strip(), (tagged["rest"] or tagged["after"]).strip()
            elif (whole := _WHOLE_TAG.match(text)) and not draft.title:
                text = whole["tag"].strip()  # `【楼道堆物清理】`: the title in its brackets
            # A second title line goes on with the first: a headline wrapped in its column.
            draft.title = join_pieces(draft.title, text) if draft.title else text
        elif role == "kicker":
            # A second line over the title (a column's name, then a kicker) goes on
            # with the first: nothing is dropped (but a mark that only points: `■ 社区治理`).
            text = _marks_off(text)
            if whole := _WHOLE_TAG.match(text):
                text = whole["tag"].strip()  # `【温馨提示】` over the title: its column's name
            draft.kicker = f"{draft.kicker}\u3000{text}" if draft.kicker else text
            draft.kicker_marked = bool(line.level)
        elif role == "subtitle":
            before = self._applied
            # A subtitle the column cut goes on in the line under it.
            goes_on = (
                before is not None
                and before.role == "subtitle"
                and before.line == placement.line - 1
            )
            draft.subtitle = (
                join_pieces(draft.subtitle, text) if goes_on and draft.subtitle else text
            )
        elif role == "caption":
            if self._caption_goes_on(placement):
                # A caption wider than the column, cut by the wrap: one caption.
                draft.captions[-1] = join_pieces(draft.captions[-1], text)
            elif placement.rule == HEADLINE_CAPTION:
                draft.captions.append(text)  # over the body: doctor compares only body captions
            else:
                add_caption(draft, text)
            draft.bylines.extend(photo_credits(line))
        elif role == "paragraph":
            start_paragraph(draft, text)
        elif role == "continuation":
            continue_paragraph(draft, text)
        elif role == "line":
            # A row of roll entries set side by side: each entry is a line of the roll.
            for piece in roll_cells(text) if placement.rule == ROLL_ROW else (text,):
                start_paragraph(draft, piece)
                flush(draft)
                draft.open_paragraph = False
                if placement.rule in _OWN_LINES:
                    draft.own_lines.add(len(draft.paragraphs) - 1)
        elif role == "meta" and placement.rule == PULL_QUOTE:
            before = draft.meta.get(PULL_QUOTE_LABEL)
            draft.meta[PULL_QUOTE_LABEL] = f"{before} {text}" if before else text
        elif role == "meta" and text and not line.meta:
            # a headline over the rest of a jumped article (in two lines, or more: each
            # kept, none written over)
            before = draft.meta.get(JUMP_TITLE)
            draft.meta[JUMP_TITLE] = f"{before} {text}" if before else text
        elif role == "intertitle":
            text = _marks_off(text)  # `■ 烘干中心连夜开工`: the mark only points
            start_paragraph(draft, text)
            draft.intertitles.append(len(draft.paragraphs))
            flush(draft)
            draft.open_paragraph = False

    def _caption_goes_on(self, placement: Placement) -> bool:
        """Whether the caption line right before this one was cut by the wrap: as wide as
        the column, no sentence ended, no credit yet."""
        if not self._after_caption(placement) or placement.rule == HEADLINE_CAPTION:
            return False
        if placement.rule == PHOTO_ITEM:
            return True
        above = self.lines[placement.line - 1]
        if is_terminated(above.text) or photo_credits(above):
            return False
        if above.full_width:
            return True
        # Where no wrap width is known: cut inside a word, and this line, unmarked,
        # ends the sentence and gives the credit (`…演示心肺` / `复苏。　曹岩　摄`).
        line = self.lines[placement.line]
        return (
            bool(HAN_CHAR.match(above.text[-1:]))
            and not HEADLINE_MARK.match(line.text)
            and bool(photo_credits(line))
        )

    def _after_caption(self, placement: Placement) -> bool:
        """Whether the line right before this one, in the same article, is a caption."""
        before = self._applied
        if before is None or self.lines[placement.line].gap_before:
            return False
        return (
            before.role == "caption"
            and before.article == placement.article
            and before.line == placement.line - 1
        )

    def finish(self) -> list[Draft]:
        for draft in self.drafts:
            finish(draft)
        return self.drafts


def replay(lines: list[Line], placements: list[Placement]) -> Builder:
    """The articles a layout gives (placements in the order they were made)."""
    builder = Builder(lines)
    for placement in placements:
        builder.apply(placement)
    builder.placements = list(placements)
    builder.finish()
    return builder


def add_caption(draft: Draft, text: str) -> None:
    """A caption met in the body, and where: before which paragraph it stood."""
    finished = 1 if draft.pieces and not draft.open_paragraph else 0
    draft.body_captions[len(draft.captions)] = len(draft.paragraphs) + finished
    draft.captions.append(text)


def start_paragraph(draft: Draft, text: str) -> None:
    if draft.open_paragraph:
        draft.notes.append(("paragraph_unpunctuated", quote_tail(draft.pieces[-1], 12)))
    flush(draft)
    draft.pieces = [text]
    draft.open_paragraph = not is_terminated(text)


def continue_paragraph(draft: Draft, text: str) -> None:
    """Text that goes on with the paragraph in progress (or the article's last one)."""
    if not draft.pieces and draft.paragraphs:
        draft.pieces = [draft.paragraphs.pop()]  # resumed, e.g. after a jump to another page
    if not draft.pieces:
        start_paragraph(draft, text)
        return
    draft.pieces.append(text)
    # (a line of closing marks only, `”`, ends the sentence the line above it began)
    draft.open_paragraph = not is_terminated(
        text if _WORDS.search(text) else "".join(draft.pieces[-2:])
    )


# Anything but marks: a line of marks only (`”`) ends or not as the text before it.
_WORDS = re.compile(r"[^\W_]")
_JOIN_CONTEXT = 12


def flush(draft: Draft) -> None:
    """Join the pieces of the paragraph in progress (once: joining as we go is quadratic)."""
    if draft.pieces:
        joined = draft.pieces[0]
        if len(draft.pieces) > 1:
            parts = [joined]
            for piece in draft.pieces[1:]:
                # (the last characters before the cut tell a number's digits from a word)
                tail = parts[-1][-_JOIN_CONTEXT:]
                parts.append(join_pieces(tail, piece)[len(tail) :] if tail else piece)
            joined = "".join(parts)
        if joined.strip():  # (an export's empty body field opened none: no blank paragraph)
            # (a paragraph's indent inside the line, after a sentence's end: the breaks
            # between paragraphs lost, `…意见。　　在新桥村，…`, each its own again)
            if "\u3000\u3000" in joined:
                draft.paragraphs.extend(p for p in _RUN_IN_INDENT.split(joined) if p.strip())
            else:
                draft.paragraphs.append(joined)
        draft.pieces = []


_RUN_IN_INDENT = re.compile(r"(?<=[。！？”」』])\u3000{2,}(?=\S)")


def attach_byline(draft: Draft, line: Line) -> None:
    """The credits, byline and labels a line carries, onto the article."""
    unsigned = [k for k, b in enumerate(draft.bylines) if b.author and not b.department]
    if line.unit and unsigned:
        for k in unsigned:  # the unit the authors work in, set under the article
            draft.bylines[k] = replace(draft.bylines[k], department=line.byline[0].department)
    else:
        draft.bylines.extend(line.byline)
    if line.byline_text is not None:
        draft.byline_texts.append(line.byline_text)
    for label, value in line.meta.items():
        before = draft.meta.get(label)
        # Two articles read as one keep both fields, label and value, the same value too:
        # nothing printed is lost.
        again = value if label in _OWN_LABELS else f"{label}：{value}"  # (ours: not printed)
        draft.meta[label] = value if before is None else f"{before} {again}"


# Labels the parser names itself (a notice's date, a jump's page): no text of the file.
_OWN_LABELS = frozenset({"日期", JUMP_OUT, JUMP_IN, JUMP_TITLE, PULL_QUOTE_LABEL, END_NOTE_LABEL})


# Length of a title made from the body when no headline exists.
INFERRED_TITLE = 24


def finish(draft: Draft) -> None:
    flush(draft)
    # A photographer credited under several captions is one byline.
    seen: set[tuple] = set()
    kept = []
    for byline in draft.bylines:
        key = (byline.department, byline.author, byline.role)
        if byline.role != "摄影" or key not in seen:
            kept.append(byline)
        seen.add(key)
    draft.bylines[:] = kept
    if draft.open_paragraph and draft.paragraphs:
        draft.notes.append(("paragraph_unpunctuated", quote_tail(draft.paragraphs[-1], 12)))
    if not draft.bylines:
        draft.notes.append(("no_byline", ""))
    if not draft.title:
        source = next(iter(draft.paragraphs), "") or next(iter(draft.captions), "")
        draft.title = _lead_clause(source)
        draft.title_inferred = True
        draft.notes.append(("title_inferred", ""))


def _lead_clause(text: str) -> str:
    for k, ch in enumerate(text):
        if ch in "，。；！？,;!?：:" and k >= 4:
            return text[: min(k, INFERRED_TITLE)]
    return text[:INFERRED_TITLE] if text else "(无标题)"


def _marks_off(text: str) -> str:
    """A heading without the mark that points at it, and without the same mark closing
    it where one frames it (`◆老邮递员的三十年◆`)."""
    mark = HEADLINE_MARK.match(text)
    if mark and len(text) > 2 and text[-1] == text[0]:
        text = text[:-1].rstrip()
    return HEADLINE_MARK.sub("", text)
