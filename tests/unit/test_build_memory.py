"""What a build holds is bounded by one file, not by the library nor its largest
files together (issue #20; README, "Safety and limits"): a segment is written without
copying its text; batches, shards and the work out in workers are cut by their bytes;
large entries are written at once and let go; workers give their heap back.
`python benchmarks/build_memory.py --limits` and `--several` measure the peaks."""

from __future__ import annotations

import platform
import subprocess
import sys
import tracemalloc

import pytest

from lcreader.entities import annotate_issue
from lcreader.mapped_files import Mapped
from lcreader.parse import parse_issue
from lcreader.search.postings import SEGMENT_MAGIC, SegmentBuilder
from lcreader.search.segment import Segment
from lcreader.textkey import fold

ARTICLE = "# 社区消息\n\n社区举办活动，居民参加。\n\n（党建办 杜嵩）\n"
SENTENCE = "社区举办活动，居民踊跃参加，街道党工委书记出席并讲话。"


def long_lines(lines: int, chars: int = 270) -> str:
    """One article of `lines` paragraphs of `chars` characters each."""
    line = (SENTENCE * (chars // len(SENTENCE) + 1))[: chars - 1] + "。"
    return "# 社区消息\n\n" + "".join(line + "\n\n" for _ in range(lines)) + "（党建办 杜嵩）\n"


def built(lines: int) -> SegmentBuilder:
    issue = parse_issue("big", "big.txt", long_lines(lines))
    annotate_issue(issue)
    builder = SegmentBuilder()
    builder.add_issue(issue, "0" * 64)
    return builder


def test_encoding_a_segment_does_not_copy_its_text():
    builder = built(1_500)
    text = sum(len(data) for texts in builder.texts for data in texts)
    assert text > 1_000_000  # the folded text, UTF-8: 1.2 MB
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        chunks = builder.encode({"build": "test", "id": "x"})
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    # Joining the text (per group, then the groups, then the whole body) held it three
    # more times; the chunks are the builder's own, and the rest (postings of one
    # article, block checksums) is small beside it.
    assert peak < text // 4
    segment = Segment(Mapped(b"".join(chunks), SEGMENT_MAGIC))
    assert segment.folded(0, 4).count(fold(SENTENCE)) == 1_500 * 10  # all of it, as read


def test_a_batch_never_takes_a_file_past_its_bytes(tmp_path):
    from lcreader.store_build import BATCH_BYTES, BATCH_FILES, Build

    mb = 1_000_000
    sizes = [mb // 2, 3 * mb // 2, 3 * mb // 2, 3 * mb, mb // 3, mb // 3, *[10] * 300]
    jobs = [(tmp_path / f"{k:03d}.txt", size, 0, None) for k, size in enumerate(sizes)]
    groups = Build._groups(None, jobs)
    assert [job for group in groups for job in group] == jobs  # all, in order
    for group in groups:
        # A worker holds a batch's entries and index while it parses one file more:
        # two files near the limit are never one batch; a larger file goes alone.
        assert len(group) == 1 or sum(job[1] for job in group) <= BATCH_BYTES
        assert len(group) <= BATCH_FILES


def test_a_first_build_writes_its_shards_before_their_bytes_add_up(tmp_path, monkeypatch):
    from lcreader import store_build
    from lcreader.cache import Cache
    from lcreader.library import open_library
    from tests.helpers import write_library

    files = {f"{k:02d}.txt": long_lines(40) for k in range(6)}
    size = len(files["00.txt"].encode("utf-8"))
    monkeypatch.setattr(store_build, "SHARD_BYTES", 2 * size + 1)
    written = []
    write_shard = Cache.write_shard

    def recording(self, file, entries):
        written.append(sum(entry["size"] for entry in entries.values()))
        return write_shard(self, file, entries)

    monkeypatch.setattr(Cache, "write_shard", recording)
    library = open_library(write_library(tmp_path / "lib", files), tmp_path / "c.json")
    assert len(library.issues) == 6
    # Held until written: up to the shard's bytes and one file more, never all six.
    assert written == [3 * size, 3 * size]


class Finished:
    """A future already done (the fake pool below builds as it is given work)."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value

    def cancel(self):
        return False


class CountingPool:
    """An executor that builds at once, and counts the weight sent out and not taken."""

    def __init__(self, limit):
        self.limit = limit
        self.out = []  # the weights sent out and not taken back, oldest first
        self.over = []  # what was out whenever it came to more than the limit

    def submit(self, function, *args):
        results = function(*args)
        self.out.extend(results)
        if sum(self.out) > self.limit:
            self.over.append(list(self.out))
        return Finished(results)

    def taken(self, weight):
        assert self.out.pop(0) == weight

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_work_out_in_workers_is_bounded_by_its_weight(monkeypatch):
    from lcreader import build_pool

    limit = build_pool.IN_FLIGHT
    pool = CountingPool(limit)
    monkeypatch.setattr(build_pool, "_start_pool", lambda workers: pool)
    monkeypatch.setattr(build_pool, "release_memory", lambda: None)
    # Each item's result is its weight: files near the size limit among small ones.
    items = [limit // 20] * 30 + [limit] * 5 + [limit // 3] * 9 + [2 * limit] + [1] * 40
    taken = []
    for result in build_pool.build_all(
        lambda n: n, items, workers=2, chunk=1, parallel=True, weight=lambda n: n
    ):
        taken.append(result)
        pool.taken(result)
    assert taken == items
    # Past the limit nothing more is sent out: only a file larger than it, alone.
    assert pool.over == [[2 * limit]]


WORKER = """
from lcreader import build_pool


def resident():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) * 1024


def fragmenting(count):
    made = [("字" * 300) + str(k) for k in range(count)]  # 600-byte texts, 130 MB
    return made[::200]  # a few kept, spread over the heap: it cannot shrink from its top


before = resident()
kept = build_pool._build_chunk(fragmenting, [200_000])
print(resident() - before)
"""


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_a_worker_gives_back_what_a_large_file_took():
    grown = int(subprocess.run([sys.executable, "-c", WORKER], capture_output=True,
                               text=True, check=True).stdout)  # fmt: skip
    # Otherwise the worker keeps the 130 MB for the rest of the build.
    assert grown < 40_000_000


def test_a_changed_files_old_entry_is_not_held_while_it_is_parsed(tmp_path, monkeypatch):
    from lcreader import cache_entries
    from lcreader.library import open_library
    from tests.helpers import write_library

    folder = write_library(tmp_path / "lib", {"big.txt": long_lines(1_000), "b.txt": ARTICLE})
    open_library(folder, tmp_path / "c.json")
    (folder / "big.txt").write_text(long_lines(1_001), encoding="utf-8")
    held = []
    build_issue = cache_entries.build_issue

    def parse(issue_id, source, text, *more):
        # What is alive of what was read from the cache, as the changed file is parsed.
        read = tracemalloc.Filter(True, "*cache_codec.py")
        held.append(
            sum(
                s.size
                for s in tracemalloc.take_snapshot().filter_traces([read]).statistics("filename")
            )
        )
        return build_issue(issue_id, source, text, *more)

    monkeypatch.setattr(cache_entries, "build_issue", parse)
    tracemalloc.start(1)
    try:
        library = open_library(folder, tmp_path / "c.json")
    finally:
        tracemalloc.stop()
    assert len(library.issues) == 2 and held
    # The old entry's text (270,000 characters, 2 bytes each as Python text) was all
    # alive, 810 kB; what is left is the catalog's and the linked names' (190 kB).
    assert held[0] < len(long_lines(1_000))


def test_large_new_files_are_not_held_one_after_another(tmp_path, monkeypatch):
    from lcreader import cache_entries, store_build
    from lcreader.library import open_library
    from tests.helpers import write_library

    folder = write_library(tmp_path / "lib", {"a.txt": ARTICLE, "z.txt": ARTICLE})
    open_library(folder, tmp_path / "c.json")
    for name in ("b1.txt", "b2.txt", "b3.txt"):
        (folder / name).write_text(long_lines(300) + name, encoding="utf-8")  # 250 kB each
    # Each file as large as a batch and a shard may be: written out on its own, at once.
    monkeypatch.setattr(store_build, "BATCH_BYTES", 100_000)
    monkeypatch.setattr(store_build, "SHARD_BYTES", 100_000)
    held = []
    build_issue = cache_entries.build_issue

    def parse(issue_id, source, text, *more):
        # What is alive of the files parsed before (the parser made their paragraphs).
        made = tracemalloc.Filter(True, "*lcreader/parse/*")
        held.append(
            sum(
                s.size
                for s in tracemalloc.take_snapshot().filter_traces([made]).statistics("filename")
            )
        )
        return build_issue(issue_id, source, text, *more)

    monkeypatch.setattr(cache_entries, "build_issue", parse)
    tracemalloc.start(1)
    try:
        library = open_library(folder, tmp_path / "c.json")
    finally:
        tracemalloc.stop()
    assert len(library.issues) == 5 and len(held) == 3
    # Held until the end of the build, the second file's parse began beside the first
    # file's paragraphs (80,000 characters), the third beside two files'.
    assert max(held) < 80_000, held


class Built:
    """A result that can be watched (weakref): alive only while someone holds it."""


def test_results_from_workers_are_let_go_once_taken(monkeypatch):
    import weakref

    from lcreader import build_pool

    monkeypatch.setattr(build_pool, "_start_pool", lambda workers: CountingPool(10**9))
    monkeypatch.setattr(CountingPool, "submit", lambda self, f, *args: Finished(f(*args)))
    taken, still = [], []
    for result in build_pool.build_all(lambda n: Built(), list(range(12)), 2, 3, True):
        # Whatever the build took before and dropped (a large file's entry) is freed.
        still.append(sum(ref() is not None for ref in taken))
        taken.append(weakref.ref(result))
        del result
    assert len(taken) == 12 and still == [0] * 12


BUILD_PEAK = """
import sys
from lcreader.cli import main
main(sys.argv[1:])
for line in open("/proc/self/status"):
    if line.startswith("VmHWM"):
        print(int(line.split()[1]) * 1024)
"""


def build_peak(library, cache) -> int:
    """The largest resident size (bytes) of `lcreader build` on this library: the
    process's own (ru_maxrss would count the test's, forked before the exec)."""
    done = subprocess.run(
        [sys.executable, "-c", BUILD_PEAK, "--library", str(library), "--cache-dir", str(cache),
         "build"], capture_output=True, text=True, check=True,
    )  # fmt: skip
    return int(done.stdout.split()[-1])


@pytest.fixture(scope="module")
def small_build(tmp_path_factory):
    """A build's peak on a library of one small file: Python, lcreader and its data."""
    folder = tmp_path_factory.mktemp("small")
    (folder / "lib").mkdir()
    (folder / "lib" / "a.txt").write_text("社区工作很重要，居民满意。" * 10, encoding="utf-8")
    return build_peak(folder / "lib", folder / "cache")


ONE_LINE_BYTES = 8_000_000
# A file of one line, no newline, of a text repeated; and the bytes a build may add to its
# peak for each byte of the file. 300 MB at the 50 MB limit is 5.5 over a small build's.
ONE_LINE = {
    "sentences": ("社区工作很重要，居民满意。", 3.5),  # issue #20's: 268 MB at 49.9 MB, now 138
    "words": ("community work matters. ", 4),  # 655 MB: every word listed (unspaced)
    "spaced": ("凉 城 新 村 街 道 ", 4),  # 1.4 GB: re.sub's pieces (contents lines)
    # A character twice across a space, which the index counts as its match (`哈 ?哈`).
    "spaced twice": ("哈 哈 ", 4),
    "names": ("王芳、李建国、张敏、", 4),  # 917 MB: a photo credit's regex backtracking
    "bylines": ("（党建办 杜嵩）", 4),  # 366 MB: a tuple per department named
    # An issue's title and its lead article's: in the cache (once), and in the index's
    # titles, six bytes a character (830 MB: copies, words listed; now 221 MB).
    "heading": ("# 标题 ", 5.5),
    # Gaps that are white space to re's \s (VT, NEL, FF, U+3000; the attacker's had FS,
    # GS, RS too): a page head's shape cut them out one by one (617 MB at 49.9 MB, now 162).
    "separators": ("社区活动\v居民\x85参加\f活动\u3000", 4),
    # Runs of two spaces: a table row's cells (1.1 GB at 49.9 MB, now 172).
    "gaps": ("社区活动  ", 4),
}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="VmHWM is Linux's")
@pytest.mark.parametrize("shape", ONE_LINE)
def test_a_file_of_one_long_line_builds_in_bounded_memory(tmp_path, small_build, shape):
    """A file just under the size limit that is one line builds under 300 MB (issue #20).
    A line of 50 MB is no longer joined, split, folded and encoded all at once; its
    words, matches and names are taken one at a time, never listed; its JSON is written
    in slices, once however often it stands in the entry."""
    text, per_byte = ONE_LINE[shape]
    size = len(text.encode("utf-8"))
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "one.txt").write_text(text * (ONE_LINE_BYTES // size), encoding="utf-8")
    added = build_peak(tmp_path / "lib", tmp_path / "cache") - small_build
    # Before: sentences 5.2 bytes per byte, words 12.8, spaced 28.9, names 18.5, bylines
    # 6.8, heading 16.6; now 2.6, 2.9, 3.3, 2.6, 2.9 and 4.5.
    assert added < per_byte * ONE_LINE_BYTES, f"{added / ONE_LINE_BYTES:.1f} bytes per byte"


def test_long_texts_are_written_apart_as_the_same_bytes():
    import json

    from lcreader.cache_codec import LONG_TEXT, dumps, dumps_chunks
    from lcreader.search.postings import CHUNK_BYTES, _json

    title = "标题“引号”\\\n\x00😀é" * (LONG_TEXT // 5)  # escapes across every slice
    entry = {"issue": {"title": title, "articles": [{"title": title, "n": 1}], "x": None}}
    chunks = dumps_chunks({"1": entry})
    assert b"".join(chunks) == dumps({"1": entry})
    # The title's chunks made once, though it stands twice: the rest is small.
    held = {id(chunk): len(chunk) for chunk in chunks}
    assert sum(held.values()) - len(dumps(title)) < 1_000
    lone = {"1": {**entry, "source": "bad\udcff.txt"}}  # orjson refuses it: json writes all
    assert b"".join(dumps_chunks(lone)) == dumps(lone)
    docs = {"ids": ["a/0", "a/1"], "titles": [title[: CHUNK_BYTES + 3], "短"], "issues": [["a", 0]]}
    expected = json.dumps(docs, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    assert b"".join(_json(docs)) == expected


def test_a_long_line_is_looked_at_in_place_as_split_would():
    from lcreader.parse.lines import unspaced
    from lcreader.parse.text import without_space

    spaced = "凉 城 新 村 街 道 " * 20_000 + "AB cd 1 " + "凉 城 新 村 街 道 " * 20_000
    # Its words never listed, a line spaced out character by character is put back
    # together as before: a space kept only between two Latin words.
    assert unspaced(spaced) == "凉城新村街道" * 20_000 + "AB cd1" + "凉城新村街道" * 20_000
    assert unspaced("Latin words only " * 10_000) == "Latin words only " * 10_000
    assert without_space(spaced + "\u3000\x1c\t") == "".join(spaced.split())


def _random_text(characters: int, alphabet: int, seed: int = 1) -> str:
    import random

    chosen = random.Random(seed).choices(range(0x4E00, 0x4E00 + alphabet), k=characters)
    text = "".join(map(chr, chosen))
    return "\n\n".join(text[k : k + 200] + "。" for k in range(0, len(text), 200))


def test_random_characters_past_the_term_limit_are_refused_with_the_reason():
    from lcreader.messages import message
    from lcreader.sources import MAX_TERMS, SourceError, within_limits

    limit = message("source.too_many_terms", limit=f"{MAX_TERMS:,}")
    with pytest.raises(SourceError, match=limit[:8]):
        within_limits(_random_text(MAX_TERMS + 50_000, 20_000))
    # Real text repeats its pairs: text as long with a small alphabet passes.
    assert within_limits(text := _random_text(MAX_TERMS + 50_000, 300)) is text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="VmHWM is Linux's")
def test_a_file_of_random_characters_is_refused_before_it_takes_memory(tmp_path, small_build):
    """#20: 4.3 MB of random Han characters took 614 MB to build (every pair of
    characters a term of the index); now it is skipped, its pairs counted first."""
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "r.txt").write_text(_random_text(1_400_000, 20_000), encoding="utf-8")
    added = build_peak(tmp_path / "lib", tmp_path / "cache") - small_build
    assert added < 100_000_000, f"{added / 1e6:.0f} MB"
