"""Bringing the store up to date with the folder: parse, index and link what changed.

A build compares the folder with the catalog (snapshot.py). Files new or changed are
read; those whose bytes changed are parsed and indexed, in batches streamed through
worker processes (build_pool.py), each batch its own index segment; the issues they
replace are marked gone in their old segments and taken out of the linked people and
departments (entities.link.Linker), the new ones put in. Only the cache shards that
hold a changed file are written again. Segments left small or mostly gone by many
such builds are merged, from the cache, without parsing. Then the catalog is written,
in one rename: until then the old catalog, shards and segments are the library.
"""

from __future__ import annotations

import contextlib
import os
from bisect import bisect_right
from pathlib import Path

from .cache import SHARD_FILES, SUFFIX, Cache, CacheUnusable, OtherVersion
from .cache_entries import BuildReport, Notify, Progress, build_batch
from .filenames import base_name, stored
from .issue_names import paper_name_of
from .messages import message
from .records import dataclass, field  # dataclasses, without importing it (records.py)
from .shard_layout import Kept
from .snapshot import PAPERS_NAMED, Catalog, Head, index_folder
from .sources import ScanRules

BATCH_BYTES = 2_000_000  # source bytes per batch: a worker's share, one segment
BATCH_FILES = 128
# Source bytes of the entries a build holds before it writes them out as a shard; a
# file this large is written as a shard of its own at once (shard_layout.py).
SHARD_BYTES = 8_000_000
SMALL_SEGMENT = 200  # live articles: segments smaller than this are merged …
SMALL_SEGMENTS = 8  # … once there are this many of them
TOP = 300  # people and departments the catalog lists for the reader's sidebar
SEGMENT_SUFFIX = ".idx"


def _unusable(path: Path, err: CacheUnusable) -> str:
    """What a build says of a cache it cannot use: written by an earlier lcreader, that
    it reads the library again for this version (no versions' names: they say nothing
    to a reader); else why, and that it rebuilds."""
    if isinstance(err, OtherVersion) and err.older:
        return message("cache.updated", path=stored(str(path)))
    return message("cache.unusable", path=stored(str(path)), reason=err)


def segment_file(uid: str) -> str:
    """The file of the segment whose id is `uid`."""
    return f"seg-{uid}{SEGMENT_SUFFIX}"


# Files the catalog no longer lists are removed after this many seconds: a reader
# (lcreader with no command) opened on an older catalog keeps reading them meanwhile.
KEEP_OLD = 600


def _uid() -> str:
    import uuid  # here: with platform, 2.5 ms of every search, which writes nothing

    return uuid.uuid4().hex[:12]


@dataclass
class State:
    """What the catalog says: per file its row, the segments, shards and linked state."""

    sources: dict[str, list] = field(default_factory=dict)  # name -> source row
    stamps: dict[str, tuple[int, int]] = field(default_factory=dict)
    issues: dict[str, dict] = field(default_factory=dict)  # name -> issue row
    segments: list[list] = field(default_factory=list)  # [file, articles, [gone …]]
    shards: list[list[str]] = field(default_factory=list)  # [first name, file]
    links: dict = field(default_factory=dict)  # the link buckets' files (link_store.py)
    top: dict = field(default_factory=dict)  # the catalog's head of people and departments
    meta: dict = field(default_factory=dict)  # the catalog's meta


# A source row: [sha256, issue id or None, problem or None, segment or None, first, articles]
SHA, ISSUE, PROBLEM, SEGMENT, FIRST, COUNT = range(6)


def read_state(catalog: Catalog, head: Head | None) -> State | None:
    if head is None:
        return None
    parts = catalog.read(("sources", "issues", "links", "top"))
    if parts is None:
        return None
    from .link_store import valid_listings

    if not valid_listings(parts["links"]) or not isinstance(parts["top"], dict):
        return None
    names = head.names
    sources, issues = parts["sources"], parts["issues"]
    if not isinstance(sources, list) or len(sources) != len(names):
        return None
    state = State(
        sources=dict(zip(names, sources, strict=True)),
        stamps=dict(zip(names, head.stamps(), strict=True)),
        issues={row["source"]: row for row in issues},
        segments=head.meta.get("segments", []),
        shards=head.meta.get("shards", []),
        links=parts["links"],
        top=parts["top"],
        meta=head.meta,
    )
    return state


