"""Page furniture: running headers and footers, the masthead, and the issue facts they carry.

A printed page repeats the paper's name, the page (`第2版`, `- 3 -`) and the date or
issue number (`2023年5月18日`, `2022年第3期`) at its top or bottom; the first page opens
with a masthead (the paper's name, 主办/承办/编印 lines, `内部资料 免费交流`, address,
phone, a 公众号 to scan); pages name their editors (`本版编辑：王某　美编：李某`).
Extraction puts those lines wherever the page broke, even inside a sentence. They are
known by what they are, never by a paper's wording:
- a short line without sentence punctuation that names a page, or is made only of a
  date (in any numerals, with weekday and lunar date), an issue number and at most one
  other word (the paper's name); or repeats (digits aside) with a date or number in it;
- a masthead block at the top or the end of the issue: lines that open with the words
  a masthead is made of (主办, 编印, 地址, 电话, …) with at least one that only a
  masthead has (主办, 承办, 编印, 准印, 内部资料, 公众号 …), and the short lines among them;
- a line of page editors (`本版编辑：X　美编：Y`); `责任编辑：X` only beside other furniture
  (at the end of an article it is the article's label);
- a short line repeated exactly beside such lines (the paper's name), and a section
  banner (`【社区治理】`, `■ 党建引领`) printed beside them, in the page's header.
Furniture leaves the body and is kept, as written, in the issue; the editors it names
are people of the issue.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .bilingual import english_only, named_in_english
from .chat import chat_lines
from .comment_blocks import comments_under_count
from .credits import photo_credit
from .dates import (
    ANY_NUMBER,
    BARE_PAGE,
    DATE,
    JUMP_IN,
    JUMP_OUT,
    NUMBER,
    ONLY_DATE,
    PAGE,
    dates_in,
    only_pieces,
    page_number,
)
from .frames import picture_items
from .habits import (
    WRAPPED_FIELD_LINES,
    centred,
    indent_depth,
    names_with_units,
    page_width,
    signs_as_group,
)
from .headers import mail_header, post_header, post_labels
from .navigation import (
    closing_like,
    contents_line,
    contents_lines,
    page_banners,
    repeated_lines,
    signs_text,
)
from .setext import underlines
from .text import (
    ANY_STOP,
    CONTACT_NUMBER_END,
    HAN,
    HAN_CHAR,
    POINTS_DOWN,
    POSITION_MARK,
    SIGN_OFF,
    WIDE_GAPS,
    is_terminated,
    without_space,
)
from .threads import thread_lines
from .words import has_surname, is_department, is_unit, titled_name

_MAX_FURNITURE = 50
# Indented this deep (in full-width spaces), a line is set flush right: a signature.
_FLUSH_RIGHT = 4
_MAX_MASTHEAD = 80
_SENTENCE = re.compile(r"[。！？!?；;，,“”\"]")
_DIGITS = "0-9０-９"
_CN_DIGITS = "〇○零一二三四五六七八九十"
# A bracketed line is a byline or a label, never the paper's name.
_BRACKETED = re.compile(r"[()（）]")
# An issue number beside the paper's name: `杨浦融媒周刊　第24期（总第1186期）`.
# (or the paper's name in brackets opening the line, as a text message sets it:
# `【杏浦社区手机报】2012年第36期(1/8)`)
_MASTHEAD_NUMBER = re.compile(
    r"总第|總第|(?:报|刊|通讯|简报|快讯|汇编|动态|专报|信息)[\s\u3000]*(?:第|[（(]|\d)"
    r"|^【[^【】]{1,16}(?:报|刊|通讯|简报|快讯)】[\s\u3000]*(?:\d{4}年)?第"
)
_DECOR = "■□●○◆◇▲△★☆▼▽◎※►▶◀◢◣"
# Words only a masthead opens a line with, and words it shares with other text.
_MASTHEAD_ONLY = (
    "主办", "承办", "协办", "主管", "编印", "编辑出版", "出版", "印刷", "发行", "总编辑",
    "主编", "副主编", "执行主编", "编委会", "编委", "准印证", "准印号", "内部资料",
    "免费交流", "内部交流", "赠阅", "公众号", "官方微信", "微信公众号", "扫码", "扫一扫",
    "二维码", "主辦", "承辦", "協辦", "編印", "主編", "準印證", "內部資料", "免費交流",
    "版权所有", "技术支持", "版權所有", "技術支持", "导出时间", "导出日期", "打印时间",
    "發行", "出刊",
    "点击蓝字", "点击上方蓝字", "关注我们", "點擊藍字", "關注我們",
)  # fmt: skip
_MASTHEAD_SHARED = (
    "编辑部", "本报地址", "本刊地址", "地址", "社址", "电话", "传真", "邮编", "邮政编码",
    "邮箱", "电子邮箱",
    "E-mail", "Email",
    "网址", "投稿", "热线", "印数", "开本", "定价", "印刷单位", "地點", "電話", "郵編", "郵箱",
    "網址", "微信", "微博", "联系电话", "聯繫電話",
)  # fmt: skip
# A site's or an app's menu: three short items or more between bars (`首页 | 往期回顾 | …`).
_NAVIGATION = re.compile(
    # (a row that opens on a figure is a schedule's, `10.08 周二｜重阳敬老午宴｜社区食堂`)
    r"^(?![\d０-９])[^|｜]{1,8}(?:\s*[|｜]\s*[^|｜]{1,8}){2,}$"
    # a text browser's links in brackets (`[首页] [电子报] [往期回顾]`), and a form's box
    # (`搜索：[          ] [搜索]`)
    r"|^(?:\[[^\[\]]{1,8}\]\s*){3,}$|^[^\[\]]{0,8}\[\s{4,}\](?:\s*\[[^\[\]]{1,8}\])*$"
    # a site's menu from its home page on, one line (`首页 要闻 区内动态 街镇风采 …`)
    r"|^(?:首页|网站首页|首 页)(?:[ \u3000]+[^\s，。！？：:]{2,6}){3,}$"
)
# What a converter's trial copy writes into its output (Aspose's evaluation banners).
_EVALUATION_NOTE = re.compile(
    r"^Evaluation Only\. Created with \S+|^Created with an evaluation copy of \S+|"
    r"^Evaluation Warning: The document was created with \S+"
)
# A page's header or footer with Word's page-number field left as its code
# (`临浦一村居民区编印　第 PAGE 1 页`, `- PAGE 2 -`, `PAGE 1 OF NUMPAGES 4`).
_PAGE_FIELD = re.compile(
    r"^.{0,30}第\s*PAGE\s*\d*\s*页$|^[-－—\s]*PAGE\s*\d*[-－—\s]*$|\bPAGE\s*\d*\s*OF\s*NUMPAGES\b"
)
# A browser's print footer: the page's address and its page of the printout.
_PRINT_FOOTER = re.compile(r"^https?://\S+[ \u3000]+\d{1,3}\s*/\s*\d{1,3}$")
# Every header piece holds a digit or one of these (a date, a page, an issue, a weekday).
_PIECE_HINT = re.compile(r"[\d０-９〇○零一二三四五六七八九十年月日期版页頁星周正冬腊臘闰]")
_WIDE_GAP = re.compile(r"\S(?:\s{3,}|\u3000{2,})\S")
_SITE_REGISTRATION = r"ICP备|ICP证|公网安备|网站标识码"
# A year as a masthead prints it: `2024`, `二〇二四` (OCR may read 〇 as a letter O).
_ISSUE_YEAR = r"[\d〇○零OoО一二三四五六七八九十]{2,4}"
# The day an issuing line gives: `2024年10月15日`, `二O二三年…`, or in figures, `2024.6`.
_ISSUED = rf"(?:{_ISSUE_YEAR}年\S*|\d{{4}}[.\-/]\d{{1,2}}(?:[.\-/]\d{{1,2}})?)"
_MASTHEAD_WORD = re.compile(
    rf"^[{_DECOR}\s]*(?:{'|'.join(map(re.escape, _MASTHEAD_ONLY + _MASTHEAD_SHARED))})"
    r"(?=[\s:：/／|]|$|单位|机构|[^\s:：]{1,3}[:：])|内部资料|内部交流|免费交流|免费赠阅|准印|內部資料|免費交流|公众号|二维码|"
    # a web site's registration (`沪ICP备05012345号`), which only its footer prints
    rf"{_SITE_REGISTRATION}|"
    # `青溪镇报　　主办：…`: the paper's name, then its makers' field after a wide gap
    r"(?:\u3000|\s{2,})(?:主办|承办|协办|主管|编印|主辦|承辦|協辦|編印)\s*[:：]|"
    # `青桐街道报编辑部　地址:…`: the paper's office, then where to find it
    r"^[^\s，。,]{1,12}(?:编辑部|編輯部)(?=[\s\u3000]+(?:地址|电话|邮箱|投稿|電話|郵箱))|"
    r"[\s\u3000](?:联合主办|共同主办|主办|承办|协办|编印|编|出品|聯合主辦|主辦|承辦|編印|編)"
    rf"(?:[\s\u3000]+{_ISSUED})?$|"
    # `…党政办公室编　2024年10月15日`: an office's issuing line, its date after it
    # (`…实践站编 二O二三年…`: OCR's letter O for the year's 〇)
    r"(?:室|会|處|处|中心|部|站|所|办|委|局|院|馆)(?:编印|编|主办|編印|編|主辦)"
    rf"(?:[\s\u3000]+{_ISSUED})?$|"
    # `东湖区报社主办　社区周刊编辑部编辑`: each maker by its body's name, a wide gap between
    r"(?:社|室|会|处|中心|部|局|委|办)(?:主办|承办|协办|主管|编印)(?=\u3000|\s{2,})",
    re.I,
)
# A masthead line may quote the paper's name: `扫码关注“曹杨家园”公众号`.
_MASTHEAD_SENTENCE = re.compile(r"[。！？!?；;]")
_CONTACT_LABELS = re.compile(r"(地址|邮编|电话|传真|邮箱|网址)\s*[:：]")
_MASTHEAD_STRONG = re.compile("|".join(map(re.escape, _MASTHEAD_ONLY)) + f"|{_SITE_REGISTRATION}")
# Page editors: `本版编辑：王某　美编：李某`, `责任编辑 王某`.
_EDITOR_LABEL = (
    r"本版责任编辑|本版编辑|版面编辑|本版责编|美术编辑|美编|组版|版式设计|版式|设计|校对|责任校对|值班编辑|"
    r"本期责任编辑|本期编辑|本期责编|责任编辑|责编|编辑|审核|终审|排版|本版編輯|美編|責任編輯|編輯|校對|制表人|制表|填表人"
)
# (an online document's mentions, `@陶蔓`; an emoji a GBK save left as `??` before them)
_EDITOR_LINE = re.compile(
    rf"^[{_DECOR}\s?？]*(?:(?:{_EDITOR_LABEL})\s*[:：/／]?\s*@?[{HAN}·]{{2,8}}"
    rf"(?:[\s、，,]+@?[{HAN}·]{{2,8}})*[\s\u3000]*)+$"
)
_PAGE_EDITOR = re.compile(r"本版|版面|美编|美術|美术|组版|版式|美編|本期")
_ISSUE_EDITOR = ("本期责任编辑", "本期编辑", "本期责编", "本期編輯")
# Labels a furniture line names people after, the masthead's among them.
_PEOPLE_LABEL = re.compile(
    rf"(主编|副主编|执行主编|总编辑|主編|联系人|聯繫人|副主任|主任|编委|制片人|监制|策划|主持|主播|"
    rf"摄像|摄影|翻译|审校|"
    rf"{_EDITOR_LABEL})\s*[:：｜|/／]?"
)
_BANNER = re.compile(rf"^(?:【[^【】]{{1,16}}】|[{_DECOR}]\s*\S.{{0,14}})$")


@dataclass
class Furniture:
    """The furniture lines of an issue (by line index) and what they say."""

    lines: dict[int, str] = field(default_factory=dict)
    # Line index -> the rule that made it furniture, for `doctor --explain`.
    rules: dict[int, str] = field(default_factory=dict)
    date: str | None = None
    # The year an issue's number names (`2023年第2期`) where no date is printed.
    year: int | None = None
    number: str | None = None
    pages: list[int] = field(default_factory=list)
    # People named in the furniture: (name, the label before it: 本版编辑, 美编, 主编 …).
    people: list[tuple[str, str]] = field(default_factory=list)
    # Lines a contents list names: the headlines it points at (line indices).
    listed: set[int] = field(default_factory=set)
    # Lines a document's own properties name as its title (`title: …` over it).
    titled: set[int] = field(default_factory=set)


# An English date's comma before its year (`Issue 2, 2024`, `May 10, 2024`) is no clause.
_YEAR_COMMA = re.compile(r"(?<=[A-Za-z0-9]),(?= ?(?:19|20)\d{2}(?!\d))")


# A gap set by spaces (`pdftotext -layout` sets a header's cells apart so) counts as one.
_SPACE_RUN = re.compile(r"[ \u3000]{2,}")
_MAX_GAPPED = 400


def _candidate(text: str, limit: int = _MAX_FURNITURE) -> bool:
    return (
        len(text) > 0
        and (
            len(text) <= limit
            # (a long line only if gaps make it long; never copied past a page's width)
            or (
                len(text) <= _MAX_GAPPED
                and "  " in text
                and len(_SPACE_RUN.sub(" ", text)) <= limit
            )
        )
        and not _SENTENCE.search(_YEAR_COMMA.sub(" ", text) if "," in text else text)
        and not text.startswith("#")
        and not (("版" in text or "页" in text) and _jump(text))
        # (a title or a quotation left open runs on to the next line: text, no page's)
        and text.count("《") <= text.count("》")
        and text.count("“") <= text.count("”")
    )


def _jump(text: str) -> bool:
    """`（下转第4版）`, `（上接第1版）`: a jump belongs to its article."""
    return bool(JUMP_OUT.search(text) or JUMP_IN.match(text))


_POST_DECORATION = re.compile(
    r"^[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f]+|(?:\[[\u4e00-\u9fff]{1,4}\])+$"
)


def _shape(text: str) -> str:
    """A line with its digits and spacing made alike, so page 2's header matches page 3's.
    A line longer than furniture is its own shape: its gaps and digits are never cut out
    one by one (a 50 MB line of gaps held each piece at once: 600 MB)."""
    if len(text) > _MAX_MASTHEAD:
        return text
    # (a chat's pictograph before it and its face after it, `📢…（2/7）[庆祝]`, vary
    # from post to post: no part of the header's shape)
    if "[" in text or text[:1] > "\u2600":
        text = _POST_DECORATION.sub("", text)
    # Facing pages mirror their heads (`颐年·重阳特刊　2024年10月` on one, `2024年10月　颐年·
    # 重阳特刊` on the other): the cells set apart by wide gaps, in any order, are one shape.
    cells = [cell for cell in WIDE_GAPS.split(text) if cell]
    if len(cells) > 1:
        text = "|".join(sorted(cells))
    return re.sub(rf"[{_DIGITS}{_CN_DIGITS}]+", "#", re.sub(r"\s+", "", text))


def find_furniture(raw_lines: list[str]) -> Furniture:
    """The furniture among an issue's lines (stripped, blank ones included)."""
    texts = [_unmarked(line.strip()) for line in raw_lines]
    whole = "\n".join(texts)  # (what no line holds is looked for once, in C)
    _unmark_top_heading(texts)
    if "#" in whole:
        _unmark_page_headings(texts)
    candidates = [k for k, t in enumerate(texts) if _candidate(t)]
    shapes = Counter(_shape(texts[k]) for k in candidates)
    found: dict[int, str] = {}
    rules: dict[int, str] = {}
    page: list[int] = []  # the page's width, once asked
    for k in candidates:
        rule = _furniture_rule(texts[k], shapes)
        if rule and rule.startswith("furniture.repeated") and closing_like(texts[k]):
            rule = None  # `作者：X　发布时间：…` on every article is each article's
        if rule and not _signed_date(raw_lines, texts, k, page):
            found[k], rules[k] = texts[k], rule
    if "<!--" in whole:
        # (a converter's comment, `<!-- Slide number: 3 -->`: markup, no text; the speaker's
        # notes under `### Notes:` are the deck's, no slide's)
        for k, rule in _comments_and_notes(texts).items():
            found[k], rules[k] = texts[k], rule
    if "==" in whole or "--" in whole:
        # (a heading's underline, `=====` under `# 七月菜单出炉`: the heading's, no rule)
        for k in underlines([line.strip() for line in raw_lines]):
            found[k], rules[k] = texts[k], "furniture.underline"
    pictures = Counter(text for text in texts if text in _PICTURE_WORDS)
    for k, text in enumerate(texts):
        if not text:
            continue
        if k not in found and _SECTION_NUMBER.match(text):
            found[k], rules[k] = text, "furniture.section_number"
        elif k not in found and text[:1] in "本此" and _REPOST_NOTE.match(text):
            found[k], rules[k] = text, "furniture.repost_note"
        elif k not in found and "回复" in text and _OPT_OUT.match(text):
            found[k], rules[k] = text, "furniture.opt_out"
        elif k not in found and _BOX_BORDER.match(text):
            found[k], rules[k] = text, "furniture.table_rule"
        elif k not in found and (_RULE_LINE.match(text) or _MARKDOWN_RULE.match(text)):
            found[k], rules[k] = text, "furniture.rule"
        elif k not in found and text[:4] == "http" and _PRINT_FOOTER.match(text):
            found[k], rules[k] = text, "furniture.page"
        elif k not in found and "》" in text and _POSTED_ISSUE.match(text):
            # `[社区动态]《椒浦社区报》2012年第5期全文（图）`: a post or a thread that
            # carries the issue, named by it: the issue's, no story's headline
            found[k], rules[k] = text, "furniture.masthead_number"
        elif k not in found and "删除" in text and _TAKE_DOWN.search(text):
            # `本文档由 X 上传，版权归原作者所有。如有侵权，请联系删除。`: a site's notice
            found[k], rules[k] = text, "furniture.platform_note"
        elif k not in found and _page_words_only(text):
            # `下载  收藏  分享到：`: a page's buttons in a row, over the document
            found[k], rules[k] = text, "furniture.navigation"
        elif k not in found and text[:2].isdigit() and _STAMPED_POST_BAR.match(text):
            # `2010-05-20 16:42:08|  分类： 社区报 |  标签：…  |  字号 订阅`: a blog's
            found[k], rules[k] = text, "furniture.post_header"
        elif k not in found and _info_bar(text):
            # `上传者：X  |  上传时间：2016-03-22  |  浏览：213次  |  页数：4页`
            found[k], rules[k] = text, "furniture.post_header"
        elif k not in found and text[:1] == "％":
            # `％芦渚镇报118期1版　录入　小周`: a typesetting source's comment (方正书版),
            # never printed; no sentence opens on a per cent sign
            found[k], rules[k] = text, "furniture.tool_note"
        elif k not in found and "valuation" in text and _EVALUATION_NOTE.search(text):
            found[k], rules[k] = text, "furniture.tool_note"
        elif k not in found and "PAGE" in text and _PAGE_FIELD.search(text):
            found[k], rules[k] = text, "furniture.page_field"
        elif k not in found and _COLUMN_RULE.match(text):
            # (the text goes on past it, or the next column's story begins: no parting)
            found[k], rules[k] = text, "furniture.column_rule"
        elif k not in found and (
            MARKDOWN_IMAGE.match(text)
            or _IMAGE_PLACEHOLDER.match(text)
            or _PICTURE_FILE.match(text)
            or (_ALT_TEXT.match(text) and _captioned_below(texts, k))
            or (text in _PICTURE_WORDS and _pictures_named(texts, pictures, k))
        ):
            found[k], rules[k] = text, "furniture.image"
        elif k not in found and _specks(text):
            found[k], rules[k] = text, "furniture.specks"
        elif k not in found and text[:2].isdigit() and _FAX_HEADER.match(text):
            found[k], rules[k] = text, "furniture.fax_header"
        elif k not in found and "." in text and _SLUG.search(text):
            found[k], rules[k] = text, "furniture.slug"
        elif k not in found and text[:4] in ("http", "www.") and _BARE_ADDRESS.match(text):
            # `http://…/node_2.htm` alone on its line: a page's address a copy took along
            found[k], rules[k] = text, "furniture.links"
        elif k not in found and _READING_TIME.match(text):
            found[k], rules[k] = text, "furniture.reading_time"
        elif k not in found and _PRINT_RUN_ONLY.match(text):
            found[k], rules[k] = text, "furniture.print_run"
        elif k not in found and _ISSUE_END.match(text):
            found[k], rules[k] = text, "furniture.end_mark"
        elif k not in found and contents_line(text):
            found[k], rules[k] = text, "furniture.contents_line"
        elif k not in found and (_links(texts, k) or _MARKDOWN_LINKS_ONLY.match(text)):
            # (or a page's own links in Markdown, nothing else: `*   [首页](http://…)`,
            # `上一篇  [下一篇](http://…)`)
            found[k], rules[k] = text, "furniture.links"
        elif k not in found and _RECORD_NUMBER.match(text):
            found[k], rules[k] = text, "furniture.record_number"
        elif k not in found and _PAGE_LINK.match(text):
            found[k], rules[k] = text, "furniture.navigation"
        elif k not in found and text[:1] in "来屏PS" and _CLIPPED.match(text):
            found[k], rules[k] = text, "furniture.clipped"
        elif k not in found and len(text) <= _MAX_PLATFORM_NOTE and (rule := _app_line(text)):
            found[k], rules[k] = text, rule
    for k in picture_items(texts):  # a layout program's dump: a picture's item
        if k not in found:
            found[k], rules[k] = texts[k], "furniture.item_name"
    for k in [k for k, rule in rules.items() if rule == "furniture.counter"]:
        # An icon copied as a letter (`c`, `ñ57`) beside a post's counters is theirs.
        for j in (k - 1, k + 1):
            if 0 <= j < len(texts) and j not in found and _ICON.match(texts[j]):
                found[j], rules[j] = texts[j], "furniture.counter"

    def take(indices, rule: str) -> None:
        """Each pass sees what the passes before it found."""
        for k in list(indices):
            found[k], rules[k] = texts[k], rule

    for k, rule in chat_lines(texts).items():
        found[k], rules[k] = texts[k], rule
    for k, rule in thread_lines(texts).items():
        found[k], rules[k] = texts[k], rule
    take(_front_matter(texts), "furniture.front_matter")
    take(_post_tags_and_stamps(texts), "furniture.post_stamp")
    take(_cache_banner(texts), "furniture.tool_note")
    take(_numbered_name_first(texts, found), "furniture.masthead_number")
    take(_menu_column(texts, found, rules), "furniture.navigation")
    take(post_header(texts, found), "furniture.post_header")
    take(post_labels(texts, found), "furniture.post_labels")
    take(mail_header(texts, found), "furniture.mail_header")
    take(_above_masthead(texts, found, rules), "furniture.above_masthead")
    # (under an app's header read only now, its menu's items too long to tell it by)
    take(post_header(texts, found), "furniture.post_header")
    take(_end_trailer(texts, found, rules), "furniture.after_end")
    take(_related_links(texts, found), "furniture.related_links")
    take(comments_under_count(texts, found), "furniture.comments")
    take(_catalog(texts, found), "furniture.catalog")
    take(_attachments(texts, found), "furniture.attachments")
    take(_file_cards(texts, found), "furniture.attachments")
    take(_chat_times(texts, found), "furniture.chat_header")
    take(_printed_twice(texts, found), "furniture.printed_twice")
    take(_distribution_lines(texts, found), "furniture.distribution")
    take(_under_last_rule(texts, found, rules), "furniture.foot")
    take(_foot_editor_lines(texts, found, rules), "furniture.editors")
    take(_masthead_blocks(raw_lines, texts, found, page), "furniture.masthead")
    notes: list[int] = []  # (a poster's words over the masthead it carries)
    take(_inner_mastheads(texts, found, rules, notes), "furniture.masthead")
    take(_colophons_over_pages(texts, found, rules), "furniture.colophon")
    take(notes, "furniture.post_note")
    take(_closing_thanks(texts, found), "furniture.closing_thanks")
    take(_page_tail(texts, found), "furniture.page_tail")
    take(_after_page_break(raw_lines, texts, found), "furniture.page_head")
    masthead = frozenset(k for k, rule in rules.items() if rule in _ISSUE_HEAD_RULES)
    take(repeated_lines(texts, set(found), masthead), "furniture.repeated")
    take(page_banners(texts, set(found)), "furniture.page_banner")
    take(_overlaps(texts, found), "furniture.overlap")
    take(_above_masthead(texts, found, rules), "furniture.above_masthead")  # an app's name
    take(_tool_notes(texts, found), "furniture.tool_note")
    take(_tool_preamble(texts, found), "furniture.tool_note")
    if any(mark in whole for mark in POINTS_DOWN):
        take(_pointing_lead_ins(texts, found), "furniture.lead_in")
    # (a contents entry names its page first, `第2版　九九重阳　情暖夕阳`: read as the
    # page's number already, it is an entry still)
    paged_entries = {
        k for k, rule in rules.items() if rule == "furniture.page" and _PAGED_ENTRY.match(texts[k])
    }
    # (a contents list over the masthead's first sign, `本期导读` / `01 …` over an editor's
    # badge `01`, is taken with the lines above the masthead: it names the stories still)
    over_masthead = {k for k, rule in rules.items() if rule == "furniture.above_masthead"}
    contents, listed = contents_lines(texts, set(found) - paged_entries - over_masthead)
    take(contents, "furniture.contents")
    take(_cover_over_contents(texts, found, contents), "furniture.masthead")
    for k, rule in _add_companions(texts, found, candidates, rules):
        rules[k] = rule
    take(_page_titles(texts, found), "furniture.page_title")
    take(_printed_again(texts, found, rules), "furniture.again")
    take(_name_again(texts, found, rules), "furniture.again")
    take(_names_over_numbers(texts, found, rules), "furniture.name")
    take(_heading_over_page(texts, found, rules), "furniture.name")
    take(_mail_note(texts, found, rules), "furniture.mail_header")
    take(_mail_signature(texts, found, rules), "furniture.mail_header")
    take(_heads_by_page_numbers(texts, found, rules), "furniture.page_header")
    take(_sections_under_page_numbers(texts, found, rules), "furniture.page_section")
    take(_inside_top_block(texts, found), "furniture.inside_masthead")
    take(_translations(texts, found), "furniture.translation")
    take(_ornaments(texts, found), "furniture.ornament")
    take(_names_over_romanized(texts, found, rules), "furniture.masthead")
    for k in _closing_brackets(texts, found):
        del found[k], rules[k]
    take(_button_counts(texts, found), "furniture.counter")
    take(_author_cards(texts, found), "furniture.author_card")
    take(_followed_names(texts, found, rules), "furniture.author_card")
    take(_menu_under_masthead(raw_lines, texts, found), "furniture.navigation")
    furniture = _facts(found, texts, rules)
    furniture.rules = rules
    furniture.listed = {k for k in listed if k not in found}
    furniture.titled = _document_titles(texts, rules)
    return furniture


