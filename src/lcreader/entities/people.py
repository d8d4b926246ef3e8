"""People: names after titles, byline authors, then later bare mentions.

Rules, from how the bulletin writes people:
1. A title list then a name: `区委副书记、区长胡广杰`. A title ends with a word from
   `data/titles.txt`; it reaches back to the previous punctuation or function word.
   The name starts with a surname from `data/surnames.txt` and ends where a
   boundary follows (punctuation, `一行`, `等`, a verb such as `表示`); the shortest
   name that reaches a boundary wins.
2. Byline authors are people, with the byline's department.
3. Once a full name is known in an issue, every later bare occurrence of it in
   that issue is a mention; `姓 + 老师/师傅…` stays as written unless exactly one
   known person has that surname.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from .. import data
from ..model import Article, Mention
from ..parse.credits import EDITOR_LABELS, FORM_CHECKER, FORM_WRITER
from ..parse.habits import (
    GROUP_LABEL,
    family_head,
    family_heads_in_row,
    name_after_unit,
    name_opening_entry,
    names_in_cells,
    names_in_column,
    names_in_field,
    names_in_row,
    names_with_units,
)
from ..parse.text import HAN, ROLL_HEAD
from ..parse.words import ROLES, TITLED_NAME, WRITERS_ROLE, bare_name, has_surname, is_name
from ..textkey import fold, fold_field

# What may follow a name: punctuation, or one of these words.
_BOUNDARY_WORDS = (
    "一行", "等人", "同志", "表示", "指出", "强调", "介绍", "认为", "希望", "要求", "提出",
    "主持", "出席", "参加", "陪同", "带领", "率队", "前往", "深入", "走访", "调研", "视察",
    "考察", "看望", "慰问", "实地", "察看", "查看", "听取", "了解", "详细", "仔细", "亲切",
    "充分", "肯定", "通报", "汇报", "分别", "先后", "共同", "一起", "代表", "应邀", "主讲",
    "宣讲", "讲授", "讲解", "结合", "进行", "发表", "致辞", "颁发", "揭牌", "签约", "签署",
    "带头", "围绕", "首先", "随后", "最后", "当选", "担任", "获得", "荣获", "来到", "到会",
    "授课", "讲课", "发言", "讲话", "宣布", "宣读", "颁奖", "表彰", "点评", "总结", "部署",
    "动员", "解读", "演讲", "回顾", "希望", "寄语", "感谢", "勉励", "鼓励", "指导", "答疑",
    "现场", "亲自", "专程", "特地", "作为", "带队", "看到", "听到", "认真", "详细", "逐一",
    "和", "与", "及", "同", "在", "到", "来", "对", "为", "向", "从", "以", "也", "还", "又",
    "则", "并", "都", "均", "将", "会", "已", "曾", "给", "把", "被", "让", "于", "的", "是",
    "说", "讲", "作", "做", "就", "等", "率", "任", "上",
    "分享", "回忆", "发起", "告诉", "说道", "坦言", "笑着", "感慨", "动情", "激动", "谈到",
    "提到", "说起", "住在", "今年", "多年", "长期", "一直", "始终", "经常", "主动", "积极", "专门",
    "特意", "早早", "每天", "每周", "每月", "每年", "早在", "负责", "组织", "带着", "拿着",
    "正在", "已经", "现在", "目前", "当年", "曾经", "家住", "自己", "退休", "入党", "参军",
    "服役", "耐心", "热情", "声情", "一笔", "手把手", "阿姨", "老人", "大爷", "奶奶", "爷爷",
    "老伯", "夫妇", "一家", "牵头", "领衔", "创办", "创建", "策划", "设计", "编写", "整理",
    "每", "由", "趁", "去年", "前年", "近年", "参与", "填写", "指着", "几乎", "老人",
    "提醒", "建议", "呼吁", "叮嘱", "解释", "透露", "补充", "拉着", "握着", "挽着", "见状",
    # (`居民鲁德明第一次自己挂上了号`)
    "第一次", "头一回", "第一个",
)  # fmt: skip
# Rare surnames that are everyday words after a subject (`志愿者来修车`, `主任和…`):
# after a title, the sentence goes on.
_FUNCTION_SURNAMES = frozenset("和来都由")
# Titles so common as plain words (居民公约, 居民满意) that only a three-character name
# with a clear end counts after them.
_WEAK_TITLES = frozenset({"居民", "住户"})
_NOT_WORD = re.compile(r"\W")
# Words for oneself or another before a verb: no title begins with them.
_PRONOUNS = ("我", "你", "您", "他", "她", "咱")
# Honorifics written after a bare surname: 薛老师.
_HONORIFICS = ("老师", "师傅", "阿姨", "女士", "先生")
# Words of address after a full name (庞秀英阿姨): the name is a person's, untitled.
_ADDRESSES = ("阿姨", "大爷", "奶奶", "爷爷", "老伯", "师傅", "女士", "先生", "同志")
# Titles that follow the name instead of preceding it: 习近平总书记.
_TRAILING_TITLES = ("总书记",)
# Characters that end a title phrase when reading backwards from its title word.
_TITLE_STOP = set(
    "，。；：、！？“”‘’（）()《》「」【】 \t的由与及了为对向是被把将从经请邀在,;:!?\"'[]—-."
)
# Between two titles of one person: 区委副书记、区长 (or a comma, in some printings).
_TITLE_SEPARATORS = ("、", "，", ",")
# `…的俞佳说`, `”文海生表示`: a name quoted with no title.
_SPEECH = ("说", "表示", "介绍", "告诉", "坦言", "感慨")
_QUOTE_OPENERS = set("，。：”’的")
_NAME_OPENERS = set("，。；：、！？“”‘’（）()《》「」 ,;:!?\"'的是")
_NOT_NAME_CHARS = set("们等的了是在和与及或之其这那个位名把被着过吗呢吧啊半")
_NOT_NAME_STARTS = (
    "关于", "对于", "全体", "全面", "共同", "同时", "高度", "和谐", "成为", "成功", "干部", "群众",
    "骨干", "代表", "同志", "朋友", "家属", "居民", "党员", "志愿", "退休", "区", "全程",
    "简介", "连夜",
    # words a surname begins that name no one (`学员展示…`, `班子成员`, `读书沙龙`, `樊静　制表`)
    "展示", "班子", "沙龙", "综合", "制表",
    # (`队员平均年龄62岁`: words after a title, no name)
    "平均", "平时", "平安", "常年", "高龄",
    # (`退休党员支部开展…`: a body's word after a title)
    "支部", "党支", "小组",
    # (`网格员、楼组长全部到位`: how many of them, no name)
    "全部", "全都", "全员",
    # (`经楼组长初步摸底`: how they did it, no name)
    "初步", "逐步", "进一步",
    # (`…实现法律顾问全覆盖`: how far it reaches, no name)
    "全覆盖", "全市", "全区", "全镇", "全村", "全年",
    # (`针对低层住户顾虑多的问题`: a worry, no name)
    "顾虑", "顾及",
)  # fmt: skip
# How a report brings in a resident with no title: `89岁的常美珍`, `家住万源城的董桂英`.
_INTRODUCED = re.compile(r"(?:[\d一二三四五六七八九十百]+岁的|家住[^，。,.！？；\s]{1,12}的)")
# Words that end a title phrase read backwards: 不认识|赤峰路居民区党总支书记.
# (`据街道文化站负责人…介绍`: the source of a report, not a 数据中心's)
_TITLE_LEAD_WORDS = re.compile(
    "认识|采访|走访|拜访|专访|找到|见到|看望|慰问|邀请|陪同|跟随|身边的|就是|成为|感谢|谢谢|请来|请到|(?<!数)据"
    "|提起|说起|谈起|提到|说到|随着|跟着|看着"
    # (`我们和9号楼楼组长…聊了聊`: who talked with the person, not a title's words)
    "|[我你他她咱]们?(?:和|跟|同)"
)
# A stop character that begins a word of a body's name: `经济服务办`, `经营部`.
_COMPOUND_AFTER_STOP = re.compile("经[济营贸]")
# A title after a count or a conjunction is a group's (30余名居民和志愿者), not a person's.
# (`我们和X` is with one person: a pronoun's `和` joins no titles)
_GROUP_BEFORE = re.compile(r"(?:[\d０-９余多名位个们]|(?<![我你他她们])[和与及])$")
# (a number that counts, not one that places: `9号楼楼组长X` names one 楼组长)
_GROUP_INSIDE = re.compile(
    r"[\d０-９](?![\d０-９]*(?:号|楼|栋|幢|层|单元|室|组))|[余多]名|[和与及]|们"
)
# A word ending like a body is no name: 宣讲团, 服务队.
_NOT_NAME_ENDS = frozenset("团队会部委组站处局院校所办室社化性")
_HAN_ONLY = re.compile(f"[{HAN}]+")
# Words of address after a surname alone (`邵阿婆`, `李大爷`).
_KIN_ADDRESSES = ("阿婆", "阿公", "阿伯", "阿姨", "大爷", "大妈", "大伯", "大娘", "奶奶", "爷爷")
# Two-character words of address: where a name seems to begin on their second character.
_WORDS_OF_ADDRESS = frozenset(
    w for w in (*_HONORIFICS, *_ADDRESSES, *_KIN_ADDRESSES) if len(w) == 2
)
# A place name before the level of a body is dropped from a title: 杨浦区委副书记 →
# 区委副书记, 某某街道党工委书记 → 街道党工委书记 (the person view lists titles by level).
_PLACE_BEFORE_LEVEL = re.compile(f"[{HAN}]{{2,4}}?(?=区委(?!员)|市委(?!员)|街道)")


@cache
def _title_pattern() -> re.Pattern[str]:
    words = sorted(data.title_words(), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


def _at_boundary(text: str, at: int) -> bool:
    if at >= len(text) or _NOT_WORD.match(text, at):
        return True
    return (
        text.startswith(_BOUNDARY_WORDS, at)
        or bool(_COUNT_AFTER.match(text, at))
        or bool(_DOING_AFTER.match(text, at))
    )


# A count and what it counts after a name (`甘立新二十分钟就赶到了`): no name goes on
# into a number.
_COUNT_AFTER = re.compile(r"[一二三四五六七八九十两几]+(?:个|分钟|小时|年|天|次|岁|多|名|位|趟|遍)")
# A verb of one character with 着 after a name (`常乐提着手电`): what the person did.
_DOING_AFTER = re.compile(r"[\u4e00-\u9fff]着")


def _plausible(name: str) -> bool:
    if any(ch in _NOT_NAME_CHARS for ch in name) or name.startswith(_NOT_NAME_STARTS):
        return False
    if name[1:2] == name[:1]:
        return False  # `谈谈体会`: a verb said twice, no surname over a given name
    if name[-1] in _NOT_NAME_ENDS:
        return False
    if name.endswith(_KIN_ADDRESSES):
        return False  # `邵阿婆`: a surname and a word of address, no given name
    if not _HAN_ONLY.fullmatch(name):
        return False
    return not _title_pattern().search(name)


def name_at(text: str, at: int, after_title: bool = False) -> str | None:
    """The person's name that starts at `at`, or None.

    Right after a title a name is expected: when no boundary shows where it ends, it
    is taken at the most common length, three characters.
    """
    single, double = data.surnames()
    if text[at : at + 2] in double:
        lengths = (3, 4)
    elif text[at : at + 1] in single:
        lengths = (2, 3)
    else:
        return None
    if at > 0 and text[at - 1 : at + 1] in _WORDS_OF_ADDRESS:
        return None  # `退休老师傅加入进来`: 傅 ends 师傅, no surname begins there
    head = text[at : at + 1]
    for honorific in _HONORIFICS:
        if text.startswith(honorific, at + 1):
            return head + honorific
    for length in lengths:
        name = text[at : at + length]
        if len(name) == length and _plausible(name) and _at_boundary(text, at + length):
            return name
    if after_title and not text.startswith(_BOUNDARY_WORDS, at):
        size = lengths[-1]  # three characters; four after a compound surname (司马红英)
        name = text[at : at + size]
        if len(name) == size and _plausible(name):
            return name
    return None


def _title_begin(key: str, start: int) -> int:
    """Where the title whose title word starts at `start` begins, read backwards."""
    return _title_bounds(key, start)[1]


def _title_bounds(key: str, start: int) -> tuple[int, int]:
    """Where the title whose title word starts at `start` is written from, and where it
    begins once a place named before its level is left out (`青枫` of `青枫街道…`)."""
    begin = start
    while begin > 0 and start - begin < 16:
        if key[begin - 1] in _TITLE_STOP and not _COMPOUND_AFTER_STOP.match(key, begin - 1):
            break
        begin -= 1
    if begin == 0 and key.startswith("记", 0) and start > 1:
        begin = 1  # `——记长寿路居民区人民调解员骆建国`: a profile's subtitle
    # From one character back: `请来全科主任医师`, where 请 stopped the reading.
    leads = [m.end() for m in _TITLE_LEAD_WORDS.finditer(key, max(0, begin - 1), start)]
    if leads:
        begin = leads[-1]
    begin = _after_titled_name(key, begin, start)
    place = _PLACE_BEFORE_LEVEL.match(key, begin)
    return begin, (place.end() if place and place.end() < start else begin)


def _after_titled_name(key: str, begin: int, start: int) -> int:
    """Where a title read back from `start` begins once another titled person named
    inside it is left out: `党委书记闻佳带着楼道长` → `楼道长` (and the words that
    follow that name, `带着`)."""
    for match in _title_pattern().finditer(key, begin, start):
        name = name_at(key, match.end())
        after = match.end() + len(name) if name else start
        if after < start:
            begin = after
            while (word := next((w for w in _LINKS if key.startswith(w, begin)), None)) and (
                begin + len(word) <= start
            ):
                begin += len(word)
    return begin


# What joins two people in a sentence (`闻佳带着楼道长…`, `鲁春燕和楼组长…`): after a
# titled name, never a title's words.
_LINKS = tuple(sorted(set(_BOUNDARY_WORDS), key=len, reverse=True))


def _title_spans(key: str, name_at_: int) -> list[tuple[int, int]]:
    """Spans of the title list written right before a name: `A、B、C名`."""
    spans: list[tuple[int, int]] = []
    end = name_at_
    while True:
        match = _title_ending_at(key, end)
        if match is None:
            break
        written, begin = _title_bounds(key, match)
        spans.insert(0, (begin, end))
        begin = written  # (the list's separator stands before the place, if one is named)
        while begin > 0 and key[begin - 1] in " ":
            begin -= 1
        if begin > 0 and key[begin - 1] in _TITLE_SEPARATORS:
            end = begin - 1
            continue
        break
    return spans


def _title_ending_at(text: str, end: int) -> int | None:
    """Start of the title word that ends exactly at `end`, preferring the longest."""
    for length in range(6, 1, -1):
        start = end - length
        if start >= 0 and _title_pattern().fullmatch(text, start, end):
            return start
    return None


# Words that follow a name: a trailing title, a verb of speech, a word of address.
_AFTER_NAME = re.compile(
    "|".join(sorted((*_TRAILING_TITLES, *_SPEECH, *_ADDRESSES), key=len, reverse=True))
)


def titled_people(text: str) -> list[tuple[str, list[str]]]:
    """(name, titles) for each name written after a title, in order, as written.

    Matched on the folded text (same offsets), so 區委副書記 reads like 区委副书记.
    """
    key = fold_field(text)
    found: list[tuple[str, list[str]]] = []
    for match in _title_pattern().finditer(key):
        at = match.end()
        while at < len(key) and key[at] == " ":
            at += 1
        weak = match.group() in _WEAK_TITLES
        if key[at : at + 1] in _FUNCTION_SURNAMES:
            continue  # `志愿者来修车`: the sentence goes on, no one is named
        name = name_at(key, at)
        spans = None
        if name is None and not weak:
            spans = _title_spans(key, match.end())
            group = bool(spans) and bool(
                # Its last two characters only (`$` matches before a final newline
                # too): a search of the whole text before it made an article of many
                # titles quadratic.
                _GROUP_BEFORE.search(key, max(0, spans[0][0] - 2), spans[0][0])
                or _GROUP_INSIDE.search(key[spans[0][0] : at])
            )
            name = None if group else name_at(key, at, after_title=True)
        if name is None or (
            weak
            and (
                len(name) < 3
                or key.startswith(_BOUNDARY_WORDS, at)
                # (`底楼住户吕阿姨`: a neighbour called by an address, not a person's name)
                or name.endswith((*_HONORIFICS, *_ADDRESSES))
                # (`居民满意度三个方面`: a count is no clear end after a weak title)
                or _COUNT_AFTER.match(key, at + len(name))
            )
        ):
            continue
        if spans is None:
            spans = _title_spans(key, match.end())
        titles = [text[b:e].strip() for b, e in spans]
        # `——访社区法律顾问、律师X`: an interview's subtitle; its `访` is no part of a post.
        if titles and titles[0].startswith("访") and len(titles[0]) > 2 and spans[0][0] <= 2:
            titles[0] = titles[0][1:]
        # `我代表全家`: a speaker who stands for others, not a post before a name.
        if titles and not titles[0].startswith(_PRONOUNS):
            found.append((text[at : at + len(name)], titles))
    for match in _INTRODUCED.finditer(key):
        name = name_at(key, match.end())
        if name and len(name) >= 2 and not name.endswith(_HONORIFICS):
            found.append((text[match.end() : match.end() + len(name)], []))
    for match in _AFTER_NAME.finditer(key):
        word, end = match.group(), match.start()
        name = _name_before(key, end)
        if not name:
            continue
        begin = end - len(name)
        if word in _TRAILING_TITLES:
            found.append((text[begin:end], [word]))
        elif word in _SPEECH:
            if begin > 0 and key[begin - 1] in _QUOTE_OPENERS:
                found.append((text[begin:end], []))
        elif len(name) >= 3 and (begin == 0 or key[begin - 1] in _NAME_OPENERS):
            # The name stands alone before the address: after punctuation, 的, or nothing.
            found.append((text[begin:end], []))
    return found


def _name_before(text: str, end: int) -> str | None:
    single, double = data.surnames()
    for length in (3, 2, 4):
        start = end - length
        if start < 0:
            continue
        name = text[start:end]
        surname = name[:2] in double or (length < 4 and name[0] in single)
        if surname and _plausible(name):
            return name
    return None


def find_mentions(article: Article) -> list[Mention]:
    """Titled people and byline authors of one article (bare mentions come later)."""
    mentions: dict[str, Mention] = {}
    for _, _, text in article.fields():
        if text is article.byline_text:
            continue
        for name, titles in titled_people(text):
            old = mentions.get(name)
            merged = tuple(dict.fromkeys((*(old.titles if old else ()), *titles)))
            mentions[name] = Mention(name=name, titles=merged)
    for paragraph in article.paragraphs:
        # An honour roll: a line of names only (`王　芳　李建国、张　敏`), each a person.
        roll = names_in_row(paragraph) or names_with_units(paragraph) or ()
        if not roll:
            roll = family_heads_in_row(paragraph) or ()  # `金永福家庭　顾雪芬家庭`
        if not roll and (unit_row := name_after_unit(paragraph)):
            roll = (unit_row,)
        if not roll and (entry := name_opening_entry(paragraph)):
            roll = (entry,)
        if not roll and (head := family_head(paragraph)):
            roll = (head,)  # `上坞组　吕桂英户`: the family's head
        for name in (*roll, *names_in_cells(paragraph), *names_in_field(paragraph)):
            if name not in mentions and has_surname(name):
                mentions[name] = Mention(name=name)
    for name in (
        *_names_in_field_run(article.paragraphs),
        *_names_under_labels(article.paragraphs),
    ):
        if name not in mentions:
            mentions[name] = Mention(name=name)
    for name in names_in_column(article.paragraphs):  # a table's `姓名` column
        if name not in mentions:
            mentions[name] = Mention(name=name)
    signed = _signed_as(article.byline_text)
    for byline in article.bylines:
        if byline.author:
            old = mentions.get(byline.author)
            # `本报记者 X 摄` in a caption credits X; 记者 there is a role, not a title.
            titles = tuple(t for t in (old.titles if old else ()) if fold(t) not in ROLES)
            if not (byline.role or byline.department) and byline.author in signed:
                titles = tuple(dict.fromkeys((*titles, signed[byline.author])))
            mentions[byline.author] = Mention(
                name=byline.author, titles=titles, role="author", department=byline.department
            )
    for label, value in article.meta.items():
        if label in EDITOR_LABELS:
            for name in re.split(r"[\s、，,；;/／]+", value):
                if is_name(name) and name not in mentions:
                    mentions[name] = Mention(name=name, role="editor")
    return list(mentions.values())


def _signed_as(byline_text: str | None) -> dict[str, str]:
    """Who signed as what: `退休教师　邝秋白`, `南岙村村民 戴永福` under a poem or a
    letter (the words before the name say who the writer is: their title)."""
    found: dict[str, str] = {}
    for line in (byline_text or "").split("\n"):
        match = TITLED_NAME.match(line.strip())
        if not match or not is_name(match["name"]):
            continue
        said = match["titles"].strip()
        # (`记者 X`, `文/X`: a role, the byline's already; `王晓燕　陈立群`: two writers)
        if any(r in said for r in ROLES) or re.search(r"[\s、/／]", said):
            continue
        if bare_name(said) and not WRITERS_ROLE.search(said):
            continue  # (`居民` is who a writer is; `王晓燕` is another writer)
        if FORM_WRITER.fullmatch(said) or FORM_CHECKER.fullmatch(said):
            continue  # `填报人　陆敏`: who filled a form in, a role on it
        found[match["name"]] = said
    return found


# Fewest names a run of a roll's group lines lists (`竹园组:陈桂香 刘德全` / `后溪组:方春妹`).
_ROLL_RUN_NAMES = 3


def _names_in_field_run(paragraphs: list[str]) -> list[str]:
    """A roll set out by group, a field a group, each field's value names only (or a
    roll of couples, two names a line): two lines or more one after another, listing
    three names or more between them."""
    found: list[str] = []
    run: list[list[str]] = []
    for paragraph in [*paragraphs, ""]:
        # (or a line of two names, `任德福 蒋 兰`, a couple in a roll of couples)
        names = names_in_field(paragraph, least=1) or names_in_row(paragraph, least=2)
        if names:
            run.append(names)
            continue
        if len(run) >= 2 and sum(map(len, run)) >= _ROLL_RUN_NAMES:
            # (a row's unit among its names, `双桥社区`, is no one)
            found.extend(n for names in run for n in names if is_name(n) and has_surname(n))
        run = []
    return found


def _names_under_labels(paragraphs: list[str]) -> list[str]:
    """A roll set out by group, each group's label a paragraph of its own (`见义勇为：`,
    or its count, `九十周岁(3人)`) over its names, one or more: two groups or more, three
    names or more in all."""
    groups = [
        names
        for label, row in itertools.pairwise(paragraphs)
        if (GROUP_LABEL.match(label) or ROLL_HEAD.match(label))
        and (names := names_in_row(row, least=1))
    ]
    if len(groups) < 2 or sum(map(len, groups)) < _ROLL_RUN_NAMES:
        return []
    return [n for names in groups for n in names if is_name(n) and has_surname(n)]


def add_bare_mentions(articles: list[Article]) -> None:
    """Mentions of names already found in the issue, written without a title.

    One pass of one pattern over each text, so an issue with many names and many
    articles stays linear in its length.
    """
    known = {m.name for a in articles for m in a.mentions if len(m.name) >= 2}
    full_names = {n for n in known if not n.endswith(_HONORIFICS)}
    by_surname: dict[str, list[str]] = {}
    for name in full_names:
        by_surname.setdefault(name[0], []).append(name)
    forms = {name: name for name in full_names}
    for surname, names in by_surname.items():
        if len(names) == 1:
            forms.update({surname + h: names[0] for h in _HONORIFICS})
    # Find where a known form may start (its first character), then look the
    # next few characters up: linear in the text however many names there are.
    firsts = {f[0] for f in forms}
    # A few first characters are found with str.find (compiling a pattern per issue
    # costs more than a small issue's whole scan); many, with one pattern, in one pass.
    starts = re.compile("[" + re.escape("".join(firsts)) + "]") if len(firsts) > 64 else None
    lengths = sorted({len(f) for f in forms}, reverse=True)
    for article in articles:
        if forms:
            present = {m.name for m in article.mentions}
            found: set[str] = set()
            for _, _, text in article.fields():
                if text is article.byline_text:
                    continue
                for at in _positions(text, firsts, starts):
                    for length in lengths:
                        form = text[at : at + length]
                        if form in forms and _at_boundary(text, at + length):
                            found.add(forms[form])
                            break
            article.mentions.extend(Mention(name=n) for n in sorted(found - present))
        _resolve_honorifics(article, by_surname)


def _positions(text: str, firsts: set[str], pattern: re.Pattern[str] | None):
    """Where any of the first characters stands in the text."""
    if pattern is not None:
        return [match.start() for match in pattern.finditer(text)]
    found = []
    for ch in firsts:
        at = text.find(ch)
        while at != -1:
            found.append(at)
            at = text.find(ch, at + 1)
    return sorted(found)


def _resolve_honorifics(article: Article, by_surname: dict[str, list[str]]) -> None:
    """`薛老师` becomes the one known 薛 of the issue, if there is exactly one."""
    resolved: list[Mention] = []
    for mention in article.mentions:
        if mention.name.endswith(_HONORIFICS) and len(by_surname.get(mention.name[0], [])) == 1:
            full = by_surname[mention.name[0]][0]
            mention = Mention(full, mention.titles, mention.role, mention.department)
        if all(m.name != mention.name for m in resolved):
            resolved.append(mention)
    article.mentions[:] = resolved
