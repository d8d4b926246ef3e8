"""A user's corrections of the parser's layout: what they say, their file's text, and
how they change where lines went.

A correction names one source line by its text (whitespace normalised) and its number
(a hint: the nearest line of that text is meant), so it survives a re-encoding, other
line endings and lines added elsewhere. It either gives the line a role (title,
kicker, subtitle, paragraph, caption, furniture), edits the byline the line carries,
starts a new article at the line (split) or joins the line's article to the one
before (join). Corrections edit the parser's placements and the articles are built
again from them (layout.replay), so every line still lands somewhere: nothing is lost.
A correction whose line is gone is reported (stale), never applied to another line.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace

from ..model import Byline
from .layout import JUMP_TITLE, SETTABLE_ROLES, Placement

OPERATIONS = (*SETTABLE_ROLES, "split", "join", "byline")
# Roles an article holds once: a second one set by the user demotes the first.
_SINGLE = ("kicker", "subtitle")
_HEADLINE = ("kicker", "title", "subtitle")
TABLE = "correction"
HEADER = (
    "# lcreader 结构更正 / structure corrections (lcreader fix, 阅读器里按 e)\n"
    "# 每条：line = 行号（提示），text = 该行文字，as = 更正\n"
    "# each: line = line number (a hint), text = the line's text, as = the correction\n\n"
)


class Malformed(ValueError):
    """A corrections file that cannot be read; the message says where."""


_WHOLE_LINE_OPS = ("furniture", "paragraph", "caption")


def normalise(text: str) -> str:
    """A line's text as corrections compare it: runs of whitespace as one space."""
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Correction:
    line: int  # 1-based; a hint
    text: str  # normalised
    op: str  # one of OPERATIONS
    author: str | None = None  # byline
    department: str | None = None  # byline

    def to_dict(self) -> dict:
        found = {"line": self.line, "text": self.text, "as": self.op}
        if self.op == "byline":
            found.update(
                (k, v) for k, v in (("author", self.author), ("department", self.department)) if v
            )
        return found


@dataclass
class Outcome:
    """What the corrections did to one issue: those applied, those stale (by index)."""

    applied: list[int] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)


# Why a file is no corrections file when tomllib cannot even walk it.
NESTED = "toml nesting"


