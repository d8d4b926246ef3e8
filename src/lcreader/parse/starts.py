"""Where an article begins when no byline closed the one before it."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from .authors import author_line
from .habits import first_cell, header_row, names_in_row
from .headlines import collection_head
from .lines import (
    MAX_COLUMN_NAME,
    RUN_HEAD_WORD,
    Line,
    asks,
    bold_head,
    column_name,
    is_label,
    is_notice_head,
    photo_credits,
    quoted_whole,
    section_head,
    sentence_like,
    set_apart_under_column,
)
from .text import (
    ANY_STOP,
    BRIEF_MARKS,
    DANGLING,
    EVENT,
    HEADLINE_MARK,
    MAX_KIND_ALONE,
    NEWS_LEAD,
    NOTICE_KINDS,
    ROLL_HEAD,
    SALUTATION,
    SENTENCE_INSIDE,
    char_pairs,
    is_terminated,
    nearby,
    shared_pairs,
    unclosed_brackets,
)
from .words import bare_name, has_surname, is_department, is_name, is_unit

# An editor's note introducing what follows it (`编者按：…`).
_EDITORS_NOTE = re.compile(r"^[【\[（(]?(?:编者按|编者的话|编者|编后)")
# Longest headline read over a letter's greeting.
_MAX_LETTER_HEAD = 30


def _mark_kind(pictograph: str) -> str:
    """A pictograph as a kind of mark: every keycap (`1️⃣`, `2️⃣`) one kind."""
    return "\u20e3" if "\u20e3" in pictograph else pictograph


def _cut_above(above: Line, line: Line) -> bool:
    """Right under a field cut at the column's width, no blank line between: the rest of
    the field, not a head."""
    return (
        above.labelled
        and (above.full_width or _closes_bracket(above.text, line.text))
        and not is_terminated(above.text)
        and not line.gap_before
        and not line.after_furniture
    )


def _closes_bracket(above: str, text: str) -> bool:
    """The line closes a bracket the line above left open (`（村务监督委` / `员会）`)."""
    return unclosed_brackets(above) > 0 and unclosed_brackets(text) < 0


def _over_author(lines: list[Line], heads: list[bool], k: int) -> bool:
    """Line k heads a headline (a title, or a kicker over one) right over the line that
    signs it (`单位　姓名`, `退休教师　姓名`), the text under that."""
    at = k + 1
    if _signs_poem(lines, at):
        return True
    if at < len(lines) and heads[at] and not author_line(lines[at]):
        at += 1  # a kicker over its title
    if at + 1 >= len(lines):
        return False
    under = lines[at + 1]
    return (under.prose or under.verse) if author_line(lines[at]) else _signs_poem(lines, at)


def _signs_poem(lines: list[Line], k: int) -> bool:
    """`冉德芳` under a poem's title, a blank line under it, the poem's lines: its writer
    signs with a bare name."""
    if k + 1 >= len(lines):
        return False
    under = lines[k + 1]
    return under.verse and bool(under.gap_before) and bare_name(lines[k].text)


def _head_field(line: Line) -> bool:
    """An export's field that may stand over a record's title: a label's meta or kicker."""
    return line.export_role == "kicker" or (line.export_field and bool(line.meta))


