"""What looks wrong in a parsed issue, for `lcreader doctor`: places a person should check.

Each rule names a way the parser can be misled by the printed layout: two articles
run together (a headline left in the body, an article far longer than a bulletin's),
a caption glued into a paragraph, a byline that names no person, a page header the
furniture rules did not know.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import data
from ..model import Note
from ..textkey import fold
from .bylines import byline_line
from .credits import credit_line, meta_line
from .dates import DATE, PAGE
from .lines import MAX_INTERTITLE, MAX_LABEL
from .text import (
    COMMA,
    HAN_CHAR,
    NEWS_LEAD,
    PAIRED_PHRASES,
    POINTS_DOWN,
    POSITION_MARK,
    char_pairs,
    cut_in_quote,
    is_terminated,
    nearby,
    quote_head,
    shared_pairs,
)

# Longer than a community bulletin's articles run: probably two run together.
LONG_ARTICLE = 3000
_CREDIT_INSIDE = re.compile(
    r"(?:^|[\s。！？!?.])(?:本报记者\s*)?[\u3400-\u9fff]{2,4}\s*/?\s*摄(?:[\s。]|$)|.图为"
)
# How only a report's first paragraph opens: a second one is another article's lead.
_FRESH_LEAD = re.compile(
    r"^(?:本报讯|本刊讯|近日|日前|近期|\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|初|底)?)[，,]"
)

# A labelled field (`工作日：8:30—17:00`, `活动时间：5月30日`): a value of numbers, or a
# label that names a time, a place, a way or a price (a headline's `街道：…` is neither).
_LABELLED = re.compile(
    r"^[^\s：:]{1,8}[：:]\s*\d|^[^\s：:]{0,6}(?:时间|日期|地点|地址|电话|方式|对象|内容|条件|费用|人数|名额)[：:]"
)
_PHOTO_CUE = re.compile(r"摄\s*[)）]?$|^图为|^(?:上|下|左|右)图")


# How much text on each side of a caption its words are compared with.
_NEAR = 1500


def article_suspicions(draft) -> list[tuple[str, str]]:
    """Suspicions about one parsed article (a Draft or an Article)."""
    found: list[str] = []
    intertitles = set(getattr(draft, "intertitles", ()))
    own_lines = getattr(draft, "own_lines", ())
    headline_like = 0  # of the lines of a poem, a table or a roll
    for k, paragraph in enumerate(draft.paragraphs):
        if k in intertitles:
            continue
        short = len(paragraph) <= MAX_INTERTITLE
        # (a labelled field, `工作日：8:30—17:00`, is no headline however short)
        if (
            short
            and not is_terminated(paragraph)
            and not COMMA.search(paragraph)
            and not _LABELLED.match(paragraph)
        ):
            if k in own_lines:
                headline_like += 1  # (said once: a split suggested at every line was noise)
            else:
                found.append(("title_in_body", quote_head(paragraph, 20)))
        if _CREDIT_INSIDE.search(paragraph):
            found.append(("credit_in_paragraph", quote_head(paragraph, 20)))
    if headline_like:
        # a poem's lines or a table's rows, short and unended as a headline is: said once
        found.append(("short_lines_kept", str(headline_like)))
    # A poem's lines as long as a column's and cut mid-phrase: a text's wrapped lines.
    long_lines = [
        draft.paragraphs[k]
        for k in own_lines
        if k < len(draft.paragraphs)
        and len(draft.paragraphs[k]) >= _LONG_LINE
        and not _SPACED.search(draft.paragraphs[k])
    ]
    if len(long_lines) >= _LONG_LINES and sum(not is_terminated(t) for t in long_lines) >= 2:
        found.append(("long_lines_kept", str(len(long_lines))))
    # Intertitles come in series; a lone one longer than a label (`记者手记`) may be the
    # headline of another article run into this one.
    if len(intertitles) == 1:
        (at,) = intertitles
        heading = draft.paragraphs[at] if at < len(draft.paragraphs) else ""
        if len(heading.strip("【】▍■●◆ ")) > MAX_LABEL and not is_terminated(heading):
            found.append(("lone_heading", quote_head(heading, 20)))
    title = getattr(draft, "title", "") or ""
    if _reads_as_text(title) and not getattr(draft, "title_inferred", False):
        # `场整改的要登记造册、限期销号。节日期间，…`: a piece of running text as the title
        found.append(("title_reads_as_text", quote_head(title, 20)))
    elif title and (why := _not_a_headline(title)):
        found.append((why, quote_head(title, 20)))
    for paragraph in draft.paragraphs:
        if _ANSWERS_JOINED.search(paragraph):
            # `…聊了聊这份工作。问：每天几点…？答：…`: an interview's lines run together
            found.append(("answers_joined", quote_head(paragraph, 20)))
            break
    subtitle = getattr(draft, "subtitle", None)
    if subtitle and draft.paragraphs and _runs_on(subtitle, draft.paragraphs[0]):
        # `…实施已经三` over `个多月，…`: the body's first line read as a subtitle
        found.append(("subtitle_runs_on", quote_head(subtitle, 20)))
    size = sum(len(p) for p in draft.paragraphs)
    if size > LONG_ARTICLE:
        found.append(("long_article", str(size)))
    for paragraph in draft.paragraphs[1:]:
        if _FRESH_LEAD.match(paragraph):
            found.append(("lead_in_body", quote_head(paragraph, 20)))
    for k, at in getattr(draft, "body_captions", {}).items():
        caption = draft.captions[k]
        if POSITION_MARK.search(caption) or _PHOTO_CUE.search(caption) or len(caption) < 8:
            continue
        if PAIRED_PHRASES.match(caption) or _opens_a_story(draft.paragraphs, at):
            found.append(("caption_or_headline", quote_head(caption, 20)))
            continue
        words = char_pairs(caption)
        # The windows read the paragraphs in place: a slice per caption would copy the
        # article as many times as it has captions.
        paragraphs = draft.paragraphs
        earlier = (paragraphs[j] for j in range(min(at, len(paragraphs)) - 1, -1, -1))
        later = (paragraphs[j] for j in range(at, len(paragraphs)))
        before = shared_pairs(words, draft.title + nearby(earlier, _NEAR, " "))
        after = shared_pairs(words, nearby(later, _NEAR, " "))
        # A caption shares words with its own article; a headline, with what follows it.
        if before <= 0.1 * len(words) or after - before >= 0.2 * len(words):
            found.append(("caption_or_headline", quote_head(caption, 20)))
    last = len(draft.paragraphs) - 1
    if last > 0 and last in intertitles:
        # `【健康问答】` as the last line of an article: a heading with nothing under it,
        # the next article's kicker or headline
        found.append(("heading_at_end", quote_head(draft.paragraphs[last], 20)))
    if title and not getattr(draft, "title_inferred", False) and _title_not_told(title, draft):
        # `老旧小区加装电梯按下“快进键”` over a report of a meeting on safety: a headline
        # printed after its own text, given to the next one's
        found.append(("title_not_in_text", quote_head(title, 20)))
    kicker = getattr(draft, "kicker", None)
    if kicker and (not HAN_CHAR.search(kicker) or DATE.search(kicker)):
        # `Tm8Rs`, `中共…委员会　2024年4月25日`: an anchor's id or the masthead's line
        found.append(("kicker_not_a_column", quote_head(kicker, 20)))
    if not draft.paragraphs and not draft.captions and title:
        # a headline and nothing under it: its text read as another article's
        found.append(("headline_alone", quote_head(title, 20)))
    single, double = data.surnames()
    for byline in draft.bylines:
        author = byline.author
        if author and not (fold(author[:2]) in double or fold(author[0]) in single):
            found.append(("unknown_author", author))
    return found


# A kept line this long, no gap in it, is a column's; this many make prose read as lines.
_LONG_LINE = 14
_LONG_LINES = 3
_SPACED = re.compile(r"\s")


# What no sentence begins with: a particle, a measure word's tail, a closing mark.
_NO_START = frozenset("的了着过们么吗呢吧啊个，。、；：？！）」』”’》")


def _runs_on(head: str, text: str) -> bool:
    """Whether `text` goes on with the sentence `head` leaves unfinished (or with the
    quotation it opened just before its end: `…每个社区都有一个“微` / `型消防站”。`)."""
    if cut_in_quote(head):
        return True
    return not is_terminated(head) and not COMMA.search(head[-1:]) and text[:1] in _NO_START


# What a headline never holds: a sentence's full stop inside it, a clause left open at its
# end (`，`, `、`, `的`), or a first character no sentence begins with.
_FULL_STOP_INSIDE = re.compile(r"。.")
_OPEN_END = re.compile(r"[，,、；;的]$")


def _reads_as_text(title: str) -> bool:
    """Whether a title reads as a piece of running text rather than a headline."""
    return bool(title) and bool(
        _FULL_STOP_INSIDE.search(title) or _OPEN_END.search(title) or title[0] in _NO_START
    )


# What a title is not, by its form alone: a page's name (`第2版　社区`), a headline cut
# before the day it ran into (`…开课 9`), a post's word to its readers (`…本周小结👇`).
# (a run's head alone, `社区简讯`, heads a whole article of briefs as often: no sign)
_CUT_AT_FIGURE = re.compile(r"\S[ \u3000][0-9０-９]{1,2}$")
_SPEAKS_TO_READERS = re.compile(
    "(?:" + "|".join(map(re.escape, POINTS_DOWN)) + r")\W*$|^(?:家人们|大家好|亲爱的)"
)
# An interview's question or answer inside a paragraph, after a finished sentence.
_ANSWERS_JOINED = re.compile(r"[。？！?!”](?:问|答)[：:]")


def _not_a_headline(title: str) -> str | None:
    """The suspicion a title's form raises, if it reads as no headline."""
    if PAGE.match(title):
        return "title_names_a_page"
    if _CUT_AT_FIGURE.search(title):
        return "title_cut_at_a_figure"
    if _SPEAKS_TO_READERS.search(title):
        return "title_speaks_to_readers"
    return None


