"""A plain search's command line read without argparse (argparse and what it imports
cost a search more than the search itself on a small library; issue #19).

`quick_args` takes only the simplest forms and gives what argparse (full.py) would
give for them; anything else (another command, another option, a word starting with
`-`, an empty or undecodable word, a value argparse would refuse or read otherwise) is
None, and argparse reads it: so the quick path says and does exactly what the full one
does, errors included (tests/functional/test_quick_search.py compares the two).

    lcreader [--library DIR] [--cache-dir DIR] [--data-dir DIR] search WORD… [--json]
             [--exact] [--limit N]      (the options anywhere after `search`)
"""

from __future__ import annotations

from types import SimpleNamespace

# The global options taken before `search`, each with its value as the next word.
_GLOBAL_PATHS = {"--library": "library", "--cache-dir": "cache_dir", "--data-dir": "data_dir"}
_SEARCH_FLAGS = {"--json": "json", "--exact": "exact"}
DEFAULT_LIMIT = 10


def _plain(word: str) -> bool:
    """A word argparse takes as it stands: not empty, no option, no undecodable byte
    (kept as a lone surrogate, which argparse's path reports in its own way)."""
    if not word or word.startswith("-"):
        return False
    try:
        word.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _limit(value: str) -> int | None:
    """`--limit`'s value when full.py's check would take it unchanged: ASCII digits, ≥ 1."""
    if value.isascii() and value.isdigit() and int(value) >= 1:
        return int(value)
    return None


def quick_args(argv: list[str]) -> SimpleNamespace | None:
    """The arguments argparse would give a plain search, or None: argparse reads it."""
    paths: dict[str, str] = {}
    at = 0
    while at < len(argv) and argv[at] in _GLOBAL_PATHS:
        name = _GLOBAL_PATHS[argv[at]]
        if name in paths or at + 1 >= len(argv) or not _plain(argv[at + 1]):
            return None
        paths[name] = argv[at + 1]
        at += 2
    if argv[at : at + 1] != ["search"]:
        return None
    words: list[str] = []
    flags = dict.fromkeys(_SEARCH_FLAGS.values(), False)
    limit = DEFAULT_LIMIT
    rest = iter(argv[at + 1 :])
    for token in rest:
        if token in _SEARCH_FLAGS:
            flags[_SEARCH_FLAGS[token]] = True
        elif token == "--limit" or token.startswith("--limit="):
            value = token[len("--limit=") :] if "=" in token else next(rest, None)
            limit = _limit(value) if value is not None else None
            if limit is None:
                return None
        elif _plain(token):
            words.append(token)
        else:
            return None
    if not words:
        return None
    return SimpleNamespace(
        library=paths.get("library"),
        cache_dir=paths.get("cache_dir"),
        data_dir=paths.get("data_dir"),
        follow=False,
        max_file_size=None,
        color="auto",
        debug=False,
        command="search",
        query=words,
        limit=limit,
        person=[],
        dept=[],
        year=[],
        open=False,
        by=None,
        **flags,
    )
