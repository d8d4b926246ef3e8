"""Open a library: read the folder, bring the store up to date, give the model and index.

Three ways in, from cheapest: `open_index` searches from the catalog's head and the
index segments alone when they match the folder (no cache read, no parser imported);
`open_library` gives the model, loaded lazily (stored.py); `open_library_and_index`
gives both, for the reader. When the folder changed, a build (store_build.py) parses
and indexes what changed first, under the build lock.
"""

from __future__ import annotations

import errno
import os

from .build_report import BuildReport, Notify, Progress, source_problem
from .filenames import stored
from .messages import message, system_error
from .snapshot import PAPERS_NAMED, Catalog, Head, index_folder
from .sources import DEFAULT_RULES, ScanRules, scan_named
from .versions import ENTITIES_VERSION, FOLD_VERSION, PARSER_VERSION, data_fingerprint

__all__ = [
    "BuildReport",
    "LibraryError",
    "build_version",
    "open_index",
    "open_library",
    "open_library_and_index",
]

# typing.TYPE_CHECKING without importing typing, which costs a search 5 ms. The model
# and the parser's side (cache_entries) are imported where a library is loaded or
# built: a search from a fresh index needs neither.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from .model import Library, SourceProblem
    from .search import SearchIndex


def __getattr__(name: str):
    if name == "build_issue":  # parse and annotate one issue (tests, benchmarks)
        from .cache_entries import build_issue

        return build_issue
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def build_version() -> str:
    """Changes with the parser, entity rules, their data or folding: the store rebuilds."""
    return f"p{PARSER_VERSION}-e{ENTITIES_VERSION}-f{FOLD_VERSION}-{data_fingerprint()}"


class LibraryError(Exception):
    """The library cannot be opened at all; the message says why."""


class _Unusable(Exception):
    """A part of the catalog cannot be read (damaged, or replaced since): build again."""


class Opened:
    """What a library's store holds now: the catalog's head (None: working from memory),
    the catalog parts the build has in hand, the files skipped, the folder's stamps,
    and the library and index when working from memory."""

    __slots__ = ("head", "memory", "parts", "problems", "stats")

    def __init__(
        self,
        head: Head | None,
        parts: dict | None,
        problems: list[SourceProblem],
        stats: dict[str, tuple[str, int, int]],
        memory: tuple[Library, SearchIndex] | None = None,
    ) -> None:
        self.head = head
        self.parts = parts
        self.problems = problems
        self.stats = stats
        self.memory = memory


def open_library(
    folder: Path,
    cache_path: Path,
    notify: Notify = lambda message: None,
    progress: Progress | None = None,
    report: BuildReport | None = None,
    rules: ScanRules = DEFAULT_RULES,
) -> Library:
    """The library, brought up to date; its articles are read when used."""
    opened = _open(folder, cache_path, notify, progress, report, rules)
    rebuild = _rebuilder(folder, cache_path, notify, rules)
    try:
        return _library(opened, cache_path, rebuild)
    except _Unusable:  # a part of the catalog past its head is damaged: built again
        opened = _open(folder, cache_path, notify, progress, _fresh(report), rules, rebuild=True)
        return _library(opened, cache_path, rebuild)


def _rebuilder(folder: Path, cache_path: Path, notify: Notify, rules: ScanRules):
    """What builds the store again when a part of it is found damaged as it is read."""
    return lambda: _open(folder, cache_path, notify, None, None, rules, rebuild=True)


def open_library_and_index(
    folder: Path,
    cache_path: Path,
    notify: Notify = lambda message: None,
    progress: Progress | None = None,
    report: BuildReport | None = None,
    rules: ScanRules = DEFAULT_RULES,
    verify: bool = False,
) -> tuple[Library, SearchIndex]:
    """The library and its search index. With `verify`, every file of the store is
    checked whole first and whatever fails is rebuilt: how `build` repairs the store
    (otherwise each part is checked as it is read)."""
    opened = _open(folder, cache_path, notify, progress, report, rules, check=verify)
    rebuild = _rebuilder(folder, cache_path, notify, rules)
    try:
        library = _library(opened, cache_path, rebuild)
    except _Unusable:  # a part of the catalog past its head is damaged: built again
        opened = _open(folder, cache_path, notify, progress, _fresh(report), rules, rebuild=True)
        library = _library(opened, cache_path, rebuild)
    if opened.memory is not None:
        return opened.memory
    index = _index(opened, cache_path, library.article)
    if index is None:  # a damaged segment: build the index again
        opened = _open(folder, cache_path, notify, progress, report, rules, rebuild=True)
        library = _library(opened, cache_path, rebuild)
        index = _index(opened, cache_path, library.article)
    index.repair = lambda: open_library_and_index(
        folder, cache_path, notify, None, None, rules, verify=True
    )[1]
    return library, index


