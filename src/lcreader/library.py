"""Open a library: read the folder, parse what changed, keep the cache up to date.

Three ways in, from cheapest: `open_index` searches from the snapshot alone when
it matches the folder (no cache read, no parser imported); `open_library` gives
the whole model; `open_library_and_index` gives both, for the reader. Whenever
the cache is written the snapshot is written too, so the next search is fast.
"""

from __future__ import annotations

import contextlib
import errno
import os
from dataclasses import dataclass
from pathlib import Path

from .cache import Cache
from .cache_entries import (
    BuildReport,
    Notify,
    Progress,
    assemble,
    build_issue,
    file_stamp,
    gc_paused,
    is_fresh,
    read_cache,
    save,
    source_problem,
    summary,
    update,
)
from .filenames import base_name, stored
from .messages import message, system_error
from .model import Department, Library, Person, SourceProblem
from .snapshot import Snapshot
from .sources import DEFAULT_RULES, ScanRules, scan_sources
from .versions import ENTITIES_VERSION, FOLD_VERSION, PARSER_VERSION, data_fingerprint

__all__ = [
    "BuildReport",
    "LibraryError",
    "build_issue",
    "build_version",
    "open_index",
    "open_library",
    "open_library_and_index",
]

# typing.TYPE_CHECKING without importing typing, which costs a search 5 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .search import SearchIndex


def build_version() -> str:
    """Changes with the parser, entity rules, their data or folding: the cache then rebuilds."""
    return f"p{PARSER_VERSION}-e{ENTITIES_VERSION}-f{FOLD_VERSION}-{data_fingerprint()}"


class LibraryError(Exception):
    """The library cannot be opened at all; the message says why."""


@dataclass
class Opened:
    """A library, and its search index when one was asked for."""

    library: Library
    index: SearchIndex | None = None


def open_library(
    folder: Path,
    cache_path: Path,
    notify: Notify = lambda message: None,
    progress: Progress | None = None,
    report: BuildReport | None = None,
    rules: ScanRules = DEFAULT_RULES,
) -> Library:
    """The parsed library; only new or changed files are parsed again."""
    return _open(folder, cache_path, notify, progress, report, rules, want_index=False).library


def open_library_and_index(
    folder: Path,
    cache_path: Path,
    notify: Notify = lambda message: None,
    progress: Progress | None = None,
    report: BuildReport | None = None,
    rules: ScanRules = DEFAULT_RULES,
) -> tuple[Library, SearchIndex]:
    """The parsed library and its search index (from the snapshot when it is fresh).

    Whatever fails its checksum is rebuilt: this is how `build` repairs both files."""
    opened = _open(folder, cache_path, notify, progress, report, rules, want_index=True)
    assert opened.index is not None
    return opened.library, opened.index


def open_index(
    folder: Path,
    cache_path: Path,
    notify: Notify = lambda message: None,
    progress: Progress | None = None,
    report: BuildReport | None = None,
    rules: ScanRules = DEFAULT_RULES,
) -> tuple[SearchIndex, list[SourceProblem]]:
    """The search index and the files skipped; from the snapshot alone when it is fresh."""
    stats, problems = _scan(folder, rules)
    refused = len(problems)
    snapshot = Snapshot(cache_path, build_version())
    with gc_paused():
        data = snapshot.read(_plain(stats))
        index = _index_from(data)
    if index is not None:
        problems += _snapshot_problems(data, stats)
        if report is not None:
            # Files the folder refused are not in `stats`; files that failed to read are.
            report.reused = len(stats) - (len(problems) - refused)
            report.skipped = len(problems)
        return index, problems
    opened = _open(folder, cache_path, notify, progress, report, rules, want_index=True)
    assert opened.index is not None
    return opened.index, opened.library.problems


def _scan(
    folder: Path, rules: ScanRules
) -> tuple[dict[str, tuple[str, int, int]], list[SourceProblem]]:
    """The bulletin files' (path, size, mtime) by name, in name order, and what was skipped."""
    shown = stored(str(folder))
    try:
        os.stat(folder)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise LibraryError(message("library.symlink_loop", folder=shown)) from err
    if folder.exists() and not folder.is_dir():
        raise LibraryError(message("library.not_a_folder", folder=shown))
    if not folder.is_dir():
        raise LibraryError(message("library.not_found", folder=shown))
    try:
        found, problems = scan_sources(folder, rules)
    except OSError as err:
        error = system_error(err)
        raise LibraryError(message("library.unlistable", folder=shown, error=error)) from err
    stats = {base_name(path): (path, size, mtime) for path, size, mtime in found}
    return stats, problems


def _plain(stats: dict[str, tuple[str, int, int]]) -> dict[str, tuple[int, int]]:
    return {name: (size, mtime) for name, (_, size, mtime) in stats.items()}


