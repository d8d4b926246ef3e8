"""Credit and metadata lines: who wrote or photographed an article, and its labels.

Forms, from how community papers print them:
- role credits: `记者 王某 通讯员 李某`, `■通讯员 X 实习生 Y`, `文/党建办 X　图/Y`, in
  brackets or not, on their own line; `本报讯(记者 X)` leading the first paragraph;
- photo credits ending a caption: `…。 张三 摄`, `本报记者 X 摄`, `(X/摄)`;
- supplied-by credits: `(党建办供稿)`, `(供稿:党建办)` (a department, no author);
- metadata: `(原标题:…)`, `(来源:…)`, `责任编辑:X`, `编辑:X 审核:Y`.
"""

from __future__ import annotations

import re

from .. import data
from ..model import Byline
from ..textkey import fold
from .text import HAN
from .words import (
    ROLES,
    SCHOOL_OR_CLASS,
    bare_name,
    has_surname,
    is_name,
    is_unit,
    name_shaped,
    titled_name,
)

# One-character roles need a separator after them: 文静 is a name, 文/ is a role.
# Roles that only a label's mark makes a credit (`文/X`, `口述：X`): as words they are text.
_SHORT_ROLES = ("文", "图", "摄", "口述", "整理")
# Longest word saying who a marked author is (`台胞`, `退休教师`).
_MAX_SIGNER_WORD = 4
# What a credited person did, printed after the name: `记者 X 整理`, `通讯员 Y 报道`.
_WORK_WORDS = ("整理", "报道", "采写", "撰文", "执笔", "采访")
_ROLE = re.compile(
    "(?:^|(?<=[\\s/／:：、，,｜|]))("
    + "|".join(sorted((re.escape(r) for r in ROLES), key=len, reverse=True))
    + ")(?=[\\s/／:：｜|]|["
    + HAN
    + "])"
)
# A role of two characters or more with a single space between its characters, then a
# space: `记 者 郑小满`, `通 讯员 X` (read so by an OCR engine).
_SPACED_ROLE = re.compile(
    "^(?:"
    + "|".join(
        " ?".join(map(re.escape, r)) for r in sorted(ROLES, key=len, reverse=True) if len(r) >= 2
    )
    + ")(?= )"
)
# `文丨俞佩`: a post's credits part role and name with 丨 (an ideograph drawn as a bar).
_ROLE_BAR = re.compile(
    "(?:^|(?<=\\s))("
    + "|".join(sorted((re.escape(r) for r in ROLES), key=len, reverse=True))
    + ")\\s*丨"
)
_MARKS = "■□●○◆◇▲△★☆▼▽◎※"
_LEAD_MARK = re.compile(f"^[{_MARKS}]+\\s*")
_BRACKETED = re.compile(r"^[(（\[【]\s*(?P<inner>[^()（）\[\]【】]{1,80}?)\s*[)）\]】]$")
_SEPARATORS = re.compile(r"[\s、，,；;/／:：｜|]+")
_SENTENCE_MARKS = re.compile(r"[。！？!?；;]|^\S*要求[:：]")
_CLAUSE_MARK = re.compile(r"[，,]")
_WHERE_AFTER = re.compile(r"^(?P<credit>[^（）()]{3,20})[（(](?P<unit>[^（）()]{2,24})[)）]$")
_SUPPLIED = re.compile(
    # (the label set apart from what it names: `来稿请注明姓名…` is a sentence's start)
    r"^(?:供稿|稿件来源|来稿)(?:\s*[:：/／]|\s)\s*(?P<a>\S.*)$|^(?P<b>\S.*?)\s*(?P<verb>供稿|供图|整理)$"
)
META_LABELS = (
    "原标题", "来源", "稿源", "责任编辑", "责编", "编辑", "审核", "审稿", "校对", "美编",
    "排版", "终审", "复审", "初审", "监制", "编审", "发布时间", "浏览次数", "数据来源",
    "资料来源", "栏目编辑", "文字编辑", "图片编辑", "题图来源", "图片来源", "签发",
)  # fmt: skip
# Labels whose value names the people who edited or checked the article.
EDITOR_LABELS = frozenset(META_LABELS[3:])
_META = re.compile(
    r"(?:^|(?<=\s))(" + "|".join(sorted(META_LABELS, key=len, reverse=True)) + r")\s*[:：｜|/／]\s*"
)
# (`花溪讯（通讯员 X）`: a place's 讯 is the paper's own as 本报讯 is, before a credit)
_LEAD_CREDIT = re.compile(
    r"^(?P<word>本报讯|本刊讯|本网讯|(?:本台|本报|本网|本刊)消息|[\u4e00-\u9fff]{1,6}讯|讯)?\s*"
    r"(?:[(（](?P<inner>[^()（）]{1,60})[)）])?\s*(?=\S)"
)
_PHOTO_CREDIT = re.compile(
    rf"(?:^|[\s。！？!?；;，,]|(?=[(（]))(?P<credit>[(（]?\s*(?:(?:本报|本刊)?(?:记者|通讯员))?\s*"
    rf"(?P<names>[{HAN}·]{{2,9}}(?:[\s、，,][{HAN}·]{{2,9}})*)\s*[/／]?\s*摄(?:影)?(?:报道)?\s*[)）]?)$"
)
_SPLIT_CREDITED_NAME = re.compile(rf"(?<=\s)([{HAN}]) ([{HAN}])(?=\s*摄)")
# A caption's credit as a label after its words: `…　摄影：周明`, `… 摄影/周明、李华`.
_PHOTO_LABEL = re.compile(
    rf"[\s\u3000。！？!?；;，,](?:摄影|摄)\s*[:：/／]\s*"
    rf"(?P<names>[{HAN}·]{{2,9}}(?:[、，,][{HAN}·]{{2,9}})*)\s*$"
    # in brackets at the caption's end: `培训现场（摄影：骆晨）`, `（图/张三）`
    rf"|[（(](?:摄影|摄|图|图片)\s*[:：/／]\s*"
    rf"(?P<bracketed>[{HAN}·]{{2,9}}(?:[、，,][{HAN}·]{{2,9}})*)\s*[)）]\s*$"
)
_PICTURE = re.compile(
    r"^(?:图为|图\s*[:：]|上图|下图|左图|右图|图[一二三四五六\d]+[:：\s]|图[①-⑩]|[▲△]\s*\S)"
)
# `…效果图（资料图）`: a caption that says where its picture comes from.
_PICTURE_SOURCE = re.compile(
    r"[(（](?:资料图|资料图片|资料照片|资料照|图片来源[:：][^)）]*|照片来源[:：][^)）]*)[)）]$"
)


