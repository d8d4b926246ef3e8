"""Group classified lines into articles: headline block, body, byline.

An article is: a headline block (kicker, title, subtitle and photo captions, all
short lines without closing punctuation), then body lines up to a byline, which
closes the article, or up to the next markdown heading. Rules, in short:

- Paragraph pieces are joined while the previous piece has no closing
  punctuation, so page and column breaks never split a sentence.
- A short unpunctuated line in the body is a caption when it carries a position
  mark such as `(左三)` or follows a wide gap (two or more blank lines: the
  extracted text sets picture boxes apart), or when it cannot start a paragraph.
- An article whose body follows a byline directly has no headline of its own;
  its title is the first line of the next headline block when that block has
  another line to serve as the next article's title.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Byline
from .lines import Line
from .text import is_terminated, join_pieces

# Longest headline that may carry a comma; a longer line with one is body text.
MAX_COMMA_HEADLINE = 30
# Length of a title made from the body when no headline exists.
INFERRED_TITLE = 24


@dataclass
class Draft:
    kicker: str | None = None
    title: str = ""
    subtitle: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    bylines: list[Byline] = field(default_factory=list)
    byline_texts: list[str] = field(default_factory=list)
    title_inferred: bool = False
    pieces: list[str] = field(default_factory=list)  # of the paragraph in progress
    open_paragraph: bool = False  # last paragraph ended without closing punctuation
    notes: list[str] = field(default_factory=list)

    @property
    def has_body(self) -> bool:
        return bool(self.paragraphs)


def assemble(lines: list[Line]) -> list[Draft]:
    drafts: list[Draft] = []
    i, n = 0, len(lines)
    while i < n:
        block: list[Line] = []
        while i < n and _in_headline_block(lines[i], block):
            block.append(lines[i])
            i += 1
        body: list[Line] = []
        while i < n and not lines[i].level and not lines[i].is_byline_only:
            body.append(lines[i])
            i += 1
            if body[-1].inline_byline:
                break
        byline = lines[i] if i < n and lines[i].is_byline_only else None
        if byline is not None:
            i += 1
        previous = drafts[-1] if drafts else None
        if previous is not None and not previous.title and block:
            _lend_title(previous, block, body_follows=bool(body))
        if not block and not body:
            if byline is not None:
                _attach_byline(previous if previous is not None else _new(drafts), byline)
            continue
        if previous is not None and block and not body and _is_photo_block(block, previous):
            previous.captions.extend(line.text for line in block)
            if byline is not None:
                _attach_byline(previous, byline)
            continue
        draft = _new(drafts)
        _set_headlines(draft, block)
        _set_body(draft, body)
        if byline is not None:
            _attach_byline(draft, byline)
        elif body and body[-1].inline_byline:
            _attach_byline(draft, body[-1])
    for draft in drafts:
        _finish(draft)
    return drafts


def _new(drafts: list[Draft]) -> Draft:
    drafts.append(Draft())
    return drafts[-1]


def _in_headline_block(line: Line, block: list[Line]) -> bool:
    """Whether a line is a headline or caption at an article's start, not body text."""
    if line.level:
        return True
    if line.is_byline_only or line.prose:
        return False
    if line.has_comma:
        # Only a title may carry a comma, and only a short one: below a title a
        # comma line is the body cut by a break.
        return not block and len(line.text) <= MAX_COMMA_HEADLINE
    return True


def _lend_title(previous: Draft, block: list[Line], body_follows: bool) -> None:
    """Give an untitled article the headline printed after its body."""
    first = block[0]
    # A marked heading or a photo caption belongs where it stands.
    if first.position_marked or first.level:
        return
    if len(block) >= 2 or not body_follows:
        previous.title = first.text
        previous.notes.append("headline found after the article's own byline")
        del block[0]


def _is_photo_block(block: list[Line], previous: Draft) -> bool:
    """Short lines after an article with no body of their own: its captions."""
    return not any(line.level for line in block) and previous.has_body


