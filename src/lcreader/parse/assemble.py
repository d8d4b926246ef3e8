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

Every decision is a placement (layout.py): the articles are built from them.
"""

from __future__ import annotations

import itertools
import re
from itertools import islice

from ..model import Byline
from .credits import form_signature
from .dates import cn_number
from .dates import page_number as page_of
from .draft import Draft
from .habits import TURN, names_with_units, roll_cells, width
from .headlines import (
    claused_headline,
    collection_head,
    in_headline_block,
    set_headlines,
)
from .layout import (
    CREDIT,
    PHOTO_CREDIT,
    PHOTO_ITEM,
    PULL_QUOTE,
    ROLL_ROW,
    Builder,
    Placement,
    caption_evidence,
    replay,
)
from .lines import (
    FIELD,
    JUMP_IN,
    JUMP_OUT,
    Line,
    bold_head,
    column_name,
    is_label,
    is_notice_head,
    one_of_a_set,
    photo_credits,
)
from .starts import jump_headline, unclosed_starts
from .text import (
    ANY_STOP,
    BRIEF_MARKS,
    COMMA,
    CONTACT_NUMBER_END,
    DANGLING,
    DIARY_DAY,
    HAN,
    HEADLINE_MARK,
    MEASURE_WORDS,
    PHOTO_COLUMN,
    REPLY,
    ROLL_HEAD,
    SENTENCE_INSIDE,
    SIGN_OFF,
    char_pairs,
    count_cut,
    is_terminated,
    nearby,
    quote_head,
    shared_pairs,
    unclosed_brackets,
)
from .words import is_department

# Longest line read as a headline for where it starts an article, however it reads.
MAX_PLACED_HEADLINE = 40


def _heads_its_start(lines: list[Line], i: int, following: Line | None) -> bool:
    """Whether line i, where an article starts, is its headline though it reads as a
    sentence: under a printed rule (`好消息！东门人行道修好啦！`), a jump's headline, a
    line with no stop under a photo item's credited caption (`老年大学秋季班尚有余位`,
    as wide as the column) or under a story's jump out, or a line the contents list
    names (`暑期防溺水，家长请牢记这几点`, a comma in it)."""
    line = lines[i]
    if line.jump_in and line.text and (line.has_comma or ANY_STOP.search(line.text)):
        return False  # `（上接第1版）工，材料堆放…`: the jumped story's text, under a rule too
    if line.after_rule or jump_headline(line, following):
        return True
    if line.inline_head:
        return True  # a brief's headline run in before its text (`**…**　3月9日，…`)
    if bold_head(line, following):
        return True  # a brief's headline in bold on its own line, over its text
    if line.question_head and line.gap_before and line.text[:1] in BRIEF_MARKS:
        return True  # `◆社区问答｜阳台能装防盗窗吗？` over its `问：`, set apart as the others
    if line.question_head and line.after_furniture and i > 0 and is_terminated(lines[i - 1].text):
        return True  # `养老服务补贴怎么申请？` atop a page, the page before's text ended
    if len(line.text) > MAX_PLACED_HEADLINE:
        return False
    credited = i > 0 and lines[i - 1].caption and bool(photo_credits(lines[i - 1]))
    # (or under a story's jump out, `…他一次次（下转第2版）`: its text goes on elsewhere)
    jumped = i > 0 and lines[i - 1].jump_out
    if (credited or jumped) and not ANY_STOP.search(line.text):
        return True
    if is_notice_head(line) and not (ANY_STOP.search(line.text) or line.has_comma):
        return True  # `2024年度“最美楼道”评选启事`, wider than the column: the notice's title
    return line.listed and not is_terminated(line.text)


def _credited_captions(block: list[Line]) -> bool:
    """Captions alone, the last with its photographer's credit (the one before it may be
    the same caption's first line, the wrap's)."""
    return (
        bool(block)
        and all(line.caption for line in block)
        and bool(photo_credits(block[-1]))
        and all(photo_credits(line) or not is_terminated(line.text) for line in block[:-1])
    )


def decide(lines: list[Line]) -> Builder:
    """Every line's role and article, in the order decided (the builder holds both)."""
    builder = Builder(lines)
    builder.blank_parted = _paragraphs_parted(lines)
    starts = unclosed_starts(lines)
    pending: list[int] = []  # a credit printed over the headline it belongs under
    i, n = 0, len(lines)
    while i < n:
        waiting = bool(pending)  # credits held over a headline, from the step before
        carried: list[int] = []  # credits this step leaves to the next article
        try:
            if lines[i].jump_in and not lines[i].text:
                # `（上接第1版）` alone: the rest of an article cut by a page.
                markers = [i]
                i += 1
                body, i = _body(lines, i, starts)
                closing, i = _closing(lines, i)
                if not _continue_jump(builder, [], markers, body, closing):
                    # (no article waits for its rest: the text stays, an article's own)
                    article = builder.new_article()
                    for k in markers:
                        builder.place(k, "meta", article, "meta.jump")
                    _set_body(builder, article, body)
                    for k in closing:
                        _close(builder, k, article)
                continue
            block: list[int] = []
            block_lines: list[Line] = []
            while (
                i < n
                and (
                    in_headline_block(
                        lines[i], block_lines, following := lines[i + 1] if i + 1 < n else None
                    )
                    or (not block and i in starts and _heads_its_start(lines, i, following))
                )
                # (over the first headline, credited captions alone: its
                # picture's, read out first; after an article, that article's)
                and not (
                    block
                    and i in starts
                    and (
                        builder.drafts
                        or lines[i].after_furniture
                        or not _credited_captions(block_lines)
                    )
                    # (`图片新闻` over its picture's headline: one headline block)
                    and not (len(block) == 1 and PHOTO_COLUMN.match(block_lines[0].text))
                )
            ):
                block.append(i)
                block_lines.append(lines[i])
                i += 1
            if _marked_run_head(block_lines):
                # `# 一周要闻` over `# 荷叶新苑…`, marked alike: the run's head over its
                # first brief's headline, no headline of its own
                builder.place(
                    block[0], "furniture", max(len(builder.drafts) - 1, 0), "furniture.section_head"
                )
                del block[0], block_lines[0]
            if builder.drafts and block:
                # A captioned picture right under the byline of the article before, over
                # this headline: that article's picture, when its caption speaks of it.
                last = len(builder.drafts) - 1
                lead = _captions_of_previous(builder, last, block, range(i, min(n, i + 30)))
                jumped = bool(lead) and lines[lead[0] - 1].jump_out
                for k in lead:
                    builder.place(
                        k,
                        "caption",
                        last,
                        "caption.after_jump" if jumped else "caption.after_byline",
                    )
                del block[: len(lead)]
                del block_lines[: len(lead)]
                if lead and not block and i in starts:
                    continue  # the headline under the picture heads a block of its own

            # (no headline here: the captions from here on stand where a block would)
            pictures = block or _caption_run(lines, i)
            after = pictures[-1] + 1 if pictures else i
            if builder.drafts and _credited_pictures(lines, pictures, after, starts):
                # Credited captions alone over the next page or the next article's
                # headline: the pictures of the article before (its text ended above them),
                # unless they speak of the story under them and not of that one: its
                # picture, set over its headline.
                last = len(builder.drafts) - 1
                # (the story under them only: its text, up to the next start)
                end = min((k for k in starts if k > after), default=n)
                below = range(after, min(n, end, after + _CAPTION_CONTEXT))
                if after in starts and _speaks_of_below(builder, last, pictures, below):
                    ahead = builder.new_article()
                    for k in pictures:
                        builder.place(k, "caption", ahead, "caption.over_headline")
                else:
                    for k in pictures:
                        builder.place(k, "caption", last, "caption.after_text")
                i = after
                continue
            if _briefs_head(lines, block, i):
                # `一周要闻（11.16—11.22）` over briefs that carry their own headlines
                last = max(len(builder.drafts) - 1, 0)
                builder.place(block[0], "furniture", last, "furniture.section_head")
                continue
            # Credits and labels printed under the headline (`■通讯员 X`) belong to it.
            heads: list[int] = []
            while block and i < n and lines[i].closes and not _record_head(lines, i, starts):
                heads.append(i)
                i += 1
            # (a picture's title over its credited caption: 图片新闻, whole as it is)
            pictured = len(block) >= 2 and _credited_captions([lines[block[-1]]])
            body, i = _body(lines, i, starts, whole=pictured and not heads)
            closing, i = _closing(lines, i)
            if block and not heads and _deck_over_credit(lines, body, closing, i, starts):
                # `开设32个班级，新增…课程` / `（社区学校办公室）` / text: a deck under the
                # title, the credit printed under the headline, then the article's text.
                block.append(body[0])
                block_lines.append(lines[body[0]])
                heads = closing
                body, i = _body(lines, i, starts)
                closing, i = _closing(lines, i)
            cut = next((j for j, k in enumerate(closing) if _record_head(lines, k, starts)), None)
            if cut is not None:
                # An export's record opens with its fields (`【稿件编号】…`): the next one's.
                carried.extend(closing[cut:])
                del closing[cut:]
            if closing and _over_headline(lines, closing[-1:], i):
                # A credit set apart from the text above and right over the next
                # headline is the next article's (`□ 台胞　X` over `我在…的第十个年头`).
                carried.append(closing.pop())
            jumped = [k for k in heads if lines[k].jump_in] or [
                k for k in body[:1] if lines[k].jump_in
            ]
            if jumped:
                markers = [k for k in heads if lines[k].jump_in]
                other = [k for k in heads if not lines[k].jump_in]
                previous = len(builder.drafts) - 1 if builder.drafts else None
                if previous is not None and _heads_text_above(builder, previous, block):
                    # `“睦邻议事厅”首季议定十件事` under that story's byline, the page's
                    # furniture, then `（上接第1版）`: the untitled story's headline printed
                    # after it (a PDF's drawing order), no jump's headline
                    set_headlines(builder, previous, block)
                    builder.drafts[previous].notes.append(
                        ("headline_after_body", lines[block[0]].text)
                    )
                    block = []
                if _continue_jump(builder, block, markers, [*other, *body], closing):
                    continue
            previous = len(builder.drafts) - 1 if builder.drafts else None
            if previous is not None and _part_of_previous(builder, previous, block, heads, body):
                # `街道回复`, `【记者手记】` after a byline: a labelled part of the article
                # before (a reply, a reporter's note), not an article without a headline.
                for k in block:
                    builder.place(k, "intertitle", previous, "intertitle.label")
                _set_body(builder, previous, body)
                for k in closing:
                    _close(builder, k, previous)
                continue
            untitled = previous is not None and not builder.drafts[previous].title
            lent = None  # the first line of this headline, given to the article before
            under = not body or body[0] in starts  # (nothing of its own under it)
            # (or only the story's jump out, `（下转第3版）`: its text goes on elsewhere)
            jumps = all(lines[k].jump_out and not lines[k].text for k in heads)
            if (
                untitled
                and block
                and body
                and _cut_sentence_resumes(builder, previous, block, body)
            ):
                # `…比去年同期多了近一` / `民生实事` / `老公房加装电梯…` / `倍。`: the
                # column broke off a sentence of the untitled text above, its headline
                # read out between, and the sentence ends under it: one article
                set_headlines(builder, previous, block)
                builder.drafts[previous].notes.append(("headline_after_body", lines[block[0]].text))
                for k in heads:
                    _close(builder, k, previous)
                _set_body(builder, previous, body)
                for k in closing:
                    _close(builder, k, previous)
                continue
            if untitled and block and under and jumps and _whole_headline_after(lines, block):
                # `民生实事` / `老小区加装电梯“加速跑”` / `——今年已有…` after the text it
                # heads, nothing under it: the whole headline is the article's before
                set_headlines(builder, previous, block)
                builder.drafts[previous].notes.append(("headline_after_body", lines[block[0]].text))
                for k in heads:
                    _close(builder, k, previous)
                block = heads = []
            elif untitled and block and body and _headline_after_its_text(builder, previous, block):
                # `民生实事` / `老旧小区“微更新”完成首批六个点位` / `——…` under a story's
                # text, the next story's text under it: the story's headline, whole, where
                # the file prints each headline after its text
                set_headlines(builder, previous, block)
                builder.drafts[previous].notes.append(("headline_after_body", lines[block[0]].text))
                builder.heads_after = True
                block = []
            elif untitled and body and (m := _listed_head_after(builder, previous, block)):
                # `读者来信` / `楼道灯坏了谁来修？` (the contents names it) / `秋季防火小常识`
                # over the notice's items, under an untitled letter: the letter's headline
                # printed after it, then the next piece's
                set_headlines(builder, previous, block[:m])
                builder.drafts[previous].notes.append(("headline_after_body", lines[block[0]].text))
                del block[:m]
            elif (
                untitled
                and block
                # (an article of its pictures alone, set over this headline: its own)
                and not _only_pictures(builder.drafts[previous])
                and _lend_title(builder, previous, block, body_follows=bool(body))
            ):
                lent = lines[block[0]].text
                del block[0]
                under = body[0] if body else i
                if _briefs_head(lines, block, under):
                    # `社区学校秋季班开学` after its text, then `简讯` over the briefs
                    builder.place(block[0], "furniture", previous, "furniture.section_head")
                    i = under
                    continue
            if not block and not body:
                if previous is None and closing and not heads and _text_under(lines, i):
                    # `记者 X 通讯员 Y` opening the file, text under it: the credit of the
                    # text that follows (its headline may be read out later)
                    article = builder.new_article()
                    for k in closing:
                        _close(builder, k, article)
                    body, i = _body(lines, i, starts)
                    closing, i = _closing(lines, i)
                    _set_body(builder, article, body)
                    for k in closing:
                        _close(builder, k, article)
                    continue
                if heads or closing:
                    target = previous if previous is not None else builder.new_article()
                    for k in (*heads, *closing):
                        _close(builder, k, target)
                continue
            photos = previous is not None and block and not body
            if photos and _is_photo_block(builder, block, previous, closed=bool(closing)):
                for k in block:
                    evidence = caption_evidence(lines[k])
                    if evidence:
                        builder.place(k, "caption", previous, evidence)
                    else:
                        builder.place(k, "line", previous, "line.after_body")
                for k in (*heads, *closing):
                    _close(builder, k, previous)
                continue
            if _trailing_line(builder, previous, block, body, closing, i):
                # One line after a closed article, at a page's foot, with no headline:
                # nothing makes it an article; it stays text, the article's last line.
                builder.place(body[0], "line", previous, "line.after_body")
                continue
            if untitled and block and _only_pictures(builder.drafts[previous]):
                article = previous  # its pictures, set over this headline, placed already
            elif untitled and block and _editors_note(builder.drafts[previous]):
                article = previous  # `编者按：…` over a headline introduces that article
            elif not block and previous is not None and _noted(builder.drafts[previous]):
                article = previous  # under `编者按：…` and its credit, the story itself
            else:
                article = builder.new_article()
            set_headlines(builder, article, block)
            if lent is not None and block:
                # Doctor: the line given back may have been this headline's kicker.
                builder.drafts[article].notes.append(("lent_headline_line", lent[:20]))
            if block and body and lines[body[0]].after_rule and not heads:
                # Its text starts under a printed rule: the rule parts articles, so this
                # headline may head nothing (a greeting over a digest's first item).
                builder.drafts[article].notes.append(
                    ("headline_over_rule", lines[block[0]].text[:20])
                )
            for k in pending:
                _close(builder, k, article)
            pending.clear()
            for k in heads:
                _close(builder, k, article)
            if block and _photo_item(lines, body, closing, block):
                # 图片新闻: under its headline, one short text that speaks of its picture
                # (`…图为拔河比赛。`) and only the photographer's credit: the caption.
                for k in body:
                    builder.place(k, "caption", article, PHOTO_ITEM)
                for k in closing:
                    builder.place(k, "byline", article, PHOTO_CREDIT)
                continue
            _set_body(builder, article, body)
            for k in closing:
                _close(builder, k, article)
        finally:
            if waiting and pending:  # no article came under them: the one before's
                target = len(builder.drafts) - 1 if builder.drafts else builder.new_article()
                for k in pending:
                    _close(builder, k, target)
                pending.clear()
            pending.extend(carried)
    if pending:  # the file ended under them
        target = len(builder.drafts) - 1 if builder.drafts else builder.new_article()
        for k in pending:
            _close(builder, k, target)
    return builder