def strip_mark(text: str) -> tuple[str, str]:
    """(decorative mark, rest): `■通讯员 X` → (`■`, `通讯员 X`)."""
    match = _LEAD_MARK.match(text)
    return (match.group(0), text[match.end() :]) if match else ("", text)


# A label after a name (`周雯 设计:`): the next field of a line of fields.
_LATER_LABEL = re.compile(rf"\S[\s\u3000]+[{HAN}]{{1,4}}\s*[:：]")


# `文/图 刘畅`: who wrote it and took its pictures, one credit for both.
_TEXT_AND_PICTURES = re.compile(r"^(文|图|圖)\s*[/／]\s*(图|文|圖)\s*[:：｜|]?\s*(?P<names>\S.*)$")


# Who a writer is, in brackets after the name: `（书苑社区居民）`, `（退休教师）`.
_WRITERS = ("居民", "教师", "学生", "志愿者", "党员", "老人", "社工", "职工", "村民")


def role_credit(content: str) -> list[Byline] | None:
    """Entries of a credit that names roles (`记者 X 通讯员 Y`), or None if it is not one."""
    if "丨" in content:
        content = _ROLE_BAR.sub(r"\1｜", content)
    placed = _WHERE_AFTER.match(content.strip()) if "）" in content or ")" in content else None
    described = placed is not None and placed["unit"].endswith(_WRITERS)
    unit = placed is not None and is_unit(placed["unit"])
    entries = role_credit(placed["credit"]) if unit or described else None
    if entries and len(entries) == 1 and entries[0].author and not entries[0].department:
        # `文/黎春华（南湖街道社区卫生服务中心）`: who wrote it, where they work after it
        # (`文／葛秋萍（书苑社区居民）`: who the writer is, no body's name)
        return [Byline(placed["unit"] if unit else None, entries[0].author, entries[0].role)]
    media = _MEDIA_ROLE.match(content.strip())
    if media and (entries := role_credit(media["credit"])) and not entries[0].department:
        # `街道融媒体中心记者 X 通讯员 Y`: the reporter's newsroom glued before the role
        first = entries[0]
        return [Byline(media["unit"], first.author, first.role), *entries[1:]]
    both = _TEXT_AND_PICTURES.match(content.strip())
    if both and both.group(1) != both.group(2):
        names = [t for t in _SEPARATORS.split(both["names"]) if t]
        if names and all(is_name(n) and has_surname(n) for n in names):
            return [Byline(author=n, role=r) for n in names for r in ("文", "图")]
    words = content.split()
    if _META.search(content):
        return None  # `撰稿：X　审核：Y`: a credit among labels is a line of fields
    if not _ROLE.match(content.lstrip()) or not words or is_unit(_SEPARATORS.split(words[0])[0]):
        return None  # a credit opens with its role (`图文中心` is a unit, not 图文 + a name)
    matches = list(_ROLE.finditer(content))
    if not matches or content[: matches[0].start()].strip():
        return None
    entries: list[Byline] = []
    pending = None  # `文/本刊记者　X`: what X did, then who X is; the first is the role
    for k, match in enumerate(matches):
        word, role = match.group(1), ROLES[match.group(1)]
        if pending is not None:
            role, pending = pending, None
        end = matches[k + 1].start() if k + 1 < len(matches) else len(content)
        rest = content[match.end() : end]
        if _LATER_LABEL.search(rest):
            return None  # `文字:X 设计:Y`: another label's field follows, no name of this role
        if word in _SHORT_ROLES and not re.match(r"\s*[/／:：｜|]", rest):
            # `文 谢明澄`: set a space apart, a person's name alone after it is a credit
            spaced = rest[:1].isspace() and len(name := rest.strip()) in (2, 3)
            if not (spaced and is_name(name) and has_surname(name)):
                return None
        tokens = [t for t in _SEPARATORS.split(rest) if t]
        if len(tokens) == 2 and all(len(t) == 1 for t in tokens):
            tokens = ["".join(tokens)]  # `文／叶　青`: a two-character name set wide
        if len(tokens) > 1 and tokens[-1] in _WORK_WORDS:
            tokens = tokens[:-1]  # `记者　方琪　整理`: what the credited did, not a name
        if len(tokens) == 1 and tokens[0].endswith(("供图", "供稿")) and len(tokens[0]) > 4:
            tokens = [tokens[0][:-2]]  # `图片：志愿服务队供图`: the unit that supplied it
        if not tokens:
            if word == "摄" and entries:
                continue
            if word in _SHORT_ROLES and k + 1 < len(matches) and not rest.strip(" /／:："):
                pending = role
                continue
            return None
        department = None
        credited_body = is_unit(tokens[0]) or _PLACE_BODY.match(tokens[0]) if tokens else False
        if len(tokens) == 1 and credited_body and re.match(r"\s*[/／:：｜|]", rest):
            # `供图：平江街道融媒体工作站`: a department credited, no person named
            entries.append(Byline(tokens[0], None, role))
            continue
        if len(tokens) > 1 and is_unit(tokens[0]):
            department, tokens = tokens[0], tokens[1:]
        elif len(tokens) > 1 and (named := titled_name(" ".join(tokens), residents=True)):
            tokens = [named]  # `文：四（3）班家长　蒋一鸣`: who the writer is, then the name
        if not all(is_name(t) or _person_after_role(t) for t in tokens):
            return None
        if not rest[:1].isspace() and rest[:1] not in "/／:：｜|" and not has_surname(tokens[0]):
            return None  # `图片新闻`, `记者手记`: a word after the role, not a name
        entries.extend(Byline(department, name, role) for name in tokens)
    return entries or None


