"""Shared test helpers: a folder of bulletins, and the nothing-is-lost check."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from lcreader.model import Issue
from lcreader.parse.box_tables import unboxed
from lcreader.parse.columns import unweave
from lcreader.parse.excerpts import unwrap_excerpts
from lcreader.parse.export_fields import ROLES, colon_titles, labelled_heads, spelled_label
from lcreader.parse.flattened import unflattened
from lcreader.parse.frames import split_named_items
from lcreader.parse.furniture import LINK_MARK, link_dump
from lcreader.parse.html_text import unescape_html
from lcreader.parse.lines import (
    BOLD_RUN_IN,
    BRACKET_RUN_IN,
    DASHED_BANNER,
    MARKDOWN_ESCAPE,
    MARKED_PERIOD_RUN_IN,
    PERIOD_RUN_IN,
    TOPIC_TAG,
    lost_pictographs,
)
from lcreader.parse.mail_quotes import quote_marks, quoted_mail
from lcreader.parse.mail_quotes import unquote_line as unquote
from lcreader.parse.markup import unmarked
from lcreader.parse.merged import split_merged_lines
from lcreader.parse.screen_reader import announced
from lcreader.parse.scripts import unscript
from lcreader.parse.setext import setext_marked, underlines
from lcreader.parse.sheets import unsheet
from lcreader.parse.subtitles import TAG, read_subtitles
from lcreader.parse.text import HEADLINE_MARK
from lcreader.parse.typesetting import untypeset
from lcreader.parse.wraps import join_number_runs
from lcreader.typeset import char_width, text_width

_HEADING = re.compile(r"^[^\S\n]*(#{1,6})[ \t]+(?=\S)", re.M)
_LIST = re.compile(r"^[^\S\n]*([-*+•])[ \t]+(?=\S)", re.M)  # (after any space a line strips)
# A label set in bold at a line's start (`**问：**…`): the marks set it off.
_BOLD_LABEL = re.compile(r"^[ \t]*(\*\*)[^*\s][^*\n]{0,11}[：:](\*\*)(?=\S)", re.M)
# Marks the parser may take off a line: a subtitle's leading dash, a credit's ■.
# (a mark may carry the selector that shows it as a picture: `▪️`)
_LINE_MARKS = re.compile(
    r"^[^\S\n]*(——|--|—|－－|──|(?:[▪■□●○◆◇▲△↑↓←→★☆▼▽►▶◎※▍▌▎▐┃]\ufe0f?)+)", re.M
)
_LINE_MARK_AT = re.compile(_LINE_MARKS.pattern.removeprefix("^"))
# Pictographs a post sets before a line (`📢`, `⚠️`): they point, as a bullet does.
_PICTOGRAPHS = re.compile(
    "^[ \t]*((?:(?:[\U0001f000-\U0001faff\u2300-\u23ff\u2600-\u27bf\u2b50\u2b55]"
    "|[0-9#*]\ufe0f?\u20e3(?=[ \t]*【))"
    "[\ufe0e\ufe0f\u200d\U0001f3fb-\U0001f3ff]*)+)",
    re.M,
)
_LOST_PICTOGRAPHS = re.compile(
    r"^[ \t]*(\?{1,4})(?=[\u4e00-\u9fff“《【①-⑳0-9])|^[ \t]*(\?)(?=[ \u3000][\u4e00-\u9fff“《【])",
    re.M,
)
_MARKDOWN_MARKS = re.compile(
    # (a Markdown line break's two spaces may follow the closing mark)
    r"^[^\S\n]*(?:(>)[^\S\n]*(?=\S)|(\*\*)[^*\n]+(\*\*)[^\S\n]*$|(\*)[^*\n]+(\*)[^\S\n]*$)",
    re.M,
)
_QUOTED_LINE_MARK = re.compile(r"(?:>[^\S\n]*)*" + _LINE_MARK_AT.pattern)
# A heading framed by its mark at both ends: `◆老邮递员的三十年◆` (the closing one).
_FRAMING_MARK = re.compile(r"^[ \t\u3000]*([●■◆▲★☆◇○□▪►▶◎])[^\n]+?(\1)[ \t]*$", re.M)
# A subtitle's dash inside a line set in italics: `*——访…*`.
_ITALIC_DASH = re.compile(r"^[ \t\u3000]*\*(——|--|—)[^*\n]+\*$", re.M)
# (or a forum floor's: `（未完，接楼下）`, `（接上楼）`)
_JUMP_WORD = re.compile(
    r"[（(]\s*(下转|轉|下轉|转至|转到|转|续转|上接|接上|承上|接|承|续|未完[，,]?\s*(?:接|转|见|续))\s*"
    r"(?:(?:第?\s*[0-9０-９一二三四五六七八九十]{1,3}|[上下前后]一?)\s*[版页頁]|[上下前后]一?楼|楼下|楼上)"
)
# An export's field labels (`【标题】`, `【正文】`): they only point, as `#` does.
_FIELD_LABEL = re.compile(r"^[ \t]*【[^】\n]{1,8}】", re.M)  # an export's field: `【正文】`
_EXPORT_LABEL = re.compile(r"^[ \t]*【(" + "|".join(ROLES) + r")】", re.M)
# A 简报's section number before a heading that became an article's title or kicker
# (`三、温馨提示`, a numbered brief's `1.`): it only points, as a bullet does.
_SECTION_NUMBER = re.compile(
    r"^[\s\u3000]*([一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]"
    r"|\d{1,2}[、.．])(.+)$"
)
_PARENS = set("()（）[]【】")
_OCR_BOX = re.compile(r"^[ \t]*(口)(?=[ \t\u3000]?[\u4e00-\u9fff]{2,3}[ \t]*$)", re.M)
_TAG = re.compile(r"^【([^【】]+)】(.*)$")
_BARRED = re.compile(r"^([^|｜]+)([|｜])([^|｜]+)$")
# Separators of credits and labels (`文/X`, `责任编辑:X`, `来源｜X`) that the entries replace.
_SEPARATORS = set(":：/／｜")


# Meta labels the parser names itself: the words of a jump marker (`（下转第4版）`) are
# marks it takes off, like brackets.
PARSER_LABELS = ("下转", "上接", "续题", "日期", "引语", "附注")


_CELL_ENDS = re.compile(r"^\x07+|\x07+(?=[ \t\u3000]*$)", re.M)
_ZERO_WIDTH = frozenset("\u200b\u2060\ufeff\x07")  # (and Word's cell end, U+0007)


def narrow_column(*paragraphs: str, width: int = 13) -> str:
    """Paragraphs cut every `width` characters, as a narrow column prints them."""
    lines = []
    for paragraph in paragraphs:
        lines += [paragraph[k : k + width] for k in range(0, len(paragraph), width)]
    return "\n".join(lines) + "\n"


def indent_lost(*paragraphs: str, first: int = 10, full: int = 12) -> list[str]:
    """A narrow column's lines as a scan's OCR or a converter gives them, the indents
    dropped: each paragraph's first line `first` characters, the rest `full`."""
    lines = []
    for paragraph in paragraphs:
        lines.append(paragraph[:first])
        rest = paragraph[first:]
        lines += [rest[k : k + full] for k in range(0, len(rest), full)]
    return lines


