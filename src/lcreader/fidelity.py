"""Score the parser against hand-made gold files: `python -m lcreader.fidelity DIR`.

Each `NAME.txt` in DIR has a `NAME.gold.json` beside it (format: tests/corpus/README.md).
Gold articles are aligned to parsed ones in order; every aligned article scores the mean
of ten checks (title, kicker, subtitle, paragraphs, intertitles, captions, bylines, meta,
people, titles), and the issue one more unit (furniture, date, number, pages). A gold
article with no partner scores 0, and so does each parsed article with no gold partner,
so merging or splitting articles costs what it should. The total is over all units.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .model import Article, Issue
from .parse.text import char_pairs

ARTICLE_CHECKS = (
    "title",
    "kicker",
    "subtitle",
    "paragraphs",
    "intertitles",
    "captions",
    "bylines",
    "meta",
    "people",
    "titles",
)
ISSUE_CHECKS = ("furniture", "date", "number", "pages", "issue_people")
_SPACE = re.compile(r"\s+")
_DASHES = "—–－-―─"


def norm(text: str | None) -> str:
    """Text as compared: white space and a leading dash of a subtitle do not count."""
    if text is None:
        return ""
    return _SPACE.sub("", text).lstrip(_DASHES)


def f1(gold: list, got: list) -> float:
    """F1 of two multisets; two empty ones agree."""
    if not gold and not got:
        return 1.0
    common = sum((Counter(gold) & Counter(got)).values())
    if not common:
        return 0.0
    precision, recall = common / len(got), common / len(gold)
    return 2 * precision * recall / (precision + recall)


def _title_pairs_f1(gold: list[tuple[str, str]], got: list[tuple[str, str]]) -> float:
    """Titles match when one ends with the other (`虹口区委副书记` ~ `区委副书记`)."""
    if not gold and not got:
        return 1.0
    remaining = list(got)
    common = 0
    for name, title in gold:
        for k, (other_name, other_title) in enumerate(remaining):
            if name == other_name and (title.endswith(other_title) or other_title.endswith(title)):
                common += 1
                del remaining[k]
                break
    if not common:
        return 0.0
    precision, recall = common / len(got), common / len(gold)
    return 2 * precision * recall / (precision + recall)


def check_article(gold: dict, article: Article) -> dict[str, float]:
    paragraphs = [norm(p) for p in article.paragraphs]
    gold_paragraphs = [norm(p) for p in gold.get("paragraphs", [])]
    common = sum((Counter(gold_paragraphs) & Counter(paragraphs)).values())
    longest = max(len(paragraphs), len(gold_paragraphs))
    people = {m.name: m.titles for m in article.mentions}
    gold_people = gold.get("people", [])
    return {
        "title": float(norm(gold.get("title")) == norm(article.title)),
        "kicker": float(norm(gold.get("kicker")) == norm(article.kicker)),
        "subtitle": float(norm(gold.get("subtitle")) == norm(article.subtitle)),
        "paragraphs": common / longest if longest else 1.0,
        "intertitles": f1(
            [norm(t) for t in gold.get("intertitles", [])],
            [norm(article.paragraphs[i]) for i in article.intertitles],
        ),
        "captions": f1(
            [norm(c) for c in gold.get("captions", [])], [norm(c) for c in article.captions]
        ),
        "bylines": f1(
            [
                tuple(norm(b.get(k)) for k in ("role", "department", "author"))
                for b in gold.get("bylines", [])
            ],
            [(norm(b.role), norm(b.department), norm(b.author)) for b in article.bylines],
        ),
        "meta": f1(
            [(k, norm(v)) for k, v in (gold.get("meta") or {}).items()],
            [(k, norm(v)) for k, v in article.meta.items()],
        ),
        "people": f1([norm(p["name"]) for p in gold_people], [norm(n) for n in people]),
        "titles": _title_pairs_f1(
            [(norm(p["name"]), norm(t)) for p in gold_people for t in p.get("titles", [])],
            [(norm(n), norm(t)) for n, titles in people.items() for t in titles],
        ),
    }


def article_values(gold: dict | None, article: Article | None) -> dict[str, tuple]:
    """What each check compares, gold then parsed, to show where they differ."""
    gold = gold or {}
    people = {m.name: list(m.titles) for m in article.mentions} if article else {}
    got = {
        "title": article.title if article else None,
        "kicker": article.kicker if article else None,
        "subtitle": article.subtitle if article else None,
        "paragraphs": article.paragraphs if article else [],
        "intertitles": [article.paragraphs[i] for i in article.intertitles] if article else [],
        "captions": article.captions if article else [],
        "bylines": [(b.role, b.department, b.author) for b in article.bylines] if article else [],
        "meta": article.meta if article else {},
        "people": list(people),
        "titles": people,
    }
    want = {
        **{k: gold.get(k) for k in ("title", "kicker", "subtitle", "paragraphs")},
        **{k: gold.get(k) for k in ("intertitles", "captions", "meta")},
        "bylines": [
            (b.get("role"), b.get("department"), b.get("author")) for b in gold.get("bylines", [])
        ],
        "people": [p["name"] for p in gold.get("people", [])],
        "titles": {p["name"]: p.get("titles", []) for p in gold.get("people", [])},
    }
    return {k: (want[k], got[k]) for k in got}


def _name(person: str | dict) -> str:
    """A person as the gold lists them: a name, or a record with one (as articles do)."""
    return person["name"] if isinstance(person, dict) else person


def check_issue(gold: dict, issue: Issue) -> dict[str, float]:
    gold_issue = gold.get("issue") or {}
    people = (
        # People the furniture names, where the gold lists them (files from 2026-12 on).
        {
            "issue_people": f1(
                sorted({_name(p) for p in gold_issue["people"]}),
                sorted({m.name for m in issue.mentions}),
            )
        }
        if "people" in gold_issue
        else {}
    )
    return {
        **people,
        "furniture": f1(
            sorted({norm(x) for x in gold_issue.get("furniture", [])}),
            sorted({norm(x) for x in issue.furniture}),
        ),
        "date": float((gold_issue.get("date") or None) == issue.date),
        "number": float(norm(gold_issue.get("number")) == norm(issue.number)),
        "pages": float(sorted(set(gold_issue.get("pages") or [])) == sorted(set(issue.pages))),
    }


def _similarity(gold: dict, article: Article) -> float:
    """How alike two articles are: their titles and their body text."""
    title = char_pairs(norm(gold.get("title"))) | {"T"}
    other_title = char_pairs(norm(article.title)) | {"T"}
    body = char_pairs("".join(norm(p) for p in gold.get("paragraphs", [])))
    other_body = char_pairs("".join(norm(p) for p in article.paragraphs))
    title_score = len(title & other_title) / len(title | other_title)
    body_score = len(body & other_body) / len(body | other_body) if body | other_body else 0.0
    return 0.4 * title_score + 0.6 * body_score


def align(gold: list[dict], got: list[Article]) -> list[tuple[int | None, int | None]]:
    """Pairs (gold index, parsed index) in order, by the best total similarity."""
    n, m = len(gold), len(got)
    sim = [[_similarity(g, a) for a in got] for g in gold]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            pair = best[i + 1][j + 1] + sim[i][j] if sim[i][j] >= 0.2 else -1.0
            best[i][j] = max(pair, best[i + 1][j], best[i][j + 1])
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n and j < m:
        if sim[i][j] >= 0.2 and best[i][j] == best[i + 1][j + 1] + sim[i][j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    pairs.extend((k, None) for k in range(i, n))
    pairs.extend((None, k) for k in range(j, m))
    return pairs


@dataclass
class FileScore:
    name: str
    gold_articles: int = 0
    parsed_articles: int = 0
    points: float = 0.0
    units: int = 0
    checks: dict[str, list[float]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def score(self) -> float:
        return self.points / self.units if self.units else 0.0


def score_issue(name: str, gold: dict, issue: Issue) -> FileScore:
    result = FileScore(name, len(gold.get("articles", [])), len(issue.articles))
    checks = {k: [] for k in (*ARTICLE_CHECKS, *ISSUE_CHECKS)}
    gold_articles = gold.get("articles", [])
    for gi, ai in align(gold_articles, issue.articles):
        result.units += 1
        if gi is None:
            result.problems.append(f"extra article: {issue.articles[ai].title[:30]}")
            continue
        if ai is None:
            result.problems.append(f"missed article: {gold_articles[gi].get('title', '')[:30]}")
            for key in ARTICLE_CHECKS:
                checks[key].append(0.0)
            continue
        scores = check_article(gold_articles[gi], issue.articles[ai])
        values = article_values(gold_articles[gi], issue.articles[ai])
        for key, value in scores.items():
            checks[key].append(value)
            if value < 1:
                want, got = values[key]
                result.problems.append(
                    f"article {ai + 1} {key}: {value:.2f}\n    gold: {want}\n    got:  {got}"
                )
        result.points += sum(scores.values()) / len(scores)
    issue_scores = check_issue(gold, issue)
    for key, value in issue_scores.items():
        checks[key].append(value)
        if value < 1:
            result.problems.append(f"issue {key}: {value:.2f}")
    result.points += sum(issue_scores.values()) / len(issue_scores)
    result.units += 1
    result.checks = checks
    return result


def parse_file(path: Path) -> Issue:
    """Read, parse and annotate one bulletin as the library does."""
    from .entities import annotate_issue
    from .parse import parse_issue
    from .sources import decode

    issue = parse_issue(path.stem, path.name, decode(path.read_bytes()))
    annotate_issue(issue)
    return issue


def score_folder(folder: Path) -> list[FileScore]:
    scores = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        source = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        scores.append(score_issue(source.name, gold, parse_file(source)))
    return scores


def total(scores: list[FileScore]) -> float:
    units = sum(s.units for s in scores)
    return sum(s.points for s in scores) / units if units else 0.0


def report(scores: list[FileScore], details: bool = False) -> str:
    lines = ["| file | articles (gold/parsed) | score |", "|---|---:|---:|"]
    for s in scores:
        lines.append(f"| {s.name} | {s.gold_articles}/{s.parsed_articles} | {s.score:.3f} |")
    gold = sum(s.gold_articles for s in scores)
    parsed = sum(s.parsed_articles for s in scores)
    lines.append(f"| **total** | {gold}/{parsed} | **{total(scores):.3f}** |")
    per_check: dict[str, list[float]] = {}
    for s in scores:
        for key, values in s.checks.items():
            per_check.setdefault(key, []).extend(values)
    lines.append("")
    lines.append(
        "by check: " + ", ".join(f"{k} {sum(v) / len(v):.3f}" for k, v in per_check.items() if v)
    )
    if details:
        for s in scores:
            if s.problems:
                lines.append(f"\n{s.name}:")
                lines.extend(f"  {p}" for p in s.problems)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lcreader.fidelity", description=__doc__)
    parser.add_argument(
        "folders", nargs="+", type=Path, help="folders of NAME.txt + NAME.gold.json"
    )
    parser.add_argument("--details", action="store_true", help="list every check that failed")
    args = parser.parse_args(argv)
    scores = [s for folder in args.folders for s in score_folder(folder)]
    print(report(scores, details=args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