def _marked_run_head(block: list[Line]) -> bool:
    """A run's head (`一周要闻`) marked as the headline under it is, at the same level."""
    return (
        len(block) >= 2
        and block[0].level > 0
        and block[1].level == block[0].level
        and collection_head(block[0])
    )


def _briefs_head(lines: list[Line], block: list[int], i: int) -> bool:
    """A run's head alone (`简讯`, `一周要闻`) over briefs that carry their own headlines."""
    if len(block) != 1 or i >= len(lines):
        return False
    # (or set in bold on its own line over its text: `# 简讯` / `**社区食堂增设…**`)
    below = lines[i + 1] if i + 1 < len(lines) else None
    if not (lines[i].inline_head or bold_head(lines[i], below)):
        return False
    return collection_head(lines[block[0]]) or column_name(lines[block[0]])


# The longest text read as a photo item's caption.
MAX_PHOTO_ITEM = 300
_SPEAKS_OF_PICTURE = re.compile(r"(?:^|[。！？；，])(?:图为|上图|下图|左图|右图|图中)")


def _caption_run(lines: list[Line], i: int) -> list[int]:
    """The captions from line i on, one after another."""
    run = []
    while i < len(lines) and lines[i].caption:
        run.append(i)
        i += 1
    return run


def _credited_pictures(lines: list[Line], block: list[int], i: int, starts: set[int]) -> bool:
    """Whether the block is only captions with their photographers' credits, with a page's
    break or another article's start right under it."""
    if not block or i >= len(lines) or not (i in starts or lines[i].after_furniture):
        return False
    return _credited_captions([lines[k] for k in block])


