"""The headline block: which line is the title, the kicker above it, the subtitle below."""

from __future__ import annotations

import itertools
import re

from ..model import Byline
from .authors import author_line, speaker, unit_and_name
from .layout import HEADLINE_CAPTION, Builder, caption_evidence
from .lines import (
    ANY_STOP,
    MAX_SET_APART_COLUMN,
    NOTICE_KINDS,
    Line,
    asks,
    column_name,
    is_label,
    one_of_a_set,
    photo_credits,
    section_head,
    sentence_like,
    set_apart_under_column,
)
from .text import (
    COLUMN_LABEL,
    DANGLING,
    DIARY_DAY,
    EVENT,
    HEADLINE_MARK,
    MEASURE_WORDS,
    NEWS_LEAD,
    PAIRED_PHRASES,
    ROLL_HEAD,
    SALUTATION,
    cut_in_quote,
    is_terminated,
)
from .words import (
    bare_name,
)

# The unit a table's figures are given in, over the table.
_TABLE_UNIT = re.compile(r"^(?:单位|计量单位|金额单位)\s*[:：]\s*\S{1,6}$")
# A day or part of a month opening a line: `9月12日至`, `8月底`.
_DATED_OPENING = re.compile(r"^\d{1,2}\s*月\s*(?:\d{1,2}\s*日|上旬|中旬|下旬|初|底)")
# Longest headline that may carry a comma; a longer line with one is body text.
MAX_COMMA_HEADLINE = 30


def _briefs_head(head: Line, marked: Line | None) -> bool:
    """A section's head set as a part's (`▌便民信息`) right over a marked headline with no
    stop in it (`■ 社区食堂推出冬令菜单`): the head of a run of briefs."""
    return (
        marked is not None
        and (is_label(head) or section_head(head))
        and bool(HEADLINE_MARK.match(marked.text))
        and not ANY_STOP.search(marked.text)
    )


# Longest headline of two clauses read under a column's name.
_MAX_CLAUSED_TITLE = 20
# Longest column's name set as a Markdown heading over a bold headline (`## 岁月留痕`).
_MAX_HEADED_COLUMN = 6
# Longest title read over its `——subtitle` however it reads (as wide as a column).
_MAX_TITLE_OVER_DECK = 30


def claused_headline(line: Line) -> bool:
    """A short line of a headline's clauses (`防范电信诈骗，牢记“三不一多”`): no stop at
    its end, no sentence, no paragraph's indent, no jump."""
    return (
        0 < len(line.text) <= _MAX_CLAUSED_TITLE
        and not (line.prose or line.indented or line.jump)
        and not is_terminated(line.text)
    )


