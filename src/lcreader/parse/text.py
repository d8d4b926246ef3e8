"""Character classes and punctuation rules of Chinese bulletin text."""

from __future__ import annotations

import re
import sys

# (with the radicals a PDF viewer copies for some characters: `⾥里`, `⽉月`)
HAN = "\u2e80-\u2eff\u2f00-\u2fdf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# A sentence's stop (no clause's): what no headline or list entry holds.
FULL_STOP = re.compile(r"[。！？!?]")
# A quotation or a bracket opened near a line's end and not closed in it: `…一个“微`.
_OPENED_LATE = re.compile(r"[“‘「『《（(][^”’」』》）)]{0,3}$")


def cut_in_quote(text: str) -> bool:
    """Whether the line stops just inside a quotation or a bracket it opened: a line of
    text cut by the wrap, never a whole headline."""
    return len(text) > 4 and bool(_OPENED_LATE.search(text))


# A sentence or clause that is complete ends with one of these (after closers).
TERMINAL = frozenset("。！？!?；;…：:")
CLOSERS = "”’」』）)》】〕\"'"
# A half-width full stop ends a sentence after Chinese text (`会议.`), not in `3.5` or `No.`.
SENTENCE_INSIDE = re.compile(r"[。！？!?；;]|(?<=[^\x00-\x7f])\.")
COMMA = re.compile(r"[，,]")
# Any mark of a clause or a sentence.
ANY_STOP = re.compile(r"[，,。．、；;：:！!？?]")
# A photo caption's position mark: (左三), （右一）, (中), (前排左二), (左起).
POSITION_MARK = re.compile(
    r"[(（](?:前排|后排|第[一二三四五六七八九十\d]+排)?(?:从?左(?:起|至右)?|右(?:起)?|中)"
    r"[一二三四五六七八九十\d]*[)）]"
)


# How only a news report's first sentence opens: a dateline or a recent-time word.
NEWS_LEAD = re.compile(
    r"^(?:本报讯|本刊讯|近日|日前|近期|最近|前不久|不久前|"
    r"\d{1,2}\s*月\s*(?:\d{1,2}\s*日|上旬|中旬|下旬|初|底)(?:[上下]午|晚上?|起)?[，,]"
    # (a month alone, with since when: `4月起，`, `3月以来，`)
    r"|\d{1,2}\s*月(?:起|以来)[，,])"
)


# A roll's entry: a name, a note in brackets, a colon (`顾秀英（5号楼）：每天清扫…`).
ENTRY_OPENING = re.compile(r"(?P<name>[^\W\d_]{2,4})[（(][^（）()]{2,12}[)）][：:]")
# A column of photo items: `图说枫湾`, `图片新闻`, `镜头·社区`, `随手拍`.
PHOTO_COLUMN = re.compile(r"^(?:图说|图片新闻|图片故事|镜头|影像|随手拍)")


# The mark a paper sets before a brief's headline (`●社区学校暑期班开始报名`): it only
# points (a banner's brackets are another thing, lines.py).
def unclosed_brackets(text: str) -> int:
    """How many round brackets the text opens and leaves open (negative: closes more than
    it opens, the rest of a note the line above began)."""
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


# The marks a brief's headline opens with (`◆…`, `■…`), set before it alone.
BRIEF_MARKS = "◆◇●■□★☆▶►"
HEADLINE_MARK = re.compile(r"^[●■◆▲★☆◇○□▪►▶◎]\s*(?=\S)")

# A headline of two phrases or more set side by side: 认养一棵树 共建绿色家园,
# 迎奥运　讲文明　树新风.
PAIRED_PHRASES = re.compile(r"^[^\s，,。]{3,}(?:[ \u3000]+[^\s，,。]{3,})+$")
# A main headline states what happened (主题实): an event. A kicker over it is a theme
# (引题虚): a slogan, a column's name (`乡村振兴·产业篇`).
EVENT = re.compile(
    "召开|举行|举办|开展|启动|成立|揭牌|开幕|闭幕|落幕|开班|开课|开工|竣工|完工|签约|发布|召開|舉行|"
    "舉辦|開展|啟動|開幕|閉幕|開班|開課|開工|簽約|發佈|发放|發放|表彰|慰问|慰問|调研|調研|走访|走訪"
)
COLUMN_LABEL = re.compile(
    r"·|篇$|专栏$|專欄$|系列$|选登$|選登$|征文$|徵文$|连载$|連載$|选编$|選編$"
)
# Characters a phrase cannot end on: a line ending on one was cut mid-sentence.
DANGLING = tuple("的地得之和与及或并而且在对为把被将从向于以是让给跟同往至由")