# A body named after its street or neighbourhood (`柳营街道青年汇`, `新村社区书画社`):
# credited after a role's mark, the body that made the picture or the text.
_PLACE_BODY = re.compile(rf"^[{HAN}]{{1,6}}(?:街道|社区|居民区|新村|镇)[{HAN}]{{2,8}}$")


def _person_after_role(word: str) -> bool:
    """`钱立行` after `通讯员`: a role names a person; a name that ends as a body's does
    (a bank's 行) is the person's there."""
    return len(word) == 3 and name_shaped(word) and has_surname(word)


def supplied_credit(content: str) -> list[Byline] | None:
    """`党建办供稿`, `供稿:党建办`: a department and no author."""
    match = _SUPPLIED.match(content.strip())
    if not match:
        return None
    named = match.group("a") or match.group("b")
    if _SENTENCE_MARKS.search(named) or _CLAUSE_MARK.search(named):
        # `来稿要求：内容真实，…。`, `来稿请注明姓名、…，稿件一经采用，`: a sentence about
        # contributions, no credit
        return None
    words = [w for w in _SEPARATORS.split(named) if w]
    if not words or any(len(w) < 2 for w in words):
        return None
    if match.group("verb") == "整理" and not all(is_unit(w) for w in words):
        return None  # `（张三整理）` names who compiled it: a byline's, not a department
    role = "图" if match.group("verb") == "供图" else None  # `（X供图）`: who gave the picture
    if (
        len(words) == 2
        and not is_unit(words[1])
        and is_name(words[1])
        and has_surname(words[1])
        and (is_unit(words[0]) or not (is_name(words[0]) and has_surname(words[0])))
    ):
        # `供稿：居委会 马小雨`: the unit, then who wrote it there
        return [Byline(department=words[0], author=words[1], role=role)]
    if len(words) == 1 and not is_unit(words[0]) and is_name(words[0]) and has_surname(words[0]):
        return [Byline(author=words[0], role=role)]  # `（供稿：黎岚）`: a person supplied it
    return [Byline(department=w, role=role) for w in words]