def in_headline_block(line: Line, block: list[Line], following: Line | None) -> bool:
    """Whether a line is a headline or caption at an article's start, not body text."""
    if (block and block[-1].section_role == "title") or (
        len(block) >= 2 and block[-2].section_role == "kicker"
    ):
        return False  # a 简报's numbered heading is its article's whole headline
    if line.level or line.export_role:
        return True
    if line.inline_head and block and block[-1].section_role == "kicker":
        return True  # `#江城好人#【退休教师…】`: the tag's kicker, then the run-in title
    if line.section_role == "continued":
        return False  # `一、…（续）`: its section goes on, under no new headline
    if line.section_role:
        # a 简报's numbered heading heads a block; only its kicker's title follows it
        return not block or block[-1].section_role in ("furniture", "kicker")
    if line.closes or line.row or line.field or line.boxed:
        return False
    if line.jump_in and line.text and line.indented:
        return False  # `　　（上接第1版）推广“统一育秧、统`: a paragraph's opening, indented
    if block and DIARY_DAY.match(line.text):
        return False  # `7月1日 晴` under a diary's headline: its first day, its text
    if block and line.verse and line.text.endswith(("，", ",")):
        return False  # `五月的风从北岸吹来，` under a poem's title: its first line
    if (
        block
        and following is not None
        and line.text[-1:].isdigit()
        and following.text[:1] in MEASURE_WORDS
        and (following.prose or following.has_comma)
    ):
        return False  # `…预留了300` over `个树穴，即日起…`: text the column cut at a figure
    if block and (line.text.count("《") > line.text.count("》")):
        return False  # `本报…第2版《老` / `旧小区…》一文中，`: a title cited, cut by the wrap
    if (
        _briefs_head(line, following)
        if not block
        else (len(block) == 1 and _briefs_head(block[0], line))
    ):
        return True  # `▌便民信息` over `■ 社区食堂推出冬令菜单`: the run's head, a brief's
    if block and following is not None and following.row and ROLL_HEAD.match(line.text):
        return False  # `优秀共产党员（9名）` over its names: the roll's first part, its text
    if block and _TABLE_UNIT.match(line.text):
        return False  # `单位：万元` over a table: the table's, its text
    if line.post_title and not block:
        return True  # `《月湖邻里》第11期电子版来了！` over `原创 月湖发布`: the post's headline
    if line.subtitle_dash and block:
        return True  # a `——subtitle` or a headline's translation hangs under its title
    if (
        block
        and following is not None
        and following.subtitle_dash
        and not line.caption
        and len(line.text) <= _MAX_TITLE_OVER_DECK
        and not ANY_STOP.search(line.text)
    ):
        return True  # a line as wide as a narrow column, right over its `——subtitle`
    if line.outdented and block is not None and not line.intertitle and not line.verse:
        return True  # out of the indented text, not a sentence's end: a headline's line
    if (line.asks_in_two or asks(line)) and len(block) == 1 and column_name(block[0]):
        return True  # `法律门诊` over `楼上漏水不修，楼下能自己找人修吗？`
    if (
        len(block) == 1
        and column_name(block[0])
        and line.has_comma
        and claused_headline(line)
        and following is not None
        and (following.prose or following.has_comma)
    ):
        return True  # `平安榕荫` over `防范电信诈骗，牢记“三不一多”` over the text
    if (
        block
        and not block[-1].caption
        and following is not None
        and (following.prose or following.verse)
        and author_line(line)
    ):
        # `社区卫生服务站　孔令娟` under the headline, over the text, as wide as a narrow
        # column's line: the headline's signature, not the text's first line
        return True
    if (
        block
        and following is not None
        and author_line(following)
        and 0 < len(line.text) <= MAX_SECTION_HEAD * 3
        and _title_words(line.text)
        and not line.verse
    ):
        # `诗苑` / `咏菊` / `甘泉村　孟繁林`: the title right over its writer (a comma may
        # part its two phrases: `夏夜，在小区广场`)
        return True
    if (
        line.prose
        and len(block) == 2
        and following is not None
        and not is_terminated(line.text)
        and _comma_subtitle(line, block, following)
    ):
        return True  # a deck closing a headline set tight, a blank line under it
    if line.listed and line.intertitle and not block:
        return True  # `**楼道“微更新”完工啦**`, set in bold as its parts are: the contents names it
    if line.prose or line.intertitle or line.verse:
        return False
    if (
        block
        and block[-1].spaced
        and not line.spaced
        and line.text
        and not line.short_in_wrap
        and any(head.short_in_wrap for head in block)
        and following is not None
        and not following.gap_before
        and following.prose
    ):
        # `征 稿 启 事` (display type) / `《泖溪》镇报“泖水清清”副刊常年` / `面向…稿件。`:
        # a line as wide as the column the text runs on from is the text's first
        return False
    if block and line.indent_starts and following is not None and following.runs_on:
        # `　　为帮助老年居民跨越“数字` / `鸿沟”，…`: indented where indents open the
        # paragraphs, the next line running on from it: the text's first line
        return False
    if block and line.lost_indent:
        # `我年轻时在镇供销社当` / `过十几年营业员。…`: an indent short of the column (the
        # scan's indents lost), the text going on under it: the text's first line
        return False
    if block and _DATED_OPENING.match(line.text) and line.text.endswith(DANGLING):
        # `9月12日至` / `18日，…`: the text's opening words, cut where the headline run in
        # before them (set in another type) took its line's start
        return False
    if (
        asks(line)
        and following is not None
        and SALUTATION.match(following.text)
        and len(line.text) <= MAX_COMMA_HEADLINE
    ):
        return True  # `楼下的油烟能不能管一管？` over `编辑同志：`: the letter's headline
    if (
        line.question_head
        and (_headed(block) is False or sentence_like(following))
        and not (
            len(block) == 1
            and asks(line)
            and following is not None
            and _set_apart_under_label(line, block[0], following)
        )
        # (under a column's banner, `—— 居民之声 ——`, a question is the letter's headline;
        # so under a column's name the contents list names, `党建知识小课堂`, and under one
        # set in display type, `邻 里 来 信`)
        and not (
            len(block) == 1
            and (block[0].banner or block[0].spaced or _listed_column(block[0]))
            and asks(line)
        )
        # (over a Q&A's first labelled question, `问：…`, a question is the column's
        # headline: the questions of its text are labelled)
        and not (
            len(block) == 1
            and column_name(block[0])
            and asks(line)
            and following is not None
            and bool(_ASKED.match(following.text))
        )
    ):
        # A question heads a block alone, never under another; and only over a label, a
        # credit or a subtitle: over a sentence or a byline it may as well be the first
        # sentence of a piece whose headline is printed elsewhere.
        return False
    if line.has_comma:
        # Only a title or a `——subtitle` may carry a comma, and only a short one:
        # below a title a comma line is the body cut by a break.
        # A title right over its `——subtitle` may carry one too (`罗惠珍：街坊的事，就是我的事`).
        over_dash = following is not None and following.subtitle_dash
        # (over a letter's greeting, `编辑同志：`, a line with a comma heads the letter)
        greeted = following is not None and bool(SALUTATION.match(following.text))
        # (or the middle of three lines a blank one closes: kicker, a title with a comma,
        # its deck, `重阳特稿` / `一桌长街宴，九十位老人` / `…敬老宴侧记`)
        grouped = (
            len(block) == 1
            and following is not None
            and following.gap_before == 0
            and following.gap_after >= 1
            and not following.has_comma
            and not is_terminated(line.text)
            and not is_terminated(following.text)
            and len(following.text) <= MAX_COMMA_HEADLINE
        )
        fits = (
            not block
            or over_dash
            or greeted
            or line.subtitle_dash
            or grouped
            or _comma_subtitle(line, block, following)
        )
        return fits and len(line.text) <= MAX_COMMA_HEADLINE
    return True


def _listed_column(line: Line) -> bool:
    """A column's name the contents list names (`◇党建知识小课堂`), no headline's words."""
    return line.listed and not line.has_comma and column_name(line, MAX_SET_APART_COLUMN)


def _stories_under(lines: list[Line], k: int, section: int, story: int) -> bool:
    """Whether another heading of the story's depth follows line k before the next
    heading of the section's depth or above: the section heads a run of stories."""
    for line in lines[k + 1 :]:
        if 0 < line.level <= section:
            return False
        if line.level == story:
            return True
    return False


def _headed(block: list[Line]) -> bool:
    """An empty block, or one short head (`办事指南`) a question may stand under."""
    return not block or (len(block) == 1 and (is_label(block[0]) or block[0].banner))


# Longest subtitle with a comma that may stand right under a lone title, and the
# shortest body line that may follow it.
MAX_COMMA_SUBTITLE = 20
MIN_BODY_START = 12
MIN_CLAUSE = 4
_CLAUSES = re.compile(r"[，,。！？!?；;：:]")


