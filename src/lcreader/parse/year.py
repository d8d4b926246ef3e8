"""The publication year of an issue, where the text makes it clear.

Rule: count the years written as `YYYY年` (1949–2099), leaving out reporting
periods (`2019年度`), ranges (`2019-2021年`) and years inside book or document
titles (`《…》`). The year is the one mentioned most often, if it is mentioned
at least twice and more often than any other; failing that, a year written in
a headline. Otherwise None: no year beats a wrong one.
"""

from __future__ import annotations

import re
from collections import Counter

_BOOK_TITLE = re.compile(r"《[^《》]*》")
_YEAR = re.compile(r"(?<![\d\-－—–~～至到])((?:19[5-9]|20\d)\d)\s*年(?!度)")


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