def _photo_item(lines: list[Line], body: list[int], closing: list[int], block: list[int]) -> bool:
    """A headline's whole text one short paragraph that says what its picture shows
    (or any, under a photo column's name: `图说枫湾`, `图片新闻`), closed by nothing but
    a photographer's credit (`本报记者 X 摄`)."""
    if not body or not closing:
        return False
    texts = [lines[k] for k in body]
    if any(line.gap_before for line in texts[1:]) or not all(line.prose for line in texts):
        return False
    text = "".join(line.text for line in texts)
    credits = [b for k in closing for b in (lines[k].byline or [])]
    column = any(PHOTO_COLUMN.match(lines[k].text) for k in block)
    # (under a photo column's name, `文/图　X` credits the picture too)
    pictured = all(b.role == "摄影" for b in credits) or (
        column and any(b.role in ("摄影", "图") for b in credits)
    )
    return (
        len(text) <= MAX_PHOTO_ITEM
        and (bool(_SPEAKS_OF_PICTURE.search(text)) or column)
        and bool(credits)
        and all(lines[k].credit for k in closing)
        and pictured
    )


# Longest deck read under a title when a credit follows it.
MAX_DECK = 30


def _deck_over_credit(
    lines: list[Line], body: list[int], closing: list[int], i: int, starts: set[int]
) -> bool:
    """One short line with no stop between a headline and a credit, text going on under
    the credit: the headline's deck, and the credit printed under the headline."""
    if len(body) != 1 or not closing or i >= len(lines) or i in starts:
        return False
    deck, below = lines[body[0]], lines[i]
    return (
        not deck.gap_before
        and len(deck.text) <= MAX_DECK
        and not is_terminated(deck.text)
        and not (deck.caption or deck.field or deck.row or deck.list_item)
        and all(lines[k].byline for k in closing)
        and (below.prose or below.has_comma)
        and not below.level
    )


def _over_headline(lines: list[Line], credits: list[int], i: int) -> list[int]:
    """Author credits standing right over a headline, set apart from the text above:
    the credits of the article below (a text box read out before its headline)."""
    if i >= len(lines):
        return []
    following = lines[i + 1] if i + 1 < len(lines) else None
    credited = all(lines[k].credit and lines[k].byline for k in credits)
    first = credits[0]
    if (
        credited
        and lines[first].after_furniture
        and lines[i].after_furniture
        # (where furniture stands between every line, a subtitle file's cues, it parts
        # nothing: the credit closes the story above as it would with none)
        and not (first > 0 and lines[first - 1].after_furniture)
    ):
        # The page's own credits between its furniture (a reader view's title, credits,
        # reading time, then the story): the story's below, not the one above's.
        return credits if in_headline_block(lines[i], [], following) else []
    if (
        credited
        and lines[first].after_furniture
        and first > 0
        and lines[first - 1].closes
        and not (lines[i].gap_before or lines[i].after_furniture)
    ):
        # `文/孟晓雯` atop the next page, the story above signed already, right over a
        # headline: the credit of the story under it, printed over its headline
        return credits if in_headline_block(lines[i], [], following) else []
    if lines[i].gap_before or lines[credits[0]].gap_before == 0:
        return []
    if lines[i].after_rule or lines[i].after_furniture:
        # a printed rule, a section's number, a page's head parts the two: the credit
        # closes the article above it
        return []
    return credits if credited and in_headline_block(lines[i], [], following) else []


def _body(
    lines: list[Line], i: int, starts: set[int], whole: bool = False
) -> tuple[list[int], int]:
    """The body lines from i: up to a closing line, a heading or another article's start,
    or through a line that ends the article (a byline glued to it, a `（下转…）`). `whole`:
    the headline over it is a whole item already (a picture's title and credited caption),
    so another article's start right under it is no body of it."""
    body: list[int] = []
    n = len(lines)
    while (
        i < n
        and not lines[i].level
        and not lines[i].closes
        and (i not in starts or (not body and not whole))
    ):
        body.append(i)
        i += 1
        last = lines[body[-1]]
        # Items of a list of short news each end with their source and go on together.
        listed = last.list_item and i < n and lines[i].list_item
        # (a caption's own credit, `…（X供图）`, ends no article)
        # (a jump's two ends straight one after the other: the text goes on)
        met = last.jump_out and i < n and lines[i].jump_in and bool(lines[i].text)
        if (last.inline_byline and not listed and not last.caption) or (last.jump_out and not met):
            break
    return body, i


def _record_head(lines: list[Line], i: int, starts: set[int]) -> bool:
    """An export's field that opens the next record (`【稿件编号】…` over its title)."""
    return i in starts and lines[i].export_field


def _closing(lines: list[Line], i: int) -> tuple[list[int], int]:
    closing: list[int] = []
    # `（上接…）` opens the rest of another article: it closes nothing.
    while i < len(lines) and lines[i].closes and not lines[i].jump_in:
        closing.append(i)
        i += 1
    return closing, i


def _continue_jump(
    builder: Builder, titles: list[int], markers: list[int], body: list[int], closing: list[int]
) -> bool:
    """The rest of an article cut by a page (`（上接第1版）`), with its jump headline: onto the
    article it continues, if one was cut (`（下转…）`) and not yet continued. False: none."""
    # (or one whose text stops on a clause left open, `…多出二十来元，`: cut, though its
    # `（下转…）` was printed under another story, or lost)
    cut = {k for k, draft in enumerate(builder.drafts) if JUMP_IN not in draft.meta and _cut(draft)}
    waiting = sorted({*_waiting(builder), *cut})
    came = (builder.lines[(markers or body)[0]].jump or {}).get(JUMP_IN, "")
    if not waiting and came[:1] in "上前" and builder.drafts and _unended(builder.drafts[-1]):
        # `（接上页）`: the page before's last story, its sentence left open at its foot
        waiting = [len(builder.drafts) - 1]
    if not waiting:
        return False
    words = char_pairs("".join(builder.lines[k].text for k in titles))
    marker = builder.lines[(markers or body)[0]]
    outs = _jump_lines(builder)

    def fit(k: int) -> tuple:
        draft, out = builder.drafts[k], outs.get(k)
        pages = 0
        if out is not None:
            # `（下转第3版）` goes to the page this marker is on; `（上接第2版）` comes from
            # the page that marker was on.
            # (a marker run into the text's first line may carry no jump of its own)
            went, came = (out.jump or {}).get(JUMP_OUT, ""), (marker.jump or {}).get(JUMP_IN, "")
            pages += marker.page is not None and page_of(went) == marker.page
            pages += out.page is not None and page_of(came) == out.page
        # (a sentence cut mid-clause goes on here before any marker's page says so)
        return (k in cut, pages, shared_pairs(words, draft.title + (draft.kicker or "")), -k)

    target = max(waiting, key=fit)
    if JUMP_OUT not in builder.drafts[target].meta:
        _move_jump_out(builder, target, outs)
    for k in titles:
        builder.place(k, "meta", target, "meta.jump_title")
    for k in markers:
        builder.place(k, "meta", target, "meta.jump")
    _set_body(builder, target, body)
    for k in closing:
        _close(builder, k, target)
    return True


def _move_jump_out(builder: Builder, target: int, outs: dict[int, Line]) -> None:
    """The `（下转…）` printed under a story whose text ended (a box's marker set after the
    next story) is the cut story's: it moves to the article it cuts."""
    for article, line in outs.items():
        draft = builder.drafts[article]
        if JUMP_IN in draft.meta or _cut(draft) or not line.jump or JUMP_OUT not in line.jump:
            continue
        at = next(
            (n for n, p in enumerate(builder.placements) if builder.lines[p.line] is line), None
        )
        if at is None or builder.placements[at].role != "meta":
            continue
        moved = builder.placements.pop(at)
        draft.meta.pop(JUMP_OUT, None)
        builder.place(moved.line, "meta", target, moved.rule)
        return


def _as_wide_as_next(line: Line, below: Line) -> bool:
    """A line nearly as wide as the text line right under it (no blank between), in a
    column cut at one width: the paragraph's first line, not a heading over it."""
    return (
        not below.gap_before
        and not line.short_in_wrap
        and below.full_width
        and width(line.text) >= _WIDE_AS_NEXT * width(below.text)
    )


_WIDE_AS_NEXT = 0.8


