"""The command line never ends in an unexpected error: odd names and paths, closed or
narrow output, odd option values; and what it says is in the user's language."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from lcreader.filenames import MARK
from lcreader.messages import message
from lcreader.model import Issue, Library, Person
from lcreader.reading import READING_FILE, Reading
from tests.functional.conftest import ENTRY_POINT
from tests.helpers import fits, write_library

GOOD = "# 统战工作会议\n\n2021年，统战工作会议召开，街道党工委书记王建国出席。\n\n(党建办 杜嵩)\n"
UNEXPECTED = message("unexpected", kind="", error="").split("：")[0]  # 意外错误

EVERY_COMMAND = [
    ["search", "统战"],
    ["search", "统战", "--json"],
    ["issues"],
    ["issues", "--json"],
    ["people"],
    ["people", "--json"],
    ["departments"],
    ["export", "--format", "json"],
    ["export", "--format", "md"],
    ["export", "--format", "csv"],
    ["build"],
    ["doctor"],
    ["doctor", "--json"],
    ["bookmarks"],
]


def odd_library(root) -> str:
    folder = root / os.fsdecode(b"lib\xfe")
    if folder.exists():
        return str(folder)
    folder = write_library(root / os.fsdecode(b"lib\xfe"), {"good.txt": GOOD})
    (folder / os.fsdecode(b"bad\xff.txt")).write_text(GOOD.replace("会议", "座谈"), "utf-8")
    (folder / os.fsdecode(b"empty\xfd.txt")).write_bytes(b"")
    return str(folder)


@pytest.mark.parametrize("command", EVERY_COMMAND, ids=" ".join)
def test_every_command_works_on_names_and_a_path_that_are_not_utf8(run, tmp_path, command):
    result = run("--library", odd_library(tmp_path), *command)
    assert result.returncode == 0, result.stderr
    assert UNEXPECTED not in result.stderr and "Traceback" not in result.stderr
    assert "\\udc" not in result.stdout  # no lone surrogate, escaped or not
    if "--json" in command or "json" in command:
        json.loads(result.stdout)
    if command[0] == "issues":
        assert f"bad{MARK}FF/1" in result.stdout
    if command[0] == "search" and "--json" not in command:
        assert "统战工作座谈" in result.stdout  # named by title and issue, not its id
    if command[0] == "build":
        assert result.stderr.count(f"empty{MARK}FD.txt") == 1
    show = run("--library", odd_library(tmp_path), "show", f"bad{MARK}FF/1")
    assert show.returncode == 0 and "统战工作座谈" in show.stdout


def test_closed_output_and_an_ascii_console_end_quietly(tmp_path, run):
    library = ["--library", odd_library(tmp_path)]
    assert run(*library, "build").returncode == 0
    # `| head -c 0`: the pipe is closed before or while lcreader writes.
    for command in (["search", "统战"], ["issues"], ["export", "--format", "md"]):
        piped = subprocess.run(
            [
                "bash",
                "-c",
                'set -o pipefail; "$0" "$@" | head -c 0',
                str(ENTRY_POINT),
                *library,
                *command,
            ],
            capture_output=True,
            text=True,
        )
        assert piped.returncode == 0, piped.stderr
        assert piped.stderr.count("\n") == 1 and f"empty{MARK}FD.txt" in piped.stderr
    reader = subprocess.Popen(
        [str(ENTRY_POINT), *library, "export", "--format", "md"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    reader.stdout.close()  # nobody reads: every write is a broken pipe
    _, err = reader.communicate(timeout=60)
    assert reader.returncode == 0 and err.count(b"\n") == 1  # the empty file, named once
    closed = subprocess.run(
        [str(ENTRY_POINT), *library, "issues"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert closed.returncode == 0
    no_stdout = subprocess.run(
        ["sh", "-c", '"$0" "$@" >&-', str(ENTRY_POINT), *library, "issues"],
        capture_output=True,
        text=True,
    )
    assert no_stdout.returncode == 0 and no_stdout.stderr.count("\n") == 1
    ascii_console = run(*library, "issues", env={"PYTHONIOENCODING": "ascii"})
    assert ascii_console.returncode == 0, ascii_console.stderr
    assert "\\u7edf\\u6218" in ascii_console.stdout  # 统战, escaped
    ascii_console.stdout.encode("ascii")


@pytest.mark.parametrize("size", ["1e308", "inf", "-inf", "nan", "-1", "0", "abc", ""])
def test_max_file_size_must_be_a_finite_positive_number(run, size):
    result = run(f"--max-file-size={size}", "issues")
    assert result.returncode == 2
    assert message("cli.bad_max_file_size", value=repr(size)) in result.stderr
    assert UNEXPECTED not in result.stderr


@pytest.mark.parametrize("option", ["--library", "--cache-dir", "--data-dir"])
def test_an_empty_path_is_a_usage_error_not_the_default(run, option):
    result = run(option, "", "issues")
    assert result.returncode == 2
    assert message("cli.empty_path", option=option) in result.stderr


def test_bookmarks_says_what_is_wrong_with_the_state(run, tmp_path, lang):
    data = tmp_path / "data"  # LCREADER_DATA_DIR
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    result = run("--data-dir", str(blocker), "bookmarks")
    assert result.returncode == 2
    assert message("reading.data_dir_not_folder", path=str(blocker)) in result.stderr
    data.mkdir()
    os.mkfifo(data / READING_FILE)
    result = run("bookmarks")
    assert result.returncode == 2 and message("files.kind.fifo") in result.stderr
    assert result.stderr.count("\n") == 1 and (data / READING_FILE).is_fifo()
    (data / READING_FILE).unlink()
    (data / READING_FILE).mkdir()
    assert run("bookmarks").returncode == 2 and (data / READING_FILE).is_dir()
    (data / READING_FILE).rmdir()
    assert Reading(read={"x"}).save(data)
    (data / READING_FILE).write_bytes((data / READING_FILE).read_bytes()[:-2])
    result = run("bookmarks")
    assert result.returncode == 0
    [aside] = [p for p in data.iterdir() if ".damaged-" in p.name]
    said = message("reading.damaged", path=str(data / READING_FILE), kept=aside.name)
    assert said in result.stderr
    assert message("bookmarks.none") in result.stderr


def test_a_filter_alone_is_a_search(run, small_library):
    result = run("--library", str(small_library), "search", "--person", "王建国", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["total"] == 1
    bare = run("search")
    assert bare.returncode == 2 and message("query.empty") in bare.stderr


def test_an_unknown_person_is_said_with_close_names(run, small_library, lang):
    lib = ["--library", str(small_library)]
    result = run(*lib, "search", "统战", "person:不存在")
    assert result.returncode == 1
    said = message("search.no_such_person", name="不存在")
    said += message("search.try_word", command="lcreader search 不存在")  # no close name
    assert result.stderr.splitlines() == [message("notice", message=said)]  # why, once
    close = run(*lib, "search", "统战", "person:王建民")
    assert close.returncode == 1
    expected = message("search.no_such_person", name="王建民")
    assert expected + message("did_you_mean", candidates="王建国") in close.stderr
    known = run(*lib, "search", "运动会", "person:王建国")
    assert known.returncode == 0 and "no_such" not in known.stderr


def test_a_part_of_names_says_whose_names_it_took(run, small_library, lang):
    """(a new user's trial: `person:王` took every 王 without a word)"""
    lib = ["--library", str(small_library)]
    part = run(*lib, "search", "person:王", "--json")
    assert part.returncode == 0 and json.loads(part.stdout)["total"] == 1
    said = message("search.partial_person", name="王", count=1, names="王建国")
    assert part.stderr.splitlines()[0] == message("notice", message=said)
    whole = run(*lib, "search", "person:王建国")
    assert whole.returncode == 0 and "王建国" not in whole.stderr


def test_a_word_where_the_command_goes_says_what_was_meant(run, lang):
    """(a new user's trial: `lcreader 统战` gave argparse's `无效的选择` and its list)"""
    bare = run("统战")
    assert bare.returncode == 2
    assert message("cli.meant_search", command="lcreader search 统战") in bare.stderr
    slip = run("serach", "统战")
    assert slip.returncode == 2 and message("cli.meant_command", command="search") in slip.stderr


def test_help_headings_take_the_full_width_colon_and_name_the_query_word(run):
    top = run("--help").stdout
    assert f"\n{message('cli.options')}：\n" in top and f"\n{message('cli.commands')}：\n" in top
    assert f"{message('cli.options')}:" not in top
    # (a new user's trial) the commands' heading once: no `  命令` line under `命令：`
    under = top.split(f"\n{message('cli.commands')}：\n", 1)[1].splitlines()[0]
    assert under.split()[0] == "search", under
    search = run("search", "--help").stdout
    assert message("cli.query_word") in search and " query" not in search


def test_english_counts_are_singular_for_one(run, tmp_path):
    folder = write_library(tmp_path / "one", {"a.txt": GOOD})
    english = {"LCREADER_LANG": "en"}
    build = run("--library", str(folder), "build", env=english).stdout
    assert "1 file:" in build and "1 issue, 1 article" in build
    assert "(s)" not in build
    assert "1 article)" in run("--library", str(folder), "issues", env=english).stdout
    search = run("--library", str(folder), "search", "统战", env=english).stderr
    assert search.rstrip().endswith("1 article matches")
    assert "1 guess to check" in run("--library", str(folder), "doctor", env=english).stdout


def test_system_messages_are_in_the_users_language(run, tmp_path, lang):
    folder = write_library(tmp_path / "lib", {"good.txt": GOOD})
    os.symlink("loop.txt", folder / "loop.txt")
    os.mkfifo(folder / "pipe.txt")
    result = run("--library", str(folder), "build")
    assert message("oserror.ELOOP") in result.stderr
    assert message("source.not_regular") in result.stderr
    assert "Too many levels" not in result.stderr or lang == "en"
    # The cache proper is its shards (the catalog beside them is derived, rebuilt quietly).
    [cache] = (tmp_path / "cache").glob("library-*.json")
    [shard] = (tmp_path / "cache").glob("library-*.cache/*.tinydb")
    shard.write_bytes(b"garbage")
    rebuilt = run("--library", str(folder), "build")
    assert fits_any(rebuilt.stderr, "cache.unusable")
    assert "rebuilding" not in rebuilt.stderr or lang == "en"


def csv_rows(library: Library) -> list[list[str]]:
    from lcreader.formats.csv import BOM, people_csv

    return list(csv.reader(io.StringIO(people_csv(library)[len(BOM) :])))


def test_csv_counts_a_persons_articles_per_issue_in_the_script_of_the_name():
    one = Issue(id="2021_a", source="2021_a.txt", year=2021, title="第一期头条")
    two = Issue(id="2022_b", source="2022_b.txt", year=2022, title="第二期头条", number="第3期")
    person = Person(
        "吴静",
        [("2021_a", 2021, "黨工委副書記")],
        ["2021_a/1", "2021_a/2", "2021_a/5", "2022_b/1"],
    )
    rows = csv_rows(Library(issues=[one, two], people=[person]))
    assert rows[1:] == [
        ["吴静", "2021", "", "", "2021年 · 头条：第一期头条", "党工委副书记", "3"],
        ["吴静", "2022", "", "第3期", "2022年 第3期", "", "1"],
    ]


def fits_any(text: str, key: str) -> bool:
    """Whether a line of `text` (a notice: `lcreader：…`) is message `key`, its fields
    filled with anything."""
    return any(fits(re.sub(r"^lcreader[:：]\s*", "", line), key) for line in text.splitlines())


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize("command", [["search", "统战"], ["search", "统战", "--json"], ["issues"]])
def test_a_full_disk_under_the_output_is_said_in_words(tmp_path, run, command):
    # It ended in `意外错误 OSError：[Errno 28] No space left on device` (the attacker).
    library = ["--library", odd_library(tmp_path)]
    assert run(*library, "build").returncode == 0
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [str(ENTRY_POINT), *library, *command],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env={**os.environ, "LCREADER_LANG": "zh"},
        )
    assert done.returncode == 2
    assert "磁盘已满" in done.stderr
    assert "意外错误" not in done.stderr and "Errno" not in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


