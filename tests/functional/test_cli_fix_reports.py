"""`lcreader fix` says what it did beside the correction: a reading file it found
damaged (and kept aside), marks it could not save, a corrections file it could not
read, and every path as `doctor` and `build` show it."""

from __future__ import annotations

import os

from lcreader.corrections_reasons import OPERATIONS
from lcreader.filenames import stored
from lcreader.messages import message
from lcreader.safe_text import clean
from tests.unit.test_corrections import TWO_RUN_TOGETHER


def _library(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a.txt").write_text(TWO_RUN_TOGETHER, encoding="utf-8")
    return lib


def test_fix_says_it_kept_a_damaged_reading_file_aside(run, tmp_path, lang):
    lib, data = _library(tmp_path), tmp_path / "data"
    data.mkdir()
    (data / "reading.json").write_bytes(os.urandom(100))
    out = run("--library", str(lib), "--data-dir", str(data), "fix", "a.txt", "3", "--as", "title")
    assert out.returncode == 0, out.stderr
    [kept] = [p.name for p in data.iterdir() if p.name.startswith("reading.json.damaged-")]
    said = message("reading.damaged", path=stored(str(data / "reading.json")), kept=kept)
    assert out.stderr.splitlines() == [message("notice", message=clean(said))]
    assert out.stdout.count("\n") == 1  # the correction noted, as before


def test_fix_says_when_the_marks_could_not_be_saved(run, tmp_path, lang):
    lib, data = _library(tmp_path), tmp_path / "data"
    (data / "reading.json.lock").mkdir(parents=True)  # the reading file cannot be locked
    out = run("--library", str(lib), "--data-dir", str(data), "fix", "a.txt", "3", "--as", "title")
    assert out.returncode == 0, out.stderr
    lock = stored(str(data / "reading.json.lock"))  # the lock cannot be had: it says why
    why = message("files.not_regular", path=lock, what=message("files.kind.folder"))
    unsaved = message("fix.marks_unsaved", path=stored(str(data / "reading.json")), reason=why)
    assert out.stderr.splitlines() == [message("notice", message=clean(unsaved))]


def test_fix_says_a_reading_file_it_cannot_open(run, tmp_path):
    lib, data = _library(tmp_path), tmp_path / "data"
    (data / "reading.json").mkdir(parents=True)
    out = run("--library", str(lib), "--data-dir", str(data), "fix", "a.txt", "3", "--as", "title")
    assert out.returncode == 0, out.stderr
    unmoved = message("fix.marks_not_moved", path=stored(str(data / "reading.json")))
    lines = out.stderr.splitlines()
    assert len(lines) == 2 and lines[1] == message("notice", message=clean(unmoved))
    assert (data / "reading.json").is_dir()  # left alone


def test_fix_shows_a_path_that_is_not_utf8_as_doctor_does(run, tmp_path, lang):
    lib = tmp_path / os.fsdecode(b"lib\xff\xfe dir")
    lib.mkdir()
    name = os.fsdecode(b"n\xe9.txt")
    (lib / name).write_text(TWO_RUN_TOGETHER, encoding="utf-8")
    want = stored(str(lib / name)) + ".corrections"
    assert want.endswith("lib\ufffdFF\ufffdFE dir/n\ufffdE9.txt.corrections")
    added = run("--library", str(lib), "fix", name, "5", "--as", "kicker")
    assert added.returncode == 0, added.stderr
    assert want in added.stdout
    listed = run("--library", str(lib), "fix", name)
    assert listed.stdout.splitlines()[0] == message("fix.where", path=want)
    removed = run("--library", str(lib), "fix", name, "--remove", "1")
    assert want in removed.stdout


def test_build_and_search_say_a_corrections_file_they_ignored(run, tmp_path, lang):
    lib = _library(tmp_path)
    path = lib / "a.txt.corrections"
    path.write_bytes(b'[[correction]]\nline = 4\ntext = "x"\nas = "bogus"\n')
    allowed = ", ".join(OPERATIONS)
    reason = message("corrections.reason.as", number=1, allowed=allowed)
    said = message("corrections.malformed", path=stored(str(path)), reason=reason)
    line = message("notice", message=clean(said))
    for command in (["build"], ["search", "垃圾分类"], ["search", "垃圾分类", "--json"]):
        out = run("--library", str(lib), *command)
        assert out.returncode == 0, out.stderr
        assert line in out.stderr.splitlines(), command
        assert out.stderr.count(str(path.name)) == 1, command
    path.write_bytes(b"x\n")  # changed: read again, and said with its new reason
    reason = message("corrections.reason.toml", line=1)
    said = message("corrections.malformed", path=stored(str(path)), reason=reason)
    out = run("--library", str(lib), "search", "垃圾分类")
    assert message("notice", message=clean(said)) in out.stderr.splitlines()


def test_search_says_nothing_of_sound_corrections(run, tmp_path):
    lib = _library(tmp_path)
    assert run("--library", str(lib), "fix", "a.txt", "4", "--as", "split").returncode == 0
    out = run("--library", str(lib), "search", "垃圾分类")
    assert out.returncode == 0 and "a.txt.corrections" not in out.stderr