def _opens_a_story(paragraphs: list[str], at: int) -> bool:
    """A caption between a finished paragraph and one that opens as a report does (a
    date, 近日, a quotation): a headline, more likely, of a story run into this one."""
    if not 0 < at < len(paragraphs) or not is_terminated(paragraphs[at - 1]):
        return False
    after = paragraphs[at]
    return bool(NEWS_LEAD.match(after)) or after.startswith(("“", "「"))


def kicker_suspicion(previous, draft) -> tuple[str, str] | None:
    """A kicker that belongs with the article before: its words are that article's."""
    if not draft.kicker or getattr(draft, "kicker_marked", False) or previous is None:
        return None
    words = char_pairs(draft.kicker)
    own = shared_pairs(words, " ".join([draft.title, draft.subtitle or "", *draft.paragraphs[:2]]))
    before = shared_pairs(words, " ".join(previous.paragraphs[-3:]))
    if before > own and before >= 0.2 * len(words):
        return ("kicker_of_previous", draft.kicker[:20])
    return None


def titles_again(drafts: list) -> dict[int, tuple[str, str]]:
    """Articles (by number) headed by a headline an earlier one has, as its title, kicker
    or subtitle (where its block was misread): the rest of that article over its jump
    headline (`（上接第1版）` lost), or a headline printed twice. One pass, keyed."""
    seen: dict[str, int] = {}
    found: dict[int, tuple[str, str]] = {}
    for number, draft in enumerate(drafts, start=1):
        titled = bool(draft.title) and not getattr(draft, "title_inferred", False)
        if titled and (earlier := seen.get(fold(draft.title))) is not None:
            found[number] = ("title_again", str(earlier))
        heads = [draft.kicker, draft.subtitle, draft.title if titled else None]
        for head in heads:
            if head:
                seen.setdefault(fold(head), number)
    return found


