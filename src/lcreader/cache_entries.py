"""Cache entries, one per source file: read and parse what changed, assemble the model."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .cache import Cache, CacheUnusable
from .filenames import base_name, stored
from .messages import message, system_error
from .model import Department, Issue, Library, Person, SourceProblem
from .sources import DEFAULT_RULES, ScanRules, SourceError, decode, read_source, within_limits

Notify = Callable[[str], None]
Progress = Callable[[int, int, str], None]


@dataclass
class BuildReport:
    """What opening a library did with each file it saw, and with the cache.

    Every file seen is counted once: parsed now, reused from the cache (unchanged), or
    skipped (unusable: empty, binary, too large, a link out of the folder …, each named
    on stderr). `dropped` counts cache entries of files gone since: not files seen.
    """

    parsed: int = 0
    reused: int = 0
    skipped: int = 0
    dropped: int = 0
    saved: bool = False

    @property
    def files(self) -> int:
        return self.parsed + self.reused + self.skipped


def build_issue(issue_id: str, source: str, text: str) -> Issue:
    """Parse one issue's text and find the people and departments in it."""
    from .entities import annotate_issue
    from .parse import parse_issue

    issue = parse_issue(issue_id, source, text)
    annotate_issue(issue)
    return issue


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic collection while loading, and none of what was loaded scanned later.

    The model holds no reference cycles, and with millions of new objects every
    collection would scan them all again (a tenth of a second each, at ×1000).
    Frozen objects are still freed by reference counting when dropped.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def summary(entries: dict[str, dict]) -> dict[str, dict]:
    """What the snapshot keeps of each cache entry: its stats, hash, issue id or problem."""
    summed = {}
    for name, entry in entries.items():
        kept = {k: entry[k] for k in ("size", "mtime_ns", "sha256", "problem") if k in entry}
        if "issue" in entry:
            kept["issue_id"] = entry["issue"]["id"]
        summed[name] = kept
    return summed


def source_problem(stats: dict[str, tuple[str, int, int]], name: str, reason: str) -> SourceProblem:
    """A file's problem, named by its path when the folder still lists it."""
    return SourceProblem(stored(stats[name][0]) if name in stats else name, reason)


def file_stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def read_cache(cache: Cache, notify: Notify) -> dict[str, dict] | None:
    try:
        return cache.read()
    except CacheUnusable as err:
        notify(message("cache.unusable", path=stored(str(cache.path)), reason=err))
        return None


def is_fresh(entries: dict[str, dict], stats: dict[str, tuple[str, int, int]]) -> bool:
    return entries.keys() == stats.keys() and all(_same_stat(entries, stats, n) for n in stats)


def _same_stat(entries: dict[str, dict], stats: dict[str, tuple[str, int, int]], name: str) -> bool:
    """Whether the file's cache entry was made from a file of this size and mtime."""
    old = entries.get(name)
    _, size, mtime = stats[name]
    return old is not None and old.get("size") == size and old.get("mtime_ns") == mtime


def update(
    entries: dict[str, dict],
    stats: dict[str, tuple[str, int, int]],
    progress: Progress | None,
    report: BuildReport,
    rules: ScanRules = DEFAULT_RULES,
) -> tuple[dict[str, dict], bool]:
    """Entries for the files in `stats` (in name order); only changed files are read."""
    from .build_pool import build_all

    unchanged = {name for name in stats if _same_stat(entries, stats, name)}
    jobs = [
        (Path(path), size, mtime, entries.get(name, {}).get("sha256"), rules)
        for name, (path, size, mtime) in stats.items()
        if name not in unchanged
    ]
    built = build_all(build_job, jobs)
    updated: dict[str, dict] = {}
    changed = False
    for done, name in enumerate(stats, start=1):
        parsed = False
        if name in unchanged:
            updated[name] = entries[name]
        else:
            entry, parsed = next(built)
            if entry is None:  # touched but not changed: keep the parse, with the new stat
                _, size, mtime = stats[name]
                entry = {**entries[name], "size": size, "mtime_ns": mtime}
            updated[name] = entry
            changed = True
        # A file that could not be used is skipped, whether found now or remembered.
        if "problem" in updated[name]:
            report.skipped += 1
        elif parsed:
            report.parsed += 1
        else:
            report.reused += 1
        if progress is not None:
            progress(done, len(stats), name)
    report.dropped = len(entries.keys() - updated.keys())
    return updated, changed or report.dropped > 0


def build_job(job: tuple[Path, int, int, str | None, ScanRules]) -> tuple[dict | None, bool]:
    """The cache entry of one file (None: its content is the old entry's), and whether
    it had to be parsed.

    The entry keeps the size and mtime seen *before* reading: a file that changes
    while it is read then differs on the next start and is read again. A file that
    cannot be read keeps them too, so the cache stays fresh until the file changes.
    One file's forms are held one after another, not all at once: the bytes go once
    decoded, the text once parsed, the Issue once written as a dict.
    """
    path, size, mtime, old_sha256, rules = job
    name = base_name(str(path))
    entry = {"source": name, "sha256": "", "size": size, "mtime_ns": mtime}
    try:
        source = read_source(path, rules)
    except SourceError as err:
        return {**entry, "problem": str(err)}, False
    if old_sha256 is not None and old_sha256 == source.sha256:
        return None, False
    entry["sha256"], issue_id = source.sha256, source.issue_id
    try:
        text = decode(source.raw)
    except SourceError as err:
        return {**entry, "problem": str(err)}, False
    finally:
        del source  # the bytes: the text is all the parser needs
    try:
        issue = build_issue(issue_id, name, within_limits(text))
    except SourceError as err:
        return {**entry, "problem": str(err)}, False
    finally:
        del text
    entry["issue"] = issue.to_dict()
    return entry, True


def save(cache: Cache, entries: dict[str, dict], notify: Notify) -> bool:
    try:
        cache.write(entries)
        return True
    except OSError as err:
        error = system_error(err)
        notify(message("cache.unwritable", path=stored(str(cache.path)), error=error))
        return False


def assemble(
    entries: dict[str, dict],
    stats: dict[str, tuple[str, int, int]],
    problems: list[SourceProblem],
    linked: tuple[list[Person], list[Department]] | None = None,
) -> Library:
    issues: list[Issue] = []
    for name in sorted(entries):
        entry = entries[name]
        if "problem" in entry:
            problems.append(source_problem(stats, name, entry["problem"]))
        else:
            issues.append(Issue.from_dict(entry["issue"]))
    library = Library(issues=issues, problems=problems)
    if linked is not None:
        library.people, library.departments = linked
    else:
        from .entities import link_library

        link_library(library)
    return library