def _waiting(builder: Builder) -> list[int]:
    """The articles a page cut (`（下转…）`) whose rest has not come yet."""
    return [
        k
        for k, draft in enumerate(builder.drafts)
        if JUMP_OUT in draft.meta and JUMP_IN not in draft.meta
    ]


def _last_text(draft: Draft) -> str:
    """The article's text as it stops: its open paragraph, or its last one."""
    return "".join(draft.pieces) if draft.pieces else (draft.paragraphs or [""])[-1]


def _unended(draft: Draft) -> bool:
    """Whether the article's text stops with no stop at its end."""
    last = _last_text(draft)
    return bool(last.strip()) and not is_terminated(last) and JUMP_IN not in draft.meta


def _cut(draft: Draft) -> bool:
    """Whether the article's text stops on a clause left open (`…，`, `…、`)."""
    return _last_text(draft).rstrip().endswith(("，", "、", ","))


def _jump_lines(builder: Builder) -> dict[int, Line]:
    """Article → the line that carried its `（下转…）`."""
    found: dict[int, Line] = {}
    for placement in builder.placements:
        line = builder.lines[placement.line]
        if line.jump_out:
            found[placement.article] = line
    return found


def assemble(lines: list[Line]) -> Builder:
    """The articles of the lines (built), the layout they were built from, and the lines
    placed as furniture."""
    builder = decide(lines)
    lone = _lone_section_heads(builder)
    run = _poems_column_heads(builder)
    if lone or run:
        # `▍社区要闻` over one story, the next banner after it: that story's kicker
        # (`诗苑` over two poems: the run's head, no one poem's kicker)
        placements = [
            Placement(p.line, "kicker", p.article, "kicker.lone_section")
            if p.line in lone
            else Placement(p.line, "furniture", p.article, "furniture.section_head")
            if p.line in run
            else p
            for p in builder.placements
        ]
        return replay(lines, placements)
    builder.finish()
    return builder


def _poems_column_heads(builder: Builder) -> set[int]:
    """A column's name read as a poem's kicker (`诗苑` / `七律·…` / its writer) where the
    next article is a poem too, with no kicker of its own: the head of the column's run
    of poems, as a section's head over several headlines is."""
    columns = [p for p in builder.placements if p.rule == "kicker.column"]
    if not columns:
        return set()  # (the cheap test first: most issues have no such kicker)
    verse: set[int] = set()
    kicked: set[int] = set()
    for p in builder.placements:
        if p.role in ("line", "paragraph") and builder.lines[p.line].verse:
            verse.add(p.article)
        if p.role == "kicker" or p.rule in _SECTION_RULES:
            kicked.add(p.article)
    return {
        p.line
        for p in columns
        if p.article in verse and p.article + 1 in verse and p.article + 1 not in kicked
    }


_SECTION_RULES = frozenset({"furniture.section_head", "furniture.banner"})
_BRIEFS = ("简讯", "快讯", "短讯")


def _lone_section_heads(builder: Builder) -> set[int]:
    """Section heads taken as the head of a run (`▍社区要闻`, `工作动态`: a word of the
    kind) that head one article alone, up to the next section's head or kicker: that
    article's kicker, as a section's name over one headline is."""
    lines = builder.lines

    def run_head(p: Placement) -> bool:
        # (a page's head, `第2版　民生`, is the page's, however few stories it holds;
        # `简讯` names a run of briefs, however many the page printed)
        text = lines[p.line].text
        return (
            p.rule == "furniture.section_head"
            and page_of(text) is None
            and not text.endswith(_BRIEFS)
        )

    if not any(run_head(p) for p in builder.placements):
        return set()  # (the cheap test first: most issues have no such head)
    placements = sorted(builder.placements, key=lambda p: p.line)
    kicked = {p.article for p in placements if p.role == "kicker"}
    texted = {p.article for p in placements if p.role in ("paragraph", "continuation")}
    pictured = {p.article for p in placements if p.role == "caption"}
    lone = set()
    for n, head in enumerate(placements):
        if head.article in kicked or not run_head(head):
            continue
        articles: set[int] = set()
        # (a photo section's run is of photo items: a story with text and no picture
        # after it is not its)
        photos = lines[head.line].text.endswith("图片新闻")
        for p in itertools.islice(placements, n + 1, None):
            line = lines[p.line]
            if line.banner or line.barred or p.role == "kicker" or p.rule in _SECTION_RULES:
                break
            # (nor the text of a story before it, a jump's continuation)
            unpictured = p.article in texted and p.article not in pictured
            if photos and (p.article < head.article or (p.article != head.article and unpictured)):
                break
            if line.after_message and p.article != head.article:
                break  # (a chat's next message: each posts its own piece)
            if p.role != "furniture":
                articles.add(p.article)
        if articles == {head.article}:
            lone.add(head.line)
    return lone


def _close(builder: Builder, k: int, article: int) -> None:
    line = builder.lines[k]
    if line.jump and not line.text:
        builder.place(k, "meta", article, "meta.jump")
    elif line.meta:
        builder.place(k, "meta", article, "meta.date" if line.signature else "meta.label")
    elif line.signature:
        builder.place(k, "byline", article, "byline.signature")
    else:
        builder.place(k, "byline", article, CREDIT if line.credit else "byline.line")


# Longest phrase read as a heading inside an article.
MAX_SHORT_HEADING = 16


def _numbered_in_a_row(body: list[Line], j: int) -> bool:
    """Line j numbered right under or right over the line numbered one before or after
    it, in the same form: items of a list, each a line."""
    number = _item_number(body[j].text)
    if number is None:
        return False
    kind, n = number
    for at, want in ((j - 1, n - 1), (j + 1, n + 1)):
        if 0 <= at < len(body) and _item_number(body[at].text) == (kind, want):
            return True
    return False


def _paired_clauses(line: Line) -> bool:
    """Two clauses of the same length a comma apart, no stop after: `孩子有人管，老人有事做`."""
    text = line.text
    if len(text) > MAX_SHORT_HEADING or is_terminated(text) or line.list_item or line.field:
        return False
    if line.full_width:
        return False  # (a line as wide as the column goes on in the next)
    halves = COMMA.split(text)
    return len(halves) == 2 and all(halves) and abs(len(halves[0]) - len(halves[1])) <= 1


def _short_heading(line: Line) -> bool:
    text = line.text
    return (
        len(text) <= MAX_SHORT_HEADING
        and not line.has_comma
        and not line.prose
        and not text.endswith(DANGLING)
        and line.gap_before <= 1
        # (a quotation opened and not closed, `“小时候我也在…写过`: a sentence a page cut)
        and text.count("“") <= text.count("”")
        # (nor a field whose value is a number to ring, `热线电话：54781234`)
        and not CONTACT_NUMBER_END.search(text)
        # (nor a diary's day, `7月3日 多云`: a line of its text)
        and not DIARY_DAY.match(text)
    )


def _item_cut_by_wrap(body: list[Line], j: int) -> bool:
    """A numbered line (`1.出门遛狗要拴绳，牵引绳长`) that the next line runs on (no
    indent where indents begin paragraphs) and finishes (`度不超过1.5米；`): a list's
    item the column cut, no heading."""
    line = body[j]
    if not (j + 1 < len(body) and _ITEM_NUMBER.match(line.text)):
        return False
    below = body[j + 1]
    return (
        (
            # (short by its half-width number, the item's line may read as a paragraph's end)
            ((below.runs_on or below.after_short) and not below.gap_before)
            # (or the item's line indented as paragraphs begin and set to the column's full
            # width, the line under it at the margin: a wrap, however far a double-spaced
            # print sets the lines apart)
            or (line.full_width and line.indent_starts)
        )
        and not below.indented
        and not _ITEM_NUMBER.match(below.text)
        and below.text.endswith(("；", ";", "。"))
    )


# Shortest text a heading of a part stands over: shorter is a cut sentence's end.
_MIN_PART_TEXT = 6


def _signing_body(body: list[Line], j: int) -> bool:
    """The last line of an article, a department's name alone after a finished sentence."""
    line = body[j]
    return (
        j == len(body) - 1
        and j > 0
        # (or its last field: `注意事项：…` / `X编辑部`)
        and (is_terminated(body[j - 1].text) or body[j - 1].field)
        and not (line.level or line.caption or line.prose or line.has_comma)
        and is_department(line.text)
    )


def _prose(line: Line) -> bool:
    return line.prose or line.has_comma


