"""Cache entries, one per source file: read and parse what changed, assemble the model."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from pathlib import Path

from .build_report import BuildReport, Notify, Progress, source_problem
from .corrections_file import load as load_corrections
from .corrections_stamps import change_stamp
from .filenames import base_name
from .messages import message
from .model import Issue
from .sources import ScanRules, SourceError, decode, read_source, within_limits

__all__ = ["BuildReport", "Notify", "Progress", "build_issue", "gc_paused", "source_problem"]


def build_issue(issue_id: str, source: str, text: str, fixes=None) -> Issue:
    """Parse one issue's text, after the user's corrections (`fixes`, a
    corrections_file.Loaded), and find the people and departments in it."""
    from .entities import annotate_issue
    from .parse import parse_issue

    if fixes is None:
        issue = parse_issue(issue_id, source, text)
    else:
        issue = parse_issue(issue_id, source, text, fixes.corrections, fixes.reason)
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


def file_stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, change_stamp(st)


def build_job(job: tuple[Path, int, int, str | None, ScanRules]) -> tuple[dict | None, bool]:
    """The cache entry of one file (None: its content is the old entry's), and whether
    it had to be parsed."""
    entry, issue = _built(job)
    if issue is not None:
        entry["issue"] = issue.to_dict()
    return entry, issue is not None


def build_batch(job: tuple[list, ScanRules, Path | None, dict]) -> tuple[list, list | None]:
    """Files parsed and indexed together (one worker's share of a build): each file's
    entry (None: unchanged, see build_job) and whether it was parsed, and the index
    segment of the parsed issues, written to `path` ([file, articles, [[source, first
    article, articles] …]], or None when nothing was parsed)."""
    files, rules, path, meta = job
    from .build_pool import resident_bytes
    from .search.postings import SegmentBuilder, TooManyPostings
    from .sources import MAX_INDEX_GROWTH, MAX_POSTINGS

    # What the process holds is measured as a file is indexed (where the system says):
    # past MAX_INDEX_GROWTH more than when the batch began, the file is refused. Random
    # text under every limit of the file's own (titles as long as paragraphs, each
    # group's terms a table of their own) took 406 MB before.
    start = resident_bytes()
    over_memory = None
    if start is not None:

        def over_memory(postings: int, more: int = 0) -> bool:
            # (encoding adds their bytes, about three a posting, before the postings go)
            now = resident_bytes()
            return now is not None and now - start + 3 * postings + more > MAX_INDEX_GROWTH

    builder = SegmentBuilder(MAX_POSTINGS, over_memory)
    built, placed = [], []
    for file_path, size, mtime, old_sha256 in files:
        entry, issue = _built((file_path, size, mtime, old_sha256, rules))
        if issue is not None:
            first = builder.n
            try:
                builder.add_issue(issue, entry["sha256"])
                # What is still to come: the postings' bytes, and the issue as a dict
                # for the cache (29,999 short articles, under every limit, went past
                # 300 MB there, after the index: the second attack pass).
                if over_memory is not None and over_memory(builder.postings, _dict_bytes(issue)):
                    raise TooManyPostings(builder.postings, memory=True)
            except TooManyPostings as refused:
                issue = builder = None  # let go before the batch's others are added again
                if refused.memory:
                    limit = f"{MAX_INDEX_GROWTH // 1_000_000:,}"
                    problem = message("source.index_too_large", limit=limit)
                else:
                    problem = message("source.too_many_postings", limit=f"{MAX_POSTINGS:,}")
                entry["problem"] = problem
                builder = SegmentBuilder(MAX_POSTINGS, over_memory)
                for other_entry, other in built:
                    if other is not None:
                        builder.add_issue(other, other_entry["sha256"])
            else:
                placed.append([entry["source"], first, len(issue.articles)])
        built.append((entry, issue))
    articles = builder.n
    if path is not None and articles:
        from .safe_files import write_atomically

        # The segment first, the entries' dicts after: an index of a large file (18
        # million postings) is let go before its issue is made a dict as large.
        write_atomically(path, builder.encode(meta))
    builder = None
    results = []
    while built:
        entry, issue = built.pop(0)
        parsed = issue is not None
        if parsed:
            entry["issue"] = issue.to_dict()
        issue = None
        results.append((entry, parsed))
    if path is None or not articles:
        return results, None
    return results, [path.name, articles, placed]


# What Issue.to_dict takes, besides the text it copies: per article (its dict, lists,
# bylines and mentions), measured on issues of tiny articles.
_DICT_ARTICLE_BYTES = 1_500


def _dict_bytes(issue: Issue) -> int:
    """About what the issue takes again as a dict (its text as Python keeps it, two
    bytes a Chinese character, and each article's containers)."""
    chars = sum(len(text) for article in issue.articles for _, _, text in article.fields())
    return 2 * chars + _DICT_ARTICLE_BYTES * len(issue.articles)


def _built(
    job: tuple[Path, int, int, str | None, ScanRules],
) -> tuple[dict | None, Issue | None]:
    """The cache entry of one file (None: its content is the old entry's) and its
    parsed issue (None when not parsed; the entry then has no "issue" yet).

    The entry keeps the size and mtime seen *before* reading: a file that changes
    while it is read then differs on the next start and is read again. A file that
    cannot be read keeps them too, so the cache stays fresh until the file changes.
    One file's forms are held one after another, not all at once: the bytes go once
    decoded, the text once parsed.
    """
    path, size, mtime, old_sha256, rules = job
    name = base_name(str(path))
    entry = {"source": name, "sha256": "", "size": size, "mtime_ns": mtime}
    try:
        source = read_source(path, rules)
    except SourceError as err:
        return {**entry, "problem": str(err)}, None
    fixes = load_corrections(path, rules.follow if rules is not None else False)
    sha256 = source.sha256
    if fixes.raw is not None:  # the corrections are part of what the entry was made from
        import hashlib  # here: loading OpenSSL costs every search 2 ms

        sha256 = hashlib.sha256(sha256.encode() + b"\n" + fixes.raw).hexdigest()
    if old_sha256 is not None and old_sha256 == sha256:
        return None, None
    entry["sha256"], issue_id = sha256, source.issue_id
    try:
        text = decode(source.raw)
    except SourceError as err:
        return {**entry, "problem": str(err)}, None
    finally:
        del source  # the bytes: the text is all the parser needs
    try:
        text = within_limits(text)
        if fixes.raw is None and fixes.reason is None:
            return entry, build_issue(issue_id, name, text)
        return entry, build_issue(issue_id, name, text, fixes)
    except SourceError as err:
        return {**entry, "problem": str(err)}, None
