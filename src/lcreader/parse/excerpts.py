"""Text copied excerpt by excerpt from a reading app: each copy set in quotation marks
and followed by the app's note of where it came from, the same lines each time (Apple
Books: `“…”`, then `摘录来自` / the book / its author / `此材料可能受版权保护。`). The
marks around each excerpt are the app's, not the text's; the note is furniture (its
lines repeat, navigation.repeated_lines)."""

from __future__ import annotations

from collections import Counter

_OPEN, _CLOSE = "“", "”"
# Excerpts, each closed by the repeated note, that show the app's marks.
_MIN_EXCERPTS = 2
_MAX_NOTE_LINE = 60


def unwrap_excerpts(text: str) -> str:
    """The text without the quotation marks a reading app sets around each excerpt,
    where every excerpt a repeated note closes is wrapped so; else as is."""
    if _OPEN not in text or f"{_CLOSE}\n" not in text:
        return text  # (the cheap test first: no line ends on a closing mark)
    lines = text.split("\n")
    if not _closed_then_repeated(lines):
        return text
    notes = _note_lines(lines)
    if not notes:
        return text
    stretches = _stretches(lines, notes)
    closed = [(first, last) for first, last, noted in stretches if noted]
    if len(closed) < _MIN_EXCERPTS or not all(_wrapped(lines, f, e) for f, e in closed):
        return text
    for first, last, _ in stretches:
        if _wrapped(lines, first, last):
            lines[first] = lines[first].replace(_OPEN, "", 1)
            cut = lines[last].rstrip()
            lines[last] = cut[:-1] + lines[last][len(cut) :]
    return "\n".join(lines)


def _closed_then_repeated(lines: list[str]) -> bool:
    """Whether a line that ends on a closing mark has, as the next line with words, one
    that follows such a line again elsewhere: a note said after every excerpt."""
    seen: set[str] = set()
    for k, line in enumerate(lines):
        if not line.rstrip().endswith(_CLOSE):
            continue
        below = next((t.strip() for t in lines[k + 1 : k + 3] if t.strip()), None)
        if below is None:
            continue
        if below in seen:
            return True
        seen.add(below)
    return False


def _note_lines(lines: list[str]) -> set[int]:
    """Lines of a block printed again and again: each short, each printed twice or more,
    beside another such line."""
    stripped = [line.strip() for line in lines]
    counts = Counter(s for s in stripped if s and len(s) <= _MAX_NOTE_LINE)
    often = [bool(s) and counts.get(s, 0) >= 2 for s in stripped]
    return {
        k
        for k, yes in enumerate(often)
        if yes and ((k > 0 and often[k - 1]) or (k + 1 < len(often) and often[k + 1]))
    }


def _stretches(lines: list[str], notes: set[int]) -> list[tuple[int, int, bool]]:
    """Each stretch of text between notes: its first and last lines with words, and
    whether a note closes it."""
    out: list[tuple[int, int, bool]] = []
    first = last = None
    for k, line in enumerate(lines):
        if k in notes:
            if first is not None:
                out.append((first, last, True))
            first = last = None
        elif line.strip():
            first = k if first is None else first
            last = k
    if first is not None:
        out.append((first, last, False))
    return out


def _wrapped(lines: list[str], first: int, last: int) -> bool:
    """Whether a stretch opens on an opening mark and ends on a closing one that pair
    with each other: every other mark inside it is paired."""
    head, tail = lines[first].lstrip(), lines[last].rstrip()
    if not head.startswith(_OPEN) or not tail.endswith(_CLOSE):
        return False
    if first == last and len(head) < 3:
        return False
    inside = "\n".join(lines[first : last + 1]).strip()[1:-1]
    depth = 0
    for ch in inside:
        if ch == _OPEN:
            depth += 1
        elif ch == _CLOSE:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