def open_index(
    folder: Path,
    cache_path: Path,
    notify: Notify = lambda message: None,
    progress: Progress | None = None,
    report: BuildReport | None = None,
    rules: ScanRules = DEFAULT_RULES,
    rebuild: bool = False,
) -> tuple[SearchIndex, list[SourceProblem]]:
    """The search index and the files skipped; from the catalog's head alone when fresh
    (`rebuild`: the index built again from the cache, when a read found it damaged)."""
    opened = _open(folder, cache_path, notify, progress, report, rules, rebuild=rebuild)
    if opened.memory is not None:
        return opened.memory[1], opened.memory[0].problems
    index = _index(opened, cache_path, None)
    if index is None:
        opened = _open(folder, cache_path, notify, progress, report, rules, rebuild=True)
        if opened.memory is not None:
            return opened.memory[1], opened.memory[0].problems
        index = _index(opened, cache_path, None)
    index.repair = lambda: open_index(folder, cache_path, notify, None, None, rules, True)[0]
    return index, opened.problems


def cached_entries(cache_path: Path) -> dict[str, dict]:
    """Every entry of the cache shards the catalog lists (doctor, tests); CacheUnusable
    when one cannot be used, {} when there is no catalog."""
    from .cache import Cache

    head = Catalog(cache_path, build_version()).read_head()
    if head is None:
        return {}
    cache = Cache(cache_path, build_version())
    entries: dict[str, dict] = {}
    for _, file in head.meta.get("shards", []):
        entries.update(cache.read_shard(file))
    return entries


def _fresh(report: BuildReport | None) -> BuildReport | None:
    """The report counted afresh, for a build run again."""
    if report is not None:
        report.parsed = report.reused = report.skipped = report.dropped = 0
    return report


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
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise LibraryError(message("library.not_a_folder", folder=shown))
    if not os.path.isdir(folder):
        raise LibraryError(message("library.not_found", folder=shown))
    try:
        found, names, problems = scan_named(folder, rules)
    except OSError as err:
        error = system_error(err)
        raise LibraryError(message("library.unlistable", folder=shown, error=error)) from err
    stats = dict(zip(map(stored, names), found, strict=True))
    return stats, problems


def _open(
    folder: Path,
    cache_path: Path,
    notify: Notify,
    progress: Progress | None,
    report: BuildReport | None,
    rules: ScanRules,
    check: bool = False,
    rebuild: bool = False,
) -> Opened:
    """The store brought up to date with the folder (built under the lock if it is not)."""
    report = report if report is not None else BuildReport()
    stats, problems = _scan(folder, rules)
    catalog = Catalog(cache_path, build_version())
    head = None if rebuild else catalog.read_head()
    if _current(head, stats) and not (check and not _sound(catalog, head)):
        listed = [source_problem(stats, n, str(r)) for n, r in head.meta.get("problems", [])]
        report.skipped = len(problems) + len(listed)
        report.reused = len(stats) - len(listed)
        return Opened(head, None, problems + listed, stats)
    from pathlib import Path

    from .cache import Cache
    from .cache_entries import gc_paused
    from .safe_files import lock_problem
    from .store_build import Build, Restart, read_state

    # A build names its files through Paths (a search from a fresh index, as text).
    folder, cache_path = Path(folder), Path(cache_path)
    catalog = Catalog(cache_path, catalog.build_version)
    cache = Cache(cache_path, catalog.build_version)
    refused = len(problems)
    with cache.lock() as held:
        if not held:
            problem = lock_problem(cache.path)
            said = message("cache.locked", path=stored(str(cache_path)))
            notify(said if problem is None else message("files.because", said=said, why=problem))
            return _in_memory(stats, problems, report, progress, rules)
        # Another process may have built while we waited for the lock.
        head = None if rebuild else catalog.read_head()
        if _current(head, stats) and not check:
            listed = [source_problem(stats, n, str(r)) for n, r in head.meta.get("problems", [])]
            report.skipped, report.reused = refused + len(listed), len(stats) - len(listed)
            return Opened(head, None, problems + listed, stats)
        try:
            with gc_paused():  # the state read is millions of objects at ×10000
                unsound = check and head is not None and not _sound(catalog, head)
                state = None if rebuild or unsound else read_state(catalog, head)
                try:
                    built = Build(cache, catalog, state, notify).run(stats, report, progress, rules)
                except Restart:
                    report.parsed = report.reused = report.skipped = 0
                    built = Build(cache, catalog, None, notify).run(stats, report, progress, rules)
        except OSError as err:
            error = system_error(err)
            notify(message("cache.unwritable", path=stored(str(cache_path)), error=error))
            return _in_memory(stats, problems, BuildReport(), progress, rules, report)
        if built is None:  # nothing changed since the head was read
            built = head, None
        head, parts = built
        listed = [source_problem(stats, n, str(r)) for n, r in head.meta.get("problems", [])]
        if parts is None:
            report.skipped, report.reused = len(listed), len(stats) - len(listed)
        report.skipped += refused
        report.saved = parts is not None
        return Opened(head, parts, problems + listed, stats)


