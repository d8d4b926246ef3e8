"""Keeping the collector off what the reader holds for its whole life."""

from __future__ import annotations

import gc

# A frame of the reader makes tens of thousands of short-lived objects (strips, segments,
# their caches): at Python's default of 700 it collected many times per keystroke.
YOUNG_THRESHOLD = 10_000


def settle_heap() -> None:
    """Move what the reader has built (library, tree, lists) out of the collector's
    reach, and collect the young less often.

    What the reader has built lives as long as it does, yet every full collection
    walked it: at ×1000, pauses of over 100 ms, several a minute, often while typing.
    Frozen objects are still freed by reference counting when dropped.
    """
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(YOUNG_THRESHOLD, young), middle, old)


def unsettle_heap() -> None:
    """Give the frozen objects back to the collector: what a rebuild drops (tree nodes
    point at their parents) would otherwise never be freed."""
    gc.unfreeze()
