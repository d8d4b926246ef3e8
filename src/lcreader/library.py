"""Open a library: read the folder, parse what changed, keep the cache up to date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import entities
from .model import Issue, Library, SourceProblem
from .parse import PARSER_VERSION, parse_issue
from .sources import SourceError, decode, list_sources, read_source
from .store import Cache, CacheUnusable


def build_version() -> str:
    """Changes with the parser, the entity rules or their data: the cache then rebuilds."""
    return f"p{PARSER_VERSION}-e{entities.ENTITIES_VERSION}-{entities.data_fingerprint()}"


Notify = Callable[[str], None]
Progress = Callable[[int, int, str], None]


class LibraryError(Exception):
    """The library cannot be opened at all; the message says why."""


@dataclass
class BuildReport:
    parsed: int = 0
    reused: int = 0
    dropped: int = 0
    saved: bool = False


def build_issue(issue_id: str, source: str, text: str) -> Issue:
    """Parse one issue's text and find the people and departments in it."""
    issue = parse_issue(issue_id, source, text)
    entities.annotate_issue(issue)
    return issue


def open_library(
    folder: Path,
    cache_path: Path,
    notify: Notify = lambda message: None,
    progress: Progress | None = None,
    report: BuildReport | None = None,
) -> Library:
    """The parsed library; only new or changed files are parsed again."""
    report = report if report is not None else BuildReport()
    if not folder.is_dir():
        raise LibraryError(f"library folder not found: {folder}")
    try:
        paths, listing_problems = list_sources(folder)
    except OSError as err:
        raise LibraryError(f"cannot list library folder {folder}: {err.strerror or err}") from err
    stats, problems = _stat_all(paths)
    problems = listing_problems + problems
    cache = Cache(cache_path, build_version())
    entries = _read_cache(cache, notify)
    if entries is not None and _fresh(entries, stats):
        report.reused = len(entries)
    else:
        unusable = entries is None
        with cache.lock() as locked:
            if locked:
                # Another process may have built while we waited for the lock.
                entries = _read_cache(cache, notify=lambda message: None) or {}
            entries, changed = _update(entries or {}, paths, stats, progress, report)
            if changed or unusable:
                report.saved = _save(cache, entries, notify) if locked else False
                if not locked:
                    notify(f"cache {cache.path} is locked or not writable: working from memory")
    try:
        return _assemble(entries, stats, list(problems))
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        notify(f"cache {cache.path} has entries of the wrong shape ({err!r}): rebuilding")
        entries, _ = _update({}, paths, stats, progress, BuildReport())
        if cache.path.exists():
            _save(cache, entries, notify)
        return _assemble(entries, stats, list(problems))


def _stat_all(paths: list[Path]) -> tuple[dict[str, tuple[Path, int, int]], list[SourceProblem]]:
    stats: dict[str, tuple[Path, int, int]] = {}
    problems: list[SourceProblem] = []
    for path in paths:
        try:
            st = path.stat()
        except OSError as err:
            problems.append(SourceProblem(str(path), err.strerror or str(err)))
            continue
        stats[path.name] = (path, st.st_size, st.st_mtime_ns)
    return stats, problems


def _read_cache(cache: Cache, notify: Notify) -> dict[str, dict] | None:
    try:
        return cache.read()
    except CacheUnusable as err:
        notify(f"cache {cache.path} is unusable ({err}): rebuilding")
        return None


def _fresh(entries: dict[str, dict], stats: dict[str, tuple[Path, int, int]]) -> bool:
    if entries.keys() != stats.keys():
        return False
    return all(
        entries[name].get("size") == size and entries[name].get("mtime_ns") == mtime
        for name, (_, size, mtime) in stats.items()
    )


def _update(
    entries: dict[str, dict],
    paths: list[Path],
    stats: dict[str, tuple[Path, int, int]],
    progress: Progress | None,
    report: BuildReport,
) -> tuple[dict[str, dict], bool]:
    updated: dict[str, dict] = {}
    changed = False
    names = [p.name for p in paths if p.name in stats]
    for done, name in enumerate(names, start=1):
        path, size, mtime = stats[name]
        old = entries.get(name)
        if old is not None and old.get("size") == size and old.get("mtime_ns") == mtime:
            updated[name] = old
            report.reused += 1
        else:
            updated[name], parsed = _build_entry(path, size, mtime, old)
            changed = True
            if parsed:
                report.parsed += 1
            else:
                report.reused += 1
        if progress is not None:
            progress(done, len(names), name)
    report.dropped = len(entries.keys() - updated.keys())
    return updated, changed or report.dropped > 0


def _build_entry(path: Path, size: int, mtime: int, old: dict | None) -> tuple[dict, bool]:
    """The cache entry of one file, and whether it had to be parsed.

    The entry keeps the size and mtime seen *before* reading: a file that changes
    while it is read then differs on the next start and is read again.
    """
    try:
        source = read_source(path)
    except SourceError as err:
        problem = {"source": path.name, "sha256": "", "size": -1, "mtime_ns": -1}
        return {**problem, "problem": str(err)}, False
    if old is not None and old.get("sha256") == source.sha256:
        # Touched but not changed: keep the parse, remember the new stat.
        return {**old, "size": size, "mtime_ns": mtime}, False
    entry = {"source": path.name, "sha256": source.sha256, "size": size, "mtime_ns": mtime}
    try:
        text = decode(source.raw)
    except SourceError as err:
        return {**entry, "problem": str(err)}, False
    entry["issue"] = build_issue(source.issue_id, path.name, text).to_dict()
    return entry, True


def _save(cache: Cache, entries: dict[str, dict], notify: Notify) -> bool:
    try:
        cache.write(entries)
        return True
    except OSError as err:
        notify(f"cannot write cache {cache.path} ({err.strerror or err}): working from memory")
        return False


def _assemble(
    entries: dict[str, dict],
    stats: dict[str, tuple[Path, int, int]],
    problems: list[SourceProblem],
) -> Library:
    issues: list[Issue] = []
    for name in sorted(entries):
        entry = entries[name]
        path = stats[name][0] if name in stats else Path(name)
        if "problem" in entry:
            problems.append(SourceProblem(str(path), entry["problem"]))
        else:
            issues.append(Issue.from_dict(entry["issue"]))
    library = Library(issues=issues, problems=problems)
    entities.link_library(library)
    return library
