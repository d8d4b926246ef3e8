"""What a user keeps is never lost: several readers share reading.json, and a file that
cannot be read is never written over (a damaged one is kept aside)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lcreader import reading as reading_module
from lcreader.messages import message
from lcreader.model import Article
from lcreader.reading import READING_FILE, Bookmark, Reading

ROOT = Path(__file__).resolve().parents[2]


def article(n: int) -> Article:
    return Article(id=f"a/{n}", issue="a", title=f"标题{n}")


def saved(folder: Path, **fields) -> bytes:
    assert Reading(**fields).save(folder)
    return (folder / READING_FILE).read_bytes()


def leftovers(folder: Path) -> list[str]:
    """Files beside reading.json but its lock: temporaries, damaged copies."""
    return sorted(
        p.name for p in folder.iterdir() if p.name not in (READING_FILE, READING_FILE + ".lock")
    )


def test_two_readers_keep_each_others_marks_bookmarks_and_settings(tmp_path):
    saved(tmp_path, read={"old", "gone"}, settings={"theme": "nord", "tree_width": 30})
    one, two = Reading.load(tmp_path), Reading.load(tmp_path)
    one.read.add("x")
    one.toggle_bookmark("k1", article(1))
    one.settings["tree_width"] = 40
    assert one.save(tmp_path)
    two.read.add("y")
    two.read.discard("gone")
    two.toggle_bookmark("k2", article(2))
    two.settings["theme"] = "dracula"
    assert two.save(tmp_path)
    assert one.save(tmp_path)  # nothing changed here since: it takes the others' changes
    for reading in (Reading.load(tmp_path), one, two):
        assert reading.read == {"old", "x", "y"}
        assert [b.key for b in reading.bookmarks] == ["k2", "k1"]  # newest first
        assert reading.settings == {"theme": "dracula", "tree_width": 40}
    # An unbookmark and an unmark in one reader are not undone by the other's save.
    one.toggle_bookmark("k2", article(2))
    one.read.discard("x")
    assert one.save(tmp_path)
    two.read.add("z")
    assert two.save(tmp_path)
    final = Reading.load(tmp_path)
    assert final.read == {"old", "y", "z"} and [b.key for b in final.bookmarks] == ["k1"]


SAVER = """
import sys
from pathlib import Path
from lcreader.reading import Reading
from lcreader.model import Article

folder, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
reading = Reading.load(folder)
failed = 0
for n in range(count):
    reading.read.add(f"{name}-{n}")
    if n % 10 == 0:
        reading.toggle_bookmark(f"{name}-b{n}", Article(id=f"{name}/{n}", issue=name, title="t"))
    failed += not reading.save(folder)
print(failed)
"""


def test_three_processes_saving_300_times_each_lose_nothing(tmp_path):
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", SAVER, str(tmp_path), f"p{n}", "300"],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for n in range(3)
    ]
    failures = [int(p.communicate(timeout=300)[0]) for p in processes]
    assert failures == [0, 0, 0]
    final = Reading.load(tmp_path)
    assert final.read == {f"p{p}-{n}" for p in range(3) for n in range(300)}
    assert len(final.bookmarks) == 90
    assert leftovers(tmp_path) == []  # every temporary renamed, none left


def test_a_temporary_file_is_removed_only_when_its_process_is_gone(tmp_path):
    from lcreader.safe_files import remove_stale_temporaries

    path = tmp_path / READING_FILE
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    try:
        live_tmp = tmp_path / f".{READING_FILE}.{sleeper.pid}.abc123"
        dead_tmp = tmp_path / f".{READING_FILE}.{dead.pid}.def456"
        for tmp in (live_tmp, dead_tmp):
            tmp.write_bytes(b"half written")
        remove_stale_temporaries(path)
        assert live_tmp.exists() and not dead_tmp.exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def damage_checksum(raw: bytes) -> bytes:
    return raw.replace(b"kept-mark", b"kept-marx")


def claims_a_huge_section(raw: bytes) -> bytes:
    """A header that claims a section of 2**62 bytes: was a MemoryError ("意外错误"),
    found by the attacker; a claim past the file's end is a damaged file."""
    import zlib

    magic, _, body = raw.split(b"\n", 2)
    head = b'{"sections": [["reading", "json", 4611686018427387904, 0]]}'
    return b"%s\n%08x %s\n%s" % (magic, zlib.crc32(head), head, body)