def visible(text: str) -> Counter:
    return Counter(ch for ch in text if not ch.isspace() and ch not in _ZERO_WIDTH)


def output_chars(issue: Issue) -> Counter:
    out: Counter = Counter()
    for line in issue.furniture:
        out.update(visible(line))
    for article in issue.articles:
        for kind, _, text in article.fields():
            if kind == "title" and article.title_inferred:
                continue
            out.update(visible(text))
        for label, value in article.meta.items():
            # The parser's own labels (a jump, a notice's date) are not in the input.
            out.update(visible(value if label in PARSER_LABELS else label + value))
    return out


def assert_nothing_lost(text: str, issue: Issue) -> None:
    """Every visible input character is in exactly one field, but for marks and byline parens."""
    # Marks are looked for where the parser reads them: two columns side by side one
    # after the other (the same characters, other lines).
    # (Word's cell ends at a line's edges are nothing, as the parser reads them)
    text = _CELL_ENDS.sub("", text)
    # (a typesetting source's commands and marks are markup: `〖HT5"SS〗`, `Ω`)
    # (a page a document site flattened onto one line is read as its printed lines)
    text = split_merged_lines(unescape_html(unmarked(unflattened(untypeset(text)))))
    text = unscript(unsheet(unweave(join_number_runs(text))))
    expected = visible(text)
    marks = Counter()
    # a reading app's quotation marks round each excerpt it copied (`“…”` over its note)
    marks.update(Counter(text) - Counter(unwrap_excerpts(text)))
    # Markdown's escapes (`1\. 时间：…`)
    marks.update("\\" * len(MARKDOWN_ESCAPE.findall(text)))
    # a layout program's name for each text item it dumped (`文本5: …`)
    marks.update(Counter(text) - Counter(split_named_items(text)))
    # a box-drawn table's bars at each row's ends (`│枫林一村│…│`): its border
    marks.update(Counter(text) - Counter(unboxed(text)))
    # a converter's comment alone on its line (`<!-- Slide number: 3 -->`): markup
    for line in text.splitlines():
        if line.strip().startswith("<!--") and line.strip().endswith("-->"):
            marks.update(line.strip())
    # a heading's underline (`=====` under `六号楼的…`): the heading's mark, as `#` is
    marked = setext_marked(text).split("\n")
    for k in underlines([line.strip() for line in marked]):
        marks.update(marked[k].strip())
    for match in _HEADING.finditer(text):
        marks.update(match.group(1))
    for match in _LIST.finditer(text):
        marks.update(match.group(1))
    for match in _BOLD_LABEL.finditer(text):
        marks.update(match.group(1) + match.group(2))
    for line in text.splitlines():
        # a brief's headline in bold at its text's start: `- **…**　6月14日，…`
        if "**" in line and (run_in := BOLD_RUN_IN.match(line.strip())):
            marks.update("****")
            # (and the mark that points at it inside the bold: `**◎ 新党员宣誓** …`)
            if pointer := _LINE_MARK_AT.match(run_in["head"]):
                marks.update(pointer.group(1))
    for match in _LINE_MARKS.finditer(text):
        marks.update(match.group(1))
    for match in _FRAMING_MARK.finditer(text):
        marks.update(match.group(2))  # `◆老邮递员的三十年◆`: the closing mark frames it
    for match in _ITALIC_DASH.finditer(text):
        marks.update(match.group(1))
    for match in _PICTOGRAPHS.finditer(text):
        marks.update(match.group(1))
        # a line's mark after its pictograph (`😀—A`): a mark still, read past the picture
        after = _LINE_MARK_AT.match(text, match.end())
        if after:
            marks.update(after.group(1))
    lost = lost_pictographs(text.split("\n"))
    if lost:
        # `??百岁寿星…`: pictographs a legacy code page saved as question marks point too
        for match in _LOST_PICTOGRAPHS.finditer(text):
            marks.update(match.group(1) or match.group(2))
    for match in _FIELD_LABEL.finditer(text):
        # a mark opening a field's value (`【图片说明】▲…`): a mark as at a line's start
        after = _LINE_MARK_AT.match(text, match.end())
        if after:
            marks.update(after.group(1))
    for line in text.splitlines():
        if banner := DASHED_BANNER.match(line.strip()):  # `— 要闻 —`: the dashes point
            marks.update(line.strip().replace(banner.group("name"), "", 1))
    for match in _JUMP_WORD.finditer(text):
        marks.update(match.group(1))
    for match in _OCR_BOX.finditer(text):  # `口王某某`: OCR's `□`, a credit's mark
        marks.update(match.group(1))
    mailed = quoted_mail(text)
    if mailed:  # a mail's quote marks, `> > ` and `>` alone, only set it off
        for marked in quote_marks(text):
            marks.update(marked.replace(" ", "").replace("\t", ""))
    for match in _MARKDOWN_MARKS.finditer(text):  # `> `, `**…**`, `*…*` round a whole line
        marks.update("".join(group for group in match.groups() if group))
        if match.group(1):
            # a line's mark inside a quote (`> ◆ …`, `> > ◆ …`): a mark still
            after = _QUOTED_LINE_MARK.match(text, match.end())
            if after:
                marks.update(after.group(1))
        opened = match.end(2) if match.group(2) else match.end(4) if match.group(4) else -1
        if opened >= 0 and (after := _LINE_MARK_AT.match(text, opened)):
            marks.update(after.group(1))  # a caption's `▲` inside its italics: `*▲…*`
    if link_dump(text.split("\n")):  # a dump's `[7]` markers only point
        # (counted by the line: a line printed twice may be furniture once, text once)
        shelved = Counter(issue.furniture)
        for line in text.splitlines():
            if shelved[line.strip()] > 0:
                shelved[line.strip()] -= 1
                continue
            for match in LINK_MARK.finditer(line):
                marks.update(match.group())
    for line in text.splitlines():
        if (match := _EXPORT_LABEL.match(line)) and line.strip() not in issue.furniture:
            marks.update(match.group(1))
    lines = text.split("\n")
    if read_subtitles(lines):  # a subtitle's override tags (`{\an8}`) are markup
        for match in TAG.finditer(text):
            marks.update(match.group())
    for k, (kind, shown) in announced(lines).items():
        # a speech log's announcement before a line's words (`标题 级别 3`) only marks it
        spoken = lines[k].strip()
        if kind != "chrome" and spoken not in issue.furniture:
            words = shown.split(" ", 1)[1] if kind == "heading" else shown[1:]
            marks.update(spoken[: len(spoken) - len(words)])
    headings = {h for a in issue.articles for h in (a.title, a.kicker) if h}
    fields = {
        f for a in issue.articles for f in (a.title, a.kicker, a.subtitle, *a.paragraphs) if f
    }
    raw_lines = text.splitlines()
    for k, (label, value) in colon_titles(raw_lines).items():
        if value in fields:  # `标题：…` read as a labelled title: the label only points
            colon = raw_lines[k].strip()[len(label) :].lstrip()[:1]
            marks.update(label + colon)
    for k, (label, role, _value) in labelled_heads(raw_lines).items():
        if raw_lines[k].strip() not in issue.furniture:  # `作者：X` read as the field it labels
            colon = raw_lines[k].strip()[len(label) :].lstrip()[:1]
            marks.update(label + colon)
            if role == "meta" and (meaning := spelled_label(label)):
                expected.update(meaning)  # `ShenHe: X`: meta labelled 审核, as it spells
    for line in text.splitlines():
        numbered = _SECTION_NUMBER.match(line)
        # (its heading may be a title's second line, after a user's title beside it)
        rest = numbered.group(2).strip() if numbered else ""
        if numbered and any(h.startswith(rest) or h.endswith(rest) for h in headings):
            marks.update(numbered.group(1))
    label_titles = Counter(w for a in issue.articles for w in (a.title, a.kicker) if w)
    for line in text.splitlines():
        # `【反诈提醒】年底了…` read as kicker and title, `【楼道堆物清理】` as a title: the
        # brackets only set the tag apart.
        # (under a heading's marks too: `## 【图片新闻】`)
        bare = _HEADING.sub("", _PICTOGRAPHS.sub("", unquote(line) if mailed else line))
        tagged = _TAG.match(bare.strip())
        if tagged and _EXPORT_LABEL.match(line):
            # An export's label a user made a title (`【正文】` → 正文): its brackets were
            # counted with the labels; the one made a title lost them as a tag does.
            if not tagged.group(2) and label_titles[tagged.group(1)] > 0:
                label_titles[tagged.group(1)] -= 1
                marks.update("【】")
        elif tagged and any(
            (a.kicker, a.title) == (tagged.group(1), tagged.group(2))
            or (not tagged.group(2) and tagged.group(1) in (a.title, a.kicker))
            for a in issue.articles
        ):
            marks.update("【】")
        # `党员先锋岗｜一位前台主管的…` read as kicker and title: the bar only parts them.
        unpictured = _PICTOGRAPHS.sub("", line)
        if lost:  # (`??文苑｜九九话重阳`: the pictograph lost to a code page points too)
            unpictured = _LOST_PICTOGRAPHS.sub("", unpictured)
        barred = _BARRED.match(unpictured.strip())
        if barred and any(
            (a.kicker, a.title) == (barred.group(1).strip(), barred.group(3).strip())
            for a in issue.articles
        ):
            marks.update(barred.group(2))
    subtitles = {a.subtitle for a in issue.articles if a.subtitle}
    for line in text.splitlines():
        # `一一今年已有…`: OCR's reading of a subtitle's dash, taken off as the dash is
        if line.strip().startswith("一一") and line.strip()[2:] in subtitles:
            marks.update("一一")
    titles = {a.title for a in issue.articles}
    for line in text.splitlines():
        # `桂香社区举办中秋邻里宴。9月22日，…`: a brief's headline, its stop only ends it
        period = PERIOD_RUN_IN.match(line.strip()) if "。" in line else None
        if lost and "。" in line and _LOST_PICTOGRAPHS.match(line):
            # (`? “秋岩读书会”第十期开讲。…`: after its lost bullet, a quote may open it)
            period = MARKED_PERIOD_RUN_IN.match(line.strip()[1:].lstrip())
        # (a bullet before it only points: `◎桂花社区“长者食堂”开餐。…`; the user may
        # have made that headline its kicker or its subtitle)
        heads = titles | {
            HEADLINE_MARK.sub("", h) for a in issue.articles for h in (a.kicker, a.subtitle) if h
        }
        if period and HEADLINE_MARK.sub("", period["head"]) in heads:
            marks.update("。")
    shown_whole = set(issue.furniture)  # (a line kept whole keeps its brackets)
    for line in text.splitlines():
        # `#话题#【标题】正文`: the brackets and the topic's signs only mark the headline
        run_in = BRACKET_RUN_IN.match(line.strip())
        if run_in and line.strip() in shown_whole:
            continue
        if run_in and TOPIC_TAG.sub(r"\1", run_in["head"]).strip() in titles:
            marks.update("【】")
            marks.update((run_in["number"] or "").strip())  # `1.【…】`: the item's figure
            tags = len(TOPIC_TAG.findall(run_in["head"])) + bool(run_in["kicker"])
            marks.update("#" * (2 * tags))
    got = output_chars(issue)
    extra = got - expected
    assert not extra, f"characters that are not in the input: {dict(extra)}"
    missing = expected - got
    unexplained = missing - marks
    labels = sum(len(a.meta) for a in issue.articles)
    # (a credit given twice is one byline: each time its name stands in the credits'
    # text as written counts, `(党建办)` / `(党建办)` two credit lines)
    entries = sum(_credits_written(a) for a in issue.articles)
    for ch in list(unexplained):
        if ch in _PARENS or ch in _SEPARATORS:
            del unexplained[ch]
    assert not unexplained, f"characters lost: {dict(unexplained)}"
    separators = sum(missing[ch] - marks[ch] for ch in _SEPARATORS if missing[ch] > marks[ch])
    assert separators <= labels + entries, "separators lost outside credits and labels"
    # Each removed pair of brackets wrapped one byline, credit or label line.
    # An export's labels lose their brackets with their words (marks, as `#` is).
    # A label kept whole in the furniture keeps its brackets, and so does one kept as
    # text (a label the article before holds already, after a user's join).
    kept = {*issue.furniture, *(p for a in issue.articles for p in a.paragraphs)}
    labelled = sum(
        1 for line in text.splitlines() if _EXPORT_LABEL.match(line) and line.strip() not in kept
    )
    opened = missing["("] + missing["（"] + missing["["] + missing["【"] - labelled
    closed = missing[")"] + missing["）"] + missing["]"] + missing["】"] - labelled
    # `（一）`, a `【tag】` and a dump's `[7]` only point
    opened -= marks["("] + marks["（"] + marks["【"] + marks["["]
    closed -= marks[")"] + marks["）"] + marks["】"] + marks["]"]
    assert opened == closed, "byline parentheses removed unevenly"
    with_byline = sum(1 for a in issue.articles if a.byline_text)
    assert min(with_byline, 1) <= opened or not entries or opened == 0
    assert opened <= entries + labels


