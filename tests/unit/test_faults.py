"""Files and cache under faults: each problem is named, the rest of the library works."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lcreader import cache_entries as entries_module
from lcreader import library as library_module
from lcreader.cache_codec import AtomicJSONStorage, read_tables, write_tables
from lcreader.library import BuildReport, open_library
from lcreader.messages import message
from lcreader.safe_files import read_checked
from lcreader.snapshot import MAGIC as CATALOG_MAGIC
from lcreader.tui.state import ReaderState
from tests.helpers import fits, refuse_secret, write_library

GOOD = "# 标题\n\n正文。\n\n(党建办)\n"


@pytest.fixture
def folder(tmp_path):
    return write_library(tmp_path / "lib", {"good.txt": GOOD})


def open_(folder, tmp_path, notes=None):
    report = BuildReport()
    lib = open_library(
        folder,
        tmp_path / "cache" / "c.json",
        (notes if notes is not None else []).append,
        None,
        report,
    )
    return lib, report


def reasons(lib) -> dict[str, str]:
    return {Path(p.path).name: p.reason for p in lib.problems}


def test_an_unreadable_file_is_named_with_its_reason(folder, tmp_path, monkeypatch):
    (folder / "secret.txt").write_text(GOOD, encoding="utf-8")
    refuse_secret(monkeypatch)
    lib, _ = open_(folder, tmp_path)
    assert reasons(lib) == {"secret.txt": message("oserror.EACCES")}
    assert [i.id for i in lib.issues] == ["good"]


def test_a_symlink_loop_and_a_dangling_link(folder, tmp_path):
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("nowhere", folder / "dangling.txt")
    lib, _ = open_(folder, tmp_path)
    assert set(reasons(lib)) == {"loop.txt", "dangling.txt"}
    assert [i.id for i in lib.issues] == ["good"]


def test_a_file_that_disappears_while_being_built(folder, tmp_path, monkeypatch):
    (folder / "gone.txt").write_text(GOOD, encoding="utf-8")
    real = entries_module.read_source

    def vanish(path, rules):
        if path.name == "gone.txt":
            path.unlink()
        return real(path, rules)

    monkeypatch.setattr(entries_module, "read_source", vanish)
    lib, _ = open_(folder, tmp_path)
    assert reasons(lib)["gone.txt"] == message("oserror.ENOENT")
    assert [i.id for i in lib.issues] == ["good"]


def test_a_file_that_changes_while_being_read_is_read_again_next_time(
    folder, tmp_path, monkeypatch
):
    path = folder / "good.txt"
    real = entries_module.read_source

    def change_after_reading(p, rules):
        source = real(p, rules)
        p.write_text(GOOD.replace("正文", "新的正文"), encoding="utf-8")
        os.utime(p, ns=(10**18, 10**18))
        return source

    monkeypatch.setattr(entries_module, "read_source", change_after_reading)
    open_(folder, tmp_path)
    monkeypatch.setattr(entries_module, "read_source", real)
    lib, report = open_(folder, tmp_path)
    assert report.parsed == 1
    assert lib.issues[0].articles[0].paragraphs == ["新的正文。"]
    assert path.exists()


def test_thousands_of_files_and_non_ascii_names(folder, tmp_path):
    for n in range(1500):
        (folder / f"凉城第{n:04d}期.txt").write_text(
            GOOD.replace("标题", f"标题{n}"), encoding="utf-8"
        )
    lib, report = open_(folder, tmp_path)
    assert len(lib.issues) == 1501 and report.parsed == 1501
    assert lib.issue("凉城第0042期").articles[0].id == "凉城第0042期/1"


def test_a_cache_dir_that_cannot_be_written_works_from_memory_and_says_so_once(folder, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache dir should be")
    notes = []
    lib = open_library(folder, blocker / "cache" / "c.json", notes.append)
    assert [i.id for i in lib.issues] == ["good"]
    assert len(notes) == 1 and fits(notes[0], "cache.locked")


def test_a_cache_from_a_newer_version_is_rebuilt(folder, tmp_path):
    from lcreader.cache import Cache

    open_(folder, tmp_path)
    catalog = tmp_path / "cache" / "c.json"
    cache = Cache(catalog, library_module.build_version())
    [file] = cache.shard_files()
    path = cache.shard_path(file)
    data = read_tables(path)
    data["meta"]["1"]["format"] = 99
    write_tables(path, data)
    catalog.unlink()  # the catalog gone too: the shard is all there is
    notes = []
    lib, report = open_(folder, tmp_path, notes)
    assert report.parsed == 1 and len(notes) == 1 and fits(notes[0], "cache.unusable")
    assert "99" in notes[0]  # the version found is named


def test_an_interrupted_write_leaves_the_old_cache_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "c.json"
    storage = AtomicJSONStorage(path)
    storage.write({"t": {"1": {"v": 1}}})
    storage.flush()

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    # Interrupted after the temporary file is written, before it replaces the cache.
    monkeypatch.setattr(os, "fsync", interrupted)
    storage.write({"t": {"1": {"v": 2}}})
    with pytest.raises(KeyboardInterrupt):
        storage.flush()
    assert read_tables(path) == {"t": {"1": {"v": 1}}}
    assert [p.name for p in tmp_path.iterdir()] == ["c.json"]


def test_a_build_killed_mid_write_leaves_a_readable_library(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from generate import generate

    lib_dir = tmp_path / "gen"
    generate(30, lib_dir)
    cache = tmp_path / "cache"
    env = {**os.environ, "LCREADER_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "lcreader", "--library", str(lib_dir), "build"]
    for delay in (0.3, 0.6, 0.9, 1.2):
        for stale in cache.glob("library-*.json"):
            stale.unlink()
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        for written in cache.glob("library-*.json"):
            # whole, or not there at all: the catalog, and the shards it lists
            assert read_checked(written, CATALOG_MAGIC) is not None
            for shard in written.with_suffix(".cache").glob("*.tinydb"):
                read_tables(shard)
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and result.stdout.startswith("60 ")
    assert "Traceback" not in result.stderr
    assert not [p for p in cache.iterdir() if p.name.startswith(".")], "temporary files left"


def test_user_state_survives_a_cache_rebuild(folder, tmp_path, monkeypatch):
    data_dir = tmp_path / "data"
    ReaderState(article="good/1", sidebar_tab="departments").save(data_dir)
    open_(folder, tmp_path)
    monkeypatch.setattr(library_module, "PARSER_VERSION", 12345)
    open_(folder, tmp_path)
    assert ReaderState.load(data_dir) == ReaderState(article="good/1", sidebar_tab="departments")


def test_a_link_out_of_the_library_is_skipped_unless_followed(folder, tmp_path):
    from lcreader.sources import ScanRules

    outside = tmp_path / "secret.txt"
    outside.write_text(GOOD.replace("标题", "机密"), encoding="utf-8")
    os.symlink(outside, folder / "s.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "inner.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(folder / "sub" / "inner.txt", folder / "inside.txt")
    lib, _ = open_(folder, tmp_path)
    assert [i.id for i in lib.issues] == ["good", "inside"]
    reason = reasons(lib)["s.txt"]
    assert reason == message("source.outside", target=outside)
    followed = open_library(folder, tmp_path / "cache" / "c.json", rules=ScanRules(follow=True))
    assert [i.id for i in followed.issues] == ["good", "inside", "s"]
    assert followed.issue("s").title == "机密"


def test_a_file_over_the_size_limit_is_skipped_with_the_limit_named(folder, tmp_path):
    from lcreader.sources import ScanRules

    (folder / "big.txt").write_text(GOOD * 4000, encoding="utf-8")  # about 130 kB
    small = ScanRules(max_size=100_000)
    lib = open_library(folder, tmp_path / "cache" / "c.json", rules=small)
    assert [i.id for i in lib.issues] == ["good"]
    assert reasons(lib)["big.txt"].endswith(
        message("source.too_large", size="", limit="0.1").strip()
    )
    lib = open_library(folder, tmp_path / "cache" / "c.json")
    assert [i.id for i in lib.issues] == ["big", "good"]


def test_an_unreadable_file_keeps_the_cache_fresh(folder, tmp_path, monkeypatch):
    (folder / "secret.txt").write_text(GOOD, encoding="utf-8")
    refuse_secret(monkeypatch)
    open_(folder, tmp_path)
    cache = tmp_path / "cache" / "c.json"
    written = cache.stat().st_mtime_ns
    lib, report = open_(folder, tmp_path)
    assert reasons(lib) == {"secret.txt": message("oserror.EACCES")}
    assert not report.saved and (report.reused, report.skipped) == (1, 1)
    after = cache.stat().st_mtime_ns
    assert after == written
    os.utime(folder / "secret.txt", ns=(10**18, 10**18))  # changed: read again
    monkeypatch.undo()
    lib, report = open_(folder, tmp_path)
    assert [i.id for i in lib.issues] == ["good", "secret"] and report.parsed == 1


def test_a_damaged_or_foreign_reader_state_is_not_used(tmp_path):
    data_dir = tmp_path / "data"
    ReaderState(article="good/1", sidebar_tab="departments").save(data_dir)
    path = data_dir / "reader-state.json"
    raw = path.read_bytes()
    at = raw.index(b"good/1")
    path.write_bytes(raw[:at] + b"x" + raw[at + 1 :])  # same length, one byte changed
    assert ReaderState.load(data_dir) == ReaderState()
    path.write_text('{"article": "good/1", "sidebar_tab": "departments"}', encoding="utf-8")
    assert ReaderState.load(data_dir) == ReaderState()


def test_a_fifo_as_reader_state_is_not_waited_on(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    os.mkfifo(data_dir / "reader-state.json")
    code = (
        "import sys; from pathlib import Path; from lcreader.tui.state import ReaderState; "
        "print(ReaderState.load(Path(sys.argv[1])))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True, timeout=30
    )
    assert result.stdout.strip() == "ReaderState(article=None, sidebar_tab='people')"
    assert not ReaderState(article="good/1").save(data_dir)  # never replaced
    assert (data_dir / "reader-state.json").is_fifo()