def nested_too_deep(raw: bytes) -> bytes:
    """Framed and checksummed as lcreader writes, its JSON nested 200,000 deep: a
    RecursionError ("意外错误") stopped `bookmarks` and the reader (the attack pass)."""
    import tempfile

    from lcreader.safe_files import write_checked

    deep = b'{"read": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / READING_FILE
        write_checked(path, reading_module.MAGIC, {}, [("reading", "json", deep)])
        return path.read_bytes()


@pytest.mark.parametrize(
    "damage",
    [
        damage_checksum,
        lambda raw: raw[: len(raw) // 2],  # truncated
        lambda raw: raw[:5],  # cut in its first line
        lambda raw: b'{"read": ["kept-mark"]}',  # foreign
        lambda raw: b"",  # empty
        claims_a_huge_section,
        nested_too_deep,
    ],
    ids=["checksum", "truncated", "first-line", "foreign", "empty", "huge-claim", "nested"],
)
def test_a_damaged_file_is_kept_aside_and_never_written_over(tmp_path, damage, lang):
    raw = saved(tmp_path, read={"kept-mark"}, bookmarks=[Bookmark("k", "a/1", "t", 1.0)])
    damaged = damage(raw)
    (tmp_path / READING_FILE).write_bytes(damaged)
    reading = Reading.load(tmp_path)
    assert reading.read == set() and reading.bookmarks == []
    [aside] = leftovers(tmp_path)
    assert aside.startswith(READING_FILE + ".damaged-")
    assert (tmp_path / aside).read_bytes() == damaged  # exactly as it was
    assert reading.notice == message(
        "reading.damaged", path=str(tmp_path / READING_FILE), kept=aside
    )
    reading.read.add("new")
    assert reading.save(tmp_path)
    assert Reading.load(tmp_path).read == {"new"}
    assert (tmp_path / aside).read_bytes() == damaged
    assert Reading.load(tmp_path).notice == ""


def test_a_file_damaged_while_a_reader_runs_loses_nothing_the_reader_knew(tmp_path, lang):
    """#20 (attack pass): damaged while a reader was open, the file was kept aside and
    only that reader's next change written: every earlier mark and bookmark was lost,
    with no word of it. What the reader last knew stands for the damaged file."""
    saved(tmp_path, read={"a", "b"}, bookmarks=[Bookmark("k", "a/1", "t", 1.0)])
    reading = Reading.load(tmp_path)
    cut = (tmp_path / READING_FILE).read_bytes()[:-9]
    (tmp_path / READING_FILE).write_bytes(cut)
    reading.read.add("c")
    assert reading.save(tmp_path)
    [aside] = leftovers(tmp_path)
    assert (tmp_path / aside).read_bytes() == cut
    after = Reading.load(tmp_path)
    assert after.read == {"a", "b", "c"} and [b.key for b in after.bookmarks] == ["k"]
    assert reading.kept_aside == message(
        "reading.damaged_kept", path=str(tmp_path / READING_FILE), kept=aside
    )


def test_a_file_damaged_while_a_reader_runs_is_kept_aside_at_its_save(tmp_path):
    reading = Reading.load(tmp_path)
    raw = saved(tmp_path, read={"kept-mark"})
    (tmp_path / READING_FILE).write_bytes(damage_checksum(raw))
    reading.read.add("mine")
    assert reading.save(tmp_path)
    [aside] = leftovers(tmp_path)
    assert (tmp_path / aside).read_bytes() == damage_checksum(raw)
    assert Reading.load(tmp_path).read == {"mine"}


def make_fifo(path: Path) -> None:
    os.mkfifo(path)


def make_folder(path: Path) -> None:
    path.mkdir()


def make_device(path: Path) -> None:
    os.symlink("/dev/null", path)  # a character device, opened through the link


@pytest.mark.parametrize("make", [make_fifo, make_folder, make_device])
def test_a_folder_fifo_or_device_in_its_place_is_never_replaced(tmp_path, make, lang):
    make(tmp_path / READING_FILE)
    reading = Reading.load(tmp_path)
    assert reading.locked_out and reading.notice
    assert str(tmp_path / READING_FILE) in reading.notice
    reading.read.add("x")
    assert not reading.save(tmp_path)
    assert leftovers(tmp_path) == []
    path = tmp_path / READING_FILE
    assert path.is_fifo() or path.is_dir() or path.is_symlink()


def test_an_unreadable_file_is_left_alone(tmp_path, monkeypatch, lang):
    raw = saved(tmp_path, read={"kept-mark"})

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reading_module, "read_checked", refuse)
    reading = Reading.load(tmp_path)
    assert reading.locked_out
    assert reading.notice == message(
        "reading.unreadable", path=str(tmp_path / READING_FILE), error=message("oserror.EACCES")
    )
    reading.read.add("x")
    assert not reading.save(tmp_path)
    assert (tmp_path / READING_FILE).read_bytes() == raw and leftovers(tmp_path) == []