def shard_of(shards: list[list[str]], name: str) -> int:
    """Which shard holds (or would hold) a name: the last starting at or before it."""
    return max(0, bisect_right([first for first, _ in shards], name) - 1)


class Restart(Exception):
    """The old cache cannot say what a changed file held: build from nothing."""


class Build:
    """One build: the old state, the folder's files, and what changes."""

    def __init__(self, cache: Cache, catalog: Catalog, old: State | None, notify: Notify):
        self.cache = cache
        self.catalog = catalog
        self.old = old or State()
        self.cold = old is None
        self.notify = notify
        self.index_dir = index_folder(catalog.path)
        self.meta = {"build": catalog.build_version}
        self._pending_index: list[str] = []  # reused entries (cold build) still to index
        self._kept_names: dict[str, list[str]] = {}  # an old shard's names, in order
        self._kept_read: tuple[str, dict[str, dict]] = ("", {})
        from .link_store import LinkFiles, links_folder

        self.links = LinkFiles(links_folder(catalog.path), _uid)

    def run(
        self,
        stats: dict[str, tuple[str, int, int]],
        report: BuildReport,
        progress: Progress | None,
        rules: ScanRules,
    ) -> tuple[Head, dict] | None:
        """Update the store for these files; (new head, catalog parts), or None when
        nothing changed (the old catalog stands). Raises Restart when the old cache
        cannot say what a changed file held (or a link bucket is damaged): the caller
        builds again from nothing (reusing the cache's entries)."""
        from .link_store import LinksUnusable

        try:
            return self._run(stats, report, progress, rules)
        except LinksUnusable as err:
            raise Restart(str(err)) from err

    def _run(self, stats, report, progress, rules) -> tuple[Head, dict] | None:
        from .entities.link import Linker, entry_contribution
        from .link_store import open_tables

        old = self.old
        # A build with no catalog takes the cache's entries of unchanged files as they
        # are, a shard at a time: linked and listed now, their shards kept as written.
        cold_linker = Linker() if self.cold else None
        reused_rows: dict[str, tuple[list, dict | None]] = {}
        reusable = self._reusable(stats, cold_linker, reused_rows) if self.cold else {}
        changed = [n for n in stats if old.stamps.get(n) != stats[n][1:] and n not in reusable]
        removed = [n for n in old.sources if n not in stats]
        report.dropped = len(removed)
        # A catalog written before issue rows named their paper: named once, from the
        # cache, so that naming the issues never reads their entries (issue_names.py).
        unnamed = [n for n, row in old.issues.items() if "paper" not in row and n in stats]
        unnamed = unnamed if not old.meta.get(PAPERS_NAMED) else []  # tried once: unreadable
        if not changed and not removed and not self.cold and not unnamed:
            return None
        # Old entries of what changes: to take their issues out, and to rewrite shards.
        shard_entries = self._read_shards({*changed, *removed})
        entries = {n: e for found in shard_entries.values() for n, e in found.items()}
        for name in [*changed, *removed]:
            if name in old.sources and name not in entries:
                raise Restart(name)
        # Of a changed file's old entry only what taking its issue out needs is kept:
        # its new entry replaces it (or, if its content is the same, it is read again),
        # so a file near the size limit is not held twice while it is parsed.
        from .shard_layout import dropping

        for name in changed:
            if name in entries:
                shard_entries[shard_of(old.shards, name)].pop(name, None)
                entries[name] = dropping(entries[name])
        linker = cold_linker if self.cold else Linker.over(*open_tables(self.links, old.links))
        sources = {n: row for n, row in old.sources.items() if n in stats}
        issues = {n: row for n, row in old.issues.items() if n in stats}
        self._name_papers(issues, [n for n in unnamed if n not in changed])
        segments = [[f, n, list(gone)] for f, n, gone in old.segments]
        by_file = {f: k for k, (f, _, _) in enumerate(segments)}
        for name in removed:
            self._drop(old.sources[name], entries[name], linker, segments, by_file)
        jobs = [
            (Path(stats[n][0]), stats[n][1], stats[n][2], (old.sources.get(n) or [None])[SHA])
            for n in changed
        ]
        new_entries: dict[str, dict] = {}
        # A first build writes its shards as the files come back, in name order, and
        # keeps only what counting needs: the parsed library is never held whole.
        streaming = self.cold and not reusable and not old.shards
        self._streamed: list[list[str]] = []
        self._stream: dict[str, dict] = {}
        self._stream_bytes = 0
        summary: dict[str, tuple[str, bool]] = {}  # name -> (hash, parsed issue)
        done = 0
        groups = self._groups(jobs)
        built = self._batches(groups, rules)
        for batch in groups:
            # Not zip: it keeps its last tuple, and so a batch's entries, until the next.
            results, segment = next(built)
            placed = {}
            if segment is not None:
                file, count, rows = segment
                segments.append([file, count, []])
                by_file[file] = len(segments) - 1
                placed = {source: (file, first, n) for source, first, n in rows}
            for (entry, _), job in zip(results, batch, strict=True):
                name = base_name(str(job[0]))
                done += 1
                if entry is None:  # touched, not changed: the old entry, the new stamp
                    entry = {**self._old_entry(name), "size": job[1], "mtime_ns": job[2]}
                else:
                    if name in old.sources:
                        self._drop(old.sources[name], entries[name], linker, segments, by_file)
                    sources[name] = _row(entry, placed.get(name))
                    issues.pop(name, None)
                    if "issue" in entry:
                        issue = entry["issue"]
                        linker.add(name, issue["id"], issue.get("year"), entry_contribution(issue))
                        issues[name] = _issue_row(entry)
                summary[name] = (entry.get("sha256", ""), "issue" in entry)
                if streaming:
                    self._stream_shard(name, entry)
                elif "issue" in entry and entry["size"] >= SHARD_BYTES:  # written now
                    new_entries[name] = self._write_alone(name, entry)
                else:
                    new_entries[name] = entry
                if progress is not None:
                    progress(done, len(jobs), name)
            if batch_bytes(batch) >= BATCH_BYTES:  # a file alone, as large or larger
                results = entry = issue = None  # held by the shard until it is written
                from .build_pool import release_memory  # here: a search imports this module

                release_memory()  # its heap, fragmented, given back to the system
        for name, kept in reusable.items():
            sources[name], issue_row = reused_rows[name]
            if issue_row is not None:
                issues[name] = issue_row
                self._pending_index.append(name)  # indexed anew (_compact)
            new_entries[name] = kept
        for name in stats:
            sha, parsed = summary.get(name, ("", False))
            if sources[name][PROBLEM] is not None:
                report.skipped += 1
            elif parsed and sha != (old.sources.get(name) or [None])[SHA]:
                report.parsed += 1
            else:
                report.reused += 1
        if streaming:
            self._stream_shard(None, None)
            shards = self._streamed
        else:
            shards = self._write_shards(stats, shard_entries, new_entries, removed)
        segments = self._compact(segments, sources, shards, progress)
        return self._commit(stats, sources, issues, segments, shards, linker)

    # Reading what was

    def _reusable(self, stats, linker, rows: dict) -> dict[str, Kept]:
        """With no catalog: the cache's entries made from files of the same stamp, each
        linked and its rows made as its shard is read, then let go: a lost catalog at
        ×10000 held the whole parsed library (1.3 GB). Which names each shard holds is
        kept, so a shard whose entries are all still good is listed as it is."""
        from .entities.link import entry_contribution

        found: dict[str, Kept] = {}
        said = False
        for file in self.cache.shard_files():
            try:
                entries = self.cache.read_shard(file)
            except CacheUnusable as err:
                if not said:
                    self.notify(_unusable(self.cache.path, err))
                    said = True
                continue
            kept = Kept(file)
            self._kept_names[file] = sorted(entries)
            for name, entry in entries.items():
                stat = stats.get(name)
                if name in found or stat is None or (entry["size"], entry["mtime_ns"]) != stat[1:]:
                    continue
                found[name] = kept
                issue_row = None
                if "issue" in entry:
                    issue = entry["issue"]
                    linker.add(name, issue["id"], issue.get("year"), entry_contribution(issue))
                    issue_row = _issue_row(entry)
                rows[name] = (_row(entry, None), issue_row)
            entries = None
        return found

    def _read_shards(self, names: set[str]) -> dict[int, dict[str, dict]]:
        """The old shards that hold (or will hold) these names, by shard index."""
        shards = self.old.shards
        wanted = {shard_of(shards, n) for n in names} if shards else set()
        out: dict[int, dict[str, dict]] = {}
        for at in sorted(wanted):
            try:
                out[at] = self.cache.read_shard(shards[at][1])
            except CacheUnusable as err:
                self.notify(_unusable(self.cache.path, err))
                out[at] = {}
        return out

    def _name_papers(self, issues: dict[str, dict], names: list[str]) -> None:
        """Issue rows given their paper's name from the old cache, a shard at a time; a
        shard that cannot be read leaves its rows as they were (named when shown)."""
        by_shard: dict[int, list[str]] = {}
        for name in names:
            by_shard.setdefault(shard_of(self.old.shards, name), []).append(name)
        for at, group in sorted(by_shard.items()):
            try:
                entries = self.cache.read_shard(self.old.shards[at][1])
            except CacheUnusable:
                continue
            for name in group:
                issue = (entries.get(name) or {}).get("issue")
                if isinstance(issue, dict):
                    paper = paper_name_of(issue.get("furniture") or [])
                    issues[name] = {**issues[name], "paper": paper}
            entries = None

    def _old_entry(self, name: str) -> dict:
        """A file's entry as the old cache holds it, read again (Restart if it cannot be)."""
        try:
            return self.cache.read_entry(self.old.shards[shard_of(self.old.shards, name)][1], name)
        except CacheUnusable as err:
            raise Restart(name) from err

    def _drop(self, row, entry, linker, segments, by_file) -> None:
        """Take a file's old issue out: its articles gone from its segment, unlinked."""
        from .entities.link import entry_contribution

        if row[SEGMENT] is not None and row[SEGMENT] in by_file:
            gone = segments[by_file[row[SEGMENT]]][2]
            gone.extend(range(row[FIRST], row[FIRST] + row[COUNT]))
            row[SEGMENT] = None
        if "issue" in entry:
            issue = entry["issue"]
            linker.remove(issue["id"], entry_contribution(issue))

    # Parsing and indexing

    def _groups(self, jobs: list) -> list[list]:
        """Jobs in batches of at most BATCH_BYTES (a larger file alone) or BATCH_FILES,
        in order: a worker holds a batch's entries and index, then parses one more."""
        groups, current, size = [], [], 0
        for job in jobs:
            if current and (size + job[1] > BATCH_BYTES or len(current) >= BATCH_FILES):
                groups.append(current)
                current, size = [], 0
            current.append(job)
            size += job[1]
        if current:
            groups.append(current)
        return groups

    def _batches(self, groups: list[list], rules: ScanRules):
        from .build_pool import MIN_FILES, build_all

        self.index_dir.mkdir(parents=True, exist_ok=True)
        files = sum(len(group) for group in groups)
        work = [
            (group, rules, self.index_dir / segment_file(uid), self._seg_meta(uid))
            for group in groups
            for uid in (_uid(),)
        ]
        return build_all(
            build_batch,
            work,
            chunk=1,
            parallel=files >= MIN_FILES,
            weight=lambda item: batch_bytes(item[0]),
        )

    def _seg_meta(self, uid: str) -> dict:
        # The segment's id is its file's name: one copied over another is told apart.
        return {**self.meta, "id": uid}

    # Writing

    def _write_shards(self, stats, old_shards, new_entries, removed) -> list[list[str]]:
        """Write the shards that change; the new shard list."""
        shards = [list(s) for s in self.old.shards]
        if self.cold or not shards:
            return self._lay_out_shards(stats, new_entries)
        touched: dict[int, dict[str, dict]] = {}
        for name in [*new_entries, *removed]:
            at = shard_of(shards, name)
            if at not in touched:
                touched[at] = dict(old_shards.get(at, {}))
            if name in removed:
                touched[at].pop(name, None)
            else:
                touched[at][name] = new_entries[name]
        from .shard_layout import shard_parts

        out: list[list[str]] = []
        for at, (first, file) in enumerate(shards):
            if at not in touched:
                out.append([first, file])
                continue
            entries = touched[at]
            names = sorted(entries)
            size = SHARD_FILES if len(names) > 2 * SHARD_FILES else max(1, len(names))
            for k, part in enumerate(shard_parts(names, entries, size)):
                new_file = self._shard_file(part, entries)
                out.append([first if k == 0 else part[0], new_file])
        if out:
            out[0][0] = ""
        return out

    def _stream_shard(self, name: str | None, entry: dict | None) -> None:
        """Add an entry to the shard being filled; write it when full, of files or of
        their bytes (or when called with None: the last)."""
        if name is not None:
            self._stream[name] = entry
            self._stream_bytes += entry["size"]
        full = len(self._stream) >= SHARD_FILES or self._stream_bytes >= SHARD_BYTES
        if self._stream and (name is None or full):
            file = f"{_uid()}{SUFFIX}"
            self.cache.write_shard(file, self._stream)
            first = "" if not self._streamed else min(self._stream)
            self._streamed.append([first, file])
            self._stream, self._stream_bytes = {}, 0

    def _lay_out_shards(self, stats, new_entries) -> list[list[str]]:
        """The shards of a first build: an old shard listed as it is where every name
        it holds is reused from it and no other name falls among them; the rest
        written anew, in runs of SHARD_FILES."""
        from .shard_layout import shard_parts

        names = [n for n in stats if n in new_entries]
        out: list[list[str]] = []
        pending: list[str] = []

        def write_pending() -> None:
            for part in shard_parts(pending, new_entries, SHARD_FILES):
                out.append([part[0], self._shard_file(part, new_entries)])
            pending.clear()

        at = 0
        while at < len(names):
            entry = new_entries[names[at]]
            if isinstance(entry, Kept):
                whole = self._kept_names[entry.file]
                run = names[at : at + len(whole)]
                if run == whole and all(new_entries[n] is entry for n in run):
                    write_pending()
                    out.append([run[0], entry.file])
                    at += len(run)
                    continue
            pending.append(names[at])
            at += 1
        write_pending()
        if out:
            out[0][0] = ""
        return out

    def _write_alone(self, name: str, entry: dict):
        """A large file's entry written as a shard of its own, now: not held to the end."""
        from .shard_layout import Alone

        file = f"{_uid()}{SUFFIX}"
        self.cache.write_shard(file, {name: entry})
        return Alone(file)

    def _shard_file(self, part: list[str], entries: dict) -> str:
        """The shard file holding these names: written now, or already (Alone)."""
        from .shard_layout import Alone

        if len(part) == 1 and isinstance(entries[part[0]], Alone):
            return entries[part[0]].file
        file = f"{_uid()}{SUFFIX}"
        self.cache.write_shard(file, {n: self._entry(n, entries[n]) for n in part})
        return file

    def _entry(self, name: str, entry: dict | Kept) -> dict:
        """An entry, read from its old shard if it was left there (the last one read
        held: names are written in order, so their shards come in runs)."""
        if not isinstance(entry, Kept):
            return entry
        if self._kept_read[0] != entry.file:
            self._kept_read = ("", {})  # let go before the next is read
            try:
                self._kept_read = (entry.file, self.cache.read_shard(entry.file))
            except CacheUnusable as err:
                raise Restart(name) from err
        return self._kept_read[1][name]

    def _compact(self, segments, sources, shards, progress=None) -> list[list]:
        """Merge the small and the mostly-gone segments, from the cache (and index the
        entries a first build took from it)."""
        small = [s for s in segments if s[1] - len(s[2]) < SMALL_SEGMENT]
        emptied = [s for s in segments if s[1] and len(s[2]) * 2 > s[1]]
        pending = self._pending_index
        if len(small) < SMALL_SEGMENTS and not emptied and not pending:
            return [s for s in segments if len(s[2]) < s[1]]
        merge = {s[0] for s in (small if len(small) >= SMALL_SEGMENTS else [])}
        merge |= {s[0] for s in emptied}
        names = sorted({n for n, row in sources.items() if row[SEGMENT] in merge} | set(pending))
        kept = [s for s in segments if s[0] not in merge and len(s[2]) < s[1]]
        if not names:
            return kept
        from .model import Issue
        from .search.postings import SegmentBuilder

        # In batches of BATCH_FILES, one segment each, one shard read at a time (names
        # and shards are in the same order): a lost catalog at ×10000 re-indexes the
        # whole cache without holding it, or its index, whole.
        written: list[list] = []
        current: tuple[int | None, dict[str, dict]] = (None, {})
        progress = progress if pending else None  # (a lost catalog at ×10000: 76 s)
        for start in range(0, len(names), BATCH_FILES):
            if progress is not None:
                progress(start + 1, len(names), names[start], "build.indexing")
            builder = SegmentBuilder()
            placed = []
            for name in names[start : start + BATCH_FILES]:
                at = shard_of(shards, name)
                if at != current[0]:
                    current = (at, self.cache.read_shard(shards[at][1]))
                entry = current[1][name]
                issue = Issue.from_dict(entry["issue"])
                placed.append((name, builder.n, len(issue.articles)))
                builder.add_issue(issue, entry["sha256"])
            written += self._write_segment(builder, placed, sources)
        return [*kept, *written]

    def _write_segment(self, builder, placed, sources) -> list[list]:
        """The segment of these issues written; its [file, articles, gone] (none if empty)."""
        if not builder.n:
            for name, _, _ in placed:
                sources[name][SEGMENT:] = [None, 0, 0]
            return []
        uid = _uid()
        file = segment_file(uid)
        from .safe_files import write_atomically

        write_atomically(self.index_dir / file, builder.encode(self._seg_meta(uid)))
        for name, first, count in placed:
            sources[name][SEGMENT:] = [file, first, count]
        return [[file, builder.n, []]]

    def _commit(self, stats, sources, issues, segments, shards, linker) -> tuple[Head, dict]:
        names = list(stats)
        rank = {}
        issue_rows = []
        for name in names:
            row = issues.get(name)
            if row is not None:
                rank[row["id"]] = len(issue_rows)
                issue_rows.append(row)
        from .entities.link import article_order
        from .link_store import ranked_head

        old_top = None if self.cold else self.old.top
        orders: list[dict] = []

        def order() -> dict[str, int]:  # made once, when a row is made
            if not orders:
                orders.append(article_order((r["id"], len(r["titles"])) for r in issue_rows))
            return orders[0]

        people, people_next = ranked_head(
            linker.people, _kept(old_top, "people"), TOP, lambda e: _person_rows(e, rank, order())
        )
        depts, depts_next = ranked_head(
            linker.depts, _kept(old_top, "departments"), TOP, lambda e: _dept_rows(e, rank, order())
        )
        top = {
            "people": people,
            "people_next": people_next,
            "people_count": len(linker.people),
            "departments": depts,
            "departments_next": depts_next,
            "departments_count": len(linker.depts),
        }
        problems = [[n, sources[n][PROBLEM]] for n in names if sources[n][PROBLEM] is not None]
        meta = {
            "segments": segments,
            "shards": shards,
            "departments": self._department_aliases(linker.depts, depts, depts_next),
            "problems": problems,
            # Issue rows name their papers (a catalog of before is named at its next open).
            PAPERS_NAMED: 1,
        }
        parts = {
            "sources": [sources[n] for n in names],
            "issues": issue_rows,
            "links": self._save_links(linker),
            "top": top,
        }
        stamps = [stats[n][1:] for n in names]
        self.catalog.write(meta, names, stamps, **parts)
        self._collect(segments, shards, parts["links"])
        from .snapshot import encode_names, encode_stamps

        head = Head({**meta, "build": self.catalog.build_version}, encode_names(names),
                    encode_stamps(stamps))  # fmt: skip
        return head, parts

    def _save_links(self, linker) -> dict:
        """The changed link buckets written (all of them, on a first build); their list."""
        from .link_store import save_tables

        return save_tables(self.links, linker.people, linker.depts)

    def _department_aliases(self, table, rows, nexts) -> dict[str, list[str]]:
        """Every linked department's aliases (what `dept:` matches), the most mentioned
        first: the head's in its order, the rest as the last build listed them (or, for
        those of the buckets read, by name)."""
        from .entities.departments import load_department_index
        from .link_store import Buckets, bucket_of
        from .textkey import fold

        out = {row[0]: row[1] for row in rows}
        index = load_department_index()

        def aliases(name: str) -> list[str]:
            entry = index.entries.get(name)
            return list(entry.aliases) if entry else []

        out.update((name, aliases(name)) for _, _, name in nexts if name not in out)
        if len(out) >= len(table):
            return out
        from .entities.link import _shown

        read = table.parts if isinstance(table, Buckets) else None
        if read is not None:
            old = self.old.meta.get("departments", {})
            out.update(
                (n, a) for n, a in old.items() if n not in out and bucket_of(fold(n)) not in read
            )
            found = [_shown(e[0]) for part in read.values() for e in part.values()]
        else:
            found = [_shown(e[0]) for e in table.values()]
        out.update((name, aliases(name)) for name in sorted(found) if name not in out)
        return out

    def _collect(self, segments, shards, links) -> None:
        """Remove the segment, shard and link files the new catalog no longer lists, once
        they are KEEP_OLD seconds old: a reader opened on an older catalog still reads
        them."""
        _remove_old(self.index_dir, SEGMENT_SUFFIX, {s[0] for s in segments})
        _remove_old(self.cache.folder, SUFFIX, {file for _, file in shards})
        from .link_store import KINDS
        from .link_store import SUFFIX as LINKS_SUFFIX

        listed = {where[0] for kind in KINDS for where in links[kind]}
        _remove_old(self.links.folder, LINKS_SUFFIX, listed)


