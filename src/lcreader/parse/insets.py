"""Pull quotes: a sentence of the article printed again, large, beside its text.

A feature page sets a line of its own text apart in big type (`“把人家的顾虑当回事，
人家才会把你当回事。”`); the extraction puts it among the paragraphs, sometimes in
the middle of a sentence. It is known by what it is, a repeat: its words stand, the
same, inside a longer paragraph close around it, and it is a person's words in
quotation marks, whole. It is kept (as the article's `引语`), never read
as a paragraph, and the sentence it cut goes on past it.
"""

from __future__ import annotations

from .text import is_terminated, without_space

# How far around a line its repeat is looked for, in lines each side.
_WINDOW = 6
# Shortest repeat taken for a pull quote: shorter ones repeat by chance.
_MIN_QUOTE = 10
# Fewest different characters in a repeat taken for a quote (`一一一…` is no sentence).
_MIN_DISTINCT = 5
_OPENING = '“「『"'
_CLOSING = '”」』"'
_QUOTES = "“”\"'‘’「」『』"


def _text(lines: list, start: int, end: int) -> str:
    """The lines' text without white space, a paragraph break (a blank line) kept: a
    repeat is looked for inside paragraphs, never across two."""
    return "".join(
        ("\n" if lines[j].gap_before else "") + without_space(lines[j].text)
        for j in range(start, end)
    )


def quote_key(text: str) -> str:
    return without_space(text).strip(_QUOTES)


def mark_pull_quotes(lines: list) -> None:
    """Mark each line whose whole text (its quotation marks aside) the text around it
    holds again."""
    for k, line in enumerate(lines):
        key = quote_key(line.text)
        if len(key) < _MIN_QUOTE or line.level or line.closes or line.caption:
            continue
        text = line.text.strip()
        if not (text[:1] in _OPENING and text[-1:] in _CLOSING and is_terminated(text)):
            continue  # a pull quote is a person's words, whole, in quotation marks
        if not (line.gap_before or line.gap_after):
            continue  # set apart from the text by white space, as a quote is printed
        if len(set(key)) < _MIN_DISTINCT:
            continue
        before = _text(lines, max(0, k - _WINDOW), k)
        after = _text(lines, k + 1, min(len(lines), k + 1 + _WINDOW))
        # A quote repeats a sentence from inside a longer paragraph, never a whole one.
        if any(key in part and len(part) > len(key) for part in f"{before}\n{after}".split("\n")):
            line.pull_quote = True