def credit_line(text: str) -> tuple[str, list[Byline]] | None:
    """A whole line that is a credit: (its text without brackets or marks, entries)."""
    mark, text = strip_mark(text.strip())
    if not mark and text[:1] == "口" and _OCR_BOX_NAME.match(text):
        mark, text = text[:1], text[1:].lstrip()  # `口王某某`: OCR's reading of `□王某某`
    bracketed = _BRACKETED.match(text)
    content = bracketed.group("inner") if bracketed else text
    spaced = _SPACED_ROLE.match(content)
    if spaced and " " in spaced.group():
        # `记 者 郑小满`: an OCR engine's stray space inside the role word
        content = spaced.group().replace(" ", "") + content[spaced.end() :]
    entries = role_credit(content) or supplied_credit(content)
    if not entries and mark:
        entries = marked_author(content)
    if not entries and (label := _AUTHOR_LABEL.match(content)):
        # `作者：记者 孙某　通讯员 陆某` over a page's text: the credit under its label
        entries = role_credit(content[label.end() :])
    return (content, entries) if entries else None


# A newsroom's name glued before a reporter's role: `区融媒体中心记者`, `镇广播电视站记者`.
_MEDIA_ROLE = re.compile(
    rf"^(?P<unit>[{HAN}]{{1,10}}?(?:融媒体中心|新闻中心|广播电视台|广播电视站|电视台|报社))"
    r"(?P<credit>(?:见习|特约)?记者[\s\u3000].*)$"
)