def _credits_written(article) -> int:
    """The credits an article's byline text gave: its bylines, and each one again for
    every other time its name is written there (a credit printed twice is one byline)."""
    written = article.byline_text or ""
    again = sum(
        max(0, written.count(name) - 1)
        for b in article.bylines
        if (name := b.author or b.department)
    )
    return len(article.bylines) + again


def fits(text: str, key: str) -> bool:
    """Whether `text` is the message `key` in the current language, any fields filled in."""
    from lcreader.messages import LANGUAGES, MESSAGES, language

    template = MESSAGES[key][LANGUAGES.index(language())]
    pattern = ".*".join(re.escape(part) for part in re.split(r"\{[^}]*\}", template))
    return re.fullmatch(pattern, text.strip(), re.S) is not None


def refuse_secret(monkeypatch) -> None:
    """Opening secret.txt fails as with no permission (tests run as root, whom chmod
    does not stop)."""
    from lcreader import sources
    from lcreader.messages import message

    real = sources._open_source

    def open_source(path, follow):
        if path.endswith("secret.txt"):
            raise sources.SourceError(message("oserror.EACCES"))
        return real(path, follow)

    monkeypatch.setattr(sources, "_open_source", open_source)


def write_library(folder: Path, files: dict[str, str]) -> Path:
    """A library folder holding these bulletins (file name -> text)."""
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def column_starts(header_line: str, headers: list[str]) -> list[int]:
    """The cell where each column starts, read off the header line."""
    starts, at = [], 0
    for header in headers:
        at = header_line.index(header, at)
        starts.append(text_width(header_line[:at]))
        at += len(header)
    return starts


def cells(line: str, start: int, end: int) -> str:
    """What a line shows in cells start…end-1 (a wide character counts where it begins)."""
    out, at = [], 0
    for char in line:
        if start <= at < end:
            out.append(char)
        at += char_width(char)
    return "".join(out)


def cut_at(width: int, *paragraphs: str) -> str:
    """Paragraphs cut at a column's width, a line per printed line (a PDF viewer's copy)."""
    return "".join(
        "".join(p[k : k + width] + "\n" for k in range(0, len(p), width)) for p in paragraphs
    )


def parse_all(text: str) -> Issue:
    """A small text parsed as an issue, every character checked to be in one field."""
    from lcreader.parse import parse_issue

    issue = parse_issue("t", "t.txt", text)
    assert_nothing_lost(text, issue)
    return issue


def roles(text: str) -> dict[str, str]:
    """Line text (stripped) → role, for every non-blank line."""
    from lcreader.parse.explain import explain

    return {row.text: row.role for row in explain(text)}
