"""Why each line of an issue went where it did: `lcreader doctor --explain FILE`."""

from __future__ import annotations

from dataclasses import dataclass

from . import read_layout


@dataclass(slots=True)
class Explained:
    """One source line: its number (1-based), what it became and the rule that said so."""

    number: int
    text: str  # the line as written
    role: str  # one of layout.ROLES
    article: int | None  # 1-based; None for furniture
    rule: str  # a rule code: its words are in the message table, `rule.<code>`
    attached: str | None = None  # a byline or credit the line also carries


def explain(text: str, corrections=None) -> list[Explained]:
    """Every non-blank line of the text, in order, with its role, article and rule."""
    layout = read_layout(text, corrections)
    raw = layout.text.split("\n")  # two columns side by side are read one after the other
    rows: dict[int, Explained] = {}
    for index, written in layout.furniture.lines.items():
        rule = layout.furniture.rules.get(index, "furniture.page")
        rows[index + 1] = Explained(index + 1, written, "furniture", None, rule)
    for placement in layout.placements:
        line = layout.lines[placement.line]
        attached = line.byline_text if line.text and line.byline_text is not None else None
        rows[line.number] = Explained(
            line.number,
            raw[line.number - 1].strip(),
            placement.role,
            placement.article + 1,
            placement.rule,
            attached,
        )
    return [rows[number] for number in sorted(rows)]
