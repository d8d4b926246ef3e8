"""Snapshot tests of the reader's main states (pytest-textual-snapshot).

Update after an intended change: pytest tests/functional/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest

from lcreader.library import open_library
from lcreader.tui import reading_actions
from lcreader.tui.app import ReaderApp
from lcreader.tui.reload import LibrarySource
from tests.conftest import SEEDS
from tests.functional.reader_scenarios import SCENARIOS, play, prepare


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_reader_snapshot(snap_compare, scenario, tmp_path, monkeypatch):
    # Nothing turns read while the snapshot is taken, however slow the machine.
    monkeypatch.setattr(reading_actions, "READ_AFTER_SECONDS", 3600)
    library = open_library(SEEDS, tmp_path / "cache.json")
    prepare(scenario, library, tmp_path / "data")
    source = LibrarySource(SEEDS, tmp_path / "cache.json") if scenario.with_source else None
    app = ReaderApp(library, tmp_path / "data", source=source)

    async def run_before(pilot) -> None:
        await play(pilot, scenario)

    assert snap_compare(app, terminal_size=scenario.size, run_before=run_before)
