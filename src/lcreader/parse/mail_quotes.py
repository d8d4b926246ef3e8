"""A bulletin forwarded and replied to by mail, quoted with `> ` (Thunderbird, Outlook's
plain text, a phone's reply): the quote marks at each line's start, one for each time
the mail was quoted, only set the quoted text off. Read without them, a line of marks
alone is the blank line it was; the lines stay where they are."""

from __future__ import annotations

import re

# Quote marks opening a line: `> `, `>> `, `> > `.
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)
# Fewest quoted lines, and their least share of the lines with words, that make a text
# a quoted mail rather than a Markdown file with a quotation in it.
MIN_QUOTED = 5
_MIN_SHARE = 0.3


def quoted_mail(text: str) -> bool:
    """Whether the text is a mail quoted with `> `."""
    if ">" not in text:
        return False
    worded = [line for line in text.split("\n") if line.strip()]
    quoted = sum(1 for line in worded if line.lstrip()[:1] == ">")
    return quoted >= MIN_QUOTED and quoted >= _MIN_SHARE * len(worded)


def quote_marks(text: str) -> list[str]:
    """The quote marks opening each line, as written."""
    return _QUOTE_MARKS.findall(text)


def unquote_line(line: str) -> str:
    """One line without the quote marks opening it."""
    return _QUOTE_MARKS.sub("", line, count=1)


def unquote(text: str) -> str:
    """The text without a mail's quote marks, where it is a quoted mail; else as is."""
    return _QUOTE_MARKS.sub("", text) if quoted_mail(text) else text