def _index_from(data: dict | None) -> SearchIndex | None:
    if data is None:
        return None
    from .search import SearchIndex
    from .search.layout import IndexData

    try:
        return SearchIndex.from_data(IndexData.from_dict(data.get("layout")))
    except (ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None


def _entities_from(data: dict | None) -> tuple[list[Person], list[Department]] | None:
    """The snapshot's linked people and departments, or None to link them anew."""
    if data is None:
        return None
    try:
        entities = data["entities"]
        with gc_paused():
            people = [Person.from_list(item) for item in entities["people"]]
            departments = [Department.from_list(item) for item in entities["departments"]]
    except (KeyError, TypeError, ValueError):
        return None
    return people, departments


def _snapshot_problems(data: dict, stats: dict[str, tuple[str, int, int]]) -> list[SourceProblem]:
    problems = data.get("problems")
    if not isinstance(problems, dict):
        return []
    return [source_problem(stats, name, str(reason)) for name, reason in sorted(problems.items())]


def _open(
    folder: Path,
    cache_path: Path,
    notify: Notify,
    progress: Progress | None,
    report: BuildReport | None,
    rules: ScanRules,
    want_index: bool,
) -> Opened:
    report = report if report is not None else BuildReport()
    stats, problems = _scan(folder, rules)
    cache = Cache(cache_path, build_version())
    snapshot = Snapshot(cache_path, cache.parser_version)
    with gc_paused():
        entries = read_cache(cache, notify)
    # Files the folder refused (links out, too large, not files) are skipped unread.
    report.skipped = len(problems)
    if entries is not None and is_fresh(entries, stats):
        failed = sum("problem" in entry for entry in entries.values())
        report.reused, report.skipped = len(entries) - failed, report.skipped + failed
        data = None
        if want_index:
            with gc_paused():
                data = snapshot.read(_plain(stats), ("layout", "entities"))
        linked = _entities_from(data)
        opened = _assembled(entries, stats, problems, notify, cache, progress, linked, rules)
        if want_index:
            opened.index = _index_from(data)
            if opened.index is None:
                sources = summary(entries)
                del entries  # the parsed issues are in the library now: free the raw copies
                with cache.lock() as locked:
                    opened.index = _write_snapshot(snapshot, opened.library, sources, locked)
        return opened
    unusable = entries is None
    seen = file_stamp(cache.path)
    with cache.lock() as locked:
        if locked and file_stamp(cache.path) != seen:
            # Another process built while we waited for the lock: start from its cache.
            with gc_paused():
                entries = read_cache(cache, notify=lambda message: None) or {}
        entries, changed = update(entries or {}, stats, progress, report, rules)
        opened = _assembled(entries, stats, problems, notify, cache, progress, None, rules)
        if changed or unusable:
            report.saved = save(cache, entries, notify) if locked else False
            if not locked:
                notify(message("cache.locked", path=stored(str(cache.path))))
        if report.saved or want_index:
            sources = summary(entries)
            del entries  # written: free the raw copies before laying out the snapshot
            opened.index = _write_snapshot(
                snapshot, opened.library, sources, locked and report.saved
            )
    return opened


def _assembled(
    entries: dict[str, dict],
    stats: dict[str, tuple[str, int, int]],
    problems: list[SourceProblem],
    notify: Notify,
    cache: Cache,
    progress: Progress | None,
    linked: tuple[list[Person], list[Department]] | None,
    rules: ScanRules,
) -> Opened:
    """The library of these entries; `linked` people and departments, else linked anew."""
    try:
        with gc_paused():
            return Opened(assemble(entries, stats, list(problems), linked))
    except (KeyError, TypeError, ValueError, AttributeError):
        notify(message("cache.wrong_shape", path=stored(str(cache.path))))
        entries.clear()
        fresh, _ = update({}, stats, progress, BuildReport(), rules)
        entries.update(fresh)
        if cache.path.exists():
            save(cache, entries, notify)
        return Opened(assemble(entries, stats, list(problems), None))


def _write_snapshot(
    snapshot: Snapshot, library: Library, sources: dict[str, dict], save: bool
) -> SearchIndex:
    """The library's search index, reusing the old snapshot; saved if `save`.

    `sources` is the cache summed up by cache_entries.summary. Issues whose file hashed the same
    when the old snapshot was written are copied from it whole.
    """
    from .search import SearchIndex

    with gc_paused():
        old = snapshot.read(None)
        previous = _index_from(old)
        old_shas = old.get("shas", {}) if old is not None else {}
        unchanged = {
            source["issue_id"]
            for name, source in sources.items()
            if "issue_id" in source and old_shas.get(name) == source["sha256"]
        }
        del old
        index = SearchIndex(library, previous=previous, unchanged_issues=unchanged)
        del previous
    if save:
        problems = {name: s["problem"] for name, s in sources.items() if "problem" in s}
        plain = {name: (s["size"], s["mtime_ns"]) for name, s in sources.items()}
        shas = {name: s["sha256"] for name, s in sources.items() if "issue_id" in s}
        entities = {
            "people": [p.to_list() for p in library.people],
            "departments": [d.to_list() for d in library.departments],
        }
        # On failure search takes the slower path until the next build writes it.
        with contextlib.suppress(OSError):
            snapshot.write(plain, problems, index.data.to_dict(), entities, shas)
    return index
