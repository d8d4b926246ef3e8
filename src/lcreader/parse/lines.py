"""Split an issue's text into non-blank lines and say what each looks like."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise

from ..model import JUMP_IN, JUMP_OUT, Byline
from . import export_fields
from .addresses import addressed_lines
from .bilingual import has_chinese, headline_translation, signing_unit, translated_section
from .bylines import byline_line, split_inline_byline
from .credits import (
    author_unit,
    credit_line,
    field_line,
    is_picture_caption,
    lead_credit,
    meta_line,
    names_picture_source,
    only_photo_credit,
    photo_credit,
    signed_line,
    unit_and_author,
)
from .dates import JUMP_IN as _JUMP_IN
from .dates import JUMP_OUT as _JUMP_OUT
from .dates import ONLY_DATE, cn_number, page_number
from .furniture import (
    LINK_MARK,
    MARKDOWN_IMAGE,
    NOTICE_CONTACT,
    Furniture,
    find_furniture,
    link_dump,
    section_number,
)
from .habits import (
    centred,
    family_head,
    indent_depth,
    local_wraps,
    mark_habits,
    names_in_row,
    page_width,
    width,
    wrap_width,
)
from .insets import mark_pull_quotes
from .marked_parts import mark_flat_parts, mark_nested_parts
from .named import mark_named_in_two
from .screen_reader import announced
from .sections import mark_numbered_briefs, mark_numbered_sections
from .subtitles import read_subtitles
from .text import (
    AMOUNT_AFTER,
    ANY_STOP,
    CLOSERS,
    COMMA,
    DANGLING,
    ENTRY_OPENING,
    EVENT,
    FULL_STOP,
    HAN,
    HEADLINE_MARK,
    LOST_PICTOGRAPH,
    NEWS_LEAD,
    NOTICE_KINDS,
    POSITION_MARK,
    SALUTATION,
    SENTENCE_INSIDE,
    SIGN_OFF,
    count_cut,
    is_terminated,
)
from .wraps import (
    join_cut_photo_credits,
    join_drop_caps,
    join_wrapped_captions,
    join_wrapped_run_in_heads,
    rejoin_split_credits,
    rejoin_split_lead_credits,
)

_HEADING_MARK = re.compile(r"^(#{1,6})[ \t]+(?=\S)")
MAX_QUESTION_HEAD = 30
# `办理地点：六榕路56号`: a label of a few characters, a colon and a value.
# A label may be in both languages (`地点 Venue：`), or in English alone (`Drop-off hours:`).
FIELD = re.compile(
    # (a clock time, `12:00`, labels nothing)
    r"^(?![\d０-９]{1,2}[：:][\d０-９]{2})"
    r"(?:[^\s：:，。,、“”\"（）()]{2,8}|[^\s：:，。,、“”\"（）()]{2,6} [A-Za-z][A-Za-z -]{1,20}"
    r"|[A-Z][A-Za-z-]{1,15}(?: [a-z][A-Za-z-]{0,15}){0,2})[：:]\s*\S"
)
_INLINE_HEAD = re.compile(
    # (the headline may name its place before a colon: `◆西塘村：“红色代办员”上门办事`)
    # (an open triangle marks a brief as well, `△防汛防台检查　6月28日…`; a filled one
    # points at a picture)
    r"^[◆◇●■□★☆▶►△]\s*(?P<head>(?:[^，。！？；：,.!?;:\s]{2,8}[：:])?[^，。！？；：,.!?;:\s]{4,24})"
    r"(?:\u3000+|\s{2,})"
    # (in a narrow column the text's first words, up to its first comma, may be all
    # the line holds: `近日，樟园小`)
    r"(?P<body>\S.{8,}|[^，。\s]{2,8}[，,].*)$"
    # (a viewer's copy keeps one space of the gap: then the text opens on its day,
    # `●桐溪中学开展防溺水安全教育 4月21` / `日，…`)
    # (or only the month's figure: `■棠溪社区学校秋季班开课 9` / `月11日，…`)
    r"|^[◆◇●■□★☆▶►]\s*(?P<dated>[^，。！？；：,.!?;:\s]{4,24}) (?P<day>\d{1,2}(?:月\S*)?)$"
)
# A brief's headline run in at the start of its indented first line, unmarked:
# `　　快递小哥背起摔倒老人　3月2日傍晚，…` (bold in print, a wide space in the text).
# (quotes inside the headline, `上林村“稻田音乐会”开唱`; never opening it: a quotation)
_RUN_IN = re.compile(
    r"^(?P<head>[^，。！？；：,.!?;:\s“”「」（）()][^，。！？；：,.!?;:\s「」（）()]{4,19})"
    r"\u3000+(?P<body>\S.{3,})$"
)
# A post's headline in brackets at the start of its text, a topic's tag before it
# (`#江城好人#【退休教师…】近日，…`): the style of news posts on Weibo and WeChat.
# (numbered, `1.【端午包粽子】5月30日下午，…`: an item of a run of briefs, its figure a mark)
BRACKET_RUN_IN = re.compile(
    r"^(?P<number>\d{1,2}[.、．]\s*)?(?:#(?P<kicker>[^#\s【】]{2,20})#\s*)?"
    r"【(?P<head>[^【】。！？!?；;]{4,40})】"
    # (in a narrow column the text's first words may be all its line holds: `老年大学`)
    r"(?P<body>[^，。！？；：,.!?;:\s].{2,})$"
)
# A brief's headline set in bold at the start of its text, in Markdown (a list's item or
# a paragraph): `- **防溺水宣传进校园**　6月14日，…`. (a label ends on its colon:
# `**问：**…` is a question's, no headline)
BOLD_RUN_IN = re.compile(
    r"^(?:[-*+][ \t]+)?\*\*(?P<head>[^*，。！？；：,.!?;:\s][^*，。！？；：,.!?;:]{3,23})\*\*"
    r"[ \t\u3000]*(?P<body>[^*\s].{8,})$"
)
# A 简报's brief that opens with its headline as a short sentence of its own, the text
# run on after its stop: `桂香社区举办中秋邻里宴。9月22日，…` (the stop only ends it).
# A quoted name inside it is the headline's (`桂花社区“长者食堂”开餐。`); a quote that
# opens the line is someone speaking.
_PERIOD_HEAD = (
    r"(?P<head>(?:[^，。！？；：,.!?;:\s“”「」（）()]|“[^，。！？；：,.!?;:\s“”]{1,10}”){6,24})"
    # (a justified print may set the text after the stop apart: `…进小区。  5月10日，…`)
    r"。[ \u3000]*(?P<body>[^。\s].{4,})$"
)
PERIOD_RUN_IN = re.compile(rf"^(?![“「]){_PERIOD_HEAD}")
# (after its bullet a quote opens the headline, no one speaking: `? “秋岩读书会”第十期开讲。`)
MARKED_PERIOD_RUN_IN = re.compile(rf"^{_PERIOD_HEAD}")
_BRIEF_DEED = re.compile(EVENT.pattern + "|完成|建成|开通|上线|实现|推出|新增|成立|进楼|进社区")
_DATED_HEAD = re.compile(r"^\d{1,2}月")
# A topic's tag (`#防溺水#`) only marks the words between its signs.
TOPIC_TAG = re.compile(r"#([^#\s]{1,30})#")
_LISTED_DATE = re.compile(
    r"^[◎○●◆◇■□★☆▶►•·\-\d]*\s*(?:\d{1,2}月(?:\d{1,2}日|[上中下]旬|底|初)?|\d{1,2}[./]\d{1,2})"
)
# Fewest run-in headlines in a file for them to be read so: one could be chance.
_MIN_RUN_INS = 2
_CLAUSE_MARK = re.compile(r"[，,。；;：:！？!?…]")
_ASK_THEN = re.compile(r"[？！?!]")
_SENTENCE_MARKS = re.compile(r"[。；;：:！？!?…]")
_LIST_MARK = re.compile(r"^[-*+•][ \t]+(?=\S)")
# A bullet before a sentence (a credit or a banner after a mark is no item).
_BULLET = re.compile(r"^[●■▲◆►▶◇○□▪]\s*(?=\S)")
_BULLET_ITEM = re.compile(r"[，,。；;]")
# A caption or headline is short; a longer unpunctuated line is a paragraph piece.
MAX_HEADLINE = 60
# Section headings inside an article: 一、… （二）… 3.… 第一，… 【…】
_INTERTITLE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]"
    r"|\d{1,2}\s*[.．、](?!\d)|0[1-9][\s\u3000]+(?=\S)"
    r"|第[一二三四五六七八九十]+[部分章节篇]?[、：:\s]|【[^【】]{1,28}】$)"
)
MAX_INTERTITLE = 30
# Longest byline, credit or label line: longer lines are not tried as one.
MAX_CLOSING = 100
_BANNER_MARKS = frozenset("【■□◆◇▲△●○★☆►▶◎")
_BANNER = re.compile(r"^(?:【[^【】]{1,16}】|[■□◆◇▲△●○★☆►▶◎]\s*[^\s■□◆◇▲△●○★☆►▶◎].{0,14})$")
_SUBTITLE_DASH = re.compile(r"^(?:——|--|—|－－|──)\s*(?=\S)")
# A section's name between dashes (`— 要闻 —`, `—— 社区 ——`): words, never a page's number.
DASHED_BANNER = re.compile(
    rf"^(?:—{{1,2}}|-{{1,2}}|──)\s*(?P<name>[{HAN}·]{{2,8}})\s*(?:—{{1,2}}|-{{1,2}}|──)$"
)


# How a report's text opens and no headline does: the paper's own word for its news,
# then the text (`本报讯　5月6日…`, `本报讯（记者 X）…`).
_PAPER_LEAD = re.compile(r"^(?:本报讯|本刊讯|本网讯)\s*\S")


@dataclass
class Line:
    number: int  # 1-based line number in the source
    text: str  # without markdown marks, trailing byline or surrounding blanks
    gap_before: int  # blank lines before it
    gap_after: int = 0
    level: int = 0  # markdown heading level; 0 when unmarked
    list_item: bool = False
    # `…登记回执` under a cutting rule after a notice's end: the notice's slip's heading.
    slip: bool = False
    byline: list[Byline] = field(default_factory=list)
    byline_text: str | None = None
    inline_byline: bool = False  # the byline closed a paragraph on this line
    lead_credit: bool = False  # `本报讯(记者 X)` opened the paragraph on this line
    credit: bool = False  # a role credit line: `记者 X`, `文/X 图/Y`
    unit: bool = False  # `（作者单位：X）`: the department of the authors named before
    meta: dict[str, str] = field(default_factory=dict)
    caption: bool = False  # a photo caption by its form: `图为…`, `… X 摄`
    intertitle: bool = False
    subtitle_dash: bool = False  # `——副题`: the dash was taken off the text
    dash: str = ""  # the dash as written (given back where the line is no subtitle)
    after_furniture: bool = False  # first line after a page header or footer
    after_message: bool = False  # first line of a chat's message, under its header
    # First line of a document under its properties (`---` / `title: …` / `---`), or of
    # a post under the last one's stamp (`发布时间：… · IP属地：…`); and the headline a
    # document's properties name.
    opens_document: bool = False
    titled: bool = False
    # First line after a printed rule (`＊＊＊＊`, `──·──`) or a section's number (`02`)
    after_rule: bool = False
    # First line after a section's number alone (`03`): the section's name, if short
    numbered: bool = False
    # The pictograph a post set before the line (`🔸`), taken off its text.
    pictograph: str = ""
    emphasised: bool = False  # set in italics as a whole (`*…*`): under a picture, its caption
    indented: bool = False  # began with an indent (`　　`): a paragraph's first line
    # In a hard-wrapped file, a line well short of the wrap width: a paragraph's last
    # line, or (unpunctuated, between two lines of a paragraph) a caption.
    short_in_wrap: bool = False
    # Each line a paragraph of its own (calibre's TXT), a line as wide as the column its
    # lines were cut from: a piece of a sentence, never a poem's line.
    column_wide: bool = False
    # In a file whose paragraphs begin indented, an unindented line goes on with the
    # paragraph before it, even after a full stop (`…怎么办?”` / `“挂掉!”9月12日晚…`).
    runs_on: bool = False
    # In a hard-wrapped file, a line cut at the wrap width: a piece of a paragraph.
    full_width: bool = False
    # Where indents begin paragraphs: an indented line, which starts one.
    indent_starts: bool = False
    # Where a dropped indent still shows (habits._mark_lost_indents): a paragraph's
    # first line, an indent short of the column, the text going on under it.
    lost_indent: bool = False
    photo_credit: bool = False  # `摄影：X` under captions in the text
    inline_head: bool = False  # a brief's headline printed at the start of its text
    outdented: bool = False  # unindented among indented one-line paragraphs: a heading
    listed: bool = False  # a contents list names it: a headline
    # With the line under it, it spells a headline the issue prints whole elsewhere (its
    # contents list, a jump's headline): the two lines are one title (named.py).
    named_with_next: bool = False
    export_role: str | None = None  # an export's field label says it: title, kicker …
    export_field: bool = False  # made of an export's labelled field
    # The line before it ended a paragraph (short of the wrap width, in a wrapped file).
    after_short: bool = False
    # Leading white space, in full-width spaces: a right-aligned signature has many.
    depth: int = 0
    # Set in the middle of the page (a text browser's headline, a masthead): no margin
    # tells a signature from it.
    centred: bool = False
    # A row of a table or a list of names: cells or names set apart by spaces.
    row: bool = False
    # A line of verse: one of a run of short lines.
    verse: bool = False
    # A notice's or letter's signature or date, set flush right.
    signature: bool = False
    # An item of a list told by its numbers counting up (`一不要…`, `二不要…`).
    enumerated: bool = False
    # `其二`, `其二　晚练`: the next of a set's pieces under its one headline.
    series_part: bool = False
    # Under a sidebar's head, set apart, the box's lines all well short of the column:
    # text of the box, no headline's (habits._mark_boxes).
    boxed: bool = False
    box_head: bool = False
    # A headline's first line as wide as the column, its short rest in the next line,
    # over the text: the two are one title (the rest is no writer's name).
    wraps_on: bool = False
    # Right over a furniture line: a post's title over its `发布者：…` header.
    before_furniture: bool = False
    # One of the two lines of a headline broken at its comma or inside its quotation
    # (`“师傅教我的第一课，` / `是先做人”`).
    split_head: bool = False
    # A sentence of the text printed again beside it, large (insets.py).
    pull_quote: bool = False
    # In a 简报 parted by numbered headings (sections.py): the heading's role (title,
    # kicker, furniture) and the number taken off its text.
    section_role: str | None = None
    section_number: str | None = None
    # Set at the line's start where the text stands at a margin (a text dump's heading).
    margin_head: bool = False
    # A labelled field of a notice or a box (`办理地点：…`, `姓名：罗惠珍`): a line of its own.
    field: bool = False
    # A section banner over a headline: `【为老服务】`, `■ 社区治理`.
    banner: bool = False
    # The file's first line, right over a post's header (`原创 X 2024-05-06`).
    post_title: bool = False
    # `— 要闻 —`: a section's name between dashes, the dashes taken off its text.
    dashed_banner: bool = False
    # One of a story's headings alike in form (`起床要慢` / `转身要慢`): no section's banner.
    parallel_head: bool = False
    # `▍社区要闻`: a heading an editor's bar marks, the bar taken off its text.
    barred: bool = False
    # `**楼组长说**`: a line set in bold as a whole, the marks taken off its text.
    bold: bool = False
    # Set letter-spaced (`健 康 讲 座 预 告`) where the text is not: display type, a
    # headline's or a banner's, never a line of the text.
    spaced: bool = False
    # Letter-spaced as extracted (or in a file an OCR engine spaced), whatever the rest of
    # the file is: the gaps that parted a writer's unit from the name are lost.
    gaps_lost: bool = False
    # A jump marker: {"下转": "第4版"} where the article goes on, {"上接": "第1版"} where it
    # comes from; the marker is taken off the text (a line of its own has no text left).
    jump: dict[str, str] | None = None
    # For a jump marker: the page it is printed on, as the page lines around it say.
    page: int | None = None

    @property
    def jump_out(self) -> bool:
        return bool(self.jump) and JUMP_OUT in self.jump

    @property
    def jump_in(self) -> bool:
        return bool(self.jump) and JUMP_IN in self.jump

    @property
    def is_byline_only(self) -> bool:
        return bool(self.byline) and not self.inline_byline and not self.lead_credit

    @cached_property
    def closes(self) -> bool:
        """A byline, credit or metadata line, or a jump marker alone: it ends the article
        it follows."""
        if self.photo_credit or (self.caption and self.text):
            # the pictures' credit under their captions, or a caption that carries its
            # picture's credit (`…捡拾垃圾。（街道团工委供图）`): the text goes on
            return False
        labelled = bool(self.meta) and not self.inline_byline  # (labels glued to text: text)
        # (a signature's English under it is the signature's too: no byline of its own)
        signed = self.signature and not self.text and self.byline_text is not None
        return self.is_byline_only or labelled or signed or (bool(self.jump) and not self.text)

    @cached_property
    def asks_in_two(self) -> bool:
        """`楼上漏水不修，楼下能自己找人修吗？`: a question in two short clauses, as a Q&A
        column titles its question (a headline only right under the column's name)."""
        text = self.text.rstrip(CLOSERS)
        return (
            6 <= len(text) <= MAX_QUESTION_HEAD
            and text[-1:] in ("？", "?")
            and len(COMMA.findall(text)) == 1
            and not _SENTENCE_MARKS.search(text[:-1])
            and not (self.indented or self.list_item or self.inline_byline or self.lead_credit)
        )

    @cached_property
    def asks_then_answers(self) -> bool:
        """`长护险怎么申请？这些问题一次说清`: a headline of a question and the phrase
        that answers it, with no end mark; a sentence cut by a break has clauses too."""
        text = self.text
        parts = _ASK_THEN.split(text)
        return (
            len(parts) == 2
            and len(text) <= MAX_QUESTION_HEAD
            and len(parts[0]) >= 3  # `改什么？居民说了算`
            and len(parts[1]) >= 4
            and not _CLAUSE_MARK.search(parts[0] + parts[1])
            and not (self.indented or self.list_item or self.full_width)
            and not (self.inline_byline or self.lead_credit)
        )

    @cached_property
    def prose(self) -> bool:
        """A paragraph piece rather than a headline or a caption."""
        if self.split_head:
            return False
        text = self.text
        if self.caption or self.intertitle or self.row or self.verse or self.field:
            return False
        if text[-1:] in "？！?!”’」』）)" and self.question_head:
            return False
        if self.asks_then_answers:
            return False
        return (
            self.list_item
            or self.full_width
            or self.lost_indent  # (a paragraph's first line, its indent lost)
            or self.inline_byline
            or self.lead_credit
            or is_terminated(text)
            or text.endswith(("，", ",", "、"))
            or bool(SENTENCE_INSIDE.search(text))
            or len(text) > MAX_HEADLINE
            or bool(_PAPER_LEAD.match(text))
        )

    @property
    def paper_lead(self) -> bool:
        """`本报讯（记者 X）…`, `本报讯　5月6日…`: a report's text opens on this line."""
        return self.lead_credit or bool(_PAPER_LEAD.match(self.text))

    @property
    def column_tagged(self) -> bool:
        """`防诈提醒｜…`: a post's column named before its headline, on its line."""
        return bool(_COLUMN_TAG.match(self.text))

    @cached_property
    def question_head(self) -> bool:
        """`弄堂口的“僵尸车”何时能清走？`: a headline that asks or exclaims, one sentence
        and no clause before it (one, after its column's tag: `防诈提醒｜接到这种电话，请
        马上挂断！`)."""
        text = self.text.rstrip(CLOSERS)
        return (
            6 <= len(text) <= MAX_QUESTION_HEAD
            and text[-1:] in ("？", "！", "?", "!")
            and len(_CLAUSE_MARK.findall(text[:-1])) <= self.column_tagged
            # (a paragraph's first line is indented; a headline set in the middle is not)
            and (not self.indented or self.centred)
            and not self.list_item
            # a byline closing the line closes an article: a headline carries none
            and not self.inline_byline
            and not self.lead_credit
        )

    @property
    def closes_notice(self) -> bool:
        """`咨询电话：…`: the line a notice or a box ends on."""
        return bool(NOTICE_CONTACT.match(self.text))

    @property
    def labelled(self) -> bool:
        """`下期预告：…`, `办理地点：…`: a label and its text, a whole line of its own."""
        return bool(FIELD.match(self.text))

    @property
    def has_comma(self) -> bool:
        # a headline broken at its comma onto two lines reads as one headline
        return not self.split_head and bool(COMMA.search(self.text))

    @property
    def position_marked(self) -> bool:
        text = self.text
        return ("（" in text or "(" in text) and bool(POSITION_MARK.search(text))


# A label over a part of an article (`居民来信`, `记者手记`, `编后`) is a word or two.
MAX_LABEL = 4


_LABEL_MARKS = re.compile(r"^[▍▌■●◆▶►]\s*")


# Longest name of a column (`健康大讲堂`, `医保小贴士`) over the question it titles.
MAX_COLUMN_NAME = 6
# A column's name set apart by blank lines over its headline may be longer
# (`垃圾分类小课堂`).
MAX_SET_APART_COLUMN = 8


def column_name(line: Line, limit: int = MAX_COLUMN_NAME) -> bool:
    """A column's name on its own line: a label, or a word or three a little longer."""
    text = line.text
    return is_label(line) or (
        len(text) <= limit
        and not (line.level or line.prose or line.has_comma or line.caption or line.closes)
        and not (line.row or line.field or line.list_item or line.intertitle)
    )


def asks(line: Line) -> bool:
    """A question (`这些垃圾该扔哪个桶?`), not a cry (`好消息！`): a cry under a short
    line is as often the text's first sentence as a headline."""
    return line.question_head and line.text.rstrip(CLOSERS).endswith(("？", "?"))


def set_apart_under_column(column: Line, line: Line, following: Line, min_text: int) -> bool:
    """A line set apart by blank lines under a column's name (`垃圾分类小课堂` over
    `这些垃圾该扔哪个桶?`), over text that begins there: a line of at least `min_text`
    characters, not a stub, and no byline (a headline and one sentence signed is an
    article of its own). The name is no question or cry itself."""
    return (
        bool(column.gap_before and line.gap_before and following.gap_before)
        and not following.closes
        and len(following.text) >= min_text
        and column_name(column, MAX_SET_APART_COLUMN)
        and not is_terminated(column.text)
    )


# A comma, or a pause between the things a sentence lists: a numbered line as wide as
# the column with one in it is an item cut by the wrap (`1.孩子外出前问清去向、同伴`).
_CLAUSES_IN_ITEM = re.compile(r"[，,]|(?<=[^\d一二三四五六七八九十])、")
# A line that opens with its number (`3.`, `（二）`, `一、`).
_ENUMERATED = re.compile(
    r"^(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)"
)
# Marks that take no room: zero-width spaces and joiners, a byte order mark.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# `防诈提醒｜`: a post's column named before its headline, on the headline's line.
_COLUMN_TAG = re.compile(rf"^[{HAN}]{{2,8}}[｜|]")


def one_of_a_set(line: Line) -> bool:
    """An item of a list, a table's row or a labelled field (`服务内容：…`): a line that
    begins something of its own, never the rest of a sentence or a headline above it."""
    return line.list_item or line.row or bool(FIELD.match(line.text))


def is_label(line: Line) -> bool:
    """A word or two on its own line with no punctuation: a label over a part of an
    article, not a headline (a headline says what happened, in a phrase)."""
    text = _LABEL_MARKS.sub("", line.text).strip("【】")
    return (
        2 <= len(text) <= MAX_LABEL
        and not SIGN_OFF.match(text)  # a letter's `此致` is its text
        and not line.level
        and not line.prose
        and not line.has_comma
        and not line.caption
        and not line.closes
        and not line.row
        and not re.search(r"[\s\d]", text)
    )


# A section's head of a few words (`志愿者风采`): Chinese characters only, this many.
MAX_SECTION_HEAD = 6
_HAN_ONLY = re.compile(rf"[{HAN}]{{2,{MAX_SECTION_HEAD}}}")


def section_head(line: Line) -> bool:
    """`街坊榜样`, `简讯`, `志愿者风采`: a section's head of a word or two, over a
    headline."""
    if line.indented:
        return False
    if ("|" in line.text or "｜" in line.text or "/" in line.text) and translated_section(
        line.text
    ):
        return True  # `社区动态 | Community News`: a bilingual paper's section
    return is_label(line) or (
        bool(_HAN_ONLY.fullmatch(line.text))
        and not (line.prose or line.caption or line.closes or line.level or line.row)
    )


def is_notice_head(line: Line) -> bool:
    """`更正`, `征稿启事`, `【公告】`: a notice's own head."""
    text = _LABEL_MARKS.sub("", line.text).strip("【】[]")
    return text.endswith(NOTICE_KINDS)


def bold_head(line: Line, below: Line | None) -> bool:
    """A brief's headline set in bold on its own line, over its text (`**社区食堂…**`)."""
    return line.bold and line.intertitle and below is not None and below.prose


def sentence_like(line: Line | None) -> bool:
    """A line that reads on as text (or a byline): under it a question is no headline."""
    return line is None or (line.closes and not line.credit) or line.prose or line.has_comma


def split_lines(
    text: str, not_furniture: set[int] = frozenset(), gaps_lost: bool = False
) -> tuple[list[Line], Furniture]:
    """The issue's lines, classified, and its page furniture (left out of the lines).
    `not_furniture`: line indices a user's correction gives another role; `gaps_lost`:
    an OCR engine's spaces were taken out of the text (the gaps that parted words too)."""
    raw_lines = written = text.split("\n")
    # (a line of nothing but zero-width marks, a web editor's empty paragraph, is blank)
    raw_lines = [
        "" if "\u200b" in raw and not _INVISIBLE.sub("", raw).strip() else raw for raw in raw_lines
    ]
    spoken = announced(raw_lines)
    if spoken:  # a screen reader's log: its announcements are the page's markup
        raw_lines = [
            spoken[k][1] if k in spoken and spoken[k][0] != "chrome" else raw
            for k, raw in enumerate(raw_lines)
        ]
    addressed = addressed_lines(raw_lines)
    # (a line the user gave a role keeps its words as written, addresses and all)
    addressed = {k: v for k, v in addressed.items() if k not in not_furniture}
    if addressed:  # links' addresses after their words: the page's, no text
        raw_lines = [addressed.get(k, raw) for k, raw in enumerate(raw_lines)]
    subtitles = read_subtitles(raw_lines)
    if subtitles:  # a cue's number and timing are none of its words
        rewritten = {**subtitles.rewritten, **dict.fromkeys(subtitles.timing, "")}
        raw_lines = [rewritten.get(k, raw) for k, raw in enumerate(raw_lines)]
    furniture = find_furniture(raw_lines)
    for k, (kind, _) in spoken.items():
        if kind == "chrome" or k in furniture.lines:  # furniture as the log wrote it
            furniture.lines[k] = written[k].strip()
            furniture.rules.setdefault(k, "furniture.screen_reader")
    for k in addressed:
        if k in furniture.lines:  # furniture as the page wrote it, addresses and all
            furniture.lines[k] = written[k].strip()
        elif not addressed[k].strip():
            # an address alone, its line wrapped off the link's words above it
            furniture.lines[k] = written[k].strip()
            furniture.rules[k] = "furniture.link_address"
    for k in subtitles.timing if subtitles else ():
        furniture.lines[k] = written[k].strip()
        furniture.rules[k] = "furniture.subtitle_timing"
    on_picture = subtitles.on_picture if subtitles else set()
    fields = _export_fields(raw_lines, furniture, text)
    for k in not_furniture:
        furniture.lines.pop(k, None)
        furniture.rules.pop(k, None)
    wrap = wrap_width(raw_lines)
    column = blank_after_every_line(raw_lines)
    spaced_out = column is not None
    # (no one width: each line's own column, where its neighbours show one)
    local = {} if wrap or spaced_out else local_wraps(raw_lines)
    if wrap:
        raw_lines = rejoin_split_credits(raw_lines, furniture.lines)
        raw_lines = rejoin_split_lead_credits(raw_lines, furniture.lines)
    elif spaced_out:
        # (each line of the column a paragraph of its own: a credit cut by the column
        # goes on two lines down, past the blank line; the column's width is theirs)
        raw_lines = _over_blank_lines(rejoin_split_credits, raw_lines, furniture.lines)
    else:
        # Lines run whole but for a break at a space (`pandoc -t plain`): a credit cut
        # at the space between its unit and its name (`…公布。（供稿：居委会` / `马小雨）`).
        raw_lines = rejoin_split_credits(raw_lines, furniture.lines, gap=" ")
        raw_lines = rejoin_split_lead_credits(raw_lines, furniture.lines, gap=" ")
    raw_lines = _vertical_lines_joined(raw_lines, furniture.lines, text)
    raw_lines = join_cut_photo_credits(raw_lines, furniture.lines)
    raw_lines = join_wrapped_captions(raw_lines, furniture.lines)
    raw_lines = join_drop_caps(raw_lines, furniture.lines)
    raw_lines = join_wrapped_run_in_heads(raw_lines, furniture.lines)
    if link_dump(raw_lines):
        # A text browser's `[7]` before each link's words points at its address only.
        raw_lines = [LINK_MARK.sub("", raw) if "[" in raw else raw for raw in raw_lines]
    run_ins = _run_in_heads(raw_lines, furniture)
    headed_briefs = _briefs_under_head(raw_lines, furniture)
    spaced_run_ins = _spaced_run_ins(raw_lines, furniture)
    cut_run_ins = _cut_run_ins(raw_lines, furniture, wrap)
    # (a PDF's text sets spaces round numbers, its lines' widths vary and no wrap is
    # found: a numbered item cut by the column is told by the widest quarter of the
    # lines, measured when a numbered heading first asks)
    item_wrap = wrap or None
    bracket_heads = _bracketed_run_ins(raw_lines, furniture)
    column_heads = _bracketed_columns(raw_lines, furniture)
    bold_heads = _bold_run_ins(raw_lines, furniture)
    bullets = _pictograph_bullets(raw_lines)
    lost_emoji = lost_pictographs(raw_lines)
    period_heads = _period_run_ins(raw_lines, furniture, lost_emoji)
    lines: list[Line] = []
    page: int | None = None  # the page's width, when a deep margin asks it
    gap = 0
    gap_at_furniture: int | None = None
    after_furniture = after_rule = after_image = paged = numbered = after_message = False
    opens_document = False
    for number, raw in enumerate(raw_lines, start=1):
        stripped = raw.strip()
        if number - 1 in furniture.lines:
            rule = furniture.rules.get(number - 1)
            if rule == "furniture.transcript_speaker":
                # (who spoke and when parts the segments as a blank line does: no page)
                gap = max(gap, 1)
                continue
            if rule in _TRANSPARENT_RULES:
                # (a table's border parts nothing: its rows go on under it; nor does a
                # heading's underline)
                continue
            # (`01` over a post's section: a section's number, whatever else it reads as)
            numbered = rule == "furniture.section_number" or section_number(stripped)
            after_message = after_message or rule in ("furniture.chat_header", "furniture.thread")
            opens_document = opens_document or rule in _DOCUMENT_PARTS
            after_rule = after_rule or rule in _PARTING
            # A rule among a page's furniture (its number, its banner) is the page's:
            # where it cuts a sentence, the text goes on under it.
            paged = paged or rule in _PAGE_RULES
            after_image = furniture.rules.get(number - 1) == "furniture.image"
            # A page break is no wider than the blank lines around its header: the
            # sentence it cut goes on after it.
            gap_at_furniture = gap if gap_at_furniture is None else min(gap, gap_at_furniture)
            if lines and gap == 0 and gap_at_furniture == 0 and not after_furniture:
                lines[-1].before_furniture = True
                # (the first line of all, right over a post's header: the post's title)
                lines[-1].post_title = len(lines) == 1 and rule == "furniture.post_header"
            gap = 0
            after_furniture = True
            continue
        if not stripped:
            gap += 1
            continue
        if spaced_out and gap:
            gap -= 1  # (a blank line after every line parts nothing: one more does)
        if gap_at_furniture is not None:
            gap = min(gap, gap_at_furniture) if lines else gap
            gap_at_furniture = None
        if number - 1 in fields and fields[number - 1][1] == "joined":
            continue  # a document's unit, given with its writer's name
        if number - 1 in fields:
            line = _field_line(number, gap, *fields[number - 1])
        elif number - 1 in bullets:
            # `🔸11月19日…` under `🔸…`: a pictograph set before each item is the list's mark
            line = _classify(number, "• " + stripped[bullets[number - 1] :].lstrip(), gap)
        elif lost_emoji and (lost := LOST_PICTOGRAPH.match(stripped)):
            # `??百岁寿星过生日…`: a pictograph a legacy code page could not hold, saved as
            # question marks: it points as the picture did
            line = _classify(number, unspaced(stripped[lost.end() :]), gap)
            line.pictograph = lost.group()
            # (its brief's headline run in after it: `? 健康讲座进小区。  5月10日，…`)
            if number - 1 in period_heads:
                stripped = stripped[lost.end() :]
        else:
            joined = unspaced(stripped)
            line = _classify(number, joined, gap)
            line.spaced = line.gaps_lost = joined != stripped
            keycap = "\u20e3" in stripped[1:3]  # (`1️⃣`: a figure, its selector, U+20E3)
            if (stripped[:1] > "\u2300" or keycap) and (
                mark := _LEADING_PICTOGRAPHS.match(stripped)
            ):
                line.pictograph = mark.group().strip()
        # (a page's break under a cut sentence: the sentence goes on under the page's rule)
        cut = paged and bool(lines) and _cut_sentence(lines[-1].text)
        line.after_furniture, line.after_rule = after_furniture, after_rule and not cut
        line.after_message = after_message
        line.opens_document = opens_document
        line.numbered = numbered and not cut
        if line.emphasised and after_image and not line.closes:
            line.caption = True  # the italic line under a picture: its caption
        elif after_image and line.position_marked and len(line.text) <= _MAX_MARKED_SENTENCE:
            line.caption = True  # `林秀兰（右）在…` right under a picture: who stands where
        elif (
            after_image
            and not line.closes
            and (
                _set_apart_under_picture(raw_lines, number - 1)
                or _alone_under_picture(raw_lines, number - 1, furniture)
            )
        ):
            # Flush left under a picture, the text indented around it: its caption, as
            # written, its picture's credit in it (read off it as a caption's is).
            if line.inline_byline:
                whole = unspaced(stripped)
                line = Line(number, whole, gap, caption=True, after_furniture=after_furniture)
            line.caption = True
        elif number - 1 in on_picture and not line.credit:
            # A subtitle set on the picture (a name under a speaker), not a signature:
            # the picture's caption; a reporter's credit there is the credit it reads as.
            line = Line(
                number, unspaced(stripped), gap, caption=True, after_furniture=after_furniture
            )
        after_furniture = after_rule = after_image = paged = numbered = after_message = False
        opens_document = False
        line.indented = raw.startswith(("\u3000", "  ", "\t"))
        here = wrap or local.get(number - 1)
        line.short_in_wrap = bool(here) and width(raw.rstrip()) < 0.8 * here
        line.column_wide = bool(column) and width(raw.rstrip()) >= 0.8 * column
        # A full line with no stop or comma at all, opening a block, is a headline as
        # wide as the column, not the first line of a paragraph.
        # (after a page's furniture too, when the text above it ended there)
        opens = gap > 0 or not lines or (line.after_furniture and _ended(lines[-1]))
        # (or under ended text, over a story's opening: a column with no blank lines)
        opens = opens or (_ended(lines[-1]) and _opens_story(raw_lines, number))
        # (or under ended text, wider than the column and no stop in it: display type
        # set across the columns, `青台街道2024年“民生微实事”项目公布`)
        opens = opens or (bool(here) and _ended(lines[-1]) and _wider_than(line, here))
        # (or two phrases a space apart, no stop, under a head: `秋季腹泻高发 这份…请收好`
        # under `健康小贴士`, a headline's two clauses set apart as display type sets them)
        opens = opens or (
            bool(_PHRASES_APART.match(line.text)) and lines[-1].short_in_wrap and _head(lines[-1])
        )
        # (or the first of a headline's two lines over its `——subtitle`, its second line
        # short: `12个老旧小区改造项目全` / `面开工` / `——今年将…`)
        opens = opens or _over_wrapped_deck(raw_lines, number)
        # (or the first of a headline's two lines the column wrapped, the rest short and
        # stopless over the text: `芦头村2025年一季度村级财务收支情` / `况公开` / `根据…`)
        # (as wide as the column: a headline over its writer's name is shorter)
        line.wraps_on = (
            bool(here)
            and width(raw.rstrip()) >= here - 2
            and not ANY_STOP.search(line.text)
            and not COMMA.search(line.text)
            and (not lines or line.after_furniture or _ended(lines[-1]) or _head(lines[-1]))
            and _over_wrapped_rest(raw_lines, number)
        )
        opens = opens or line.wraps_on
        # (a headline may name its subject before a colon: `银龄互助队：老伙伴帮老伙伴`)
        named = not (_FIELD_WORD.search(line.text) or SALUTATION.match(line.text))
        unstopped = _NAMED_BEFORE_COLON.sub("", line.text) if named else line.text
        headline_wide = opens and not ANY_STOP.search(unstopped)
        # (a line set letter-spaced is display type: its width is no column's)
        line.full_width = (
            bool(here) and not line.short_in_wrap and not headline_wide and not line.spaced
        )
        if line.full_width and lines and _ended(lines[-1]):
            # (under ended text, a line with no stop and no comma short of the column may
            # be a headline nearly as wide as it: by a character where the column was
            # measured from its neighbours alone, by two where the file shows one width)
            line.full_width = bool(ANY_STOP.search(line.text) or COMMA.search(line.text)) or width(
                raw.rstrip()
            ) >= here - (3 if wrap else 1)
        if line.intertitle and item_wrap is None:
            item_wrap = _measured_width(raw_lines)
        if (
            line.intertitle
            and item_wrap
            and width(raw.rstrip()) >= 0.8 * item_wrap
            and (
                (line.full_width and _CLAUSES_IN_ITEM.search(line.text))
                or _item_tail(raw_lines, number, item_wrap)
            )
        ):
            # `一、提倡鲜花祭扫、…方式，不在` as wide as the column: a numbered item cut by
            # the wrap, its sentence going on in the next line, no heading
            line.intertitle, line.full_width = False, True
            line.__dict__.pop("prose", None)
        line.depth = indent_depth(raw)
        if line.depth >= _DEEP:
            page = page if page is not None else page_width(raw_lines)
            line.centred = centred(raw, page)
        line.titled = number - 1 in furniture.titled
        line.listed = (number - 1 in furniture.listed or line.titled) and not line.closes
        if lines:
            lines[-1].gap_after = gap
        item = (
            _INLINE_HEAD.match(stripped)
            or (_RUN_IN.match(stripped) if number - 1 in run_ins else None)
            or (
                (_BRIEF_RUN_IN.match(stripped) or _COLON_BRIEF.match(stripped))
                if number - 1 in headed_briefs
                else None
            )
            or (_SPACED_RUN_IN.match(stripped) if number - 1 in spaced_run_ins else None)
            or (_CUT_RUN_IN.match(stripped) if number - 1 in cut_run_ins else None)
            or (BRACKET_RUN_IN.match(stripped) if number - 1 in bracket_heads else None)
            or (BOLD_RUN_IN.match(stripped) if number - 1 in bold_heads else None)
            or (MARKED_PERIOD_RUN_IN.match(stripped) if number - 1 in period_heads else None)
        )
        bracketed = _BRACKETED_COLUMN.match(stripped) if number - 1 in column_heads else None
        if bracketed and not line.closes:
            # `【办事指南】老年综合津贴怎么申领` over its text: the column's name, its kicker,
            # and the headline after it on its line
            kicker = _classify(number, bracketed["column"], gap)
            kicker.section_role, kicker.after_furniture = "kicker", line.after_furniture
            lines.append(kicker)
            whole = line
            line = _classify(number, bracketed["title"], 0)
            line.inline_head = True
            _set_where(whole, kicker, line)
        elif item and not line.closes:
            # `◆镇领导检查冬季安全生产　11月16日，…`: a brief's headline, then its text
            if item.re is BRACKET_RUN_IN and item.group("kicker"):
                kicker = _classify(number, item.group("kicker"), gap)
                kicker.section_role, kicker.after_furniture = "kicker", line.after_furniture
                lines.append(kicker)
                gap = 0
            heading, body = _head_and_body(item)
            if item.re is BRACKET_RUN_IN:
                heading = TOPIC_TAG.sub(r"\1", heading).strip()
            head = _classify(number, heading, gap)
            head.inline_head, head.after_furniture = True, line.after_furniture
            head.pictograph = line.pictograph  # (the mark before the brief points at it)
            lines.append(head)
            whole = line
            line = _classify(number, unspaced(body), 0)
            _set_where(whole, head, line)
            # its text: a paragraph's first piece, however it ends
            line.full_width = bool(wrap) or not is_terminated(line.text)
        elif line.caption and (parts := _text_then_caption(line.text)):
            # `…改造成小菜园、小果园。党员志愿者在整理微田园 村委会 供图`: OCR ran the
            # picture's caption on after the paragraph beside it; the text stays text
            text, caption = parts
            whole = line
            line = _classify(number, text, gap)
            line.after_furniture = whole.after_furniture
            lines.append(line)
            line = Line(number, caption, 0, caption=True)
            _set_where(whole, lines[-1], line)
        lines.append(line)
        gap = 0
    if lines:
        lines[-1].gap_after = gap
    _figures_cut_from_their_count(lines)
    _display_type(lines)
    mark_named_in_two(lines, furniture)
    _indents_past_a_margin(lines)
    _wrapped_at_a_margin(lines, raw_lines)
    _heads_left_of_a_margin(lines, raw_lines)
    _dashed_signatures(lines)
    for line, below, text in zip(lines, lines[1:], lines[2:], strict=False):
        if _translated_headline(line, below) and has_chinese(text.text):
            # A bilingual paper sets each headline's translation right under it, over
            # the text: the translation is the headline's subtitle.
            below.subtitle_dash = True
    for k, (line, below) in enumerate(pairwise(lines)):
        # (wider than a wrapped column, no stop in it: set in a headline's type; or under
        # a kicker that opens the block: `邻里节` over it)
        wider = bool(wrap) and line.full_width and _wider_than(line, wrap)
        kicked = (
            k > 0
            and _opening_kicker(lines[k - 1], lines[k - 2] if k > 1 else None)
            and not ANY_STOP.search(line.text.replace("、", ""))
        )
        if below.subtitle_dash and (
            line.gap_before or line.after_furniture or line is lines[0] or wider or kicked
        ):
            # Opening a block over a `——subtitle`: a headline as wide as the column,
            # and its subtitle.
            line.full_width = below.full_width = False
            line.__dict__.pop("prose", None)
            below.__dict__.pop("prose", None)
        elif below.subtitle_dash and not line.full_width and _unpunctuated(line.text):
            below.full_width = False  # a short headline over its `——subtitle`
        elif below.credit and below.closes and not is_terminated(line.text):
            # Right over the credit printed under a headline (`本报记者 X`), a line that
            # ends no sentence is the headline's, however wide the column.
            line.full_width = False
        elif (
            line.full_width
            and _official_title(line.text)
            and (k == 0 or _story_ended(lines[k - 1]))
            and bool(SALUTATION.match(below.text))
        ):
            # `关于开展…登记的通知` over `各位居民：`, after finished text: a notice's
            # title, however wide the column
            line.full_width = False
            line.__dict__.pop("prose", None)
    blankless = _next_to_no_blank_lines(lines)
    # (a label each part of a story repeats, `下一步`, heads a part, not a column)
    for k in _parallel_heads(lines):
        lines[k].parallel_head = True
    said = Counter(
        line.text for line in lines if line.short_in_wrap and len(line.text) <= MAX_LABEL
    )
    for k, (above, line, below) in enumerate(zip(lines, lines[1:], lines[2:], strict=False)):
        if (
            line.full_width
            and not line.gap_before
            and not ANY_STOP.search(line.text)
            and (
                above.gap_before
                or above.after_furniture
                # (where nothing is set apart by blank lines: after text that ended)
                or (
                    blankless
                    and k > 0
                    and _story_ended(lines[k - 1])
                    and said[above.text] == 1
                    and not above.parallel_head
                )
            )
            and above.short_in_wrap
            and is_label(above)
            and (below.prose or below.has_comma)
            and not _WORD_TAIL.match(below.text)
        ):
            # A column's label opening a block (`服务信息`), a full line with no stop nor
            # comma under it, then text: the label's headline, as wide as the column (a
            # paragraph does not run on from a line left short).
            line.full_width = False
        elif (
            line.full_width
            and _unpunctuated(line.text)
            and (
                is_label(above)
                or above.banner
                # (or a kicker opening the page's first block: `聚焦“美丽家园”建设`)
                or (above.after_furniture and above.short_in_wrap and _unpunctuated(above.text))
            )
            and (below.lead_credit or NEWS_LEAD.match(below.text))
        ):
            # `支部风采` over a headline as wide as the column, over `本报讯（…）`
            line.full_width = False
    if gaps_lost:
        for line in lines:
            line.gaps_lost = True
    _marked_heads_as_wide(lines)
    _mark_circled_items(lines)
    _mark_items_under_colon(lines)
    _mark_photo_credits(lines)
    _mark_caption_heads(lines)
    _mark_placed_captions(lines)
    _mark_pages(lines, furniture, raw_lines)
    _mark_ordinal_parts(lines)
    mark_flat_parts(lines)
    mark_nested_parts(lines)
    mark_habits(lines, raw_lines, wrap, column)
    _mark_ocr_dashes(lines)
    _mark_banners(lines)
    mark_pull_quotes(lines)
    mark_numbered_sections(lines)
    mark_numbered_briefs(lines)
    _mark_reply_slips(lines)  # (after the habits: a notice's signature and date)
    _mark_split_headlines(lines)
    # (last: it asks what each line is, and a line's kind is kept once asked)
    _wrapped_to_the_edge(lines, raw_lines, wrap, local)
    return lines, furniture


# Share of the text's lines that must stand at one margin for it to be the text's own,
# and that may stand left of it.
_MARGIN_SHARE = 0.2
_OUTSIDE_SHARE = 0.1


def _indents_past_a_margin(lines: list[Line]) -> None:
    """Text laid out with a left margin (`pdftotext -layout`: every line four spaces in,
    a paragraph's first eight): depths count from the margin, and indented means past
    it, not past column one. Where the whole text keeps no one margin (a page's columns
    read apart lose theirs), each run of lines between blank lines and page furniture
    that keeps one is read by its own."""
    if _one_margin_alone(lines) or _shift_to_margin(lines):
        return
    run: list[Line] = []
    for line in [*lines, None]:
        if line is None or ((line.gap_before or line.after_furniture) and run):
            if len(run) >= _MIN_MARGIN_RUN and any(line.depth for line in run):
                _shift_to_margin(run, flush=True)
            run = []
        if line is not None:
            run.append(line)


# Fewest lines a run keeps its own margin in.
_MIN_MARGIN_RUN = 5


def _one_margin_alone(lines: list[Line]) -> bool:
    """Every line set in alike (a browser's copy of a page's blocks, four spaces before
    each): the indent is the copy's, no paragraph's; no line is indented. (A table's
    rows, cells parted by tabs, come without it.)"""
    depths = {line.depth for line in lines if line.text and "\t" not in line.text}
    if len(depths) != 1 or len(lines) < _MIN_MARGIN_RUN or not min(depths):
        return False
    for line in lines:
        line.depth, line.indented = 0, False
        line.__dict__.pop("prose", None)  # (asked of it already, indented)
    return True


def _shift_to_margin(lines: list[Line], flush: bool = False) -> bool:
    """Depths counted from the margin the lines keep, if they keep one: whether they do.
    `flush`: lines already at column one (a column read apart from its neighbour) are
    read so too, when their lines are cut at one width."""
    text = [line for line in lines if len(line.text) >= _MARGIN_LINE]
    if not text:
        return False
    depths = Counter(line.depth for line in text)
    # The margin: the least depth that many lines keep (a paragraph's wrapped lines).
    common = [d for d, count in depths.items() if count >= _MARGIN_SHARE * len(text)]
    margin = min(common, default=0)
    if (margin == 0 and not flush) or sum(depths[d] for d in range(margin)) > _OUTSIDE_SHARE * len(
        text
    ):
        return False
    # Paragraphs begun a little past the margin: else the margin is every paragraph's
    # own indent (one paragraph a line), which begins each.
    starts = sum(depths[d] for d in range(margin + 1, margin + _PARAGRAPH_INDENT + 1))
    if starts < _MIN_STARTS or starts < _START_SHARE * len(text):
        return False
    # The column's width: a line that fills it (past a paragraph's indent at most) goes
    # on in the next, however it ends, as a line cut by a wrap does.
    widths = [width(line.text) + 2 * (line.depth - margin) for line in text]
    column = max(widths)
    filled = [
        line
        for line, wide in zip(text, widths, strict=True)
        if line.depth - margin <= _PARAGRAPH_INDENT
        and wide >= _FILLED * column
        and _CLAUSE_MARK.search(line.text)
    ]
    at_margin = [line for line in text if line.depth == margin]
    if margin == 0 and len([line for line in filled if line.depth == 0]) < _CUT_SHARE * len(
        at_margin
    ):
        return False  # whole paragraphs, one a line, of any width: no column cut them
    for line in lines:
        line.depth = max(0, line.depth - margin)
        line.indented = line.depth > 0
    for line in filled:
        line.full_width = True
        line.__dict__.pop("prose", None)  # asked of it already, before its width
    return True


# Of a flush column's lines at its margin, this share at least fills its width.
_CUT_SHARE = 0.5
# Share of the column's width a line fills to be cut by the column's edge.
_FILLED = 0.9


# A block read as one paragraph wrapped at a margin: its lines this wide at least (cells),
# each but its last within this share of the widest.
_MIN_WRAPPED_WIDTH = 40
_FULL_SHARE = 0.85


def _wrapped_at_a_margin(lines: list[Line], raw_lines: list[str]) -> None:
    """A text dump (`lynx -dump`, `w3m`) sets every line of a paragraph the same few
    spaces in and wraps it at one width, blank lines between paragraphs: a block of
    lines all at one depth, all full but its last, is one paragraph at a margin; the
    margin is no paragraph's indent."""
    blocks: list[list[Line]] = []
    for line in lines:
        if not blocks or line.gap_before or line.after_furniture:
            blocks.append([])
        blocks[-1].append(line)
    for block in blocks:
        if len(block) < 2 or len({line.depth for line in block}) != 1 or not block[0].depth:
            continue
        raws = [raw_lines[line.number - 1] for line in block]
        if any(raw.startswith(("\u3000", "\t")) for raw in raws):
            continue  # full-width spaces indent a paragraph: one a line, they are no margin
        widths = [width(raw.strip()) for raw in raws]
        widest = max(widths)
        full = all(w >= _FULL_SHARE * widest for w in widths[:-1])
        # Cut by the wrap: some line (but the last) ends no sentence.
        cut = not all(is_terminated(line.text) for line in block[:-1])
        if widest < _MIN_WRAPPED_WIDTH or not full or not cut or any(b.verse for b in block):
            continue
        for k, line in enumerate(block):
            line.depth, line.indented = 0, False
            line.runs_on = k > 0


def _item_tail(raw_lines: list[str], number: int, wrap: int) -> bool:
    """Under a numbered line as wide as the column, a short line that ends the item's
    sentence (`呼救，不要手拉手施救；`): the rest of an item the wrap cut."""
    below = raw_lines[number].strip() if number < len(raw_lines) else ""
    return (
        bool(below)
        and width(below) < wrap  # (short of the column: the item's sentence ends there)
        and below.endswith(("；", ";", "。"))
        and not _ENUMERATED.match(below)
    )


def _next_to_no_blank_lines(lines: list[Line]) -> bool:
    """Next to no blank line but around a page's furniture: a copy a line per printed
    line (a credit or a run-in head taken out of its line leaves a gap or two)."""
    gaps = sum(bool(line.gap_before and not line.after_furniture) for line in lines)
    return gaps <= max(2, len(lines) // 50)


def _measured_width(raw_lines: list[str]) -> int:
    """Nine tenths of the width the widest quarter of the lines reach (0 for a short
    file): a column's, where no single wrap width shows."""
    widths = sorted(width(raw.rstrip()) for raw in raw_lines if raw.strip())
    return int(0.9 * widths[3 * len(widths) // 4]) if len(widths) >= _MIN_MEASURED else 0


# Fewest lines whose widths tell a column's.
_MIN_MEASURED = 20


def _wrapped_to_the_edge(
    lines: list[Line], raw_lines: list[str], wrap: int | None, local: dict[int, int]
) -> None:
    """Cut at one width a printed line a line, no indent and no blank line marking a
    paragraph (a PDF's column copied out): only a line left short ends a paragraph. A
    line that fills the column and ends a sentence there goes on in the next, as a
    paragraph's sentences mostly do (one ending at the column's edge is the rarer).
    `local`: each line's own column's width where the file has no one width."""
    if not (wrap or local) or not lines:
        return
    indents = sum(line.indented for line in lines)
    if not _next_to_no_blank_lines(lines) or indents > len(lines) // 20:
        return
    item = False  # in a numbered item's lines (`1.新增…`): it ends with its sentence
    for line, below in pairwise(lines):
        item = bool(_ITEM_NUMBER.match(line.text)) or (item and not line.short_in_wrap)
        if line.short_in_wrap or not below.prose or below.after_furniture:
            continue
        if item or _ITEM_NUMBER.match(below.text):
            continue  # (a list's item is a paragraph of its own, and so is what follows it)
        if below.text.endswith(("：", ":")) and len(below.text) <= MAX_LABEL:
            continue  # `1组:` over its names: a group's label of its own
        # (a character short of the column, its sentence ended: the paragraph ended there,
        # no line-start rule pushes a stop down alone; half a character short is full)
        here = wrap or local.get(line.number - 1)
        if not here or not is_terminated(line.text):
            continue
        if width(raw_lines[line.number - 1].rstrip()) < here - 1:
            continue
        if line.closes or line.caption or below.list_item or below.closes:
            continue
        if below.field or FIELD.match(below.text) or below.labelled:
            continue  # `活动时间：…` under a notice's text: a field of its own
        below.runs_on = True


# A numbered item's number: `1.`, `2、`, `（3）`, `④`.
_ITEM_NUMBER = re.compile(r"^(?:\d{1,2}\s*[.．、](?!\d)|[（(]\s*\d{1,2}\s*[)）]|[①-⑳])")


# Of the text's lines, this share at least stands at one margin for a line left of it
# to be read as a heading; a heading is this short at most.
_AT_MARGIN_SHARE = 0.6
_MAX_MARGIN_HEAD = 30


def _heads_left_of_a_margin(lines: list[Line], raw_lines: list[str]) -> None:
    """A text dump sets its text a few spaces in and its headings at the line's start:
    there, a short line at column one, set apart by a blank line, over an indented
    line, is a heading (`七律·贺…` over its author and its verse)."""
    # (set by spaces: a paragraph's own indent is two full-width spaces, not a margin)
    raws = [raw_lines[line.number - 1] for line in lines]
    depths = [indent_depth(raw) if not raw.startswith("\u3000") else -1 for raw in raws]
    text = [d for line, d in zip(lines, depths, strict=True) if len(line.text) >= _MARGIN_LINE]
    if not text:
        return
    margin, count = Counter(text).most_common(1)[0]
    if margin <= 0 or count < _AT_MARGIN_SHARE * len(text):
        return
    for k, line in enumerate(lines[:-1]):
        below = depths[k + 1]
        if (
            depths[k] == 0
            and below >= margin
            and (line.gap_before or line.after_furniture or k == 0)
            and len(line.text) <= _MAX_MARGIN_HEAD
            and not is_terminated(line.text)
            and not line.closes
        ):
            line.margin_head = True


# A line this long is text, not a centred headline or a signature.
_MARGIN_LINE = 10
# A paragraph's first line stands this much past the margin, at most (full-width spaces).
_PARAGRAPH_INDENT = 3
_MIN_STARTS = 3
_START_SHARE = 0.15


# A title set vertically comes out a character a line: this many lines of one at least.
_MIN_VERTICAL = 4
_ONE_CHARACTER = re.compile(rf"^[{HAN}]$")
# A line opening on one character and a stop: the last of a word the line above cut
# (`正规平台退款无需另外下载软` / `件，更不会…`); no sentence opens so.
_WORD_TAIL = re.compile(rf"^[{HAN}][，、；：。！？]")
# (each line's own newline before it: a search for a newline is quick, `^` under re.M is not)
_VERTICAL_RUN = re.compile(
    "".join(rf"\n[ \t\u3000]*[{HAN}][ \t\u3000]*" for _ in range(_MIN_VERTICAL)) + r"(?:\n|$)"
)


def _vertical_lines_joined(raw_lines: list[str], skipped, text: str) -> list[str]:
    """Runs of lines of one Chinese character each, straight one under the other (a
    title printed vertically, read by pdftotext a character a line): the run's text on
    its first line, the others left blank."""
    # The cheap test first: one search of the text as read (no copy of it: a file at
    # the size cap is one), and a look at its first line, which no newline precedes.
    first = bool(raw_lines) and len(raw_lines[0].strip()) == 1
    if not first and not _VERTICAL_RUN.search(text):
        return raw_lines
    out = list(raw_lines)
    k = 0
    while k < len(out):
        if len(out[k].strip()) != 1:
            k += 1
            continue
        end = k
        while end < len(out) and end not in skipped and _ONE_CHARACTER.match(out[end].strip()):
            end += 1
        if end - k >= _MIN_VERTICAL:
            out[k] = "".join(line.strip() for line in out[k:end])
            for j in range(k + 1, end):
                out[j] = ""
        k = max(end, k + 1)
    return out


# Longest line read as a picture's caption by its place under the picture alone.
_MAX_PLACED_CAPTION = 80


def _alone_under_picture(raw_lines: list[str], k: int, furniture: Furniture) -> bool:
    """Line k, right under a picture's place, one short sentence with a blank line or the
    next picture under it (`图片` / `老人们在半山亭合影。` / `图片`): the picture's caption."""
    if k == 0 or len(raw_lines[k].strip()) > _MAX_ALONE_CAPTION:
        return False
    if raw_lines[k - 1].strip() == "":
        # (Markdown sets a blank line between a picture and its caption: there, a line
        # with no mark of a heading, the picture right over the blank line)
        above = k - 2
        marked = raw_lines[k].lstrip()[:1] in "#*"
        if marked or above < 0 or furniture.rules.get(above) != "furniture.image":
            return False
        if not MARKDOWN_IMAGE.match(raw_lines[above].strip()):
            return False
    below = k + 1
    return (
        below >= len(raw_lines)
        or not raw_lines[below].strip()
        or furniture.rules.get(below) == "furniture.image"
    )


# Longest line right under a picture, alone, read as its caption.
_MAX_ALONE_CAPTION = 40


def _set_apart_under_picture(raw_lines: list[str], k: int) -> bool:
    """Line k, right under a picture's place, is set flush left and short while the
    text goes on indented under it: the picture's caption."""
    raw = raw_lines[k]
    if raw[:1].isspace() or not 0 < len(raw.strip()) <= _MAX_PLACED_CAPTION:
        return False
    below = next((line for line in raw_lines[k + 1 : k + 3] if line.strip()), "")
    return below.startswith(("\u3000", "  ", "\t"))


def _export_fields(
    raw_lines: list[str], furniture: Furniture, text: str
) -> dict[int, tuple[str, str]]:
    """In an export, each labelled line's (role, value) by index; its page lines and
    empty fields go to the furniture."""
    bracketed = export_fields.is_export(raw_lines)
    structured = {} if bracketed else export_fields.structured_export(raw_lines, text)
    if structured:
        # Every line of it is an item the export names: no page's number or running
        # date among them; the issue's date is the first its own items give.
        furniture.pages, furniture.date = [], None
        return _taken_fields(dict(sorted(structured.items())), raw_lines, furniture)
    colon = {} if bracketed else export_fields.colon_export(raw_lines, text)
    if colon:
        return _taken_fields(colon, raw_lines, furniture)
    if not bracketed:
        titled = export_fields.colon_titles(raw_lines)
        # (a forum thread's title, printed over its first floor: the page's)
        titled = {k: v for k, v in titled.items() if furniture.rules.get(k) != "furniture.thread"}
        for k in titled:
            furniture.lines.pop(k, None)
            furniture.rules.pop(k, None)
        return {k: (label, "title", value) for k, (label, value) in titled.items()}
    labelled: dict[int, tuple[str, str, str]] = {}
    in_head = False  # between a record's title and its body: its fields
    for k, raw in enumerate(raw_lines):
        field = export_fields.field_of(raw.strip())
        if field is None and in_head:
            field = export_fields.head_field(raw.strip())  # `【采用情况】…` over the body
        if field is None:
            continue
        labelled[k] = field
        if field[1] == "title":
            in_head = True
        elif field[1] == "body":
            in_head = False
    # A field of another label among the record's fields (over its title, under its
    # text among the editors' fields) is the record's too, not a line of its text.
    for k, raw in enumerate(raw_lines):
        if k in labelled or "【" not in raw:
            continue
        other = export_fields.other_field(raw.strip())
        if other and (
            _next_field(raw_lines, labelled, k, -1) or _next_field(raw_lines, labelled, k, 1)
        ):
            labelled[k] = other
    # Over the first record's fields, the export's own head (`检索结果导出`, `记录数：2`):
    # every article's words in the file stand under a label.
    for k in range(min(labelled, default=0)):
        if raw_lines[k].strip() and k not in furniture.lines:
            furniture.lines[k] = raw_lines[k].strip()
            furniture.rules[k] = "furniture.export_head"
    return _taken_fields(labelled, raw_lines, furniture)


def _next_field(raw_lines: list[str], labelled: dict, k: int, step: int) -> bool:
    """Whether the nearest line with words above (step -1) or below (+1) line k, no blank
    line between, is another of the export's fields."""
    j = k + step
    if not 0 <= j < len(raw_lines) or not raw_lines[j].strip():
        return False
    return j in labelled or bool(export_fields.FIELD.match(raw_lines[j].strip()))


def _full_date(text: str) -> str | None:
    """The first full date in a text, as an issue's date is written (`2024-04-12`)."""
    from .dates import dates_in

    found = [d for d in dates_in(text) if d[2]]
    if not found and text[:1].isascii():
        # A mail or feed header's date (RFC 2822: `Tue, 09 Apr 2024 07:30:00 +0800`).
        from email.utils import parsedate

        parsed = parsedate(text)
        found = [parsed[:3]] if parsed and parsed[0] >= 1900 else []
    return "{:04d}-{:02d}-{:02d}".format(*found[0]) if found else None


def _taken_fields(
    labelled: dict[int, tuple[str, str, str]], raw_lines: list[str], furniture: Furniture
) -> dict[int, tuple[str, str, str]]:
    """The export's fields that carry text; its page lines and empty fields go to the
    furniture."""
    found: dict[int, tuple[str, str, str]] = {}
    for k, (label, role, value) in labelled.items():
        raw = raw_lines[k]
        if label == "栏目" and _kicker_beside(labelled, k):
            role = "page"  # (`【栏目】要闻` beside `【引题】…`: the page's section, no kicker)
        if role in ("page", "empty") or not value:
            furniture.lines[k] = raw.strip()
            furniture.rules[k] = "furniture.export_label"
            if furniture.date is None and (day := _full_date(value)):
                furniture.date = day  # `【出版日期】2024-04-12`: the export's own field
        else:
            # The label says what it is: not a running line, however often it repeats.
            furniture.lines.pop(k, None)
            furniture.rules.pop(k, None)
            found[k] = (label, role, value)
    return found


# How far from a record's column field its kicker field may stand.
_RECORD_REACH = 12


def _kicker_beside(labelled: dict[int, tuple[str, str, str]], k: int) -> bool:
    """Whether the record of the field on line k gives a kicker of its own (`【引题】`)."""
    for step in (1, -1):
        j = k + step
        while j in labelled and abs(j - k) <= _RECORD_REACH:
            if labelled[j][1] == "kicker" and labelled[j][0] != "栏目":
                return True
            j += step
    return False


def _field_line(number: int, gap: int, label: str, role: str, value: str) -> Line:
    """The line an export's labelled field makes: its value, in the role the label says."""
    if role in ("title", "kicker", "subtitle"):
        text = _SUBTITLE_DASH.sub("", value) if role == "subtitle" else value
        return Line(number, text, gap, export_role=role)
    if role == "author" and (entries := export_fields.author_entries(value)):
        return Line(number, "", gap, byline=entries, byline_text=value, credit=True)
    if role == "meta":
        label = export_fields.spelled_label(label) or label  # `ShenHe` spells 审核
        return Line(number, "", gap, meta={label: value}, export_field=True)
    line = _classify(number, unspaced(value), gap)
    if role == "caption":
        line.caption = True
    return line


_PICTURE_ROLES = ("摄影", "图")


# Longest line a photographer's credit under it makes a caption.
_MAX_CREDITED_CAPTION = 60


def _caption_sized(line: Line, sentence: bool = False) -> bool:
    """Short enough for a credited caption, and no headline or byline; a `sentence` may
    end it where its place says it is no text's."""
    return (
        0 < len(line.text) <= _MAX_CREDITED_CAPTION
        and not line.level
        and not line.closes
        and not line.subtitle_dash
        # (a sentence, unless it says who stands where: `苗嘉禾（右）在…解答咨询。`)
        and (sentence or line.text[-1:] not in "。！？" or bool(POSITION_MARK.search(line.text)))
    )


def _mark_photo_credits(lines: list[Line]) -> None:
    """`摄影：方晓东` right under photo captions, the text going on below it: the credit
    of those pictures, not the end of the article."""

    def pictured(line: Line) -> bool:
        return bool(line.credit and line.byline and all(b.role == "摄影" for b in line.byline))

    for k in range(1, len(lines) - 1):
        line, before, after = lines[k], lines[k - 1], lines[k + 1]
        # Another picture follows: its caption, then its own credit.
        series = k + 2 < len(lines) and pictured(lines[k + 2]) and _caption_sized(after)
        # (a sentence alone under an article's closing byline, a credit under it: no
        # body goes on after a byline; it is the picture's caption, as it is printed)
        # (set apart, or with no blank line at all right over the page's foot)
        after_close = (
            k >= 2 and lines[k - 2].closes and (before.gap_before > 0 or line.before_furniture)
        )
        if (
            pictured(line)
            and _caption_sized(before, sentence=after_close)
            and after.text
            and not after.closes
        ):
            # `摄影：魏嘉` under a line of its own: that line is the picture's caption
            before.caption = True
        if (
            line.credit
            and line.byline
            and all(b.role in _PICTURE_ROLES for b in line.byline)
            and before.caption
            and after.text
            and (
                after.has_comma
                or is_terminated(after.text)
                or len(after.text) > MAX_HEADLINE
                or series
            )
        ):
            line.photo_credit = True
            line.__dict__.pop("closes", None)  # asked of it as a neighbour already


# `3月11日起，…`, `3月11日至12日，…`: news of something begun on a day, or over days.
_FROM_DAY = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日(?:至\d{1,2}\s*日|起)[，,]")


# Two phrases of words set a space apart, nothing else: a headline's clauses.
_PHRASES_APART = re.compile(rf"^[{HAN}“”‘’\d]{{4,}}[ \u3000][{HAN}“”‘’\d]{{4,}}$")


def _headline_rest(raw_lines: list[str], number: int) -> str | None:
    """The line after line `number` (counted from 1), when it is short with no stop in it
    and a line follows it: the rest of a headline the column may have wrapped."""
    if number + 1 >= len(raw_lines):
        return None
    rest = raw_lines[number].strip()
    return rest if 0 < len(rest) <= _MAX_HEADLINE_REST and not ANY_STOP.search(rest) else None


def _over_wrapped_deck(raw_lines: list[str], number: int) -> bool:
    """Whether a headline's rest follows line `number`, over a `——subtitle`."""
    return _headline_rest(raw_lines, number) is not None and bool(
        _SUBTITLE_DASH.match(raw_lines[number + 1].strip())
    )


# Longest rest of a headline on its second line over a `——subtitle`.
_MAX_HEADLINE_REST = 8


def _over_wrapped_rest(raw_lines: list[str], number: int) -> bool:
    """Whether a headline's rest follows line `number`, no comma in it, over text (a
    paragraph's last line ends on a stop)."""
    rest = _headline_rest(raw_lines, number)
    return (
        rest is not None
        and not COMMA.search(rest)
        and (
            _opens_story(raw_lines, number + 1)
            or bool(_CLAUSE_MARKS.search(raw_lines[number + 1].strip()))
        )
    )


_CLAUSE_MARKS = re.compile("[，,、；;。]")


def _head(line: Line) -> bool:
    """A short line of words with no stop: a head (a kicker, a section's name)."""
    return 0 < len(line.text) <= MAX_COLUMN_NAME and not ANY_STOP.search(line.text)


def _opens_story(raw_lines: list[str], number: int) -> bool:
    """Whether the line after line `number` (counted from 1) opens a story as a story
    opens under its headline: a news lead (`6月8日，…`, `本报讯…`), a credit line, or a
    picture's caption with its credit."""
    if number >= len(raw_lines):
        return False
    text = raw_lines[number].strip()
    return bool(text) and bool(
        NEWS_LEAD.match(text)
        or _FROM_DAY.match(text)
        or credit_line(text)
        or (len(text) <= 60 and photo_credit(text))
    )


# How much wider than a hard-wrapped column (in columns: two characters) a line is set
# when it is no line of the column's text.
_WIDER = 4


def _opening_kicker(line: Line, above: Line | None) -> bool:
    """A short line with no stop opening a block (a blank line, a page's break or the
    text's start over it, or ended text): a kicker, when a headline and its subtitle
    follow."""
    opens = line.gap_before or line.after_furniture or above is None or _ended(above)
    return bool(opens) and 0 < len(line.text) <= _MAX_KICKER_LINE and not ANY_STOP.search(line.text)


_MAX_KICKER_LINE = 16


def _wider_than(line: Line, wrap: int) -> bool:
    """A line wider than the column by two characters or more, no stop in it."""
    return width(line.text) >= wrap + _WIDER and not ANY_STOP.search(line.text)


# Most letter-spaced lines, as a share of all, in a file that sets only its display
# type so: past it, the extraction spaced the text too (m-round letter-spaced pages).
_DISPLAY_SHARE = 0.1


def _display_type(lines: list[Line]) -> None:
    """Letter-spaced lines stand out only where the text is set solid."""
    spaced = [line for line in lines if line.spaced]
    if len(spaced) > max(2, _DISPLAY_SHARE * len(lines)):
        for line in spaced:
            line.spaced = False


def _ended(line: Line) -> bool:
    """Whether the text ends with this line: a finished sentence, a credit, a byline, or
    a jump to the page where it goes on (`…就近就业，（下转第3版）`)."""
    return (
        line.closes
        or line.inline_byline
        or line.jump_out
        or is_terminated(line.text)
        # (a notice's date under its signer, `2024年6月25日`, whatever it is read as yet)
        or bool(ONLY_DATE.match(line.text))
    )


def _parallel_heads(lines: list[Line]) -> set[int]:
    """Short lines with no stop that end as another near them does (`起床要慢`,
    `转身要慢`, `上下楼要慢`): a story's parallel headings, no column's labels."""
    heads = [
        k
        for k, line in enumerate(lines)
        if 2 <= len(line.text) <= _MAX_PARALLEL_HEAD and not ANY_STOP.search(line.text)
    ]
    found: set[int] = set()
    for a, b in pairwise(heads):
        if b - a <= _PARALLEL_SPAN and lines[a].text[-2:] == lines[b].text[-2:]:
            found.update((a, b))
    return found


# Longest heading of a set read for its likeness, and lines apart two of a set may be.
_MAX_PARALLEL_HEAD = 8
_PARALLEL_SPAN = 60


def _marked_heads_as_wide(lines: list[Line]) -> None:
    """`■“银龄笔墨”书画展征稿`, no stop in it, as wide as the column, over text: a brief's
    headline where a shorter line marked so heads a brief before it (a run of briefs)."""
    heading_marks: set[str] = set()
    for line, below in pairwise(lines):
        marked = HEADLINE_MARK.match(line.text)
        if not marked or ANY_STOP.search(line.text):
            continue
        if not line.full_width:
            heading_marks.add(line.text[0])
        elif line.text[0] in heading_marks and (below.prose or below.has_comma):
            line.full_width = False
            line.__dict__.pop("prose", None)


def _story_ended(line: Line) -> bool:
    """Whether a story's text, or the picture's caption under it, ends with this line."""
    return _ended(line) or line.caption or bool(photo_credit(line.text))


# A caption's last words cut onto the line of its credit: `秧。　记者　X　摄`.
_CAPTION_STUB = re.compile(r"^[^，。！？；：,.!?;:\s]{1,4}[。！？!?]")


def _mark_caption_heads(lines: list[Line]) -> None:
    """A caption of two lines set apart by blank lines (`3月2日，志愿者…磨剪刀、修` /
    `小家电。本报记者 覃思 摄`, or `…合影。（资料照片）`): its first line, cut mid-clause,
    is the caption's too."""
    for k, (line, below) in enumerate(pairwise(lines)):
        credited = photo_credit(below.text) or names_picture_source(below.text)
        if not (below.caption and credited) or below.gap_before:
            continue
        # (set in the text with no blank line, the caption's first words end on its
        # second line, `村民在…移栽茄子` / `秧。　记者　X　摄`, after a sentence ended)
        cut = bool(_CAPTION_STUB.match(below.text)) and (
            k == 0 or is_terminated(lines[k - 1].text) or lines[k - 1].closes
        )
        # (or under the page's furniture: `责任编辑：…` over a caption at the page's foot)
        if not (line.gap_before or line.after_furniture or cut):
            continue
        if below.gap_after == 0 and not below.before_furniture and not cut:
            continue  # (a caption already, by a position mark: cut all the same)
        if is_terminated(line.text) or line.closes or line.level or line.field:
            continue
        if not ANY_STOP.search(line.text) and not cut:
            continue  # a photo's own title over its caption (图片新闻) has no clause
        if len(line.text) + len(below.text) > _MAX_TWO_LINE_CAPTION:
            continue
        line.caption = line.full_width = True  # (cut mid-clause: the caption goes on)
        line.__dict__.pop("prose", None)  # asked of it as a neighbour already
    _mark_captions_under_heads(lines)


def _mark_captions_under_heads(lines: list[Line]) -> None:
    """A picture's caption wrapped over lines right under its headline, its credit on
    the last (图片新闻 with no text: `“邻里节”上赛厨艺` / `9月7日，…举` / `行，…` /
    `…5道。　彭一鸣 摄`): each line cut mid-clause is the caption's too."""
    for k, below in enumerate(lines):
        if not below.caption or below.gap_before or k < 2 or not photo_credit(below.text):
            continue
        top = k
        while top > 0:
            line = lines[top - 1]
            if line.caption or line.gap_after or not line.full_width:
                break
            if is_terminated(line.text) or line.closes or line.level or line.field:
                break
            top -= 1
        head = lines[top - 1] if top > 0 else None
        # (the page's furniture between them, an editor's line, parts nothing)
        if top == k or head is None or lines[top].gap_before:
            continue
        if ANY_STOP.search(head.text) or head.full_width or head.caption or head.closes:
            continue  # (the text above runs on into it, or is a story's: no headline)
        if sum(len(lines[j].text) for j in range(top, k + 1)) > _MAX_TWO_LINE_CAPTION:
            continue
        if not ANY_STOP.search(lines[top].text):
            continue  # (a caption's first line is cut mid-clause, a comma in it at least)
        for line in lines[top:k]:
            line.caption = line.full_width = True
            line.__dict__.pop("prose", None)


_MAX_TWO_LINE_CAPTION = 120
# Longest one-sentence line a position mark alone makes a caption of.
_MAX_MARKED_SENTENCE = 60


def _mark_placed_captions(lines: list[Line]) -> None:
    """`黄秀莲阿嬷（中）与家人合影。` on its own between blank lines or a page's edge: a
    position mark says where someone stands in a picture; one sentence set apart so is
    the picture's caption, though it ends with a stop."""
    for k, line in enumerate(lines):
        text = line.text
        if len(text) > _MAX_MARKED_SENTENCE or ("（" not in text and "(" not in text):
            continue  # the cheap test first: a position mark is in brackets
        if line.caption or line.level:
            continue
        if not line.position_marked or line.closes:
            continue
        if len(line.text) > _MAX_MARKED_SENTENCE or _SENTENCE_MARKS.search(line.text[:-1]):
            continue
        apart_above = k == 0 or line.gap_before > 0 or line.after_furniture
        apart_below = (
            k + 1 == len(lines)
            or line.gap_after > 0
            or line.before_furniture
            or lines[k + 1].after_furniture
        )
        if apart_above and apart_below and not line.indented:
            line.caption = True
            line.__dict__.pop("prose", None)


def _mark_pages(lines: list[Line], furniture: Furniture, raw_lines: list[str]) -> None:
    """The page each jump marker is printed on, to match `（下转第4版）` with `（上接第1版）`:
    the page of the page line above it when that line heads a page (text follows it),
    else of the page line below it (the footer of its page)."""
    numbered = [(k, p) for k, text in furniture.lines.items() if (p := page_number(text))]
    if not numbered:
        return
    for line in lines:
        if not line.jump:
            continue
        at = line.number - 1
        before = [(k, p) for k, p in numbered if k < at]
        after = [p for k, p in numbered if k > at]
        if before and not _footer(before[-1][0], furniture, raw_lines):
            line.page = before[-1][1]
        elif after:
            line.page = after[0]
        elif before:
            line.page = before[-1][1]


def _footer(k: int, furniture: Furniture, raw_lines: list[str]) -> bool:
    """A page line with nothing but furniture (or the end) after it closes its page."""
    for j in range(k + 1, len(raw_lines)):
        if raw_lines[j].strip():
            return j in furniture.lines and page_number(furniture.lines[j]) is not None
    return True


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# A form a notice prints for its readers to cut off and hand in.
_SLIP = re.compile(r"(?:回执|回执单|报名表|登记表|申请表|报名回执)$")


def _mark_reply_slips(lines: list[Line]) -> None:
    """`…登记回执` under a cutting rule, right after a notice's signature and date: the
    notice's slip, a part of it under its own heading, no new article."""
    for above, line in pairwise(lines):
        if line.after_rule and above.closes and _SLIP.search(line.text) and len(line.text) <= 40:
            line.intertitle = line.slip = True


def _mark_items_under_colon(lines: list[Line]) -> None:
    """Short lines with no stop, three or more, between a line that ends on a colon and
    the text going on under them (`…做到“六不”：` / `不私自下水游泳` / `不擅自与他人结伴
    游泳` / …`请大家…及时提醒！`): a list's items that lost their marks, each a paragraph,
    not a sentence cut by the line's end (in a column cut at one width, none fills it)."""
    for k, line in enumerate(lines):
        if not line.text.endswith(("：", ":")) or line.closes:
            continue
        run: list[Line] = []
        after = None  # the line that ends the run
        for item in lines[k + 1 :]:
            after = item
            if item.gap_before or item.after_furniture or item.closes or item.caption:
                break
            if not _MIN_BARE_ITEM <= len(item.text) <= _MAX_BARE_ITEM or _ITEM_ENDED.search(
                item.text
            ):
                break
            # (a table's row, its cells a space apart, or a roll's names are no items;
            # nor a line a mark opens, a brief's or a run's own)
            if item.row or any(c.isspace() for c in item.text) or not _BARE_START.match(item.text):
                break
            run.append(item)
        if len(run) < _MIN_BARE_ITEMS or any(item.full_width for item in run):
            continue
        # (the text going on right under them: a run set apart is a roll's or a table's)
        if after is None or after is run[-1] or after.gap_before or not is_terminated(after.text):
            continue
        for item in run:
            item.list_item = True
            item.__dict__.pop("prose", None)


_MIN_BARE_ITEM, _MAX_BARE_ITEM = 4, 25
# (a bare item opens on a word: a Han character, a letter or a digit)
_BARE_START = re.compile(r"[\w]")
_MIN_BARE_ITEMS = 3
# What a list's bare item does not hold: a sentence's stop, a clause's comma, a colon.
_ITEM_ENDED = re.compile(r"[。！？!?；;，,：:]")


def _mark_circled_items(lines: list[Line]) -> None:
    """`①11月4日…` over `②11月11日…`: items of a numbered list, each a paragraph (no
    headline, however short and unpunctuated)."""
    for line, below in pairwise(lines):
        first, second = line.text[:1], below.text[:1]
        if (
            first
            and second
            and first in _CIRCLED
            and _CIRCLED.find(second) == _CIRCLED.find(first) + 1
        ):
            for item in (line, below):
                item.list_item = True
                item.__dict__.pop("prose", None)


_MAX_QUOTED_HEADLINE = 30


def quoted_whole(line: Line) -> bool:
    """A line that is one quote and nothing else, no sentence ended inside it."""
    text = line.text
    return (
        len(text) <= _MAX_QUOTED_HEADLINE
        and text[:1] in "“「『"
        and text[-1:] in "”」』"
        and not _STOP_INSIDE.search(text[1:-1])
    )


_STOP_INSIDE = re.compile(r"[。！？!?；;]")


def _mark_banners(lines: list[Line]) -> None:
    """A section banner (`【为老服务】`, `■ 社区治理`) over a headline, not an intertitle:
    `【…】` is a heading inside an article only where body text follows it."""
    for k, line in enumerate(lines):
        if not _banner_form(line):
            continue
        following = lines[k + 1] if k + 1 < len(lines) else None
        if following is None or following.closes:
            continue
        # (a title with a comma over its `——subtitle`: `“加装电梯，我们终于等到了”`)
        titled = k + 2 < len(lines) and lines[k + 2].subtitle_dash and len(following.text) <= 30
        # (or a line with no mark of a sentence over text, however wide: its headline)
        titled = titled or (
            not ANY_STOP.search(following.text)
            and not following.gap_before
            and any(below.prose or below.has_comma for below in lines[k + 2 : k + 4])
        )
        # (or a headline that asks: `小区里能不能多几把休息椅？`, or one set in bold)
        titled = titled or following.question_head
        # (or a quote alone, no sentence ended in it, over text: `【居民心声】` /
        # `“电梯通了，我又能下楼晒太阳了”`)
        titled = titled or (
            quoted_whole(following)
            and k + 2 < len(lines)
            and (lines[k + 2].prose or lines[k + 2].has_comma)
        )
        titled = titled or (following.bold and len(following.text) <= MAX_INTERTITLE)
        # (or a headline of two clauses over its credit: `入夏防中暑，这几点要记牢` /
        # `记者　柴珂`)
        titled = titled or (
            k + 2 < len(lines)
            and lines[k + 2].credit
            and len(following.text) <= MAX_HEADLINE
            and not is_terminated(following.text)
        )
        # (or a letter's headline over its greeting: `【读者来信】` / `谢谢你，…` / `编辑同志：`;
        # the headline may ask: `菜场门口积水何时能解决？`)
        titled = titled or (
            k + 2 < len(lines)
            and len(following.text) <= MAX_HEADLINE
            and (not is_terminated(following.text) or following.text.endswith(("？", "?")))
            and bool(SALUTATION.match(lines[k + 2].text))
        )
        if (following.prose or following.has_comma) and not titled:
            continue
        line.banner = True
        line.intertitle = False
    for line, below in pairwise(lines):
        if (
            line.bold
            and (below.level or below.inline_head)
            and not line.level
            and not below.gap_before > 1
        ):
            # `**图片新闻**` right over `### “清凉驿站”开进小区`: the column's name over
            # the headline a heading's marks set, not a heading of the text before (so
            # `**简讯**` over `- **社区食堂推出…**　6月1日起，…`: the head of a run)
            line.banner = True
            line.intertitle = False
    for k, (line, below) in enumerate(pairwise(lines)):
        if (
            line.bold
            and below.bold
            and line.intertitle
            and len(line.text) <= _MAX_BOLD_COLUMN
            and not ANY_STOP.search(line.text)
            and not _ENUMERATED.match(line.text)
            and len(below.text) > len(line.text)
            # (its text under it, or under the picture's caption set first)
            and any(text.prose or text.has_comma for text in lines[k + 2 : k + 4])
        ):
            # `**党建引领**` right over `**“红色楼组”挂牌　十二个楼道有了主心骨**` over text:
            # the column's name over its story's headline, each set in bold
            line.banner, line.intertitle = True, False
    for line, below in pairwise(lines):
        if line.banner and below.bold and below.intertitle and not _ENUMERATED.match(below.text):
            # `【图片新闻】` over `**舞蹈队排练迎“邻里节”**`: the column's story's headline,
            # set in bold, no heading of a part
            below.intertitle = False
            below.__dict__.pop("prose", None)
    for k, line in enumerate(lines[:-2]):
        # (or over a headline and its `——subtitle`, text under them)
        decked = (
            k + 3 < len(lines)
            and lines[k + 2].subtitle_dash
            and _headline_set_apart(lines[k + 1], lines[k + 3])
        )
        if line.barred and (_headline_set_apart(lines[k + 1], lines[k + 2]) or decked):
            # `▍社区要闻` over a headline set apart, text under it: the section's banner
            line.banner = True
            line.intertitle = False
    for line, below in pairwise(lines):
        # (over another item of the list, its text marked as it is, it is an item too)
        headed = _headline_set_apart(line, below) and not below.list_item
        if line.list_item and headed and not line.text.endswith(_OPEN):
            # `◆ 端午包粽子，邻里乐融融` alone between blank lines, over its text: a
            # brief's headline, marked as the run's others are, not a list's item
            line.list_item = False
            line.__dict__.pop("prose", None)


# OCR's reading of a subtitle's dash `——` as two 一, before a few words that end no
# sentence: `一一今年已有9台电梯投入使用`.
_OCR_DASH = re.compile(r"^一一(?=[^一，。、；：！？,.;:!?\s])")
_MAX_OCR_SUBTITLE = 30


def _mark_ocr_dashes(lines: list[Line]) -> None:
    """A line opened by `一一` right under a headline's line (no stop in it, no text's
    line): a `——subtitle` as OCR read its dash."""
    for above, line in pairwise(lines):
        if not _OCR_DASH.match(line.text) or line.gap_before or len(line.text) > _MAX_OCR_SUBTITLE:
            continue
        if is_terminated(line.text) or line.closes or above.closes or above.prose:
            continue
        if ANY_STOP.search(above.text) or len(above.text) > MAX_HEADLINE:
            continue
        line.text, line.dash, line.subtitle_dash = line.text[2:], line.text[:2], True
        line.__dict__.pop("prose", None)


def _banner_form(line: Line) -> bool:
    """`【为老服务】`, `■ 社区治理`, `—— 居民之声 ——`: a banner or an intertitle by its form."""
    marked = line.text[:1] in _BANNER_MARKS and _BANNER.match(line.text)
    return bool(marked or line.dashed_banner) and not line.level and not line.closes


def _headline_set_apart(line: Line, below: Line) -> bool:
    """A short unfinished line standing alone (blank lines around it) over text: a
    headline, though its clauses have a comma or a colon between them."""
    return (
        0 < len(line.text) <= MAX_BAR_HEADLINE
        and line.gap_before > 0
        and below.gap_before > 0
        and not is_terminated(line.text)
        # (a brief's headline, marked as the run's items are: `◆ 端午包粽子，邻里乐融融`)
        and not (line.closes or line.caption or line.field)
        and (below.prose or below.has_comma)
    )


# What a clause left open ends with: the sentence goes on.
_OPEN = ("，", ",", "、")
# Longest headline read under an editor's bar.
MAX_BAR_HEADLINE = 30


_SPACED_CHAR = re.compile(rf"[{HAN}\u3000-\u303f\uff00-\uffef“”‘’—…·]")
# str.split()'s tokens (re's \s is its white space), and those of one such character.
_TOKEN = re.compile(r"\S+")
_SPACED_TOKEN = re.compile(rf"(?<!\S)(?=\S){_SPACED_CHAR.pattern}(?!\S)")
# Tokens joined at a time when a line is put back together: never all of them listed.
_JOINED = 4096


# Two-character heads a page sets letter-spaced (two characters spaced apart are
# otherwise a two-character name padded to a three's width).
# Two-character names a paper gives its columns (not a post's kind, as 通知 is).
COLUMN_WORDS = ("简讯", "快讯", "要闻", "动态", "文苑", "诗苑", "副刊", "专题")
_SPACED_HEADS = frozenset({*COLUMN_WORDS, "导读", "通知", "公告"})


def unspaced(text: str) -> str:
    """A line extracted with a space between its characters (`凉 城 新 村 街 道`) as the
    words it is; any other line as it is. Latin words keep the space between them.

    Tokens are counted, and taken one by one, in place: a line of 50 MB may hold
    millions, and a list of them took ten times the line's memory."""
    tokens = sum(1 for _ in _TOKEN.finditer(text))
    if tokens == 2 and "".join(text.split()) in _SPACED_HEADS:
        return "".join(text.split())  # `简 讯`: a run's head set wide (a name is `王 芳`)
    if tokens < 3:
        return text
    single = sum(1 for _ in _SPACED_TOKEN.finditer(text))
    # Nearly every token one character: a line of names padded to one width is not that.
    if single < 0.85 * tokens or names_in_row(text):
        return text
    done: list[str] = []
    out: list[str] = []
    before = ""
    for match in _TOKEN.finditer(text):
        token = match.group()
        latin_before = before[-1:].isascii() and before[-1:].isalnum()
        if latin_before and token[:1].isascii() and len(token) > 1:
            out.append(" ")
        out.append(token)
        before = token
        if len(out) >= _JOINED:
            done.append("".join(out))
            out = []
    return "".join([*done, *out])


_BRACKETED_TAG = re.compile(r"【[^【】]{1,16}】")
# A headline's subject before its colon: `银龄互助队：`, `“稻田医生”钱文斌：`.
_NAMED_BEFORE_COLON = re.compile(
    r"^[^，。！？；：,.!?;:\s]{2,12}：(?=[^，。！？；：,.!?;:]{4,10}$)"
)
# The words a field's label ends with (`招收对象：`, `活动时间：`), or a greeting's: no
# headline's subject.
_FIELD_WORD = re.compile(
    r"^[^：]{0,6}(?:对象|时间|地点|方式|内容|电话|要求|条件|费用|范围|截止|人员|名额|单位|主题"
    # (nor whom a letter greets: `编辑同志：我家住…`)
    r"|同志|朋友们?|先生|女士|老师|居民们?|家人们)："
)
# Longest column's name set in bold over a bold headline.
_MAX_BOLD_COLUMN = 8


# A set's piece by its ordinal, and its own short title: `其一`, `其二　晚练`.
_SERIES_PART = re.compile(
    r"^其[一二三四五六七八九十]{1,2}(?:[\s\u3000·：:]+[^\s，。！？；]{1,12})?$"
)


# A part by its word and ordinal, its own name after a colon: `议题一：楼道堆物集中清理`.
_ORDINAL_PART = re.compile(
    r"^(?P<word>[\u4e00-\u9fff]{1,3}?)(?P<n>[一二三四五六七八九十]{1,2})[：:]\s*(?P<name>[^，。！？；]{2,20})$"
)


def _mark_ordinal_parts(lines: list[Line]) -> None:
    """Lines that name a set's parts by one word and counting ordinals (`议题一：…`,
    `议题二：…`), two or more: headings of one piece's parts, never headlines."""
    found: dict[str, list[tuple[int, int]]] = {}
    for k, line in enumerate(lines):
        if (part := _ORDINAL_PART.match(line.text)) and not line.closes:
            number = cn_number(part.group("n"))
            if number is not None:
                found.setdefault(part.group("word"), []).append((number, k))
    for parts in found.values():
        numbers = [n for n, _ in parts]
        if len(parts) < 2 or numbers != list(range(1, len(parts) + 1)):
            continue
        for _, k in parts:
            lines[k].intertitle = lines[k].series_part = True


# Furniture a document or a post ends or begins with: what follows opens another.
_DOCUMENT_PARTS = frozenset(("furniture.front_matter", "furniture.post_stamp"))


def _marked_intertitle(number: int, text: str, gap: int) -> Line | None:
    """A marked line (`▍…`, `**…**`) as an intertitle: short, no sentence in it."""
    if len(text) > MAX_INTERTITLE or is_terminated(text) or SENTENCE_INSIDE.search(text):
        return None
    line = Line(number, text, gap)
    line.intertitle = True
    return line


# Pictographs a post or a chat sets before a line (`📢`, `⚠️`, `🎉`): marks that point,
# not words. The banner marks (★, ☆, ●…) are read as such elsewhere.
# (a keycap, `1️⃣`, numbering a post's tagged headings: `1️⃣【居委通知】…`; before a
# list's item it is the item's number, kept)
_LEADING_PICTOGRAPHS = re.compile(
    "^(?:(?:[\U0001f000-\U0001faff\u2300-\u23ff\u2600-\u2604\u2607-\u27bf\u2b50\u2b55]"
    "|[0-9#*]\ufe0f?\u20e3(?=[ \t\u3000]*【))"
    "[\ufe0e\ufe0f\u200d\U0001f3fb-\U0001f3ff]*)+[ \t\u3000]*"
)


# Fewest lines opened so that show the file lost its pictographs so.
_MIN_LOST = 2


def _over_blank_lines(rejoin, raw_lines: list[str], skipped) -> list[str]:
    """`rejoin` (a wraps.py joiner) over the lines that are not blank, one under the
    other, each put back where it stood (`skipped`: indices of furniture lines)."""
    kept = [k for k, raw in enumerate(raw_lines) if raw.strip()]
    where = {k: at for at, k in enumerate(kept)}
    joined = rejoin([raw_lines[k] for k in kept], {where[k] for k in skipped if k in where})
    lines = list(raw_lines)
    for at, k in enumerate(kept):
        lines[k] = joined[at]
    return lines


def blank_after_every_line(raw_lines: list[str]) -> int | None:
    """A converter that makes each line of a PDF a paragraph of its own (calibre's TXT):
    a blank line after nearly every line, the sentences cut across them (no stop at the
    end of many lines): there a single blank line parts nothing. The width of the column
    its lines were cut from, or None when the file is no such one."""
    text = [k for k, raw in enumerate(raw_lines) if raw.strip()]
    if len(text) < _MIN_SPACED_OUT:
        return None
    single = sum(
        1
        for k in text
        if k + 2 < len(raw_lines) and not raw_lines[k + 1].strip() and raw_lines[k + 2].strip()
    )
    cut = sum(1 for k in text if not is_terminated(raw_lines[k].strip()))
    if single < _SPACED_OUT_SHARE * len(text) or cut < _CUT_SHARE * len(text):
        return None
    # (and its lines, read one under another, cut at one width: a column's, not a page's
    # paragraphs each a line of its own)
    return wrap_width([raw_lines[k] for k in text])


# Fewest lines, and the shares of them set one blank line apart and cut mid-sentence.
_MIN_SPACED_OUT, _SPACED_OUT_SHARE, _CUT_SHARE = 20, 0.75, 0.4


def lost_pictographs(raw_lines: list[str]) -> bool:
    """Whether lines open with question marks where a post set pictographs (the file
    saved in a code page with no emoji), two or more."""
    opened = sum(
        1 for raw in raw_lines if raw.lstrip()[:1] == "?" and LOST_PICTOGRAPH.match(raw.strip())
    )
    return opened >= _MIN_LOST


def _pictograph_bullets(raw_lines: list[str]) -> dict[int, int]:
    """Lines opened by the same pictograph as the line next to them (`🔸…` over `🔸…`):
    items of a list, by index, with where the mark ends."""
    marks: dict[int, tuple[str, int]] = {}
    for k, raw in enumerate(raw_lines):
        stripped = raw.strip()
        found = _LEADING_PICTOGRAPHS.match(stripped)
        if found and found.end() < len(stripped):
            marks[k] = (found.group().strip(), found.end())
    return {
        k: end
        for k, (mark, end) in marks.items()
        if any(marks.get(j, ("",))[0] == mark for j in (k - 1, k + 1))
    }


# Markdown's escape before a mark it would read (`1\. 时间：…`, `\*`): the backslash
# only keeps the mark the text's, no text itself.
MARKDOWN_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|>])")


def _classify(number: int, text: str, gap: int) -> Line:
    if "\\" in text:
        text = MARKDOWN_ESCAPE.sub("", text)
    pictographs = _LEADING_PICTOGRAPHS.match(text)
    if pictographs and pictographs.end() < len(text):
        text = text[pictographs.end() :]
    heading = _HEADING_MARK.match(text)
    if heading:
        words = text[heading.end() :].strip()
        if _BRACKETED_TAG.fullmatch(words):
            # `## 【一周要闻】`: a column's name in its brackets, a heading's marks on it,
            # read as the banner it is (over the headlines of its stories)
            return _classify(number, words, gap)
        return Line(number, words, gap, level=len(heading.group(1)))
    quoted = _MARKDOWN_QUOTE.match(text)
    if quoted and len(text) > quoted.end():
        text = text[quoted.end() :]  # `> 编印单位…`: Markdown's quotation mark, no text
    bold = _MARKDOWN_BOLD.match(text)
    if bold:
        # `**一本记了二十年的账**` alone on its line: a heading in the text, as a bar marks it
        text = bold.group("text").strip()
        # (`**▶ 蓼汀菜场改造完成重新开张**`: a mark that points at a headline, a brief's,
        # read as the marked line it is; `**——…**`, a subtitle; `**…往哪儿放？**`, a
        # question set in bold, a headline's form)
        pointed = (HEADLINE_MARK.match(text) or text.startswith("——")) and not is_terminated(text)
        if pointed or (text.endswith(("？", "?")) and len(text) <= MAX_INTERTITLE):
            line = _classify(number, text, gap)
            line.bold = True
            return line
        if heading := _marked_intertitle(number, text, gap):
            heading.bold = True
            return heading
    if _SERIES_PART.match(text):
        # `其二　晚练`: the next of a set's pieces under its one headline (two poems, an
        # essay's parts), a heading of the piece, never a story of its own
        line = Line(number, text, gap)
        line.intertitle = line.series_part = True
        return line
    if text[:2] == "**" and (label := _BOLD_LABEL.match(text)):
        text = label["label"] + text[label.end() :]  # (the marks only set the label off)
    italic = _MARKDOWN_ITALIC.match(text)
    if italic:
        line = _classify(number, italic.group("text").strip(), gap)
        line.emphasised = True
        return line
    jump: dict[str, str] = {}
    # (a jump names a page, or a forum's floor: test that first)
    if "版" in text or "页" in text or "頁" in text or "楼" in text:
        out = _JUMP_OUT.search(text)
        if out:
            jump[JUMP_OUT] = out.group(1).replace(" ", "")
            text = text[: out.start()].rstrip()
        back = _JUMP_IN.match(text)
        if back:
            jump[JUMP_IN] = back.group(1).replace(" ", "")
            text = text[back.end() :].lstrip()
    if jump:
        line = _classify(number, text, gap) if text else Line(number, "", gap)
        line.jump = jump
        return line
    bar = _HEADING_BAR.match(text)
    # `▍一份菜单，征求了三轮意见`: an editor's bar marks a heading in the text
    if bar and (heading := _marked_intertitle(number, text[bar.end() :], gap)):
        heading.barred = True
        return heading
    listed = _LIST_MARK.match(text)
    bullet = _BULLET.match(text) if text[:1] in _BANNER_MARKS or text[:1] == "▪" else None
    if bullet and text[:1] in "▲△" and len(text) <= _MAX_MARKED_CAPTION:
        bullet = None  # `▲居民在…。　X 摄`: the mark points at a picture, no list's
    if bullet and (
        _BULLET_ITEM.search(text[bullet.end() :])
        or ENTRY_OPENING.match(text, bullet.end())
        or family_head(text[bullet.end() :]) is not None
    ):
        # `●近日，…`: an item of a list of short news; `◆顾秀英（5号楼）：…`, of a roll
        # (`▪上坞组　吕桂英户`, a family's)
        listed = bullet
    if listed:
        text = text[listed.end() :]
    bracketed = _BRACKETED_PICTURE.match(text)
    if bracketed and is_picture_caption(bracketed["inside"]):
        # `（图为升旗仪式现场　葛蕾 摄）`: a caption set in brackets under its text
        return Line(number, bracketed["inside"].strip(), gap, caption=True)
    if not listed and len(text) <= MAX_CLOSING:
        closing = _closing_line(number, text, gap)
        if closing is not None:
            return closing
    line = Line(number, text, gap, list_item=bool(listed))
    line.field = bool(FIELD.match(text)) and len(text) <= MAX_HEADLINE  # kept in runs only
    # (`…兑换洗衣液。（银杏湾社区 供图）`: a picture's credit ends its caption, whole)
    inline = None if _credited_caption(text) else split_inline_byline(text)
    if inline:
        line.text, line.byline_text, line.byline, labels = inline
        line.meta.update(labels)
        line.inline_byline = True
    if listed:
        return line
    lead = lead_credit(line.text)
    if lead:
        line.byline_text, line.text, line.byline = lead
        line.lead_credit = True
    if _captioned(line.text):
        line.caption = not line.lead_credit and not line.inline_byline
        if line.caption and line.text[:1] in "▲△↑↓←→":
            # `▲居民在…`, `↑居民在…`: the mark points at the picture
            line.text = line.text[1:].lstrip()
    elif _is_intertitle(line.text):
        line.intertitle = True
    flanked = DASHED_BANNER.match(line.text)
    if flanked and not line.closes:
        # `— 要闻 —`: a section's name between two dashes, over its stories
        line.text, line.dashed_banner = flanked.group("name"), True
        return line
    dash = _SUBTITLE_DASH.match(line.text)
    if dash and len(line.text) <= MAX_HEADLINE and not is_terminated(line.text):
        line.text, line.dash = line.text[dash.end() :], dash.group()
        line.subtitle_dash = True
    return line


# Markdown's marks around a whole line: `> quoted`, `**bold**`, `*italic*` (no text).
_MARKDOWN_QUOTE = re.compile(r"^>[ \t]*")
_MARKDOWN_BOLD = re.compile(r"^\*\*(?P<text>[^*]+)\*\*$")
_MARKDOWN_ITALIC = re.compile(r"^\*(?P<text>[^*]+)\*$")
# `**问：**楼组长平时…`: a label set in bold at the start of its line, its text after it.
_BOLD_LABEL = re.compile(r"^\*\*(?P<label>[^*\s][^*]{0,11}[：:])\*\*(?=\S)")


def _cut_sentence(text: str) -> bool:
    """A line of running text that stops mid-sentence (not a short label)."""
    return not is_terminated(text) and (bool(COMMA.search(text)) or len(text) >= _RUN_OF_TEXT)


_RUN_OF_TEXT = 15
# Furniture that parts one article from the next: a rule, a section's number over it.
_PARTING = frozenset({"furniture.rule", "furniture.section_number", "furniture.item_number"})
_TRANSPARENT_RULES = frozenset({"furniture.table_rule", "furniture.underline"})
_PAGE_RULES = frozenset(
    {"furniture.page_banner", "furniture.page_head", "furniture.page", "furniture.page_header"}
)
# The bar a post's editor (秀米, 135编辑器) sets before a heading in the text.
_HEADING_BAR = re.compile(r"^[▍▌▎▐┃]\s*(?=\S)")
# Longest line a ▲ marks as a caption (the mark points at the picture above it).
_MAX_MARKED_CAPTION = 60
# A margin this deep (in full-width spaces) may centre a line rather than indent it.
_DEEP = 4


# Longest line of a headline broken onto two, and longest such headline.
_MAX_SPLIT_LINE = 16
_MAX_SPLIT_HEAD = 30
# An official document's title ends with its kind: `关于…的通知`, `…情况的通报`.
_DOCUMENT_KIND = re.compile(
    r"的(?:通知|通报|报告|意见|决定|方案|办法|规定|公告|通告|请示|批复|函|决议|实施细则|工作要点)$"
)
_MAX_OFFICIAL_LINE = 30
# Longest official title on one line.
_MAX_OFFICIAL_TITLE = 40


def _official_title(text: str) -> bool:
    """`关于开展居家养老服务需求登记的通知`: a document's title whole on its line."""
    return (
        text.startswith("关于")
        and len(text) <= _MAX_OFFICIAL_TITLE
        and bool(_DOCUMENT_KIND.search(text))
        and not ANY_STOP.search(text)
    )


def _mark_split_headlines(lines: list[Line]) -> None:
    """Two short lines that stand apart from the text and make one phrase only together:
    the first ends at a comma or opens a quotation the second closes, and the second
    ends without a sentence's end (`一把铜算盘，` / `算了三十年明白账`)."""
    for k in range(len(lines) - 1):
        first, second = lines[k], lines[k + 1]
        if second.gap_before or first.level or second.level or first.closes or second.closes:
            continue
        a, b = first.text, second.text
        # A document's title (`关于…` / `…工作的通报`), centred, as long as it needs.
        # (cut after its `的`, the kind alone under it: `…集中缴费的` / `通知`)
        official = a.startswith("关于") and bool(_DOCUMENT_KIND.search(a + b))
        official = official and not _DOCUMENT_KIND.search(a) and not b.startswith("关于")
        most = _MAX_OFFICIAL_LINE if official else _MAX_SPLIT_LINE
        if not (0 < len(a) <= most and 0 < len(b) <= most):
            continue
        if not official and (
            len(a) + len(b) > _MAX_SPLIT_HEAD or first.indented or second.indented
        ):
            continue
        # a quotation the first opens (at its start or inside it) and the second closes
        unclosed = a.count("“") + a.count("「") > a.count("”") + a.count("」")
        quoted = unclosed and _closes_quote(b)
        if not (a.endswith(("，", ",")) or quoted or official):
            continue
        if is_terminated(b.rstrip("”」")) or SENTENCE_INSIDE.search(a + b.rstrip("”」")):
            continue
        if b.rstrip("”」").endswith(("，", ",", "、")):
            continue  # a verse's two lines, each at its comma: no headline ends so
        after = lines[k + 2] if k + 2 < len(lines) else None
        apart_above = k == 0 or first.gap_before or first.after_furniture or is_label(lines[k - 1])
        # (a document's title over its salutation needs no blank line: after finished text)
        apart_above = apart_above or (official and _story_ended(lines[k - 1]))
        apart_below = (
            after is None
            or after.gap_before
            or after.closes
            or after.credit
            or after.subtitle_dash
            or (official and bool(SALUTATION.match(after.text)))  # over `各位居民：`
        )
        if apart_above and apart_below:
            first.split_head = second.split_head = True
            first.__dict__.pop("prose", None)
            second.__dict__.pop("prose", None)
            if k > 0 and _banner_form(lines[k - 1]):
                # `【通知公告】` over the title: the section's banner (as over any headline)
                lines[k - 1].banner, lines[k - 1].intertitle = True, False


def _closes_quote(text: str) -> bool:
    return text.count("”") + text.count("」") > text.count("“") + text.count("「") - (
        1 if text[:1] in "“「" else 0
    ) or (text.endswith(("”", "」")) and text.count("“") + text.count("「") == 0)


def _head_and_body(item: re.Match) -> tuple[str, str]:
    """A run-in item's headline and the text after it on its line."""
    if item.re in (_INLINE_HEAD, _SPACED_RUN_IN) and item.group("dated"):
        return item.group("dated"), item.group("day")
    return item.group("head"), item.group("body")


# `■桂馨社区开办暑期托管班 暑期托管班将于…`: a brief's headline and its text one space
# apart, where other briefs of the file run in so before their day (`■… 6月8日，…`).
_SPACED_RUN_IN = re.compile(
    r"^(?P<mark>[◆◇●■□★☆▶►])\s*(?P<dated>[^，。！？；：,.!?;:\s]{4,24}) (?P<day>\S.{4,})$"
)


# A marked brief's headline, a wide gap, and the first words of its text that a narrow
# column's edge cut: `■纳凉晚会７月开演　由街道文` / `化站主办的…`.
_CUT_RUN_IN = re.compile(
    r"^[◆◇●■□★☆▶►]\s*(?P<head>[^，。！？；：,.!?;:\s]{4,24})\u3000+(?P<body>[^，。！？；\s]{2,8})$"
)


def _cut_run_ins(raw_lines: list[str], furniture, wrap: int | None) -> set[int]:
    """Lines of that form in a column cut at one width, the line full and the text going
    on in the next, where another brief of the file runs in so whole (`_INLINE_HEAD`)."""
    if not wrap:
        return set()
    cut, whole = set(), False
    for k, raw in enumerate(raw_lines):
        text = raw.strip()
        if k in furniture.lines or text[:1] not in "◆◇●■□★☆▶►":
            continue
        whole = whole or bool(_INLINE_HEAD.match(text))
        below = raw_lines[k + 1].strip() if k + 1 < len(raw_lines) else ""
        if _CUT_RUN_IN.match(text) and width(raw.rstrip()) >= wrap - 1 and below:
            cut.add(k)
    return cut if whole else set()


def _spaced_run_ins(raw_lines: list[str], furniture) -> set[int]:
    """Lines of the form above, where two or more of the file's lines with the same mark
    run in before their day (the viewer's single space kept): the run's other briefs."""
    dated: dict[str, int] = {}
    spaced: dict[int, str] = {}
    headed: set[str] = set()  # marks whose first such line stands under a run's head
    above: list[str] = []  # the last lines with words, furniture among them
    for k, raw in enumerate(raw_lines):
        text = raw.strip()
        if not text:
            continue
        if k not in furniture.lines and text[:1] in "◆◇●■□★☆▶►":
            match = _SPACED_RUN_IN.match(text)
            if match:
                mark = match.group("mark")
                if mark not in spaced.values() and any(
                    len(line) <= _MAX_RUN_HEAD and _RUN_HEAD.search(line) for line in above
                ):
                    # `简 讯` over `■社区卫生服务站开设夜门诊 6月起，…`: the run's briefs
                    headed.add(mark)
                spaced[k] = mark
                if _INLINE_HEAD.match(text):
                    dated[mark] = dated.get(mark, 0) + 1
        # (only a short line may be a run's head: a long one is never split into words)
        above = [*above[-2:], "".join(text.split()) if len(text) <= 2 * _MAX_RUN_HEAD else ""]
    return {
        k
        for k, mark in spaced.items()
        if dated.get(mark, 0) >= _MIN_RUN_INS
        or (mark in headed and sum(1 for m in spaced.values() if m == mark) >= _MIN_RUN_INS)
    }


def _run_in_heads(raw_lines: list[str], furniture) -> set[int]:
    """Indented lines that open with a run-in headline, if the file has two or more (or
    unindented ones whose text opens on its day, `…安全课　4月10日，…`, two or more
    following each other: an editor's list with its bullets lost)."""
    found: set[int] = set()
    dated: set[int] = set()
    for k, raw in enumerate(raw_lines):
        if "\u3000" not in raw or k in furniture.lines:
            continue
        m = _RUN_IN.match(raw.strip())
        if not m or m.group("head").endswith(DANGLING):
            continue
        # `◎10月9日　…`: a list's bullet and its date, not a brief's headline
        if _LISTED_DATE.match(m.group("head")):
            continue
        if raw.startswith(("\u3000", "  ")):
            found.add(k)
        elif _DAY_FIRST.match(body := m.group("body")) and "，" in body and "\u3000" not in body:
            dated.add(k)  # (a sentence after the day: a table's row sets cells apart)
    dated = {k for k in dated if k - 1 in dated or k + 1 in dated}
    found |= dated
    return found if len(found) >= _MIN_RUN_INS else set()


def _briefs_under_head(raw_lines: list[str], furniture) -> set[int]:
    """Under a run's head (`社区简讯`), lines each a brief's headline, a wide space and
    its text in sentences (`健康讲座走进活动室　6月5日上午，…。`), one after another
    (a blank line between or not): each its brief, though none is indented or marked."""
    found: set[int] = set()
    run: list[int] = []
    head = False
    for k, raw in enumerate(raw_lines):
        text = raw.strip()
        if not text or k in furniture.lines:
            continue
        m = _BRIEF_RUN_IN.match(text) if (head or run) and "\u3000" in text else None
        # (or a marked item's headline before a colon, its text a news lead: `▪️医保政策
        # 进小区：6月14日，…`)
        m = m or (_COLON_BRIEF.match(text) if head or run else None)
        if m and is_terminated(text) and not m.group("head").endswith(DANGLING):
            run.append(k)
            continue
        if len(run) >= _MIN_RUN_INS:
            found.update(run)
        run = []
        head = len(text) <= _MAX_RUN_HEAD and bool(_RUN_HEAD.search(text))
    if len(run) >= _MIN_RUN_INS:
        found.update(run)
    return found


# A brief's headline (a quote may open it: `“邻里百家宴”6月15日开席`), a wide space, its
# text.
_BRIEF_RUN_IN = re.compile(
    r"^(?P<head>[^，。！？；：,.!?;:\s「」（）()][^，。！？；：,.!?;:\s「」（）()]{3,23})"
    r"\u3000+(?P<body>\S.{7,})$"
)
_COLON_BRIEF = re.compile(
    r"^[▪•◆◇●■□◎○★☆►▶]\ufe0f?\s*(?P<head>[^，。！？；：,.!?;:\s「」（）()]{4,16})[：:]\s*"
    rf"(?P<body>(?:{NEWS_LEAD.pattern[1:]}).{{6,}})$"
)
# A run of briefs' head: `社区简讯`, `【一周快讯】`.
# (the word that names a run of briefs, wherever it stands in the head)
RUN_HEAD_WORD = re.compile(r"(?:简讯|快讯|短讯|要闻|速递)")
_RUN_HEAD = re.compile(rf"{RUN_HEAD_WORD.pattern}[】\]]?$")
_MAX_RUN_HEAD = 10


_DAY_FIRST = re.compile(r"^\d{1,2}月(?:\d{1,2}日|[上中下]旬|初|底)")


_ITEM_BULLETS = "◎○●◆◇■□★☆▶►•"


def _period_run_ins(raw_lines: list[str], furniture, lost_marks: bool = False) -> set[int]:
    """Lines opening a paragraph with a brief's headline as a short sentence of what a
    body did (`杏林社区开展反诈宣传进楼栋。…`), two or more following each other's
    paragraphs: a 简报's run of briefs."""
    found: list[int] = []
    previous = ""
    for k, raw in enumerate(raw_lines):
        text = raw.strip()
        if not text or k in furniture.lines:
            continue
        lost = LOST_PICTOGRAPH.match(text) if lost_marks else None
        if lost:  # (`? 健康讲座进小区。…`: its bullet lost to a code page)
            text = text[lost.end() :]
        opens = not previous or is_terminated(previous) or len(previous) <= 8
        # (a bullet before it marks an item already: `◎桂花社区“长者食堂”开餐。…`)
        bulleted = lost is not None or text[:1] in _ITEM_BULLETS
        run_in = MARKED_PERIOD_RUN_IN if lost is not None else PERIOD_RUN_IN
        head = run_in.match(text) if opens and "。" in text[:25] else None
        said = head and (_BRIEF_DEED.search(head.group("head")) or bulleted)
        if said and not _DATED_HEAD.match(text):
            found.append(k)
        previous = text
    return set(found) if len(found) >= _MIN_RUN_INS else set()


def _bold_run_ins(raw_lines: list[str], furniture) -> set[int]:
    """Lines that open with a headline in bold over their text, if two or more do (one
    could be a paragraph's stressed words)."""
    found = {
        k
        for k, raw in enumerate(raw_lines)
        if "**" in raw and k not in furniture.lines and BOLD_RUN_IN.match(raw.strip())
    }
    return found if len(found) >= _MIN_RUN_INS else set()


_SHORT_BRACKET_HEAD = 4


# A column's name in brackets and a headline after it, no sentence in it:
# `【办事指南】老年综合津贴怎么申领`, `【头条】杏浦新苑首批3台加装电梯开工`. (Six
# characters at least: `【免费测血压】每周四上` is a brief's text that a column cut.)
_BRACKETED_COLUMN = re.compile(
    r"^【(?P<column>[^【】\s，。！？；：,.!?;:]{2,8})】\s*(?P<title>[^【】\s，。！？；,.!?;][^【】]{5,29})$"
)


def _bracketed_columns(raw_lines: list[str], furniture) -> set[int]:
    """Lines of a column's bracketed name and a headline, each over its text (a first
    line with a stop or a comma), if two or more stand so: one could be a label."""
    found = set()
    for k, raw in enumerate(raw_lines[:-1]):
        if "【" not in raw or k in furniture.lines:
            continue
        column = _BRACKETED_COLUMN.match(raw.strip())
        # (a headline's two clauses may have a comma between them: `本周冷空气南下，气温…`)
        if column is None or _SENTENCE_MARKS.search(column["title"]) or "｜" in column["title"]:
            continue
        if column["title"].count("，") + column["title"].count(",") > 1:
            continue
        below = next(
            (j for j in range(k + 1, min(len(raw_lines), k + 3)) if raw_lines[j].strip()), None
        )
        if below is None or below in furniture.lines or "【" in raw_lines[below][:2]:
            continue
        if _CLAUSE_MARK.search(raw_lines[below]):
            found.add(k)
    return found if len(found) >= _MIN_RUN_INS else set()


def _bracketed_run_ins(raw_lines: list[str], furniture) -> set[int]:
    """Lines that open with a headline in brackets over their text, if two or more
    open a block so (one could be a paragraph's label)."""
    found = set()
    headed = False  # under a run's head (`简讯`), the last line of words above
    for k, raw in enumerate(raw_lines):
        if "【" not in raw or k in furniture.lines:
            if raw.strip():
                text = raw.strip()
                headed = len(text) <= _MAX_RUN_HEAD and bool(_RUN_HEAD.search(text))
            continue
        opens = k == 0 or not raw_lines[k - 1].strip() or k - 1 in furniture.lines
        match = BRACKET_RUN_IN.match(raw.strip())
        if not match or match["head"] in export_fields.ROLES:
            continue  # (`【图片说明】…`: an export's field, no brief's headline)
        # (a headline of four characters only where a figure numbers the brief, or under
        # the run's head: `简讯` / `【端午包粽】6月8日上午，…`)
        short_ok = match["number"] or headed
        if (opens or headed) and (len(match["head"]) > _SHORT_BRACKET_HEAD or short_ok):
            found.add(k)
    return found if len(found) >= _MIN_RUN_INS else set()


def _dashed_signatures(lines: list[Line]) -> None:
    """A `——` line naming a body, set apart under finished text: the text's signature,
    not a subtitle (a subtitle hangs under a headline)."""
    for k in range(1, len(lines)):
        line, above = lines[k], lines[k - 1]
        # (`prose` is not asked: it is kept once asked, and the passes after this one
        # still change what it rests on)
        if not line.gap_before or not is_terminated(above.text):
            continue
        dash = None if line.subtitle_dash else _SUBTITLE_DASH.match(line.text)
        if not ((line.subtitle_dash or dash) and line.gap_before and above.prose):
            continue
        unit = line.text[dash.end() :] if dash else line.text
        if not signing_unit(unit):
            continue
        signed = Line(line.number, "", line.gap_before)
        signed.byline, signed.byline_text = [Byline(department=unit)], unit
        signed.gap_after, signed.after_furniture = line.gap_after, line.after_furniture
        signed.before_furniture = line.before_furniture
        lines[k] = signed


def _translated_headline(line: Line, below: Line) -> bool:
    """A Chinese headline (a phrase, no stop) with its translation under it, no gap."""
    return (
        below.gap_before == 0
        and not below.subtitle_dash
        and headline_translation(below.text)
        # (a headline's comma: `防溺水，记住“六不”` over `Six Don'ts for Water Safety`)
        and (_unpunctuated(line.text) or (not is_terminated(line.text) and len(line.text) <= 20))
        and len(line.text) <= MAX_HEADLINE
        and has_chinese(line.text)
        and not FIELD.match(line.text)
        and "：" not in line.text
        and not (line.caption or line.closes or line.field or line.list_item or line.row)
    )


def _unpunctuated(text: str) -> bool:
    return bool(text) and not SENTENCE_INSIDE.search(text) and not COMMA.search(text)


_BRACKETED_PICTURE = re.compile(
    r"^[（(](?P<inside>(?:图为|上图|下图|左图|右图)[^（）()]{2,80})[)）]$"
)


def _credited_caption(text: str) -> bool:
    """One sentence and the credit of its picture after it, in brackets: a caption."""
    if not text.endswith(("）", ")")) or len(text) > _MAX_MARKED_SENTENCE:
        return False
    if FULL_STOP.search(text.rsplit("（", 1)[0].rsplit("(", 1)[0][:-1]):
        return False  # two sentences and more: a paragraph's end, signed
    return _captioned(text) and not only_photo_credit(text)


def _set_where(whole: Line, *parts: Line) -> None:
    """The pieces one line is parted into stand where it stood (a margin is measured by
    their depths)."""
    for part in parts:
        part.depth, part.indented, part.centred = whole.depth, whole.indented, whole.centred


def _figures_cut_from_their_count(lines: list[Line]) -> None:
    """`截至6月底，全村 32` / (a blank line) / `名党员共认领…`: a sentence OCR broke after
    a figure, the word counting it opening the next line; no blank line parts them."""
    for line, below in pairwise(lines):
        if (
            below.gap_before == 1
            and not below.after_furniture
            and count_cut(line.text, below.text)
            and not (line.closes or line.level or line.row or below.level or below.closes)
        ):
            below.gap_before = line.gap_after = 0


def _text_then_caption(text: str) -> tuple[str, str] | None:
    """A paragraph and, run on after its last stop, a picture's caption that only its
    credit tells (`…小果园。党员志愿者在整理微田园 村委会 供图`): (text, caption), or None.
    A caption of its own says `图为`, or is one sentence: this is only text of two
    sentences at least before the caption's."""
    if is_picture_caption(text) or not photo_credit(text):
        return None
    stops = list(FULL_STOP.finditer(text))
    last = stops[-1].end() if stops and stops[-1].end() < len(text) else None
    if last is None:
        return None
    text_part, caption = text[:last], text[last:].strip()
    if len(text_part) < _MIN_TEXT_BEFORE_CAPTION or len(stops) < 2:
        return None  # (one sentence and its credit are a caption's)
    if FULL_STOP.search(caption) or not photo_credit(caption) or only_photo_credit(caption):
        return None
    return text_part, caption


_MIN_TEXT_BEFORE_CAPTION = 40


def _captioned(text: str) -> bool:
    if only_photo_credit(text):
        return False  # the pictures' byline
    return is_picture_caption(text) or (len(text) <= 120 and bool(photo_credit(text)))


# An article's end note: `（未完待续）` under a serial's chapter, `（全文完）`.
_END_NOTE = re.compile(r"^[（(]\s*(未完待续|待续|未完|续完|全文完|本文完|完)\s*[)）]$")
END_NOTE_LABEL = "附注"


def _closing_line(number: int, text: str, gap: int) -> Line | None:
    """A byline, credit or metadata line, or None."""
    note = _END_NOTE.match(text)
    if note:
        return Line(number, "", gap, meta={END_NOTE_LABEL: note.group(1)})
    whole = byline_line(text)
    if whole:
        return Line(number, "", gap, byline=whole[1], byline_text=whole[0])
    credit = credit_line(text)
    if credit:
        return Line(number, "", gap, byline=credit[1], byline_text=credit[0], credit=True)
    signed = unit_and_author(text)
    if signed:
        unit, name = signed
        return Line(
            number, "", gap, byline=[Byline(department=unit, author=name)], byline_text=text
        )
    signed_off = signed_line(text)
    if signed_off:
        return Line(number, "", gap, byline=signed_off[1], byline_text=signed_off[0])
    unit = author_unit(text)
    if unit:
        return Line(number, "", gap, byline=[Byline(department=unit)], byline_text=text, unit=True)
    meta = meta_line(text)
    if meta:
        return Line(number, "", gap, meta=meta)
    if only_photo_credit(text):  # `林晓　摄影报道` alone: the pictures' byline
        return Line(number, "", gap, byline=photo_credit(text), byline_text=text, credit=True)
    fields = field_line(text)
    if fields:
        bylines, labels, written = fields
        return Line(
            number, "", gap, byline=bylines, byline_text=written or None, meta=labels,
            credit=bool(bylines),
        )  # fmt: skip
    return None


def _is_intertitle(text: str) -> bool:
    if len(text) > MAX_INTERTITLE or not _INTERTITLE.match(text):
        return False
    body = text.rstrip("：:")
    if body.endswith(("？", "?")) and _NUMBERED.match(body):
        body = body[:-1]  # `3.缴费时间是什么时候？`: a numbered question heads its answer
    if _LABEL_THEN_TEXT.search(body):
        return False  # `一、排查重点:沿河低洼处房屋、…`: an item's label and its text
    if body.endswith("的") and _NUMBERED.match(body):
        return False  # `一、住在低洼地段和危旧房屋的`: an item's first line, cut after `的`
    if AMOUNT_AFTER.search(body):
        return False  # `一、收入合计 1286400`: an account's line and its sum, no heading
    return not is_terminated(body) and not SENTENCE_INSIDE.search(body)


# A label's colon with the item's text after it, inside a numbered line.
_LABEL_THEN_TEXT = re.compile(r"[:：][^:：]{4,}")


_NUMBERED = re.compile(r"^\d{1,2}\s*[.．、](?!\d)|^[一二三四五六七八九十]{1,3}\s*[、.．]")


def photo_credits(line: Line) -> list[Byline]:
    """The photographers a caption line credits."""
    return photo_credit(line.text) or [] if line.caption else []


__all__ = ["Line", "photo_credits", "split_lines"]
