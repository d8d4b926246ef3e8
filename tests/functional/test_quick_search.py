"""A plain search read without argparse (cli/quick.py) says and does exactly what the
same command line read by argparse (cli/full.py) does: the same stdout and stderr
bytes, exit code and last-search file, over many command lines, good and bad, and over
a library whose index is missing, damaged or stale, with stdout closed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from lcreader.cli.quick import quick_args
from tests.conftest import SEEDS

# The command line as `lcreader` reads it (quick path when it can), and through argparse.
QUICK = [sys.executable, "-m", "lcreader"]
FULL = [
    sys.executable,
    "-c",
    "import sys\n"
    "from lcreader.cli.guarded import usable_streams\n"
    "usable_streams()\n"
    "from lcreader.cli.full import main\n"
    "sys.exit(main(sys.argv[1:]))",
]

# Read by the quick path: each must be, or the comparison below proves nothing.
QUICK_FORMS = [
    ["search", "统战"],
    ["search", "統戰"],
    ["search", "统战", "社区"],
    ["search", "统战", "--json"],
    ["search", "--json", "统战", "--exact"],
    ["search", "统战", "--limit", "1"],
    ["search", "--limit=2", "统战", "--json"],
    ["search", "统战", "--limit", "3", "--limit", "1"],
    ["search", "统战", "--limit", "007"],
    ["search", "量子计算"],
    ["search", '"统战工作"'],
    ["search", "person:乐跃明"],
    ["search", "统战|社区"],
    ["search", "year:2021", "统战"],
    ["search", "person:"],
    ["search", "search"],
    ["search", "tongzhan"],
]
# Left to argparse: the same must come of them either way.
OTHER_FORMS = [
    ["search"],
    ["search", ""],
    ["search", "统战", "--limit", "0"],
    ["search", "统战", "--limit", "x"],
    ["search", "统战", "--limit", "٣"],
    ["search", "统战", "--limit", " 3"],
    ["search", "统战", "--limit"],
    ["search", "统战", "--limit="],
    ["search", "-统战", "社区"],
    ["search", "统战", "--", "-社区"],
    ["search", "统战", "--nope"],
    ["search", "统战", "--color", "never"],
    ["search", "统战", "--person", "乐跃明"],
    ["search", "统战", "--json=yes"],
    ["search", "-h"],
    ["serch", "统战"],
    ["--debug", "search", "统战"],
    ["search", "统战", "--library"],
]


def _argv_forms(library: str, cache: str) -> list[tuple[list, bool]]:
    lib = ["--library", library]
    forms = [([*lib, *argv], True) for argv in QUICK_FORMS]
    forms += [([*lib, *argv], False) for argv in OTHER_FORMS]
    forms += [
        (["--cache-dir", cache, *lib, "--data-dir", cache + "-data", "search", "统战"], True),
        ([*lib, "--library", library, "search", "统战"], False),
        (["--library", "", "search", "统战"], False),
        (["--library", library + "-none", "search", "统战"], True),
        (["--library", "-x", "search", "统战"], False),
        (["--lib", library, "search", "统战"], False),
        (["search", "统战", *lib], False),
        ([*lib, "search", "统战\udcff"], False),  # an undecodable byte, as Python keeps it
    ]
    return forms


@pytest.fixture
def pristine(tmp_path):
    """A library and its built cache, kept aside to restore before every run."""
    library, cache, data = tmp_path / "lib", tmp_path / "cache", tmp_path / "data"
    shutil.copytree(SEEDS, library)
    env = {**os.environ, "LCREADER_CACHE_DIR": str(cache), "LCREADER_DATA_DIR": str(data)}
    env.pop("NO_COLOR", None)
    subprocess.run(
        [*FULL, "--library", str(library), "build"], env=env, check=True, capture_output=True
    )
    shutil.copytree(library, tmp_path / "lib.kept")
    shutil.copytree(cache, tmp_path / "cache.kept")
    return tmp_path, env


def _restore(root, spoil) -> None:
    for name in ("lib", "cache", "data", "cache-data"):
        shutil.rmtree(root / name, ignore_errors=True)
    shutil.copytree(root / "lib.kept", root / "lib")
    shutil.copytree(root / "cache.kept", root / "cache")
    spoil(root)


def _run(command, argv, env, root, spoil, closed_stdout=False):
    _restore(root, spoil)
    done = subprocess.run(
        [*command, *argv],
        env=env,
        capture_output=not closed_stdout,
        stderr=subprocess.PIPE if closed_stdout else None,
        preexec_fn=(lambda: os.close(1)) if closed_stdout else None,  # `>&-`
        timeout=120,
    )
    kept = root / "data" / "last-search.json"
    return done.returncode, done.stdout, done.stderr, kept.read_bytes() if kept.exists() else None


def _as_is(root) -> None:
    pass


def _missing(root) -> None:
    shutil.rmtree(root / "cache")


def _damaged(root) -> None:
    """A flipped byte in the middle of every index segment."""
    segments = [
        p for p in (root / "cache").rglob("*") if p.is_file() and p.parent.suffix == ".index"
    ]
    assert segments
    for path in segments:
        raw = bytearray(path.read_bytes())
        raw[len(raw) // 2] ^= 0xFF
        path.write_bytes(bytes(raw))


def _stale(root) -> None:
    """A bulletin changed since the index was built: a new article names 统战."""
    path = sorted((root / "lib").glob("*.txt"))[0]
    path.write_text(path.read_text("utf-8") + "\n\n补记：统战工作再推进。\n", "utf-8")


def test_the_quick_path_reads_the_forms_it_is_meant_for():
    forms = _argv_forms("/lib", "/cache")
    assert [argv for argv, quick in forms if quick != (quick_args(argv) is not None)] == []


@pytest.mark.parametrize("spoil", [_as_is, _missing, _damaged, _stale])
def test_quick_and_full_paths_say_and_do_the_same(pristine, spoil):
    root, env = pristine
    differ = []
    for argv, _ in _argv_forms(str(root / "lib"), str(root / "cache")):
        if spoil is not _as_is and argv[-1] != "统战":
            continue  # the index's states: the plain forms are enough
        quick = _run(QUICK, argv, env, root, spoil)
        full = _run(FULL, argv, env, root, spoil)
        if quick != full:
            differ.append((argv, quick, full))
    assert differ == []


@pytest.mark.parametrize("spoil", [_as_is, _stale])
def test_the_same_with_stdout_closed_and_no_color(pristine, spoil):
    root, env = pristine
    for argv in (["search", "统战"], ["search", "统战", "--json"], ["search", "量子计算"]):
        argv = ["--library", str(root / "lib"), *argv]
        for extra in ({}, {"NO_COLOR": "1"}):
            quick = _run(QUICK, argv, env | extra, root, spoil, closed_stdout=True)
            full = _run(FULL, argv, env | extra, root, spoil, closed_stdout=True)
            assert quick == full, argv


def test_the_same_with_an_undecodable_argument(pristine):
    root, env = pristine
    argv = [b"--library", os.fsencode(root / "lib"), b"search", b"\xe7\xbb\x9f\xff"]
    assert _run(QUICK, argv, env, root, _as_is) == _run(FULL, argv, env, root, _as_is)
