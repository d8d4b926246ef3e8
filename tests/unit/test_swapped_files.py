"""A bulletin file swapped after the folder scan is opened once, safely: a FIFO does not
hang the build, a link out of the library is not followed, a huge file is not read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lcreader import cache_entries
from lcreader import sources as sources_module
from lcreader.library import open_library
from lcreader.messages import message
from lcreader.sources import MB, ScanRules, SourceError, read_source, too_large
from tests.helpers import write_library

GOOD = "# 标题\n\n正文。\n\n(党建办)\n"
ROOT = Path(__file__).resolve().parents[2]


def swap_after_scan(monkeypatch, name: str, swap) -> None:
    """`swap(path)` runs on the file between the folder's scan and its reading."""
    real = cache_entries.read_source

    def read(path, *rules):
        if path.name == name:
            swap(path)
        return real(path, *rules)

    monkeypatch.setattr(cache_entries, "read_source", read)


def problems(library) -> dict[str, str]:
    return {Path(p.path).name: p.reason for p in library.problems}


# The FIFO case runs in a child process: were it to hang, the test fails by timeout
# rather than hanging the suite.
FIFO_SWAP = """
import os, sys
from pathlib import Path
from lcreader import cache_entries
from lcreader.library import open_library

real = cache_entries.read_source

def read(path, *rules):
    if path.name == "swapped.txt":
        path.unlink()
        os.mkfifo(path)
    return real(path, *rules)

cache_entries.read_source = read
library = open_library(Path(sys.argv[1]), Path(sys.argv[2]))
print(([i.id for i in library.issues], [(Path(p.path).name, p.reason) for p in library.problems]))
"""


def test_a_file_swapped_for_a_fifo_is_skipped_not_waited_on(tmp_path):
    folder = write_library(tmp_path / "lib", {"good.txt": GOOD, "swapped.txt": GOOD})
    result = subprocess.run(
        [sys.executable, "-c", FIFO_SWAP, str(folder), str(tmp_path / "c.json")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "LCREADER_LANG": "zh"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(
        (["good"], [("swapped.txt", message("source.not_regular"))])
    )


def test_a_file_swapped_for_a_link_out_of_the_library_is_not_followed(tmp_path, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD.replace("标题", "机密"), encoding="utf-8")
    folder = write_library(tmp_path / "lib", {"good.txt": GOOD, "swapped.txt": GOOD})

    def to_link(path: Path) -> None:
        path.unlink()
        path.symlink_to(secret)

    swap_after_scan(monkeypatch, "swapped.txt", to_link)
    library = open_library(folder, tmp_path / "c.json")
    assert [i.id for i in library.issues] == ["good"]
    assert problems(library) == {"swapped.txt": message("source.outside", target=str(secret))}
    # --follow reads it, and a link inside the library is read without it.
    followed = open_library(folder, tmp_path / "c2.json", rules=ScanRules(follow=True))
    assert followed.issue("swapped").title == "机密"


def test_a_link_inside_the_library_swapped_in_is_read(tmp_path, monkeypatch):
    folder = write_library(tmp_path / "lib", {"good.txt": GOOD, "swapped.txt": GOOD})
    (folder / "sub").mkdir()
    (folder / "sub" / "inner.txt").write_text(GOOD.replace("标题", "里面"), encoding="utf-8")

    def to_link(path: Path) -> None:
        path.unlink()
        path.symlink_to(folder / "sub" / "inner.txt")

    swap_after_scan(monkeypatch, "swapped.txt", to_link)
    library = open_library(folder, tmp_path / "c.json")
    assert library.issue("swapped").title == "里面" and library.problems == []


def test_a_file_swapped_for_a_symlink_loop_says_so(tmp_path, monkeypatch):
    folder = write_library(tmp_path / "lib", {"good.txt": GOOD, "swapped.txt": GOOD})

    def to_loop(path: Path) -> None:
        path.unlink()
        path.symlink_to(path.name)

    swap_after_scan(monkeypatch, "swapped.txt", to_loop)
    library = open_library(folder, tmp_path / "c.json")
    assert problems(library) == {"swapped.txt": message("oserror.ELOOP")}


def counting_reads(monkeypatch) -> list[int]:
    """How many bytes each os.read gave while reading sources."""
    asked: list[int] = []
    real = os.read

    def read(fd, size):
        got = real(fd, size)
        asked.append(len(got))
        return got

    monkeypatch.setattr(sources_module.os, "read", read)
    return asked


def test_a_huge_sparse_file_swapped_in_is_refused_without_reading_it(tmp_path, monkeypatch):
    folder = write_library(tmp_path / "lib", {"good.txt": GOOD, "huge.txt": GOOD})
    size = 3 * 1000 * MB  # 3 GB, sparse: no disk used

    def to_huge(path: Path) -> None:
        os.truncate(path, size)

    swap_after_scan(monkeypatch, "huge.txt", to_huge)
    asked = counting_reads(monkeypatch)
    library = open_library(folder, tmp_path / "c.json")
    assert problems(library) == {"huge.txt": too_large(size, 50 * MB)}
    assert sum(asked) == len(GOOD.encode())  # good.txt's bytes, and none of huge.txt


def test_a_file_that_grows_past_the_limit_while_read_is_cut_at_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "grows.txt"
    path.write_bytes(b"")
    os.truncate(path, 10 * MB)
    real_fstat = os.fstat
    monkeypatch.setattr(  # the size seen at open: small; the file: 10 MB
        sources_module.os,
        "fstat",
        lambda fd: os.stat_result((*real_fstat(fd)[:6], 100, *real_fstat(fd)[7:])),
    )
    asked = counting_reads(monkeypatch)
    with pytest.raises(SourceError) as caught:
        read_source(path, ScanRules(max_size=MB))
    assert sum(asked) == MB + 1  # the limit and one byte, never the rest
    assert str(caught.value) == too_large(MB + 1, MB)


def test_a_device_swapped_in_is_not_read(tmp_path, monkeypatch):
    folder = write_library(tmp_path / "lib", {"good.txt": GOOD, "dev.txt": GOOD})

    def to_device(path: Path) -> None:
        path.unlink()
        path.symlink_to("/dev/zero")  # a link out, and a device: never read

    swap_after_scan(monkeypatch, "dev.txt", to_device)
    library = open_library(folder, tmp_path / "c.json", rules=ScanRules(follow=True))
    assert problems(library) == {"dev.txt": message("source.not_regular")}


@pytest.mark.parametrize(
    ("size", "shown"), [(3_220_000_000, "3220"), (51_200_000, "51.2"), (12_300, "0.0123")]
)
def test_a_skipped_files_size_is_said_in_plain_digits(size, shown):
    # A 3 GB sparse file was `3.22e+03 MB` (found by the attacker).
    assert too_large(size, 50 * MB).startswith(f"{shown} MB")
