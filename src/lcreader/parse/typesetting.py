"""A printshop's typesetting source read as the page it sets: 方正书版 (Founder BD)
files, where every line carries its commands in `〖…〗` (`〖BT1〗` a headline, `〖HT5"SS〗`
a face, `〖JZ〗` centred, `〖PS…〗` a picture, `〖KH1〗` a blank line), `Ω` ends a
paragraph and `↙` a line. The commands and marks are markup, never text: a line of
commands alone reads as a blank line (the space the command sets: a picture's, a
block's), the rest as the words it prints. One line stays one line, so line numbers
hold. `％` opens the typesetter's comment line, kept as written (it is the file's
furniture, as the printed running head is). `〓` is BD's full-width space: it prints as
one, and reads as one (`简〓讯` is the run's head `简　讯`, `本版编辑〓X` an editors'
line)."""

from __future__ import annotations

import re

_COMMAND = re.compile(r"〖[^〖〗\n]{0,80}〗")
_MARKS = re.compile(r"[Ω↙]")
# How many lines, and what share of those with text, carry a command: a source file.
_MIN_COMMAND_LINES = 5
_COMMAND_SHARE = 0.3


def untypeset(text: str) -> str:
    """The text with a typesetting source's commands and marks taken out, line by line;
    any other text as it stands (a `〖…〗` or two in prose is the prose's)."""
    if "〖" not in text:
        return text
    lines = text.split("\n")
    filled = sum(1 for line in lines if line.strip())
    commanded = sum(1 for line in lines if _COMMAND.search(line))
    if commanded < max(_MIN_COMMAND_LINES, _COMMAND_SHARE * filled):
        return text
    return "\n".join(_read(line) for line in lines)


def _read(line: str) -> str:
    """A source line as the words it prints; a heading's (`〖BT2〗…`) marked as a
    Markdown heading of its level, as the parser reads a heading's mark."""
    heading = _HEADING.search(line)
    words = _MARKS.sub("", _COMMAND.sub("", line)).replace("〓", "\u3000")
    if heading and words.strip():
        return "#" * int(heading.group(1)) + " " + words.strip()
    return words


# `〖BT1〗`: a heading, its level (1 the page's main headlines).
_HEADING = re.compile(r"〖BT([1-6])(?:[^〖〗\d][^〖〗]*)?〗")