# The label a web page sets before an article's credit.
_AUTHOR_LABEL = re.compile(r"^(?:作者|撰稿|稿件作者)\s*[:：]\s*")


_NAME_AND_PLACE = re.compile(r"^(?P<name>\S{2,4})\s*[（(](?P<place>[^（）()\s]{3,30})[)）]$")


# `口王德昌`: the box before an author's name read by OCR as the character 口, a name of
# two or three characters after it.
_OCR_BOX_NAME = re.compile(rf"^口[ \u3000]?[{HAN}]{{2,3}}$")


def marked_author(content: str) -> list[Byline] | None:
    """`□ 顾秋实`, `◎何小川`: an author's name alone after a mark, as a poem or an essay is
    signed."""
    placed = _NAME_AND_PLACE.match(content.strip())
    named = placed and is_name(placed["name"]) and has_surname(placed["name"])
    if named and (is_unit(placed["place"]) or _WRITERS_PLACE.search(placed["place"])):
        # `□蔡明辉（龙吟居民区第三党支部）`: the author, and where the author is from
        return [Byline(department=placed["place"], author=placed["name"])]
    names = [w for w in _SEPARATORS.split(content.strip()) if w]
    if len(names) == 2 and all(len(n) == 1 for n in names):
        names = ["".join(names)]  # `□ 叶　青`: a two-character name set wide
    # (`□ 党员 郁晨曦`: a title the first word, though a surname begins it)
    titled = len(names) == 2 and fold(names[0]) in data.title_words()
    named = bool(names) and len(names) <= 3
    # (`■平安建设`: four characters make a name only after a two-character surname; a
    # section's banner otherwise)
    if named and not titled and all(bare_name(n) for n in names):
        return [Byline(author=name) for name in names]
    # `□ 台胞　林芳瑜`: who the author is, then the name
    if (
        len(names) == 2
        and len(names[0]) <= _MAX_SIGNER_WORD
        and (titled or not has_surname(names[0]))
        and is_name(names[1])
        and has_surname(names[1])
    ):
        return [Byline(author=names[1])]
    return None


def meta_line(text: str) -> dict[str, str] | None:
    """`(原标题:…)`, `责任编辑:X 审核:Y`: label → value, or None."""
    text = text.strip()
    bracketed = _BRACKETED.match(text)
    content = bracketed.group("inner") if bracketed else text
    if not _META.match(content):
        return _spaced_editors(content)
    matches = list(_META.finditer(content))
    found: dict[str, str] = {}
    for k, match in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(content)
        value = content[match.end() : end].strip()
        if not value:
            return None
        found[match.group(1)] = value
    return found


_SPACED_EDITOR = re.compile(
    r"^("
    + "|".join(sorted(EDITOR_LABELS, key=len, reverse=True))
    + rf")[\s\u3000]+([{HAN}·]{{2,8}})$"
)


def _spaced_editors(content: str) -> dict[str, str] | None:
    """`责任编辑　王某`: an editor's label and name set apart by a space, no colon."""
    match = _SPACED_EDITOR.match(content)
    if match and is_name(match.group(2)) and has_surname(match.group(2)):
        return {match.group(1): match.group(2)}
    return None


# The paper's own reporter before the news, set apart by spaces, the news's date after:
# `本报记者 晏红 10 月 19 日，…`, `本刊通讯员　陈立　近日，…`.
_BARE_LEAD = re.compile(
    rf"^(?:本报|本刊)(?P<role>记者|通讯员|实习生)[\s\u3000]*(?P<name>[{HAN}]{{2,3}})[\s\u3000]+"
    r"(?=[\d０-９]{1,4}\s*[年月]|[一二三四五六七八九十]{1,3}月|日前|近日|近期|昨天|今天|今年|上周|本周)"
)