def _current(head: Head | None, stats: dict) -> bool:
    """Whether the catalog holds the folder as it is, nothing to build (a catalog whose
    issue rows do not name their papers yet is brought up to date once)."""
    return head is not None and head.fresh(stats) and bool(head.meta.get(PAPERS_NAMED))


def _sound(catalog: Catalog, head: Head) -> bool:
    """Whether every section of the catalog and every file it lists (segments, shards,
    link buckets) passes its checksums (what `build` verifies before use). The shape of
    what they hold is checked where it is read: every part is written whole by lcreader
    and replaced in one rename, so bytes that pass their checksums are the bytes written."""
    parts = catalog.read(("links",), every=True)  # the others parsed when the build reads them
    if parts is None:
        return False
    from concurrent.futures import ThreadPoolExecutor

    from .build_pool import jobs
    from .cache import Cache
    from .link_store import LinkFiles, links_folder

    cache = Cache(catalog.path, catalog.build_version)

    def segment_sound(segment) -> None:
        try:
            segment.mapped.verify(0, len(segment.mapped._body))
        finally:
            segment.close()

    try:
        LinkFiles(links_folder(catalog.path), str).verify(parts["links"])
        checks = [(cache.check_shard, file) for _, file in head.meta.get("shards", [])]
        checks += [(segment_sound, segment) for segment in _segments(head, catalog.path)]
        # Reading and checksums let go of the interpreter: the files are checked at once.
        with ThreadPoolExecutor(jobs()) as pool:
            for _ in pool.map(lambda check: check[0](check[1]), checks):
                pass
    except Exception:
        return False
    return True


def _segments(head: Head, cache_path: Path) -> list:
    from .mapped_files import open_mapped
    from .safe_files import Damaged
    from .search.layout import SEGMENT_MAGIC
    from .search.segment import Segment

    folder = index_folder(cache_path)
    out = []
    for file, count, _ in head.meta.get("segments", []):
        mapped = open_mapped(os.path.join(folder, file), SEGMENT_MAGIC)
        if mapped is None:
            raise Damaged(f"segment {file} is missing")
        segment = Segment(mapped, head.meta.get("build"))
        # A segment knows its own file: another build's copied over it is not this one.
        if segment.n != count or file != f"seg-{segment.id}.idx":
            raise Damaged(f"segment {file} is not the one the catalog lists")
        out.append(segment)
    return out


def _index(opened: Opened, cache_path: Path, documents) -> SearchIndex | None:
    """The index of the store's segments; None when one is damaged or missing."""
    from .safe_files import Damaged, NotRegularFile
    from .search import SearchIndex

    head = opened.head
    try:
        segments = _segments(head, cache_path)
    except NotRegularFile:
        raise
    except (Damaged, OSError, ValueError):
        return None
    dead = [gone for _, _, gone in head.meta.get("segments", [])]
    departments = head.meta.get("departments", {})
    index = SearchIndex.from_segments(segments, dead, documents, departments)
    if documents is None:
        index.documents, index.issue_entry = _documents(
            head, cache_path, index.issue_sources, opened.stats
        )
    return index