def _comma_subtitle(line: Line, block: list[Line], following: Line | None) -> bool:
    """`午间一小时，白领也来“议”社区事` right under a lone title: a whole short phrase,
    not the first piece of a paragraph (that ends mid-phrase, or goes on past a caption
    or in a short piece)."""
    if following is None:
        return False
    # (over the text, or over the credit the headline prints under it: `□通讯员 X`)
    over_text = (
        following.prose
        and not following.caption
        and len(following.text) >= MIN_BODY_START
        and len(_CLAUSES.split(following.text)[0]) >= MIN_CLAUSE
    )
    # (set apart by blank lines, as its title and kicker are, a longer one: the deck of
    # a newsletter's story, `桥北、湖滨两个街道新开4家助餐点，老人用餐可享补贴`)
    apart = line.gap_before == 1 and line.gap_after == 1 and following.gap_before == 1
    # (or, as a browser's text sets a page's headings, two blank lines round each line
    # of the headline, each set in from the margin)
    laid_out = (
        line.gap_before >= 2
        and line.gap_before == block[-1].gap_before
        and line.depth > 0
        and block[-1].depth > 0
        and following.credit
    )
    spacing = line.gap_before if laid_out else 1
    kicked = (
        len(block) == 2
        and (apart or laid_out)
        and block[1].gap_before == spacing
        and is_label(block[0])
    )
    # (or in a headline set tight, kicker and title, its last line over a blank one: the
    # deck that closes it, `老公房加装电梯 一年跑出“加速度”` / `已有23台投入使用,另有…`)
    closed = (
        line.gap_before == 0
        and line.gap_after >= 1
        and following.gap_before >= 1
        and all(head.gap_before == 0 for head in block[1:])
    )
    return (
        (len(block) == 1 or kicked or (len(block) == 2 and (following.lead_credit or closed)))
        # (or over the paper's credit that opens the text: `本报讯（通讯员 X）6月12日，…`)
        and (over_text or following.credit or following.lead_credit)
        and not block[-1].caption
        and not block[-1].position_marked
        and (line.gap_before <= 1 or laid_out)
        and len(line.text) <= (MAX_COMMA_HEADLINE if apart or laid_out else MAX_COMMA_SUBTITLE)
        and not line.text.endswith(DANGLING)
        and not cut_in_quote(line.text)
        # in a hard-wrapped column a short line is a paragraph's last, unless blank
        # lines set it apart under a column's label (`居民心声` over `谢谢你,楼组长小沈`)
        and (not line.short_in_wrap or _set_apart_under_label(line, block[0], following))
        and not NEWS_LEAD.match(line.text)
        # A piece cut just after a comma leaves a stub (`…，一`); a phrase has a clause.
        and len(_CLAUSES.split(line.text)[-1]) >= MIN_CLAUSE
    )


def _set_apart_under_label(line: Line, label: Line, following: Line) -> bool:
    return set_apart_under_column(label, line, following, MIN_BODY_START)


# A big headline broken a few characters a line: three lines or more, this short each.
_MAX_HEADLINE_PIECE = 6
_MIN_HEADLINE_PIECES = 3


def _broken_headline(block: list[Line]) -> int:
    """How many lines at the block's top are the pieces of one big headline (three or
    more very short unpunctuated lines, straight one under the other), or 0."""
    count = 0
    for k, line in enumerate(block):
        short = 0 < len(line.text) <= _MAX_HEADLINE_PIECE and not ANY_STOP.search(line.text)
        if not short or (k > 0 and line.gap_before) or line.level or line.closes:
            break
        count += 1
    if count and (speaker(block[count - 1]) or unit_and_name(block[count - 1])):
        count -= 1  # `居民　庄振邦` under `邻里诗会` / `重阳`: who wrote it, no piece of it
    if count == _MIN_HEADLINE_PIECES and is_label(block[0]) and _bare_author(block[count - 1]):
        return 0  # `诗苑` / `老街的黄昏` / `严松年`: a column, a title and who wrote it
    return count if count >= _MIN_HEADLINE_PIECES else 0


def _quote_across(block: list[Line]) -> int:
    """2 where the block's first line leaves a quotation open that the second closes, no
    stop in either (`居民区党总支开展“学雷锋·` / `暖邻里”主题党日`): one headline the wrap
    cut, else 0."""
    if len(block) < 2 or block[1].gap_before or block[1].level or block[1].closes:
        return 0
    first, second = block[0].text, block[1].text
    if ANY_STOP.search(first) or ANY_STOP.search(second):
        return 0
    opened = first.count("“") - first.count("”")
    return 2 if opened > 0 and second.count("”") - second.count("“") == opened else 0


