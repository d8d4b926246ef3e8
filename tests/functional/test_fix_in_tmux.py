"""A corpus file the parser mis-titles, put right in the real reader (in tmux) in a few
keys; after a restart the fix is in the tree, in `lcreader search` and in `export`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from lcreader.parse import parse_issue
from lcreader.sources import decode
from tests.functional.conftest import ENTRY_POINT

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# Its first article: the 简报's issuing line (中共…办公室 … 编) read as a line of
# text, the speech's headline under it as a paragraph, so the title is made from the
# issuing line.
FILE = "n07_taiyilu_policy.txt"
TITLE = "在全街道2025年度城乡居民医保集中征缴动员会上的讲话（摘要）"
# In the structure view of article 1: the issuing line is furniture (f), the cursor is
# then on the headline: title (t); back, quit.
KEYS = ["e", "f", "t", "Escape", "q"]
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


def test_a_mistitled_article_is_fixed_in_the_reader_and_stays_fixed(tmp_path):
    text = decode((CORPUS / FILE).read_bytes())
    before = parse_issue("n07", FILE, text).articles[0]
    assert before.title != TITLE, "the parser titles it right now: choose another file"
    library = tmp_path / "lib"
    library.mkdir()
    shutil.copy(CORPUS / FILE, library / FILE)
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
        reader.wait_for(lambda s: "中共太乙路街道" in s)
        reader.press("e", lambda s: "结构：" in s)
        reader.press("f", lambda s: "已更正：第 3 行" in s)
        reader.press("t", lambda s: f"结构：{TITLE}" in s)
        reader.press("Escape", lambda s: "结构：" not in s and TITLE in s)
        reader.tmux("send-keys", "-t", "r", "q")
        reader.wait_for(lambda s: not reader.running() or not s.strip())
        # Started again: the tree shows the corrected title.
        if reader.running():
            reader.tmux("kill-session", "-t", "r")
        reader.start(str(ENTRY_POINT), "--library", str(library))
        reader.wait_for(lambda s: "在全街道2025年度" in s)
        shown = reader.screen()
        assert "中共太乙路街道工作委员会办公室" not in shown.split("│")[0]
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

    hits = json.loads(run("search", "征缴动员会", "--json"))["hits"]
    assert hits[0]["title"] == TITLE
    exported = json.loads(run("export", "--format", "json"))["articles"]
    first = next(a for a in exported if a["id"].endswith("/1"))
    assert first["title"] == TITLE