def loads(raw: bytes | str) -> list[Correction]:
    """The corrections of a file's text; raises Malformed."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise Malformed(f"utf-8: {err.start}") from err
    try:
        doc = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as err:
        raise Malformed(str(err)) from err
    except RecursionError as err:  # arrays nested thousands deep: no corrections file
        raise Malformed(NESTED) from err
    items = doc.get(TABLE, [])
    if not isinstance(items, list):
        raise Malformed(TABLE)
    return [_correction(item, k) for k, item in enumerate(items, start=1)]


def _correction(item: object, k: int) -> Correction:
    if not isinstance(item, dict):
        raise Malformed(f"{TABLE} {k}")
    line, text, op = item.get("line"), item.get("text"), item.get("as")
    if type(line) is not int or line < 1:
        raise Malformed(f"{TABLE} {k}: line")
    if not isinstance(text, str) or not normalise(text):
        raise Malformed(f"{TABLE} {k}: text")
    if op not in OPERATIONS:
        raise Malformed(f"{TABLE} {k}: as")
    author, department = item.get("author"), item.get("department")
    for value in (author, department):
        if value is not None and not isinstance(value, str):
            raise Malformed(f"{TABLE} {k}: byline")
    return Correction(line, normalise(text), op, author or None, department or None)


def dumps(corrections: list[Correction]) -> str:
    # Each correction its own [[correction]] table, whatever its length: one to a block.
    return HEADER + "\n".join(map(_block, corrections))


def _block(correction: Correction) -> str:
    import tomli_w

    return f"[[{TABLE}]]\n" + tomli_w.dumps(correction.to_dict())


_TABLE_HEAD = re.compile(r"^[ \t]*\[", re.MULTILINE)
_CORRECTION_HEAD = re.compile(rf"^[ \t]*\[\[[ \t]*{TABLE}[ \t]*\]\]", re.MULTILINE)


def rewritten(text: str, found: list[Correction], changed: list[Correction]) -> str:
    """The file's text with `changed` for `found`: where the change is one correction
    added at the end or taken out, the rest of the text (the user's comments, keys
    lcreader does not know, their order and spacing) stays as written; otherwise, or
    where the edit would not read back as `changed`, the corrections written anew."""
    if not text.strip():
        return dumps(changed)
    edited = None
    if changed == found:
        return text
    if len(changed) == len(found) + 1 and changed[:-1] == found:
        edited = text + ("\n" if text.endswith("\n") else "\n\n") + _block(changed[-1])
    elif len(changed) == len(found) - 1:
        at = next(k for k, c in enumerate(found) if k == len(changed) or changed[k] != c)
        edited = _cut_table(text, at, len(found))
    try:
        if edited is not None and loads(edited) == changed:
            return edited
    except Malformed:
        pass
    return dumps(changed)


def _cut_table(text: str, at: int, count: int) -> str | None:
    """The text without its `at`-th [[correction]] table, or None where its tables are
    not each one such head (an inline array). Comments right above the next table's
    head are that table's and stay."""
    heads = [m.start() for m in _CORRECTION_HEAD.finditer(text)]
    if len(heads) != count:
        return None
    start = heads[at]
    first_end = text.find("\n", start)
    following = _TABLE_HEAD.search(text, first_end + 1) if first_end >= 0 else None
    end = following.start() if following else len(text)
    lines = text[start:end].splitlines(keepends=True)
    while following and len(lines) > 1 and _aside(lines[-1]):
        end -= len(lines.pop())
    return text[:start] + text[end:]


def _aside(line: str) -> bool:
    """A blank or comment line: nothing of a table's own."""
    return not line.strip() or line.lstrip().startswith("#")


def locate(raw_lines: list[str], correction: Correction) -> int | None:
    """The index of the line a correction names: of its text, the nearest to its hint."""
    hint = correction.line - 1
    best = None
    # Without white space: another extraction spaces a line differently (`居民区　开展`).
    wanted = "".join(correction.text.split())
    for k, written in enumerate(raw_lines):
        if "".join(written.split()) == wanted and (
            best is None or abs(k - hint) < abs(best - hint)
        ):
            best = k
    return best


def wanted_lines(raw_lines: list[str], corrections: list[Correction]) -> set[int]:
    """Lines (indices) the user gives a role other than furniture: never page furniture."""
    found = set()
    for correction in corrections:
        if correction.op != "furniture" and (k := locate(raw_lines, correction)) is not None:
            found.add(k)
    return found