def _part_of_previous(
    builder: Builder, previous: int, block: list[int], heads: list[int], body: list[int]
) -> bool:
    """After a byline, a label of a word or two over body text (`街道回复`, `【记者手记】`;
    no credit, no list under it), or body that opens with an intertitle or a reply's
    label: a further part of the article before. A headline says what happened in a
    phrase: it is longer."""
    last = builder.placements[-1] if builder.placements else None
    if last is None or last.article != previous or last.role not in ("byline", "meta"):
        return False
    if heads or not body or any(builder.lines[k].section_role for k in block):
        return False
    lines = builder.lines
    first = lines[body[0]]
    if not block:
        if _over_marked_brief(lines, body):
            return False  # `▌便民信息` over `■ 社区食堂推出冬令菜单` and its text: briefs
        # (or the paper's reply run into its first line: `编者：接到来信后，…`)
        return (first.intertitle or bool(REPLY.match(first.text))) and not first.list_item
    # (a reply under its office's name, `区交警大队回复`, however long the name)
    label = lines[block[0]] if len(block) == 1 else None
    if label is None or not (is_label(label) or REPLY.match(label.text)) or first.list_item:
        return False
    if lines[block[0]].after_furniture:
        return False  # a page's break between: the label heads the next page's column
    if lines[block[0]].spaced:
        return False  # `光 荣 榜` set letter-spaced: display type, the next piece's head
    if _headline_over_text(lines, body):
        return False  # `平安榕荫` / `防范电信诈骗，牢记“三不一多”` / text: a column's next piece
    if first.verse:
        return False  # `春到桂坞` over a poem's lines: the poem's own title, a piece of its own
    return _prose(first) and not is_notice_head(lines[block[0]])


def _headline_over_text(lines: list[Line], body: list[int]) -> bool:
    """The body opens with a short line of clauses and no stop, no sentence of its own,
    over text: a headline, not the first line of a reply."""
    return len(body) > 1 and claused_headline(lines[body[0]]) and _prose(lines[body[1]])


def _over_marked_brief(lines: list[Line], body: list[int]) -> bool:
    """A head over a marked headline with no stop in it (`■ 社区食堂推出冬令菜单`) and its
    text: a run of briefs begins under it."""
    if len(body) < 3:
        return False
    marked, text = lines[body[1]], lines[body[2]]
    return (
        bool(HEADLINE_MARK.match(marked.text))
        and not ANY_STOP.search(marked.text)
        and (text.prose or text.has_comma)
    )


# An editor's note printed over the headline of the article it introduces.
_EDITORS_NOTE = re.compile(r"^[【\[（(]?(?:编者按|编者的话|编前语|编者)[】\]）)]?\s*[:：]")


def _only_a_note(draft) -> bool:
    """The article so far is one paragraph, an editor's note."""
    return len(draft.paragraphs) + bool(draft.pieces) == 1 and bool(
        _EDITORS_NOTE.match((draft.pieces or draft.paragraphs)[0])
    )


def _editors_note(draft) -> bool:
    """An untitled start of nothing but an editor's note, with no byline of its own."""
    return _only_a_note(draft) and not draft.bylines and not draft.captions


def _noted(draft) -> bool:
    """A headline, an editor's note and the credit under it, and no story yet."""
    return bool(draft.title) and bool(draft.bylines) and _only_a_note(draft)


def _text_under(lines: list[Line], i: int) -> bool:
    """Line i opens a paragraph of text (a sentence, or one cut by the wrap)."""
    return i < len(lines) and (lines[i].prose or lines[i].has_comma) and not lines[i].closes


# Longest end of a sentence read as the rest of one a column cut, under a headline.
_MAX_RESUMED = 12


def _cut_sentence_resumes(
    builder: Builder, previous: int, block: list[int], body: list[int]
) -> bool:
    """The untitled text above breaks off inside a sentence, and the body under this
    headline opens with its end alone (`倍。`, a short line ending the sentence, a
    blank line or a new paragraph after it): the sentence resumed past the headline."""
    lines, draft = builder.lines, builder.drafts[previous]
    if not (draft.open_paragraph and draft.pieces) or is_terminated(draft.pieces[-1]):
        return False
    if any(lines[k].caption or lines[k].listed or lines[k].level for k in block):
        return False
    first = lines[body[0]]
    if first.indented or first.closes or len(first.text) > _MAX_RESUMED:
        return False
    if not is_terminated(first.text) or first.text[:1] in "“「『（(":
        return False
    after = lines[body[1]] if len(body) > 1 else None
    return after is None or bool(after.gap_before or after.indented)


def _whole_headline_after(lines: list[Line], block: list[int]) -> bool:
    """A kicker, a title and a `——subtitle` set together (no blank line among them),
    none marked, listed or a caption (a credited caption may stand under them): one
    headline whole."""
    heads = [lines[k] for k in block]
    while heads and heads[-1].caption and photo_credits(heads[-1]):
        heads.pop()  # (its picture's credited caption under it: `上图：…　孟浩　摄`)
    return (
        2 <= len(heads) <= 3
        and heads[-1].subtitle_dash
        and not any(h.gap_before for h in heads[1:])
        and not any(h.position_marked or h.level or h.caption or h.listed for h in heads)
        and not heads[0].after_rule
    )


# Lines of a whole headline block (kicker, title, subtitle) printed after its text.
_MAX_HEAD_AFTER = 3


def _heads_text_above(builder: Builder, previous: int, block: list[int]) -> bool:
    """A headline over a jump's marker that is the untitled story's above it: its words
    are that story's (pairs of characters its text holds) and no cut story's title."""
    draft = builder.drafts[previous]
    heads = [builder.lines[k] for k in block]
    if not heads or draft.title or not draft.has_body or len(heads) > _MAX_HEAD_AFTER:
        return False
    if any(h.caption or h.level or h.banner or h.section_role for h in heads):
        return False
    if any(ANY_STOP.search(h.text) for h in heads):
        return False  # (a sentence is the text's, never a headline)
    words = char_pairs("".join(h.text for h in heads))
    text = "".join([*draft.paragraphs, *draft.pieces])
    return shared_pairs(words, text) >= _MIN_SHARED_AFTER and not any(
        shared_pairs(words, builder.drafts[k].title + (builder.drafts[k].kicker or ""))
        for k in _waiting(builder)
    )


_MIN_SHARED_AFTER = 3


def _headline_after_its_text(builder: Builder, previous: int, block: list[int]) -> bool:
    """The block is a whole headline (two or three lines, none a caption, a listed or
    marked heading, a banner or a numbered section) and the untitled article above has
    text: its headline, printed after it, where the file's first story was printed so
    (its text first, opening the file, then its kicker, title and `——subtitle`)."""
    lines = builder.lines
    heads = [lines[k] for k in block]
    if not 2 <= len(heads) <= _MAX_HEAD_AFTER or not builder.drafts[previous].has_body:
        return False
    if any(
        h.caption or h.listed or h.level or h.banner or h.section_role or h.prose or h.after_rule
        for h in heads
    ):
        return False
    if builder.heads_after:
        return True
    # (the file's first story: its text opens the file, a whole headline under it)
    return previous == 0 and _whole_headline_after(lines, block)


def _listed_head_after(builder: Builder, previous: int, block: list[int]) -> int:
    """How many lines of the block, up to a headline the contents names and not the
    last, are the headline of the untitled article above (its text, a whole headline
    after it, then the next article's headline over that one's text); 0 when none."""
    lines = builder.lines
    if len(block) < 2 or not builder.drafts[previous].has_body:
        return 0
    named = next((j for j, k in enumerate(block[:-1]) if lines[k].listed), None)
    if named is None or named > 1:
        return 0
    heads = [lines[k] for k in block]
    if any(h.caption or h.level or h.banner or h.section_role or h.prose for h in heads):
        return 0
    return named + 1


def _lend_title(builder: Builder, previous: int, block: list[int], body_follows: bool) -> bool:
    """Give an untitled article the headline printed after its body."""
    first = builder.lines[block[0]]
    # A marked heading, a section's banner or a photo caption belongs where it stands;
    # under a printed rule or a section's number, a headline heads what follows it.
    if first.position_marked or first.level or first.caption or first.after_rule or first.banner:
        return False
    if first.section_role:
        return False  # `一、党建引领`: a 简报's numbered heading heads what is under it
    if any(builder.lines[k].listed for k in block):
        return False  # a headline the contents list names heads an article of its own
    if len(block) >= 2 or not body_follows:
        builder.place(
            block[0], "title", previous, "title.after_body",
            note=("headline_after_body", first.text),
        )  # fmt: skip
        return True
    return False


def _trailing_line(
    builder: Builder, previous: int | None, block: list, body: list, closing: list, i: int
) -> bool:
    """A lone unterminated line with no headline over it, between a closed article and
    the end of the page (its furniture, or the end of the issue)."""
    if previous is None or block or closing or len(body) != 1:
        return False
    line = builder.lines[body[0]]
    page_ends = i >= len(builder.lines) or line.before_furniture
    return (
        page_ends
        and bool(builder.drafts[previous].bylines)
        and not is_terminated(line.text)
        and not line.gap_before
    )


