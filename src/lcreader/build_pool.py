"""Parsing many files at once, one worker process per core.

Parsing a file depends on that file alone, so a cold build of years of issues can
spread its files over the machine's cores. The results come back in order and are
exactly what a build in this process makes; any trouble starting the workers falls
back to building here.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Fewer files than this are parsed here: starting a worker costs more than they take.
MIN_FILES = 64
# Files a worker takes at a time: fewer round trips, still an even spread.
CHUNK = 8
JOBS_VARIABLE = "LCREADER_JOBS"
# The weight (a build's: source bytes) of the work sent out and not yet taken back:
# past it nothing more is sent until the oldest comes back, so the parent never holds
# the results of several files near the size limit at once (one alone may pass it).
IN_FLIGHT = 16_000_000


def jobs() -> int:
    """Worker processes to use: LCREADER_JOBS, else the cores this process may run on."""
    wanted = os.environ.get(JOBS_VARIABLE, "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def build_all(
    build: Callable[[Item], Result],
    items: list[Item],
    workers: int | None = None,
    chunk: int = CHUNK,
    parallel: bool | None = None,
    weight: Callable[[Item], int] | None = None,
) -> Iterator[Result]:
    """build(item) for each item, in order; in worker processes when it pays (`parallel`
    says so, else MIN_FILES items or more). Items go `chunk` at a time to a worker; with
    `weight`, no more than IN_FLIGHT of it is out at a time (but always one chunk)."""
    workers = jobs() if workers is None else workers
    if parallel is None:
        parallel = len(items) >= MIN_FILES
    if workers < 2 or not parallel or not items:
        yield from map(build, items)
        return
    pool = _start_pool(min(workers, -(-len(items) // chunk)))
    if pool is None:
        yield from map(build, items)
        return
    with pool:
        yield from _in_order(pool, build, items, chunk, workers, weight)


_QUIET_TRACKER = "ignore::UserWarning:multiprocessing.resource_tracker"


def _start_pool(workers: int) -> Executor | None:
    # Workers are started afresh, never forked: the reader rebuilds from a thread, and
    # forking a process that runs threads can copy a held lock into the child.
    import multiprocessing
    import sys
    from concurrent.futures import ProcessPoolExecutor

    # A build killed outright (kill -9) leaves the pool's semaphores to the resource
    # tracker, which frees them and warns in English on the user's terminal: the tracker
    # starts with this process's -W options, so it is told not to.
    if _QUIET_TRACKER not in sys.warnoptions:
        sys.warnoptions.append(_QUIET_TRACKER)
    try:
        return ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=die_with_parent,
            initargs=(os.getpid(),),
        )
    except (OSError, ValueError, NotImplementedError):
        return None


def _in_order(
    pool: Executor,
    build: Callable,
    items: list,
    chunk: int = CHUNK,
    workers: int = 2,
    weight: Callable | None = None,
) -> Iterable:
    """Results in order, with at most a few chunks per worker in flight, and no more
    than IN_FLIGHT of their weight: the results waiting to be taken stay few and small,
    so memory does not grow with the library, nor with its largest files."""
    from collections import deque
    from concurrent.futures.process import BrokenProcessPool

    chunks = [items[k : k + chunk] for k in range(0, len(items), chunk)]
    window = max(2, 2 * workers)
    futures: deque = deque()  # (future, its weight)
    out = 0
    done = 0
    try:
        for piece in chunks:
            heavy = sum(map(weight, piece)) if weight is not None else 0
            while futures and (len(futures) >= window or out + heavy > IN_FLIGHT):
                future, taken = futures.popleft()
                out -= taken
                results = future.result()
                del future
                done += len(results)
                yield from _handed(results)
            futures.append((pool.submit(_build_chunk, build, piece), heavy))
            out += heavy
        while futures:
            results = futures.popleft()[0].result()
            done += len(results)
            yield from _handed(results)
    except BrokenProcessPool:
        # A worker died (killed, out of memory): build the rest here.
        for future, _ in futures:
            future.cancel()
        yield from map(build, items[done:])


def _handed(results: list) -> Iterator:
    """The results, each let go of once given: neither the list nor its finished future
    keeps a result the caller has done with (a large file's entry, given back)."""
    results.reverse()
    while results:
        yield results.pop()


def _build_chunk(build: Callable, chunk: list) -> list:
    """A worker's share: each item built, the memory it freed given back to the system
    (a worker that parsed a file near the size limit would hold its peak to the end)."""
    results = []
    for item in chunk:
        results.append(build(item))
        release_memory()
    return results


def resident_bytes() -> int | None:
    """What this process holds in memory now (its resident set), where the system
    says it cheaply (/proc on Linux); else None."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            pages = int(handle.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def release_memory() -> None:
    """Give the memory freed since back to the system, where the C library can (glibc's
    malloc_trim): a large file's parse leaves its heap fragmented, hundreds of MB held."""
    import contextlib
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).malloc_trim(0)


# How often a worker looks whether the process that started it is still there.
PARENT_POLL_SECONDS = 0.5


def die_with_parent(parent: int) -> None:
    """A worker's first act: end when `parent` ends, however it ends (kill -9, SIGTERM).

    Otherwise a killed build leaves its workers waiting for work for ever, and with
    them the resource tracker, which ends once no worker holds its pipe. On Linux the
    kernel kills the worker as its parent dies (PR_SET_PDEATHSIG); everywhere, a
    thread looks every half second whether the worker has been given to another
    parent, and ends it then (also when the parent died before this ran).
    """
    import signal
    import sys
    import threading

    if sys.platform.startswith("linux"):
        _kill_on_parent_death(signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _kill_on_parent_death(signal_number: int) -> None:
    import contextlib
    import ctypes

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal_number, 0, 0, 0)


def _watch_parent(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)