def _documents(
    head: Head,
    cache_path: Path,
    sources: dict[str, tuple[str, str]],
    stats: dict[str, tuple[str, int, int]],
):
    """Article id → its text fields (text_fields.EntryText), read from the cache by its
    issue, for a search's hits: the entry as stored, never made the model's Issue; and
    issue id → that entry, to name a hit's issue. `sources`: issue id → (source name,
    hash), as the index found them."""
    from .cache import Cache
    from .stored_entries import Entries
    from .text_fields import EntryText

    entries = Entries(
        Cache(cache_path, head.meta.get("build", "")),
        head.meta.get("shards", []),
        _parse_again(stats),  # a damaged shard: its files read again, as the library does
    )

    def issue_entry(issue_id: str) -> dict | None:
        if issue_id not in sources:
            return None
        source, sha = sources[issue_id]
        return entries.issue(source, sha or None)  # kept by Entries once read

    def article(article_id: str):
        issue = issue_entry(article_id.rpartition("/")[0])
        if issue is None:
            return None
        found = next((a for a in issue.get("articles", ()) if a.get("id") == article_id), None)
        return EntryText(found) if found is not None else None

    return article, issue_entry


def _parse_again(stats: dict[str, tuple[str, int, int]]):
    """What reads a file again when its shard is damaged: its issue, if the file is
    still the one the catalog says (its hash), else StaleLibrary."""

    def parse_again(source: str, sha: str | None) -> dict:
        from .cache_entries import _built
        from .stored_entries import StaleLibrary

        if source not in stats:
            raise StaleLibrary(source)
        path, size, mtime = stats[source]
        # The folder listed it under its rules; read it again without a size cap, and
        # through no link that leaves the folder.
        from pathlib import Path

        entry, issue = _built((Path(path), size, mtime, None, ScanRules(max_size=1 << 62)))
        if issue is None or (sha is not None and entry.get("sha256") != sha):
            raise StaleLibrary(source)
        return issue.to_dict()

    return parse_again


def _library(opened: Opened, cache_path: Path, rebuild=None) -> Library:
    """The stored library of the store as opened, or the one built in memory.
    `rebuild()`: builds the store again, for a part found damaged when read."""
    if opened.memory is not None:
        return opened.memory[0]
    from .cache import Cache
    from .cache_entries import gc_paused
    from .stored import Entries, StoredLibrary

    head = opened.head
    parts = opened.parts
    catalog = Catalog(cache_path, head.meta.get("build", ""))
    if parts is None or "top" not in parts:
        parts = catalog.read(("issues", "top"))
        if parts is None:
            raise _Unusable(cache_path)
    cache = Cache(cache_path, head.meta.get("build", ""))
    entries = Entries(cache, head.meta.get("shards", []), _parse_again(opened.stats))

    def links():
        from .entities.link import Linker
        from .link_store import LinkFiles, LinksUnusable, links_folder, read_whole

        for attempt in range(2):
            found = Catalog(cache_path, head.meta.get("build", "")).read(("links",))
            try:
                if found is None:
                    raise LinksUnusable(str(cache_path))
                files = LinkFiles(links_folder(cache_path), str)
                linker = Linker.over(*read_whole(files, found["links"]))
                break
            except LinksUnusable:
                # A damaged or missing link pack: built again once (the sources are
                # what they were), else the store is changing under us.
                if attempt or rebuild is None:
                    path = stored(str(cache_path))
                    raise LibraryError(message("cache.changed_while_read", path=path)) from None
                rebuild()
        rank = {row["id"]: k for k, row in enumerate(parts["issues"])}
        return linker.people_list(rank), linker.departments_list(rank)

    with gc_paused():
        return StoredLibrary(parts["issues"], opened.problems, entries, parts["top"], links)


def _in_memory(
    stats: dict[str, tuple[str, int, int]],
    problems: list[SourceProblem],
    report: BuildReport,
    progress: Progress | None,
    rules: ScanRules,
    counted: BuildReport | None = None,
) -> Opened:
    """Every file parsed here and kept in memory: the store cannot be written."""
    from pathlib import Path

    from .build_pool import build_all
    from .cache_entries import build_job
    from .entities import link_library
    from .model import Issue, Library
    from .search import SearchIndex

    jobs = [(Path(path), size, mtime, None, rules) for path, size, mtime in stats.values()]
    issues, found = [], list(problems)
    report.skipped = len(problems)
    for done, (name, (entry, _)) in enumerate(
        zip(stats, build_all(build_job, jobs), strict=False), start=1
    ):
        if "problem" in entry:
            found.append(source_problem(stats, name, entry["problem"]))
            report.skipped += 1
        else:
            issues.append(Issue.from_dict(entry["issue"]))
            report.parsed += 1
        if progress is not None:
            progress(done, len(jobs), name)
    if counted is not None:
        counted.parsed, counted.reused, counted.skipped = report.parsed, 0, report.skipped
        counted.saved = False
    library = Library(issues=issues, problems=found)
    link_library(library)
    return Opened(None, None, found, stats, (library, SearchIndex(library)))