# Beside the files: when each file the catalog stopped listing was first seen unlisted.
RETIRED = ".retired.json"
RETIRED_BYTES = 4_000_000  # a name and a time for each file retired: thousands at most


def _remove_old(folder: Path, suffix: str, keep: set[str]) -> None:
    """Remove what no catalog lists KEEP_OLD seconds after it was first found unlisted
    (not after it was written: a cache built yesterday is still read by a reader opened
    on its catalog a minute ago), and temporary files KEEP_OLD seconds old."""
    import json
    import time

    now = time.time()
    try:
        listed = os.listdir(folder)
    except OSError:
        return
    record = folder / RETIRED
    from .safe_files import parsed_json, read_small

    try:
        # (read as a state file is: a FIFO or a link to a device in its place never waits
        # nor fills the memory)
        raw = read_small(record, RETIRED_BYTES)
        seen = parsed_json(raw) if raw is not None else {}
        retired = {k: float(v) for k, v in seen.items()} if isinstance(seen, dict) else {}
    except (OSError, ValueError, TypeError):
        retired = {}  # none yet, or damaged: every unlisted file starts its wait now
    kept: dict[str, float] = {}
    for file in listed:
        path = folder / file
        if file == RETIRED:
            continue
        if file.startswith("."):
            # A dot file is a temporary one left by a write that was killed (link buckets
            # are written without looking for them: their names are new each time).
            with contextlib.suppress(OSError):
                if now - path.stat().st_mtime > KEEP_OLD:
                    path.unlink()
        elif file.endswith(suffix) and file not in keep:
            since = retired.get(file, now)
            if now - since > KEEP_OLD:
                with contextlib.suppress(OSError):
                    path.unlink()
            else:
                kept[file] = since
    if kept != retired:
        from .safe_files import write_atomically

        with contextlib.suppress(OSError):
            write_atomically(record, [json.dumps(kept).encode("utf-8")], durable=False)


