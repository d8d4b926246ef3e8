"""A corrections file that cannot be read is named in one line of the user's language
that says roughly why: not TOML at line N, not UTF-8, which correction has a bad value
(and, for `as`, what it may be)."""

from __future__ import annotations

import pytest

from lcreader import corrections_file, corrections_reasons
from lcreader.filenames import stored
from lcreader.messages import message, note_text
from lcreader.model import Note
from lcreader.parse import corrections as parsed
from tests.helpers import write_library
from tests.unit.test_corrections import TWO_RUN_TOGETHER

ALLOWED = ", ".join(parsed.OPERATIONS)
ENTRY = '[[correction]]\nline = 3\ntext = "t"\n'

CASES = [
    (b'a = """\n', "corrections.reason.toml", {"line": 1}),
    (b"x\n", "corrections.reason.toml", {"line": 1}),
    (b"\n\n" + ENTRY.encode() + b'as = "title"\noops\n', "corrections.reason.toml", {"line": 7}),
    (b"a = 1\n\xff\xfe[[", "corrections.reason.utf8", {"line": 2}),
    (b'[[correction]]\nline = "x"\n', "corrections.reason.line", {"number": 1}),
    (ENTRY.encode() + b'as = "title"\n' + ENTRY.encode() + b'as = "bogus"\n', "corrections.reason.as", {"number": 2, "allowed": ALLOWED}),
    (b"correction = 3\n", "corrections.reason.table", {}),
    (b"correction = [3]\n", "corrections.reason.entry", {"number": 1}),
    (b'[[correction]]\nline = 3\ntext = " "\nas = "title"\n', "corrections.reason.text", {"number": 1}),
    (ENTRY.encode() + b'as = "byline"\nauthor = 3\n', "corrections.reason.byline", {"number": 1}),
    # #20's attacker: arrays nested 5,000 deep stopped every command (RecursionError)
    (b"a = " + b"[" * 5000 + b"]" * 5000 + b"\n", "corrections.reason.toml_somewhere", {}),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "key", "fields"), CASES)
def test_a_malformed_file_says_which_and_why_in_one_line(tmp_path, raw, key, fields, lang):
    folder = write_library(tmp_path / "lib", {"a.txt": TWO_RUN_TOGETHER})
    path = folder / "a.txt.corrections"
    path.write_bytes(raw)
    loaded = corrections_file.load(folder / "a.txt")
    reason = message(key, **fields)
    assert loaded.corrections == []
    assert loaded.problem == message("corrections.malformed", path=stored(str(path)), reason=reason)
    assert "\n" not in loaded.problem
    # The parser's note keeps the reason in no language; doctor says it in the user's.
    with pytest.raises(parsed.Malformed):
        parsed.loads(raw)
    note = Note("corrections_malformed", loaded.reason)
    assert note_text(note) == message("note.corrections_malformed", detail=reason)
    assert corrections_file.ignored(folder) == [loaded.problem]


def test_the_check_without_the_parser_knows_the_parsers_operations():
    assert corrections_reasons.OPERATIONS == parsed.OPERATIONS
    assert corrections_reasons.TABLE == parsed.TABLE
    assert corrections_reasons.NESTED == parsed.NESTED
    fixes = [
        parsed.Correction(4, "锦苑居民区开展垃圾分类宣传", op)
        for op in parsed.OPERATIONS
        if op != "byline"
    ]
    fixes.append(parsed.Correction(6, "（自治办 黄思远）", "byline", "黄思远", "自治办"))
    assert corrections_reasons.checked(parsed.dumps(fixes).encode("utf-8")) is None


@pytest.mark.parametrize(
    ("kept", "key", "fields"),
    [
        ("utf-8: 0", "corrections.reason.utf8_somewhere", {}),
        ("Unterminated string (at end of document)", "corrections.reason.toml_somewhere", {}),
        ("Expected '=' after a key in a key/value pair (at line 1, column 2)", "corrections.reason.toml", {"line": 1}),
        ("correction 1: as", "corrections.reason.as", {"number": 1, "allowed": ALLOWED}),
    ],
)  # fmt: skip
def test_a_reason_an_older_lcreader_kept_in_the_cache_is_said_in_words(kept, key, fields):
    assert corrections_file.reason_text(kept) == message(key, **fields)


def test_a_sound_or_absent_corrections_file_is_not_said(tmp_path):
    folder = write_library(tmp_path / "lib", {"a.txt": TWO_RUN_TOGETHER})
    assert corrections_file.ignored(folder) == []
    fix = parsed.Correction(4, "锦苑居民区开展垃圾分类宣传", "split")
    corrections_file.add(folder / "a.txt", fix)
    assert corrections_file.ignored(folder) == []