def set_headlines(builder: Builder, article: int, indexes: list[int]) -> None:
    """Place a headline block's lines: kicker, title, subtitle; the rest are captions."""
    if not indexes:
        return
    block = [builder.lines[k] for k in indexes]
    if any(line.export_role for line in block):
        # An export labels each line: title, kicker, subtitle; the rest as they look.
        titles = {line.text for line in block if line.export_role == "title"}
        for index, line in zip(indexes, block, strict=True):
            if line.export_role:
                role, why = line.export_role, f"{line.export_role}.export_field"
            elif line.text in titles:
                # the headline again as the text's first line (the body field opens with it)
                role, why = "furniture", "furniture.title_again"
            elif caption_evidence(line):
                role, why = "caption", HEADLINE_CAPTION
            else:
                role, why = "line", "line.headline_block"
            builder.place(index, role, article, why)
        return
    # A picture's credited caption read out over the headline (`图为…。　X 摄`, then the
    # story's headline): the story's picture, never its title.
    # (a caption wrapped over lines, its credit on the last: `▲开幕式上，…进` / `行表演。　X 摄`)
    lead = 0
    for k in range(len(block) - 1):
        if not block[k].caption:
            break
        if photo_credits(block[k]):
            lead = k + 1
    for index in indexes[:lead]:
        builder.place(index, "caption", article, "caption.over_headline")
    indexes, block = indexes[lead:], block[lead:]
    if (
        len(block) >= 2
        and block[0].after_furniture
        and block[1].before_furniture
        and column_name(block[0])
        # (a document's headline its properties name: the line over it is its column's)
        and not (block[0].opens_document and block[1].titled)
    ):
        # `议事厅` over a post's title, under the app's menu: the channel, the post's header
        builder.place(indexes[0], "furniture", article, "furniture.channel")
        indexes, block = indexes[1:], block[1:]
    split = next((k for k, line in enumerate(block) if line.split_head), None)
    if split is not None and split + 1 < len(block) and block[split + 1].split_head:
        # A headline broken onto two lines at its comma: one title, a kicker over it.
        for k, index in enumerate(indexes):
            if k in (split, split + 1):
                builder.place(index, "title", article, "title.split")
            elif k == split - 1:
                builder.place(index, "kicker", article, "kicker.above")
            elif k == split + 2 and block[k].subtitle_dash:
                builder.place(index, "subtitle", article, "subtitle.below")
            else:
                builder.place(index, "line", article, "line.headline_block")
        return
    pieces = _broken_headline(block) or _quote_across(block)
    if pieces:
        # `東園里` / `活動中心` / `整修完工`: a big headline set a few characters a line,
        # one title; what stands under it keeps its own place (a subtitle, a credit)
        for index in indexes[:pieces]:
            builder.place(index, "title", article, "title.broken")
        rest = indexes[pieces:]
        if rest and _is_headline(block[pieces]):
            builder.place(rest[0], "subtitle", article, "subtitle.below")
            rest = rest[1:]
        for index in rest:
            builder.place(index, "line", article, "line.headline_block")
        return
    if block[0].section_role == "furniture":
        # `一、本月要事` over its numbered items: the head of a 简报's section
        builder.place(indexes[0], "furniture", article, "furniture.section_head")
        indexes, block = indexes[1:], block[1:]
        if not block:
            return
    if block[0].section_role == "kicker" and len(block) >= 2:
        builder.place(indexes[0], "kicker", article, "kicker.section")
        builder.place(indexes[1], "title", article, "title.under_section")
        for index in indexes[2:]:
            builder.place(index, "line", article, "line.headline_block")
        return
    if block[0].section_role == "title":
        builder.place(indexes[0], "title", article, "title.section")
        for index in indexes[1:]:
            builder.place(index, "line", article, "line.headline_block")
        return
    if len(block) == 2 and (
        (column_name(block[0]) and block[1].asks_in_two)
        or (column_name(block[0], MAX_SET_APART_COLUMN) and asks(block[1]))
    ):
        # `法律门诊` over `楼上漏水不修，楼下能自己找人修吗？`: the column, its question
        builder.place(indexes[0], "kicker", article, "kicker.column")
        builder.place(indexes[1], "title", article, "title.question")
        return
    if (
        len(block) >= 4
        and is_label(block[0])
        and all(_is_headline(line) and not line.banner for line in block)
    ):
        # `文化` over a kicker, a title and a subtitle: the page's section, not a fourth deck
        builder.place(indexes[0], "furniture", article, "furniture.section_head")
        indexes, block = indexes[1:], block[1:]
    if (
        len(block) >= 2
        and block[0].numbered
        and len(block[0].text) <= MAX_SET_APART_COLUMN
        and not ANY_STOP.search(block[0].text)
        and _is_headline(block[1])
        and not block[1].subtitle_dash
        # (the section's name is the headline over a label of its part: `项目目标`)
        and not is_label(block[1])
        and len(block[1].text) > len(block[0].text)
    ):
        # `03` / `图说书苑` / `“小小消防员”体验日`: a post's numbered section, its name
        # over the one headline under it (a blank line between or not)
        builder.place(indexes[0], "kicker", article, "kicker.column")
        indexes, block = indexes[1:], block[1:]
    elif (
        len(block) == 3
        and author_line(block[2])
        and len(block[0].text) <= MAX_SECTION_HEAD
        and not block[0].level
        and not caption_evidence(block[0])
    ):
        # `诗苑` over `咏菊` over its writer: the column, the poem's title, who wrote it
        builder.place(indexes[0], "kicker", article, "kicker.column")
        indexes, block = indexes[1:], block[1:]
    elif len(block) >= 2 and _section_head(block[0], block[1]) and not author_line(block[1]):
        # (over the line that signs it, a short word is the title: `春夜` / `退休教师　X`)
        if _collection(block[0]):
            builder.place(indexes[0], "furniture", article, "furniture.section_head")
        else:
            # `街坊榜样`, `温暖过冬` over one headline: the column it runs in, its kicker
            builder.place(indexes[0], "kicker", article, "kicker.column")
        indexes, block = indexes[1:], block[1:]
    elif block[0].banner and _own_kicker(block[1:]):
        # A banner over an article that has its kicker already heads the section.
        builder.place(indexes[0], "furniture", article, "furniture.banner")
        indexes, block = indexes[1:], block[1:]
    elif block[0].banner and len(block) >= 2 and not block[1].subtitle_dash:
        if _collection(block[0]):
            # `— 简讯 —` over the first of its briefs: the run's head, not one's kicker
            builder.place(indexes[0], "furniture", article, "furniture.section_head")
        else:
            builder.place(indexes[0], "kicker", article, "kicker.banner")
        indexes, block = indexes[1:], block[1:]
    if len(block) >= 2 and _bracketed_date(block[-1]):
        # `（2024年10月10日）` under a speech's or a document's headline: the day it was given
        line = block[-1]
        line.meta = {"日期": line.text[1:-1].strip()}
        builder.place(indexes[-1], "meta", article, "meta.headline_date")
        indexes, block = indexes[:-1], block[:-1]
    if len(block) >= 2 and (who := speaker(block[-1])):
        # `街道党工委副书记、办事处主任　韩立新` under a speech's headline: who gave it
        line = block[-1]
        line.byline, line.byline_text = [Byline(author=who)], line.text
        builder.place(indexes[-1], "byline", article, "byline.speaker")
        indexes, block = indexes[:-1], block[:-1]
    if len(block) >= 2 and (signed := unit_and_name(block[-1])):
        # `某某中学初二（3）班　周某` under an essay's headline: its author and school
        line = block[-1]
        line.byline, line.byline_text = [Byline(department=signed[0], author=signed[1])], line.text
        builder.place(indexes[-1], "byline", article, "byline.unit_and_name")
        indexes, block = indexes[:-1], block[:-1]
    if (
        len(block) >= 2
        and _bare_author(block[-1])
        and not _bare_author(block[-2])
        and not block[-2].wraps_on
    ):
        # `钱佳慧` alone under the headline, over the text: its author, signed as printed
        line = block[-1]
        line.byline, line.byline_text = [Byline(author=line.text)], line.text
        builder.place(indexes[-1], "byline", article, "byline.bare_name")
        indexes, block = indexes[:-1], block[:-1]
    named = next((k for k, line in enumerate(block[:-1]) if line.named_with_next), None)
    if named is not None:
        _place_named(builder, article, indexes, block, named)
        return
    marked = [line for line in block if line.level]
    dashed = next((k for k, line in enumerate(block) if line.subtitle_dash and k > 0), None)
    # the contents list may name a section's head over the headline too: the headline is
    # the last line it names
    listed = next((k for k in range(len(block) - 1, -1, -1) if block[k].listed), None)
    nested = False
    if marked:
        # Markdown nests: a section's heading (`## 志愿者风采`) over the story's own
        # (`### 八十岁的…`), deeper and deeper down to the text, under a rule if the
        # issue's own heading (`# 月报`) stands above. `# title` over `## subtitle` (one
        # `#` heads a story, as lcreader's own export writes it) is not.
        ruled = max((k for k, line in enumerate(block) if line.after_rule), default=0)
        levels = [line.level for line in block[ruled:] if line.level]
        last = max(k for k, line in enumerate(block) if line.level)
        nested = len(levels) > 1 and min(levels) >= 2 and last >= ruled
        nested = nested and all(a < b for a, b in itertools.pairwise(levels))
        if nested:
            at, why = last, "title.deepest_mark"
        else:
            top = min(line.level for line in marked)
            at = next(k for k, line in enumerate(block) if line.level == top)
            why = "title.marks"
            if (
                top >= 2
                and at + 1 < len(block)
                and block[at + 1].bold
                and not block[at + 1].level
                and len(block[at].text) <= _MAX_HEADED_COLUMN
                and not ANY_STOP.search(block[at].text)
            ):
                # `## 岁月留痕` over `**母亲的针线笸箩**`: the column's heading, and the
                # story's headline set in bold under it
                at += 1
                marked = [block[at]]
    elif (
        listed is not None
        and (_section_over(block, listed) or _column_over_signed(builder, indexes, block, listed))
        and not _kicked(builder, article)
    ):
        # (under its column's name placed already, `民生实事`, the listed line is the
        # headline, and a longer line under it its deck)
        # the contents list names the section (`“家门口”服务`), not the story under it
        at, why = listed + 1, "title.under_listed_section"
        marked = [block[at]]
    elif listed is not None:
        at, why = listed, "title.listed"  # the contents list names it
        marked = [block[listed]]  # as sure as a mark: no kicker-title-subtitle guessing
    elif dashed is not None and _is_headline(block[dashed - 1]):
        at = dashed - 1  # `——副题` hangs under its title
        why = "title.over_dash"
    else:
        at = next((k for k, line in enumerate(block) if _is_headline(line)), 0)
        why = "title.first"
    if not marked and dashed is None and _wrapped(block):
        _place_wrapped(builder, article, indexes, block)
        return
    roles: dict[int, tuple[str, str]] = {at: ("title", why)}
    title = block[at]
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
        roles[at] = ("kicker", "kicker.first_of_three")
        at += 1
        roles[at] = ("title", "title.middle_of_three")
        title = block[at]
        below = at + 1 < len(block) and _is_companion(block[at + 1], title, before=False)
    elif (
        not marked
        and dashed is None
        and below
        # (a line with a comma under a plain one is its deck: `首批4台已投入使用，…`)
        and not _deck_under(title, block[at + 1])
        and (
            _kicker_over(title, block[at + 1])
            or _theme_over_news(title, block[at + 1])
            or _column_over_headline(title, block[at + 1])
        )
    ):
        # `党建引领“微治理” 老小区焕发新活力` over a plain headline: a slogan kicker.
        roles[at] = ("kicker", "kicker.theme")
        at += 1
        roles[at] = ("title", "title.event")
        title = block[at]
        below = at + 1 < len(block) and _is_companion(block[at + 1], title, before=False)
    elif (
        why == "title.over_dash"
        and at == 2
        and all(_is_headline(line) and not line.level for line in block[:2])
        and _is_companion(block[1], title, before=True)
    ):
        if is_label(block[0]):
            # `人物` over a kicker, its title and `——subtitle`: the page's section
            roles[0] = ("furniture", "furniture.section_head")
            roles[1] = ("kicker", "kicker.above")
        else:
            # A kicker, a title set in two lines, `——subtitle`: the two are one title.
            roles[0] = ("kicker", "kicker.above")
            roles[1] = ("title", "title.wrapped")
    elif nested and at > 0 and 0 < block[at - 1].level < title.level:
        if _stories_under(builder.lines, indexes[at], block[at - 1].level, title.level):
            # `## 本月要闻` over several `### stories`: the head of a run, the issue's
            roles[at - 1] = ("furniture", "furniture.section_head")
        else:
            roles[at - 1] = ("kicker", "kicker.section_mark")
    elif at > 0 and _notice_title_wrapped(block[at - 1], title):
        # `关于开展2024年老年人免费` / `健康体检的通知`: a notice's title in two lines
        roles[at - 1] = ("title", "title.wrapped")
    elif at > 0 and _is_companion(block[at - 1], title, before=True):
        roles[at - 1] = ("kicker", "kicker.above")
    if below and (
        (title.wraps_on and not block[at + 1].subtitle_dash)
        or _notice_title_wrapped(title, block[at + 1])
    ):
        # `芦头村2025年一季度村级财务收支情` / `况公开`: the column cut the headline (a
        # notice's, `关于做好…基本医疗` / `保险参保缴费工作的通知`, whatever its width)
        roles[at + 1] = ("title", "title.wrapped")
        below = False
    note = None
    if (
        below
        and not marked
        and _headline_goes_on(title, block[at + 1])
        # (`青岚夜话` / `老街的灯` / `□ 郑秋禾`: a column's name over the piece's title)
        and not _column_over_signed(builder, indexes, block, at)
        and not _item_head_under(builder, indexes[at + 1])
    ):
        # `全镇百岁老人` / `增至七位`: a headline of a few words set in two lines
        roles[at + 1] = ("title", "title.two_lines")
        below = False
    if below and is_label(block[at + 1]) and not block[at + 1].subtitle_dash:
        if _column_over_signed(builder, indexes, block, at) and not marked:
            # `青岚夜话` / `老街的灯` / `□ 郑秋禾`: the column's name, then the piece's
            # title right over its writer
            roles[at] = ("kicker", "kicker.above")
            roles[at + 1] = ("title", "title.over_writer")
        else:
            roles[at + 1] = ("intertitle", "intertitle.label")  # `居民来信` under the title
        below = False
    if (
        below
        and _title_cut(title.text)
        and not block[at + 1].subtitle_dash
        and not _deck_under(title, block[at + 1])
        and not block[at + 1].gap_before  # (set apart by a blank line: a deck of its own)
    ):
        # `青禾街道新增两处` / `24小时自助图书馆`: a count left without what it counts,
        # the headline goes on in the next line
        roles[at + 1] = ("title", "title.wrapped")
        below = False
    if below:
        roles[at + 1] = ("subtitle", "subtitle.below")
        rest = at + 2
        if rest < len(block) and _subtitle_goes_on(block[at + 1], block[rest]):
            # `——街道为辖区312位八十岁以上老人` / `送上节日祝福`: the column cut it
            roles[rest] = ("subtitle", "subtitle.below")
        kicker = any(role == "kicker" for role, _ in roles.values())
        plain = not marked and not kicker and not block[at + 1].subtitle_dash
        if plain and len(title.text) <= 0.6 * len(block[at + 1].text):
            note = ("short_line_as_title", title.text)
    _place_roles(builder, article, indexes, block, roles, note)