def lead_credit(text: str) -> tuple[str, str, list[Byline]] | None:
    """`本报讯(记者 X) 近日，…`: (the credit as written without brackets, the rest, entries)."""
    bare = _BARE_LEAD.match(text)
    if bare and is_name(bare["name"]) and has_surname(bare["name"]):
        # `本报记者 晏红 10 月 19 日，…`: the paper's reporter named before the news, unbracketed
        role = ROLES[bare["role"]]
        written = text[: bare.end("name")]
        return written, text[bare.end() :], [Byline(author=bare["name"], role=role)]
    match = _LEAD_CREDIT.match(text)
    if not match:
        return None
    inner = match.group("inner")
    entries: list[Byline] = []
    if inner is not None:
        entries = role_credit(inner) or []
        if not entries and match.group("word"):
            # `本报讯（党建办　温晓楠）…`: the news's unit and writer, no role named
            entries = _unit_and_name(inner) or []
        if not entries:
            return None
    if not entries:
        return None  # `本报讯　5月6日…` names no one: the paragraph's own opening words
    # `（通讯员　芮晓晴）入伏以来，…`: with no 本报讯, a role's credit opens it alone.
    written = " ".join(part for part in (match.group("word"), inner) if part)
    return written, text[match.end() :], entries


_CAPTION_GAP = re.compile(r"[\s。！？!?；;，,]+")


# A caption's picture supplied by a body: `图为…。　街道党群办　供图`.
_SUPPLIED_PICTURE = re.compile(
    r"(?:[\s\u3000]+|[（(])([^\s\u3000，。（(]{2,20}?)[\s\u3000]*供图[)）]?$"
)


def photo_credit(text: str) -> list[Byline] | None:
    """The photographers of a caption ending `… 张三 摄` (or the body that supplied the
    picture: `… 街道党群办 供图`)."""
    supplied = _SUPPLIED_PICTURE.search(text)
    if supplied and is_unit(supplied.group(1)):
        return [Byline(department=supplied.group(1), role="图")]
    labelled = _PHOTO_LABEL.search(text)  # `…查看楼道环境　摄影：周明`
    if labelled and (names := _credited_names(labelled)):
        return [Byline(author=name, role="摄影") for name in names]
    if not text.rstrip(" )）").endswith(("摄", "摄影", "摄影报道")):
        return None
    # (`石 岷 摄`: OCR's space inside a two-character name, the name read whole)
    text = _SPLIT_CREDITED_NAME.sub(r"\1\2", text)
    # The caption's own words may run into the credit (`居民在食堂用餐　本报记者 X 摄`):
    # try the credit from each gap on.
    starts = [0, *(m.start() for m in _CAPTION_GAP.finditer(text))]  # (the gap opens it)
    for start in starts:
        match = _PHOTO_CREDIT.search(text, start)
        if not match:
            return None
        names = _credited_names(match)
        if names:
            return [Byline(author=name, role="摄影") for name in names]
    return None


def _credited_names(match: re.Match[str]) -> list[str]:
    """The names of a photo credit's match, if every one of them is a name."""
    found = match.groupdict().get("bracketed") or match.group("names")
    names = [n for n in _SEPARATORS.split(found) if n]
    # (only a person takes a photograph: `钱立行　摄` names one, however it ends)
    shaped = all(is_name(n) or _person_after_role(n) for n in names)
    return names if names and shaped else []


def only_photo_credit(text: str) -> bool:
    """`林晓　摄影报道`, `本报记者　张三　摄`: a photographer's credit and no caption
    words: the pictures' byline, not a caption."""
    if "摄" not in text:  # no credit: nor the regex's backtracking over a line of names
        return False
    match = _PHOTO_CREDIT.match(text.strip())
    return bool(match and _credited_names(match))


def names_picture_source(text: str) -> bool:
    """`…合影。（资料照片）`: a caption's end that says where its picture comes from."""
    return bool(_PICTURE_SOURCE.search(text))


def is_picture_caption(text: str) -> bool:
    """`图为…`: a caption however it is punctuated."""
    return bool(_PICTURE.match(text) or _PICTURE_SOURCE.search(text))