@pytest.mark.parametrize("columns", [60, 80])
@pytest.mark.parametrize("command", [[], ["search"], ["doctor"]])
def test_help_fits_the_terminal_in_cells_and_never_cuts_a_variable(run, command, columns):
    from lcreader.typeset import NO_LINE_START, text_width

    shown = run(*command, "--help", env={"COLUMNS": str(columns), "LCREADER_LANG": "zh"}).stdout
    lines = shown.splitlines()
    assert all(text_width(line) <= columns - 2 for line in lines), shown
    assert all(not line.strip() or line.strip()[0] not in NO_LINE_START for line in lines)
    if command != ["search"]:
        assert "$LCREADER_DATA_DIR" in shown
    # Each option's help starts in one column, counted in cells.
    starts = {
        text_width(line[: line.index("  ", 2)])
        + len(line[line.index("  ", 2) :])
        - len(line[line.index("  ", 2) :].lstrip())
        for line in lines
        if line.startswith("  --") and "  " in line[2:].strip()
    }
    assert len(starts) == 1, shown


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is Linux's")
def test_a_stderr_that_cannot_be_written_changes_no_answer_nor_exit_code(tmp_path):
    """#20 (attack pass): a search with hits exited 1 ("nothing found") when its summary
    line could not be written to stderr (`2>/dev/full`)."""
    env = {**os.environ, "LCREADER_CACHE_DIR": str(tmp_path / "c")}
    with open("/dev/full", "w") as full:
        found = subprocess.run(
            [str(ENTRY_POINT), "search", "统战"], stdout=subprocess.PIPE, stderr=full, env=env
        )
        none = subprocess.run(
            [str(ENTRY_POINT), "search", "量子计算"], stdout=subprocess.PIPE, stderr=full, env=env
        )
    assert found.returncode == 0 and "统战".encode() in found.stdout
    assert none.returncode == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_state_files_that_are_fifos_or_devices_are_never_waited_on_nor_read_whole(run, tmp_path):
    """#20 (attack pass): a FIFO in place of `last-search.json` hung `show 2`, one in
    place of the index's `.retired.json` hung `build` and `search`; a link to /dev/zero
    read until the memory ran out."""
    import shutil

    from tests.conftest import SEEDS

    data, cache, library = tmp_path / "data", tmp_path / "cache", tmp_path / "lib"
    shutil.copytree(SEEDS, library)
    folders = ["--data-dir", str(data), "--cache-dir", str(cache), "--library", str(library)]
    assert run(*folders, "search", "统战").returncode == 0
    os.remove(data / "last-search.json")
    os.mkfifo(data / "last-search.json")
    shown = run(*folders, "show", "1")
    assert shown.returncode == 2 and UNEXPECTED not in shown.stderr  # no last search: said
    os.remove(data / "last-search.json")
    os.symlink("/dev/zero", data / "last-search.json")
    assert run(*folders, "show", "1").returncode == 2
    (index,) = cache.glob("*.index")
    os.mkfifo(index / ".retired.json")
    first = sorted(library.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n追加一段。\n", encoding="utf-8")
    rebuilt = run(*folders, "build")  # a changed file: its old segment retired, the record read
    assert rebuilt.returncode == 0, rebuilt.stderr
    found = run(*folders, "search", "统战")
    assert found.returncode == 0 and "统战" in found.stdout


def test_names_as_lcreader_shows_them_can_be_given_back(run, tmp_path):
    """#20 (attack pass): what lcreader shows of a name that is not UTF-8, or holds a
    control character, did not work as an argument: doctor's suggested command named
    another folder, `show` refused the id `issues` listed, `fix` the name as shown,
    `compile -o` said another file's name than the one it wrote."""
    library = odd_library(tmp_path)
    escaped = Path(library) / "esc\x1b[31m.txt"
    escaped.write_text(GOOD.replace("会议", "恳谈会"), "utf-8")
    listed = run("--library", library, "issues").stdout
    assert "esc[31m/1" in listed and "\x1b" not in listed
    shown = run("--library", library, "show", "esc[31m/1")
    assert shown.returncode == 0 and "恳谈会" in shown.stdout
    fixed = run("--library", library, "fix", f"bad{MARK}FF.txt")
    assert fixed.returncode == 0, fixed.stderr
    out = tmp_path / os.fsdecode(b"out\xff.docx")
    written = run("--library", library, "compile", "统战", "-o", str(out))
    assert written.returncode == 0 and out.exists()
    assert f"out{MARK}FF.docx" in written.stderr


@pytest.mark.skipif(not Path("/bin/bash").exists(), reason="bash's $'…' words")
@pytest.mark.parametrize(
    "name", [os.fsdecode(b"/tmp/lib\xff\xfe/a b.txt"), "esc\x1b[31m.txt", "it's\\n.txt", "普通.txt"]
)
def test_a_suggested_commands_words_give_back_the_names_bytes(name):
    from lcreader.filenames import shell_word, stored

    for form in (name, stored(name)):
        word = shell_word(form)
        assert word.isprintable()  # survives being shown
        echoed = subprocess.run(["/bin/bash", "-c", f"printf %s {word}"], capture_output=True)
        assert echoed.stdout == os.fsencode(name)


def test_people_with_a_name_no_one_has_offers_the_close_ones(run, small_library):
    result = run("--library", str(small_library), "people", "王建民")
    assert result.returncode == 2
    assert message("did_you_mean", candidates="王建国").lstrip("；;") in result.stderr