def _place_roles(
    builder: Builder,
    article: int,
    indexes: list[int],
    block: list[Line],
    roles: dict[int, tuple[str, str]],
    note: tuple[str, str] | None = None,
) -> None:
    """Place the block's lines in the roles given; any other line is a caption if it
    reads as one, else a line of the article's text, as printed."""
    for k, index in enumerate(indexes):
        if k in roles:
            role, why = roles[k]
        elif caption_evidence(block[k]):
            role, why = "caption", HEADLINE_CAPTION
        else:
            # No headline and nothing says it is a caption: text of the article, as printed.
            role, why = "line", "line.headline_block"
        builder.place(index, role, article, why, note=note if role == "title" else None)


def _place_named(
    builder: Builder, article: int, indexes: list[int], block: list[Line], named: int
) -> None:
    """The two lines at `named` spell a headline the issue prints whole elsewhere: one
    title, the headline line over it its kicker, the one under it its subtitle."""
    roles = {named: ("title", "title.named"), named + 1: ("title", "title.named")}
    if named > 0 and _is_companion(block[named - 1], block[named], before=True):
        roles[named - 1] = ("kicker", "kicker.above")
    below = named + 2
    if below < len(block) and (block[below].subtitle_dash or _is_headline(block[below])):
        roles[below] = ("subtitle", "subtitle.below")
    _place_roles(builder, article, indexes, block, roles)


