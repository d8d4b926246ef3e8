"""Write a deterministic library of generated bulletins for benchmarks.

    python benchmarks/generate.py --scale 100 --out benchmarks/generated/x100

Scale 1 is about the size of the bundled seeds (2 issues, 9 articles); ×100 is about
900 articles, ×1000 about 9,000 articles (roughly 10 MB of text). Sentences are
recombined from the seeds and varied: new person names and titles, kickers, captions
between paragraph halves, every byline form, headings with and without `#`, list
items, a headline printed after its body, years from 2005 to 2024. Same seed, same files.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛"
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "司徒"]
GIVEN = "春夏秋明华文建国平安乐思远志丽芳伟敏静磊洋艳娟涛超秀兰霞刚勇杰婷颖琳嵩萌鸣瑾懿宏军跃裕"
TITLES = [
    "街道党工委书记", "街道党工委副书记", "办事处主任", "办事处副主任", "区委副书记", "区长",
    "区委统战部副部长", "区总工会主席", "区人大常委会副主任", "居民区党总支书记", "社区民警",
    "居委会主任", "区委宣传部副部长", "区红十字会党组书记", "社区志愿者", "街道总工会主席",
]  # fmt: skip
DEPARTMENTS = [
    "党建办", "自治办", "社区事务受理中心", "党群中心", "社区文化活动中心", "街道总工会",
    "街道红十字会", "平安办", "管理办", "服务办", "社区受理中心", "劳动保障事务所",
]  # fmt: skip
TOPICS = [
    "统战",
    "党建",
    "垃圾分类",
    "养老服务",
    "社区治理",
    "文化活动",
    "就业",
    "防疫",
    "志愿服务",
]
POSITIONS = ["(左一)", "(左二)", "(右一)", "(右三)", "(中)", "（前排左二）"]


def seed_sentences() -> list[str]:
    """Sentences of the seed bulletins, the raw material to recombine."""
    sentences = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = re.sub(r"\s+", "", path.read_text(encoding="utf-8"))
        for sentence in re.findall(r"[^。！？]{8,}?[。！？]", text):
            if not re.search(r"[#()（）]", sentence):
                sentences.append(sentence)
    return sentences


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.sentences = seed_sentences()

    def name(self) -> str:
        rng = self.rng
        surname = rng.choice(COMPOUND) if rng.random() < 0.05 else rng.choice(SURNAMES)
        return surname + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))

    def person(self) -> str:
        titles = self.rng.sample(TITLES, self.rng.choice((1, 1, 2)))
        return "、".join(titles) + self.name()

    def sentence(self, topic: str, year: int) -> str:
        rng = self.rng
        sentence = rng.choice(self.sentences)
        roll = rng.random()
        if roll < 0.3:
            sentence = f"{self.person()}{rng.choice(['表示', '指出', '强调'])}，{sentence}"
        elif roll < 0.45:
            sentence = f"{year}年，{topic}工作{sentence}"
        elif roll < 0.55:
            sentence = f"围绕{topic}，{sentence}"
        return sentence

    def paragraph(self, topic: str, year: int) -> str:
        return "".join(self.sentence(topic, year) for _ in range(self.rng.randint(1, 3)))

    def byline(self) -> str:
        rng = self.rng
        entries = []
        for _ in range(rng.choice((1, 1, 1, 2))):
            department = rng.choice(DEPARTMENTS)
            entries.append(department if rng.random() < 0.3 else f"{department} {self.name()}")
        return "、".join(entries)

    def article(self, year: int, title_after: bool) -> tuple[list[str], str]:
        """The article's blocks, and its title when printed after the body."""
        rng = self.rng
        topic = rng.choice(TOPICS)
        title = f"{rng.choice(['凉城新村街道', '社区', '街道'])}{rng.choice(['开展', '召开', '举办'])}{topic}{rng.choice(['工作会议', '主题活动', '专题调研', '培训'])}"
        blocks: list[str] = []
        marks = rng.choice(["", "# ", "## "])
        if not title_after:
            if marks and rng.random() < 0.3:
                blocks.append(f"### {topic}引领 共建美好家园")
            blocks.append(marks + title)
            if rng.random() < 0.2:
                blocks.append(f"强调要把{topic}工作做实做细")
        paragraphs = [self.paragraph(topic, year) for _ in range(rng.randint(2, 5))]
        if rng.random() < 0.2:
            paragraphs[1:1] = [f"- {n}、{self.paragraph(topic, year)}" for n in (1, 2, 3)]
        for number, paragraph in enumerate(paragraphs):
            commas = [m.end() for m in re.finditer("，", paragraph)]
            if commas and number and rng.random() < 0.3:
                cut = rng.choice(commas)
                caption = f"{self.person()}{rng.choice(POSITIONS)}出席活动"
                paragraph = f"{paragraph[:cut]}\n\n\n\n{caption}\n\n\n\n{paragraph[cut:]}"
            blocks.append(paragraph)
        byline = self.byline()
        if rng.random() < 0.3:
            blocks[-1] += f"（{byline}）"
        else:
            blocks.append(f"({byline})")
        return blocks, title

    def issue(self, year: int) -> str:
        blocks: list[str] = []
        pending: str | None = None
        count = self.rng.randint(3, 6)
        for number in range(count):
            title_after = 0 < number < count - 1 and pending is None and self.rng.random() < 0.1
            article_blocks, title = self.article(year, title_after)
            if pending is not None:
                blocks.append(pending)
                pending = None
            blocks.extend(article_blocks)
            if title_after:
                pending = title
        return "\n\n\n".join(blocks) + "\n"


def generate(scale: float, out: Path, seed: int = 20261122) -> list[Path]:
    """Write about `scale` × the seeds' 9 articles into `out`; returns the files."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    generator = Generator(seed)
    issues = max(1, round(2 * scale))
    paths = []
    for number in range(issues):
        year = 2005 + number * 20 // issues
        path = out / f"{year}_{number:05d}.txt"
        path.write_text(generator.issue(year), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=100)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args()
    paths = generate(args.scale, args.out, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} issues, {size / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