# An English sentence's full stop: a line of words whose last word is not an
# abbreviation (`Mr.`, `No.`, `Rd.`) nor a number (`2.`).
_ENGLISH_TAIL = 200
_ENGLISH_STOP = re.compile(r"(?:\S+ +){3,}(?:[a-z]{2,}|[A-Za-z][a-z]{3,}|[A-Z]{2,}s?)$")

# `“有事揾罗姐。”——光塔社区居民　陈伯强`: a quote and who said it, whole.
_ATTRIBUTED = re.compile(r"[”\"」』]\s*——[^—“”]{2,24}$")


def is_terminated(text: str) -> bool:
    """Whether the text ends a sentence or clause (closing quotes and brackets allowed)."""
    if "——" in text and _ATTRIBUTED.search(text):
        return True
    stripped = text.rstrip().rstrip(CLOSERS)
    if not stripped:
        return False
    last = stripped[-1]
    if last == ".":
        before = stripped[:-1].rstrip(CLOSERS)  # `办".` ends like `办.`
        # (only the line's end is looked at: a regex's repeat over a line of megabytes
        # holds a frame for every word)
        tail = before[-_ENGLISH_TAIL:]
        return bool(before) and (not before[-1].isascii() or bool(_ENGLISH_STOP.search(tail)))
    if last in _TILDES:
        # `一起在线看看吧~`: a post's friendly stop, after Chinese words (not `9:00~`)
        before = stripped.rstrip("~～")
        return bool(before) and not before[-1].isascii() and before[-1] not in "，、：:"
    return last in TERMINAL


_TILDES = frozenset("~～")


# A line longer than this has its white space taken out by a table, not by split():
# `"".join(text.split())` lists every word first (a line of 50 MB may hold millions,
# a gigabyte of them), and even a slice at a time holds the pieces beside their join.
_LONG_LINE = 1 << 16
_NO_SPACE: dict[int, None] = {}


def without_space(text: str) -> str:
    """The text with its white space taken out: `"".join(text.split())`."""
    if len(text) <= _LONG_LINE:
        return "".join(text.split())
    if not _NO_SPACE:  # what split() takes as white space (0.1 s, once, for a long line)
        _NO_SPACE.update(dict.fromkeys(c for c in range(sys.maxunicode + 1) if chr(c).isspace()))
    return text.translate(_NO_SPACE)


# Most digits of a number the wrap cuts after, a Chinese character before them.
_CUT_NUMBER = 3
# One Chinese character (`HAN_CHAR.match(text[-1:])`: the text ends on one).
HAN_CHAR = re.compile(rf"[{HAN}]")


def join_pieces(left: str, right: str) -> str:
    """Join two halves of a paragraph cut by a page or column break."""
    if left and right and _latin(left[-1]) and _latin(right[0]):
        # (a number the wrap cut in Chinese text, `街道1` / `5个小区`, is one number; a
        # long one, `电话：86930217` / `7幢…`, ended where its line did)
        head = left.rstrip("0123456789")
        cut = len(left) - len(head) <= _CUT_NUMBER and bool(HAN_CHAR.match(head[-1:]))
        if left[-1].isdigit() and right[0].isdigit() and cut:
            return left + right
        return f"{left} {right}"
    return left + right


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def char_pairs(text: str) -> set[str]:
    """The text's pairs of neighbouring characters: how much two texts share words,
    with no word segmentation."""
    return {text[k : k + 2] for k in range(len(text) - 1)}


def shared_pairs(pairs: set[str], text: str) -> int:
    """How many of the pairs occur in the text (substring tests, in C)."""
    return sum(pair in text for pair in pairs)


