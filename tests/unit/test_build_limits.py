"""What a build holds per file is bounded: a limit on lines that are not blank (the
parser's memory grows with them), and one file's forms held one after another."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from lcreader import cache_entries, sources
from lcreader.cache_entries import build_job
from lcreader.library import open_library
from lcreader.messages import message
from lcreader.sources import DEFAULT_RULES
from tests.helpers import write_library

ARTICLE = "# 第{n}条社区消息\n\n社区举办活动，居民参加。\n\n（党建办 杜嵩）\n\n\n"


def tiny_articles(count: int) -> str:
    return "".join(ARTICLE.format(n=n) for n in range(count))


def test_a_file_over_the_line_limit_is_skipped_with_the_reason(tmp_path, monkeypatch, lang):
    monkeypatch.setattr(sources, "MAX_LINES", 30)
    folder = write_library(
        tmp_path / "lib",
        {
            "ten.txt": tiny_articles(10),  # 30 lines that are not blank, 40 blank: kept
            "eleven.txt": tiny_articles(11),  # 33: over
        },
    )
    library = open_library(folder, tmp_path / "c.json")
    assert [i.id for i in library.issues] == ["ten"] and len(library.issues[0].articles) == 10
    reasons = {Path(p.path).name: p.reason for p in library.problems}
    assert reasons == {"eleven.txt": message("source.too_many_lines", limit="30")}


def test_the_bytes_are_gone_before_parsing(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text(tiny_articles(20_000), encoding="utf-8")  # 1.6 MB, 0.6 M characters
    size = path.stat().st_size
    held = []

    def parse(issue_id, source, text):
        held.append(tracemalloc.get_traced_memory()[0])
        raise sources.SourceError("stop")  # enough: what is alive as parsing starts

    monkeypatch.setattr(cache_entries, "build_issue", parse)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        entry, _ = build_job((path, size, 0, None, DEFAULT_RULES))
    finally:
        tracemalloc.stop()
    assert entry["problem"] == "stop"
    # The text (UCS-2, 2 bytes a character here) is alive; the file's bytes are not.
    text_bytes = 2 * len(path.read_text(encoding="utf-8"))
    assert held[0] - before < text_bytes + size // 4


def test_a_file_of_too_many_lines_blank_ones_counted_is_skipped(tmp_path, monkeypatch, lang):
    """Blank lines cost the parser a place in its lists each (a file of 50 M newlines
    took 6 GB): all lines count, against a limit of their own (the attacker's file)."""
    monkeypatch.setattr(sources, "MAX_ALL_LINES", 100)
    folder = write_library(
        tmp_path / "lib",
        {
            "kept.txt": "# 标题\n\n社区消息。\n" + "\n" * 90,
            "blank.txt": "# 标题\n\n社区消息。\n" + "\n" * 120,  # three lines of text
        },
    )
    library = open_library(folder, tmp_path / "c.json")
    assert [i.id for i in library.issues] == ["kept"]
    reasons = {Path(p.path).name: p.reason for p in library.problems}
    assert reasons == {"blank.txt": message("source.too_many_all_lines", limit="100")}


def test_a_text_too_wide_in_memory_is_refused_before_it_is_copied(monkeypatch, lang):
    """50 MB of ASCII and one emoji take 200 MB as text (4 bytes a character)."""
    monkeypatch.setattr(sources, "MAX_TEXT_BYTES", 4_000)
    narrow = ("community work matters. " * 100).encode("utf-8")  # 2.4 kB, 1 byte a char
    assert sources.decode(narrow)
    with pytest.raises(sources.SourceError) as refused:
        sources.decode(narrow + "😀".encode())  # the same, 4 bytes a character
    assert "MB" in str(refused.value)
    # Refused before it is decoded: UTF-8 and GB18030, by their bytes.
    monkeypatch.setattr(sources, "MAX_TEXT_BYTES", 9_000)
    wide = narrow + "😀".encode()
    for raw in (wide, ("社区" + "community work matters. " * 100 + "😀").encode("gb18030")):
        with pytest.raises(sources.SourceError):
            sources.decode(raw)
