"""Words of credits and bylines: departments, units, people's names, roles."""

from __future__ import annotations

import re

from .. import data
from ..textkey import fold
from .text import HAN

# Endings that make a word an organisation rather than a person.
ORG_SUFFIXES = (
    "办公室", "委员会", "联合会", "服务社", "居民区", "中心", "工会", "党委", "支部", "总支",
    "街道", "居委", "协会", "学会", "基地", "公司", "学校", "医院", "商会", "办", "会", "所",
    "站", "部", "局", "委", "科", "组", "室", "队", "院", "校", "处", "社", "馆", "厅", "署",
    "团", "社区", "联", "办事处", "分会", "支队", "大队", "中队", "村", "网格", "政府",
    "中学", "小学", "幼儿园", "大学", "学院",
    # a bank and its branches (`通行`, `出行` end with 行 and are no bank)
    "银行", "分行", "支行", "农商行", "工行", "农行", "建行", "中行", "交行",
)  # fmt: skip
# How a school or a class ends (`新华小学五（2）班`): where a pupil who writes studies.
SCHOOL_OR_CLASS = "学校|中学|小学|大学|学院|幼儿园|班"
# Written role → the role kept on the byline.
ROLES = {
    "本报记者": "记者", "本刊记者": "记者", "特约记者": "记者", "见习记者": "记者",
    "首席记者": "记者", "融媒体记者": "记者", "摄影记者": "摄影", "记者": "记者",
    "特约通讯员": "通讯员", "本报通讯员": "通讯员", "本刊通讯员": "通讯员", "通讯员": "通讯员",
    "本报实习生": "实习生", "本刊实习生": "实习生", "实习生": "实习生",
    "本报摄影记者": "摄影", "摄影": "摄影",
    "摄像": "摄像", "文字": "文", "撰稿": "文", "文图": "文图", "图文": "文图", "文": "文",
    "图片": "图", "供图": "图", "图": "图", "摄": "摄影", "制图": "图", "绘图": "图",
    "漫画": "图", "口述": "口述", "整理": "整理",
}  # fmt: skip

_NAME = re.compile(rf"[{HAN}]{{2,4}}|[{HAN}]{{1,6}}·[{HAN}]{{1,8}}")
ORG = re.compile(rf"[{HAN}A-Za-z0-9（）()《》]{{2,30}}")
# Newspaper end marks and credit words that look like a two-character name.
_NOT_NAMES = frozenset(
    {
        *("完", "待续", "未完", "未完待续", "续完", "全文完", "图片", "资料图", "资料照片"),
        *("供稿", "来稿", *ROLES),
        # a run of briefs' name (`简　讯` set wide, alone on its line): 简 is a surname too
        *("简讯", "快讯", "短讯", "要闻", "速递"),
    }
)


def is_department(word: str) -> bool:
    # Folded, so 黨建辦 ends like 党建办.
    return len(word) >= 3 and fold(word).endswith(ORG_SUFFIXES) and bool(ORG.fullmatch(word))


def is_name(word: str) -> bool:
    return name_shaped(word) and not is_department(word)


def name_shaped(word: str) -> bool:
    """A person's name by its form, were it not a department's too (`钱立行` ends as a
    bank does): where only a person can stand (before `摄`), that is enough."""
    return (
        bool(_NAME.fullmatch(word))
        and fold(word) not in _NOT_NAMES
        and not _FUNCTION_CHARACTER.search(word[1:])
    )


# Words of grammar no given name is made of (`谈把支` is `谈把支部建在…` cut in three).
_FUNCTION_CHARACTER = re.compile(r"[的了把被们这那着过吗呢吧啊]")


def is_unit(word: str) -> bool:
    """A department, or a short unit name such as 妇联 or 团委."""
    return is_department(word) or (len(word) == 2 and fold(word).endswith(ORG_SUFFIXES))


def has_double_surname(name: str) -> bool:
    """`欧阳`, `司马`: whether the name starts with a two-character surname."""
    return fold(name[:2]) in data.surnames()[1]


def bare_name(text: str) -> bool:
    """A person's name alone: two or three characters with a known surname (four only
    after a two-character one: `居民来信` is a label)."""
    return (
        (2 <= len(text) <= 3 or (len(text) == 4 and has_double_surname(text)))
        and is_name(text)
        and has_surname(text)
    )


def has_surname(name: str) -> bool:
    """Whether the name starts with a known surname (compound ones too)."""
    single, double = data.surnames()
    return fold(name[:2]) in double or fold(name[:1]) in single


# `党工委副书记、办事处主任　韩立新`: titles, a wide space, a name.
TITLED_NAME = re.compile(r"^(?P<titles>\S[^。！？!?；;，,]{1,40}?)[\s\u3000]+(?P<name>\S{2,4})$")
_TITLE_END = re.compile(
    r"(?:书记|主任|主席|部长|局长|处长|科长|镇长|街道办主任|委员|代表|经理|组长|会长|理事长|校长|院长|所长|队长|站长"
    r"|里长|村长|区长|書記|主席|部長|局長|處長|科長|鎮長|委員|代表|經理|組長|會長|理事長|校長|院長|所長|隊長|站長|里長|村長|區長)$"
)


def titled_name(text: str, residents: bool = False) -> str | None:
    """The name at the end of `titles　name`, when the titles end as a post does (or,
    `residents`, as what a resident who writes is: `12号楼居民　X`, `退休党员　X`)."""
    match = TITLED_NAME.match(text)
    if not match:
        return None
    name, titles = match.group("name"), match.group("titles")
    if not (is_name(name) and has_surname(name)):
        return None
    if _TITLE_END.search(titles) or (residents and WRITERS_ROLE.search(titles)):
        return name
    return None


def titled_name_unparted(text: str, residents: bool = False) -> str | None:
    """titled_name of `退休职工倪守田`, the gap between titles and name lost (an OCR
    engine's spaces taken out with every other): a name of three characters only, where
    two would read a column's name as a post and a word (`居民来信`)."""
    if len(text) < _UNPARTED_NAME + 2 or " " in text or "\u3000" in text:
        return None
    return titled_name(f"{text[:-_UNPARTED_NAME]} {text[-_UNPARTED_NAME:]}", residents)


_UNPARTED_NAME = 3


# What a resident who writes to the paper is, at the end of the words before the name.
WRITERS_ROLE = re.compile(
    r"(?:党员|居民|村民|读者|教师|老师|志愿者|老人|学生|学员|家长|楼组长|职工|工人|会员|医生|护士|民警|社工"
    # (a pupil signs with the school year: `岚山小学三年级　X`; a class, `五（1）班`, is
    # the unit they write from)
    r"|年级)$"
)
