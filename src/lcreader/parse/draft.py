"""One article while it is being put together from lines."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Byline


@dataclass
class Draft:
    kicker: str | None = None
    title: str = ""
    subtitle: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    bylines: list[Byline] = field(default_factory=list)
    byline_texts: list[str] = field(default_factory=list)
    title_inferred: bool = False
    kicker_marked: bool = False
    intertitles: list[int] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    # Caption index -> index of the paragraph it stood before (or inside), for doctor.
    body_captions: dict[int, int] = field(default_factory=dict)
    pieces: list[str] = field(default_factory=list)  # of the paragraph in progress
    open_paragraph: bool = False  # last paragraph ended without closing punctuation
    notes: list[tuple[str, str]] = field(default_factory=list)  # (code, detail)
    # Paragraphs that are lines of a poem, a table or a roll, each kept as its own: short
    # and unended by their nature, never a headline left in the body for doctor.
    own_lines: set[int] = field(default_factory=set)

    @property
    def has_body(self) -> bool:
        return bool(self.paragraphs or self.pieces)  # the last paragraph is still open