def test_a_data_dir_that_is_a_file_says_so(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    reading = Reading.load(blocker)
    assert reading.locked_out
    assert reading.notice == message("reading.data_dir_not_folder", path=str(blocker))
    assert not reading.save(blocker)
    assert blocker.read_text() == "x"


@pytest.mark.parametrize(
    "content",
    [b'{"read": 5}', b'{"bookmarks": {"a": 1}}', b'{"settings": []}', b"[1, 2]", b"not json"],
)
def test_a_sound_file_of_the_wrong_shape_is_kept_aside(tmp_path, content):
    from lcreader.reading import MAGIC
    from lcreader.safe_files import write_checked

    write_checked(tmp_path / READING_FILE, MAGIC, {}, [("reading", "json", content)])
    written = (tmp_path / READING_FILE).read_bytes()
    reading = Reading.load(tmp_path)
    assert reading.notice and not reading.locked_out
    [aside] = leftovers(tmp_path)
    assert (tmp_path / aside).read_bytes() == written


def test_a_linked_reading_file_is_written_through_and_stays_a_link(tmp_path):
    synced = tmp_path / "synced"
    synced.mkdir()
    data = tmp_path / "data"
    data.mkdir()
    (data / READING_FILE).symlink_to(synced / READING_FILE)  # dangling at first
    assert Reading(read={"first"}).save(data)
    reading = Reading.load(data)
    reading.read.add("second")
    assert reading.save(data)
    assert (data / READING_FILE).is_symlink()
    assert Reading.load(synced).read == {"first", "second"}
    assert leftovers(synced) == []


@pytest.mark.parametrize("kind", ["folder", "link"])
def test_a_lock_that_cannot_be_had_says_what_is_in_its_place(tmp_path, kind, lang):
    lock = tmp_path / (READING_FILE + ".lock")
    if kind == "folder":
        lock.mkdir()
    else:
        lock.symlink_to(tmp_path / "elsewhere")
    reading = Reading.load(tmp_path)
    reading.read.add("x")
    assert not reading.save(tmp_path)
    what = message(f"files.kind.{kind}")
    assert reading.save_error == message("files.not_regular", path=str(lock), what=what)
    assert not (tmp_path / "elsewhere").exists()


def test_two_data_folders_linking_one_synced_file_lose_nothing(tmp_path):
    """Each folder's `reading.json` a link to one file in a synced folder: the lock is
    taken beside that file, so the two processes take turns."""
    synced = tmp_path / "sync"
    synced.mkdir()
    folders = [tmp_path / "a", tmp_path / "b"]
    for folder in folders:
        folder.mkdir()
        (folder / "reading.json").symlink_to(synced / "reading.json")
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", SAVER, str(folder), f"p{n}", "150"],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for n, folder in enumerate(folders)
    ]
    failures = [int(p.communicate(timeout=300)[0]) for p in processes]
    assert failures == [0, 0]
    final = Reading.load(folders[0])
    assert final.read == {f"p{p}-{n}" for p in range(2) for n in range(150)}
    assert all((folder / "reading.json").is_symlink() for folder in folders)
