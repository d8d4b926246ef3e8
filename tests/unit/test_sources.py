"""Reading: encodings, byte-order marks, line endings, unusable files."""

from __future__ import annotations

import codecs

import pytest

from lcreader.messages import message
from lcreader.sources import SourceError, decode, list_sources

TEXT = "凉城新村街道\n\n统战工作（党建办）\n"


@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # writes a BOM
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("gb18030"),
        TEXT.encode("gbk"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
        TEXT.replace("\n", "\r").encode("gb18030"),
        # (a Mac word processor's line break inside a paragraph, Unicode's paragraph break)
        TEXT.replace("\n", "\u2028", 1).encode("utf-8"),
        TEXT.replace("\n", "\u2029", 1).encode("utf-16"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-le-bom",
        "utf16-be-bom",
        "gb18030",
        "gbk",
        "crlf",
        "cr-gb",
        "line-separator",
        "paragraph-separator",
    ],
)
def test_decodes_to_the_same_text(raw):
    assert decode(raw) == TEXT


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", ("source.empty", {})),
        (b"  \n\r\n ", ("source.empty", {})),
        (codecs.BOM_UTF8, ("source.empty", {})),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ("source.binary_nul", {})),
        (bytes(range(1, 32)) * 20, ("source.binary_controls", {})),
        (b"\xff\xfe\x00", ("source.bad_bom", {"encoding": "utf-16"})),
        (b"\x81\x30\xff\xff abc", ("source.not_text", {})),
    ],
)
def test_unusable_files_say_why(raw, reason):
    key, fields = reason
    with pytest.raises(SourceError) as caught:
        decode(raw)
    assert str(caught.value) == message(key, **fields)


def test_list_sources_skips_folders_named_txt_and_other_files(tmp_path):
    (tmp_path / "b.txt").write_text("乙", encoding="utf-8")
    (tmp_path / "a.TXT").write_text("甲", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()
    paths, problems = list_sources(tmp_path)
    assert [p.name for p in paths] == ["a.TXT", "b.txt"]
    assert [(p.path.endswith("folder.txt"), p.reason) for p in problems] == [
        (True, message("source.not_regular"))
    ]


def test_a_file_just_over_the_limit_never_reads_as_the_limit():
    from lcreader.sources import MB, too_large

    said = too_large(50 * MB + 1, 50 * MB)
    assert said.split()[0] != "50" and said.startswith("50.000001")