def batch_bytes(batch: list) -> int:
    """A batch's source bytes: what a worker holds, and sends back, grows with them."""
    return sum(job[1] for job in batch)


def _row(entry: dict, placed: tuple[str, int, int] | None) -> list:
    file, first, count = placed if placed is not None else (None, 0, 0)
    issue = entry.get("issue")
    return [
        entry["sha256"],
        issue["id"] if issue else None,
        entry.get("problem"),
        file,
        first,
        count,
    ]


def _issue_row(entry: dict) -> dict:
    issue = entry["issue"]
    return {
        "source": entry["source"],
        "sha": entry["sha256"],
        "id": issue["id"],
        "title": issue["title"],
        "year": issue.get("year"),
        "date": issue.get("date"),
        "number": issue.get("number"),
        "pages": issue.get("pages", []),
        "titles": [a["title"] for a in issue["articles"]],
        "paper": paper_name_of(issue.get("furniture", [])),
    }


def _kept(top: dict | None, kind: str) -> dict | None:
    """What the catalog kept of a table's head (link_store.ranked_head), if anything."""
    if not top or f"{kind}_next" not in top:
        return None
    return {"rows": top[kind], "next": top[f"{kind}_next"], "count": top[f"{kind}_count"]}


def _person_rows(entries: dict[str, list], rank: dict[str, int], order: dict) -> list[list]:
    """These people's rows (head_rows.py), in the order given."""
    from .entities.link import Linker

    part = Linker()
    part.people = entries
    from .head_rows import person_row

    made = {p.name: person_row(p) for p in part.people_list(rank, order)}
    return [made[_shown_name(e[0])] for e in entries.values()]


def _dept_rows(entries: dict[str, list], rank: dict[str, int], order: dict) -> list[list]:
    from .entities.link import Linker

    part = Linker()
    part.depts = entries
    from .head_rows import department_row

    made = {d.name: department_row(d) for d in part.departments_list(rank, order)}
    return [made[_shown_name(e[0])] for e in entries.values()]


def _shown_name(forms: dict) -> str:
    from .entities.link import _shown

    return _shown(forms)