# Pieces of a field line set apart by a wide gap: `作者：本报记者 X　　来源：Y　　发布时间：Z`.
_FIELD_GAP = re.compile(r"\s{2,}|\u3000+|\s*[|｜]\s*")
_CREDIT_LABEL = re.compile(r"^(?:作者|撰稿|文字|文|图片|图|摄影|供图|通讯员|记者)\s*[:：｜]\s*")


# Any other short label with a short value (`时长：1′50″`, `摄像：X`): a field of a credit
# line when another field of it credits someone.
_OTHER_LABEL = re.compile(
    rf"^(?P<label>[{HAN}]{{2,4}})\s*[:：]\s*(?P<value>[^\s:：。！？!?；;]{{1,20}})$"
)


def _labelled_pieces(pieces: list[str]) -> list[str]:
    """Pieces cut at wide gaps, each one that opens with no label joined to the one before
    it (`撰稿：人大工委　黎明`: the unit and the name are one credit)."""
    joined: list[str] = []
    for piece in pieces:
        if joined and not (
            _META.match(piece) or _CREDIT_LABEL.match(piece) or _OTHER_LABEL.match(piece)
        ):
            joined[-1] = f"{joined[-1]}\u3000{piece}"
        else:
            joined.append(piece)
    return joined


def _unit_and_name(content: str) -> list[Byline] | None:
    """`人大工委　黎明`: a unit, then a name."""
    words = content.split()
    if len(words) == 2 and is_unit(words[0]) and is_name(words[1]) and has_surname(words[1]):
        return [Byline(department=words[0], author=words[1])]
    return None


def _label_pieces(piece: str) -> list[str]:
    """`撰稿：X 审核：Y` set one space apart: each label opens a piece of its own."""
    starts = [m.start() for m in _META.finditer(piece) if m.start() > 0]
    return [piece[a:b].strip() for a, b in zip([0, *starts], [*starts, len(piece)], strict=True)]


_AUTHOR_UNIT = re.compile(
    r"^[(（]?\s*(?:作者单位|作者單位)\s*[:：]\s*(?P<unit>[^()（）:：]{2,40}?)\s*[)）]?$"
)


def author_unit(text: str) -> str | None:
    """`（作者单位：平江街道社区卫生服务中心）`: where the article's authors work."""
    match = _AUTHOR_UNIT.match(text.strip())
    return match.group("unit") if match and not unit_and_author(text) else None


def unit_and_author(text: str) -> tuple[str, str] | None:
    """`（作者单位：X中心　刘晨）`: the unit and the author named after it."""
    match = _AUTHOR_UNIT.match(text.strip())
    if match is None:
        return None
    unit, _, name = match.group("unit").rpartition("\u3000")
    unit, name = unit.strip(), name.strip()
    if not unit or not (is_name(name) and has_surname(name)):
        return None
    return unit, name


_DASH_SIGN = re.compile(r"^(?:——|—|--|－－)\s*(?P<body>\S.*)$")
_HELPER = re.compile(r"^(?P<label>[^\s：:]{2,6})[：:](?P<name>\S{2,4})$")
# How a writer's school, class or home ends: `新华小学五（2）班`, `定西路居民区`.
_WRITERS_PLACE = re.compile(rf"(?:{SCHOOL_OR_CLASS}|居民区|居民|小区|社区|村)$")


# What parts a sign-off's place from its name: white space, but for one space a PDF's
# text sets between a number and its word (`——8 号楼居民 柴玉珍`).
_SIGN_GAP = re.compile(r"[\t\u3000]+|\s{2,}|(?<![0-9０-９])\s(?![0-9０-９])")


