"""Subtitles (SRT as Aegisub or a video editor exports them, WebVTT): a cue's number
and its timing are the format's, not text, and its words are a clause of what is said.
What is said between two texts set on the screen is one paragraph, written on the line
of its first cue (the lines of the others left blank: nothing moves between lines but
words). A cue set at the top of the screen (`{\\an8}`) is a title card, a line of its
own; one set at the bottom's left or right (`{\\an1}`, `{\\an3}`) is text on the
picture (a name under a speaker, a reporter's credit): a line of its own that the
lines module reads as the picture's caption, or as the credit it is. Read so only
where three cues or more are timed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_NUMBER = re.compile(r"^\d{1,6}$")
_TIMING = re.compile(
    r"^(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,3}(?:\s.*)?$"
)
# Override tags (`{\an8}`, `{\i1}`) and the few HTML tags SRT allows: markup, as `#` is.
TAG = re.compile(r"\{\\[^{}\n]*\}|</?[ibu]>|</?font[^<>\n]*>")
_POSITION = re.compile(r"\{\\an([1-9])\}")
MIN_CUES = 3


@dataclass
class Subtitles:
    """What reading a text as subtitles makes of its lines."""

    timing: list[int] = field(default_factory=list)  # cue numbers and timings
    rewritten: dict[int, str] = field(default_factory=dict)  # line index -> its words now
    on_picture: set[int] = field(default_factory=set)  # text set on the picture


def read_subtitles(raw_lines: list[str]) -> Subtitles | None:
    """The cues of a subtitle file, or None for other text."""
    timed = [k for k, raw in enumerate(raw_lines) if "-->" in raw and _TIMING.match(raw.strip())]
    if len(timed) < MIN_CUES:
        return None
    found = Subtitles()
    run: int | None = None  # the line the paragraph being said is written on
    for at, k in enumerate(timed):
        if k > 0 and _NUMBER.match(raw_lines[k - 1].strip()):
            found.timing.append(k - 1)
        found.timing.append(k)
        end = timed[at + 1] if at + 1 < len(timed) else len(raw_lines)
        words = []
        for j in range(k + 1, end):
            text = raw_lines[j].strip()
            if not text:
                break
            words.append(j)
        if not words:
            continue
        raw = " ".join(raw_lines[j].strip() for j in words)
        position = _POSITION.search(raw)
        said = _joined([TAG.sub("", raw_lines[j]).strip() for j in words])
        for j in words:
            found.rewritten[j] = ""
        if position is None or position.group(1) in "456":  # spoken (or set mid-screen)
            if run is None:
                run = words[0]
                found.rewritten[run] = said
            else:
                found.rewritten[run] = _joined([found.rewritten[run], said])
            continue
        run = None
        found.rewritten[words[0]] = said
        if position.group(1) in "123":
            found.on_picture.add(words[0])
    return found


def _joined(pieces: list[str]) -> str:
    """Clauses as one text: Chinese runs on, a space kept between two Latin words."""
    out = ""
    for piece in pieces:
        if not piece:
            continue
        if (
            out
            and out[-1].isascii()
            and out[-1].isalnum()
            and piece[0].isascii()
            and piece[0].isalnum()
        ):
            out += " "
        out += piece
    return out
