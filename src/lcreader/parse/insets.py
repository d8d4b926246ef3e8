"""Pull quotes: a sentence of the article printed again, large, beside its text.

A feature page sets a line of its own text apart in big type (`“把人家的顾虑当回事，
人家才会把你当回事。”`); the extraction puts it among the paragraphs, sometimes in
the middle of a sentence. It is known by what it is, a repeat: its words stand, the
same, in the text close around it. It is kept (as the article's `引语`), never read
as a paragraph, and the sentence it cut goes on past it.
"""

from __future__ import annotations

# How far around a line its repeat is looked for, in lines each side.
_WINDOW = 6
# Shortest repeat taken for a pull quote: shorter ones repeat by chance.
_MIN_QUOTE = 10
_QUOTES = "“”\"'‘’「」『』"


def quote_key(text: str) -> str:
    return "".join(text.split()).strip(_QUOTES)


def mark_pull_quotes(lines: list) -> None:
    """Mark each line whose whole text (its quotation marks aside) the text around it
    holds again."""
    for k, line in enumerate(lines):
        key = quote_key(line.text)
        if len(key) < _MIN_QUOTE or line.level or line.closes or line.caption:
            continue
        if not (line.gap_before or line.gap_after):
            continue  # set apart from the text by white space, as a quote is printed
        before = "".join("".join(lines[j].text.split()) for j in range(max(0, k - _WINDOW), k))
        after = "".join(
            "".join(lines[j].text.split()) for j in range(k + 1, min(len(lines), k + 1 + _WINDOW))
        )
        if key in before or key in after:
            line.pull_quote = True
