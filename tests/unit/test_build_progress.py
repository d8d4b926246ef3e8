"""The build's progress bar on stderr: one per stage, each saying what it does."""

from __future__ import annotations

from lcreader.cli.context import PROGRESS_THRESHOLD, _Progress
from lcreader.messages import message


def test_indexing_the_cache_again_gets_a_bar_of_its_own_after_parsing():
    total = PROGRESS_THRESHOLD
    bar = _Progress()
    try:
        bar(1, total, "a.txt")
        parsing = bar._bar
        assert parsing.tasks[0].description == message("build.parsing")
        bar(2, total, "b.txt")
        assert bar._bar is parsing
        bar(1, total, "a.txt", "build.indexing")
        assert bar._bar is not parsing
        assert bar._bar.tasks[0].description == message("build.indexing")
    finally:
        bar.close()


def test_a_small_build_shows_no_bar():
    bar = _Progress()
    bar(1, PROGRESS_THRESHOLD - 1, "a.txt", "build.indexing")
    assert bar._bar is None
