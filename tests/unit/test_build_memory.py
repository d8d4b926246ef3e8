"""A segment's bytes are made without copying the text it indexes: what a build
holds for a file of many long lines stays bounded (issue #20; README, "Safety and
limits")."""

from __future__ import annotations

import tracemalloc

from lcreader.entities import annotate_issue
from lcreader.mapped_files import Mapped
from lcreader.parse import parse_issue
from lcreader.search.postings import SEGMENT_MAGIC, SegmentBuilder
from lcreader.search.segment import Segment
from lcreader.textkey import fold

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
