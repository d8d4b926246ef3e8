"""Departments and organisations: the alias data file, and finding them in an article."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache

from .. import data
from ..model import Article
from ..parse.text import HAN
from ..textkey import fold, fold_field

# Outside bodies named in full: a place, then a name, then the kind of body.
_OUTSIDE_BODY = re.compile(
    rf"(?:上海市?|虹口区?)[{HAN}]{{2,20}}?(?:有限公司|股份公司|集团|学校|大学|学院|医院|协会|商会|基金会|研究院)"
)
# District and city bodies written with their level: 区委统战部, 区民政局, 市教委.
_LEVELLED_BODY = re.compile(
    rf"(?<![{HAN}])[区市](?:委[{HAN}]{{2}}部|[{HAN}]{{1,6}}?局)(?![署分门位])"
)


@dataclass(frozen=True)
class DepartmentEntry:
    name: str
    aliases: tuple[str, ...] = ()
    level: str | None = None


@dataclass
class DepartmentIndex:
    entries: dict[str, DepartmentEntry] = field(default_factory=dict)
    # folded alias or name -> canonical name
    by_key: dict[str, str] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None

    def add(self, entry: DepartmentEntry) -> None:
        self.entries[entry.name] = entry
        for written in (entry.name, *entry.aliases):
            self.by_key.setdefault(fold(written), entry.name)
        self._pattern = None

    def canonical(self, written: str) -> str:
        """The full name of a department as written; unknown names stay as written."""
        return self.by_key.get(fold(written.strip()), written.strip())

    def level(self, name: str) -> str | None:
        entry = self.entries.get(name)
        if entry is not None and entry.level:
            return entry.level
        return guess_level(name)

    def find(self, text: str) -> list[str]:
        """Canonical names of the departments a text names, each once, in order of
        first appearance (at one place, by name).

        Kept per name, not per mention: a paragraph of 50 MB may name one department
        millions of times, and a tuple for each took hundreds of MB. A pattern's match
        that only repeats a known name (or part of one) adds nothing: known names are
        found from left to right without overlapping, so the one that could hold it is
        the last that starts at or before it."""
        if self._pattern is None:
            keys = sorted(self.by_key, key=len, reverse=True)
            self._pattern = re.compile("|".join(re.escape(k) for k in keys))
        known = self._pattern
        key = fold_field(text)
        matches = [m for pattern in (_OUTSIDE_BODY, _LEVELLED_BODY) for m in pattern.finditer(text)]
        places = sorted({m.start() for m in matches})
        reach: dict[int, int] = {}  # a match's start -> the end of the known name before it
        first: dict[str, int] = {}  # name -> where it is first named
        end, at = -1, 0
        for found in known.finditer(key):
            start = found.start()
            while at < len(places) and places[at] < start:
                reach[places[at]] = end
                at += 1
            end = found.end()
            first.setdefault(self.by_key[found.group()], start)
        reach.update((place, end) for place in places[at:])
        taken: list[int] = []  # where the patterns' matches kept start
        for match in matches:
            start = match.start()
            if match.end() <= reach[start] or _inside_known(match, taken, key, known):
                continue
            taken.append(start)
            name = self.canonical(match.group())
            if start < first.get(name, start + 1):
                first[name] = start
        return sorted(first, key=lambda name: (first[name], name))

    def departments_in(self, article: Article) -> list[str]:
        names: dict[str, None] = {}
        for _, _, text in article.fields():
            if text is article.byline_text:
                continue
            for name in self.find(text):
                names.setdefault(name, None)
        for byline in article.bylines:
            if byline.department:
                names.setdefault(self.canonical(byline.department), None)
        return list(names)


def _inside_known(match: re.Match[str], starts: list, key: str, known: re.Pattern[str]) -> bool:
    """A pattern match that is just a known alias (or part of one) adds nothing new."""
    for start in starts:
        known_match = known.match(key, start)
        if known_match and start <= match.start() and match.end() <= known_match.end():
            return True
    return False


def guess_level(name: str) -> str | None:
    if name.startswith(("区", "虹口区")):
        return "区"
    if name.startswith(("市", "上海市")) and not name.endswith(("公司", "学校")):
        return "市"
    if name.startswith(("街道", "社区", "凉城")):
        return "街道"
    if name.endswith(("有限公司", "股份公司", "集团", "学校", "大学", "学院", "医院", "协会")):
        return "其他"
    return None


@cache
def load_department_index() -> DepartmentIndex:
    """The department index from the data file shipped in the package."""
    text = data.read_text("departments.toml")
    index = DepartmentIndex()
    for item in tomllib.loads(text).get("department", []):
        index.add(
            DepartmentEntry(
                name=item["name"],
                aliases=tuple(item.get("aliases", ())),
                level=item.get("level"),
            )
        )
    return index