# The line a fax machine prints at each sheet's top: its time, whence, whither, the sheet.
_FAX_HEADER = re.compile(
    r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}.*(?:FROM|TO|发件|收件).*(?:P\.?\s*\d+\s*/\s*\d+|第\s*\d+\s*页)",
    re.I,
)
# A printer's slug at a sheet's edge: the layout's file, its page, the day and time.
_SLUG = re.compile(r"^\S{1,40}\.(?:indd|qxd|qxp|p65|fm|ps)\b.{0,20}\d{1,2}:\d{2}", re.I)
_MARKDOWN_QUOTE = re.compile(r"^>[ \t]*(?=\S)")
_MARKDOWN_EMPHASIS = re.compile(r"^(\*{1,2})(?P<text>[^*]+)\1$")


def _unmarked(text: str) -> str:
    """A line without Markdown's marks around it: `> `, `*…*`, `**…**` only set it off."""
    if text[:1] == ">":
        text = _MARKDOWN_QUOTE.sub("", text)
    if text[:1] == "*" and (emphasis := _MARKDOWN_EMPHASIS.match(text)):
        text = emphasis["text"].strip()
    return text


_TOP_HEADING = re.compile(r"^#[ \t]+(?=\S)")


def _unmark_top_heading(texts: list[str]) -> None:
    """`# 丰泽居民区月报 · 2024年3月（总第41期）` opening the file: the issue's own name,
    date and number under a heading's mark, read as the masthead line it is."""
    first = next((k for k, text in enumerate(texts) if text), None)
    if first is None or len(texts[first]) > _MAX_MASTHEAD:
        return
    if not (mark := _TOP_HEADING.match(texts[first])):
        return
    rest = texts[first][mark.end() :]
    if _furniture_rule(rest, Counter()) in ("furniture.date_number", "furniture.masthead_number"):
        texts[first] = rest


_ANY_HEADING = re.compile(r"^#{1,6}[ \t]+(?=\S)")


def _unmark_page_headings(texts: list[str]) -> None:
    """`## 第2版　社区`: a page's name (its number, its section) under a heading's marks,
    where a tool that rebuilt the pages as Markdown set each page's head: the page's
    furniture, as it is without them."""
    for k, text in enumerate(texts):
        if text[:1] == "#" and (mark := _ANY_HEADING.match(text)):
            rest = text[mark.end() :]
            if (
                len(rest) <= _MAX_FURNITURE
                and page_number(rest) is not None
                and _furniture_rule(rest, Counter()) == "furniture.page"
            ):
                texts[k] = rest


# `编辑:赵敏  校对:何佳  印数:600份`: the page's makers and print run, label by label.
# (a page's makers may give the desk's phone after them: `本版编辑：麦芸　电话：5603 2117`)
_MAKER_LABEL = re.compile(rf"(?:{_EDITOR_LABEL})\s*[:：]")
_MAKER_FIELDS = re.compile(
    rf"^(?:(?:{_EDITOR_LABEL}|印数|印刷|承印)\s*[:：]\s*[^\s:：（(]{{1,12}}[\s\u3000]*)+"
    r"(?:[(（]?共印\s*\d+\s*份[)）]?)?(?:(?:联系)?电话\s*[:：]\s*[\d\s\-－]{7,20})?$"
)


def section_number(text: str) -> bool:
    """`02`, `## 01`: a section's number alone on its line."""
    return bool(_SECTION_NUMBER.match(text))


# `## 01`, `02`: a section's number on a line of its own, over its headline.
# Zero-padded or marked as a heading: a count in a table's cell is neither.
_SECTION_NUMBER = re.compile(r"^(?:#+\s*[0-9０-９]{1,2}|[0０][1-9１-９])$")
# A printed rule across the page, `━━━━` or `====`, or with an ornament (`——·——`):
# no words at all.
_RULE_BAR = r"[━─—═＝=\-~～*＊]{2,}"
_RULE_LINE = re.compile(
    rf"^(?:[━─—═＝=\-_~～*＊\s]{{4,}}|{_RULE_BAR}\s*[·•◆◇]\s*{_RULE_BAR}"
    # a rule as OCR reads it: spaced dashes as `一 一 一`, a row of ※ as `米米米`
    # (never words, so many; unspaced `一一一…` is left to be read as text may be)
    r"|(?:一[ \u3000]+){7,}一|(?:米[ \u3000]?){9,}米|(?:※[ \u3000]?){3,}※"
    # an editor's divider of ornaments set apart (`◆ ◆ ◆`, `● ● ●`)
    r"|(?:[◆◇●○★☆♦❖][ \u3000]+){2,}[◆◇●○★☆♦❖]"
    # a rule with its words in the middle (`==== 笔记 1/1 ====`, `---- 正文 ----`)
    r"|[=＝\-─━]{4,}[ \u3000]*[^\s=＝\-─━。！？，,]{1,12}(?:[ \u3000][^\s=＝\-─━。！？，,]{1,8})?"
    r"[ \u3000]*[=＝\-─━]{4,}"
    # a script's rule over each page it fetched, the page's address after it
    r"|[=＝\-─━#*]{4,}[ \u3000]*https?://\S+)$"
)
# A repost's note of where the text was first printed: `本文选自《X报》第27期…`.
_REPOST_NOTE = re.compile(r"^(?:本文|此文)(?:选自|摘自|转自|转载自|原载于?|来源于)[^。]{2,60}。?$")
# A text message's way out of the list it was sent to: `如不需要接收，请回复“退订”。`,
# `拒收请回复R`, `回复TD退订`.
_OPT_OUT = re.compile(
    r"^[^。！？]{0,12}回复\s*[“\"「]?(?:退订|TD|T|R|N|0000)[”\"」]?(?:退订)?[。！!]?$"
)
# The most lines of an issue's cover over its contents.
_COVER_LINES = 3


def _cover_over_contents(texts: list[str], found: dict[int, str], contents: list[int]) -> list[int]:
    """The issue's title and its maker's line, alone over the contents at the file's top
    (a deck's first slide, `# …年度…简报` / `…办公室2025年1月`): its cover, no story."""
    if not contents:
        return []
    first = min(contents)
    over = [k for k in range(first) if texts[k] and k not in found]
    if not over or len(over) > _COVER_LINES:
        return []
    if any(ANY_STOP.search(texts[k]) or len(texts[k]) > _MAX_MASTHEAD for k in over):
        return []
    return over


# A menu's items as a mail or a page sets them in a row, a tab between each: short words.
_TAB_MENU_ITEM = re.compile(rf"^[{HAN}A-Za-z]{{2,6}}$")
_MIN_TAB_MENU_ITEMS = 4


def _menu_under_masthead(
    raw_lines: list[str], texts: list[str], found: dict[int, str]
) -> list[int]:
    """A row of the issue's section names right under its masthead, a tab between each
    (`本月关注	食堂菜单	活动日历	…`, a mail's menu): the page's, before any text."""
    for k, text in enumerate(texts):
        if not text or k in found:
            continue
        cells = [cell.strip() for cell in raw_lines[k].split("\t") if cell.strip()]
        menu = len(cells) >= _MIN_TAB_MENU_ITEMS and all(_TAB_MENU_ITEM.match(c) for c in cells)
        return [k] if menu and any(j in found for j in range(k)) else []
    return []


_COMMENT = re.compile(r"^<!--.*-->$")
# A slide's speaker notes as a converter heads them (MarkItDown: `### Notes:`).
_NOTES_HEAD = re.compile(r"^(?:#{1,6}\s*)?(?:Notes|Speaker notes|备注|演讲者备注)\s*[:：]?$", re.I)


def _comments_and_notes(texts: list[str]) -> dict[int, str]:
    """Comment lines, and each run of speaker notes from its head to the next comment
    or heading."""
    found: dict[int, str] = {}
    notes = False
    for k, text in enumerate(texts):
        if _COMMENT.match(text):
            found[k], notes = "furniture.comment", False
        elif _NOTES_HEAD.match(text):
            found[k], notes = "furniture.speaker_notes", True
        elif notes and text and not text.startswith("#"):
            found[k] = "furniture.speaker_notes"
        elif text.startswith("#"):
            notes = False
    return found


# A box-drawn table's border (`┌──┬──┐`, `├──┼──┤`, `╚══╝`): the table's, parting
# nothing (the text under the table goes on).
# (a corner or a joint in it: a plain rule, `━━━━`, parts stories)
_BOX_BORDER = re.compile(r"^(?=.*[\u250c-\u254b\u2552-\u256c])[\u2500-\u257f \u3000]{4,}$")
# A rule down the page between two columns, read as a line of its own (`丨`, `|`).
_COLUMN_RULE = re.compile(r"^[丨|｜│┃]{1,3}$")
# A rule OCR read as a row of `一`.
_OCR_RULE = re.compile(r"^一{8,}$")
# Markdown's rule (`---`, `***`) and a picture (`![说明](https://…)`): the picture's
# caption is the line under it, a picture is no text of the article.
# A text browser's dump (`lynx -dump`) numbers each link: a line of links alone
# (`[13]上一版  [14]下一版`), and the list of where they lead under `References`.
_LINK_ITEMS = re.compile(r"^(?:\[\d{1,4}\][^\[\]\s]{1,24}[\s\u3000]*)+$")
# (newsboat's list under `Links:`: `[2]: https://… (image)`)
_LINK_LIST_ITEM = re.compile(
    r"^(?:\d{1,4}\.|\[\d{1,4}\]:)\s+(?:https?://|javascript:|mailto:|file:|ftp://)\S*"
    r"(?:\s+\((?:link|image|embedded flash|video|audio)\))?$"
)
_LINK_LIST_HEADS = frozenset(
    {"References", "Visible links", "Hidden links", "Links:", "链接", "参考链接"}
)


# A dump's link marker inside the text (`印发[7]《…》`): it only points, as a note's does.
LINK_MARK = re.compile(r"\[\d{1,4}\](?=\S)")
# Fewest entries of a References list for its markers to be read as link marks.
_MIN_LINK_LIST = 2


def link_dump(raw_lines: list[str]) -> bool:
    """Whether the text is a text browser's dump: a list of numbered addresses under its
    head (`References`), whose numbers the text's `[n]` markers point at."""
    heads = [k for k, raw in enumerate(raw_lines) if raw.strip() in _LINK_LIST_HEADS]
    for k in heads:
        listed = [raw for raw in raw_lines[k + 1 : k + 1 + 2 * _MIN_LINK_LIST] if raw.strip()]
        if sum(1 for raw in listed if _LINK_LIST_ITEM.match(raw.strip())) >= _MIN_LINK_LIST:
            return True
    return False


def _links(texts: list[str], k: int) -> bool:
    """A line of numbered links, an entry of their list, or the list's head over it."""
    text = texts[k]
    if text[:1] != "[" and not text[:1].isdigit() and text not in _LINK_LIST_HEADS:
        return False  # the cheap test first: most lines are text
    if _LINK_ITEMS.match(text) or _LINK_LIST_ITEM.match(text):
        return True
    below = next((t for t in texts[k + 1 : k + 3] if t), "")
    return text in _LINK_LIST_HEADS and bool(_LINK_LIST_ITEM.match(below))


def _action_bar(text: str) -> bool:
    """`阅读(86)┊ 评论 (2)┊ 收藏(0) ┊转载(1) ┊ 喜欢▼ ┊打印┊举报`: a page's buttons, set apart
    by bars, their counts in brackets beside two of them at least."""
    pieces = [p.strip() for p in _ACTION_BAR_MARK.split(text) if p.strip()]
    counted = sum(1 for p in pieces if _COUNTED_BUTTON.match(p))
    return len(pieces) >= _MIN_BUTTONS and counted >= 2 and all(len(p) <= 10 for p in pieces)


_ACTION_BAR_MARK = re.compile(r"[┊¦|｜]")
_COUNTED_BUTTON = re.compile(r"^[^\s\d()（）]{1,4}\s*[(（]\s*\d[\d,]*\s*[)）]$")
_MIN_BUTTONS = 4


def _app_line(text: str) -> str | None:
    """Why a short line is a web page's, an app's or a script's own, or None."""
    # (each test after a cheaper one that its line must pass: most lines are text)
    short = len(text) <= _MAX_CONTROL
    if short and (_PAGE_CONTROL.match(text) or _PAGER.match(text) or _text_controls(text)):
        return "furniture.navigation"
    if _BREADCRUMB.match(text) or _site_bar(text):
        return "furniture.navigation"
    bar = len(text) <= _MAX_BAR and len(_POST_BAR_LABEL.findall(text)) >= _MIN_POST_BAR_LABELS
    if bar and not _BAR_CREDIT.search(text):
        # `发布时间：…　来源：…　浏览次数：…　【字体：大 中 小】` (one that credits its
        # writers, `作者：本报记者 X`, is the article's)
        return "furniture.navigation"
    if len(text) <= 2 * _MAX_CONTROL and _page_controls(text):
        return "furniture.navigation"  # `【打印本页】　【关闭窗口】`
    if "代表" in text and _PLATFORM_NOTE.search(text):
        return "furniture.platform_note"
    if text[:4] in ("阅读全文", "阅读原文", "查看全文", "查看原文", "点击阅读", "点击查看") and (
        _READ_MORE.match(text)
    ):
        return "furniture.navigation"
    if "邮件" in text and _MAIL_FOOT.search(text):
        return "furniture.mail_foot"
    if text.startswith("【") and _TYPESETTERS_NOTE.match(text):
        return "furniture.typesetters_note"
    if text[:1] in "【[〔稿":
        if _PRODUCTION_CUE.match(text):
            return "furniture.cue"
        if _ITEM_MARKER.match(text):
            return "furniture.item_number"
    if "来自" in text and _POST_STAMP.match(text):
        return "furniture.post_stamp"
    if text[:1] in "#＃" and _TOPICS_ONLY.match(text):
        return "furniture.topics"  # `#柳营街道# #邻里故事#`: the topics a post is filed under
    if "原创" in text and _ORIGINAL_STAMP.match(text):
        return "furniture.platform_note"  # `本文为我原创`: a posting site's stamp
    if short and _COUNTER.match(text):
        return "furniture.counter"
    if _ACTION_BAR_MARK.search(text) and _action_bar(text):
        return "furniture.counter"
    if short and _FOLLOW.match(text):
        return "furniture.follow"  # `关注他`, `已认证账号`: a posting site's author card
    if (
        len(text) <= _MAX_FILE_FACTS
        and _FILE_SIZE.search(text)
        and _FILE_FACTS.search(text)
        and not _SENTENCE_MARKS.search(text)
    ):
        return "furniture.file_facts"
    return None


# A document site's facts about the file it shows (`2023-06-02上传 · 4页 · 1.37MB`): its
# size, with its pages or when it was put up; never a sentence.
_MAX_FILE_FACTS = 40
_FILE_SIZE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:[KMG]B|[KMG]|千字节|兆)(?![A-Za-z])", re.I)
_FILE_FACTS = re.compile(r"\d+\s*页|上传|下载|浏览|阅读|PDF|DOCX?|文档", re.I)
_SENTENCE_MARKS = re.compile(r"[。，；！？,;!?]")


# The longest page control or counter line.
_MAX_CONTROL = 20