def signed_line(text: str) -> tuple[str, list[Byline]] | None:
    """A reader's sign-off under the text: `——定西路居民区　倪某某`, or in brackets with
    a class that has its own (`（新华小学五（2）班　陈某　指导老师：范某）`)."""
    body = text.strip()
    dash = _DASH_SIGN.match(body)
    if dash:
        body = dash.group("body")
    elif body[:1] in "(（" and body[-1:] in ")）":
        body = body[1:-1].strip()
    else:
        return None
    pieces = [p for p in _SIGN_GAP.split(body) if p]
    helpers = []
    while pieces and (helper := _HELPER.match(pieces[-1])) and not dash:
        if not (is_name(helper.group("name")) and has_surname(helper.group("name"))):
            return None
        helpers.insert(0, Byline(author=helper.group("name")))
        pieces.pop()
    if not pieces or len(pieces) > 2:
        return None
    name = pieces[-1]
    if not (is_name(name) and has_surname(name)):
        return None
    place = pieces[0] if len(pieces) == 2 else None
    if place is not None and not (is_unit(place) or _WRITERS_PLACE.search(place)):
        return None
    if place is None and not dash:
        return None  # `（张三）` alone is byline_line's
    if dash and place is not None and not is_unit(place):
        # `——8号楼居民　柴玉珍`: where the signer lives, or their class, is how they are
        # known (a title of theirs), no body they write for; in brackets, as `（党建办
        # X）` is, the department's
        place = None
    return body, [Byline(department=place, author=name), *helpers]


def field_line(text: str) -> tuple[list[Byline], dict[str, str], str] | None:
    """A line of labelled fields, each a credit or a label (`作者：本报记者 X　来源：Y`):
    (bylines, labels, the credit part as written), or None if any piece is other text."""
    text = text.strip()
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1].strip()  # `（撰稿：人大工委　黎明　审核：阮伟）`
    pieces = _labelled_pieces([q for p in _FIELD_GAP.split(text) for q in _label_pieces(p) if q])
    if len(pieces) < 2:
        return None
    bylines: list[Byline] = []
    labels: dict[str, str] = {}
    credits: list[str] = []
    unknown = False
    for piece in pieces:
        label = _CREDIT_LABEL.match(piece)
        if label and piece[:2] in ("作者", "撰稿"):
            # `作者：本报记者 X` names the role after the label; `作者：X` names none.
            content = piece[label.end() :]
            entries = role_credit(content) or _unit_and_name(content) or marked_author(content)
            if piece.startswith("撰稿") and entries:  # `撰稿：X` names X the writer
                entries = [Byline(e.department, e.author, e.role or "文") for e in entries]
        else:
            entries = role_credit(piece)
        if entries:
            bylines.extend(entries)
            credits.append(piece)
            continue
        found = meta_line(piece)
        other = None if found else _OTHER_LABEL.match(piece)
        if other:
            found, unknown = {other["label"]: other["value"]}, True
        if not found:
            return None
        labels.update(found)
    if unknown and not bylines:
        return None  # `时间：…　地点：…`: a notice's fields, no credit line
    return (bylines, labels, "　".join(credits)) if bylines or labels else None


# A form's signature row: `填报人\t陆敏\t审核人\t钱立群`. Who filled it in wrote the
# record; who checked or signed it is its meta, as `审核：X` is.
FORM_WRITER = re.compile(r"(?:填报|填表|记录|撰稿|经办|整理)人?")
FORM_CHECKER = re.compile(r"(?:审核|审批|签发|审定)人?")
_FORM_CELLS = re.compile(r"\t+|[ \u3000]{2,}")


def form_signature(text: str) -> tuple[list[Byline], dict[str, str], str] | None:
    """A form's row of signers' labels and names: (bylines, meta, the writers' cells as
    written), or None."""
    cells = [cell.strip() for cell in _FORM_CELLS.split(text.strip()) if cell.strip()]
    if len(cells) < 2 or len(cells) % 2:
        return None
    bylines: list[Byline] = []
    meta: dict[str, str] = {}
    written: list[str] = []
    for label, value in zip(cells[::2], cells[1::2], strict=True):
        if not (is_name(value) and has_surname(value)):
            return None
        if FORM_WRITER.fullmatch(label):
            bylines.append(Byline(author=value))
            written.append(f"{label}\u3000{value}")
        elif FORM_CHECKER.fullmatch(label):
            meta[label] = value  # as printed: `审核人`
        else:
            return None
    return (bylines, meta, "\u3000".join(written)) if bylines or meta else None