class Corrector:
    """Placements edited by corrections, one after another."""

    def __init__(self, lines: list, placements: list[Placement], raw_lines: list[str]) -> None:
        self.lines = lines
        self.raw_lines = raw_lines
        self.placements = [replace(p) for p in placements]
        self.outcome = Outcome()

    def apply_all(self, corrections: list[Correction]) -> Outcome:
        raw_lines = self.raw_lines
        # A source line may be read as two (a brief's headline and its text).
        by_number: dict[int, list[int]] = {}
        for k, line in enumerate(self.lines):
            by_number.setdefault(line.number - 1, []).append(k)
        for index, correction in enumerate(corrections):
            at = locate(raw_lines, correction)
            parts = by_number.get(at, []) if at is not None else []
            # A role for the whole line goes to each part; a split, a title … to the first.
            if correction.op not in _WHOLE_LINE_OPS:
                parts = parts[:1]
            placements = [p for p in map(self._placement, parts) if p is not None]
            applied = [self._apply(p, correction) for p in placements]
            if not placements or not all(applied):
                self.outcome.stale.append(index)
            else:
                self.outcome.applied.append(index)
        self._drop_empty_articles()
        return self.outcome

    def _placement(self, k: int | None) -> Placement | None:
        if k is None:
            return None
        return next((p for p in self.placements if p.line == k), None)

    def _apply(self, placement: Placement, correction: Correction) -> bool:
        op = correction.op
        if op == "split":
            return self._split(placement)
        if op == "join":
            return self._join(placement)
        if op == "byline":
            self._byline(placement, correction)
            return True
        if op in _SINGLE or (op == "title" and not self._beside_title(placement)):
            # One kicker, one subtitle; a title set away from the old one replaces it
            # (a title next to a title line goes on with it: a wrapped headline).
            for other in self.placements:
                if other.article == placement.article and other.role == op:
                    other.role, other.rule = "paragraph", "user.demoted"
        placement.role, placement.rule, placement.note = op, f"user.{op}", None
        return True

    def _beside_title(self, placement: Placement) -> bool:
        """Whether the line next to it in its article, above or below, is a title."""
        own = sorted(
            (
                p
                for p in self.placements
                if p is placement or (p.article == placement.article and p.role != "furniture")
            ),
            key=lambda p: p.line,
        )
        at = next(k for k, p in enumerate(own) if p is placement)
        return any(0 <= k < len(own) and own[k].role == "title" for k in (at - 1, at + 1))

    def _split(self, at: Placement) -> bool:
        article = at.article
        own = [p for p in self.placements if p.article == article and p.role != "furniture"]
        if not any(p.line < at.line for p in own):
            return True  # it starts its article already
        for p in self.placements:
            if p.article > article or (p.article == article and p.line >= at.line):
                p.article += 1
        if at.role == "continuation":
            at.role = "paragraph"
        at.rule = "user.split"
        return True

    def _join(self, at: Placement) -> bool:
        article = at.article
        if article == 0:
            return False
        held: set[str] = set()
        for p in self.placements:
            if p.article == article - 1:
                held |= self._labels(p)
        for p in self.placements:
            if p.article == article and self._labels(p) & held:
                self._as_text(p)
        for p in self.placements:
            if p.article == article and p.role in _HEADLINE:
                # A headline inside the article before: a heading of its body.
                p.role = "intertitle" if p.role == "title" else "paragraph"
                p.rule = "user.join"
            if p.article >= article:
                p.article -= 1
        return True

    def _labels(self, placement: Placement) -> set[str]:
        """The labels a line gives its article (日期, 下转, 续题 …): one value each."""
        line = self.lines[placement.line]
        found = set(line.meta) | set(line.jump or ())
        if placement.role == "meta" and line.text and not line.meta:
            found.add(JUMP_TITLE)
        return found

    def _as_text(self, placement: Placement) -> None:
        """A line whose label the article already has: kept whole, as a line of text."""
        line = self.lines[placement.line]
        line.meta, line.jump = {}, None
        line.text = self.raw_lines[line.number - 1].strip()
        if placement.role == "meta":
            placement.role = "line"

    def _byline(self, placement: Placement, correction: Correction) -> None:
        line = self.lines[placement.line]
        # What the correction leaves out stays as the parser read it.
        was = line.byline[0] if line.byline else Byline()
        line.byline = [
            Byline(
                department=correction.department or was.department,
                author=correction.author or was.author,
                role=was.role,
            )
        ]
        if line.byline_text is None:
            line.byline_text = line.text
            placement.role = "byline"
        placement.rule = "user.byline"

    def _drop_empty_articles(self) -> None:
        """Articles the corrections left without a line of text are no articles."""
        kept = sorted({p.article for p in self.placements if p.role != "furniture"})
        renumber = {old: new for new, old in enumerate(kept)}
        last = len(kept) - 1
        for p in self.placements:
            p.article = renumber.get(p.article, max(0, min(last, p.article)))
