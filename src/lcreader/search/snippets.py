"""Snippets: short windows of an article's text around its matches."""

from __future__ import annotations

import unicodedata

from ..records import dataclass, field  # dataclasses, without importing it (records.py)
from ..records import field as _field

CONTEXT = 24  # characters shown on each side of a match
MAX_SNIPPETS = 3
MAX_GROUP = 8 * CONTEXT  # from a window's first match to its last
ELLIPSIS = "…"
# Fields a snippet may come from; the title is shown on its own line anyway.
SNIPPET_FIELDS = ("kicker", "subtitle", "paragraph", "caption", "byline")


@dataclass(frozen=True)
class Match:
    """One match in an article: the field, its index, and a span in the stored text."""

    field: str
    index: int
    start: int
    end: int
    form: str = ""  # the query term's alternative that matched, as the query gave it


@dataclass
class Snippet:
    """A window of one field's text, with match spans inside it."""

    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # offsets in `text`
    field: str = "paragraph"
    index: int = 0
    start: int = 0  # where the window starts in the field's text (after any leading …)
    forms: list[str] = _field(default_factory=list)  # per span, the alternative matched


def make_snippets(
    fields: list[tuple[str, int, str]], matches: list[Match], limit: int = MAX_SNIPPETS
) -> list[Snippet]:
    """Up to `limit` snippets, the richest in matches first chosen, shown in reading order."""
    by_field: dict[tuple[str, int], list[Match]] = {}
    for match in matches:
        if match.field in SNIPPET_FIELDS:
            by_field.setdefault((match.field, match.index), []).append(match)
    # The byline is on the hit's meta line already: a snippet of it only says it again,
    # so it is one only when no other text matches.
    if any(kind != "byline" for kind, _ in by_field):
        by_field = {key: found for key, found in by_field.items() if key[0] != "byline"}
    texts = {(kind, index): text for kind, index, text in fields}
    windows: list[tuple[int, int, int, Snippet]] = []
    order = {key: n for n, (kind, index, _) in enumerate(fields) for key in [(kind, index)]}
    for key, found in by_field.items():
        for group in _group(sorted(found, key=lambda m: m.start)):
            snippet = _window(texts[key], key, group)
            distinct = len({texts[key][m.start : m.end] for m in group})
            windows.append((distinct, len(group), -order[key], snippet))
    # A paragraph printed twice gives the same window twice: shown once.
    chosen, shown = [], set()
    for window in sorted(windows, key=lambda w: (w[0], w[1], w[2]), reverse=True):
        if window[3].text not in shown and len(chosen) < limit:
            chosen.append(window)
            shown.add(window[3].text)
    chosen.sort(key=lambda w: (-w[2], w[3].spans[0][0] if w[3].spans else 0))
    snippets = [w[3] for w in chosen]
    if not snippets:
        lead = next(
            ((kind, index, text) for kind, index, text in fields if kind == "paragraph"), None
        )
        if lead is not None:
            kind, index, text = lead
            cut = text[: CONTEXT * 3]
            snippets.append(
                Snippet(cut + (ELLIPSIS if len(text) > len(cut) else ""), [], kind, index)
            )
    return snippets


def _group(matches: list[Match]) -> list[list[Match]]:
    """Matches close enough to share one window: those whose windows (CONTEXT on
    each side) would overlap or touch, so no text is shown in two snippets; a window
    spans MAX_GROUP characters at most (text dense with matches is not one snippet)."""
    groups: list[list[Match]] = []
    for match in matches:
        near = groups and match.start - groups[-1][-1].end <= 2 * CONTEXT
        if near and match.end - groups[-1][0].start <= MAX_GROUP:
            groups[-1].append(match)
        else:
            groups.append([match])
    return groups


def _window(text: str, key: tuple[str, int], group: list[Match]) -> Snippet:
    start = max(0, group[0].start - CONTEXT)
    end = min(len(text), group[-1].end + CONTEXT)
    # A cut window neither opens on a mark that closes or pauses (…，分别 / …、猜灯谜)
    # nor ends on one that opens: it moves in to the text, never past a match.
    while 0 < start < group[0].start and _ends_or_pauses(text[start]):
        start += 1
    while len(text) > end > group[-1].end and _opens(text[end - 1]):
        end -= 1
    # A mark set in two (`——`, `……`) is never cut in half: the window takes it whole.
    if 0 < end < len(text) and text[end] in _DOUBLED and text[end - 1] == text[end]:
        end += 1
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    shift = len(prefix) - start
    spans = [(m.start + shift, m.end + shift) for m in group]
    forms = [m.form for m in group]
    return Snippet(prefix + text[start:end] + suffix, spans, key[0], key[1], start, forms)


_DOUBLED = frozenset("—…")


def _ends_or_pauses(ch: str) -> bool:
    """White space, or punctuation that closes, ends or pauses (，、。」” ——)."""
    return ch.isspace() or unicodedata.category(ch) in ("Po", "Pe", "Pf", "Pd")


def _opens(ch: str) -> bool:
    """White space, or punctuation that opens (“「（)."""
    return ch.isspace() or unicodedata.category(ch) in ("Ps", "Pi")
