"""Hypothesis strategies for bulletin-like issues, with the structure they encode.

Each generated issue comes with the articles a careful reader would see in it, so
tests can check both that nothing is lost and that the structure comes back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import strategies as st

# Plain Han characters with no special role (no organisation endings, no
# surnames' honorifics, no punctuation, no 图 that opens a caption as in 图为…):
# bodies, titles and captions use them.
BODY_CHARS = "的一是在不了有人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质"
NAME_CHARS = "春夏秋明华文建国平安乐思远志丽芳伟敏静磊洋艳娟涛超秀兰霞刚勇杰婷颖琳嵩萌鸣瑾懿"
SURNAMES = "王李张刘陈杨赵吴周徐孙朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛"
DEPARTMENT_ENDINGS = ("办", "中心", "事务所", "服务站")
POSITION_MARKS = ("(左一)", "(右二)", "（中）", "(左三)", "（前排左二）")


@dataclass
class ExpectedArticle:
    title: str
    kicker: str | None = None
    subtitle: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    bylines: list[tuple[str | None, str | None]] = field(default_factory=list)
    # Two plain lines over a body, neither marked: a title and its subtitle read as
    # well as a kicker and its title; nothing in print tells them apart.
    plain_heading: bool = False

    def headings(self) -> list[tuple[str | None, str, str | None]]:
        """Each reading of the headline lines a reader could give: (kicker, title, subtitle)."""
        written = [(self.kicker, self.title, self.subtitle)]
        if self.plain_heading and self.kicker is None and self.subtitle is not None:
            written.append((self.title, self.subtitle, None))
        return written


def _han(min_size: int, max_size: int, alphabet: str = BODY_CHARS):
    # (eight `一` and nothing else is how OCR reads a printed rule, no words)
    return st.text(alphabet=alphabet, min_size=min_size, max_size=max_size).filter(
        lambda text: len(text) < 8 or text.strip("一")
    )


@st.composite
def sentences(draw) -> str:
    clauses = draw(st.lists(_han(3, 14), min_size=1, max_size=4))
    return "，".join(clauses) + draw(st.sampled_from("。。。！？"))


@st.composite
def paragraphs(draw) -> str:
    return "".join(draw(st.lists(sentences(), min_size=1, max_size=4)))


@st.composite
def person_names(draw) -> str:
    return draw(st.sampled_from(SURNAMES)) + draw(_han(1, 2, NAME_CHARS))


@st.composite
def departments(draw) -> str:
    return draw(_han(2, 4)) + draw(st.sampled_from(DEPARTMENT_ENDINGS))


@st.composite
def bylines(draw) -> tuple[str, list[tuple[str | None, str | None]]]:
    """Inner text and entries: `党建办 杜嵩`, `甲办 张三、乙办 李四`, `党群中心`."""
    count = draw(st.integers(1, 3))
    entries = []
    for _ in range(count):
        department = draw(departments())
        author = draw(st.one_of(st.none(), person_names()))
        if (department, author) not in entries:  # (a credit names each person once)
            entries.append((department, author))
    if any(a is None for _, a in entries):
        entries = entries[:1]
    inner = "、".join(f"{d} {a}" if a else d for d, a in entries)
    return inner, entries


@st.composite
def issues(draw) -> tuple[str, list[ExpectedArticle]]:
    """A bulletin's text and the articles in it."""
    count = draw(st.integers(1, 4))
    blocks: list[str] = []
    expected: list[ExpectedArticle] = []
    pending_title_after: str | None = None
    # Printed three times the same, a short line is the page's (a running head, a
    # menu): an issue's headlines and captions are its own, each printed once.
    used: set[str] = set()

    def fresh(strategy):
        line = draw(strategy.filter(lambda text: text not in used))
        used.add(line)
        return line

    for number in range(count):
        article = ExpectedArticle(title=fresh(_han(6, 20)))
        marked = draw(st.booleans())
        # An article whose headline comes after its own body: only before a
        # marked headline, so the two headlines can be told apart.
        headline_after = (
            number > 0
            and pending_title_after is None
            and expected[-1].bylines
            and draw(st.integers(0, 4)) == 0
        )
        heading: list[str] = []
        if pending_title_after is not None:
            heading.append(pending_title_after)
            pending_title_after = None
        if not headline_after:
            if marked and draw(st.booleans()):
                article.kicker = fresh(_han(6, 16))
                heading.append(f"### {article.kicker}")
            heading.append(f"# {article.title}" if marked else article.title)
            if draw(st.integers(0, 3)) == 0:
                article.subtitle = fresh(_han(8, 24))
                heading.append(article.subtitle)
                article.plain_heading = not marked
        if heading:
            blocks.append("\n\n".join(heading))
        article.paragraphs = draw(st.lists(paragraphs(), min_size=1, max_size=4))
        blocks.append(_body(draw, article, cut_first=not headline_after, fresh=fresh))
        form = draw(st.sampled_from(["line", "inline", "line"]))
        inner, entries = draw(bylines())
        article.bylines = entries
        if form == "inline":
            blocks[-1] += f"（{inner}）"
        else:
            blocks.append(f"({inner})")
        expected.append(article)
        if headline_after:
            pending_title_after = article.title
    if pending_title_after is not None:
        blocks.append(pending_title_after)
    gap = "\n" * draw(st.integers(2, 3))
    return gap.join(blocks) + draw(st.sampled_from(["", "\n", "\n\n"])), expected


def _body(draw, article: ExpectedArticle, cut_first: bool, fresh) -> str:
    """The paragraphs, some cut by a break with photo captions in between.

    With no headline before it, a short first piece with a comma would read as a
    title (a limit of the format the parser documents), so it is not cut then.
    """
    parts: list[str] = []
    for number, paragraph in enumerate(article.paragraphs):
        commas = [i for i, ch in enumerate(paragraph[:-1]) if ch == "，"]
        if commas and (number or cut_first) and draw(st.integers(0, 2)) == 0:
            cut = draw(st.sampled_from(commas)) + 1 + draw(st.integers(0, 2))
            cut = min(cut, len(paragraph) - 1)
            if paragraph[cut - 1] in "。！？":
                cut = commas[0] + 1
            captions = [fresh(_han(6, 18)) for _ in range(draw(st.integers(0, 2)))]
            captions = [c + draw(st.sampled_from(("", *POSITION_MARKS))) for c in captions]
            article.captions.extend(captions)
            middle = "".join(f"\n\n\n\n{c}" for c in captions)
            parts.append(paragraph[:cut] + middle + "\n\n" + paragraph[cut:])
        else:
            parts.append(paragraph)
    return "\n\n".join(parts)