def repeated_lines(lines: list[str], furniture: set[int]) -> list[Note]:
    """Lines printed again and again (an unknown running header), other than furniture."""
    counts = Counter(
        text
        for k, raw in enumerate(lines)
        if k not in furniture and 4 <= len(text := raw.strip()) <= 40 and not is_terminated(text)
    )
    for text in list(counts):
        if counts[text] >= 2 and (byline_line(text) or credit_line(text) or meta_line(text)):
            del counts[text]  # the same department may sign two articles
    return [Note("repeated_line", text) for text, n in counts.items() if n >= 2]


# Least a story's text (in sentences of this length on average, not a poem's lines or a
# list's items) for its headline's words to be looked for in it.
_MIN_TOLD = 60
_MIN_TOLD_PARAGRAPH = 30
_MIN_TITLE_PAIRS = 4


def _title_not_told(title: str, draft) -> bool:
    """A headline none of whose words (pairs of characters) the story's text holds."""
    pairs = {p for p in char_pairs(title) if not p.isspace()}
    paragraphs = draft.paragraphs
    size = sum(len(p) for p in paragraphs)
    if len(pairs) < _MIN_TITLE_PAIRS or size < _MIN_TOLD:
        return False
    if size < _MIN_TOLD_PARAGRAPH * len(paragraphs):
        return False
    text = "".join(paragraphs) + "".join(draft.captions)
    return shared_pairs(pairs, text) == 0
