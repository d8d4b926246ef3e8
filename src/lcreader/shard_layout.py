"""How a build cuts cache entries into shards, and keeps old ones, without holding
large ones.

A shard holds the entries of a run of names (cache.py); a build writes the shards
that change at its end. An entry made from a large file (store_build.SHARD_BYTES of
source or more) is written at once as a shard of its own, and the build keeps only
that shard's file name (`Alone`): an incremental build of several files near the size
limit never holds their entries together (README, "Safety and limits").
"""

from __future__ import annotations

from collections.abc import Iterator


class Alone:
    """An entry already written as a shard of its own, in this file. (Not a dataclass:
    making one costs every search, which imports the build's modules, half a ms.)"""

    __slots__ = ("file",)

    def __init__(self, file: str) -> None:
        self.file = file


class Kept:
    """Entries left in an old shard file, read from it only if they must be written
    again (a build with no catalog, store_build.Build._reusable)."""

    __slots__ = ("file",)

    def __init__(self, file: str) -> None:
        self.file = file


def shard_parts(names: list[str], entries: dict, size: int) -> Iterator[list[str]]:
    """The names in runs of at most `size`, in order; an entry already written (Alone)
    is a run of its own."""
    part: list[str] = []
    for name in names:
        if isinstance(entries[name], Alone):
            if part:
                yield part
            yield [name]
            part = []
            continue
        part.append(name)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


def dropping(entry: dict) -> dict:
    """Of an old entry, what taking its issue out needs (store_build.Build._drop): its
    issue's id and, per article, the id and the people and departments it names."""
    kept = {key: value for key, value in entry.items() if key != "issue"}
    if "issue" in entry:
        issue = entry["issue"]
        articles = [
            {
                "id": article["id"],
                "mentions": article.get("mentions", []),
                "departments": article.get("departments", []),
            }
            for article in issue.get("articles", ())
        ]
        kept["issue"] = {"id": issue["id"], "articles": articles}
    return kept