def _captions_of_previous(
    builder: Builder, previous: int, block: list[int], below: range
) -> list[int]:
    """The captions (by their form: `图为…`, `… 摄`) at the top of a headline block that
    stand right under the byline closing the article before and share more of their
    words with that article than with the lines `below` the block."""
    lines = builder.lines
    draft = builder.drafts[previous]
    if not draft.bylines or not draft.has_body or not below:
        return []
    lead = []
    for k in block:
        # (right under it, or a blank line apart: the picture's place is set apart)
        if not lines[k].caption or lines[k].gap_before > (0 if lead else 1):
            break
        lead.append(k)
    if not lead:
        return []
    recent = islice(reversed(builder.placements), _RECENT)  # the byline is placed last
    above = next((p for p in recent if p.line == lead[0] - 1), None)
    if above is None or above.article != previous:
        return []
    # (or under its jump out, `（下转第4版）`: the story's picture, set where it breaks off)
    jumped = above.role == "meta" and lines[above.line].jump_out
    if above.role != "byline" and not lines[above.line].inline_byline and not jumped:
        return []  # under the article's text, not under its closing credit
    if not jumped:
        above_words, below_words = _words_shared(builder, previous, lead, below)
        return lead if above_words > below_words else []
    # (under a jump, each caption by its own words: the next story's pictures may follow)
    taken = []
    for k in lead:
        above_words, below_words = _words_shared(builder, previous, [k], below)
        if above_words <= below_words:
            break
        taken.append(k)
    return taken


_WINDOW = 2000
_RECENT = 8
# Lines under a picture's captions its words are looked for in.
_CAPTION_CONTEXT = 30


def _words_shared(
    builder: Builder, previous: int, captions: list[int], below: range
) -> tuple[int, int]:
    """How many of the captions' word pairs the article before holds, and how many the
    lines `below` them (bounded windows: linear however long the articles)."""
    lines, draft = builder.lines, builder.drafts[previous]
    before = nearby(reversed((*draft.paragraphs, *draft.pieces, *draft.byline_texts)), _WINDOW)
    after = nearby((lines[k].text for k in below), _WINDOW)
    pairs = {p for k in captions for p in char_pairs(lines[k].text) if _HAN_PAIR.match(p)}
    return shared_pairs(pairs, before), shared_pairs(pairs, after)


def _speaks_of_below(builder: Builder, previous: int, captions: list[int], below: range) -> bool:
    """The captions share more of their words with the lines `below` them than with the
    article before."""
    above_words, below_words = _words_shared(builder, previous, captions, below)
    return below_words > above_words


def _only_pictures(draft: Draft) -> bool:
    """An article begun by its pictures' captions alone, its headline still to come."""
    return bool(draft.captions) and not (draft.title or draft.has_body or draft.kicker)


_HAN_PAIR = re.compile(f"[{HAN}]{{2}}$")  # a pair of words' characters, not marks


def _is_photo_block(builder: Builder, block: list[int], previous: int, closed: bool) -> bool:
    """Short lines after an article, with no body of their own: the article's captions or
    closing lines. Not when a byline closes them (a headline and lines, then a byline,
    are an article of lines: a poem), nor when a head stands over captions."""
    lines = builder.lines
    if any(lines[k].level for k in block) or not builder.drafts[previous].has_body:
        return False
    # `图片新闻` over captions with their credits: a block of photos with a head of its own.
    evidenced = sum(1 for k in block[1:] if caption_evidence(lines[k]))
    if not caption_evidence(lines[block[0]]) and evidenced >= 2:
        return False
    # Under the byline that closed the article before, a title over one credited caption
    # (`田间地头的“红马甲”` / `图为…。X 摄`): a picture of its own, 图片新闻 unlabelled.
    last = builder.placements[-1] if builder.placements else None
    signed = last is not None and last.article == previous and last.role == "byline"
    titled = not caption_evidence(lines[block[0]]) and not ANY_STOP.search(lines[block[0]].text)
    # (set right over it, the caption saying what the picture shows: `图为…`)
    shown = len(block) == 2 and not lines[block[1]].gap_before
    shown = shown and bool(_SPEAKS_OF_PICTURE.search(lines[block[1]].text))
    if signed and titled and shown and _credited_captions([lines[block[1]]]):
        return False
    return not (closed and len(block) >= 3)


_CUT_CLOCK = re.compile(r"(?<![\d:：])\d{1,2}[:：]$")


