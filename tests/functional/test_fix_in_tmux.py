"""A bulletin the parser merges, put right in the real reader (in tmux) in a few keys;
after a restart the fix is in the tree, in `lcreader search` and in `export`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import uuid

import pytest

from lcreader.parse import parse_issue
from tests.functional.conftest import ENTRY_POINT
from tests.unit.test_corrections import TWO_RUN_TOGETHER

# The second headline follows a line left without its full stop, and nothing else
# tells it from the text: the parser runs the two articles together. (The corpus files
# the parser merged are read right now; this one stays wrong by what it is.)
FILE = "a.txt"
TEXT = TWO_RUN_TOGETHER
TITLE = "锦苑居民区开展垃圾分类宣传"
# The tree's last article (End), its structure view (e), down to the headline's line
# (j j j), a new article there (s) titled by it (t); back (then q quits): each key with
# what the screen shows after it.
STEPS = [
    ("End", lambda s: "凉城新村街道举办敬老文艺汇演" in s),
    ("e", lambda s: "结构：凉城新村街道举办敬老文艺汇演" in s),
    ("j", lambda s: "结构：" in s),
    ("j", lambda s: "结构：" in s),
    ("j", lambda s: "结构：" in s),
    ("s", lambda s: "第 2 篇" in s),
    ("t", lambda s: f"标题      {TITLE}" in s),
    ("Escape", lambda s: "结构：" not in s and f"└ {TITLE}" in s),
]
KEYS = [key for key, _ in STEPS] + ["q"]
WAIT = 60.0  # seconds at most for the reader to show what is awaited: a slow machine

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Tmux:
    """One reader in a tmux server of its own (its own socket), killed at the end."""

    def __init__(self, env: dict[str, str]) -> None:
        self.socket = f"lcreader-test-{uuid.uuid4().hex[:8]}"
        self.env = env

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, env=self.env
        )
        return done.stdout

    def start(self, *command: str) -> None:
        self.tmux("new-session", "-d", "-s", "r", "-x", "140", "-y", "40", *command)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "r")

    def running(self) -> bool:
        return "r" in self.tmux("list-sessions", "-F", "#{session_name}").split()

    def wait_for(self, what) -> str:
        """The screen once `what(screen)` holds; fails after WAIT seconds."""
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            shown = self.screen()
            if what(shown):
                return shown
            time.sleep(0.2)
        pytest.fail(f"the reader never showed what was awaited:\n{self.screen()}")

    def press(self, key: str, then) -> str:
        self.tmux("send-keys", "-t", "r", key)
        return self.wait_for(then)

    def kill(self) -> None:
        self.tmux("kill-server")


def test_a_merged_article_is_split_in_the_reader_and_stays_fixed(tmp_path):
    titles = [a.title for a in parse_issue("a", FILE, TEXT).articles]
    assert TITLE not in titles, "the parser reads it right now: choose another text"
    library = tmp_path / "lib"
    library.mkdir()
    (library / FILE).write_text(TEXT, encoding="utf-8")
    env = {
        **os.environ,
        "LCREADER_CACHE_DIR": str(tmp_path / "cache"),
        "LCREADER_DATA_DIR": str(tmp_path / "data"),
        "LCREADER_LANG": "zh",
        "TERM": "xterm-256color",
    }
    reader = Tmux(env)
    assert len(KEYS) <= 10
    try:
        reader.start(str(ENTRY_POINT), "--library", str(library))
        reader.wait_for(lambda s: "凉城新村街道举办敬老文艺汇演" in s)
        for key, then in STEPS:
            reader.press(key, then)
        reader.tmux("send-keys", "-t", "r", "q")
        # (q quits: the session ends with the reader. Its screen goes blank before the
        # process has exited; a new session started then, on a server shutting down,
        # was lost on a loaded machine)
        reader.wait_for(lambda s: not reader.running())
        # Started again: the tree shows the article the fix made.
        reader.start(str(ENTRY_POINT), "--library", str(library))
        reader.wait_for(lambda s: f"└ {TITLE}" in s)
        reader.tmux("send-keys", "-t", "r", "q")
    finally:
        reader.kill()

    def run(*args: str) -> str:
        done = subprocess.run(
            [str(ENTRY_POINT), "--library", str(library), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    hits = json.loads(run("search", "锦苑", "--json"))["hits"]
    assert hits[0]["title"] == TITLE
    exported = json.loads(run("export", "--format", "json"))["articles"]
    assert TITLE in [a["title"] for a in exported]