# A draft's note to whoever sets the pages (`【排版备注】每版左上角印…`), not the issue's text.
_TYPESETTERS_NOTE = re.compile(r"^【[^【】]{0,4}(?:备注|批注|修改意见)】")
# A line of a post's topics alone, each between two hashes: `#柳营街道#`, `#上海社区# #邻里#`.
_TOPICS_ONLY = re.compile(r"^(?:[#＃][^#＃\s]{1,30}[#＃]\s*)+$")
# A posting site's stamp that the post is its writer's own.
_ORIGINAL_STAMP = re.compile(r"^(?:本文为我原创|本文为原创|原创声明|本文系原创|原创作品)$")
# A platform's note under what its users post (`本文由…上传发布，观点仅代表作者本人`).
_PLATFORM_NOTE = re.compile(
    r"(?:观点|内容)仅代表作者(?:本人|个人)|不代表本(?:平台|网|站)(?:观点|立场)"
    # `本文来自学习强国强国号，不代表学习强国立场`
    r"|^本文来自\S{2,16}，不代表\S{2,12}(?:观点|立场)"
    # `…仅代表该作者或机构观点，不代表澎湃新闻的观点或立场`
    r"|仅代表该?作者(?:或机构)?(?:的)?观点"
    # `特别声明：本文由“上海号”入驻单位发布，…不代表上观新闻立场。`
    r"|本文由\S{2,30}发布.{0,60}不代表\S{2,12}(?:观点|立场)"
)
# The card a posting site sets under a post: its head, then the account and its kind.
_AUTHOR_CARD = frozenset(("本文作者", "关于作者", "作者简介"))
_MAX_CARD_LINES, _MAX_CARD_LINE = 2, 12
_MAX_PLATFORM_NOTE = 160  # (a platform's note with its sign-up address: `…申请澎湃号请…`)
# A link to the rest of a story a newsletter cut (`阅读全文<https://…>`).
_READ_MORE = re.compile(r"^(?:点击)?(?:阅读|查看)(?:全文|原文)\s*(?:[<＜(（]\S*[>＞)）])?$")
# A newsletter mail's own words: why it came, how to stop it, how to see it whole.
_MAIL_FOOT = re.compile(
    r"^您?收到(?:此|这封|本)邮件(?:是因为|，是因为)|(?:退订|取消订阅)[^。]{0,20}$"
    r"|邮件(?:显示|无法)(?:不正常|正常显示)"
)
# A broadcast script's direction to the studio (`【片头音乐，压混】`, `【同期声】`), and a
# script's or a batch's number over each item (`〔稿件一〕`, `【第3条】`).
_PRODUCTION_CUE = re.compile(
    r"^[【\[〔]\s*[^【】\[\]〔〕]{0,12}(?:音乐|垫乐|片头|片尾|同期声?|压混|混播|渐弱|渐起|转场|配乐|音效"
    r"|画外音|字幕)[^【】\[\]〔〕]{0,12}\s*[】\]〕]$"
)
_ITEM_MARKER = re.compile(
    r"^[【\[〔]\s*(?:稿件|稿|第)\s*[一二三四五六七八九十\d]{1,3}\s*(?:条|则|篇|号)?\s*[】\]〕]$"
    r"|^稿件\s*[一二三四五六七八九十\d]{1,3}$"  # `稿件01` over a script's item, unbracketed
)
# A social post's stamp: when, and from what it was sent (`5月18日 09:32 来自 微博 weibo.com`).
_POST_STAMP = re.compile(
    rf"^(?:(?:[12][{_DIGITS}]{{3}}\s*[-年/.]\s*)?[{_DIGITS}]{{1,2}}\s*[-月/.]\s*[{_DIGITS}]{{1,2}}\s*日?"
    r"|今天|昨天|前天|刚刚|\d{1,2}\s*(?:分钟|小时)前)"
    rf"\s*(?:[{_DIGITS}]{{1,2}}[:：][{_DIGITS}]{{2}})?\s*来自\s*\S.{{0,24}}$"
)
# A post's counters, each on a line (`阅读 1.8万`, `转发 26`, `1.2万次观看`, `ñ57`).
_COUNT = r"\d[\d.,]*\s*[万千wWkK]?\+?"
_COUNTER = re.compile(
    rf"^(?:(?:阅读|转发|评论|点赞|赞|收藏|分享|在看|观看|浏览|播放|字数)(?:量|数|次数)?\s*[:：]?\s*{_COUNT}"
    # (`阅读 (1286)`: the count in brackets)
    rf"|(?:阅读|浏览|评论|点赞)\s*[(（]{_COUNT}[)）]"
    rf"|{_COUNT}\s*次(?:观看|播放|阅读|浏览)"
    rf"|[\u00c0-\u024f]\s*{_COUNT}"
    # (`9 人赞同了该文章`: a Q&A site's count of those who agreed)
    rf"|{_COUNT}\s*人(?:赞同|喜欢|收藏)了该(?:文章|回答|想法))$"
)
# A posting site's buttons and badge on its author's card: `关注他`, `已认证账号`.
# (`关注` alone is a post header's, read with the account and the date: post_header)
_FOLLOW = re.compile(r"^(?:[+＋]\s*)?已?关注(?:他|她|TA)$|^已认证(?:的)?(?:账号|机构号|官方账号)$")

# A glyph of an icon font, copied as a letter or two.
_ICON = re.compile(r"^[A-Za-z\u00c0-\u024f]{1,2}\s*(?:\d[\d.]*)?$")


def _author_cards(texts: list[str], found: dict[int, str]) -> list[int]:
    """`本文作者` / `芦泾街道` / `上海号入驻单位`: the card a posting site sets under a post,
    where the site's own lines follow it (its note, its links)."""
    out = []
    for k, text in enumerate(texts):
        if text not in _AUTHOR_CARD:
            continue
        card = [k]
        j = k + 1
        while j < len(texts) and len(card) <= _MAX_CARD_LINES and j not in found:
            if not texts[j] or len(texts[j]) > _MAX_CARD_LINE or ANY_STOP.search(texts[j]):
                break
            card.append(j)
            j += 1
        below = next((i for i in range(j, len(texts)) if texts[i]), None)
        if below is not None and below in found:
            out.extend(card)
    return out


def _followed_names(texts: list[str], found: dict[int, str], rules: dict[int, str]) -> list[int]:
    """The author's name (as a site prints it, once or twice) right over the card's
    badge and follow button (`澄湾街道` / `澄湾街道` / `已认证账号` / `关注他`)."""
    out = []
    for k in [k for k, rule in rules.items() if rule == "furniture.follow"]:
        j = k - 1
        while j >= 0 and j in found and rules.get(j) == "furniture.follow":
            j -= 1  # (the badge over the button)
        if j == k - 1:
            continue  # (a button alone: the lines over it may be the post's own title)
        names = 0
        while j >= 0 and texts[j] and j not in found and names < _MAX_CARD_LINES:
            if len(texts[j]) > _MAX_CARD_LINE or ANY_STOP.search(texts[j]):
                break
            out.append(j)
            names += 1
            j -= 1
    return out


def _button_counts(texts: list[str], found: dict[int, str]) -> list[int]:
    """`分享` / `86` / `23`: the counts a page copies under a post's buttons, no page's
    numbers."""
    out = []
    for k in found:
        if texts[k] in _POST_ACTIONS:
            j = k + 1
            while j < len(texts) and j - k <= _MAX_COUNTS and _BARE_COUNT.match(texts[j]):
                out.append(j)
                j += 1
    return out


# A post's buttons, each a word, its count under it as the page copies them.
_POST_ACTIONS = frozenset(("点赞", "赞", "分享", "转发", "收藏", "投币", "举报", "在看", "喜欢"))
_BARE_COUNT = re.compile(r"^\d{1,7}$")
_MAX_COUNTS = 3

# An export's record number (`[2/6]`): which of its records follows.
# (or a database's count of the records it exports: `第2条记录`, `第2条结果`)
_RECORD_NUMBER = re.compile(
    r"^(?:[\[【(（]\s*\d{1,4}\s*/\s*\d{1,4}\s*[\]】)）]|第\s*\d{1,5}\s*条(?:记录|结果))$"
)
# A web page's links to the pages before and after it (`上一篇：…`, `下一篇：无`).
# (or a web mail's, `上一封：…`, and its reply box)
_PAGE_LINK = re.compile(
    r"^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上一封|下一封)\s*[:：]|^快速回复\s*[:：]?$"
)


# A web page's own controls, copied with its text (`返回顶部`, `正在加载中，请稍候...`).
def _text_controls(text: str) -> bool:
    """`【字体：大 中 小】 【打印】` (or its pieces, a wrap between them): a page's buttons
    for its type's size and for printing, nothing else on the line."""
    return ("字体" in text or "打印" in text or "字号" in text) and not _CONTROL_WORDS.sub(
        "", text
    ).strip()


_CONTROL_WORDS = re.compile(r"字体|字号|打印本页|打印|关闭窗口|关闭|[大中小【】\[\]：:\s]")
# An e-paper's pager, its buttons alone on the line: `上一版 下一版 返回目录`, `<<上一篇`.
_PAGER = re.compile(
    r"^(?:[<《«\[【]*\s*(?:上一版|下一版|上一篇|下一篇|上一期|下一期|返回目录|返回首页)"
    r"\s*[>》»\]】]*[\s\u3000|｜]*)+$"
)
_PAGE_CONTROL = re.compile(
    # (`返回搜狐，查看更多`: back to the site, and more of it)
    r"^[\[【]?(?:返回顶部|回到顶部|返回首页|返回列表|返回目录|加载更多|(?:返回[\u4e00-\u9fff]{2,4}[，,]\s*)?查看更多|点击加载更多|展开全文"
    r"|收起全文|打印本[页稿文]|打印此[页文]|关闭窗口|(?:正在)?加载中[，,]?\s*(?:请稍[候后])?)[.。…]*[\]】]?$"
    # an app's share page: its player (`听新闻`, `00:00/01:48`) and its call to open it
    r"|^(?:听新闻|语音播报|点击播放|\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)$"
    # a page's share bar's head, over the platforms it shares to (`分享到：` / `微信`)
    r"|^(?:分享到|分享至|分享给)\s*[:：]?$"
    # a web mail's reply box under the message (`快速回复`, `点击此处快速回复`)
    r"|^(?:点击此处)?快速回复$"
    r"|^(?:打开|下载)\s*(?:APP|App|app|客户端)[，,]?\s*\S{0,12}$"
    # a news app's button under a post (`举报/反馈`)
    r"|^举报(?:\s*[/／]\s*反馈)?$"
    # a news site's header read out: its logo's name, sign-in, the app, the text size
    r"|^(?:登录|注册|登录\s*[/／|｜]\s*注册|下载客户端|打开客户端|字号|[^\s]{1,8}(?:Logo|LOGO|logo))$"
)


# The head of a web page's list of other pages: `相关链接：`, `推荐阅读`.
_RELATED_HEAD = re.compile(
    r"^(?:相关链接|相关阅读|相关新闻|相关文章|相关推荐|相关电子书|相关期刊|相关文档|推荐阅读|延伸阅读|往期回顾"
    r"|往期推荐)"
    r"[:：]?$"
)
_MAX_RELATED = 12
# A site's offer to its reader: `…提供在线阅读，如需制作…请点击免费注册`.
_SITE_PROMO = re.compile(r"请点击|免费注册|点击下载|在线阅读|扫码下载")
_MAX_PROMO = 80
# A sentence's stop: what no headline listed under `相关推荐` holds (quotes and commas
# a headline may).
_STOPPED = re.compile(r"[。！？!?；;]")


def _related_links(texts: list[str], found: dict[int, str]) -> list[int]:
    """A web page's list of other pages under its head (`相关链接：`), short lines up to
    a blank line or the text's end: the page's, not the article's (each page's, where a
    file holds several)."""
    taken: list[int] = []
    for k, text in enumerate(texts):
        if len(text) > 8 or not _RELATED_HEAD.match(text):
            continue
        items = []
        for j in range(k + 1, len(texts)):
            if not texts[j]:
                if items or j > k + 2:
                    break  # (the list ends at a blank line, or the text's end)
                continue  # (a blank line under the head itself, before the list)
            if j in found:
                continue  # (a date under each entry, the app's call to open it)
            if items and _SITE_PROMO.search(texts[j]) and len(texts[j]) <= _MAX_PROMO:
                items.append(j)  # (the site's own offer under its list, no text)
                continue
            if items and _COPYRIGHT.search(texts[j]):
                items.append(j)  # (the site's copyright line under it: the page's end)
                continue
            if (
                len(texts[j]) > _MAX_FURNITURE
                or _STOPPED.search(texts[j])
                or len(items) >= _MAX_RELATED
            ):
                items = []  # (a sentence under it: the text goes on, no list of pages)
                break
            items.append(j)
        if items:
            taken += [k, *items]
    return taken


# A portal page's bar over its text: when it was posted, by whom, how often read, the
# text's size.
# (or a forum post's: `楼主：X  时间：2012-05-21 09:42:00  点击：1265  回复：18`)
_POST_BAR_LABEL = re.compile(
    r"(?:发布时间|发布日期|浏览次数|阅读次数|点击数|点击次数|访问量|字体|字号|点击|回复|楼主)\s*[:：]"
)
_MIN_POST_BAR_LABELS = 2
_BAR_CREDIT = re.compile(r"作者|记者|通讯员|撰稿|编辑|摄影|供稿")
# Where a portal's page stands in the site: `当前位置：首页 > 政府信息公开 > …`.
# (or a forum's chain of boards, `天涯论坛 > 城市 > 云渡 > 浏览帖子`; its welcome to a
# visitor over its sign-in, `欢迎您，游客 登录 | 注册`)
_BREADCRUMB = re.compile(
    r"^(?:当前位置|您的位置|您现在的位置|所在位置)\s*[:：]|^首页\s*[>›»]"
    r"|^[^\s>›»。，]{1,10}(?:\s*[>›»]\s*[^\s>›»。，]{1,10}){2,}$"
    r"|^欢迎(?:您|你)?[，,]?\s*\S{0,10}?\s*(?:请)?登录\s*[|｜]\s*注册$"
)
# A site's own bar of links (`首页　政务公开　…`, `无障碍　长者模式　English`): short cells
# set apart, one of them a word only a site's bar holds.
_SITE_WORDS = frozenset(
    {"首页", "网站首页", "无障碍", "长者模式", "关怀版", "适老模式", "English", "繁體", "网站地图",
     "设为首页", "加入收藏", "登录", "注册", "智能问答"}
)  # fmt: skip
_BAR_CELLS = re.compile(r"\t+|\s{2,}|\u3000{2,}|\s*[|｜]\s*")
_MAX_BAR_CELL = 8
_MAX_BAR = 120


def _site_bar(text: str) -> bool:
    if len(text) > _MAX_BAR:
        return False  # the cheap test first: a bar of links is short
    if "\t" not in text and "  " not in text and "\u3000\u3000" not in text and "|" not in text:
        return False  # (and most lines are text)
    cells = [cell.strip() for cell in _BAR_CELLS.split(text) if cell.strip()]
    return (
        len(cells) >= 2
        and all(len(cell) <= _MAX_BAR_CELL for cell in cells)
        and any(cell in _SITE_WORDS for cell in cells)
    )


# A portal's catalog of a published document (政府信息公开): its index number, its kind,
# who published it and when, its number, whether it is in force.
_CATALOG_LABEL = re.compile(
    r"^(?:索引号|主题分类|发布机构|发文机关|发文日期|成文日期|文号|有效性|名称|公开方式|公开范围"
    r"|公开时限|信息分类|体裁分类|组配分类|服务对象|生成日期)[:：]"
)
_MIN_CATALOG = 2


def _catalog(texts: list[str], found: dict[int, str]) -> list[int]:
    """The lines of a document's catalog on a portal's page, where two or more stand."""
    lines = [
        k
        for k, text in enumerate(texts)
        if k not in found and ("：" in text or ":" in text)
        if _CATALOG_LABEL.match(re.sub(r"[\s\u3000]+", "", text[:16])[:8])
    ]
    return lines if len(lines) >= _MIN_CATALOG else []


# A block of lines written out again right under itself (a text box a converter
# walks twice, in its drawing and in its fallback): fewest lines and characters, most
# lines of such a box.
_MIN_TWICE_LINES = 2
_MIN_TWICE_CHARS = 12
_MAX_TWICE_LINES = 40
_MAX_TWICE_HEADING = 20


