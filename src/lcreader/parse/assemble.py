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
from dataclasses import dataclass, field

from ..model import Byline
from .lines import Line, photo_credits
from .text import (
    COLUMN_LABEL,
    DANGLING,
    EVENT,
    NEWS_LEAD,
    PAIRED_PHRASES,
    is_terminated,
    join_pieces,
)

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
    kicker_marked: bool = False
    intertitles: list[int] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    # Caption index -> index of the paragraph it stood before (or inside), for doctor.
    body_captions: dict[int, int] = field(default_factory=dict)
    pieces: list[str] = field(default_factory=list)  # of the paragraph in progress
    open_paragraph: bool = False  # last paragraph ended without closing punctuation
    notes: list[str] = field(default_factory=list)

    @property
    def has_body(self) -> bool:
        return bool(self.paragraphs)


def assemble(lines: list[Line]) -> list[Draft]:
    drafts: list[Draft] = []
    starts = _unclosed_starts(lines)
    i, n = 0, len(lines)
    while i < n:
        block: list[Line] = []
        while (
            i < n
            and _in_headline_block(lines[i], block, lines[i + 1] if i + 1 < n else None)
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
        _set_headlines(draft, block)
        for line in heads:
            _attach_byline(draft, line)
        _set_body(draft, body)
        for line in closing:
            _attach_byline(draft, line)
    for draft in drafts:
        _finish(draft)
    return drafts


def _unclosed_starts(lines: list[Line]) -> set[int]:
    """Headlines of articles that follow one with no byline, by the line's index.

    After a finished paragraph, a headline-like line starts a new article when a
    role credit (`□记者 X`) follows it, or a news lead (`近日，…`, `9月中旬，…`), or
    when its words are those of the text after it and not of the article before it
    (a photo caption shares its article's words; a new headline does not).
    """
    starts: set[int] = set()
    segment = 0  # where the article in progress began
    for k in range(1, len(lines) - 1):
        line, before, after = lines[k], lines[k - 1], lines[k + 1]
        if before.closes or before.level:
            segment = k
        if _headline_like(line) and after.subtitle_dash and before.prose:
            starts.add(k)  # a `——subtitle` hangs under a headline, even right after body text
            segment = k
            continue
        if (
            _headline_like(line)
            and before.prose
            and _headline_like(after)
            and k + 2 < len(lines)
            and lines[k + 2].subtitle_dash
        ):
            starts.add(k)  # a kicker, its headline and a `——subtitle` after body text
            segment = k
            continue
        if not _headline_like(line) or not (before.closes or is_terminated(before.text)):
            continue
        if before.closes and not before.credit:
            continue  # a byline closed the article already
        credited = after.credit and k + 2 < len(lines) and lines[k + 2].prose
        led = after.prose and bool(NEWS_LEAD.match(after.text))
        if credited or led or (after.prose and k > segment and _new_topic(lines, segment, k)):
            starts.add(k)
            segment = k
    return starts


# How much of the text around a candidate headline is compared, each side.
_TOPIC_WINDOW = 1500


def _new_topic(lines: list[Line], segment: int, k: int) -> bool:
    """Whether line k's words come from the text after it rather than before it."""
    words = _bigrams(lines[k].text)
    if len(words) < 6:
        return False
    before = _window(lines[j].text for j in range(k - 1, segment - 1, -1))
    after = _window(line.text for line in _until_closing(lines, k + 1))
    # Substring tests, in C: building the windows' own pair sets would cost far more.
    shared_before = sum(w in before for w in words) / len(words)
    shared_after = sum(w in after for w in words) / len(words)
    # Measured on hand-made bulletins: headlines share at most 0.3 of their words with
    # the article before (the place names every report repeats), captions 0.44 and up.
    return shared_before <= 0.35 and shared_after >= shared_before + 0.3


def _until_closing(lines: list[Line], start: int):
    for k in range(start, len(lines)):  # no slice: a copy per candidate would be quadratic
        if lines[k].closes or lines[k].level:
            return
        yield lines[k]


def _window(texts) -> str:
    parts, size = [], 0
    for text in texts:
        parts.append(text)
        size += len(text)
        if size >= _TOPIC_WINDOW:
            break
    return "".join(parts)


def _bigrams(text: str) -> set[str]:
    return {text[k : k + 2] for k in range(len(text) - 1)}


def _headline_like(line: Line) -> bool:
    return not (
        line.prose
        or line.closes
        or line.caption
        or line.intertitle
        or line.list_item
        or line.position_marked
        or line.level
        or line.has_comma
    )


def _new(drafts: list[Draft]) -> Draft:
    drafts.append(Draft())
    return drafts[-1]


def _in_headline_block(line: Line, block: list[Line], following: Line | None) -> bool:
    """Whether a line is a headline or caption at an article's start, not body text."""
    if line.level:
        return True
    if line.closes or line.prose or line.intertitle:
        return False
    if line.has_comma:
        # Only a title or a `——subtitle` may carry a comma, and only a short one:
        # below a title a comma line is the body cut by a break.
        return (not block or line.subtitle_dash or _comma_subtitle(line, block, following)) and len(
            line.text
        ) <= MAX_COMMA_HEADLINE
    return True


# Longest subtitle with a comma that may stand right under a lone title, and the
# shortest body line that may follow it.
MAX_COMMA_SUBTITLE = 20
MIN_BODY_START = 12


def _comma_subtitle(line: Line, block: list[Line], following: Line | None) -> bool:
    """`午间一小时，白领也来“议”社区事` right under a lone title: a whole short phrase,
    not the first piece of a paragraph (that ends mid-phrase, or goes on past a caption
    or in a short piece)."""
    return (
        len(block) == 1
        and following is not None
        and following.prose
        and not following.caption
        and len(following.text) >= MIN_BODY_START
        and not block[0].caption
        and not block[0].position_marked
        and line.gap_before <= 1
        and len(line.text) <= MAX_COMMA_SUBTITLE
        and not line.text.endswith(DANGLING)
        and not line.short_in_wrap
        and not NEWS_LEAD.match(line.text)
    )


def _lend_title(previous: Draft, block: list[Line], body_follows: bool) -> None:
    """Give an untitled article the headline printed after its body."""
    first = block[0]
    # A marked heading or a photo caption belongs where it stands.
    if first.position_marked or first.level or first.caption:
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
    dashed = next((k for k, line in enumerate(block) if line.subtitle_dash and k > 0), None)
    if marked:
        top = min(line.level for line in marked)
        at = next(k for k, line in enumerate(block) if line.level == top)
    elif dashed is not None and _is_headline(block[dashed - 1]):
        at = dashed - 1  # `——副题` hangs under its title
    else:
        at = next((k for k, line in enumerate(block) if _is_headline(line)), 0)
    title = block[at]
    draft.title = title.text
    used = {at}
    below = at + 1 < len(block) and _is_companion(block[at + 1], title, before=False)
    # Three headline lines close together, unmarked: kicker, title, subtitle.
    if (
        not marked
        and dashed is None
        and below
        and at + 2 < len(block)
        and _is_companion(block[at + 2], block[at + 1], before=False)
        and not block[at + 2].subtitle_dash
    ):
        at += 1
        draft.kicker, draft.title = title.text, block[at].text
        title = block[at]
        used.add(at)
        below = at + 1 < len(block) and _is_companion(block[at + 1], title, before=False)
    elif not marked and dashed is None and below and _kicker_over(title, block[at + 1]):
        # `党建引领“微治理” 老小区焕发新活力` over a plain headline: a slogan kicker.
        at += 1
        draft.kicker, draft.title = title.text, block[at].text
        title = block[at]
        used.add(at)
        below = at + 1 < len(block) and _is_companion(block[at + 1], title, before=False)
    elif at > 0 and _is_companion(block[at - 1], title, before=True):
        draft.kicker = block[at - 1].text
        draft.kicker_marked = bool(block[at - 1].level)
        used.add(at - 1)
    if below:
        draft.subtitle = block[at + 1].text
        used.add(at + 1)
        plain = not marked and not draft.kicker and not block[at + 1].subtitle_dash
        if plain and len(title.text) <= 0.6 * len(draft.subtitle):
            draft.notes.append(f"a short line over the headline read as its title: {title.text}")
    draft.captions.extend(line.text for k, line in enumerate(block) if k not in used)
    for k, line in enumerate(block):
        if k not in used:
            draft.bylines.extend(photo_credits(line))


def _kicker_over(first: Line, second: Line) -> bool:
    """Two unmarked headline lines: is the first a kicker (a theme) over the headline?"""
    if COLUMN_LABEL.search(first.text):
        return True  # `乡村振兴·产业篇`: a column's name
    if PAIRED_PHRASES.match(first.text) and not PAIRED_PHRASES.match(second.text):
        return True  # `党建引领“微治理” 老小区焕发新活力` over a plain headline
    return bool(EVENT.search(second.text)) and not EVENT.search(first.text)


def _is_headline(line: Line) -> bool:
    return not line.position_marked and not line.caption and not line.subtitle_dash


def _is_companion(line: Line, title: Line, before: bool) -> bool:
    """A kicker above or a subtitle below the title, rather than a caption."""
    if line.position_marked or line.caption:
        return False
    if line.subtitle_dash:
        return not before
    if line.level:
        return line.level >= title.level
    gap = title.gap_before if before else line.gap_before
    return gap <= 1


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
            draft.notes.append(f"caption-like line read as the start of a paragraph: {text[:16]}")
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
        draft.notes.append(f"paragraph ends without closing punctuation: {draft.pieces[-1][-12:]}")
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