def unclosed_starts(lines: list[Line]) -> set[int]:
    """Headlines of articles that follow one with no byline, by the line's index.

    After a finished paragraph, a headline-like line starts a new article when a
    role credit (`□记者 X`) follows it, or a news lead (`近日，…`, `9月中旬，…`), or
    when its words are those of the text after it and not of the article before it
    (a photo caption shares its article's words; a new headline does not).
    """
    starts: set[int] = set()
    segment = 0  # where the article in progress began
    bannered = -1  # the headline under the last section banner that started a story
    heads = [headline_like(line) for line in lines]  # once a line: each is asked thrice
    parted = _parted_by_blank_lines(lines)
    # No blank line but around the page's furniture: a line per printed line, or a
    # paragraph per line (Word's text), no article set apart from the next.
    # (a line or two over which a join moved a credit down left one: no blank line still)
    blankless = sum(1 for line in lines if line.gap_before and not line.after_furniture) <= max(
        2, len(lines) // _BLANKLESS_SHARE
    )
    # (or a blank line after every paragraph: a headline's lines stand one apart too)
    spaced = len(lines) > _SPACED_LINES and sum(
        1 for line in lines if line.gap_before
    ) >= _SPACED_SHARE * len(lines)
    for k, line in enumerate(lines):
        # A question is a headline only over a label, a credit or a subtitle.
        if heads[k] and line.question_head:
            # (at a page's top, under the page's head, after the page before's last
            # sentence: the page's first headline asks, `养老服务补贴怎么申请？`)
            paged = line.after_furniture and k > 0 and is_terminated(lines[k - 1].text)
            heads[k] = paged or not sentence_like(lines[k + 1] if k + 1 < len(lines) else None)
        if heads[k] and k > 0 and not line.centred and _cut_above(lines[k - 1], line):
            heads[k] = False  # `兑换地点：…“时间银行”` / `窗口`: the cut field's last words
    # A headline a contents list names starts its article, whatever its form (or the
    # kicker right over it does).
    # (the second line of a headline in two lines the list names whole starts at the first)
    starts.update(
        _kicker_over(lines, k - 1 if lines[k - 1].named_with_next and k > 1 else k)
        for k, line in enumerate(lines)
        if line.listed and k > 0
    )
    # A 简报's numbered heading starts its article (sections.py), unless it stands
    # under its section's head or is the title under its kicker.
    starts.update(
        k
        for k, line in enumerate(lines)
        if line.section_role not in (None, "continued")
        and k > 0
        and lines[k - 1].section_role not in ("furniture", "kicker")
    )
    record_heads: dict[int, int] = {}  # an export's record opened by its fields → its title
    # An export's labelled title starts its article, or its labelled kicker right over it.
    for k, line in enumerate(lines):
        if line.export_role == "title":
            while k > 0 and lines[k - 1].export_role == "kicker" and not line.gap_before:
                k, line = k - 1, lines[k - 1]
            # The record's own fields over its title (`【稿件编号】…`) open it, where a blank
            # line or a rule parts them from the record before.
            head, title = k, k
            while head > 0 and _head_field(lines[head - 1]) and not lines[head].gap_before:
                head -= 1
                if lines[head].gap_before or lines[head].after_furniture or head == 0:
                    record_heads[head] = title
                    k = head
                    break
            if k > 0 or k in record_heads:
                starts.add(k)
    if len(lines) > 1 and _heads_after_rule(lines[0], lines[1], _at(lines, 2)):
        starts.add(0)  # the first article, under the rule that parts it from the masthead
    # `**图片新闻**` (or `【邻里诗笺】`) right over a heading's marked headline: the
    # column's name heads it (the heading alone starts its article: the name over it is
    # its kicker).
    starts.update(
        k
        for k, (line, below) in enumerate(pairwise(lines))
        if k > 0
        and line.banner
        and (line.bold or not line.level)
        # (or over a headline set in bold, `【图片新闻】` / `**舞蹈队排练迎…**`)
        and (below.level or (line.bold and below.inline_head) or (below.bold and below.intertitle))
    )
    # A post's headings, each set apart and opened by one pictograph (`🔸居民议事｜…`),
    # two or more: each heads a story of its own.
    # (keycaps count as one mark, numbering the headings: `1️⃣【居委通知】…`, `2️⃣…`)
    pictographs = Counter(
        _mark_kind(line.pictograph) for line in lines if line.pictograph and line.gap_before
    )
    run_heads = [
        k
        for k, line in enumerate(lines)
        if RUN_HEAD_WORD.search(line.text) and collection_head(line)
    ]
    # (or by a brief's mark, `◆…`, three times or more: `◆社区问答｜…？` over its 问)
    marks = Counter(
        line.text[0] for k, line in enumerate(lines) if _marked_apart(line) and heads[k]
    )
    run_head = None  # the run's head (`简讯`) the briefs in progress stand under
    for k in range(1, len(lines) - 1):
        line, before, after = lines[k], lines[k - 1], lines[k + 1]
        head = heads[k]
        if not line.gap_before and _closes_bracket(before.text, line.text):
            continue  # `员会）` under `…（村务监督委`: the bracket's rest, the line's end
        if line.level or line.after_furniture:
            run_head = k if collection_head(line) else None
        if (
            run_head is not None
            and k > run_head
            and bold_head(line, after)
            and (k == run_head + 1 or is_terminated(before.text))
        ):
            # `# 简讯` / `**…**` / text / `**…**` / text: each brief's headline in bold
            starts.add(k)
            segment = k
            continue
        if (
            line.pictograph
            # (or each by its own, three or more: `🌸本月要闻`, `⚠️安全提醒`, `📢通知`)
            and (pictographs[_mark_kind(line.pictograph)] >= 2 or pictographs.total() >= 3)
            and line.gap_before
            and head
            # (or over a notice's fields: `时间：6月22日（周六）…`; or over its one
            # headline, the section's name: `🎵童谣` / `垃圾分类我知道`)
            and (after.prose or after.has_comma or after.credit or after.field or heads[k + 1])
        ):
            starts.add(k)
            segment = k
            continue
        if line.opens_document and k > segment and not line.closes:
            # under a document's properties or the last post's stamp: another begins
            starts.add(k)
            segment = k
            continue
        if (
            line.after_message
            and head
            and (after.prose or after.has_comma)
            and (before.closes or before.caption or is_terminated(before.text))
        ):
            # under a message's or a floor's header, after a piece that ended: a headline
            # over its text starts the next piece
            starts.add(k)
            segment = k
            continue
        if (
            _marked_apart(line)
            and marks[line.text[0]] >= _MIN_MARKED_HEADS
            and (head or line.question_head)  # (a Q&A's question over its `问：`)
            and (after.prose or after.has_comma or after.credit)
            and (before.closes or is_terminated(before.text))
        ):
            starts.add(k)
            segment = k
            continue
        if _kicker_over_mark(before, line, after):
            starts.add(k)  # `街坊榜样` over `# “小巷总理”的一天`, after ended text: its kicker
            segment = k
            continue
        if before.closes or before.level:
            segment = k
        if line.subtitle_dash and heads[k - 1] and not before.closes and line.gap_before <= 1:
            continue  # `——…` under a headline is its subtitle, a blank line between or not
        if _next_dashed_part(lines, heads, segment, k):
            continue  # `—— 民警提醒 ——` after `—— 警情回放 ——` and its text: the next part
        if line.inline_head:
            # each brief of a run, its headline at the start of its text (or the topic's
            # tag printed before it on its line, its kicker)
            tagged = before.section_role == "kicker" and before.number == line.number
            starts.add(k - 1 if tagged else k)
            segment = k
            continue
        if (
            head
            and column_name(line)
            and after.spaced
            and (before.closes or is_terminated(before.text))
        ):
            # `澄滨文苑` over `冬 日 的 弄 堂` (display type) after finished text: a column's
            # next piece, a poem's lines or a story's under it
            starts.add(k)
            segment = k
            continue
        if _heads_after_rule(line, after, _at(lines, k + 2)) or _poem_after_rule(lines, k):
            # A printed rule across the page (`＊＊＊＊`, `────`) parts articles: the
            # short line under it, over text, is the next one's headline.
            starts.add(k)
            segment = k
            continue
        if (
            (line.spaced or line.centred)
            and head
            and k > segment
            # (centred on the page under a line of the text, at its margin: display type
            # however that line ends)
            and (
                before.closes
                or is_terminated(before.text)
                or before.closes_notice
                or (line.centred and before.depth < line.depth // 2)
                # (a headline's `——subtitle` ends its block: set apart under it, another)
                or (before.subtitle_dash and line.gap_before > 0)
            )
            and (line.after_furniture or line.gap_before or not parted)
            and (after.prose or after.has_comma or heads[k + 1])
            and not _centred_part(lines, _last_start(starts, k), k)
        ):
            # Display type set letter-spaced (`健 康 讲 座 预 告`) or centred on the page (a
            # text browser's dump) after finished text, at a page's head or set apart: the
            # next story's headline or its section's banner.
            starts.add(k)
            segment = k
            continue
        if (
            head
            and before.caption
            and after.caption
            and after.gap_before == 0
            and photo_credits(after)
            and photo_credits(before)
        ):
            # 图片新闻 with titles: each picture's title over its own credited caption,
            # after the caption of the picture before.
            starts.add(k)
            segment = k
            continue
        if (
            # (a headline as wide as the column reads as a line of text: no stop in it)
            (head or (line.full_width and not ANY_STOP.search(line.text) and not line.caption))
            and before.caption
            and photo_credits(before)
            and (after.prose or after.has_comma or heads[k + 1])
            and _photo_item_before(lines, heads, _last_start(starts, k), k)
        ):
            # A photo item (a headline over its credited caption, no text), then a
            # headline over text: the next story, not the picture's text.
            starts.add(k)
            segment = k
            continue
        if (
            head
            and before.caption
            and photo_credits(before)
            and line.gap_before
            and not after.gap_before
            and column_name(line)
            and (heads[k + 1] or _comma_headline(after))
            and k + 2 < len(lines)
            and (lines[k + 2].prose or lines[k + 2].has_comma)
            and not lines[k + 2].gap_before
        ):
            # A picture's credited caption closing a story, then, set apart, a column's
            # name over a headline over text (`政策问答` / `加装电梯，您关心的问题都在这里`
            # / `问：…`): the next story under its column
            starts.add(k)
            segment = k
            continue
        if (
            head
            and before.caption
            and photo_credits(before)
            and line.after_furniture
            and (heads[k + 1] or after.credit or after.subtitle_dash)
        ):
            # A picture's credited caption, the page's furniture, then a headline block
            # (`从“一部”到“一片”` / `老小区加装电梯…`): the next story, not the picture's
            starts.add(k)
            segment = k
            continue
        if (
            head
            and before.caption
            and before.gap_before
            and not line.gap_before
            and k >= 2
            and (lines[k - 2].closes or is_terminated(lines[k - 2].text))
            and after.prose
            and _new_topic(lines, segment, k)
        ):
            # A picture's caption read out right over the next story's headline: the
            # picture is that story's (a text box extracted before its headline).
            starts.add(k - 1)
            segment = k - 1
            continue
        if (
            head
            and line.before_furniture
            and (line.after_furniture or (column_name(before) and before.after_furniture))
            and (after.prose or after.field or SALUTATION.match(after.text))
        ):
            # A post's title between its channel and its header (`发布者：…`, its time):
            # the channel's name over it is its kicker.
            k0 = k if line.after_furniture else k - 1
            starts.add(k0)
            segment = k0
            continue
        if (
            head
            and line.after_furniture
            and (before.closes or before.caption or is_terminated(before.text))
            and after.caption
            and _text_under_captions(lines, k + 1)
        ):
            # A page's furniture, then a headline over its pictures' captions and its text
            # (a browser's copy leaves `图片` where each picture stood): the next story.
            starts.add(k)
            segment = k
            continue
        if line.margin_head and not before.margin_head and k > segment:
            # Left of the text's margin, a blank line over it, the text indented under it:
            # a text dump's heading (`七律·贺…` after the verse before it)
            starts.add(k)
            segment = k
            continue
        if before.jump_out and line.jump_in and line.text:
            continue  # `…（下转第4版）` / `（上接第1版）…` straight on: the jump's two ends met
        if (
            # (a headline as wide as the column reads as a line of text: no stop in it)
            (head or (line.full_width and not ANY_STOP.search(line.text) and not line.caption))
            and _after_jump(lines, k)
            and (
                heads[k + 1]
                or after.prose
                or after.has_comma
                or after.subtitle_dash
                or after.credit
            )
        ):
            # `…（下转第2版）` (its picture's caption under it): the story goes on on another
            # page, and the headline under it begins the next one
            starts.add(k)
            segment = k
            continue
        if line.jump_in or jump_headline(line, after):
            starts.add(k)  # the rest of a jumped article (`（上接第1版）`), or its jump headline
            segment = k
            continue
        if (
            (line.banner or (section_head(line) and not line.parallel_head))
            # (or, under a banner or a column's name, a question: `—— 居民之声 ——` /
            # `…能不能早点亮？`, `居民信箱` / `南门路灯何时能亮？`)
            and (
                heads[k + 1]
                or asks(lines[k + 1])
                # (or a quote alone: `【居民心声】` / `“电梯通了，我又能下楼晒太阳了”`)
                or (line.banner and quoted_whole(lines[k + 1]))
                # (or a headline of two clauses over its credit: `【健康问答】` /
                # `入夏防中暑，这几点要记牢` / `记者　柴珂`)
                or (
                    line.banner
                    and _comma_headline(lines[k + 1])
                    and k + 2 < len(lines)
                    and lines[k + 2].credit
                )
            )
            and k + 2 < len(lines)
            # (or, set apart, a listing's fields under its headline: `活动时间：…`)
            and (
                _text_under(lines, k + 2)
                or lines[k + 2].caption
                # (or the story's first intertitle over its text: `一、摸清底数建台账`)
                or (lines[k + 2].intertitle and k + 3 < len(lines) and _text_under(lines, k + 3))
                # (or a letter's greeting: `读者来信` / `…能否加个座椅?` / `编辑同志:`)
                or bool(SALUTATION.match(lines[k + 2].text))
                or (lines[k + 2].field and line.gap_before and not after.labelled)
                # (or a table's rows, a roll's: `【光荣榜】` / `…示范户` / `组别　户主…`)
                or (line.banner and lines[k + 2].row)
            )
            and (
                before.closes
                or is_terminated(before.text)
                # (under a section's number, `03`: whatever stood above is another's)
                or line.numbered
                # (a poem's last line, a blank line under it: its lines end with no stop)
                or (before.verse and line.gap_before > 0)
                # (a field as wide as the column, unended, goes on in this line)
                or (before.labelled and not _cut_above(before, line))
                # (or the body that signs a reply under its last sentence: `…解决。` /
                # `蘅塘五村居委会` / `【百姓笔会】`)
                or (
                    line.banner
                    and k >= 2
                    and is_department(before.text)
                    and is_terminated(lines[k - 2].text)
                )
                or (before.caption and k >= 2 and not lines[k - 2].closes)
                # (a list's or a roll's last short line, a blank line under it: no
                # sentence runs on past a banner set apart, `【图片新闻】`)
                or (
                    line.banner
                    and line.gap_before
                    and not before.gap_before
                    and not (before.prose or before.has_comma)
                )
            )
        ):
            # A section banner over a headline, after a finished paragraph (or a picture's
            # caption at the end of a story's text, which does not run on past it; under a
            # byline, a caption is the story's picture, assemble.py).
            starts.add(k)
            segment = k
            bannered = k + 1  # its headline, under it: the same story's
            continue
        if (
            head
            and after.lead_credit
            and line.gap_before
            and not line.subtitle_dash
            and not heads[k - 1]
            and not before.closes
            and k > segment
        ):
            # `镇人大代表走进村居…` set apart over `本报讯（记者 X）4月22日…`: the paper's
            # credit opens only a story's text, so its headline starts one, though the text
            # above stops mid-sentence (it goes on after a jump, or past this story's box)
            starts.add(k)
            segment = k
            continue
        if (
            (head or _comma_headline(line))
            and not line.subtitle_dash  # a `——subtitle` over the credit hangs under a title
            and after.credit
            # (a unit's supplying credit, `（供稿：X）`, closes the text over it)
            and not _SUPPLIED.search(after.byline_text or "")
            and k + 2 < len(lines)
            and not lines[k + 2].closes
            and not before.closes
            and k > segment
        ):
            if not heads[k - 1]:
                starts.add(k)  # a title over its own credit (`文/X`), after text or captions
                segment = k
                continue
            kicker = _kicker_over(lines, k)
            if kicker < k and k - 1 > segment and _after_a_piece(lines, k - 1):
                # `卷首语` / `把秋天过成春天` / `文/岑国梁`: the column's name over them
                starts.add(kicker)
                segment = kicker
                continue
        if (
            head
            and k + 3 < len(lines)
            and lines[k + 2].credit
            and not lines[k + 3].closes
            and _deck(lines[k + 1])
            and (before.closes or is_terminated(before.text) or line.after_furniture)
            and not heads[k - 1]
        ):
            # `暑期“爱心托管班”开班啦` / `首批招收120名小学生，每人每天…` / `□通讯员 X`:
            # a title, its deck (a comma in it) and their credit, after finished text
            starts.add(k)
            segment = k
            continue
        if head and k > segment and _over_author(lines, heads, k):
            # `居民来稿` / `楼下的那棵玉兰` / `柳岸二村　严素芬` over text, after finished text:
            # a headline (and its kicker) over the line that signs it
            ended = before.closes or is_terminated(before.text) or before.caption
            # (or a poem's last line, a blank line under it: its lines end with no stop)
            if ended or (before.verse and line.gap_before and not line.verse):
                starts.add(k)
                segment = k
                continue
        if (
            (head or (line.has_comma and len(line.text) <= 30))
            and after.subtitle_dash
            and (before.prose or before.caption or line.after_furniture)
        ):
            # a `——subtitle` hangs under a headline, even right after body text, a
            # picture's caption or a page's head
            starts.add(k)
            segment = k
            continue
        if (
            head
            and before.prose
            and heads[k + 1]
            and k + 2 < len(lines)
            and lines[k + 2].subtitle_dash
        ):
            starts.add(k)  # a kicker, its headline and a `——subtitle` after body text
            segment = k
            continue
        if (
            head
            and column_name(line)
            and k + 3 < len(lines)
            and lines[k + 2].subtitle_dash
            and (heads[k + 1] or quoted_whole(after))
            and not heads[k - 1]
            and not is_terminated(after.text)
            and (lines[k + 3].prose or lines[k + 3].has_comma)
        ):
            # a column's name, a headline (a quote whole, as wide as a narrow column)
            # and its `——subtitle` over text: a new piece, whatever stands above
            starts.add(k)
            segment = k
            continue
        if (
            head
            and heads[k + 1]
            and k + 3 < len(lines)
            and lines[k + 2].credit
            and not lines[k + 3].closes
            and not heads[k - 1]
            and (before.closes or is_terminated(before.text))
        ):
            starts.add(k)  # a kicker and its headline over their credit, after text
            segment = k
            continue
        # A finished paragraph, a notice's contact line, a table's row or a field: what
        # may end an article that no byline closed.
        ended = before.closes or is_terminated(before.text) or before.closes_notice
        # (a poem's last line, a blank line under it: its lines end with no stop)
        ended = ended or (before.verse and line.gap_before > 0 and not line.verse)
        if ended and k > segment and head and after.series_part:
            # `迎春杂咏（三首）` over `其一`: a set's headline over its first piece
            starts.add(k)
            segment = k
            continue
        if (ended or before.boxed) and k > segment and line.box_head:
            # `6月活动日历` set apart over lines all well short of the column (a sidebar's,
            # read after the page's main column): a box of its own
            starts.add(k)
            segment = k
            continue
        if (
            ended
            and k > segment
            and line.text.endswith(_BARE_NOTICE_KINDS)
            and len(line.text) <= MAX_KIND_ALONE
            and not (line.intertitle or line.banner)
            and not after.closes
            and _told_below(lines, k)
        ):
            # `寻物启事` alone after ended text, over text (a narrow strip's: `本人于4月`):
            # a notice of its own, signed or not
            starts.add(k)
            segment = k
            continue
        if (ended or before.caption) and line.paper_lead and _led_before(lines, segment, k):
            # `本报讯　9月8日，…` under a story that opened on its own `本报讯（记者 X）…`:
            # a paper's lead opens one report, so a second is another report's text (its
            # headline, where a file prints it after its text, is found under it)
            starts.add(k)
            segment = k
            continue
        # (a roll's last names under their group's head, `“小小志愿者”（2名）` / `韩子墨　邱语桐`:
        # the roll's article ends with its names; a headline set apart under them, over
        # text, begins another)
        if line.gap_before and _roll_tail(lines, k):
            if head and k > segment and (after.prose or after.has_comma or after.credit):
                starts.add(k)
                segment = k
                continue
            ended = True
        if (
            head
            and before.verse
            and line.gap_before
            and after.gap_before
            and not after.verse
            and (after.prose or after.has_comma)
        ):
            starts.add(k)  # a poem's last line, then `巷口的修伞摊` set apart over text
            segment = k
            continue
        if ended and head and not line.intertitle and _roll_announced(lines, k):
            starts.add(k)  # `金婚夫妇名单` over `…名单如下:` and the names: a roll of its own
            segment = k
            continue
        if (
            ended
            and asks(after)
            and k + 2 < len(lines)
            and set_apart_under_column(line, after, lines[k + 2], _TEXT_START)
        ):
            starts.add(k)  # `垃圾分类小课堂` over `这些垃圾该扔哪个桶?` and its text
            segment = k
            continue
        if (
            (ended or before.list_item or before.row)
            and heads[k + 1]
            and k + 2 < len(lines)
            and set_apart_under_column(line, after, lines[k + 2], _TEXT_START)
            and k > segment
            and _new_topic(lines, segment, k + 1)
        ):
            # `志愿者风采` / `“老娘舅”调解队：…` / text, each set apart after finished text
            # or a list's last item: a column's name over the next story's headline, the
            # headline's words those of the text under it
            starts.add(k)
            segment = k
            continue
        if (
            HEADLINE_MARK.match(line.text)
            and not ANY_STOP.search(line.text)
            and (after.prose or after.has_comma)
            and k > segment + 2
            and _opened_by_mark(lines, _last_start(starts, k), line.text[0])
        ):
            # `■“银龄笔墨”书画展征稿` under the last words of the brief before (a field cut
            # by the wrap, no stop): its mark heads the next brief of the run
            starts.add(k)
            segment = k
            continue
        if (
            head
            and ended
            and (after.prose or after.has_comma)
            and HEADLINE_MARK.match(line.text)
            and _next_marked_item(lines, segment, k)
        ):
            starts.add(k)  # `●社区学校暑期班开始报名` over its text: the next brief
            segment = k
            continue
        if (
            (is_label(line) or section_head(line))
            and (ended or before.row or before.field)
            and HEADLINE_MARK.match(after.text)
            and heads[k + 1]
            and k + 2 < len(lines)
            and (lines[k + 2].prose or lines[k + 2].has_comma)
        ):
            starts.add(k)  # `简讯` over `◆…` and its text: a run of briefs begins
            segment = k
            continue
        # (a letter's headline may ask: `楼下的油烟能不能管一管？` over `编辑同志：`)
        greeting_head = head or is_label(line) or (line.has_comma and not line.prose) or asks(line)
        # `居民来信` over the letter's headline, after finished text: the column's name
        label_over = (
            is_label(before)
            and k >= 2
            and (lines[k - 2].closes or is_terminated(lines[k - 2].text))
        )
        if (
            greeting_head
            and len(line.text) <= _MAX_LETTER_HEAD
            # (or a poem's last line: its lines end with no stop, and a greeting under
            # this one is no stanza)
            and (
                ended
                or line.after_furniture
                or before.after_furniture
                or label_over
                or before.verse
                or before.row  # (a table's last row: `5 丁永福 10号 33`)
            )
            and SALUTATION.match(after.text)
            # (its title's label, the line before it; not a paragraph ending the piece
            # a byline closed over it, as an editor's reply does under a letter's date)
            and not (k - 1 == segment and not line.after_furniture and not before.prose)
            # (a paragraph's first line, indented, that the next runs on: `…请及时` /
            # `报告居委会：` is no greeting under a headline)
            and not (line.indent_starts and after.runs_on)
        ):
            # `感谢信` over `尊敬的…：`: a letter or a notice begins (`读者来信` over its
            # headline, where a page's head or finished text parts it from the text before)
            labelled = is_label(before) and (before.after_furniture or label_over)
            labelled = labelled and k - 1 > segment
            starts.add(k - 1 if labelled else k)
            segment = k - 1 if labelled else k
            continue
        if (
            SALUTATION.match(line.text)
            and is_terminated(before.text)
            # (`…的来信，摘登如下：` brings the letter under it: the same article's)
            and not before.text.endswith(("：", ":"))
            and line.gap_before
            and k > segment + 1
            and not heads[k - 1]
            and (after.prose or after.has_comma)
            # (under an editor's note the letter it brings is the same article's)
            and not any(_EDITORS_NOTE.match(lines[j].text) for j in range(segment, k))
        ):
            # `各位居民：` after finished text, set apart, no headline over it (a recording
            # of the paper read aloud says the notice's title in a sentence): a notice or a
            # letter begins
            starts.add(k)
            segment = k
            continue
        if (
            (head or _comma_headline(line))
            and line.gap_before
            and after.text.startswith(("问：", "问:"))
            and (before.closes or before.verse or is_terminated(before.text))
            and k > segment
        ):
            # `加装电梯，这些问题您问我答` set apart over its first `问：`, after a piece
            # that ended (a poem's last line): a Q&A of its own
            starts.add(k)
            segment = k
            continue
        if (
            head
            and is_notice_head(line)
            and SALUTATION.match(after.text)
            and k > segment
            # (its whole headline on this line, no column's name over it)
            and line.text.startswith("关于")
            and not (before.banner or before.level or column_name(before) or is_label(before))
        ):
            # `关于缴纳…的通知` right over `各位村民：`: a notice begins, whatever stands
            # above it (a roll's last row, its signer, a sentence a copy left open)
            starts.add(k)
            segment = k
            continue
        if (
            line.text.startswith("关于")
            and not line.text.endswith(NOTICE_KINDS)
            and after.text.endswith(NOTICE_KINDS)
            and not ANY_STOP.search(line.text + after.text)
            and k + 2 < len(lines)
            and SALUTATION.match(lines[k + 2].text)
            and k > segment
            and (is_terminated(before.text) or before.closes)
        ):
            # `关于做好…安全排查` / `工作的通知` / `各村民委员会：`, after text that ended:
            # a notice begins, its title cut by the wrap
            starts.add(k)
            segment = k
            continue
        if (
            # (or a poem's last line: a notice's head is no line of verse)
            (ended or before.field or before.row or (before.verse and not line.verse))
            and is_notice_head(line)
            # (or a notice named whole: `《澜埭》副刊征稿`, `关于…的通知`)
            and (is_label(line) or _named_notice(line))
            # (or where no blank line parts anything: a copy a line per printed line)
            and (line.gap_before or line.after_furniture or blankless)
            and (after.prose or after.field or after.list_item)
            and not _story_reminder(lines, segment, k)
        ):
            starts.add(k)  # `征稿启事` over its text, after a finished one: a notice begins
            segment = k
            continue
        if (
            head
            and (ended or (before.caption and line.gap_before))
            and after.row
            and (line.gap_before or line.after_furniture or blankless)
            and k + 2 < len(lines)
            and lines[k + 2].row
            and not _table_above(lines, segment, k)
            and not ROLL_HEAD.match(line.text)  # `优秀志愿服务项目（5个）`: a roll's part
            and not header_row(line, after)  # `日期 活动内容 参与人数`: the table's own head
        ):
            starts.add(k)  # `课程一览` over a table, after finished text: a table of its own
            segment = k
            continue
        if (
            head
            and after.row
            and (line.gap_before or line.after_furniture or blankless)
            and k + 2 < len(lines)
            and lines[k + 2].row
            and _same_form(lines, segment, k)
        ):
            # A record's title over its form, the form the record before filled in too
            # (`活动名称 … 活动时间 …`): the next record.
            starts.add(k)
            segment = k
            continue
        if (
            head
            and before.field
            and after.field
            and (line.gap_before or line.after_furniture)
            and not is_label(line)
            and _fields_under_head(lines, segment, k)
        ):
            # Listings (招聘, 活动): a headline over its fields, after another's fields.
            starts.add(k)
            segment = k
            continue
        if (
            ended
            and column_name(line)
            and after.asks_in_two
            and k + 2 < len(lines)
            and (not lines[k + 2].closes or lines[k + 2].credit)
        ):
            starts.add(k)  # a Q&A column's name over its question: the next column begins
            segment = k
            continue
        if (
            ended
            and is_label(line)
            and not line.parallel_head  # (`手脚要暖` after `头颈要暖`: the story's next part)
            and k + 2 < len(lines)
            and _box_title(after)
            and lines[k + 2].prose
            and _signed_below(lines, k + 2)
        ):
            # `记者手记` over a title of its own, text and a byline: a box of its own
            starts.add(k)
            segment = k
            continue
        if head and not ended and after.indent_starts and line.short_in_wrap and k > segment:
            # Columns read across: another story's headline cuts a sentence, its first
            # paragraph indented under it; only its words tell it from a caption, and
            # only when there is enough of the story before it to compare.
            told = sum(len(lines[j].text) for j in range(segment, k)) >= _MIN_TOLD
            if told and _new_topic(lines, segment, k):
                starts.add(k)
                segment = k
            continue
        # A picture's caption set apart at the end of a story's text ends it too.
        # (where no blank lines part anything, a caption under the text is as far apart)
        pictured = before.caption and ((before.gap_after > 0 and line.gap_before > 0) or not parted)
        if (
            not head
            and ended
            and (line.prose or line.verse)  # (a poem's run may take it in)
            and len(line.text) <= _MAX_ROLL_TITLE
            and _ROLL_TITLE.search(line.text)
            # (`获表彰人员名单如下：` leads in to the names: the text's, no headline)
            and not line.text.endswith(("：", ":"))
            and _names_under(lines, k + 1)
        ):
            # `2023年度“好楼组长”名单` over its lead-in and names, after a finished text
            starts.add(k)
            segment = k
            continue
        if (
            (head or line.intertitle)
            and _in_run_of_briefs(lines, run_heads, k)
            and (before.closes or is_terminated(before.text))
            and len(line.text) <= _MAX_BRIEF_HEAD
            and not line.has_comma
            and not ROLL_HEAD.match(line.text)  # (`优秀楼组长（3名）`: a roll's group)
            and not (line.text[:1] in "“「" and "”" not in line.text and "」" not in line.text)
            # (its text's first line may hold no mark: a narrow column's `澄滨社区食堂自12月1日`)
            and any(below.prose or below.has_comma for below in lines[k + 1 : k + 3])
            and not after.gap_before
        ):
            # under `简讯`, after a brief's last sentence, a short headline over text: the
            # run's next brief, though its text opens on no day
            starts.add(k)
            segment = k
            continue
        if (
            head
            and before.row
            and names_in_row(before.text, least=1)
            and (after.prose or after.has_comma)
            and not ROLL_HEAD.match(line.text)
        ):
            # `防汛防台安全提示` over its text, under a roll's last names: a piece of its own
            starts.add(k)
            segment = k
            continue
        if not head or not (ended or before.row or before.field or pictured):
            continue
        if before.text.endswith(("：", ":")) and not line.gap_before:
            continue  # `…公布如下：` / `一、收入合计 864200`: what the colon announces
        if before.closes and not before.credit:
            continue  # a byline closed the article already
        if HEADLINE_MARK.match(line.text) and not _next_marked_item(lines, segment, k):
            continue  # `■ 产业链上“找”项目`: a marked heading of the story in progress
        if is_label(after) and k + 2 < len(lines) and lines[k + 2].prose:
            after = lines[k + 2]  # `居民来信` under the headline: the text begins below it
        elif after.caption and photo_credits(after) and k + 2 < len(lines) and lines[k + 2].prose:
            # `龙岐村古村活化项目动工` over its picture's credited caption, its text under
            # that: a headline set over its picture
            after = lines[k + 2]
        elif (heads[k + 1] and not after.inline_head) or after.subtitle_dash:
            # A headline of several lines (kicker, title, subtitle): its text begins below.
            # (a brief's run-in headline heads its own text: the line over it is not its deck)
            j = _below_headline(lines, heads, k, spaced)
            if j is not None:
                after = lines[j]
                if is_label(after) and j + 1 < len(lines) and lines[j + 1].prose:
                    # (`居民诉求` under the headline: its first part's label, the text under)
                    j += 1
                    after = lines[j]
                # A headline over an item's head and its fields (`◆皮影戏专场`, `时间：…`):
                # a box of notices of its own.
                boxed = after.field and lines[j - 1].banner
                new = (after.prose or after.verse) and k > segment and _new_topic(lines, segment, k)
                if (
                    _announced(after, _at(lines, j + 1))
                    or boxed
                    or new
                    or _listing(lines, segment, k, j)
                    or _roll_under(lines, segment, k, j)
                ):
                    starts.add(k)
                    segment = k
                continue
        # Where blank lines part articles, a line set in the run of the text is a
        # heading of it: its words alone do not start another.
        apart = line.gap_before or line.after_furniture or not parted
        # (the text under it may be cut by the wrap before its first stop: a comma will do)
        texty = after.prose or after.has_comma
        topical = texty and k > segment and apart and _new_topic(lines, segment, k)
        if topical and _parallel_intertitle(lines, segment, k, parted):
            topical = False  # `一张地图指归途` after `一杯热水暖人心`: the story's next part
        if _part_of_credited(lines, segment, k) or _centred_part(lines, _last_start(starts, k), k):
            continue  # `燃气隐患当场查` in a credited story, no blank line apart: its part
        if _one_of_parts(lines, _last_start(starts, k), k):
            continue  # `长者食堂开到了小区门口`, then `加装电梯按下“快进键”`: a story's parts
        if _credited(lines, segment) and _parallel_ahead(lines, k):
            continue  # `农技员当起“夜校老师”` before `“土专家”也上讲台`: its first part
        if ended and _ROLL_TITLE.search(line.text) and _names_under(lines, k + 1):
            # `2023年度“美丽庭院”示范户名单` over `柳岙村：叶金花 王秀珍…`: a roll of its own
            starts.add(k)
            segment = k
            continue
        if k == bannered:
            continue
        # (a notice's own head, `…招生启事`, over text its signer and date close: a
        # notice of its own, whatever words it shares with the story before)
        # (or its two lines, a title the column broke: `关于征集…议题` / `的公告`)
        second = _at(lines, k + 1)
        split = line.split_head and second is not None and second.split_head and k + 2 < len(lines)
        under = lines[k + 2] if split else after
        whole = line.text + second.text if split else line.text
        titled = is_notice_head(line) or (split and whole.endswith(NOTICE_KINDS))
        told = under.prose or under.has_comma or bool(SALUTATION.match(under.text))
        noticed = told and ended and k > segment and titled
        noticed = noticed and _signed_under(lines, k)
        if (
            _announced(after, _at(lines, k + 2))
            or topical
            or noticed
            or _credited_again(lines, segment, k)
        ):
            starts.add(k)
            segment = k
    for head, title in record_heads.items():
        starts.difference_update(range(head + 1, title + 1))  # one record, one start
    return _one_a_titled_document(lines, starts)


def _one_a_titled_document(lines: list[Line], starts: set[int]) -> set[int]:
    """Where documents run one after another, each under its properties, a document whose
    properties name its headline (`title: …`) is one article: its first line (a kicker
    over that headline, or the headline) starts it, and no line of its own (its parts'
    headings) starts another."""
    if not any(line.titled for line in lines):
        return starts
    documents = [k for k, line in enumerate(lines) if line.opens_document]
    kept = set(starts)
    for at, first in enumerate(documents):
        end = documents[at + 1] if at + 1 < len(documents) else len(lines)
        if any(lines[k].titled for k in range(first, end)):
            kept.difference_update(range(first, end))
            kept.add(first)
    return kept


def _next_dashed_part(lines: list[Line], heads: list[bool], segment: int, k: int) -> bool:
    """A part's name between dashes over text (not over a headline), the story in
    progress parted by another of that form already: a part of the same story."""
    if not lines[k].dashed_banner or heads[k + 1]:
        return False
    return any(lines[j].dashed_banner for j in range(max(segment, k - _LOOK_BACK), k))


def _text_under_captions(lines: list[Line], k: int) -> bool:
    """Whether text begins right under the run of captions from line k on."""
    while k < len(lines) and lines[k].caption:
        k += 1
    return k < len(lines) and (lines[k].prose or lines[k].has_comma)


def _table_above(lines: list[Line], segment: int, k: int) -> bool:
    """Whether the article in progress has a table right above line k, with no picture or
    finished text after it (a table's part under its own head, not a new table)."""
    for j in range(k - 1, max(segment, k - _LISTING_LOOK_BACK) - 1, -1):
        if lines[j].row:
            return True
        if lines[j].caption or (lines[j].prose and is_terminated(lines[j].text)):
            return False
    return False


def _same_form(lines: list[Line], segment: int, k: int) -> bool:
    """Whether the table under line k opens as a table of the article in progress did:
    the same label in its first cell (a form filled in again)."""
    label = first_cell(lines[k + 1].text)
    return len(label) >= 2 and any(
        lines[j].row and not lines[j - 1].row and first_cell(lines[j].text) == label
        for j in range(max(segment, 1, k - _LISTING_LOOK_BACK), k)
    )


# A line this long under a headline begins the text (a column's first line, cut by the wrap).
_TEXT_START = 14


def _text_under(lines: list[Line], k: int) -> bool:
    """Whether text begins at line k, or right under the subtitle there (dashed, or a
    headline's line under its title, over text or a credit)."""
    deck = lines[k].subtitle_dash or (headline_like(lines[k]) and not _at_gap(lines, k + 1))
    if deck and k + 1 < len(lines):
        k += 1
    line = lines[k]
    return line.prose or line.has_comma or line.closes or line.lost_indent


def _at_gap(lines: list[Line], k: int) -> bool:
    """Whether a blank line stands over line k (or the text ends before it)."""
    return k >= len(lines) or lines[k].gap_before > 0


def _fields_under_head(lines: list[Line], segment: int, k: int) -> bool:
    """Whether the article in progress is a headline over its fields too: the same
    shape the line at k opens again."""
    return any(
        lines[j].field and not lines[j - 1].field and not lines[j - 1].prose
        for j in range(max(segment, 1, k - _LISTING_LOOK_BACK), k)
    )


# How far back a listing's own headline over its fields is looked for, in lines: the
# look stays linear in a file of many articles.
_LISTING_LOOK_BACK = 60


# What ends a sentence or a clause: a line ending so under a rule goes on as text.
_CLAUSE_END = re.compile(r"[。，,；;、：:…]$")


def _heads_after_rule(line: Line, after: Line, then: Line | None = None) -> bool:
    """Under a printed rule, a short line over text heads the next article (or over a
    label of its first part, the text under that)."""
    if not line.after_rule:
        return False
    if then is not None and after.gap_before == 0 and is_label(after):
        after = then
    return _head_after_rule(line) and (
        after.prose or after.field or after.list_item or bool(SALUTATION.match(after.text))
    )


def _poem_after_rule(lines: list[Line], k: int) -> bool:
    """Under a printed rule, or set apart after finished text, a headline block of a few
    short lines (`诗苑` / `老街的黄昏` / `严松年`) over a poem's lines: the poem's."""
    if lines[k].verse or lines[k].intertitle or not _head_after_rule(lines[k]):
        return False  # (`其二　晚练`: the set's next piece, under the set's one headline)
    before = lines[k - 1] if k > 0 else None
    ended = before is not None and (before.closes or is_terminated(before.text))
    if not (lines[k].after_rule or (ended and (lines[k].after_furniture or lines[k].gap_before))):
        return False
    for j in range(k + 1, min(k + 4, len(lines))):
        if lines[j].verse:
            return True
        if not _head_after_rule(lines[j]) or lines[j].prose or len(lines[j].text) > 20:
            return False
    return False


def _head_after_rule(line: Line) -> bool:
    """A line under a printed rule that may head the next article: short, no clause
    or sentence ended, not a credit, caption or label (`！` may end a headline)."""
    return (
        len(line.text) <= 40
        # (`反诈提醒｜接到“退款”电话，千万别转账！`: a headline may exclaim, or ask)
        and (not _CLAUSE_END.search(line.text) or line.question_head)
        and not (line.closes or line.caption or line.field or line.list_item or line.row)
        and not line.slip
    )


def _announced(first: Line, second: Line | None) -> bool:
    """The text under a headline opens as a new story does: with its credit over it
    (`□记者 X`), or with a news lead (`近日，…`, `9月中旬，…`)."""
    credited = first.credit and second is not None and second.prose
    return credited or ((first.prose or first.has_comma) and bool(NEWS_LEAD.match(first.text)))


def _listing(lines: list[Line], segment: int, k: int, j: int) -> bool:
    """A headline over an item's head and two fields or more (`九月活动预告`, `中秋游园会`,
    `时间：…`, `地点：…`), under a story told in sentences with no field of its own: a
    listing of its own, not a part of the story."""
    below = _at(lines, j + 1)
    if not (lines[j].field and below is not None and below.field) or is_label(lines[k]):
        return False
    story = lines[segment:k]
    return _told_in_sentences(story) and not any(line.field or line.row for line in story)


def _told_in_sentences(story: list[Line]) -> bool:
    """Whether the story so far has text enough, in sentences, to be one of its own."""
    return sum(len(line.text) for line in story if line.prose) >= _MIN_TOLD


# Longest deck read under a title over their credit.
_MAX_DECK = 36


def _deck(line: Line) -> bool:
    """A headline's deck, a comma in it or not: short, no sentence ended in it."""
    text = line.text
    return (
        0 < len(text) <= _MAX_DECK
        and not (line.closes or line.caption or line.level or line.field)
        and not is_terminated(text)
        and not SENTENCE_INSIDE.search(text)
    )


def _part_of_credited(lines: list[Line], segment: int, k: int) -> bool:
    """A short heading run into a story credited over its text (`文/X 图/Y` under its
    headline), no blank line or page's break setting it apart, in the story's words:
    the heading of a part of it (`燃气隐患当场查` in a story of 燃气公司's checks), not
    another story's headline."""
    line = lines[k]
    return (
        _credited(lines, segment)
        and k > segment
        and len(line.text) <= _MAX_PARALLEL
        and not (line.gap_before or line.after_furniture or line.after_rule)
        and not lines[k + 1].credit
        # (a body and what it did, `双塘街道举办中秋邻里节`, is a story's headline, and
        # so are words the story so far does not have: `“反诈宣讲团”走进楼组`)
        and not EVENT.search(line.text)
        # (a notice's kind, `停水通知`, heads a notice of its own)
        and not is_notice_head(line)
        and not _new_topic(lines, segment, k)
    )


# A unit's credit for what it supplied: the text's, under it (`供稿：X`, `X供稿`).
_SUPPLIED = re.compile(r"^[（(]?\s*(?:供稿|供图|来源)\s*[：:]|供稿\s*[)）]?$")
# One line in this many set apart, at most, in text that parts nothing by blank lines.
_BLANKLESS_SHARE = 50


def _kicker_over_mark(before: Line, line: Line, after: Line) -> bool:
    """A short unmarked line set apart right over a Markdown heading, after ended text:
    the column's name over the headline (a converter marks only the large type)."""
    return (
        after.level > 0
        and not line.level
        and line.gap_before > 0
        and after.gap_before > 0
        and 0 < len(line.text) <= _MAX_KICKER_OVER_MARK
        and not ANY_STOP.search(line.text)
        and not (line.closes or line.caption or line.verse or line.row or line.field)
        and not bare_name(line.text)
        # (a body that signs the text over it: `本刊编辑部` under a correction)
        and not is_unit(line.text)
        and (before.closes or is_terminated(before.text))
    )


# The longest column's name read over a Markdown heading.
_MAX_KICKER_OVER_MARK = 10


def _one_of_parts(lines: list[Line], start: int, k: int) -> bool:
    """A short heading over text in a story whose credit stands under its headline
    (`文/X　图/Y`), no blank line around it, with another such heading further on before
    any credit or byline: the story's parts, each headed (a story credited at its head is
    not credited again, and the next story carries its own credit)."""
    if not _head_credited(lines, start, k) or not _part_heading(lines, k):
        return False
    for j in range(k + 2, min(len(lines) - 1, k + _PARTS_REACH)):
        if lines[j].closes:
            # (or the story's last part: the next story's headline and its own credit
            # under it end the story)
            return lines[j].credit and _part_heading(lines, j - 1, over_credit=True)
        if lines[j].level or lines[j].banner:
            return False
        if _part_heading(lines, j):
            return True
    return False


def _part_heading(lines: list[Line], k: int, over_credit: bool = False) -> bool:
    """A short heading after a finished sentence, over text (or over a credit)."""
    line = lines[k]
    below = lines[k + 1] if k + 1 < len(lines) else None
    return (
        0 < len(line.text) <= _MAX_PARALLEL
        and not (line.gap_before or line.after_rule)
        and not ANY_STOP.search(line.text)
        and not line.has_comma
        and not line.closes
        and below is not None
        and (
            below.credit
            if over_credit
            else below.prose and not below.closes and not below.lead_credit
        )
        and is_terminated(lines[k - 1].text)
    )


def _head_credited(lines: list[Line], start: int, k: int) -> bool:
    """The story from line `start` has a credit line under its headline, over its text."""
    for j in range(start, min(k, start + _HEAD_LINES)):
        if lines[j].credit and not lines[j].lead_credit:
            return True
        if lines[j].prose:
            return False
    return False


# How far on a story's next part's heading is looked for.
_PARTS_REACH = 40


def _centred_part(lines: list[Line], segment: int, k: int) -> bool:
    """A short centred heading in a story whose credit stands under its headline
    (`文/X　图/Y`), on the same page, with no credit or kicker of its own, over text:
    the heading of one of its parts (`七次协商定方案`), not the next story's headline,
    which in such a paper carries its credit as this one does."""
    line = lines[k]
    if not line.centred or line.after_furniture or len(line.text) > _MAX_PART_HEAD:
        return False
    if lines[k - 1].banner or lines[k + 1].credit or lines[k + 1].closes:
        return False
    if EVENT.search(line.text) or is_notice_head(line):
        return False
    head = lines[segment : min(k, segment + _HEAD_LINES)]
    for above in head:
        if above.credit and not above.lead_credit:
            return any(h.centred for h in head)
        if above.prose:
            return False
    return False


def _next_marked_item(lines: list[Line], segment: int, k: int) -> bool:
    """Whether marked line k heads the next brief: not when the story in progress
    is an article credited over its text (`□记者 X`) or under a ——subtitle, whose parts a
    mark heads (`■ 产业链上“找”项目`), unless it began with the same mark."""
    if lines[segment].text[:1] == lines[k].text[:1]:
        return True
    # (a story with its credit over its text, or its headline's ——subtitle, is a whole
    # article, not a brief: marked lines in it head its parts)
    return not (_credited(lines, segment) or _featured(lines, segment, k))


# Lines looked back over for what began the article in progress (a bound, so that a
# file of many marked lines is read in time linear in its lines).
_LOOK_BACK = 400


def _photo_item_before(lines: list[Line], heads: list[bool], start: int, k: int) -> bool:
    """Whether the article begun at `start` is, up to line k, a headline and captions
    only: a photo item, closed by its caption's credit."""
    if not 0 < k - start <= _MAX_PHOTO_ITEM_LINES:
        return False
    body = [j for j in range(start, k) if not heads[j]]
    return bool(body) and all(lines[j].caption for j in body)


# Most lines a photo item (headline and caption) takes.
_MAX_PHOTO_ITEM_LINES = 8


def _last_start(starts: set[int], k: int) -> int:
    """The last start before line k, within the bound looked back over (else 0)."""
    return next((j for j in range(k - 1, max(-1, k - _LOOK_BACK), -1) if j in starts), 0)


def _opened_by_mark(lines: list[Line], start: int, mark: str) -> bool:
    """Whether the article in progress, begun at `start`, is a run's first brief: the
    run's head (`老年简讯`) over a headline with this mark, not a story whose parts the
    mark heads."""
    head = lines[start]
    return (
        start + 1 < len(lines)
        and (is_label(head) or section_head(head))
        and lines[start + 1].text[:1] == mark
    )


def _featured(lines: list[Line], segment: int, k: int) -> bool:
    """Whether the story in progress is a feature: its headline over a `——subtitle`."""
    return any(line.subtitle_dash for line in lines[segment : min(k, segment + 3)])


def _story_reminder(lines: list[Line], segment: int, k: int) -> bool:
    """`民警提醒` after a story with no credit yet, which names 民警: the story's own
    reminder under its text (a box closing a report), not a notice of its own."""
    text = lines[k].text.strip("【】[] ")
    kind = next((kind for kind in _REMINDERS if text.endswith(kind)), None)
    if kind is None or k <= segment:
        return False
    giver = text[: -len(kind)]
    if len(giver) < 2 or any(lines[j].closes for j in range(segment, k)):
        return False
    return giver in "".join(lines[j].text for j in range(segment, k))


# A reminder's kinds: the giver named before them (`民警提醒`, `医生提示`).
_REMINDERS = ("提醒", "提示")


def _credited(lines: list[Line], segment: int) -> bool:
    """Whether the story in progress has its credit right over its text (`□记者 X`)."""
    return segment > 0 and lines[segment - 1].credit


def _at(lines: list[Line], k: int) -> Line | None:
    return lines[k] if k < len(lines) else None


# Fewest blank lines in a file that parts its articles with them.
_MIN_PARTED = 2


def _parted_by_blank_lines(lines: list[Line]) -> bool:
    """Whether blank lines part the file's articles while the text inside them runs on
    without one (a narrow column's habit): a paragraph never has a blank line before
    the next, yet blank lines stand elsewhere."""
    inside = [b.gap_before > 0 for a, b in pairwise(lines) if a.prose and b.prose]
    blanks = sum(1 for line in lines if line.gap_before > 0)
    return bool(inside) and sum(inside) <= 0.05 * len(inside) and blanks >= _MIN_PARTED


# A letter's or a notice's salutation: `尊敬的…居委会：`, `各位居民：`.
# Longest line read as the kicker over a listed headline.
_MAX_KICKER = 20


def _roll_tail(lines: list[Line], k: int) -> bool:
    """The line over line k is a roll's last names, its group's head or a row of it above."""
    if k < 2:
        return False
    if k > 2 and lines[k - 2].row and len(lines[k - 1].text) <= 2 and not lines[k - 1].prose:
        k -= 1  # (`…祝小妹 蒋汉` / `生`: the row's last name cut by the column)
    if not names_in_row(lines[k - 1].text, least=2):
        return False
    above = lines[k - 2]
    return above.row or bool(ROLL_HEAD.match(above.text)) or bool(names_in_row(above.text))


def _kicker_over(lines: list[Line], k: int) -> int:
    """The line over headline k when it is a short head right over it (`非遗进校园`)
    after a finished paragraph, else k."""
    above = lines[k - 1]
    # (or a picture's caption: what a story's text ends with, or the page's picture)
    ended = k < 2 or lines[k - 2].closes or lines[k - 2].caption or is_terminated(lines[k - 2].text)
    if (
        # (a blank line may part a column's name from it; page furniture may not)
        lines[k].gap_before <= 1
        and not lines[k].after_furniture
        # a section the contents list names too (`邻里故事` over its entries) is short
        and (not above.listed or len(above.text) <= MAX_COLUMN_NAME)
        and len(above.text) <= _MAX_KICKER
        and headline_like(above)
        and (ended or above.after_furniture or above.gap_before > 0)
        # (a line run on under the text above, a blank line under it: the text's last)
        and not (lines[k].gap_before and not above.gap_before and not above.after_furniture)
    ):
        return k - 1
    return k


# Text of the story so far, in characters, before a headline may cut its sentence.
_MIN_TOLD = 40
# How much of the text around a candidate headline is compared, each side.
_TOPIC_WINDOW = 1500


def _new_topic(lines: list[Line], segment: int, k: int) -> bool:
    """Whether line k's words come from the text after it rather than before it."""
    words = char_pairs(lines[k].text)
    if len(words) < 6:
        return False
    before = nearby(_told(lines, segment, k), _TOPIC_WINDOW)
    after = nearby((line.text for line in _until_closing(lines, k + 1)), _TOPIC_WINDOW)
    # Substring tests, in C: building the windows' own pair sets would cost far more.
    shared_before = shared_pairs(words, before) / len(words)
    shared_after = shared_pairs(words, after) / len(words)
    # Measured on hand-made bulletins: headlines share at most 0.3 of their words with
    # the article before (the place names every report repeats), captions 0.44 and up.
    if shared_before <= 0.35:
        return shared_after >= shared_before + 0.3
    # (or the place it opens with aside, which every report of the paper repeats, its
    # words are nearly all the text's after it: `东篱里社区招募楼道志愿者` over its call)
    text = lines[k].text
    opening = 0
    while opening + 2 <= len(text) and text[opening : opening + 2] in before:
        opening += 1
    rest = char_pairs(text[opening:])
    if len(rest) < _MIN_REST or opening < _MIN_PLACE:
        return False
    rest_before = shared_pairs(rest, before) / len(rest)
    rest_after = shared_pairs(rest, after) / len(rest)
    return rest_before <= _REST_BEFORE and rest_after >= _NEARLY_ALL


# The least of a headline's words past the place it opens with, the least that place,
# and how its other words stand with the text before it and after it.
_MIN_REST, _MIN_PLACE = 4, 2
_REST_BEFORE, _NEARLY_ALL = 0.25, 0.75


def _told(lines: list[Line], segment: int, k: int):
    """The story's text over line k, back to its start: the captions inside its text
    left out (a picture's caption may float in from the next story); those right over
    line k are read (its own picture's, or the story's last)."""
    told = False
    for j in range(k - 1, segment - 1, -1):  # (lazily: nearby() reads a window of it)
        if not lines[j].caption or not told:
            told = told or not lines[j].caption
            yield lines[j].text


# Longest title a labelled box prints under its label, and how far its byline may be.
_MAX_BOX_TITLE = 20
_BOX_LINES = 30


# Longest intertitle read as one of a story's set, and how far their lengths may differ.
_MAX_PARALLEL = 12
_PARALLEL_SLACK = 1
# Longest heading of a credited story's part (`楼道亮了`, `一杯热水暖人心`): a longer
# one set apart over text with a credit of its own heads the next story.
_MAX_PART_HEAD = 8
# Lines from a story's start its text's first line may be on (kicker, title, deck).
_HEAD_LINES = 5


def _parallel_intertitle(lines: list[Line], segment: int, k: int, parted: bool) -> bool:
    """Whether line k is as short as a heading already set between two paragraphs of
    the story in progress (or under its credit), and of its length: a story's
    intertitles come in a set of one form (`一杯热水暖人心`, `一张地图指归途`), a new
    story's headline does not. Two headings each set apart by blank lines, in text
    that has none between its paragraphs (`parted`), are of one form at a character
    more."""
    here = lines[k]
    size = len(here.text)
    if size > _MAX_PARALLEL or lines[segment].level:
        return False
    # (a story whose credit stands over its text begins right under it)
    first = segment if segment > 0 and lines[segment - 1].credit else segment + 2
    for j in range(max(first, 1), k - 1):
        line = lines[j]
        slack = _PARALLEL_SLACK + (parted and _set_apart(here) and _set_apart(line))
        if (
            headline_like(line)
            and abs(len(line.text) - size) <= slack
            # (between two paragraphs, or the first right under the story's credit)
            and (lines[j - 1].prose or lines[j - 1].caption or lines[j - 1].credit)
            and (lines[j + 1].prose or lines[j + 1].has_comma)
            and not line.closes
        ):
            return True
    return False


# A roll's title: `…示范户名单`, `…光荣榜`.
_ROLL_TITLE = re.compile(r"(?:名单|名录|光荣榜|红榜)$|表扬|表彰")
_MAX_ROLL_TITLE = 30
_NAME_LABEL = re.compile(r"^[^：:\s]{1,10}[：:]")
_NAME_SEPARATORS = re.compile(r"[\s\u3000、，,]+")


def _names_under(lines: list[Line], k: int) -> bool:
    """Two lines or more from k that hold nothing but people's names (after a label
    of where they come from, `下湾村：陈桂英 陈小平`), or a name and where the person
    lives (`王月娥 梓荫一村`); a sentence or two may lead in to them."""
    count = led_in = 0
    for line in lines[k : k + _ROLL_LOOK]:
        if count and ROLL_HEAD.match(line.text):
            continue  # (`楮塘花苑（4名）` over the names of its part: the roll goes on)
        text = _NAME_LABEL.sub("", line.text, count=1)
        names = [t for t in _NAME_SEPARATORS.split(text) if t]
        named = [n for n in names if 2 <= len(n) <= 4 and is_name(n) and has_surname(n)]
        if names and (len(named) == len(names) or (len(names) == 2 and names[0] in named)):
            count += 1
        elif count == 0 and led_in < _ROLL_LEAD_IN and not line.row:
            led_in += 1  # `以下6名同志被评为…（按姓氏笔画排序）：`
        else:
            break
    return count >= 2


_ROLL_LOOK = 8
_ROLL_LEAD_IN = 3


def _between_paragraphs(lines: list[Line], j: int) -> bool:
    return (
        0 < j < len(lines) - 1
        and headline_like(lines[j])
        and lines[j - 1].prose
        and (lines[j + 1].prose or lines[j + 1].has_comma)
        and not lines[j].closes
    )


def _parallel_ahead(lines: list[Line], k: int) -> bool:
    """Whether a heading of line k's length stands between two paragraphs further on in
    the story, before anything closes it: in a story credited over its text, the two
    are its parts' headings (a set of one form), not two stories' headlines."""
    size = len(lines[k].text)
    if size > _MAX_PARALLEL or not _between_paragraphs(lines, k):
        return False
    for j in range(k + 2, min(len(lines) - 1, k + _BOX_LINES)):
        line = lines[j]
        if line.closes or line.level or line.after_furniture or line.gap_before:
            return False
        # (a character more than behind: neither has been read as a heading yet)
        if abs(len(line.text) - size) <= _PARALLEL_SLACK + 1 and _between_paragraphs(lines, j):
            return True
    return False


def _set_apart(line: Line) -> bool:
    """A line with blank lines above and below it."""
    return line.gap_before > 0 and line.gap_after > 0


def _credited_again(lines: list[Line], segment: int, k: int) -> bool:
    """A headline set apart by blank lines in a story credited over its text, its own
    text under it closing on a credit of its own (`（街道应急办　供稿）`): a story credited
    at its head is not credited again at its foot, so the text below is another's."""
    line = lines[k]
    # (the text begins right under the credit: not the credit closing the story before)
    credited = _credited(lines, segment) and lines[segment].prose
    # (or its text opens on its credit: `本报讯（记者 X 通讯员 Y）8月4日，…`)
    credited = credited or any(
        lines[j].lead_credit for j in range(segment, min(k, segment + _HEAD_LINES))
    )
    if not (credited and k > segment + 1 and _set_apart(line)):
        return False
    if len(line.text) <= _MAX_PART_HEAD:
        return False  # (a heading of the story's parts is short)
    for j in range(k + 1, min(len(lines), k + _BOX_LINES)):
        below = lines[j]
        if below.level or below.caption or (below.gap_before and not below.prose and j > k + 1):
            return False
        if below.closes:
            return below.is_byline_only and any(b.author or b.department for b in below.byline)
    return False


# The kinds that head a notice of their own, alone on a line (a box's `温馨提示` heads a
# part of its article).
_BARE_NOTICE_KINDS = ("启事", "通知", "公告", "通告", "声明", "倡议书", "更正", "招领")
# The kinds of a notice printed as a document of its own, whatever its title names.
_DOCUMENT_KINDS = (*_BARE_NOTICE_KINDS, "征稿", "征文")
_MAX_NOTICE_TITLE = 24


def _named_notice(line: Line) -> bool:
    """A notice's whole title, no sentence in it: `《澜埭》副刊征稿`."""
    return (
        len(line.text) <= _MAX_NOTICE_TITLE
        and line.text.endswith(_DOCUMENT_KINDS)
        and not ANY_STOP.search(line.text)
        # (read as text where it is wider than the column: `2024年度“社区达人”征集启事`)
        and not (line.has_comma or line.caption or line.closes or line.row)
        and not (line.prose and line.short_in_wrap)
    )


def _told_below(lines: list[Line], k: int) -> bool:
    """Text under line k, a sentence ended within a box's reach, no headline between."""
    for j in range(k + 1, min(len(lines), k + _BOX_LINES)):
        if lines[j].closes or lines[j].level or lines[j].caption:
            return False
        if is_terminated(lines[j].text):
            return True
    return False


def _led_before(lines: list[Line], segment: int, k: int) -> bool:
    """The story in progress opened on a paper's lead (`本报讯…`) of its own."""
    return any(lines[j].paper_lead for j in range(segment, k))


def _signed_under(lines: list[Line], k: int) -> bool:
    """The text under line k closes on a signer's line and its date (a notice's end)
    before any other credit or headline block, within a box's reach."""
    for j in range(k + 2, min(len(lines) - 1, k + _BOX_LINES)):
        if lines[j].closes:
            return bool(lines[j].signature and lines[j + 1].closes and lines[j + 1].meta)
    return False


def _roll_under(lines: list[Line], segment: int, k: int, j: int) -> bool:
    """A headline over a roll's first part (`优秀共产党员（9名）` over its names), under a
    story told in sentences with no roll of its own: an honour roll of its own."""
    # (the part's head is set as a headline is: the block under k may end with it)
    if not any(ROLL_HEAD.match(lines[i].text) for i in range(k + 1, j + 1)):
        return False
    story = lines[segment:k]
    return _told_in_sentences(story) and not any(ROLL_HEAD.match(line.text) for line in story)


# Fewest lines of names under a roll's lead-in, and most lines of the lead-in.
_ROLL_LINES = 2
_LEAD_LINES = 5


def _roll_announced(lines: list[Line], k: int) -> bool:
    """Line k over a lead-in that announces a list (`…名单如下:`), then lines of
    people's names only (`任德福 蒋 兰`): a roll's headline."""
    last = k + 1  # the lead-in's last line (a column wraps it)
    while last < len(lines) and last - k <= _LEAD_LINES:
        lead = lines[last]
        if not (lead.prose or lead.has_comma or (last > k + 1 and is_terminated(lead.text))):
            # (or the lead-in ended and the roll's first group counted under it:
            # `…为以下寿星送上…!` / `九十五周岁(1人)` / `陆金凤`)
            return (
                last > k + 1
                and last + 1 < len(lines)
                and bool(ROLL_HEAD.match(lines[last].text))
                and lines[last + 1].row
            )
        if lines[last].text.endswith(("：", ":")):
            break
        last += 1
    else:
        return False
    end = last + 1 + _ROLL_LINES
    return end <= len(lines) and all(
        names_in_row(line.text, least=2) for line in lines[last + 1 : end]
    )


def _after_jump(lines: list[Line], k: int) -> bool:
    """Whether line k comes right after a story's jump out (`（下转第2版）`), or after
    the captions of its pictures under it."""
    j = k - 1
    while j > 0 and lines[j].caption:
        j -= 1
    return j >= 0 and lines[j].jump_out


def _box_title(line: Line) -> bool:
    return (
        0 < len(line.text) <= _MAX_BOX_TITLE
        and not line.prose
        and not line.closes
        and not line.caption
        and not line.level
        and not is_terminated(line.text)
    )


def _signed_below(lines: list[Line], start: int) -> bool:
    """Whether the text from `start` ends, before another heading, at a byline."""
    for k in range(start, min(len(lines), start + _BOX_LINES)):
        line = lines[k]
        if line.level:
            return False
        if line.closes:
            return line.is_byline_only and any(b.author for b in line.byline)
    return False


# Most lines a headline prints over its text: a kicker, a title in two, a subtitle.
_MAX_HEADLINE_LINES = 4


def _below_headline(
    lines: list[Line], heads: list[bool], k: int, spaced: bool = False
) -> int | None:
    """The first line under the headline that starts at k, when it has 2–4 lines that
    stand together (no blank line between; or one, `spaced`, where a blank line follows
    every paragraph of the file)."""
    apart = 1 if spaced else 0
    j = k + 1
    while j < len(lines) and (heads[j] or lines[j].subtitle_dash) and lines[j].gap_before <= apart:
        j += 1
        if j - k > _MAX_HEADLINE_LINES:
            return None
    if j >= len(lines) or j == k + 1 or lines[j].gap_before > 1:
        return None
    return j


# Fewest lines, and the least share of them set apart by a blank line, of a file whose
# every paragraph stands apart.
_SPACED_LINES = 12
_SPACED_SHARE = 0.9


def _until_closing(lines: list[Line], start: int):
    for k in range(start, len(lines)):  # no slice: a copy per candidate would be quadratic
        if lines[k].closes or lines[k].level:
            return
        yield lines[k]


def jump_headline(line: Line, after: Line | None) -> bool:
    """A line right over `（上接第1版）` alone that ends no sentence: the rest's headline,
    however wide (`老旧小区改造提前半个月完成外立面施工`)."""
    return (
        after is not None
        and after.jump_in
        and not after.text
        and not line.closes
        and not line.caption
        and not line.jump_out  # (`…并招募了（转第3版）`: the text that jumped, not a headline)
        and not is_terminated(line.text)
        and not line.text.endswith(("，", ",", "、"))
    )


def headline_like(line: Line) -> bool:
    if line.indented and not line.centred and line.text.endswith(DANGLING):
        return False  # a paragraph's first line, cut after `的`: the sentence goes on
    if line.lost_indent:
        return False  # a paragraph's first line, its indent lost, the text going on
    # (`反诈提醒｜接到“退款”电话，千万别转账！`: a tagged headline may run to two clauses)
    return (not line.has_comma or (line.question_head and line.column_tagged)) and _unmarked(line)


def _after_a_piece(lines: list[Line], k: int) -> bool:
    """Line k comes after a piece that ended: finished text, a credit, a poem's last
    line or the page's furniture (not a banner or a headline over it)."""
    if lines[k].after_furniture or k == 0:
        return True
    above = lines[k - 1]
    return above.closes or above.verse or is_terminated(above.text)


# Longest headline with a comma in it (`七十岁，我进了合唱班`) over its own credit.
_MAX_COMMA_TITLE = 20


def _comma_headline(line: Line) -> bool:
    """A short clause pair with no stop (`七十岁，我进了合唱班`): a headline only where
    its credit (`文/X`) stands under it, over the text."""
    return (
        line.has_comma
        and len(line.text) <= _MAX_COMMA_TITLE
        and not is_terminated(line.text)
        and not line.indented
        and _unmarked(line)
    )


def _unmarked(line: Line) -> bool:
    """No mark of text, a row, a field, a credit, a caption or a heading of a part."""
    return not (
        line.prose
        or line.field
        or line.row
        or line.verse
        or line.closes
        or line.caption
        or line.intertitle
        or line.list_item
        or line.position_marked
        or line.level
        or line.closes_notice  # `报名电话：8765 4321`: a notice's contact line, no headline
    )


# Longest headline printed as a quote whole (`“议事就是把话说到桌面上”`).


# Fewest headlines a brief's mark opens, each set apart, that show the file's habit.
_MIN_MARKED_HEADS = 3


def _marked_apart(line: Line) -> bool:
    """A line a brief's mark opens (`◆…`), a blank line over it."""
    return line.text[:1] in BRIEF_MARKS and line.gap_before > 0 and len(line.text) > 2


# Longest brief's headline, and how far down from its run's head a brief is looked for.
_MAX_BRIEF_HEAD = 20
_RUN_LOOK = 40


def _in_run_of_briefs(lines: list[Line], run_heads: list[int], k: int) -> bool:
    """Line k stands in a run of briefs: under a run's head (`简讯`), no page's furniture
    or heading between."""
    above = [j for j in run_heads if j < k and k - j <= _RUN_LOOK]
    if not above:
        return False
    head = above[-1]
    between = range(head + 1, k + 1)
    return not any(lines[j].after_furniture or lines[j].level or lines[j].banner for j in between)
