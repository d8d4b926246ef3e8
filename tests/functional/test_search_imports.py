"""`lcreader search` imports only what a search uses: each module left out here cost a
search whole milliseconds to import (issue #19: the seeds' search ≤ 3× `python -c pass`)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import SEEDS

# What a plain search (a pipe, no colour) never needs, and what each was imported for.
NEVER = {
    "textual": "the reader",
    "rich": "styled output, on a terminal only",
    "opencc": "folding: data/t2s.txt does it",
    "pypinyin": "a Latin query word only",
    "shutil": "argparse's terminal width: cli/terminal.py",
    "hashlib": "a build's checksums",
    "typing": "TYPE_CHECKING",
    "uuid": "new segment names, written by a build",
    "orjson": "large cache reads; a search reads a few small issues",
    "docx": "compile",
    "tinydb": "the cache's writes",
    "platformdirs": "the user's folders: paths.py finds them as it does on Linux",
    "argparse": "the full command line: cli/quick.py reads a plain search",
    "gettext": "argparse's words",
    "lcreader.cli.full": "argparse's side of the command line",
    "lcreader.kinds": "the entity commands' names, for argparse",
    "dataclasses": "records.py makes the search's records (it imports inspect)",
    "inspect": "dataclasses' import",
    "lcreader.store_build": "a build: the index folder's name is in snapshot.py",
    "shlex": "`doctor`'s suggested commands",
    "signal": "its enums: guarded.py sets SIGTERM's handler through _signal",
    "lcreader.model": "hits are made from the cache's entries (text_fields.EntryText)",
    "lcreader.stored": "the stored library: a search reads entries (stored_entries.py)",
    "lcreader.cache_entries": "parsing a file: a search only reads (build_report.py)",
    "lcreader.corrections_file": "a scan reads corrections' stamps (corrections_stamps.py)",
    "pathlib": "a search's folders are text (paths.py); it imports urllib.parse, ipaddress",
    "urllib.parse": "pathlib's import",
    "fnmatch": "a glob of stale temporary files: safe_files.py lists them",
    "contextlib": "safe_files.open_regular and locked are classes",
    "struct": "a postings head is read as arrays (segment.py)",
    "heapq": "ranking more hits than asked for only",
    "lcreader.search.postings": "writing a segment: search/layout.py has the reader's part",
    "lcreader.expansions.pinyin": "a Latin query word only (expansions.is_latin)",
    "lcreader.formats.shapes": "an article's blocks: a hit's meta line is formats.meta_line",
}

PROBE = """
import io, json, sys
from lcreader.cli import main
shown, sys.stdout = sys.stdout, io.StringIO()  # not contextlib's redirect: it is one of them
main(["--library", sys.argv[1], "search", "統戰"])
sys.stdout = shown
print(json.dumps(sorted(sys.modules)))
"""


def test_a_search_imports_none_of_what_it_does_not_use(tmp_path):
    # The user's default folders, as a user without LCREADER_* variables has them.
    env = {"HOME": str(tmp_path), "NO_COLOR": "1"}
    env |= {f"XDG_{kind}_HOME": str(tmp_path / kind) for kind in ("CACHE", "DATA", "CONFIG")}
    command = [sys.executable, "-c", PROBE, str(SEEDS)]
    subprocess.run(command, env=env, capture_output=True, check=True)  # builds
    out = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout.strip().splitlines()[-1]))
    assert {m: why for m, why in NEVER.items() if m in loaded} == {}