def _set_headlines(draft: Draft, block: list[Line]) -> None:
    if not block:
        return
    marked = [line for line in block if line.level]
    if marked:
        top = min(line.level for line in marked)
        at = next(k for k, line in enumerate(block) if line.level == top)
    else:
        at = next((k for k, line in enumerate(block) if not line.position_marked), 0)
    title = block[at]
    draft.title = title.text
    used = {at}
    if at > 0 and _is_companion(block[at - 1], title, before=True):
        draft.kicker = block[at - 1].text
        used.add(at - 1)
    if at + 1 < len(block) and _is_companion(block[at + 1], title, before=False):
        draft.subtitle = block[at + 1].text
        used.add(at + 1)
    draft.captions.extend(line.text for k, line in enumerate(block) if k not in used)


def _is_companion(line: Line, title: Line, before: bool) -> bool:
    """A kicker above or a subtitle below the title, rather than a caption."""
    if line.position_marked:
        return False
    if line.level:
        return line.level >= title.level
    gap = title.gap_before if before else line.gap_before
    return gap <= 1


def _set_body(draft: Draft, body: list[Line]) -> None:
    leads = _leads_to_prose(body)
    for k, line in enumerate(body):
        text = line.text
        if line.list_item:
            _start_paragraph(draft, text)
        elif line.prose or line.has_comma:
            _continue_or_start(draft, text)
        elif line.position_marked or line.gap_before >= 2:
            draft.captions.append(text)
        elif draft.open_paragraph:
            _continue_or_start(draft, text)
        elif leads[k]:
            draft.notes.append(f"caption-like line read as the start of a paragraph: {text[:16]}")
            _start_paragraph(draft, text)
        else:
            draft.captions.append(text)
    _flush(draft)


def _leads_to_prose(body: list[Line]) -> list[bool]:
    """For each line: do the lines after it run on, with no wide gap and no position
    mark, to a paragraph piece? Then a short unpunctuated line starts a paragraph
    rather than being a caption. Computed backwards in one pass."""
    leads = [False] * len(body)
    for k in range(len(body) - 2, -1, -1):
        line, following = body[k], body[k + 1]
        if line.gap_after > 1 or following.position_marked or following.list_item:
            leads[k] = False
        elif following.prose or following.has_comma:
            leads[k] = True
        else:
            leads[k] = leads[k + 1]
    return leads


def _start_paragraph(draft: Draft, text: str) -> None:
    if draft.open_paragraph:
        draft.notes.append(f"paragraph ends without closing punctuation: {draft.pieces[-1][-12:]}")
    _flush(draft)
    draft.pieces = [text]
    draft.open_paragraph = not is_terminated(text)


def _continue_or_start(draft: Draft, text: str) -> None:
    if draft.open_paragraph:
        draft.pieces.append(text)
        draft.open_paragraph = not is_terminated(text)
    else:
        _start_paragraph(draft, text)


def _flush(draft: Draft) -> None:
    """Join the pieces of the paragraph in progress (once: joining as we go is quadratic)."""
    if draft.pieces:
        joined = draft.pieces[0]
        if len(draft.pieces) > 1:
            parts = [joined]
            for piece in draft.pieces[1:]:
                parts.append(join_pieces(parts[-1][-1:], piece)[1:] if parts[-1] else piece)
            joined = "".join(parts)
        draft.paragraphs.append(joined)
        draft.pieces = []


def _attach_byline(draft: Draft, line: Line) -> None:
    draft.bylines.extend(line.byline)
    if line.byline_text is not None:
        draft.byline_texts.append(line.byline_text)


def _finish(draft: Draft) -> None:
    if draft.open_paragraph and draft.paragraphs:
        draft.notes.append(
            f"paragraph ends without closing punctuation: {draft.paragraphs[-1][-12:]}"
        )
    if not draft.bylines:
        draft.notes.append("no byline")
    if not draft.title:
        source = next(iter(draft.paragraphs), "") or next(iter(draft.captions), "")
        draft.title = _lead_clause(source)
        draft.title_inferred = True
        draft.notes.append("no headline found; title made from the first words of the body")


def _lead_clause(text: str) -> str:
    for k, ch in enumerate(text):
        if ch in "，。；！？,;!?：:" and k >= 4:
            return text[: min(k, INFERRED_TITLE)]
    return text[:INFERRED_TITLE] if text else "(无标题)"
