"""Keeping the collector off what the reader holds for its whole life, and out of keys."""

from __future__ import annotations

import gc

from textual import events
from textual.timer import Timer

# A frame of the reader makes tens of thousands of short-lived objects (strips, segments,
# their caches): at Python's default of 700 it collected many times per keystroke.
YOUNG_THRESHOLD = 10_000
# Keys this far apart leave the reader idle: the young objects are collected then.
IDLE_SECONDS = 0.25


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


def collect_young() -> None:
    """Collect the two young generations (what the last frames left: their strips
    cached in the panes, their messages)."""
    gc.collect(1)


class IdleCollection:
    """Mixed into the reader's App: the young objects are collected once the keys pause.

    The frames of a few keys fill the collector's middle generation; the collection
    that empties it walked some 60,000 objects, 20–45 ms, and at ×1000 it came in the
    middle of a key's frame (`n`, `x`) as often as not. Collected while the reader is
    idle, the next keys start with it empty. Needs `settles_heap`.
    """

    _idle_collection: Timer | None = None

    async def on_event(self, event: events.Event) -> None:
        await super().on_event(event)
        if isinstance(event, events.Key) and self.settles_heap:
            if self._idle_collection is not None:
                self._idle_collection.stop()
            self._idle_collection = self.set_timer(IDLE_SECONDS, collect_young)
