"""A broadcast's script: who reads each line, in brackets before it (`（男）各位听众…`,
`（女）晚上好！`). The cue says who speaks, not what is said: read so, the words after
it are the text. A text is read as a script only where such cues open a quarter of its
lines and more, the same cue again and again; anywhere else a bracket at a line's start
(`（一）…`, `（记者 X）`) is the text's own.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from .words import has_surname, is_name

# A cue: a short word in brackets at the line's start, the words right after it.
_CUE_WORD = r"[（(]([^\s（）()，。、：:,.;；！？!?\d]{1,5})[)）]"
_CUE = re.compile(rf"^([ \t\u3000]*){_CUE_WORD}(?=\S)")
# (the same, after a line's end: a search for a newline is quick, `^` under re.M is not)
_CUE_AFTER_NEWLINE = re.compile(rf"\n[ \t\u3000]*{_CUE_WORD}\S")
# A script's cues open this many lines at least, and this share of its lines.
_MIN_CUES = 5
_MIN_SHARE = 0.25
# A cue read as a script's own: used this many times (`男`, `女`, `主持人`).
_MIN_REPEATS = 3


def unscript(text: str) -> str:
    """The text with a script's cues taken off its lines (the same string if it has none)."""
    # The cheap test first: a script's cues open lines, line after line.
    starts = text.startswith(("（", "(")) or bool(_CUE.match(text))
    found = sum(1 for _ in islice(_CUE_AFTER_NEWLINE.finditer(text), _MIN_CUES))
    if found + starts < _MIN_CUES:
        return text
    lines = text.split("\n")
    cues = Counter(m.group(2) for line in lines if (m := _CUE.match(line)))
    repeated = {cue for cue, n in cues.items() if n >= _MIN_REPEATS}
    cued = sum(cues[cue] for cue in repeated)
    filled = sum(1 for line in lines if line.strip())
    if cued < _MIN_CUES or cued < _MIN_SHARE * filled:
        return text
    out = []
    for line in lines:
        match = _CUE.match(line)
        # the script's own cues, and a speaker named once (`（潘永福）今年雨水匀…`)
        if match and (match.group(2) in repeated or _named(match.group(2))):
            line = match.group(1) + line[match.end() :]
        out.append(line)
    return "\n".join(out)


def _named(word: str) -> bool:
    return is_name(word) and has_surname(word)
