"""The reader states kept as snapshot tests and as the README's screenshots."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lcreader.model import Library
from lcreader.reading import Reading, article_keys


@dataclass(frozen=True)
class Scenario:
    name: str
    size: tuple[int, int]
    keys: list[str] = field(default_factory=list)
    query: str | None = None  # typed into the search bar, then Enter
    resize_to: tuple[int, int] | None = None  # started at `size`, then resized
    read: list[str] = field(default_factory=list)  # article ids already read
    bookmarked: list[str] = field(default_factory=list)  # article ids already in 收藏
    # The reader knows the library's folder (the structure view reads the source file).
    with_source: bool = False


SCENARIOS = [
    Scenario("first-screen", (120, 36)),
    Scenario("search-results", (120, 36), query="统战"),
    Scenario("person-filter", (120, 36), keys=["p", "j", "enter", "f"]),
    Scenario("person-page", (120, 36), keys=["p", "enter"]),
    Scenario(
        "bookmarks-tab",
        (120, 36),
        keys=["B"],
        bookmarked=["003_17d9481db0f4d0a8/4", "000_a74f4656124ffe3f/2"],
    ),
    Scenario(
        "read-and-unread",
        (120, 36),
        keys=["u"],
        read=["000_a74f4656124ffe3f/1", "000_a74f4656124ffe3f/3", "003_17d9481db0f4d0a8/1"],
    ),
    Scenario("help-screen", (120, 36), keys=["question_mark"]),
    Scenario("narrow-80x24", (80, 24)),
    Scenario(
        "structure-view",
        (120, 36),
        keys=["right_square_bracket"] * 7 + ["e"],
        with_source=True,
    ),
    Scenario("resized-160x45-to-80x24", (160, 45), resize_to=(80, 24)),
]


def prepare(scenario: Scenario, library: Library, data_dir: Path) -> None:
    """What the user did in earlier runs: read marks and bookmarks in the data dir."""
    keys = article_keys(library)
    reading = Reading(read={keys[a] for a in scenario.read})
    for article_id in reversed(scenario.bookmarked):
        reading.toggle_bookmark(keys[article_id], library.article(article_id))
    reading.save(data_dir)


async def play(pilot, scenario: Scenario) -> None:
    """Bring the app to the scenario's state."""
    await pilot.pause()
    if scenario.resize_to:
        await pilot.resize_terminal(*scenario.resize_to)
        await pilot.pause()
    if scenario.query:
        await pilot.press("slash", *scenario.query)
        await pilot.pause(0.6)  # the hits chart is counted once results stand 0.4 s
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
    if scenario.keys:
        await pilot.press(*scenario.keys)
    await pilot.pause()
