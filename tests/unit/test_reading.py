"""Read marks and bookmarks are keyed by a stable id that survives rebuilds and re-parses."""

from __future__ import annotations

import json

from lcreader.library import open_library
from lcreader.reading import READING_FILE, Reading, article_keys
from tests.helpers import write_library

ISSUE = "# 社区运动会举行\n\n社区举办运动会。\n\n(自治办 张琳璘)\n\n# 老年大学开学\n\n老年大学开学。\n\n(文化中心)\n"
NEW_FIRST = "# 新增的头条\n\n新的一篇。\n\n(党建办)\n\n"


def test_keys_survive_a_rebuild_and_an_article_added_before(tmp_path):
    folder = write_library(tmp_path / "lib", {"2021_06.txt": ISSUE})
    before = open_library(folder, tmp_path / "cache.json")
    keys = article_keys(before)
    rebuilt = open_library(folder, tmp_path / "other-cache.json")
    assert article_keys(rebuilt) == keys
    (folder / "2021_06.txt").write_text(NEW_FIRST + ISSUE, encoding="utf-8")
    changed = open_library(folder, tmp_path / "cache.json")
    moved = article_keys(changed)
    # The old articles moved down one place; their keys did not change.
    old = {before.article(a).title: k for a, k in keys.items()}
    new = {changed.article(a).title: k for a, k in moved.items()}
    assert {t: new[t] for t in old} == old
    assert len(set(moved.values())) == len(moved)


def test_two_articles_with_one_title_get_two_keys(tmp_path):
    twice = ISSUE + "\n# 社区运动会举行\n\n又一次运动会。\n\n(自治办)\n"
    library = open_library(write_library(tmp_path / "lib", {"a.txt": twice}), tmp_path / "c.json")
    keys = article_keys(library)
    assert len(set(keys.values())) == len(keys) == 3


def test_saved_atomically_and_a_damaged_file_reads_as_empty(tmp_path):
    reading = Reading(read={"a.txt#1"}, settings={"theme": "nord"})
    assert reading.save(tmp_path)
    # No temporary left; the lock file stays (test_reading_safety: damaged files kept aside).
    assert sorted(p.name for p in tmp_path.iterdir()) == [READING_FILE, READING_FILE + ".lock"]
    assert Reading.load(tmp_path).read == {"a.txt#1"}
    saved = (tmp_path / READING_FILE).read_bytes()
    (tmp_path / READING_FILE).write_bytes(saved.replace(b"a.txt", b"b.txt"))  # checksum fails
    assert Reading.load(tmp_path).read == set()
    (tmp_path / READING_FILE).write_text(json.dumps({"read": ["b.txt#2"]}), "utf-8")  # foreign
    assert Reading.load(tmp_path).read == set()


def test_an_unwritable_data_dir_says_false(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert not Reading().save(blocker / "data")