def nearby(texts, limit: int, sep: str = "") -> str:
    """The texts, in the order given, joined until `limit` characters are reached:
    a bounded window, so comparing with it stays linear however long the issue."""
    parts, size = [], 0
    for text in texts:
        if size >= limit:
            break
        parts.append(text)
        size += len(text)
    return sep.join(parts)


# A note quotes a line's start or end: never cut so that it begins on a closing mark or
# ends on an opening one, nor inside a number (`14` of `14:30`), and marked cut (`…`).
_CLOSING = frozenset("，。、；：？！”’」』）》〉】〕…,.;:?!)]}%·～~")
_OPENING = frozenset("“‘「『（《〈【〔([{")
CUT = "…"


def quote_head(text: str, size: int) -> str:
    """The first `size` characters of a text as a note quotes them."""
    if len(text) <= size:
        return text
    end = size
    # (an opening mark among the last few characters: cut before it, `20 户“最` → `20 户`)
    opened = max((k for k in range(max(1, end - 3), end) if text[k] in _OPENING), default=None)
    if opened is not None:
        end = opened
    while end > 1 and (text[end - 1] in _OPENING or _inside_number(text, end)):
        end -= 1
    return text[:end].rstrip() + CUT


def quote_tail(text: str, size: int) -> str:
    """The last `size` characters of a text as a note quotes them."""
    if len(text) <= size:
        return text
    start = len(text) - size
    while start < len(text) - 1 and (text[start] in _CLOSING or _inside_number(text, start)):
        start += 1
    return CUT + text[start:].lstrip()


def _inside_number(text: str, cut: int) -> bool:
    """Whether a cut before `cut` falls inside a number (`14` of `14:30`, `20` of `2024`)."""
    return (
        0 < cut < len(text)
        and text[cut - 1].isdigit()
        and (text[cut].isdigit() or text[cut] in ":：")
    )


# A letter's close, over its signature: `此致` / `敬礼！`, `特此感谢`.
SIGN_OFF = re.compile(
    r"^(?:此致|敬礼[！!]?|此致[\s\u3000]*敬礼[！!]?|特此(?:通知|公告|感谢|致谢)[。！!]?"
    # a letter's closing wish: `祝学业进步，天天开心！`, `祝您身体健康！` (not a dedication to
    # the list below it: `祝以下会员生日快乐！`)
    r"|祝(?!以下|下列)[^。！!？?：:“”]{2,24}[！!。])$"
)


# The paper's answer run into the first line under a reader's letter, or a reporter's
# note under a story: `编者：接到来信后，…`.
REPLY = re.compile(
    r"^(?:编者|編者|编者按|編者按|编者附言|編者附言|编后|編後|编后语|編後語|记者手记|記者手記)\s?[：:]"
    # (or the office's reply under its name, on a line of its own: `社区回复`, `街道答复：`,
    # or run in before its text: `村委会答复：收到来信后，…`)
    r"|^[\u4e00-\u9fff]{0,6}(?:回复|答复|回覆)(?:[：:]|$)"
)


# The head of an honour roll's part: what is listed and how many, `优秀志愿服务项目（5个）：`.
ROLL_HEAD = re.compile(
    r"^[^，。；！？,;!?\s]{2,24}[（(](?:共)?[\d一二三四五六七八九十百]+\s*[名个人位项家户支][）)][：:]?$"
)


# A heading printed again where its text goes on (`一、…（续）`, a new slide, a new page).
# A pictograph saved in a code page that has none (GBK): `?` or `??` before the line.
# (or one bullet lost so, a space after it: `? 健康讲座进小区。`)
LOST_PICTOGRAPH = re.compile(
    r"^\?{1,4}(?=[\u4e00-\u9fff“《【①-⑳0-9])|^\?[ \u3000](?=[\u4e00-\u9fff“《【])"
)
CONTINUED_HEAD = re.compile(r"[（(]\s*续(?:上|前)?\s*[)）]$")
# Pieces of a line set apart: full-width spaces, or two spaces and more.
WIDE_GAPS = re.compile(r"\u3000+|\s{2,}")

