"""The last search's hits, kept so that `lcreader show 3` shows its third hit.

A small state file next to the reader's (the data folder): the hits' article ids in
rank order. Written by each text search; read by `show` when it is given a number.
"""

from __future__ import annotations

import json

from ..safe_files import write_atomically

# typing.TYPE_CHECKING without importing typing; pathlib only names types here (a
# search passes its folders as text: paths.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

LAST_SEARCH = "last-search.json"


def remember_hits(
    data_dir: Path | str,
    query: str,
    article_ids: list[str],
    titles: list[str] | None = None,
    library: str | None = None,
) -> None:
    """Keep the hits, with their titles and the library searched (`show 2` checks both:
    an id names a place in a file, which an edit may give to another article); a folder
    that cannot be written leaves the previous ones."""
    import os

    kept = {"query": query, "hits": article_ids, "titles": titles, "library": _key(library)}
    text = json.dumps(kept, ensure_ascii=False)
    try:
        os.makedirs(data_dir, exist_ok=True)
        path = os.path.join(data_dir, LAST_SEARCH)
        # Not fsynced: after a crash, `show 3` may find the previous hits, or none.
        write_atomically(path, [text.encode("utf-8")], durable=False)
    except OSError:
        pass


# The largest last-search file read: its hits are a page of ids and titles.
MAX_BYTES = 4_000_000


def _kept(data_dir: Path):
    """The file's JSON; OSError or ValueError when it cannot be read as kept (a FIFO or
    a device in its place, too large, JSON nested past Python's depth)."""
    from ..safe_files import parsed_json, read_small

    raw = read_small(data_dir / LAST_SEARCH, MAX_BYTES)  # (NotRegularFile is an OSError)
    if raw is None:
        raise FileNotFoundError(LAST_SEARCH)
    return parsed_json(raw)


def last_hits(data_dir: Path) -> tuple[str, list] | None:
    """The last search's query and hits, if one was kept and can be read."""
    try:
        kept = _kept(data_dir)
        query, hits = kept["query"], kept["hits"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(query, str) or not isinstance(hits, list):
        return None
    return query, hits


def hit_number(data_dir: Path, number: int) -> str | None:
    """The article id of hit `number` (from 1) of the last search, if there is one."""
    kept = last_hits(data_dir)
    hits = kept[1] if kept else []
    if 1 <= number <= len(hits) and isinstance(hits[number - 1], str):
        return hits[number - 1]
    return None


def hit_still_shown(data_dir: Path, number: int, library: str, title: str | None) -> bool:
    """Whether hit `number` of the last search is still that article: the same library
    searched, the same title at its id (a search kept before titles were kept: yes)."""
    try:
        kept = _kept(data_dir)
    except (OSError, ValueError):
        return False
    if not isinstance(kept, dict):
        return False
    titles, searched = kept.get("titles"), kept.get("library")
    if searched is not None and searched != _key(library):
        return False
    if isinstance(titles, list) and 1 <= number <= len(titles):
        return titles[number - 1] == title
    return titles is None


def _key(folder: str | None) -> str | None:
    """A folder as the file keeps it: its bytes in hex (a name that is not UTF-8 has
    characters JSON written as UTF-8 cannot hold)."""
    return None if folder is None else folder.encode("utf-8", "surrogateescape").hex()