def _set_body(builder: Builder, article: int, body: list[int]) -> None:
    lines = builder.lines
    draft = builder.drafts[article]
    body_lines = [lines[k] for k in body]
    leads = _leads_to_prose(body_lines)
    open_field = open_figure = open_caption = open_clock = False
    for j, k in enumerate(body):
        line = lines[k]
        text = line.text
        goes_on = open_field and _field_goes_on(line)
        # (`报名条件：本区常住、年满55` / `周岁、…`: cut between a figure and its unit)
        goes_on = goes_on or (open_figure and _field_goes_on(line) and text[:1] in _UNITS)
        # (`延时时间：每周二、周四17:` / `00—19:30`: cut inside a time of day)
        goes_on = goes_on or (open_clock and not line.gap_before and text[:2].isdigit())
        open_clock = (line.field or goes_on) and bool(_CUT_CLOCK.search(text))
        # (its rest short, the caption's end: the paragraph it stood in goes on after it)
        caption_goes_on = (
            open_caption and _field_goes_on(line) and line.short_in_wrap and is_terminated(text)
        )
        open_field = (line.field or goes_on) and (
            _cut_by_wrap(line)
            or (line.full_width and text.endswith(("”", "’", "》")))
            or unclosed_brackets(text) > 0
        )  # (a field's value cut after a quoted name: `二楼“时间银行”` / `窗口`; or inside
        # its note's brackets: `监督电话：57231106（村务监督委` / `员会）`)
        open_figure = (line.field or goes_on) and line.full_width and text[-1:].isdigit()
        # (a credit ends its caption: `…新书包。　裘一鸣　摄` is whole however wide)
        open_caption = line.caption and _cut_by_wrap(line) and not photo_credits(line)
        if j == 0 and text and text == draft.title and not (line.level or line.caption):
            # the headline again as the text's first line (an export's body opens with it)
            builder.place(k, "furniture", article, "furniture.title_again")
        elif line.section_role == "continued":
            # `一、…（续）`: the section's heading printed again where it goes on
            builder.place(k, "furniture", article, "furniture.continued_head")
        elif goes_on:
            # `活动时间：3月23日（周六）9:00—` / `12:00`: the column cut the field's value
            builder.place(k, "continuation", article, "continuation.field")
        elif draft.pieces and _MARKS_ONLY.match(text):
            # `”` alone: the wrap cut a sentence's closing mark onto a line of its own
            builder.place(k, "continuation", article, "continuation.open")
        elif caption_goes_on:
            # `▲街道工作人员为百岁老人许` / `玉珍送上生日蛋糕。`: the column cut the caption
            builder.place(k, "caption", article, "caption.form")
        elif line.pull_quote:
            builder.place(k, "meta", article, PULL_QUOTE)  # the text goes on past it
        elif _signing_body(body_lines, j):
            # `本报编辑部` alone under a notice's last sentence: the body that signs it
            line.byline, line.byline_text = [Byline(department=text)], text
            builder.place(k, "byline", article, "byline.signing_body")
        elif line.caption:
            builder.place(k, "caption", article, "caption.form")
        elif line.photo_credit:
            builder.place(k, "byline", article, "byline.photo_credit")
        elif line.row and (signed := form_signature(text)):
            # `填报人　陆敏　审核人　钱立群`: who filled the form in, and who checked it
            line.byline, line.meta, line.byline_text = signed
            builder.place(k, "byline", article, "byline.form")
        elif line.row:
            roll = len(roll_cells(text)) > 1 and names_with_units(text)
            builder.place(k, "line", article, ROLL_ROW if roll else "line.row")
        elif line.field:
            builder.place(k, "line", article, "line.field")
        elif line.verse:
            builder.place(k, "line", article, "line.verse")
        elif line.intertitle and _numbered_in_a_row(body_lines, j):
            # `1.千里相逢（打一字）` right over `2.…`: a list's items, no part's headings
            builder.place(k, "paragraph", article, "paragraph.list")
        elif line.intertitle and line.boxed:
            # `1.人在草木中(打一` in a sidebar's box: its item, no heading of a part
            builder.place(k, "paragraph", article, "paragraph.list")
        elif line.intertitle and _item_cut_by_wrap(body_lines, j):
            # `1.出门遛狗要拴绳，牵引绳长` / `度不超过1.5米；`: a list's item the column cut
            builder.place(k, "paragraph", article, "paragraph.list")
        elif line.intertitle:
            builder.place(k, "intertitle", article, "intertitle")
        elif SIGN_OFF.match(text):
            builder.place(k, "line", article, "line.sign_off")  # `此致` over `敬礼！`: the letter's
        elif ROLL_HEAD.match(text) and j + 1 < len(body) and body_lines[j + 1].gap_before == 0:
            # `最美志愿者（10名）` over the names it counts: the head of a roll's part.
            builder.place(k, "intertitle", article, "intertitle.roll")
        elif line.list_item or line.enumerated:
            builder.place(k, "paragraph", article, "paragraph.list")
        elif (
            line.indent_starts
            and (draft.pieces or draft.paragraphs)
            and _short_heading(line)
            and not is_terminated(text)
            and j + 1 < len(body)
            and _prose(body_lines[j + 1])
            # (over a paragraph of its own: a line running on from it is its sentence's)
            and not body_lines[j + 1].runs_on
        ):
            # `　　一户一户谈　一栋一栋推` indented as the paragraphs are, no stop in it,
            # between two of them: a heading of a part of the article
            builder.place(k, "intertitle", article, "intertitle.short")
        elif line.indent_starts and draft.pieces:
            builder.place(k, "paragraph", article, "paragraph.indent")
        elif line.lost_indent:
            # an indent short of the column, the text going on under it: a paragraph's
            # first line where the scan's or the converter's indents were lost
            builder.place(k, "paragraph", article, "paragraph.lost_indent")
        elif line.after_short and not line.indented and not (line.prose or line.has_comma):
            builder.place(k, "line", article, "line.after_short")
        elif draft.pieces and _quoted(draft.pieces[-1], text):
            # `志愿者段子墨说：` / `“小时候…`: the quotation goes on with its speaker
            builder.place(k, "continuation", article, "continuation.speaker")
        elif (
            _paired_clauses(line)
            and not draft.open_paragraph
            and (draft.pieces or draft.paragraphs)
            and j + 1 < len(body)
            and _prose(body_lines[j + 1])
            # (over a paragraph, not a cut sentence's stub: `一一一，一一` / `一。`)
            and len(body_lines[j + 1].text) >= _MIN_PART_TEXT
            # (nor a sentence cut after a figure: `截至6月底，全村 32` / `名党员…`)
            and not count_cut(text, body_lines[j + 1].text)
        ):
            # `孩子有人管，老人有事做` alone between two paragraphs: two clauses of one
            # measure and no stop, a heading of the article's next part
            builder.place(k, "intertitle", article, "intertitle.paired")
        elif line.prose or line.has_comma or line.question_head:
            # A question in the body is a sentence of it.
            _continue_or_start(builder, k, article, line.runs_on)
        elif line.jump_in and line.text:
            # `（上接第1版）对排查出的问题逐条建`: the jumped story's text goes on here
            _continue_or_start(builder, k, article, line.runs_on)
        elif line.position_marked:
            builder.place(k, "caption", article, "caption.position")
        elif line.gap_before >= 2 and not line.list_item:
            # (a list's item, its bullet before it, is the text's however far apart)
            builder.place(k, "caption", article, "caption.wide_gap")
        elif line.asks_then_answers and j + 1 < len(body) and _prose(body_lines[j + 1]):
            # `改什么？居民说了算` over text: a question and its answer head a part of it
            builder.place(k, "intertitle", article, "intertitle.question")
        elif (
            (_parallel_heading(draft, line) or _heading_set_ahead(body_lines, j))
            and j + 1 < len(body)
            and _prose(body_lines[j + 1])
        ):
            # set apart as a heading of this article already was, and of its length: the
            # next heading of the set, not a picture's caption
            builder.place(k, "intertitle", article, "intertitle.parallel")
        elif _inset_caption(body_lines, j, bool(draft.pieces or draft.paragraphs)) and not (
            # (at a page's top, a finished sentence over it and a paragraph begun under
            # it: nothing is cut, and no blank line sets it apart as a caption)
            line.after_furniture
            and not line.gap_before
            and not draft.open_paragraph
            and body_lines[j + 1].indent_starts
        ):
            builder.place(k, "caption", article, "caption.inset")
        elif draft.open_paragraph:
            _continue_or_start(builder, k, article)
        elif is_label(line) and j + 1 < len(body) and _prose(body_lines[j + 1]):
            builder.place(k, "intertitle", article, "intertitle.label")
        elif (
            _short_heading(line)
            and j + 1 < len(body)
            and _prose(body_lines[j + 1])
            and not (line.indent_starts and body_lines[j + 1].runs_on)
            and not _as_wide_as_next(line, body_lines[j + 1])
        ):
            # Between a finished paragraph and the next, a short phrase on its own heads
            # a part of the article; a caption would need evidence of a picture. (Not one
            # indented where indents open paragraphs, the next line running on from it.)
            builder.place(k, "intertitle", article, "intertitle.short")
        elif leads[j]:
            builder.place(
                k, "paragraph", article, "paragraph.leads_to_prose",
                note=("caption_read_as_paragraph", quote_head(text, 16)),
            )  # fmt: skip
        else:
            # Nothing says it is a caption: text of the article, one printed line.
            builder.place(k, "line", article, "line.no_paragraph")


# What a line cut by the column's wrap ends on: a word's character, or a mark that
# opens or joins (`9:00—`, `探访、`); a phone number or a closing bracket ends a value.
# A line of closing marks only: the end of the sentence above, cut by the wrap.
_MARKS_ONLY = re.compile(r"^[”’」』）)》〉。，、；：！？,.;:!?…]+$")
# What a figure counts, first on the line its column cut it from (`55` / `周岁`).
_UNITS = MEASURE_WORDS
_OPEN_END = re.compile(rf"[{HAN}—–\-、，,（(“‘《：:]$")


def _cut_by_wrap(line: Line) -> bool:
    """A full line of a hard-wrapped column whose text stops mid-phrase."""
    return line.full_width and not is_terminated(line.text) and bool(_OPEN_END.search(line.text))


def _field_goes_on(line: Line) -> bool:
    """The rest of a field's value under it: straight on, and nothing of its own."""
    return not (
        line.gap_before
        or line.field
        or line.row
        or line.list_item
        or line.enumerated
        or line.caption
        or line.level
        or line.indented
        or line.closes
        or line.after_furniture
        or FIELD.match(line.text)
    )


# Longest heading read as one of a set by its length, and how far the lengths differ.
MAX_PARALLEL_HEADING = 12
PARALLEL_SLACK = 2


def _heading_form(line: Line) -> bool:
    """A short phrase set apart by blank lines, no sentence and no caption's marks."""
    text = line.text
    if not (0 < len(text) <= MAX_PARALLEL_HEADING and line.gap_before and line.gap_after):
        return False
    if line.closes or line.caption or line.position_marked or is_terminated(text):
        return False
    return not COMMA.search(text)


def _heading_set_ahead(body: list[Line], j: int) -> bool:
    """Line j and another phrase set apart further on in the article, of one length,
    each over text (`一张问卷摸清底数` … `三轮议事达成共识`): a set of headings, not
    pictures' captions (a caption says what one picture shows)."""
    line = body[j]
    if not _heading_form(line):
        return False
    return any(
        _heading_form(other)
        and abs(len(other.text) - len(line.text)) <= PARALLEL_SLACK
        and m + 1 < len(body)
        and _prose(body[m + 1])
        for m, other in enumerate(body[j + 1 : j + 1 + _SET_REACH], start=j + 1)
    )


# How far on in an article the next heading of a set is looked for (lines).
_SET_REACH = 200


def _parallel_heading(draft, line: Line) -> bool:
    """A short phrase set apart by blank lines, of the length of a heading set apart so
    in this article already (`十六岁进了机修厂`, then `把本事传给年轻人`)."""
    if not _heading_form(line):
        return False
    text = line.text
    return any(
        abs(len(draft.paragraphs[at]) - len(text)) <= PARALLEL_SLACK
        for at in draft.intertitles
        if at < len(draft.paragraphs)
    )


# Shortest caption told apart from a piece of a cut sentence by its length alone.
MIN_INSET_CAPTION = 8


def _inset_caption(body: list[Line], k: int, after_text: bool) -> bool:
    """A whole short phrase set apart by blank lines, or at the top of a page, between a
    cut sentence's halves or two paragraphs (`after_text`: the article has text above
    it): a photo caption (`…保持` / `医务人员为居民采样` / `一米间距。`), not a third piece.
    Right under a headline or a credit it is no caption: it heads a part of the text."""
    line = body[k]
    following = body[k + 1] if k + 1 < len(body) else None
    if following is None:
        return False
    # Hard-wrapped, no blank lines: a short line between two full lines of a paragraph.
    wrapped = (
        line.short_in_wrap
        and k > 0
        and not body[k - 1].short_in_wrap
        and bool(body[k - 1].text)
        and not is_terminated(body[k - 1].text)
        and not following.indented
        # under it a field or an item begins (`服务内容：…`): no sentence goes on past it
        and not one_of_a_set(following)
    )
    if following.list_item and not wrapped:
        return False  # a short line over a list's items heads the list
    if CONTACT_NUMBER_END.search(line.text):
        return False  # `热线电话：54780000`: the story's number to ring, no picture's
    return (
        (following.prose or following.has_comma or wrapped)
        and (
            wrapped
            or (
                after_text
                and (line.after_furniture or (line.gap_before >= 1 and line.gap_after >= 1))
                # (right under a caption its photographer's credit closed: no more of it)
                and not (k > 0 and body[k - 1].caption and photo_credits(body[k - 1]))
            )
        )
        and len(line.text) >= MIN_INSET_CAPTION
        and not line.text.endswith(DANGLING)
    )


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


