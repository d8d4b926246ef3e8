"""The words a pinyin query may stand for, from the library: people, departments and
their aliases, the synonyms table's forms, article titles, and the 2–4 character
words its headlines use often (counted once, when first needed: no segmenter).

Two sources of the same words: the parsed library (`library_vocabulary`, the reader)
and the search index (`index_vocabulary`, `lcreader search`, which has no library);
the index's is the one place that reads the index's data.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..model import Library
from ..textkey import fold
from .pinyin import Vocabulary
from .synonyms import SynonymTable

# A headline word is one used at least this often; shorter or longer runs are not words.
MIN_USES = 2
WORD_LENGTHS = (2, 3, 4)
_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{2,}")


def frequent_words(texts: Iterable[str]) -> Counter[str]:
    """The 2–4 character runs of Han characters used at least MIN_USES times, counted."""
    counts: Counter[str] = Counter()
    for text in texts:
        for run in _HAN_RUN.findall(fold(text)):
            for n in WORD_LENGTHS:
                counts.update(run[i : i + n] for i in range(len(run) - n + 1))
    return Counter({word: n for word, n in counts.items() if n >= MIN_USES})


def build_vocabulary(
    named: Iterable[tuple[str, int]], texts: Iterable[str], synonyms: SynonymTable | None = None
) -> Vocabulary:
    """(word, uses) of names, the frequent words of `texts`, and the synonyms' forms;
    names and forms are found by their initials too, the words of `texts` are not."""
    counts = frequent_words(texts)
    names: set[str] = set()
    forms = ((form, 1) for form in (synonyms.groups if synonyms is not None else ()))
    for name, uses in [*named, *forms]:
        key = fold(name)
        if _HAN_RUN.fullmatch(key):
            counts[key] = max(counts[key], uses, 1)
            names.add(key)
    return Vocabulary(dict(counts), names)


def library_vocabulary(library: Library, synonyms: SynonymTable | None = None) -> Vocabulary:
    named = [(p.name, len(p.articles)) for p in library.people]
    for department in library.departments:
        named += [(n, len(department.articles)) for n in (department.name, *department.aliases)]
    headlines = [
        text
        for article in library.articles()
        for text in (article.title, article.kicker, article.subtitle)
        if text
    ]
    named += [(title, 1) for title in headlines]
    return build_vocabulary(named, headlines, synonyms)


def index_vocabulary(index, synonyms: SynonymTable | None = None) -> Vocabulary:
    """The words of a SearchIndex: each segment's titles (kickers and subtitles are not
    in it) and the people and departments it names (folded, as the index keeps them),
    with the linked departments' aliases: the one function to change when the index's
    data changes."""
    people: dict[str, int] = {}
    departments: dict[str, int] = {}
    headlines: list[str] = []
    for segment in index.segments:
        for name, count in segment.names("people").counted():
            people[name] = people.get(name, 0) + count
        for name, count in segment.names("depts").counted():
            departments[name] = departments.get(name, 0) + count
        headlines += [title for title in segment.docs()["titles"] if title]
    linked = getattr(index, "_departments", None) or {}
    for name, aliases in linked.items():  # the linked departments' every written form
        count = departments.get(fold(name), 1)
        departments.update((form, count) for form in (name, *aliases) if form not in departments)
    named = [*people.items(), *departments.items(), *((title, 1) for title in headlines)]
    return build_vocabulary(named, headlines, synonyms)
