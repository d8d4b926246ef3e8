"""The reader states kept as snapshot tests and as the README's screenshots."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Scenario:
    name: str
    size: tuple[int, int]
    keys: list[str] = field(default_factory=list)
    query: str | None = None  # typed into the search bar, then Enter


SCENARIOS = [
    Scenario("first-screen", (120, 36)),
    Scenario("search-results", (120, 36), query="统战"),
    Scenario("person-filter", (120, 36), keys=["p", "j", "enter", "f"]),
    Scenario("help-screen", (120, 36), keys=["question_mark"]),
    Scenario("narrow-80x24", (80, 24)),
]


async def play(pilot, scenario: Scenario) -> None:
    """Bring the app to the scenario's state."""
    await pilot.pause()
    if scenario.query:
        await pilot.press("slash", *scenario.query)
        await pilot.pause(0.4)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
    if scenario.keys:
        await pilot.press(*scenario.keys)
    await pilot.pause()