# A letter's or a notice's greeting on its own line: `尊敬的居民朋友们：`, `编辑同志：`.
# Whom a notice is sent to, each named after `各`.
_READERS = (
    r"(?:社区|科室|部门|单位|村|居委会|居民区|小组|组长|楼组|党组织|支部|委员会|中心|站|所"
    r"|企业|学校|网格|街道|镇|乡|处|办|室|队)"
)
# Marks a post sets after its word to its readers, pointing at what follows (`…👇`).
POINTS_DOWN = ("👇", "👇🏻", "⬇", "⬇️", "↓", "⤵", "⤵️")
SALUTATION = re.compile(
    r"^(?:(?:尊敬的|亲爱的|各位|全体)[^，,。！？!?]{1,40}"
    r"|[^，,。！？!?\s]{1,12}(?:同志|朋友|先生|女士|老师|人员|领导)们?"
    # (a notice's readers, each `各`: `各社区、各科室：`, `各居民小组：`)
    rf"|各[^，,。！？!?\s：:、]{{0,10}}{_READERS}(?:、各?[^，,。！？!?\s：:、]{{0,10}}{_READERS}){{0,5}}"
    # (the bodies a letter is written to: `梅园社区居委会、物业服务中心：`)
    r"|[^，,。！？!?\s]{2,12}(?:会|中心|处|部|所|院|局|站|队|办|委|公司)"
    r"(?:[、和及][^，,。！？!?\s]{2,12}(?:会|中心|处|部|所|院|局|站|队|办|委|公司))*)[：:]$"
)


# The kinds of notice a paper prints as items of their own, each under its kind's name:
# after a byline such a word opens a new item, where `街道回复` or `记者手记` go on the last.
# Longest notice head read as its kind alone (`更正`, `寻物启事`, `便民通知`).
MAX_KIND_ALONE = 6
NOTICE_KINDS = (
    "更正", "启事", "声明", "通知", "公告", "通告", "倡议书", "致歉", "告示",
    # a letter posted as a notice is: `表扬信`, `感谢信`, `公开信`
    "表扬信", "感谢信", "公开信", "慰问信", "致谢",
    # a notice board's kinds of notice
    "失物招领", "寻物启事", "招领", "公示", "提醒", "提示",
    # a paper's call for contributions: `副刊征稿`, `“我的家乡”征文`
    "征稿", "征文",
)  # fmt: skip


# A line that closes on whom to ring and the number (`…应急队电话：5877 2310`, `如有疑问，
# 请联系物业服务中心：56201188`): a notice's contact, its text's end.
# (its last figures may be masked in a copy put online: `6630××××`)
CONTACT_NUMBER_END = re.compile(
    r"(?:电话|热线|联系|咨询)[^。！？!?]{0,24}[:：]\s*"
    r"(?=[\d\-－ ×xX*＊]{7,20}$)\d[\d\-－ ]*[×xX*＊]*$"
)


# A sum set apart at a line's end (`合计 1286400`, `36.0 万元`): an account's line.
# What a figure counts, written right after it (`32名`, `3号楼`, `120余人`).
MEASURE_WORDS = "岁周人名元角分个户间号楼层栋室套次天日月年时点期届位份件台辆棵株米斤克"


def count_cut(text: str, below: str) -> bool:
    """`截至6月底，全村 32` over `名党员共认领…`: a sentence cut after a figure, the word
    counting it opening the next line."""
    return (
        text[-1:].isdigit()
        and bool(COMMA.search(text))
        and below[:1] in MEASURE_WORDS
        and below[1:2] > "\u3000"  # (a word goes on: `名党员`, not `年` alone)
    )


AMOUNT_AFTER = re.compile(r"[\s\u3000][\d,.]{4,}(?:\s*(?:元|万元))?$")


# A diary's day: `7月1日 晴`, `7月3日 星期四 多云转阴`.
DIARY_DAY = re.compile(
    r"^\d{1,2}月\d{1,2}日(?:\s*(?:星期|周)[一二三四五六日天])?\s+[晴阴雨雪多云转小中大雷阵]{1,6}$"
)