def _subtitle_goes_on(subtitle: Line, line: Line) -> bool:
    """The rest of a `——subtitle` a narrow column cut: straight under it, short, no
    sentence's end in either, the subtitle as wide as the column."""
    return (
        subtitle.subtitle_dash
        and not subtitle.short_in_wrap
        and line.short_in_wrap
        and not line.gap_before
        and not line.closes
        and not ANY_STOP.search(line.text)
        and not is_terminated(subtitle.text)
    )


def _kicked(builder: Builder, article: int) -> bool:
    """Whether the article has a kicker placed already (a section's name over it)."""
    last = builder.placements[-1] if builder.placements else None
    return last is not None and last.article == article and last.role == "kicker"


def _column_over_signed(builder: Builder, indexes: list[int], block: list[Line], at: int) -> bool:
    """Line `at` a column's name (`青岚夜话`) over the block's last line, right over the
    writer's credit (`□ 郑秋禾`), or over the bare name over a poem (`葛秋` / its
    lines), or over the poem's lines: that line is the piece's headline."""
    lines, after = builder.lines, indexes[-1] + 1
    return (
        at == len(block) - 2
        and is_label(block[at])
        and after < len(lines)
        and (
            lines[after].credit
            or (after + 1 < len(lines) and lines[after + 1].verse and bare_name(lines[after].text))
            # (or over the poem's lines themselves: `乡土文苑` / `石峡的秋` / `稻子黄了，`)
            or (lines[after].verse and not block[-1].verse)
        )
        and not block[-1].listed
    )


