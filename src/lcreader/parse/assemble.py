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

import re

from .draft import Draft
from .headlines import in_headline_block, set_headlines
from .lines import Line, photo_credits
from .starts import unclosed_starts
from .text import (
    DANGLING,
    is_terminated,
    join_pieces,
)

# Length of a title made from the body when no headline exists.
INFERRED_TITLE = 24


def assemble(lines: list[Line]) -> list[Draft]:
    drafts: list[Draft] = []
    starts = unclosed_starts(lines)
    i, n = 0, len(lines)
    while i < n:
        block: list[Line] = []
        while (
            i < n
            and in_headline_block(lines[i], block, lines[i + 1] if i + 1 < n else None)
            and not (block and i in starts)
        ):
            block.append(lines[i])
            i += 1
        # Credits and labels printed under the headline (`■通讯员 X`) belong to it.
        heads: list[Line] = []
        while block and i < n and lines[i].closes:
            heads.append(lines[i])
            i += 1
        body: list[Line] = []
        while i < n and not lines[i].level and not lines[i].closes and i not in starts:
            body.append(lines[i])
            i += 1
            if body[-1].inline_byline:
                break
        closing: list[Line] = []
        while i < n and lines[i].closes:
            closing.append(lines[i])
            i += 1
        previous = drafts[-1] if drafts else None
        if previous is not None and not previous.title and block:
            _lend_title(previous, block, body_follows=bool(body))
        if not block and not body:
            if heads or closing:
                target = previous if previous is not None else _new(drafts)
                for line in (*heads, *closing):
                    _attach_byline(target, line)
            continue
        if previous is not None and block and not body and _is_photo_block(block, previous):
            for line in block:
                _add_caption(previous, line.text)
            for line in block:
                previous.bylines.extend(photo_credits(line))
            for line in (*heads, *closing):
                _attach_byline(previous, line)
            continue
        draft = _new(drafts)
        set_headlines(draft, block)
        for line in heads:
            _attach_byline(draft, line)
        _set_body(draft, body)
        for line in closing:
            _attach_byline(draft, line)
    for draft in drafts:
        _finish(draft)
    return drafts


def _new(drafts: list[Draft]) -> Draft:
    drafts.append(Draft())
    return drafts[-1]


def _lend_title(previous: Draft, block: list[Line], body_follows: bool) -> None:
    """Give an untitled article the headline printed after its body."""
    first = block[0]
    # A marked heading or a photo caption belongs where it stands.
    if first.position_marked or first.level or first.caption:
        return
    if len(block) >= 2 or not body_follows:
        previous.title = first.text
        previous.notes.append(("headline_after_body", first.text))
        del block[0]


def _is_photo_block(block: list[Line], previous: Draft) -> bool:
    """Short lines after an article with no body of their own: its captions."""
    return not any(line.level for line in block) and previous.has_body


def _set_body(draft: Draft, body: list[Line]) -> None:
    leads = _leads_to_prose(body)
    for k, line in enumerate(body):
        text = line.text
        if line.lead_credit or line.inline_byline:
            _attach_byline(draft, line)
        if line.caption:
            _add_caption(draft, text)
            draft.bylines.extend(photo_credits(line))
        elif line.intertitle:
            _start_paragraph(draft, text)
            draft.intertitles.append(len(draft.paragraphs))
            _flush(draft)
            draft.open_paragraph = False
        elif line.list_item:
            _start_paragraph(draft, text)
        elif line.prose or line.has_comma:
            _continue_or_start(draft, text, line.runs_on)
        elif line.position_marked or line.gap_before >= 2 or _inset_caption(body, k):
            _add_caption(draft, text)
        elif draft.open_paragraph:
            _continue_or_start(draft, text)
        elif leads[k]:
            draft.notes.append(("caption_read_as_paragraph", text[:16]))
            _start_paragraph(draft, text)
        else:
            _add_caption(draft, text)
    _flush(draft)


# Shortest caption told apart from a piece of a cut sentence by its length alone.
MIN_INSET_CAPTION = 8


def _inset_caption(body: list[Line], k: int) -> bool:
    """A whole short phrase set apart by blank lines, or at the top of a page, between a
    cut sentence's halves: a photo caption (`…保持` / `医务人员为居民采样` / `一米间距。`),
    not a third piece."""
    line = body[k]
    following = body[k + 1] if k + 1 < len(body) else None
    if following is None:
        return False
    # Hard-wrapped, no blank lines: a short line between two full lines of a paragraph.
    wrapped = (
        line.short_in_wrap
        and k > 0
        and not body[k - 1].short_in_wrap
        and not is_terminated(body[k - 1].text)
        and not following.indented
    )
    return (
        (following.prose or following.has_comma or wrapped)
        and (line.after_furniture or wrapped or (line.gap_before >= 1 and line.gap_after >= 1))
        and len(line.text) >= MIN_INSET_CAPTION
        and not line.text.endswith(DANGLING)
    )


def _add_caption(draft: Draft, text: str) -> None:
    """A caption met in the body, and where: before which paragraph it stood."""
    finished = 1 if draft.pieces and not draft.open_paragraph else 0
    draft.body_captions[len(draft.captions)] = len(draft.paragraphs) + finished
    draft.captions.append(text)


def _leads_to_prose(body: list[Line]) -> list[bool]:
    """For each line: do the lines after it run on, with no wide gap and no position
    mark, to a paragraph piece? Then a short unpunctuated line starts a paragraph
    rather than being a caption. Computed backwards in one pass."""
    leads = [False] * len(body)
    for k in range(len(body) - 2, -1, -1):
        line, following = body[k], body[k + 1]
        if line.text.endswith(DANGLING) and not following.list_item:
            leads[k] = True  # broken off mid-phrase (`…广大居民的`): the paragraph goes on
        elif line.gap_after > 0 or following.position_marked or following.list_item:
            # Set apart by a blank line, a short line is a caption, not a cut paragraph.
            leads[k] = False
        elif following.prose or following.has_comma:
            leads[k] = True
        else:
            leads[k] = leads[k + 1]
    return leads


def _start_paragraph(draft: Draft, text: str) -> None:
    if draft.open_paragraph:
        draft.notes.append(("paragraph_unpunctuated", draft.pieces[-1][-12:]))
    _flush(draft)
    draft.pieces = [text]
    draft.open_paragraph = not is_terminated(text)


def _continue_or_start(draft: Draft, text: str, runs_on: bool = False) -> None:
    attributed = draft.pieces and _attribution(draft.pieces[-1], text)
    if draft.open_paragraph or attributed or (runs_on and draft.pieces):
        draft.pieces.append(text)
        draft.open_paragraph = not is_terminated(text)
    else:
        _start_paragraph(draft, text)


_QUOTE_ENDS = ("”", '"', "」", "』", "’")
_SAID = re.compile(
    r"^[^，。,.！？!?“”\"「」]{1,12}(?:说|表示|介绍|说道|笑道|坦言|感慨)(?:道)?[。.]$"
)


def _attribution(previous: str, text: str) -> bool:
    """`…报给物业。”` then `武志刚说。`: the quote's speaker ends the same paragraph."""
    return previous.endswith(_QUOTE_ENDS) and bool(_SAID.match(text))


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
    """The credits, byline and labels a line carries, onto the article."""
    draft.bylines.extend(line.byline)
    if line.byline_text is not None:
        draft.byline_texts.append(line.byline_text)
    draft.meta.update(line.meta)


def _finish(draft: Draft) -> None:
    if draft.open_paragraph and draft.paragraphs:
        draft.notes.append(("paragraph_unpunctuated", draft.paragraphs[-1][-12:]))
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