def _printed_twice(texts: list[str], found: dict[int, str]) -> list[int]:
    """The second copy of each run of lines printed twice in a row, blank lines aside,
    that opens on a heading (a box's: `小贴士`); never sentences said again."""
    order = [k for k, text in enumerate(texts) if text and k not in found]
    taken: list[int] = []
    n = 0
    while n < len(order):
        heading = texts[order[n]]
        if len(heading) > _MAX_TWICE_HEADING or _SENTENCE_MARKS.search(heading):
            n += 1
            continue
        size = next(
            (
                m
                for m in range(_MIN_TWICE_LINES, min(_MAX_TWICE_LINES, (len(order) - n) // 2) + 1)
                if texts[order[n + m]] == texts[order[n]]
                and all(texts[order[n + j]] == texts[order[n + m + j]] for j in range(m))
            ),
            0,
        )
        if size and sum(len(texts[order[n + j]]) for j in range(size)) >= _MIN_TWICE_CHARS:
            taken += order[n + size : n + 2 * size]
            n += 2 * size
        else:
            n += 1
    return taken


# A portal page's attachments: `附件：` over the files it links (`…清单.pdf`).
# (a messaging app's card counts them: `附件（1）`)
_ATTACHMENTS_HEAD = re.compile(r"^(?:相关)?附件\s*(?:[（(]\d{1,2}\s*个?[)）])?\s*[:：]?$")
# Under a file, what a card shows of it: its size (`1.36 MB`), its buttons.
_FILE_SIZE_ONLY = re.compile(r"^\d[\d.,]*\s*(?:[KMG]B|[KMG]|B)$", re.I)
_FILE_BUTTONS = frozenset(("下载", "预览", "查看", "打开", "保存", "转发", "确认收到", "已确认"))
_ATTACHED_FILE = re.compile(
    # (its size after it in brackets, as a web mail lists it: `…第11期.doc (86.5K)`)
    r"^(?:[*•·\-]\s*)?(?:\d{1,2}[.、．]\s*)?\S.{0,60}\.(?:pdf|docx?|xlsx?|wps|et|zip|rar|jpe?g|png)"
    r"(?:\s*[(（]\s*\d[\d.,]*\s*[KMG]B?\s*[)）])?$",
    re.I,
)
_MAX_ATTACHED = 8


def _attachments(texts: list[str], found: dict[int, str]) -> list[int]:
    """`附件：` and the files listed under it (`* 望川街道民生实事项目清单.pdf`)."""
    taken: list[int] = []
    for k, text in enumerate(texts):
        if k in found or text[:2] not in ("附件", "相关") or not _ATTACHMENTS_HEAD.match(text):
            continue
        files = []
        for j in range(k + 1, min(len(texts), k + 3 * _MAX_ATTACHED)):
            if not texts[j]:
                continue
            shown = files and (_FILE_SIZE_ONLY.match(texts[j]) or texts[j] in _FILE_BUTTONS)
            if not (_ATTACHED_FILE.match(texts[j]) or shown) or len(files) >= 3 * _MAX_ATTACHED:
                break
            files.append(j)
        if files:
            taken += [k, *files]
    return taken


def _file_cards(texts: list[str], found: dict[int, str]) -> list[int]:
    """A messaging app's file card read out: the file's name over its size
    (`桑浦村农村建房需求登记表.docx` / `31.5K`)."""
    return [
        j
        for k in range(len(texts) - 1)
        if k not in found and _ATTACHED_FILE.match(texts[k]) and _FILE_SIZE_ONLY.match(texts[k + 1])
        for j in (k, k + 1)
    ]


def _chat_times(texts: list[str], found: dict[int, str]) -> list[int]:
    """A chat page's time separators, each alone on its line (`昨天 21:58`, `08:47`),
    two or more of them: the chat's, not the text's."""
    times = [
        k
        for k, text in enumerate(texts)
        if k not in found
        and _CHAT_TIME.match(text)
        # (under a field the column cut, `时间：6月8日上午` / `09:00`: the field's)
        and not (k > 0 and texts[k - 1].endswith(_TIME_CUT))
    ]
    return times if len(times) >= _MIN_CHAT_TIMES else []


# A chat's time separator: a day word or a date, then the time.
# (alone, the time is set with two figures for its hour, `08:47`: a wrapped field's time,
# `…下午` / `2:30`, is not)
_CHAT_TIME = re.compile(
    r"^(?:(?:昨天|今天|前天|星期[一二三四五六日天]|周[一二三四五六日]"
    r"|\d{1,2}月\d{1,2}日|\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?)\s*\d{1,2}|\d{2}):\d{2}(?::\d{2})?$"
)
_MIN_CHAT_TIMES = 2
_TIME_CUT = ("上午", "下午", "晚上", "中午", "凌晨", "早上", "：", ":", "至", "—", "-")


# A text browser's number before a link (`[11]`).
_LINK_NUMBER = re.compile(r"\[\d{1,4}\]")


def _page_controls(text: str) -> bool:
    """A page's controls side by side, each one whole (`【打印本页】　【关闭窗口】`), the
    text size's and the page's editor among them (`本版编辑：X　【字号：大　中　小】`)."""
    sized = _FONT_SIZE.sub(" ", text)
    sizing = sized != text  # (the text size's control, one of the page's controls)
    sized = _LINK_NUMBER.sub("", sized)  # (a text browser's `【[11]打印本稿】`)
    pieces = sized.split()
    controls = sum(1 for piece in pieces if _PAGE_CONTROL.match(piece)) + sizing
    others = (piece for piece in pieces if not _PAGE_CONTROL.match(piece))
    return (
        len(pieces) + sizing >= 2
        and controls > 0
        and all(_PAGE_EDITOR_FIELD.match(piece) for piece in others)
    )


# A page's text size control (`【字号：大　中　小】`) and its editor (`本版编辑：殷若水`).
_FONT_SIZE = re.compile(r"[【\[]?字号\s*[:：]\s*大\s*中\s*小\s*[】\]]?")
_PAGE_EDITOR_FIELD = re.compile(
    r"^(?:本版编辑|责任编辑|编辑|美编)\s*[:：]\s*[\u4e00-\u9fff·]{2,8}$"
)


_MARKDOWN_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")
# (or the picture a link: `[![望澜](../images/logo.png)](../index.htm)`, a page's logo)
# A web address alone on its line.
_BARE_ADDRESS = re.compile(r"^(?:https?://|www\.)[^\s\u3000]+$")
MARKDOWN_IMAGE = re.compile(r"^!\[[^\]]*\]\([^()\s]*\)$|^\[!\[[^\]]*\]\([^()\s]*\)\]\([^()\s]*\)$")
# A line of Markdown links and nothing else: `[上一篇](content_12.htm) [下一篇](…)`.
_LINKS_ONLY = re.compile(r"^(?:\[[^\[\]]{1,12}\]\([^()\s]*\)\s*)+$")
# What a note-taking app adds under what was pasted into it (OneNote: `来自 <url>`,
# `屏幕剪辑的捕获时间: 2023/9/12 14:09`; in English `Pasted from <url>`).
_CLIPPED = re.compile(
    r"^(?:(?:来自|Pasted from)\s*<\S+>"
    r"|(?:屏幕剪辑的捕获时间|Screen clipping taken)\s*[:：]\s*[\d/.\-年月日: ]{6,24})$"
)
# Where a page or an export had a picture: `[图片]`, `【图片】`, `[图1]`, `<image>`.
_IMAGE_PLACEHOLDER = re.compile(
    r"^[\[【〔<＜(（]\s*(?:图片|图像|照片|配图|图|image|img|inline|photo|picture)\s*\d{0,2}\s*[\]】〕>＞)）]$"
    # (the object a copy could not carry, a picture: U+FFFC alone on its line)
    r"|^\ufffc+$"
    # a picture's text made up by Word (`[图片包含 人, 室内 描述已自动生成]`)
    r"|^\[(?:图片|图像|A picture|An? image)[^\[\]]{0,80}(?:描述已自动生成|自动生成的说明"
    r"|[Dd]escription automatically generated)\]$"
    # a feed reader's (newsboat: `[image 1 (link #2)]`)
    r"|^\[(?:image|img|图片)\s*\d{1,3}\s*\(link\s*#\d{1,4}\)\]$",
    re.I,
)
# A photo's file name over what was read off it (a batch of photos read by OCR).
# (an OCR tool's batch marks each picture it read by its file's name: `≦ 第18期-1.jpg ≧`)
_PICTURE_FILE = re.compile(
    r"^(?:[≦《<\[【=\-]+\s*)?[\w\-. ]{1,60}\.(?:jpe?g|png|gif|bmp|tiff?|webp|heic)"
    r"(?:\s*[≧》>\]】=\-]+)?$",
    re.I,
)
# A picture's words in brackets where a text browser shows it (`[邻里节现场]`): known so
# only right over its caption.
_ALT_TEXT = re.compile(r"^\[[^\[\]，。,.；;！？!?]{1,16}\]$")
_CAPTION_SIGN = re.compile(r"^[▲△]|摄$|摄影|^图为|供图")


# The word a page copied from a browser leaves where each picture stood (its alt text).
_PICTURE_WORDS = frozenset({"图片", "图像", "照片"})


def _pictures_named(texts: list[str], pictures: Counter, k: int) -> bool:
    """`图片` alone on its line, right over a line of text, where the page left it for
    two pictures or more (`pictures`: how often each such word stands alone): a
    picture's place, no word of the text."""
    below = texts[k + 1] if k + 1 < len(texts) else ""
    return bool(below) and pictures[texts[k]] >= 2


def _captioned_below(texts: list[str], k: int) -> bool:
    below = next((t for t in texts[k + 1 : k + 3] if t), "")
    return bool(_CAPTION_SIGN.search(below) or POSITION_MARK.search(below))


# A bar or a dot alone on a line: a column rule or a speck that OCR or the extraction
# read as text (`……`, `！` in a verse have words around them; these have none).
_SPECKS = frozenset({"|", "｜", "丨", "||", "｜｜", "·", "•"})


def _specks(text: str) -> bool:
    return text in _SPECKS or _ocr_noise(text)


# An OCR engine's reading of a picture's texture (`ae ’ | 一 .`, `| Bi ii —`): a few
# letters and marks round a bar, no word of the text.
_NOISE_BAR = re.compile(r"[|¦]")
_MAX_NOISE = 16
_MAX_NOISE_LETTERS = 6


def _ocr_noise(text: str) -> bool:
    if len(text) > 2 * _MAX_NOISE:
        return False  # (the cheap test first: a long line is no speck, and no copy of it)
    squeezed = _unspaced(text)
    if len(squeezed) > _MAX_NOISE or not _NOISE_BAR.search(squeezed):
        return False
    han = sum(1 for ch in squeezed if "\u4e00" <= ch <= "\u9fff")
    letters = sum(1 for ch in squeezed if ch.isascii() and ch.isalnum())
    return han <= 1 and letters <= _MAX_NOISE_LETTERS and squeezed.count("|") < 3


# `END`, `—完—`: the mark a post or a paper prints after its last article.
# The head of readers' comments under a post: `共 5 条评论`, `精选留言`, `全部评论`.
_COMMENTS_HEAD = re.compile(
    r"^(?:共\s*\d+\s*条(?:评论|留言|回复)|(?:精选|全部|热门|最新)(?:评论|留言)(?:\s*\d+)?|写留言|评论区"
    # (a blog's: `评论` alone over `[发评论]`, past the post's counters; a forum's `回应`)
    r"|\[?发评论\]?|(?:最赞|全部|最新)?回应"
    r"|(?:查看|展开)(?:全部|更多)(?:评论|留言)"
    # (the comments' order, as their head offers it: `按热度` / `按时间`)
    r"|按(?:热度|时间)(?:排序)?)$"
)
_END_MARK = re.compile(
    r"^[-—–_\s]*(?:END|The End|THE END|完|全文完)[-—–_\s]*$"
    # (or a post's stamp of when it was last edited and from where: the post ends there,
    # `编辑于 2024-04-26 09:15・IP 属地上海`)
    r"|^(?:编辑于|发布于|发表于)\s*\S.{0,30}IP\s*属地\s*\S{1,8}$"
    # (or the end note a reposter opens a last remark with: `（完）以上内容版权归…`)
    r"|^[（(]\s*(?:完|全文完)\s*[)）]"
    # (or a platform's call to follow the account and its disclaimer under the post)
    r"|^(?:点击|长按)[^，,。]{0,6}关注[，,]|^免责声明[:：]"
    # (a platform's word that an account posted it: `声明：本文由人民号作者上传并发布，…`,
    # `本文为凤凰号入驻作者“X”原创，…`)
    r"|^声明[:：]\s*本文由|^本文为\S{2,12}?(?:入驻)?作者\S{0,12}原创"
)
# Past the end mark only short lines: credits of the whole, links, counters.
_MAX_TRAILER_LINE = 40


def _trailer_width(text: str) -> float:
    """A line's width in Chinese characters: a Latin letter or a space counts half (an
    address set in both languages is as short as the Chinese alone)."""
    text = _LINK_TARGET.sub("]", text)  # (a Markdown link's address is no text read)
    latin = sum(1 for ch in text if ch.isascii())
    return len(text) - latin / 2


_LINK_TARGET = re.compile(r"\]\((?:https?://|/)[^()\s]*\)")


# Rules that know a line as the issue's own name, number or date.
_IDENTITY_RULES = (
    "furniture.post_header",
    "furniture.masthead",
    "furniture.masthead_number",
    "furniture.date_number",
    "furniture.pieces",
    "furniture.repeated",
)


def _above_masthead(texts: list[str], found: dict[int, str], rules: dict[int, str]) -> list[int]:
    """Short lines above the issue's masthead, nothing there reading as an article: a
    post's title, account and reading-time lines, a portal's header."""
    identities = [k for k, rule in rules.items() if rule in _IDENTITY_RULES]
    # A post's header line stands under its title; the paper's own name and number may
    # follow further down (what stands above them is the post's header too).
    first = min(
        (k for k in identities if rules[k] != "furniture.post_header"),
        default=min(identities, default=None),
    )
    if first is None or _page_of(texts[first]) not in (None, 1):
        return []  # a later page's header: what stands above it is the page before
    above = [k for k in range(first) if texts[k] and k not in found]
    printed = Counter(texts)  # (how often each line stands: counted once)
    # (a series' tag under each post's title, its place in the series apart:
    # `【枳岭村讯】2024年第6期①`, `…②`: printed on every post as a masthead is)
    # (a line printed the same each time counts under its series' name as well)
    series = Counter(_SERIES_PLACE.sub("", text) for text in texts if text)
    if series[_SERIES_PLACE.sub("", texts[first])] >= _PAGES_REPEATED:
        # (the masthead printed on every page a file holds, `《鸥滩社区报》第12期` under
        # each track's title: words over it printed once are that page's own title)
        above = [k for k in above if not _page_title(texts, k, printed)]
        # (a day printed under every page's headline, `2023年11月17日`: the lines right
        # over its first print are the first page's headline, as over every other)
        headed = _headline_over_each(texts, found, first)
        above = [k for k in above if k not in headed]
    if all(k in found for k in range(first, len(texts)) if texts[k]):
        # (the issue's colophon at its end: the body that signs the text over it, right
        # under its last sentence, is the text's)
        return [k for k in _over_masthead(texts, found, rules, first, above)
                if not signs_text(texts, k)]  # fmt: skip
    return _over_masthead(texts, found, rules, first, above)


def _over_masthead(
    texts: list[str], found: dict[int, str], rules: dict[int, str], first: int, above: list[int]
) -> list[int]:
    """_above_masthead's lines over the masthead line `first`."""
    # (a post's title that opens with the paper's name and number is the issue's own,
    # however it ends: `《桃源社区报》2024年第1期｜…你发现了吗？`)
    text_like = [
        n
        for n, k in enumerate(above)
        # (a page's address, however long, is no text: `http://blog…/x [订阅]`)
        if (len(texts[k]) > _MAX_TRAILER_LINE and not _URL.search(texts[k]))
        or (_reads_as_text(texts[k]) and not _ISSUE_TITLE.match(texts[k]))
    ]
    if not text_like:
        return above
    # Under a post's own words, the paper's name (and the issue's) alone right over its
    # masthead (`编者按：…。` / `青湾老年报` / `重阳特刊` / `2024年10月11日　第5期`).
    rest = above[text_like[-1] + 1 :]
    if rules[first] in ("furniture.post_header", "furniture.repeated"):
        return []  # (no masthead: a line repeated, a post's time)
    if any(texts[k][:1] in "（(" and closing_like(texts[k]) for k in rest):
        return []  # (`（摄影：X）` under a caption's text: the article's credit, no name)
    if len(rest) <= _NAME_LINES and all(len(texts[k]) <= _PAPER_NAME for k in rest):
        # (`rest` is what is left above the masthead: nothing but them between; a body
        # signing the sentence right over it is the text's: a notice's signer, over a
        # folded leaflet's colophon)
        return [k for k in rest if not signs_text(texts, k)]
    return []


def _headline_over_each(texts: list[str], found: dict[int, str], first: int) -> set[int]:
    """The lines over the line at `first` and the page's furniture right over it (up to
    other furniture or a blank line), when over most of its other prints stands a line
    that is no furniture so: each page's headline over the lines each page prints."""

    def over(j: int) -> int:
        """The first line over j past the page's furniture right over it."""
        i = j - 1
        while i >= 0 and texts[i] and i in found:
            i -= 1
        return i

    key = _SERIES_PLACE.sub("", texts[first])
    others = [
        j for j, text in enumerate(texts) if _SERIES_PLACE.sub("", text) == key and j != first
    ]
    headed = sum(1 for j in others if (i := over(j)) >= 0 and texts[i] and i not in found)
    if 2 * headed < len(others):
        return set()
    block: set[int] = set()
    i = over(first)
    while i >= 0 and texts[i] and i not in found:
        block.add(i)
        i -= 1
    return block


def _page_title(texts: list[str], k: int, printed: Counter) -> bool:
    """Words printed once, between a site's menu and the lines of a page's head that
    every page repeats (the album, the account): that page's title. `printed`: how
    often each line stands in the file."""
    text = texts[k]
    if len(text) < _MIN_TITLE_WORDS or printed[text] > 1 or closing_like(text):
        return False
    if not _HAN_WORDS.search(text):
        return False
    # (the site's menu over it and the page's head under it, each printed on every page)
    above = next((j for j in range(k - 1, -1, -1) if texts[j]), None)
    below = next((j for j in range(k + 1, len(texts)) if texts[j]), None)
    return all(j is not None and printed[texts[j]] >= _PAGES_REPEATED for j in (above, below))


# A masthead printed this often is every page's; four characters make words, no count.
_PAGES_REPEATED = 3
# A post's place in its series at the end of the series' tag: `…第6期③`.
_SERIES_PLACE = re.compile(r"[①-⑳]$")
_MIN_TITLE_WORDS = 8  # (a paper's name is shorter: `凉城新村街道报`)
_HAN_WORDS = re.compile(r"[\u4e00-\u9fff]{4}")
# Longest paper's name alone on a line over its masthead, and how many such lines.
_PAPER_NAME, _NAME_LINES = 10, 2


# A post that carries a whole issue, titled by the paper's name and the issue's number.
_ISSUE_TITLE = re.compile(
    r"^《[^》]{2,12}(?:报|刊|讯|简报|周刊|月刊|之窗|之声|報)》[^｜|]{0,12}第\s*\d+\s*期"
)


# A viewer's note no article's sentence says, alone enough.
_VIEWER_NOTE = re.compile(r"预览由\S{1,12}提供|可能与原(?:文件|文档|版式|格式)有(?:差异|出入|不同)")
# What a tool that read the file out (an AI chat, a converter) says to its user after
# the text: `以上为PDF全部4个版面的文字。`, `如需整理成Word文档，请告诉我。`
_TOOL_NOTE = re.compile(
    r"^(?:以上(?:为|是|就是)|希望(?:以上|这些|这份|对)|如(?:需|需要|果需要|有需要)|需要我)"
    r"|(?:请告诉我|随时告诉我|对(?:你|您)有(?:所)?帮助|无法识别)[^。！？]*[。！？]?$"
    # (a viewer's own notice: `文件预览由QQ邮箱提供，部分格式可能与原文件有差异。`)
    rf"|{_VIEWER_NOTE.pattern}"
)
_MAX_TOOL_NOTES = 4


# A post's word to its readers that points down at what follows: `本周小结👇`, `一起来看↓`.
_MAX_LEAD_IN = 40


def _pointing_lead_ins(texts: list[str], found: dict[int, str]) -> list[int]:
    """A short line set apart by blank lines that points down at the text under it
    (`家人们好～这里是萱草社区本周小结👇`): the post's word to its readers, no headline."""
    return [
        k
        for k, text in enumerate(texts)
        if text.endswith(POINTS_DOWN)
        and len(text) <= _MAX_LEAD_IN
        and k not in found
        # (or right under the masthead's line: `📢南塘邻里周讯 第23期…` / `各位邻居…👇`)
        and (k == 0 or not texts[k - 1] or k - 1 in found)
        and (k + 1 == len(texts) or not texts[k + 1])
    ]


_NAME_RULES = frozenset({"furniture.masthead", "furniture.above_masthead", "furniture.pieces"})
_MIN_NAME = 4


def _name_again(texts: list[str], found: dict[int, str], rules: dict[int, str]) -> list[int]:
    """The paper's name, the masthead's first line (`澄波街道平安建设简报`), printed again
    further on with nothing else on its line: a page's running head, the issue's."""
    first = next((k for k, text in enumerate(texts) if text), None)
    if first is None or rules.get(first) not in _NAME_RULES or len(texts[first]) < _MIN_NAME:
        return []
    names = {_unspaced(texts[first])}
    # (a name set letter-spaced on two lines, `水 月 居 民 区` / `工 作 简 报`, runs as
    # one line of its words: `水月居民区工作简报`)
    second = next((k for k in range(first + 1, len(texts)) if texts[k]), None)
    if second is not None and rules.get(second) in _NAME_RULES:
        names.add(_unspaced(texts[first] + texts[second]))

    def signs(k: int) -> bool:
        # (under a notice's last sentence, over its date: the body that signs it; a
        # paper's name, `…简报`, signs nothing)
        if _PAPER.search(_unspaced(texts[k])):
            return False
        below = next((texts[j] for j in range(k + 1, len(texts)) if texts[j]), "")
        above = next((texts[j] for j in range(k - 1, -1, -1) if texts[j] and j not in found), "")
        return bool(ONLY_DATE.match(below)) or _ends_text(above)

    return [
        k
        for k in range(first + 1, len(texts))
        if texts[k]
        and k not in found
        and (
            (_unspaced(texts[k]) in names and not signs(k))
            # (or beside the day: `芦头村讯　2025年4月25日`, a page's head)
            or _name_and_day(texts[k], names)
        )
    ]


def _name_and_day(text: str, names: set[str]) -> bool:
    """`芦头村讯　2025年4月25日` (or the day first): the paper's name and a date alone."""
    for name in names:
        if text.startswith(name):
            rest = text[len(name) :].strip()
        elif text.endswith(name):
            rest = text[: -len(name)].strip()
        else:
            continue
        if rest and rest != text and ONLY_DATE.match(rest):
            return True
    return False


_OPENING, _CLOSING = "（(【[", "）)】]"


def _closing_brackets(texts: list[str], found: dict[int, str]) -> list[int]:
    """Lines taken for furniture that close a bracket the text above them left open
    (`…名额一天就满了。(翠屏` / `镇老年大学)`): the rest of a credit the line cut, the
    article's, never the page's."""
    kept: list[int] = []
    above = None
    for k, text in enumerate(texts):
        if not text:
            continue
        if k in found and above is not None and _open_count(text) < 0 < _open_count(above):
            kept.append(k)
        above = None if k in found else text
    return kept


def _open_count(text: str) -> int:
    return sum(text.count(c) for c in _OPENING) - sum(text.count(c) for c in _CLOSING)


# A post's topics under its text (`#枳岭村 #乡村振兴 #夏收`, `#话题#`), two at least.
_POST_TAGS = re.compile(r"^(?:#[^#\s]{1,20}#?[ \t\u3000]*){2,}$")
# A post's stamp under it: when it went up and the place it was sent from (`发布时间：
# 2024-06-05 19:32 · IP属地：江苏`; a last edit's, `编辑于 …`, ends the page: _END_MARK).
_POSTED_FROM = re.compile(r"^发布时间\s*[:：]\s*\S.{0,30}IP\s*属地\s*[:：]?\s*\S{1,8}$")


def _post_tags_and_stamps(texts: list[str]) -> list[int]:
    """Each post's topics and its stamp, wherever posts run one after another."""
    return [k for k, text in enumerate(texts) if _POST_TAGS.match(text) or _POSTED_FROM.match(text)]


# A contents entry naming its page before the headline: `第2版　九九重阳　情暖夕阳`.
_PAGED_ENTRY = re.compile(r"^第\s*\d{1,2}\s*[版页][\s\u3000]+\S{4,}")


# A Markdown file's properties between `---` lines at its top (a clipper's or a note
# app's: `title: "…"`, `source: …`, `tags:` and its `  - "…"` items).
_FRONT_MATTER_FIELD = re.compile(r"^(?:[A-Za-z_][\w-]*\s*:(?:\s.*)?|\s*-\s.*|\s*)$")
_MAX_FRONT_MATTER = 40


def _front_matter(texts: list[str]) -> list[int]:
    """The properties block that opens a Markdown file, its two `---` lines with it; and
    each one further on that opens a document of its own (several pages or posts run
    together by a tool that heads each with its properties: `trafilatura
    --with-metadata`), named by two `key: value` lines at least."""
    first = next((k for k, text in enumerate(texts) if text), None)
    if first is None:
        return []
    found = _properties_at(texts, first, 0) if texts[first] == "---" else []
    if not found and texts[first][:2] == "# ":
        found = _titled_properties(texts, first)
    k = found[-1] + 1 if found else first + (texts[first] == "---")
    while k < len(texts):
        block = _document_head_at(texts, k)
        if block:
            found += block
            k = block[-1] + 1
        else:
            k += 1
    return found


# A page's property as a note app exports it under the page's title: `出刊日期: 2024年6月21日`
# (a name, a colon and a space, as the app writes them; a text's label takes `：`).
_PAGE_PROPERTY = re.compile(r"^[^\s:：]{1,8}: \S.{0,60}$")
_MIN_PAGE_PROPERTIES = 2


def _titled_properties(texts: list[str], title: int) -> list[int]:
    """The page's title (`# …`) and the properties a note app lists under it (Notion's
    `期号: 第9期`, `状态: 已发布`), two at least: the page's, not a story's."""
    props = []
    for k in range(title + 1, min(len(texts), title + _MAX_FRONT_MATTER)):
        if not texts[k]:
            if props:
                break
            continue
        if not _PAGE_PROPERTY.match(texts[k]):
            break
        props.append(k)
    return [title, *props] if len(props) >= _MIN_PAGE_PROPERTIES else []


def _document_head_at(texts: list[str], k: int) -> list[int]:
    """A document's properties opening at line k (`---` … `---`, or a reader service's
    `Title:` head), or nothing."""
    if texts[k] == "---":
        return _properties_at(texts, k, _MIN_DOCUMENT_FIELDS)
    return _reader_head_at(texts, k) if texts[k][:6] == "Title:" else []


def _reader_head_at(texts: list[str], start: int) -> list[int]:
    """A reader service's head over each page it fetched (`Title: …` / `URL Source: …` /
    `Markdown Content:`, blank lines between): the page's properties."""
    lines = [k for k in range(start, min(len(texts), start + _MAX_FRONT_MATTER)) if texts[k]]
    if len(lines) < 3 or not _READER_SOURCE.match(texts[lines[1]]):
        return []
    # (the page's other properties between, `Published Time: 2024-06-20T08:00:00+08:00`)
    for n in range(2, len(lines)):
        if texts[lines[n]].rstrip(":：") == "Markdown Content":
            return lines[: n + 1]
        if not _READER_FIELD.match(texts[lines[n]]):
            return []
    return []


_READER_SOURCE = re.compile(r"^URL Source:\s*\S+$")
_READER_FIELD = re.compile(r"^[A-Z][A-Za-z ]{1,30}:\s*\S.*$")
_MARKDOWN_LINKS_ONLY = re.compile(
    r"^(?:[*\-+]\s+)?(?:(?:[^\s\[\]()]{1,6}\s+)?\[[^\[\]]{1,12}\]\((?:https?:)?/[^()\s]*\)\s*)+$"
)


# A document's own properties block (not the file's first) names it by this many fields.
_MIN_DOCUMENT_FIELDS = 2
_NAMED_FIELD = re.compile(r"^[A-Za-z_][\w-]*\s*:\s*\S")


def _properties_at(texts: list[str], start: int, fields: int) -> list[int]:
    """The properties block opened by the `---` at `start` (its lines but blank ones), if
    its lines are all properties and `fields` of them at least name a value."""
    for end in range(start + 1, min(len(texts), start + _MAX_FRONT_MATTER)):
        if texts[end] == "---":
            named = sum(1 for k in range(start + 1, end) if _NAMED_FIELD.match(texts[k]))
            if end > start + 1 and named >= fields:
                return [k for k in range(start, end + 1) if texts[k]]
            return []
        if not _FRONT_MATTER_FIELD.match(texts[end]):
            return []
    return []


# (a reader service's title ends on the site's name: `小满时节 农事莫误--菱墅镇报`)
_TITLE_PROPERTY = re.compile(
    r"^title\s*:\s*[\"']?(?P<title>.+?)[\"']?(?:\s*(?:--|——|_|\s-\s)\s*[^-—_\s]{2,12})?\s*$",
    re.I,
)


def _document_titles(texts: list[str], rules: dict[int, str]) -> set[int]:
    """Each document's headline its properties name (`title: …`), where it is printed in
    the document under them: the line that starts the document's one article."""
    named: set[int] = set()
    title = None
    for k, text in enumerate(texts):
        if rules.get(k) == "furniture.front_matter":
            match = _TITLE_PROPERTY.match(text)
            title = match["title"].strip() if match else title
        elif title is not None and text and k not in rules and _unspaced(text) == _unspaced(title):
            named.add(k)
            title = None
    return named


# A site's menu copied an item a line at the top of the page: this many items at least,
# each a word of a few characters.
_MIN_MENU_ITEMS = 5
_MENU_ITEM = re.compile(rf"^[{HAN}A-Za-z]{{2,4}}$")
_HOME_ITEM = re.compile(rf"^[{HAN}A-Za-z]{{1,4}}首页$")


def _menu_column(texts: list[str], found: dict[int, str], rules: dict[int, str]) -> list[int]:
    """`搜狐首页` / `新闻` / `体育` / … from the file's first line: a site's menu, an item
    a line (a poem's lines are longer, and no poem opens a page over its masthead); the
    site's own links under it (`下载App`, `登录 / 注册`) are items of it too."""
    run: list[int] = []
    links = 0
    for k, text in enumerate(texts):
        if not text or k in found:
            links += bool(run) and rules.get(k) == "furniture.navigation"
            continue
        # (the site's home link may open it: `凤凰网首页`)
        if not (_MENU_ITEM.match(text) or (not run and _HOME_ITEM.match(text))):
            break
        run.append(k)
    return run if len(run) + links >= _MIN_MENU_ITEMS else []


def _unspaced(text: str) -> str:
    return "".join(text.split())


def _cache_banner(texts: list[str]) -> list[int]:
    """A search engine's cached copy's banner over the page (`百度快照` / `百度和网页 … 的
    作者无关，不对其内容负责。…`): the engine's words, in the file's first lines only."""
    top = [k for k, text in enumerate(texts) if text][:_CACHE_TOP]
    return [k for k in top if _CACHE_NOTE.search(texts[k])]


_CACHE_TOP = 4
_CACHE_NOTE = re.compile(
    r"^(?:百度快照|网页快照|360快照|搜狗快照)$|不对其内容负责|快照谨为|不代表被搜索网站的即时页面"
    r"|^This is Google's cache of",
    re.I,
)


def _tool_notes(texts: list[str], found: dict[int, str]) -> list[int]:
    """The last lines of the file, each a tool's words to its user about the text it
    gave (no article says `请告诉我`): the tool's, not the issue's."""
    rest: list[int] = []
    for k in range(len(texts) - 1, -1, -1):
        if not texts[k] or k in found:
            if k in found and rest:
                break  # (a rule or a foot over them: what stands above is the issue's)
            continue
        if not _TOOL_NOTE.search(texts[k]) or len(rest) >= _MAX_TOOL_NOTES:
            break
        rest.append(k)
    # (one such line could close a letter to its reader: two, or under a rule)
    above = next((j for j in range(min(rest, default=0) - 1, -1, -1) if texts[j]), None)
    ruled = above is not None and above in found
    alone = any(_VIEWER_NOTE.search(texts[k]) for k in rest)
    return rest if len(rest) >= 2 or (rest and (ruled or alone)) else []


def _tool_preamble(texts: list[str], found: dict[int, str]) -> list[int]:
    """A chat assistant's words over the text it read off pictures (`好的，以下是三张图片
    中的文字内容，已按图片顺序整理：`) and its heading over each picture's (`### 图片2`):
    the tool's, not the issue's. Only where the file opens with such words."""
    # (the file's first line, though a header's pass took it already)
    first = next((k for k, text in enumerate(texts) if text), None)
    if first is None or not _PREAMBLE.match(texts[first]):
        return []
    return [first] * (first not in found) + [
        k for k, text in enumerate(texts) if k not in found and _PICTURE_HEAD.match(text)
    ]


# An assistant's answer opening: agreeing, then naming what it gives (`好的，以下是…`).
_PREAMBLE = re.compile(
    r"^(?:(?:好的|好|当然|没问题|可以)[，,！!。]\s*)?(?:以下|下面|这)是.{0,40}(?:文字|内容|文本|识别|提取)"
    r".{0,40}[：:。]$"
)
# Its heading over each picture's text: `### 图片2`, `**图片 3：**`, `第二张图片`.
_PICTURE_HEAD = re.compile(
    r"^(?:#{1,6}\s*)?(?:\*\*)?(?:图片|图|照片)\s*[0-9０-９一二三四五六七八九十]{1,2}[:：]?(?:\*\*)?$"
    r"|^(?:#{1,6}\s*)?(?:\*\*)?第[一二三四五六七八九十\d]{1,2}张(?:图片|照片|图)?[:：]?(?:\*\*)?$"
)


def _reads_as_text(text: str) -> bool:
    """A finished sentence in it, at its end or before a credit (`…签约。（自治办 杜嵩）`)."""
    return text.endswith(("。", "！", "？")) or bool(re.search(r"[。！？][）)」”]*[（(]", text))


def _end_trailer(texts: list[str], found: dict[int, str], rules: dict[int, str]) -> list[int]:
    """The end mark and what follows it, when nothing after it reads as an article;
    past a post's last counters (`赞 136`), readers' comments to the end."""
    marks = [k for k, text in enumerate(texts) if _END_MARK.match(text)]
    counters = [k for k, rule in rules.items() if rule == "furniture.counter"]
    start = marks[-1] if marks else max(counters, default=None)
    if start is None:
        return []
    # (end marks one over another, `点击关注，…` over `免责声明：…`: the first of them)
    while marks and (above := next((j for j in range(start - 1, -1, -1) if texts[j]), None)):
        if above not in marks:
            break
        start = above
    rest = [k for k in range(start, len(texts)) if texts[k]]
    if any(_COMMENTS_HEAD.match(texts[k]) for k in rest):
        # (readers' comments under the post, `共 5 条评论`: their sentences are theirs)
        return [k for k in rest if k not in found]
    if not marks:
        return []  # (past the counters alone, only a comments head says so)
    # (the titles of other posts listed under `往期回顾` may ask: `…进展如何？`)
    listed = _listed_after_head(texts, rest)
    # (a mark alone, `。`, an app's button read out, is no sentence)
    if any(
        _trailer_width(texts[k]) > _MAX_TRAILER_LINE
        or (texts[k].endswith(("。", "！", "？")) and texts[k].strip("。！？，：,:"))
        for k in rest
        # (a mailing list's way out, `如不想再收到本邮件，请回复“退订”。`, is no article's)
        if k not in found and k not in listed and not _UNSUBSCRIBE.search(texts[k])
    ):
        return []
    return [k for k in rest if k not in found]


def _listed_after_head(texts: list[str], rest: list[int]) -> set[int]:
    """The lines under a list's head (`往期回顾`, `相关阅读`) up to a blank line."""
    listed: set[int] = set()
    for k in rest:
        if _RELATED_HEAD.match(texts[k]):
            j = k + 1
            while j < len(texts) and texts[j]:
                listed.add(j)
                j += 1
    return listed


# (nor a site's terms for copying a post: `著作权归作者所有。商业转载请…`)
_UNSUBSCRIBE = re.compile(
    r"退订|取消订阅|不想再收到|unsubscribe|著作权归作者所有|转载请"
    # (a site's copyright and its row of links: `© 2005－2024 …`, `关于 · 帮助中心 · …`)
    r"|©|版权所有|版权归|all rights reserved|(?:\S{2,8} · ){3,}|^免责声明|^声明[:：]\s*本文由"
    r"|^本文为\S{2,12}?(?:入驻)?作者\S{0,12}原创"
    # (nor the words WeChat's page gives a screen reader: `…赞，轻点两下取消赞…`)
    r"|轻点两下",
    re.I,
)


# A 简报's distribution at its foot: `报：区委办…`, `送：…`, `发：各社区…`, `抄送：…`.
_DISTRIBUTION = re.compile(r"^(?:报|送|发|抄报|抄送|分送|印发|报送|发送)\s*[:：]\s*\S")
_MIN_DISTRIBUTION = 2
_DISTRIBUTION_LABEL = re.compile(
    r"(?:^|[\s\u3000])(?:报|送|发|抄报|抄送|分送|印发|报送|发送)\s*[:：]"
)


# A labelled field of an issue's foot: `报送：…　　发：…`, `联系人：张敏　　联系电话：…`.
_FOOT_FIELD = re.compile(r"^[^\s：:，。]{1,6}[：:]\s*\S")
_MAX_FOOT = 6
_MAX_FOLIO = 10


def _under_last_rule(texts: list[str], found: dict[int, str], rules: dict[int, str]) -> list[int]:
    """Under the issue's last printed rule, a few lines of labelled fields and nothing
    else (whom it went to, whom to ask, how many were printed): the issue's foot."""
    # (an OCR'd rule, `一一一…`, is a rule all the same)
    ruled = [k for k, rule in rules.items() if rule == "furniture.rule"]
    ruled += [k for k, text in enumerate(texts) if _OCR_RULE.match(text)]
    if not ruled:
        return []
    rest = [k for k in range(max(ruled) + 1, len(texts)) if texts[k] and k not in found]
    # (the last page's number under it is the page's)
    rest = [k for k in rest if not (len(texts[k]) <= _MAX_FOLIO and page_number(texts[k]))]
    if not rest or len(rest) > _MAX_FOOT:
        return []
    if all(_foot_line(texts[k]) for k in rest):
        return rest
    return []


def _foot_line(text: str) -> bool:
    """A labelled field (`主　　办：…`, its label set wide or not), or a masthead's word."""
    if len(text) > _MAX_MASTHEAD:
        return False
    field = _FOOT_FIELD.match(closed_labels(text)) and not text.endswith(("。", "！", "？"))
    return bool(field) or bool(_MASTHEAD_STRONG.search(text))


# `主　　办：`, `地　　址：`: a two-character label set as wide as a four-character one.
_WIDE_LABEL = re.compile(
    r"(?<![\u3400-\u9fff])([\u3400-\u9fff])[ \u3000]+([\u3400-\u9fff])(?=[ \u3000]*[:：])"
)


def closed_labels(text: str) -> str:
    """The text with each label set wide closed up: `主　　办：X` → `主办：X`."""
    return _WIDE_LABEL.sub(r"\1\2", text)


# How many lines a page's head runs to, after the extraction's page break.
_PAGE_HEAD_LINES = 6


def _after_page_break(raw_lines: list[str], texts: list[str], found: dict[int, str]) -> list[int]:
    """After a form feed (the page break pdftotext writes), the page's head: short lines
    up to the first blank one that the issue prints elsewhere too, digits aside (its
    name, date, section), or that are furniture by their own form."""
    if not any("\f" in raw for raw in raw_lines):
        return []
    shapes = Counter(_shape(t) for t in texts if t)
    taken = []
    for k, raw in enumerate(raw_lines):
        if "\f" not in raw:
            continue
        for j in range(k, min(len(texts), k + _PAGE_HEAD_LINES)):
            text = texts[j]
            if not text:
                if j > k:
                    break
                continue
            if j in found:
                continue
            if not _candidate(text) or shapes[_shape(text)] < 2:
                break
            taken.append(j)
    return taken


def _distribution_lines(texts: list[str], found: dict[int, str]) -> list[int]:
    """Runs of two distribution lines or more (报：, 送：, 发：): whom the issue went to."""
    taken: list[int] = []
    run: list[int] = []
    for k, text in [*enumerate(texts), (len(texts), "")]:
        if (
            text
            and k not in found
            and _DISTRIBUTION.match(text)
            and not text.endswith(("。", "！", "？"))
        ):
            run.append(k)
            continue
        if (text or k == len(texts)) and run:
            labels = sum(len(_DISTRIBUTION_LABEL.findall(texts[j])) for j in run)
            if len(run) >= _MIN_DISTRIBUTION or labels >= _MIN_DISTRIBUTION:
                taken.extend(run)  # (`报送：…　　抄送：…` on one line is two of them)
            run = []
    # One line alone at the issue's very end, labelled so that nothing else reads so
    # (`抄送：区委办、区府办`): the foot's too; under it only the foot's furniture (the
    # 版记's `…印发`, `（共印40份）`, the last page's number).
    lone = next((k for k in range(len(texts) - 1, -1, -1) if texts[k] and k not in found), None)
    last = next((k for k in range(len(texts) - 1, -1, -1) if texts[k]), None)
    if (
        lone is not None
        and lone not in taken
        and _LONE_DISTRIBUTION.match(texts[lone])
        and len(texts[lone]) <= _MAX_LONE_DISTRIBUTION
    ):
        taken.append(lone)
    elif last is not None and last not in found and last not in taken:
        text = texts[last]
        above = next((k for k in range(last - 1, -1, -1) if texts[k]), None)
        if (
            above is not None
            and above not in found
            and above not in taken
            and _EDITOR_LINE.match(closed_labels(text))
            and _LONE_DISTRIBUTION.match(texts[above])
            and len(texts[above]) <= _MAX_LONE_DISTRIBUTION
        ):
            # `发送：…` over `编辑：X　审核：Y` at the issue's end: its foot, both lines
            taken.extend((above, last))
        elif len(_COLOPHON_LABEL.findall(text)) >= 2 and not _SENTENCE_MARKS.search(text):
            # `执行编辑：蓝晓　地址：椿庭路218号　电话：6577 0319` at the issue's very
            # end: who made it and where to reach them, the issue's colophon
            taken.append(last)
        elif _ISSUE_MAKERS.search(text) and _EDITOR_LINE.match(closed_labels(text)):
            # `制表：党政办 王晨　审核：韩立军`: who made the issue, at its end (an article's
            # own `责任编辑：X` under it is its meta)
            taken.append(last)
    # `本简报发至各村民小组及全体党员` over the last page's number: whom the issue went to,
    # and over it the makers' line and the issue's hotline (`村务监督举报电话：…`)
    if lone is not None and lone not in taken and _SENT_TO.match(texts[lone]):
        taken.append(lone)
        above = next((k for k in range(lone - 1, -1, -1) if texts[k]), None)
        while (
            above is not None
            and above not in found
            and len(taken) <= _MAX_FOOT_LINES
            and (_EDITOR_LINE.match(closed_labels(texts[above])) or _HOTLINE.match(texts[above]))
        ):
            taken.append(above)
            above = next((k for k in range(above - 1, -1, -1) if texts[k]), None)
    return taken


# An issue's hotline in its foot: `村务监督举报电话：0572-6612345`.
_HOTLINE = re.compile(
    r"^[^：:，。\s]{0,10}(?:举报|监督|投诉|联系|咨询)?(?:电话|热线)\s*[:：]\s*[\d\-－ ]{7,20}$"
)
_MAX_FOOT_LINES = 4


# A colophon's fields, two or more on the issue's last line.
_COLOPHON_LABEL = re.compile(r"(?:编辑|主编|编印|地址|电话|邮编|邮箱|传真)\s*[:：]")
# Labels that name who made the whole issue, never one article's editor.
_ISSUE_MAKERS = re.compile(r"制表|填表|本期编辑|本期责编|校对|校對")
# (the standard 版记 closes its list with a full stop: `抄送：区委办，区府办。`)
_LONE_DISTRIBUTION = re.compile(r"^(?:抄报|抄送|分送|印发|报送|发送)\s*[:：][^。！？!?]+。?$")
# `本简报发至各村民小组及全体党员`: whom the issue goes to, said as a sentence.
# (in brackets too: `（本简报发至各村民小组、村“两委”成员）`)
_SENT_TO = re.compile(
    r"^[（(]?本(?:简报|期简报|刊|期|报|通讯)(?:发至|发送|分送|送至|印发至|发|张贴于|张贴在)"
    r"[^。！？!?：:（）()]{2,40}。?[）)]?$"
)
_MAX_LONE_DISTRIBUTION = 80


_PRINT_RUN = re.compile(r"印数|印刷|承印|共印\s*\d+\s*份")
# A line that is only the print run: `（共印80份）`, `印数：600份`.
# Also with whom it went to: `（本期共印300份，发至各楼组）`.
# Where the issue ends, said alone in brackets: `（本期完）` (a post's `（完）` is its END).
_ISSUE_END = re.compile(r"^[（(]\s*(?:本期|本版|本刊)\s*完\s*[)）]$")
_PRINT_RUN_ONLY = re.compile(
    r"^[（(]?\s*(?:本期)?(?:共印|印数\s*[:：]?|印)\s*\d+\s*份"
    r"(?:[，,；;]\s*(?:发至|发送|分送|送)[^，,。；;（）()]{1,16})?\s*。?\s*[)）]?$"
)
# The issue's foot: whom it went to and how many were printed.
_FOOT_RULES = ("furniture.distribution", "furniture.print_run", "furniture.foot")


def _foot_editor_lines(texts: list[str], found: dict[int, str], rules: dict[int, str]) -> list[int]:
    """A line of the page's makers between the page's furniture and the next page or
    the end: the page's, not the article's above (whose own editor stands under it)."""
    taken = []
    order = [k for k, t in enumerate(texts) if t]
    makers = [k for k in order if k not in found and _MAKER_FIELDS.match(texts[k])]
    # The same makers' line twice, once right over the next page's furniture: each
    # page's foot (`编辑:杭莉 校对:葛文` under page 1's last article and page 4's; one
    # label alone, `审核：X`, may close each article of a site's pages).
    at_foot = {
        texts[k]
        for n, k in enumerate(order)
        if k in makers and n + 1 < len(order) and order[n + 1] in found
        if len(_MAKER_LABEL.findall(texts[k])) >= 2
    }
    twice = Counter(texts[k] for k in order if texts[k] in at_foot)
    for n, k in enumerate(order):
        if k not in makers:
            continue
        if texts[k] in at_foot and twice[texts[k]] >= 2:
            taken.append(k)
            continue
        before = order[n - 1] if n else None
        after = order[n + 1] if n + 1 < len(order) else None
        # `责任编辑：X` alone is the article's above, wherever it stands; under the
        # issue's foot (its distribution, its print run) it is the issue's.
        footed = rules.get(before) in _FOOT_RULES
        # (or right over the issue's print run, under the last article's signature)
        # (or over a post's end, the site's own lines under it: the issue's last line)
        over_foot = after is not None and rules.get(after) in (
            "furniture.print_run",
            "furniture.after_end",
        )
        labelled = _PAGE_EDITOR.search(texts[k]) or _PRINT_RUN.search(texts[k])
        if not (labelled or footed or over_foot):
            continue
        # (`本期编辑：X` names the issue's editor: under the last article's signature too)
        issue_label = texts[k].startswith(_ISSUE_EDITOR)
        # (`本版编辑：X` over the next page's head: this page's foot, whatever stands above)
        page_foot = bool(_PAGE_EDITOR.search(texts[k])) and after in found
        if (before in found or over_foot or issue_label or page_foot) and (
            after is None or after in found
        ):
            taken.append(k)
    return taken


_MAX_SIGNER = 30
# Most bodies signing one notice, one to a line.
_MAX_SIGNERS = 4


# `联系电话：…`: the line a notice's text ends on, over its signature.
NOTICE_CONTACT = re.compile(
    # (a desk's name may come first: `应急值班电话：…`, `镇政务服务热线：…`)
    r"^[^\s：:，。,]{0,4}?(?:咨询|联系|报名|服务|监督|投诉|举报|值班|办理|求助|火警|报警|急救)"
    r"(?:电话|热线|方式)\s*[:：]"
)


def _field_note_closed(texts: list[str], k: int) -> bool:
    """Line k closes the note's brackets a contact line or a field above it left open
    (`监督电话：57231106（村务监督委` / `员会）`): the text ends there."""
    above = next((j for j in range(k - 1, -1, -1) if texts[j]), None)
    if above is None or not texts[k].endswith(("）", ")")):
        return False
    cut = texts[above] + texts[k]
    return bool(NOTICE_CONTACT.match(cut) or _LAST_FIELD.match(cut)) and _ends_text(cut)


def _wrapped_last_field(texts: list[str], k: int) -> bool:
    """Line k ends a field the column wrapped, its label on a line above with none blank
    between (`慰问方式：各分会会长` / `带队上门，送上慰问品并了` / `解老人生活需求`)."""
    joined = texts[k]
    for j in range(k - 1, max(-1, k - WRAPPED_FIELD_LINES), -1):
        if not texts[j]:
            return False
        joined = texts[j] + joined
        if _LAST_FIELD.match(texts[j]):
            return bool(_LAST_FIELD.match(joined))
        if _ends_text(texts[j]):
            return False
    return False


def _ends_text(text: str) -> bool:
    """A notice's text ends on its sentence, its contact line, its last field or its
    roll's last row (`新桥村 宗玉兰家庭 南塘村 滕金宝家庭`)."""
    return (
        text.endswith(("。", "！", "？", "；", ".", "!", "?"))
        or bool(NOTICE_CONTACT.match(text))
        or bool(CONTACT_NUMBER_END.search(text))
        or bool(_LAST_FIELD.match(text))
        or _roll_row(text)
        # (or an entry of a roll one to a line: `邬佩华家庭（枫渚社区）`)
        or bool(names_with_units(text))
    )


def _roll_row(text: str) -> bool:
    """A row of a roll or a table: three cells or more set apart by spaces, each short,
    no punctuation in any."""
    cells = text.split()
    return (
        len(cells) >= _MIN_ROW_CELLS
        and all(len(cell) <= _MAX_CELL for cell in cells)
        and not _TAIL_STOP.search(text)
        and not DATE.search(text)
    )


_MIN_ROW_CELLS = 3
_MAX_CELL = 10


# `地点：里活动中心`, `西圩村:潘阿四 褚凤英`: a label, its colon and a short value.
_LAST_FIELD = re.compile(r"^[^\s:：，。,]{2,8}\s*[:：]\s*[^。！？!?]{1,60}$")


def _units_on_a_line(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and all(is_unit(word) for word in words)


def _signed_date(raw_lines: list[str], texts: list[str], k: int, page: list[int]) -> bool:
    """A date set flush right under a flush-right signature: the notice's date, not the
    page's (`page`: the page's width, worked out when first needed)."""
    if not ONLY_DATE.match(texts[k]) and not only_pieces(texts[k])[0]:
        return False
    if PAGE.search(texts[k]):
        return False  # (a line naming its page, `社区报 第2版 2021年6月30日`, is the page's)
    before = next((j for j in range(k - 1, max(-1, k - 4), -1) if texts[j]), None)
    if before is None:
        return False
    if before > 0 and texts[before - 1] and named_in_english(texts[before]):
        before -= 1  # (the signer's name in English under it: a paper in two languages)
    # Under a letter's signature, after its `此致　敬礼！`, flush right or not.
    above = [j for j in range(before - 1, max(-1, before - 5), -1) if texts[j]][:2]
    if any(SIGN_OFF.match(texts[j]) for j in above) and len(texts[before]) <= _MAX_SIGNER:
        return True
    # Under a letter's writer (`12号楼居民　俞秀珍`) after its last sentence.
    higher = next((j for j in range(before - 1, -1, -1) if texts[j]), None)
    if (
        higher is not None
        and ONLY_DATE.match(texts[k])
        and _ends_text(texts[higher])
        and titled_name(texts[before], True)
    ):
        return True
    # Under the body that issued a notice (`某某街道选举委员会`), after its last sentence,
    # or the bodies, one to a line, that issued it together.
    signers = [before]
    while len(signers) < _MAX_SIGNERS and (
        is_unit(texts[signers[-1]])
        or signs_as_group(texts[signers[-1]])
        # (the bodies that issued it together on one line: `X党总支　X居民委员会`)
        or _units_on_a_line(texts[signers[-1]])
    ):
        # (a picture between the text and its signer is no line of either)
        higher = next(
            (
                j
                for j in range(signers[-1] - 1, -1, -1)
                if texts[j] and not MARKDOWN_IMAGE.match(texts[j])
            ),
            None,
        )
        if higher is None:
            break
        if (
            _ends_text(texts[higher])
            or _field_note_closed(texts, higher)
            or _wrapped_last_field(texts, higher)
        ):
            return True
        signers.append(higher)
    if not (
        indent_depth(raw_lines[k]) >= _FLUSH_RIGHT
        and indent_depth(raw_lines[before]) >= _FLUSH_RIGHT
    ):
        return False
    # (set in the middle of the page, as a masthead is in a text browser's dump, the two
    # lines are no signature and its date)
    if not page:
        page.append(page_width(raw_lines))  # (once a file, when first asked)
    return not (centred(raw_lines[k], page[0]) and centred(raw_lines[before], page[0]))


# A paper's logo as a layout analysis reads it: its name, its name's pinyin in capitals,
# the page's number glued on (`榆泾YUJING02`, `桐泾 TONGJING`).
_LOGO = re.compile(rf"^[{HAN}]{{2,6}}\s?[A-Z]{{4,}}(?: [A-Z]{{2,}})*\s?\d{{0,3}}$")


def _furniture_rule(text: str, shapes: Counter) -> str | None:
    """Why a short unpunctuated line is a running header or footer, or None."""
    if _NAVIGATION.match(text) and not closing_like(text):
        return "furniture.navigation"
    dated = bool(DATE.search(text))
    numbered = bool(ANY_NUMBER.search(text))
    if page_number(text) is not None and not _SECTION_NUMBER.match(text):
        return "furniture.page"  # `01` alone numbers a section of the page (`02`, `03` …)
    if ONLY_DATE.match(text):
        return "furniture.date"
    if _LOGO.match(text):
        return "furniture.masthead"  # `榆泾YUJING02`: the paper's logo, its page's number
    whole, pieces = only_pieces(text) if _PIECE_HINT.search(text) else (False, 0)
    # The paper's name beside one piece only if set apart as a header sets it: by a wide gap.
    if whole and (pieces >= 2 or len(text.split()) == pieces or _WIDE_GAP.search(text)):
        return "furniture.pieces"
    if (
        dated and (_page_header(text) or _paper_day_section(text) or _spaced_section_head(text))
    ) or _page_and_paper(text):
        return "furniture.page_header"
    if dated and numbered:
        return "furniture.date_number"
    if dated and shapes[_shape(text)] >= 2:
        return "furniture.repeated_date"
    if numbered and (
        _MASTHEAD_NUMBER.search(text) or _NAMED_ISSUE.match(text) or _NAME_AND_ISSUE.match(text)
    ):
        return "furniture.masthead_number"
    if numbered and shapes[_shape(text)] >= 2:
        return "furniture.repeated_number"
    if _LINKS_ONLY.match(text) and shapes[_shape(text)] >= 2:
        return "furniture.navigation"  # a page's links, on every page, their numbers aside
    if _EDITOR_LINE.match(closed_labels(text)) and _PAGE_EDITOR.search(text):
        return "furniture.editors"
    return None


# A publication named in its brackets, then its issue: `《砚池共建》2024年第3期`.
# The file's first line naming the paper and its number, and what the number covers
# (a post's or a group notice's title: `📢南塘邻里周讯 第23期（6月17日—6月23日）`).
_NAME_NUMBER_FIRST = re.compile(
    rf"^(?:[\U0001f000-\U0001faff\u2600-\u27bf][\ufe0f]?)?[{HAN}]{{2,12}}\s*第\s*\d{{1,4}}\s*期"
    r"(?:\s*[（(][^（）()]{0,30}[)）])?$"
)


def _numbered_name_first(texts: list[str], found: dict[int, str]) -> list[int]:
    """The file's first line, when it is the paper's name and number only."""
    first = next((k for k, text in enumerate(texts) if text), None)
    if first is None or first in found or not _NAME_NUMBER_FIRST.match(texts[first]):
        return []
    return [first]


_NAMED_ISSUE = re.compile(
    r"^(?:《[^》]{2,20}》|【[^】]{2,20}】)\s*(?:\d{4}\s*年\s*)?(?:第\s*\d{1,4}\s*期|总第\s*\d{1,5}\s*期)"
    r"(?:\s*[（(]总第\s*\d{1,5}\s*期[)）])?"
    # (a post of a series, its place in it: `【枳岭村讯】2024年第6期③`)
    r"[①-⑳]?$"
)
# The paper's name and the year's issue, a gap between (`临浦邻里　2012年第7期`).
_NAME_AND_ISSUE = re.compile(
    r"^[\u4e00-\u9fff·]{2,10}[\s\u3000]+\d{4}\s*年\s*第\s*\d{1,3}\s*期"
    r"(?:\s*[（(]总第\s*\d{1,5}\s*期[)）])?$"
)
# A page number at one end of a header: `2`, `第2版`, `- 3 -`.
_END_PAGE = re.compile(r"^(?:[-－—]?\s*\d{1,3}\s*[-－—]?|第\s*\d{1,3}\s*[版页])$")
_MAX_HEADER_WORD = 10


def _page_header(text: str) -> bool:
    """`2　社区治理　　万松社区报　　2024年3月22日`, `田林社区报　2024.5.10　02　社区新闻`:
    a page number, a date and a few short words (the section, the paper), each apart."""
    if not (_WIDE_GAP.search(text) or "\u3000" in text):
        return False
    pieces = [p for p in re.split(r"\s{2,}|\u3000+", text) if p]
    if len(pieces) < 3 or not any(_END_PAGE.match(p) for p in pieces):
        return False
    return all(len(p) <= _MAX_HEADER_WORD and not _SENTENCE.search(p) for p in pieces)


# `2 居 民 议 事 厅`, `邻 里 之 间 3`: a page's number beside its section's name set
# letter-spaced (the date beside them taken out first).
_SPACED_SECTION_HEAD = re.compile(
    rf"^(?:\d{{1,2}}\s+)?(?:[{HAN}]\s){{1,7}}[{HAN}](?:\s+\d{{1,2}})?$"
)


def _spaced_section_head(text: str) -> bool:
    """`2 居 民 议 事 厅 2024年6月28日`: the page's number, its section letter-spaced and
    the day, single spaces between (a PDF converter's page head)."""
    rest = DATE.sub(" ", text).strip()
    if not re.search(r"(?:^\d{1,2}\s)|(?:\s\d{1,2}$)", rest):
        return False  # (a page number at one end: the section alone is a kicker's)
    return bool(_SPACED_SECTION_HEAD.match(re.sub(r"\s+", " ", rest)))


def _paper_day_section(text: str) -> bool:
    """`青桐街道报　2023年11月15日　星期三　文化·生活`: the paper's name, the day and the
    page's section, each apart, no page number (it stands elsewhere on the page)."""
    pieces = [p for p in re.split(r"\s{2,}|\u3000+", text.strip()) if p]
    if len(pieces) < 3 or not _PAPER_PIECE.search(pieces[0]):
        return False
    words = [p for p in pieces if not only_pieces(p)[0]]
    return len(words) <= 2 and all(
        len(p) <= _MAX_HEADER_WORD and not _SENTENCE.search(p) for p in words
    )


_PAGE_PIECE = re.compile(r"^(?:[Pp]\d{1,2}|\d{1,2}|第\d{1,2}[版页]|\d{1,2}/\d{1,2})$")
_PAPER_PIECE = re.compile(r"(?:报|刊|通讯|简报|報)(?:[·・]|$)")


def _page_and_paper(text: str) -> bool:
    """`P2 | 泗泾报·社区`, `04 泗泾报 文化`: a page number beside the paper's name (and
    its section), nothing else."""
    pieces = [p for p in re.split(r"[\s\u3000|｜]+", text) if p]
    return (
        2 <= len(pieces) <= 4
        and any(_PAGE_PIECE.match(p) for p in pieces)
        and any(_PAPER_PIECE.search(p) for p in pieces)
        and all(len(p) <= _MAX_HEADER_WORD and not _SENTENCE.search(p) for p in pieces)
    )


def _bracketed_note(text: str) -> bool:
    """`（本刊稿件欢迎转发，转载请注明出处）`: a note in brackets among masthead lines."""
    return len(text) <= 40 and text[:1] in "(（" and text[-1:] in ")）" and not closing_like(text)


_CIRCULATION_NOTE = re.compile(
    r"^[(（]\s*(?:(?:内部资料|內部資料|免费交流|免費交流|内部交流|注意保存|妥善保管|赠阅|免费赠阅)"
    r"[\s\u3000，,、]*)+[)）]$"
)


def _masthead_line(text: str) -> bool:
    if not 0 < len(text) <= _MAX_MASTHEAD:
        return False
    text = closed_labels(text)
    if _CIRCULATION_NOTE.match(text):
        return True  # `（内部资料　注意保存）`: how the issue circulates, in brackets
    word = _MASTHEAD_WORD.search(text)
    return (
        not (text[:1] in "(（" and text[-1:] in ")）")  # a bracketed line is a credit
        and not _MASTHEAD_SENTENCE.search(text)
        and not text.endswith(("，", ",", "、"))  # a sentence going on: `内部资料，…`
        and word is not None
        # a masthead's word inside a sentence's clauses (`…，内部资料，…`) is the text's
        and (word.start() == 0 or "，" not in text[: word.start()])
        # (and so is one a clause follows that names none: `内部资料，一…`; a masthead
        # may part its words so, `内部资料，免费交流`)
        and _clauses_name_masthead(text[word.end() :])
    )


def _clauses_name_masthead(rest: str) -> bool:
    """Whether every clause after a masthead's word (past a comma) names a masthead's
    word too."""
    clauses = re.split(r"[，,]", rest)[1:]
    return all(_MASTHEAD_WORD.search(clause.strip()) for clause in clauses)


# The paper's name and number in English, in a bilingual paper's masthead
# (`… Bulletin · No.4 · May 2024`): Latin letters only, an issue's number or year in it.
_ENGLISH_LINE = re.compile(r"^[A-Za-z0-9&·•.,'’:()\-–—/|｜\s]{8,120}$")
_ENGLISH_ISSUE = re.compile(r"\b(?:No|Vol|Issue)\.?\s*\d|\b(?:19|20)\d\d\b")


def _english_masthead(text: str) -> bool:
    return bool(_ENGLISH_LINE.match(text)) and bool(_ENGLISH_ISSUE.search(text))


def _masthead_blocks(
    raw_lines: list[str], texts: list[str], found: dict[int, str], page: list[int]
) -> list[int]:
    """The masthead at the top of the issue (and a colophon at its end): the lines from
    the first (or last) non-blank one that are masthead lines, furniture already, or
    short name-like lines among them; only if a word that only a masthead has is there."""
    taken: list[int] = []
    order = [k for k, t in enumerate(texts) if t]
    printed = Counter(texts)
    for ends in (order, order[::-1]):
        block: list[int] = []
        strong = False
        short_run: list[int] = []
        for k in ends:
            text = texts[k]
            # (a date alone first: a notice's signed date, never a long line split)
            dated = ends is not order and ONLY_DATE.match(text)
            if dated and _signed_date(raw_lines, texts, k, page):
                break  # (a notice's signer and date over the colophon: the notice's)
            if block and strong and (_RULE_LINE.match(text) or _MARKDOWN_RULE.match(text)):
                # A printed rule bounds the masthead (or the colophon): what lies past it
                # is the text's (a notice's contact line, signature and date).
                block.append(k)
                break
            if (
                k in found
                or _masthead_line(text)
                or _issuer_and_date(text)
                or _english_masthead(text)
                # (a colophon's makers and where to reach them: `编辑：… 地址：… 电话：…`)
                or (len(set(_CONTACT_LABELS.findall(text))) >= 2 and len(text) <= _MAX_MASTHEAD)
            ):
                block.extend(short_run)
                short_run = []
                block.append(k)
                text = closed_labels(text)  # (`主　办：`, `主 编:` set wide)
                # Only a masthead has those words, or a date with the issue's number.
                dated = bool(DATE.search(text)) and bool(ANY_NUMBER.search(text))
                # Two contact labels in one line (地址…邮编…电话…) only a colophon prints.
                contacts = len(set(_CONTACT_LABELS.findall(text))) >= 2
                strong = strong or bool(_MASTHEAD_STRONG.search(text)) or dated or contacts
                # (the body that issues it and the day, one line under the paper's name at
                # the top, as a 公文's red head prints them; at the end, a notice's signature)
                strong = strong or (ends is order and k not in found and _issuer_and_date(text))
            elif strong and _EDITOR_LINE.match(closed_labels(text)):
                block.append(k)  # `编辑：X　审核：Y` by the colophon's `编印`: the issue's makers
            elif (
                (_candidate(text, 20) or _bracketed_note(text))
                and len(short_run) < 2
                and not (ends is order and _page_title(texts, k, printed))
            ):
                short_run.append(k)  # the paper's name or slogan, if a masthead line follows
            else:
                break
        # The paper's name alone over the first page's header line.
        named = (
            ends is order
            and len(block) >= 2
            and block[1] in found
            and block[0] == ends[0]
            and _paper_name(texts[block[0]], [texts[k] for k in found])
        )
        if strong or named:
            taken.extend(k for k in block if k not in found)
    return sorted(set(taken))


_NUMBER_RULES = frozenset(
    {"furniture.date_number", "furniture.masthead_number", "furniture.pieces"}
)
_MAX_INNER_MASTHEAD = 6


_MAX_POST_NOTES = 2
# The body that issues it, named with the word for it, as a masthead's line names it.
_ISSUER_WORD = re.compile(r"[\u4e00-\u9fff][\s\u3000]*(?:编|编印|主办|主编)(?:[\s\u3000]|$)")


_EDITED_BY = ("编辑：", "编辑:", "主编：", "主编:", "责任编辑：", "责任编辑:")


def _colophons_over_pages(
    texts: list[str], found: dict[int, str], rules: dict[int, str]
) -> list[int]:
    """A colophon at a page's foot inside the file, right over the page's number (a
    folded leaflet's back panel read first): the masthead lines over it, one at least
    that only a masthead has (`主办：…`, `扫码关注…`), up to a line of text."""
    taken: list[int] = []
    for k in [k for k, rule in rules.items() if rule == "furniture.page"]:
        block, strong = [], False
        j = k - 1
        while j >= 0 and k - j <= 2 * _MAX_INNER_MASTHEAD:
            text = texts[j]
            if not text or j in found:
                j -= 1
                continue
            label = closed_labels(text)
            # (its editors named as a group: `编辑：《榴园邻里》编辑组`)
            edited = label.startswith(_EDITED_BY) and len(label) <= _MAX_MASTHEAD
            if not (_masthead_line(text) or _EDITOR_LINE.match(label) or edited):
                break
            block.append(j)
            strong = strong or bool(_MASTHEAD_STRONG.search(label))
            j -= 1
        if strong and len(block) >= 2:
            taken.extend(block)
    return taken


def _inner_mastheads(
    texts: list[str], found: dict[int, str], rules: dict[int, str], notes: list[int]
) -> list[int]:
    """A masthead inside the file, round the issue's number and date (a printer's sheets
    in their order, 4|1: the first page's head after the last page's text): the masthead
    lines next to it (主办, 内部资料, 地址…), the paper's name right over it; only where a
    word that only a masthead has is among them."""
    order = [k for k, t in enumerate(texts) if t]
    at = {k: n for n, k in enumerate(order)}
    taken: list[int] = []
    notes_taken = False
    for k in [
        k for k, rule in rules.items() if rule in _NUMBER_RULES and ANY_NUMBER.search(texts[k])
    ]:
        n = at.get(k)
        if n is None or n < 2 or n > len(order) - 3:
            continue  # (the top's masthead is found from the top, the foot's from the foot)
        block, strong = [], False
        for step in (-1, 1):
            j, named = n + step, False
            while 0 <= j < len(order) and abs(j - n) <= _MAX_INNER_MASTHEAD:
                text = texts[order[j]]
                if _masthead_line(text) or (
                    order[j] in found and rules.get(order[j]) != "furniture.page"
                ):
                    block.append(order[j])
                    strong = strong or bool(_MASTHEAD_STRONG.search(closed_labels(text)))
                elif _EDITOR_LINE.match(closed_labels(text)):
                    block.append(order[j])
                elif (
                    step < 0
                    and not named
                    and len(text) <= _PAPER_NAME
                    and _candidate(text, _PAPER_NAME)
                    and not DATE.search(text)
                ):
                    named = True  # (the paper's name right over its number, once)
                    block.append(order[j])
                else:
                    break
                j += step
        # (or the number's own line gives the issuing body and the day: `…居委会　编　　2024
        # 年5月　第17期`, as only a masthead prints them)
        own = closed_labels(texts[k])
        strong = strong or bool(_ISSUER_WORD.search(own) and DATE.search(own))
        if strong:
            taken.extend(j for j in block if j not in found)
            if block and not notes_taken:
                notes_taken = True
                notes.extend(_posters_note(texts, found, min(block)))
    return taken


def _posters_note(texts: list[str], found: dict[int, str], top: int) -> list[int]:
    """Over an issue's masthead carried inside a post, under the post's own header (its
    title, who posted it, when), a line or two of the poster's own words (`我把文字敲了一遍
    搬过来…`): the post's, not the issue's."""
    above = [k for k in range(top) if texts[k]]
    # (the poster's words read as text; the post's header's short lines do not)
    notes = [
        k
        for k in above
        if k not in found
        and (_reads_as_text(texts[k]) or (len(texts[k]) >= 20 and "，" in texts[k]))
    ]
    headed = any(k in found for k in above)
    if not headed or not 1 <= len(notes) <= _MAX_POST_NOTES or notes[0] == above[0]:
        return []
    # (right over the masthead: under them nothing but the masthead's own lines)
    if any(k > notes[0] and k not in notes for k in above):
        return []
    return notes


def _overlaps(texts: list[str], found: dict[int, str]) -> list[int]:
    """Past a photo's file name (a batch of photos read by OCR), what the photo before
    showed already: the last line of text before it, read again right after it; and a piece of
    a letter-spaced banner found already (a photo cut it)."""
    taken: list[int] = []
    banners = {without_space(t) for t in found.values() if _LETTER_SPACED.match(t)}
    last_text: str | None = None
    broke = False
    for k, text in enumerate(texts):
        if not text:
            continue
        if k in found:
            # (a new photo's file name: the photos overlap; a page's head parts pages
            # that print nothing twice)
            broke = broke or (last_text is not None and bool(_PICTURE_FILE.match(found[k])))
            continue
        if broke and _LETTER_SPACED.match(text):
            piece = without_space(text)
            if any(piece in banner for banner in banners):
                taken.append(k)
                continue
        if broke and text == last_text and len(text) >= _MIN_OVERLAP:
            taken.append(k)
        else:
            last_text = text
        broke = False
    return taken


# A line whose characters stand one apart (`梅 园 社 区 居 务 公 开 栏`), and the least
# of a line read twice across a break.
_LETTER_SPACED = re.compile(r"^(?:\S\s+){3,}\S$")
_MIN_OVERLAP = 8


# A web page's own words under the article: its buttons, menus and footer links.
_PAGE_WORD = re.compile(
    r"^(?:登录|注册|分享[:：]?|分享到[:：]?|收藏|举报|评论|点赞|关注|下载|首页|联系我们|关于我们|隐私政策|法律声明"
    r"|喜欢|打印|转载|赠金笔"  # (a blog's buttons)
    r"|预览|存网盘|发送"  # (a web mail's)
    r"|广告合作|热门推荐|相关推荐|相关阅读|更多|返回|打开APP|客户端|微信|朋友圈|新浪微博|QQ空间"
    r"|发表评论|评论\(\d+\)|登录后参与评论|加入我们|意见反馈|网站地图|版权声明|举报/反馈|写评论\.*"
    r"|写下你的评论\.*|暂无评论|还没有评论"
    # a WeChat post's own words under it
    r"|阅读原文|预览时标签不可点|微信扫一扫|关注该公众号|在看|写留言|留言|赞赏"
    # an H5 page viewer's own words under its last page
    r"|分享给(?:好友|朋友)|(?:手机)?扫码(?:观看|阅读)|由\S{2,10}提供技术支持)$",
    re.I,
)
_MAX_TAIL_LINK = 24


_POSTED_ISSUE = re.compile(
    r"^(?:[\[【][^\]】\s]{1,8}[\]】]\s*)?《[^》]{2,12}》\s*(?:\d{4}\s*年\s*)?第\s*\d{1,3}\s*期"
    r"[^。！？!?，,；;]{0,12}$"
)
# A site's or a reposter's take-down notice: `如有侵权，请联系删除`.
_TAKE_DOWN = re.compile(r"(?:如有|若有|如涉及)侵权[，,]?\s*(?:请)?(?:联系|告知|通知)\S{0,8}删除")


def _page_words_only(text: str) -> bool:
    if len(text) > _MAX_BAR:
        return False  # (a row of buttons is short: a long line is never split into words)
    words = text.split()
    return len(words) >= 2 and all(_PAGE_WORD.match(word) for word in words)


def _info_bar(text: str) -> bool:
    """A document site's or a post's bar of fields parted by bars, two of them the
    site's own (who uploaded it, when, how often read, its pages and format)."""
    if len(text) > _MAX_BAR:
        return False
    fields = [field.strip() for field in re.split(r"[|｜]", text)]
    if len(fields) < _MIN_BAR_FIELDS or not all(_BAR_FIELD.match(f) for f in fields):
        return False
    return sum(1 for f in fields if _SITE_FIELD.match(f)) >= 2


_MIN_BAR_FIELDS = 3
# A blog post's bar: its time, then its category or tags, parted by bars.
_STAMPED_POST_BAR = re.compile(
    r"^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[|｜].*(?:分类|标签)\s*[:：]"
)
_BAR_FIELD = re.compile(r"^[^\s：:]{1,6}\s*[：:]\s*\S.{0,30}$")
_SITE_FIELD = re.compile(
    r"^(?:上传者|上传时间|发布时间|发布者|贡献者|浏览|阅读|下载|页数|格式|大小|点击|评论|字数|分类)"
    r"\s*[：:]"
)
_CREDIT_FIELD = re.compile(
    r"^[【\[]?(?:来源|來源|责任编辑|責任編輯|编辑|編輯|审核|審核|作者|记者|記者)\s*[：:]"
)
_MIN_PAGE_WORDS = 3
_TAIL_STOP = re.compile(r"[。！？!?，,；;]")


def _page_tail(texts: list[str], found: dict[int, str]) -> list[int]:
    """The run of short lines at the issue's end, under its last article, among them
    three of a web page's own buttons and links at least: the page's, not the text's."""
    run: list[int] = []
    words = 0  # (the page's words found already among them count too: `微信扫一扫`)
    for k in range(len(texts) - 1, -1, -1):
        # (a legacy code page saves an icon as `?`: `?? 点赞`, `Copyright ? 2015-2025 …`)
        text = _LOST_ICONS.sub("", texts[k]).strip()
        if not text:
            continue
        if k in found:
            words += bool(_PAGE_WORD.match(text))
            continue
        if _COPYRIGHT.search(text):
            run.append(k)  # (the site's copyright line, however long)
            continue
        # (a related post's title and its stamp, `X发布 · 26评论 · 3天前`, are links too)
        if len(text) > _MAX_TAIL_LINK or _TAIL_STOP.search(text) or _CREDIT_FIELD.match(text):
            break  # (`责任编辑：X` over the buttons is the article's)
        if text[:1] in "（(" and closing_like(text):
            break  # (`（摄影：X）` under the last article's text is its credit)
        if (signed := _SIGNED_WITH_NAME.match(text)) and has_surname(signed["name"]):
            break  # (`退休教师　葛秋帆` under the last poem: who wrote it)
        # (a related post's title after its lost bullet, `? …运动会`, signs nothing)
        if ONLY_DATE.match(text) or (is_department(text) and not _LOST_ICONS.match(texts[k])):
            break  # (`枫林社区居委会` / `2024年6月7日`: the last notice's signer and date)
        run.append(k)
    words += sum(1 for k in run if _PAGE_WORD.match(_LOST_ICONS.sub("", texts[k]).strip()))
    return run if run and words >= _MIN_PAGE_WORDS else []


_LOST_ICONS = re.compile(r"^\?{1,3}(?=\s)|(?<=\s)\?(?=\s)")
_COPYRIGHT = re.compile(r"^(?:Copyright|版权所有|©)|all rights reserved", re.I)


_SIGNED_WITH_NAME = re.compile(r"^[^\s\d：:]{2,12}[ \u3000]+(?P<name>[\u4e00-\u9fff]{2,3})$")
_THANKS = re.compile(
    r"^(?:谢谢|谢谢大家|[感谢]谢(?:观看|收看|阅读|聆听|收听)|再见|完)[！!。.～~]*$"
)


def _closing_thanks(texts: list[str], found: dict[int, str]) -> list[int]:
    """`谢谢！` as the issue's last words (a slide deck's last slide, a broadcast's
    goodbye), with nothing but the issue's own lines after it."""
    last = next((k for k in range(len(texts) - 1, -1, -1) if texts[k] and k not in found), None)
    if last is None:
        return []
    text = texts[last]
    if _EDITOR_LINE.match(closed_labels(text)):
        # (the deck's editors under its last slide's thanks: `谢谢观看` / `编辑：X　审核：Y`)
        above = next((k for k in range(last - 1, -1, -1) if texts[k] and k not in found), None)
        if above is not None and _THANKS.match(texts[above].lstrip("# ")):
            return [above]
    # (or a group post's word to its readers, set apart at its end, thanking them after
    # a chat's marks: `如有疑问，请在群里@居委会X…。谢谢大家[玫瑰]`)
    chatted = ("@" in text or _CHAT_FACE.search(text)) and (last == 0 or not texts[last - 1])
    thanks = _THANKS.match(text.lstrip("# "))  # (a slide's heading: `# 谢谢观看`)
    return [last] if thanks or (chatted and _THANKS_LAST.search(text)) else []


# A chat app's face written as its name in brackets: `[玫瑰]`, `[微笑]`.
_CHAT_FACE = re.compile(r"\[[\u4e00-\u9fff]{1,4}\]")
_THANKS_LAST = re.compile(
    r"(?:^|[。！!，,])\s*(?:谢谢大家|谢谢|感谢大家)[！!。～~]*(?:\[[\u4e00-\u9fff]{1,4}\])*$"
)


def _issuer_and_date(text: str) -> bool:
    """`桐荫社区居民委员会　2024年5月`: the body that issues the paper and its date, set
    apart (a masthead's line; a notice's signature stands on two)."""
    if len(text) > _MAX_MASTHEAD:
        return False  # (a file at the size cap may be one line: it is never split)
    pieces = [p for p in WIDE_GAPS.split(text) if p]
    if len(pieces) == 1:  # (a PDF's text sets them a space apart: `中共…委员会 2024年5月20日`)
        pieces = text.rsplit(" ", 1)
    return len(pieces) == 2 and is_unit(pieces[0]) and bool(ONLY_DATE.match(pieces[1]))


# How a paper names itself: 社区报, 周刊, 简讯, 之窗, 家园 ….
_PAPER = re.compile(r"(?:报|刊|讯|通讯|简报|快报|之窗|之声|家园|时讯|週刊|報)$")


# A reader view's or a post's reading time: `~2 分钟`, `1-2 分钟`, `阅读时间：3分钟`.
_READING_TIME = re.compile(
    r"^(?:~\s*\d{1,2}|\d{1,2}\s*[-–~]\s*\d{1,2}|(?:预计)?阅读(?:时间|时长)?\s*[:：]?\s*约?\s*\d{1,2})"
    r"\s*分钟$"
)
# A browser's page title: the headline, a dash or bar, the site's or paper's name
# (`“共享菜园”开进老小区 - 杏洲周报`, as a reader view prints it over each article).
_PAGE_TITLE = re.compile(r"^(?P<head>\S.{2,58}?)\s+[-–—_|｜]\s+(?P<site>[^\s\-–—_|｜].{1,20})$")
# How far below its page title the headline is printed again.
_TITLE_AGAIN_WITHIN = 15


def _page_titles(texts: list[str], found: dict[int, str]) -> list[int]:
    """Page titles: a site's name after the dash on two of them or more, or the headline
    before it printed again as a line just below."""
    titled = {
        k: match
        for k, text in enumerate(texts)
        if k not in found and " " in text and (match := _PAGE_TITLE.match(text))
    }
    sites = Counter(match["site"] for match in titled.values())
    return [
        k
        for k, match in titled.items()
        if sites[match["site"]] >= 2 or match["head"] in texts[k + 1 : k + 1 + _TITLE_AGAIN_WITHIN]
    ]


def _printed_again(texts: list[str], found: dict[int, str], rules: dict[int, str]) -> list[int]:
    """Lines furniture elsewhere, printed the same here among furniture, one or a few in
    a row (a page's news list pasted again, its last entry naming an article above it;
    the first page's head, which the next page prints again)."""
    # (a list of other pages names headlines that stand in the text: no furniture by it)
    printed = {text for k, text in found.items() if rules.get(k) != "furniture.related_links"}
    # (a contents entry printed again right over a record's time, `发布时间：2024-04-12…`,
    # is that record's headline: a site's page per story)
    listed = {text for k, text in found.items() if rules.get(k) == "furniture.contents"}
    printed -= {
        text
        for k, text in enumerate(texts)
        if text in listed and k not in found and _over_record_time(texts, k)
    }
    again: list[int] = []
    run: list[int] = []  # lines printed as furniture elsewhere, one after another
    for k, text in enumerate(texts):
        if not text:
            continue
        if k not in found and text in printed and len(run) < _MAX_AGAIN:
            run.append(k)
            continue
        if run and (k in found) and _after_furniture(texts, found, run[0]):
            again.extend(run)
        run = []
    if run and _after_furniture(texts, found, run[0]) and _neighbours(texts, run[-1])[1] is None:
        again.extend(run)
    return again


# Most lines in a row a page prints again as they stand elsewhere among its furniture.
_MAX_AGAIN = 4
# A site's record's time under its title: `发布时间：2024-04-12 09:20:05`, `发布日期: …`.
_RECORD_TIME = re.compile(r"^(?:发布|更新|发表)(?:时间|日期)\s*[:：]\s*\d{4}")


def _over_record_time(texts: list[str], k: int) -> bool:
    below = _neighbours(texts, k)[1]
    return below is not None and bool(_RECORD_TIME.match(texts[below]))


def _after_furniture(texts: list[str], found: dict[int, str], k: int) -> bool:
    """Line k opens the file, or stands right under furniture."""
    before = _neighbours(texts, k)[0]
    return before is None or before in found


def _names_over_numbers(
    texts: list[str], found: dict[int, str], rules: dict[int, str]
) -> list[int]:
    """`望川街道工作简报` right over `2024年第1期（总第141期）`: the paper's name over its
    issue's number."""
    named = []
    for k, rule in rules.items():
        if rule not in ("furniture.masthead_number", "furniture.date_number", "furniture.pieces"):
            continue
        above = _neighbours(texts, k)[0]
        if above is None or above in found or k - above > 2:
            continue
        text = texts[above]
        if english_only(text) and above - 1 >= 0 and texts[above - 1]:
            # `仙霞湾国际社区通讯` over `XIANXIAWAN … NEWSLETTER`: the name in both languages
            name = above - 1
            if name not in found and _candidate(texts[name]) and _PAPER.search(texts[name]):
                named.extend((name, above))
            continue
        if len(text) <= _MAX_PAPER_NAME and _candidate(text) and _PAPER.search(text):
            named.append(above)
    return named


def _heading_over_page(texts: list[str], found: dict[int, str], rules: dict[int, str]) -> list[int]:
    """A Markdown file's first heading, one `#`, right over the page's date or number
    (`# 松韵` / `2024年10月11日 星期五 | 第4版 | 副刊`): the paper's name."""
    first = next((k for k, text in enumerate(texts) if text and k not in found), None)
    if first is None or not _PAPER_HEADING.match(texts[first]):
        return []
    below = _neighbours(texts, first)[1]
    if below is None or rules.get(below) not in _PAGE_OR_DAY:
        return []
    # (the page's first headline follows a paper's name and its page line; a sentence
    # or a clause there is the heading's own text: `# 标题` / `第2版 …` / `一句话，`)
    after = next((j for j in range(below + 1, len(texts)) if texts[j] and j not in found), None)
    if after is not None and (ANY_STOP.search(texts[after]) or len(texts[after]) > _MAX_HEADLINE):
        return []
    return [first]


_PAPER_HEADING = re.compile(r"^#[ \t]+[^#\s].{0,11}$")
_MAX_HEADLINE = 40
_PAGE_OR_DAY = frozenset(
    {"furniture.page", "furniture.pieces", "furniture.date", "furniture.date_number"}
)


def _mail_note(texts: list[str], found: dict[int, str], rules: dict[int, str]) -> list[int]:
    """The sender's note between a mail's header and the issue's masthead under it
    (`各位楼组长：本期居民通讯已编好，请转发…`): the mail's words, not the issue's."""
    header = [k for k, rule in rules.items() if rule == "furniture.mail_header"]
    if not header:
        return []
    note: list[int] = []
    for k in range(max(header) + 1, len(texts)):
        if k in found:
            if not note and rules.get(k) not in _TOP_RULES:
                continue  # (the header's own last lines: `附　件：1 个 (….pdf)`)
            # (the masthead under it, not a page's head far on)
            return note if note and rules.get(k) in _TOP_RULES else []
        if texts[k]:
            note.append(k)
            if len(note) > _MAX_MAIL_NOTE:
                return []
    return []


_MAX_MAIL_NOTE = 8


def _mail_signature(texts: list[str], found: dict[int, str], rules: dict[int, str]) -> list[int]:
    """A mail's signature: the short lines after its `-- ` line (the mark every mail
    program sets over the sender's name and numbers) at the mail's end."""
    if not any(rule == "furniture.mail_header" for rule in rules.values()):
        return []
    last = max((k for k, text in enumerate(texts) if text), default=-1)
    for k in range(last, max(-1, last - _MAX_SIGNATURE - 1), -1):
        if texts[k].strip() == "--":
            below = [j for j in range(k, last + 1) if texts[j] and j not in found]
            if all(len(texts[j]) <= _MAX_SIGNATURE_LINE for j in below):
                return below
            return []
    return []


# Most lines under a mail's `-- `, and the longest.
_MAX_SIGNATURE, _MAX_SIGNATURE_LINE = 6, 40
# What the issue's top block is made of.
_TOP_RULES = frozenset(
    {
        "furniture.masthead",
        "furniture.above_masthead",
        "furniture.pieces",
        "furniture.date",
        "furniture.date_number",
        "furniture.masthead_number",
        "furniture.name",
    }
)


def _heads_by_page_numbers(
    texts: list[str], found: dict[int, str], rules: dict[int, str]
) -> list[int]:
    """A short line printed twice or more, each time right against a page's number, no
    blank line between (`— 1 —` / `石榴巷社区工作简报`): the page's running head, however
    seldom printed."""
    pages = {k for k, rule in rules.items() if rule == "furniture.page"}
    if len(pages) < 2:
        return []
    places: dict[str, set[int]] = {}
    for k in pages:
        for j in (k - 1, k + 1):  # (set right against it: a header's block)
            text = texts[j] if 0 <= j < len(texts) else ""
            short = text and len(text) <= _MAX_RUNNING_HEAD and not _TAIL_STOP.search(text)
            if short and j not in found:
                places.setdefault(text, set()).add(j)
    printed = Counter(text for text in texts if text in places)
    heads = [
        j
        for text, at in places.items()
        if len(at) >= 2 and len(at) == printed[text]
        for j in sorted(at)
    ]
    # (each page's own, its section named: `枫渚·民生 2024年4月18日` over `3`: dated
    # heads against two page numbers or more)
    dated = [
        j
        for text, at in places.items()
        if DATE.search(text) and not _SENTENCE.search(text)
        for j in at
        if j not in heads
    ]
    return heads + (dated if len(dated) >= 2 else [])


_MAX_RUNNING_HEAD = 30


def _sections_under_page_numbers(
    texts: list[str], found: dict[int, str], rules: dict[int, str]
) -> list[int]:
    """Under each page's number (`第2版`), on every page that prints one (two or more),
    a page's name of a few words over a headline, no text (`社区·民生` over `社区快讯`):
    the last line of the page's running head, each page its own."""
    # (the page's number alone: `第2版`, `— 2 —`; not a contents entry naming a page)
    # (or with the day beside it: `松鹤 第2版 2025年5月15日`)
    pages = sorted(
        k
        for k, rule in rules.items()
        if rule == "furniture.page" and (_PAGE_ALONE.match(texts[k]) or DATE.search(texts[k]))
    )
    if len(pages) < 2:
        return []
    sections = []
    for k in pages:
        # (the next lines with words: an OCR engine sets a blank line after each block)
        j = _neighbours(texts, k)[1]
        below = _neighbours(texts, j)[1] if j is not None else None
        if j is None or below is None or j - k > 2 or below - j > 2:
            return []
        if j in found or below in found:
            return []
        name, under = texts[j], texts[below]
        if not (name and under) or len(name) > _MAX_PAGE_SECTION or _SECTION_STOP.search(name):
            return []
        if len(under) > _MAX_RUNNING_HEAD or _TAIL_STOP.search(under):
            return []  # (over text: a story's headline of its own)
        if not _PAGE_ALONE.match(texts[k]) and not (
            _DOTTED_SECTION.match(name) or len(under) <= _MAX_KICKER_UNDER
        ):
            # (under a dated page line, a name right over the headline is its kicker: the
            # page's own is set `健康·服务`, or over the story's kicker and headline)
            return []
        sections.append(j)
    return sections if len(set(texts[j] for j in sections)) == len(sections) else []


_PAGE_ALONE = re.compile(rf"^(?:{PAGE.pattern}|{BARE_PAGE.pattern})$")
# Longest page's name under its number; what no page's name holds.
_MAX_PAGE_SECTION = 8
_SECTION_STOP = re.compile(r"[，。！？；：,.!?;:、“”\d]")
_DOTTED_SECTION = re.compile(rf"^[{HAN}]{{2,4}}[·・][{HAN}]{{2,4}}$")
_MAX_KICKER_UNDER = 6


# Capital letters set for ornament on a Chinese page: `NEWS`, `JOIN US`, `THANKS FOR
# READING` (a headline's translation stands under it, in any case).
_CAPS_ORNAMENT = re.compile(r"^[A-Z][A-Z&'’ \-]{2,30}$")
_MAX_COLUMN_UNDER = 8


def _ornaments(texts: list[str], found: dict[int, str]) -> list[int]:
    """Capitals alone on a line over a column's Chinese name (`NEWS` / `社区新闻`), or
    after ended text or furniture: an ornament of the page, no headline or text."""
    out = []
    for k, text in enumerate(texts):
        if k in found or not text or not text[0].isupper() or not _CAPS_ORNAMENT.match(text):
            continue
        before, after = _neighbours(texts, k)
        named = (
            after is not None
            and len(texts[after]) <= _MAX_COLUMN_UNDER
            and HAN_CHAR.search(texts[after])
            and not ANY_STOP.search(texts[after])
        )
        ended = before is None or before in found or is_terminated(texts[before])
        ended = ended or texts[before].endswith(("）", ")")) or closing_like(texts[before])
        ended = ended or after is None or after in found  # (over the page's foot)
        if named or ended:
            out.append(k)
    return out


def _names_over_romanized(texts: list[str], found: dict[int, str], rules: dict[int, str]):
    """`兰畲镇报` over `LANSHE ZHENBAO` over the masthead's `…主办` line: the paper's name,
    its letters set under it, heading the masthead (wherever the page begins)."""
    out = []
    for k, rule in list(rules.items()):
        if rule != "furniture.ornament":
            continue
        before, after = _neighbours(texts, k)
        if before is None or before in found or after is None:
            continue
        name = texts[before]
        if (
            rules.get(after) in _MASTHEAD_RULES
            and len(name) <= _PAPER_NAME
            and HAN_CHAR.search(name)
            and not _SENTENCE.search(name)
        ):
            out.append(before)
    return out


_MASTHEAD_RULES = frozenset(
    {"furniture.masthead", "furniture.pieces", "furniture.masthead_number", "furniture.date_number"}
)


def _translations(texts: list[str], found: dict[int, str]) -> list[int]:
    """A line in Latin letters right under furniture (`Edited by …` under `… 编`): the
    same furniture in the paper's other language."""
    return [
        k + 1
        for k in found
        if k + 1 < len(texts) and k + 1 not in found and named_in_english(texts[k + 1])
    ]


_MAX_PAPER_NAME = 20


def _inside_top_block(texts: list[str], found: dict[int, str]) -> list[int]:
    """At the top of the issue, nothing but furniture above them and furniture right
    under them: lines of labelled fields are the masthead block's too (a portal's
    `发布时间：… 来源：…` bar between the page's title and the paper's number, an
    archive's `责任者：…` and `文件日期：…` between its export's head lines)."""
    taken: list[int] = []
    pending: list[int] = []  # labelled lines, one after another, furniture not yet under
    order = [k for k, text in enumerate(texts) if text]
    above: int | None = None  # the furniture line over the pending ones
    for n, k in enumerate(order):
        if k in found:
            # (between one page's head and another's, a line is the first page's own)
            paged = above is not None and None not in (_page_of(texts[above]), _page_of(texts[k]))
            if not (pending and paged):
                taken.extend(pending)
            pending = []
            above = k
            continue
        text = texts[k]
        if n == 0 or len(pending) >= _MAX_TOP_FIELDS:
            break
        # (an address the field gives is no text, however long: `来源网址：http://…`)
        if len(_URL.sub("", text)) > _MAX_MASTHEAD or text.endswith(("。", "！", "？")):
            break
        if is_unit(text) or _units_line(text):
            pending.append(k)  # `中共汀兰社区委员会` between the number and the date: its maker
            continue
        if not _FOOT_FIELD.match(closed_labels(text)):
            break  # a headline under an app's header: labelled fields only are the bar's
        if is_unit(re.split(r"[：:]", text, maxsplit=1)[0].strip()):
            break  # `栖霞湾街道：老旧小区加装电梯…`: a body and what it did, a headline
        pending.append(k)
    return taken


def _units_line(text: str) -> bool:
    """Bodies' names set apart on one line: `枕河社区党委　枕河社区居民委员会`."""
    if len(text) > _MAX_MASTHEAD:
        return False  # (never split a long line)
    names = text.split()
    return len(names) >= 2 and all(is_unit(name) for name in names)


_URL = re.compile(r"https?://\S+")
# Most labelled lines in a row a masthead block holds between its other lines.
_MAX_TOP_FIELDS = 8


def _paper_name(text: str, furniture: list[str]) -> bool:
    """A short line that names the paper: called as a paper is, or printed again in a
    page's header."""
    return bool(_PAPER.search(text)) or any(text in other and text != other for other in furniture)


def _neighbours(texts: list[str], k: int) -> tuple[int | None, int | None]:
    before = next((j for j in range(k - 1, max(-1, k - 40), -1) if texts[j]), None)
    after = next((j for j in range(k + 1, min(len(texts), k + 40)) if texts[j]), None)
    return before, after


def _add_companions(
    texts: list[str], found: dict[int, str], candidates: list[int], rules: dict[int, str]
) -> list[tuple[int, str]]:
    """Lines that are furniture by standing beside it: the paper's name beside page lines
    (repeated exactly, on two pages at least), and a section banner, a masthead line or
    a line of editors printed beside them."""
    added: list[tuple[int, str]] = []
    # The paper's name repeats exactly, unlike a page line.
    by_text: dict[str, list[int]] = {}
    for k in candidates:
        text = texts[k]
        # (`【责任编辑：X】` under each article is that article's)
        short = len(text) <= 20 and not _BRACKETED.search(text)
        if k not in found and short and not closing_like(text):
            by_text.setdefault(text, []).append(k)
    for places in by_text.values():
        beside = [
            {j for j in _neighbours(texts, k) if j is not None and j in found} for k in places
        ]
        # On two pages at least: beside two different page lines, and beside one each time;
        # and never over text (a headline printed again over a jumped article's rest).
        over_text = any(_over_text(texts, k) for k in places)
        if len(places) >= 2 and all(beside) and len(set().union(*beside)) >= 2 and not over_text:
            found.update((k, texts[k]) for k in places)
            added.extend((k, "furniture.name") for k in places)
    # A short line set between two lines of a page's head (`6` / `社区·服务` / `本版编辑…`)
    # is the head's too: the page's section, printed among its number, date and editors.
    for k in range(1, len(texts) - 1):
        inside = k not in found and k - 1 in found and k + 1 in found
        short = inside and len(texts[k]) <= _MAX_SECTION_NAME and _candidate(texts[k])
        beside = {rules.get(k - 1), rules.get(k + 1)}
        # (a site's menu over it and its page's details under it: the page's title, no
        # section's name; a section's stands among its page's head's lines)
        menu_above = (
            rules.get(k - 1) in _MENU_RULES
            and not beside & _PAGE_HEAD_RULES
            and len(texts[k]) >= _MIN_PAGE_TITLE
            and not texts[k].endswith(("：", ":"))  # (`相关链接：` heads the page's links)
        )
        if short and not beside & _PARTING_RULES and not menu_above:
            found[k] = texts[k]
            rules[k] = "furniture.between_heads"
            added.append((k, "furniture.between_heads"))
    # A page's section name read out right over its head (`人物` / `2024年6月28日　星期五`
    # / `责任编辑：…` / `03`), under the page before's last line: the page's too.
    for k in range(1, len(texts) - 2):
        if k in found or not _SECTION_WORD.match(texts[k]):
            continue
        before, after = _neighbours(texts, k)
        if before is None or after is None:
            continue
        # (the page's head under it: two of its lines, or one that names the page)
        below = _neighbours(texts, after)[1]
        if after not in found or rules.get(after) not in _PAGE_HEAD_RULES:
            continue
        paged = rules.get(after) in ("furniture.pieces", "furniture.page")
        if not paged and not (below in found and rules.get(below) in _PAGE_HEAD_RULES):
            continue
        above = texts[before]
        # (or under the page's furniture already: its logo, blank lines between; or under
        # the page before's last caption, its photographer's credit)
        ended = _ends_text(above) or closing_like(above) or photo_credit(above) is not None
        if before in found or ended or ONLY_DATE.match(above):
            found[k] = texts[k]
            rules[k] = "furniture.between_heads"
            added.append((k, "furniture.between_heads"))
    # A page's number and its section's name (`02　要闻`) right against the page's dated
    # running head (`2025年4月18日　鹤山镇报`), over it or under it: the page's head.
    for k, text in enumerate(texts):
        if k in found or not _NUMBERED_SECTION.match(text):
            continue
        if any(rules.get(j) in _DATED_HEAD_RULES and texts[j] for j in (k - 1, k + 1)):
            found[k] = text
            rules[k] = "furniture.between_heads"
            added.append((k, "furniture.between_heads"))
    # A header may stack several lines; each found one lets its neighbour in.
    # (the issue's top block, all furniture, ends at its first line of text)
    top = next((k for k, text in enumerate(texts) if text and k not in found), len(texts))
    # Columns' names in brackets that stand over stories after text are the stories'
    # kickers: one of their form under a page's head or a contents box is one too.
    tagged = [k for k, text in enumerate(texts) if text[:1] == "【" and _TAG_ONLY.match(text)]
    told = sum(1 for k in tagged if (j := _neighbours(texts, k)[0]) is not None and j not in found)
    kickers = told >= _MIN_TAGGED and told * 2 >= len(tagged)
    for _ in range(3):
        more = []
        for k in list(found):
            if rules.get(k) in _CHAT_RULES or rules.get(k) == "furniture.banner":
                continue  # (nor does a banner found beside one make a banner of the next)
            parting = rules.get(k) == "furniture.rule" and bool(_MARKDOWN_RULE.match(texts[k]))
            for j in _neighbours(texts, k):
                if j is None or j in found:
                    continue
                after_j = _neighbours(texts, j)[1]
                if parting and after_j is not None and texts[after_j][:1] == "#":
                    continue  # (Markdown's rule between stories is no page's head: the
                    # column's name under it heads the story whose heading follows)
                # Under a header means at a page's top: text must follow it.
                below = j > k and _neighbours(texts, j)[1] is not None
                # Under the masthead (or anything of the issue's top block) a banner
                # heads the first article, not a page.
                # (a masthead's line with the issue's number, repeated over each message
                # of a newsletter sent in parts, is no page's head either)
                page = rules.get(k) not in _MASTHEAD_RULES and not (below and j <= top)
                # Over the page's foot, under a sentence the page cut (it goes on past
                # the page) or a credit glued to a story's end: no line here closes it.
                cut = j < k and _unended_above(texts, j, found)
                rule = _beside_rule(texts[j], after=below or cut, page=page and not cut)
                if rule == "furniture.banner" and kickers and _TAG_ONLY.match(texts[j]):
                    # (unless the page's head beside it names the same section)
                    name = texts[j][1:-1]
                    if not any(name in texts[i] for i in range(j - 2, j + 3) if i in found):
                        rule = None
                if rule:
                    more.append((j, rule))
                    rules[j] = rule
        if not more:
            break
        for j, rule in more:
            found[j] = texts[j]
            added.append((j, rule))
    return added


_TAG_ONLY = re.compile(r"^【[^【】]{1,16}】$")
_MASTHEAD_RULES = frozenset({"furniture.masthead", "furniture.masthead_number"})
# (a chat's message header parts messages, not pages)
_CHAT_RULES = frozenset(
    {
        "furniture.chat_head",
        "furniture.chat_header",
        "furniture.chat_message",
        "furniture.transcript_head",
        "furniture.transcript_speaker",
    }
)
_MIN_TAGGED = 1


# A page's section name; rules that part articles (a headline may stand between two).
_MAX_SECTION_NAME = 12
# A page's section name alone over its head: a word or two, no mark; its page's number
# may stand at one end (`2 综合`, `文苑 3`: a scanned page's head read out by OCR).
_SECTION_WORD = re.compile(
    rf"^(?:[{HAN}]{{2,4}}|\d{{1,2}}\s*[{HAN}]{{2,4}}|[{HAN}]{{2,4}}\s*\d{{1,2}}"
    # (or set letter-spaced, as display type: `康 乐`)
    rf"|[{HAN}](?: [{HAN}]){{1,3}})$"
)
# (a page's number at one end: `02　要闻`, `文苑 3`)
_NUMBERED_SECTION = re.compile(
    rf"^(?:\d{{1,2}}[\s\u3000]*[{HAN}]{{2,4}}|[{HAN}]{{2,4}}[\s\u3000]*\d{{1,2}})$"
)
_DATED_HEAD_RULES = frozenset(
    {"furniture.date", "furniture.repeated_date", "furniture.page_header", "furniture.date_number"}
)
_PAGE_HEAD_RULES = frozenset(
    {
        "furniture.date",
        "furniture.pieces",
        "furniture.page",
        "furniture.editors",
        "furniture.date_number",
    }
)
# (a message's header parts too: a line between two is a message, `（综治办　何俊）`)
_PARTING_RULES = {
    "furniture.rule",
    "furniture.section_number",
    "furniture.image",
    "furniture.chat_header",
    "furniture.transcript_speaker",
    None,
}
_MENU_RULES = frozenset({"furniture.navigation", "furniture.repeated"})
_ISSUE_HEAD_RULES = frozenset({"furniture.masthead", "furniture.above_masthead"})
_MIN_PAGE_TITLE = 6


# Shortest line of text read as a sentence the page cut.
_MIN_CUT_TEXT = 10


def _unended_above(texts: list[str], k: int, found: dict[int, str]) -> bool:
    """Whether the line over line k is text that no stop ends: a sentence the page cut,
    or a story's last line with its credit glued on (`…（平安办供稿）`), which needs no
    editor's line of its own."""
    before = _neighbours(texts, k)[0]
    if before is None or before in found:
        return False
    text = texts[before]
    return len(text) >= _MIN_CUT_TEXT and not is_terminated(text)


def _over_text(texts: list[str], k: int) -> bool:
    """Whether the next line is an article's text (a sentence, or a jump marker)."""
    after = _neighbours(texts, k)[1]
    if after is None:
        return False
    text = texts[after]
    return bool(JUMP_IN.match(text)) or (bool(_SENTENCE.search(text)) and len(text) > 20)


def _beside_rule(text: str, after: bool, page: bool = True) -> str | None:
    """Why a line standing beside furniture is furniture too, or None. Under a page's
    header, an editor line or a banner is the page's; over a footer, only a page's own
    editors (本版编辑, 美编) are: `责任编辑：X` there closes the article above it."""
    if not _candidate(text, _MAX_MASTHEAD):
        return None
    if _EDITOR_LINE.match(closed_labels(text)) and (after or _PAGE_EDITOR.search(text)):
        return "furniture.editors"
    if after and page and _BANNER.match(text) and len(text) <= 18:
        return "furniture.banner"
    if _masthead_line(text):
        return "furniture.masthead"
    return None


def _named_number(texts: list[str]) -> str | None:
    """Where no furniture prints the issue's number, the number the file's first lines
    give beside the paper's name (`桐溪街坊第36期`, a post's `《月湖邻里》第11期电子版来了！`)."""
    first = [text for text in texts if text.strip()][:_NAMING_LINES]
    for text in first:
        if (m := _NAME_AND_NUMBER.search(text)) and not _SENTENCE_BEFORE.search(text[: m.start()]):
            return m.group("number")
    return None


# How many of a file's first lines may name its paper and number, and how they do.
_NAMING_LINES = 3
_NAME_AND_NUMBER = re.compile(
    r"(?:《[^》]{2,12}》|(?:^|[\s:：])[\u4e00-\u9fff]{2,8})\s*(?P<number>第\s*[0-9０-９]{1,4}\s*期)"
)
_SENTENCE_BEFORE = re.compile(r"[。！？!?，,；;]")


_RUNNING_COUNT = re.compile(r"[总總]第\s*[0-9０-９]{1,5}\s*期")
# A tool's own time stamp on the file: `导出时间：2021-11-03 15:42:18`.
_TOOL_TIME = re.compile(
    r"(?:导出|下载|打印|采集|抓取|保存|截取|捕获|生成|入库|转换)(?:时间|日期)\s*[:：]"
    r"[\s\d\-/.:年月日号]*"
)
_POST_TIME = re.compile(r"(?:发布|更新|上传|发表)(?:时间|日期)\s*[:：][\s\d\-/.:年月日号]*")
_NUMBERED_YEAR = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:第\s*\d{1,3}\s*期|[（(]\s*第)")


def _facts(found: dict[int, str], texts: list[str], rules: dict[int, str]) -> Furniture:
    furniture = Furniture(lines=dict(sorted(found.items())))
    # (past a post's end, among readers' comments, a number is a comment's count)
    ended = min((k for k, rule in rules.items() if rule == "furniture.after_end"), default=None)
    numbered = {
        k: p
        for k, text in found.items()
        if (ended is None or k < ended) and rules.get(k) != "furniture.counter"
        if (p := _page_of(text, rules.get(k) in _NOT_PAGE_LINES)) is not None
    }
    # The pages the text names: an extract may hold pages 3 and 4 alone. But text before
    # the first page 2's header is page 1, whose masthead names no page.
    pages = set(numbered.values())
    if pages and min(pages) == 2:
        first = min(k for k, p in numbered.items() if p == 2)
        if any(texts[k].strip() and k not in found for k in range(first)):
            pages.add(1)
    furniture.pages = sorted(pages)
    # (when a tool exported, printed or saved the file is not when the issue came out)
    # (nor when a mail was sent: the issue's own date is printed in it, if at all)
    dated_lines = [
        text for k, text in furniture.lines.items() if rules.get(k) != "furniture.mail_header"
    ] or list(furniture.lines.values())
    dates = [
        d for text in dated_lines for d in dates_in(_POST_TIME.sub("", _TOOL_TIME.sub("", text)))
    ]
    # (when a portal posted the page is the issue's date only if nothing else is printed)
    dates += [d for text in dated_lines for m in _POST_TIME.finditer(text) for d in dates_in(m[0])]
    # The date printed beside the issue's number is the issue's (a web page's 发布时间
    # above it is when the page went up).
    by_number = [
        d for text in furniture.lines.values() if ANY_NUMBER.search(text) for d in dates_in(text)
    ]
    # (a month's issue, `2025年5月刊·总第27期`, is that month's, whatever day it was posted)
    full = [d for d in by_number if d[2]] or by_number or [d for d in dates if d[2]]
    if full or dates:
        year, month, day = (full or dates)[0]
        furniture.date = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    numbered_years = [
        int(m.group(1)) for text in furniture.lines.values() for m in _NUMBERED_YEAR.finditer(text)
    ]
    if numbered_years:
        furniture.year = numbered_years[0]
    numbers = [m.group(0) for text in furniture.lines.values() for m in NUMBER.finditer(text)]
    # The number printed beside the issue's date is the issue's (a contents list of a
    # year's book names others' first).
    dated = [
        m.group(0)
        for k, text in furniture.lines.items()
        if DATE.search(text) and rules.get(k) != "furniture.contents"
        for m in NUMBER.finditer(text)
    ]
    numbers = dated + numbers
    # Only the running count printed (`总第402期`): that is the issue's number then.
    counts = [
        m.group(0) for text in furniture.lines.values() for m in _RUNNING_COUNT.finditer(text)
    ]
    if numbers or counts:
        furniture.number = (numbers or counts)[0]
    else:
        furniture.number = _named_number(texts)
    for text in furniture.lines.values():
        furniture.people.extend(_named(text))
    return furniture


# A header's page number as a cell of its own: `P2 | 泗泾报`, `04 泗泾报 文化`,
# `田林社区报　2024.5.10　02　社区新闻`; or the page of all: `2/4`.
_PAGE_CELL = re.compile(r"^(?:[Pp]\.?\s*)?0?([1-9]\d?)$")
_PAGE_OF_ALL = re.compile(r"^\s*([1-9]\d?)\s*/\s*([1-9]\d?)\s*$")
_CELL_GAP = re.compile(r"[\s|｜]+")
# Furniture whose numbers count entries or sections, not pages.
_NOT_PAGE_LINES = (
    "furniture.contents",
    # (a page-number field left as its code names the page only as Word would fill it)
    "furniture.page_field",
    "furniture.section_number",
    # a mail's or a post's date (`Fri, 27 Sep 2024`) names no page
    "furniture.mail_header",
    "furniture.post_header",
)
# More pages than a community paper prints: a number that is something else.
_MAX_PAGES = 48


def _page_of(text: str, listing: bool = False) -> int | None:
    """The page a furniture line names, if any (a contents list's or a section's
    numbers are not pages)."""
    if _SECTION_NUMBER.match(text.strip()):
        return None  # `01` over a card numbers it, as `02` the next one
    page = page_number(text)
    if page is not None or listing:
        return page
    whole = _PAGE_OF_ALL.match(text)
    if whole:
        return int(whole[1]) if int(whole[1]) <= int(whole[2]) else None
    # an issue's number set wide (`第 9 期`) is no page
    cells = [cell for cell in _CELL_GAP.split(ANY_NUMBER.sub(" ", text)) if cell]
    if len(cells) < 2:
        return None  # a bare number is page_number's
    numbers = [int(m[1]) for cell in cells if (m := _PAGE_CELL.match(cell))]
    return numbers[0] if len(numbers) == 1 and numbers[0] <= _MAX_PAGES else None


_NEXT_LABEL = re.compile(rf"[{HAN}A-Za-z]+\s*[:：｜]")


def _named(text: str) -> list[tuple[str, str]]:
    """(name, label) for each name after a label: `本版编辑：王某　美编：李某`."""
    parts = _PEOPLE_LABEL.split(closed_labels(text))
    named = []
    # split() with one group: text, label, value, label, value …
    for label, value in zip(parts[1::2], parts[2::2], strict=True):
        # A word before a colon labels what follows (`印数：2000份`): no name.
        value = _NEXT_LABEL.split(value, maxsplit=1)[0]
        # (`@陶蔓`: a mention in an online document names the person)
        words = [w.removeprefix("@") for w in re.split(r"[\s\u3000、，,:：]+", value) if w]
        for word in words:
            if not re.fullmatch(f"[{HAN}·]{{2,8}}", word):
                break  # the names end where other words begin (a phone number, an address)
            named.append((word, label))
    return named