def _section_over(block: list[Line], at: int) -> bool:
    """Whether the listed line at `at` is a section's name over a longer headline that
    the list does not name."""
    if at + 1 >= len(block):
        return False
    head, below = block[at], block[at + 1]
    return (
        len(head.text) <= MAX_SET_APART_COLUMN < len(below.text)
        and not below.listed
        and not below.subtitle_dash
        and _is_headline(below)
    )


# A section head is a word or two (`简讯`, `玉林简讯`); a kicker is a phrase.
MAX_SECTION_HEAD = 4


def _section_head(first: Line, second: Line) -> bool:
    """`简讯` over a headline: the head of a page's section, not the article's kicker."""
    return (
        len(first.text) <= MAX_SECTION_HEAD
        and not first.level
        and not first.banner
        # (a run's head, `社区动态`, is set apart as widely as a picture may be; so is a
        # column's label, `群众来信`, where blank lines part every paragraph)
        and not (
            (evidence := caption_evidence(first))
            and not _collection(first)
            and not (evidence == "caption.wide_gap" and is_label(first))
        )
        and _is_headline(second)
        # (under a run's word, `图片新闻`, an item's title may be as short: `金秋稻香`)
        and (len(second.text) > MAX_SECTION_HEAD or _collection(first))
    )


# What a page heads a run of short items with: the head is the section's, not an item's.
_COLLECTIONS = (
    "简讯", "快讯", "短讯", "要闻", "动态", "速递", "资讯", "图片新闻", "一览", "集锦", "信息",
)  # fmt: skip


_NOTE_AFTER = re.compile(r"[（(][^（）()]{1,20}[)）]$")


def collection_head(line: Line) -> bool:
    return _collection(line)


def _collection(line: Line) -> bool:
    """`简讯`, `玉林简讯`, `一周要闻`, `简讯速览`: the head of a run of briefs."""
    text = _NOTE_AFTER.sub("", line.text).strip("【】[]")
    return text.endswith(_COLLECTIONS) or (
        len(text) <= _MAX_COLLECTION_HEAD and text.startswith(_BRIEF_WORDS)
    )


# A run's head that begins with its kind: `简讯速览`, `快讯一束`.
_BRIEF_WORDS = ("简讯", "快讯", "短讯", "要闻", "动态")
_MAX_COLLECTION_HEAD = 6


_BRACKETED_DATE = re.compile(
    r"^[（(]\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^（）()]{1,12}日\s*[)）]$"
)


def _bracketed_date(line: Line) -> bool:
    return bool(_BRACKETED_DATE.match(line.text)) and not line.level


def _bare_author(line: Line) -> bool:
    """A person's name alone on its line: two or three characters with a known surname
    (four only after a two-character one: `居民来信` is a label)."""
    return not line.level and not line.banner and bare_name(line.text)


def _own_kicker(rest: list[Line]) -> bool:
    """Two headline lines or more under a banner: a kicker and its title."""
    # (a `——subtitle` is no kicker's title: it hangs under the title)
    heads = [
        line
        for line in rest
        if _is_headline(line) and not caption_evidence(line) and not line.subtitle_dash
    ]
    if len(heads) >= 2 and heads[0].level and not heads[1].level:
        return False  # `## title` over a line unmarked: the marked one is the title
    # (a kicker is the shorter: a longer first line over a shorter one is a title over
    # its deck, or a title in two lines, under the banner that is its kicker)
    return len(heads) >= 2 and len(heads[0].text) <= len(heads[1].text)


# Longest first line of a headline set in two short lines, and longest such headline.
_SHORT_HEAD = 10
_SHORT_HEADLINE = 22
_CLAUSE_MARKS = re.compile(r"[，,。．、；;！!？?\s]")


def _headline_goes_on(title: Line, line: Line) -> bool:
    """`全镇百岁老人` / `增至七位`, `百年石库门里` / `开出“邻里会客厅”`: a headline of a
    few words over a line as short, no comma, stop, dash or gap in either, is one
    headline set in two lines. A deck says more than its title: it is as long or
    longer (`全镇2.6万亩小麦颗粒归仓` / `机收率达到98%以上`), or stands apart."""
    first, second = title.text, line.text
    return (
        len(first) <= _SHORT_HEAD
        and len(first) + len(second) <= _SHORT_HEADLINE
        and not _CLAUSE_MARKS.search(first)
        and not _CLAUSE_MARKS.search(second.rstrip("！!？?"))
        # `返乡创业带头人` / `晏青禾：让老茶园长出新希望`: a headline of its own under its kicker
        and "：" not in second
        and ":" not in second
        and not line.subtitle_dash
        and not line.gap_before
        and not first.endswith(("）", ")"))  # `老街往事（五）`: a series, its episode under it
        and not first.endswith(_SPEAKS)  # `支部书记说` / `把服务送到楼门口`: who speaks, then what
        # `社区食堂开进老小区` / `首批三家长者食堂试运营`: a line that opens on a count
        # names what it counts, a clause of its own: the deck's news
        and not _OPENS_ON_COUNT.match(second)
    )


_SPEAKS = ("说", "谈", "讲", "道")
_ASKED = re.compile(r"^(?:问|Q)\s*[:：]")
_OPENS_ON_COUNT = re.compile(
    r"(?:首|[0-9一二三四五六七八九十两百千万几多]+)[批家个位名处座条项台户]"
)


