"""The publication year of an issue, where the text makes it clear.

Rule: count the years written as `YYYY年` (1949–2099), leaving out reporting
periods (`2019年度`), ranges (`2019-2021年`) and years inside book or document
titles (`《…》`). The year is the one mentioned most often, if it is mentioned
at least twice and more often than any other; failing that, a year written in
a headline; failing that, the one year the file's name holds (`2024_03.txt`,
`凉城报20240315.txt`). Otherwise None: no year beats a wrong one.
"""

from __future__ import annotations

import re
from collections import Counter

_BOOK_TITLE = re.compile(r"《[^《》]*》")
_YEAR = re.compile(r"(?<![\d\-－—–~～至到])((?:19[5-9]|20\d)\d)\s*年(?!度)")


# A year standing apart from other digits in a file's name, or opening a date
# written as eight digits (20240315).
_NAME_YEAR = re.compile(
    r"(?<![\d第])((?:19[5-9]|20\d)\d)(?:(?![\d期号版])|(?=(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)))"
)


def year_in_name(source: str) -> int | None:
    """The year a file's name gives, if it gives one and no other; failing that, its
    folder's name (`2019/03.txt`), and so on outwards."""
    for name in reversed(re.split(r"[\\/]", source)):
        years = {int(m.group(1)) for m in _NAME_YEAR.finditer(name)}
        if years:
            return years.pop() if len(years) == 1 else None
    return None


def years_in(text: str) -> list[int]:
    return [int(m.group(1)) for m in _YEAR.finditer(_BOOK_TITLE.sub("", text))]


def infer_year(body_text: str, headlines: list[str]) -> int | None:
    counts = Counter(years_in(body_text))
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    headline_years = {y for h in headlines for y in years_in(h)}
    if len(headline_years) == 1:
        return headline_years.pop()
    return None
