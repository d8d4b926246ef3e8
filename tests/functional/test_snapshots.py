"""Snapshot tests of the reader's main states (pytest-textual-snapshot).

Update after an intended change: pytest tests/functional/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest

from lcreader.library import open_library
from lcreader.tui.app import ReaderApp
from tests.conftest import SEEDS
from tests.functional.reader_scenarios import SCENARIOS, play


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_reader_snapshot(snap_compare, scenario, tmp_path):
    library = open_library(SEEDS, tmp_path / "cache.json")
    app = ReaderApp(library, tmp_path / "data")

    async def run_before(pilot) -> None:
        await play(pilot, scenario)

    assert snap_compare(app, terminal_size=scenario.size, run_before=run_before)