def _item_head_under(builder: Builder, index: int) -> bool:
    """`十月社区活动预告` / `重阳敬老游园会` / `时间：…`: the line under the title heads an
    item of a listing (fields or items follow it), not a second line of the headline."""
    following = builder.lines[index + 1] if index + 1 < len(builder.lines) else None
    return following is not None and one_of_a_set(following)


def _deck_under(title: Line, line: Line) -> bool:
    """A line of two clauses a comma apart under a title with no stop in it: a deck."""
    return line.has_comma and not ANY_STOP.search(title.text) and not line.subtitle_dash


def _wrapped(block: list[Line]) -> bool:
    """A headline block of a hard-wrapped file, two lines or more: a headline too long for
    its column goes on in the next line."""
    # (a blank line never stands inside a wrapped headline: lines set apart are decks)
    return (
        len(block) >= 2
        and all(line.short_in_wrap for line in block)
        and not any(line.gap_before for line in block[1:])
    )


# A headline wraps over two lines at most; a third is something else.
_TITLE_LINES = 2


def _column_over_headline(first: Line, second: Line) -> bool:
    """`健康小贴士` over `秋季腹泻高发 这份防护指南请收好`: a column's few words over a
    headline twice as long are its kicker, not a title over its deck."""
    return section_head(first) and len(second.text) >= 2 * len(first.text) + 4


def _head_over_longer(block: list[Line]) -> bool:
    """`志愿者风采` over `“修车老鲁”的第十个春天`: a section's few words over a longer
    headline are its kicker, not the headline's first line."""
    return section_head(block[0]) and len(block[1].text) > len(block[0].text) + 2


def _place_wrapped(builder: Builder, article: int, indexes: list[int], block: list[Line]) -> None:
    """Kicker (a theme or a banner over the headline), then the headline's lines."""
    if len(block) == 2 and _column_over_signed(builder, indexes, block, 0):
        # `诗苑` / `渚上春早` / `□吴晓岚`: the column's name, the piece's title, its writer
        builder.place(indexes[0], "kicker", article, "kicker.above")
        builder.place(indexes[1], "title", article, "title.over_writer")
        return
    start = 0
    if block[0].banner or _kicker_over(block[0], block[1]) or _head_over_longer(block):
        builder.place(indexes[0], "kicker", article, "kicker.theme")
        start = 1
    title_lines = 0
    ended = False
    for k in range(start, len(block)):
        line = block[k]
        if caption_evidence(line):
            builder.place(indexes[k], "caption", article, HEADLINE_CAPTION)
        elif title_lines == 1 and is_label(line) and k == len(block) - 1:
            # (over more headline lines, a word or two goes on with the headline:
            # `港湾街道“15分钟便民生活圈”` / `建设提速` / `年内新增便民服务点12个`)
            builder.place(indexes[k], "intertitle", article, "intertitle.label")
        elif title_lines < _TITLE_LINES and _is_headline(line) and not ended:
            rule = "title.first" if title_lines == 0 else "title.wrapped"
            builder.place(indexes[k], "title", article, rule)
            title_lines += 1
            ended = line.question_head  # `…何时能清走？` is whole: nothing wraps after it
        else:
            builder.place(indexes[k], "line", article, "line.headline_block")


# A headline's line that ends on a number and its measure word, or on a word that
# joins: what it counts or joins is in the next line.
_CUT_TITLE = re.compile(
    r"(?:[0-9一二三四五六七八九十两百千万几多]+[处个家座条名位项件批所间台辆户套张种场次]|[和与及或并的在对为把被将从向])$"
)


def _notice_title_wrapped(first: Line, second: Line) -> bool:
    """`关于…` that names no kind of notice over a line that ends with one: one title."""
    return (
        first.text.startswith("关于")
        and not first.text.endswith(NOTICE_KINDS)
        and not first.gap_after
        and second.text.endswith(NOTICE_KINDS)
        and not second.text.startswith("关于")
    )


def _title_cut(text: str) -> bool:
    return bool(_CUT_TITLE.search(text))


def _kicker_over(first: Line, second: Line) -> bool:
    """Two unmarked headline lines: is the first a kicker (a theme) over the headline?"""
    if COLUMN_LABEL.search(first.text):
        return True  # `乡村振兴·产业篇`: a column's name
    if PAIRED_PHRASES.match(first.text) and not PAIRED_PHRASES.match(second.text):
        return True  # `党建引领“微治理” 老小区焕发新活力` over a plain headline
    if second.spaced and not first.spaced:
        return True  # `“15分钟社区生活圈”建设提速` over `首 批 8 个 …`: set large, the headline
    if _SAYS.search(first.text) and not _SAYS.search(second.text):
        return True  # `全镇春季农业生产现场推进会提出` / what it put forward, the headline
    return bool(EVENT.search(second.text)) and not EVENT.search(first.text)


# A kicker that brings its headline as what a meeting or a speaker said: `…会议提出`.
_SAYS = re.compile(r"(?:提出|强调|指出|要求|号召|部署|明确)$")


def _theme_over_news(first: Line, second: Line) -> bool:
    """`家门口的法律服务` over `“法律诊所”开进居委会`: a theme over the news, which names
    who did it where; both whole lines of a headline, not one headline wrapped."""
    return (
        bool(_LOCAL_ACTOR.search(second.text))
        and not _LOCAL_ACTOR.search(first.text)
        and not (first.has_comma or second.has_comma)
    )


_LOCAL_ACTOR = re.compile(r"街道|社区|居委会?|居民区|小区|镇|村")


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


def _title_words(text: str) -> bool:
    """No stop in it, but a comma between two phrases (never at its end)."""
    inside = text.replace("，", "", 1) if not text.endswith("，") else text
    return not ANY_STOP.search(inside)