def _continue_or_start(builder: Builder, k: int, article: int, runs_on: bool = False) -> None:
    draft = builder.drafts[article]
    text = builder.lines[k].text
    # A page or column break cuts a line short too: after one, the sentence goes on.
    # (`…闲着也是闲着。”` / `钟有田说。…`: the quote's speaker, however short its line)
    line = builder.lines[k]
    if (
        draft.pieces
        and not (line.indented or line.gap_before or line.after_furniture)
        and draft.pieces[-1].endswith(_QUOTE_ENDS)
        and (
            _SAID_THEN.match(text)
            # (under a whole quotation a line of its own, its speaker named at length:
            # `“老人自己在家洗澡…。”` / `照料中心负责人俞海平说，…`)
            or (
                len(draft.pieces) == 1
                and draft.pieces[0].startswith("“")
                and _SAID_AT_LENGTH.match(text)
            )
        )
    ):
        builder.place(k, "continuation", article, "continuation.speaker")
    elif _stopped_short(builder, article) and not builder.lines[k].after_furniture:
        builder.place(k, "paragraph", article, "paragraph.after_short")
    elif _after_whole_item(builder, article):
        # A list's item is a paragraph of its own: the text under the list is not its.
        builder.place(k, "paragraph", article, "paragraph.after_item")
    elif draft.open_paragraph and _next_item(builder, article, text):
        # `2. …` under `1. …`: the next item of a numbered list, however the last ended.
        builder.place(k, "paragraph", article, "paragraph.next_item")
    elif draft.open_paragraph and (draft.pieces or draft.paragraphs):
        builder.place(k, "continuation", article, "continuation.open")
    elif draft.pieces and _attribution(draft.pieces[-1], text):
        builder.place(k, "continuation", article, "continuation.speaker")
    elif draft.pieces and TURN.match(text) and is_terminated(draft.pieces[-1]):
        # `问：…？` / `答：…`: each turn of an interview a paragraph, however the lines run
        builder.place(k, "paragraph", article, "paragraph")
    elif runs_on and draft.pieces:
        builder.place(k, "continuation", article, "continuation.runs_on")
    elif (
        builder.blank_parted
        and draft.pieces
        and not (line.gap_before or line.indented or line.after_furniture)
        and k > 0
        and builder.lines[k - 1].full_width
        and not builder.lines[k - 1].caption
    ):
        # `…参与调解邻里纠纷；` as wide as the column, no blank line under it, in text
        # whose paragraphs blank lines part: the paragraph goes on
        builder.place(k, "continuation", article, "continuation.blank_parted")
    else:
        builder.place(k, "paragraph", article, "paragraph")


# Fewest paragraph ends that show the habit of blank lines between paragraphs.
_MIN_PARTED_ENDS = 3


def _paragraphs_parted(lines: list[Line]) -> bool:
    """Whether, in hard-wrapped text, a blank line follows a paragraph's short last line
    nearly every time: blank lines part its paragraphs."""
    parted = joined = 0
    for above, line in itertools.pairwise(lines):
        if not (above.short_in_wrap and above.prose and is_terminated(above.text)):
            continue
        if line.after_furniture or not (line.prose or line.has_comma):
            continue
        if line.gap_before:
            parted += 1
        else:
            joined += 1
    return parted >= _MIN_PARTED_ENDS and joined * 10 <= parted


# An item's number: `2.`, `2、`, `(2)`, `（二）`, `二、`, `②`.
_ITEM_NUMBER = re.compile(
    r"^(?:[（(]\s*(?P<a>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]"
    r"|(?P<b>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、)）](?!\d)|(?P<c>[①-⑳]))"
)


def _item_number(text: str) -> tuple[str, int] | None:
    """The number a list's item opens with, and its kind (brackets, stop, circled)."""
    found = _ITEM_NUMBER.match(text)
    if found is None:
        return None
    if found.group("c"):
        return "c", ord(found.group("c")) - ord("①") + 1
    kind = "a" if found.group("a") else "b"
    digits = found.group(kind)
    value = int(digits) if digits.isdigit() else cn_number(digits)
    return None if value is None else (kind + ("0" if digits.isdigit() else "一"), value)


def _next_item(builder: Builder, article: int, text: str) -> bool:
    """Whether the line opens the item numbered after the one the last paragraph opened."""
    number = _item_number(text)
    if number is None or number[1] < 2:
        return False
    for placement in reversed(builder.placements):
        if placement.article != article:
            continue
        if placement.role == "paragraph":
            last = _item_number(builder.lines[placement.line].text)
            return last is not None and last == (number[0], number[1] - 1)
        if placement.role != "continuation":
            return False
    return False


def _after_whole_item(builder: Builder, article: int) -> bool:
    """Whether the article's last text is a list's item on one line, not cut by a wrap."""
    last = builder.placements[-1] if builder.placements else None
    if last is None or last.article != article or last.rule not in _ITEM_RULES:
        return False
    item = builder.lines[last.line]
    # A bullet's entry with no sentence in it (`🔸11月19日 14:00 活动室 手机课堂`) is whole;
    # an item that says something in sentences (`- 1、提高政治站位，…实现好广`, `一是…`)
    # may be cut anywhere by a wrap or a page.
    numbered = last.rule != "paragraph.list" and bool(_NUMBERED.match(item.text))
    return (
        (item.list_item or numbered)
        and not item.full_width
        and not SENTENCE_INSIDE.search(item.text)
        # (a figure's thousands, `52,000元`, part no clauses)
        and not COMMA.search(_THOUSANDS.sub("", item.text))
        and not item.text.endswith(DANGLING)
    )


# A list's item, marked or numbered after the one before (`2.…` under `1.…`).
_ITEM_RULES = frozenset(("paragraph.list", "paragraph.next_item", "paragraph.after_item"))
_NUMBERED = re.compile(r"^\d{1,2}[.．、]")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _stopped_short(builder: Builder, article: int) -> bool:
    """In a hard-wrapped file, the article's last line of text stopped short of the column:
    its paragraph ended there, punctuated or not (`此致` / `敬礼！`); not the text's first
    line right under its headline, unended: the rest of the printed line whose start the
    headline, run in and set in another type, took (`9月5日起，社区中` under it)."""
    last = None  # the article's last placement of text, once found
    for placement in reversed(builder.placements):
        if placement.article != article:
            continue
        if last is not None:
            # (what stands before it: the headline, when it opened the text)
            return placement.role != "title" or is_terminated(builder.lines[last.line].text)
        if placement.role in ("paragraph", "continuation"):
            line = builder.lines[placement.line]
            # (a paragraph's first line an indent short, the indent lost: no stop short)
            if not line.short_in_wrap or line.lost_indent:
                return False
            if placement.role == "continuation":
                return True
            last = placement
        elif placement.role != "caption":  # a caption may stand between a sentence's halves
            return False
    return last is not None


_QUOTE_ENDS = ("”", '"', "」", "』", "’")
_SAID = re.compile(
    r"^[^，。,.！？!?“”\"「」]{1,12}(?:说|表示|介绍|说道|笑道|坦言|感慨)(?:道)?[。.]$"
)


# The speaker's words opening a wrapped line, the text going on past them
# (`钟有田说。今年春节前，村里把他`).
def _said(longest: int, verbs: str) -> re.Pattern[str]:
    """A line opening with who said it (at most `longest` characters) and the verb."""
    return re.compile(rf"^[^，。,.！？!?“”\"「」]{{1,{longest}}}(?:{verbs})[。.，,]")


_SAID_THEN = _said(8, "说|表示|介绍|说道|笑道")
# (said of the quote over it, not a new statement: `…表示，`, `…介绍，` begin one)
_SAID_AT_LENGTH = _said(16, "说|说道|笑道")


# `…她说：` before the quotation it brings in.
_SAYS = re.compile(r"(?:说|道|表示|介绍|指出|提醒|强调|坦言|感慨|告诉记者|笑着说)[：:]$")


def _quoted(previous: str, text: str) -> bool:
    """`志愿者段子墨说：` then `“小时候…”`: the quotation goes on with its speaker."""
    return text.startswith("“") and bool(_SAYS.search(previous))


def _attribution(previous: str, text: str) -> bool:
    """`…报给物业。”` then `武志刚说。`: the quote's speaker ends the same paragraph."""
    return previous.endswith(_QUOTE_ENDS) and bool(_SAID.match(text))
