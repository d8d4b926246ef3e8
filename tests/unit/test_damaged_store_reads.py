"""Damage found while a command reads the store, after its catalog was found fresh: a
search's hits from a damaged cache shard, the people from a damaged link pack. Each
answer is the right one, never an error (issue #20's attack: flipped bytes in the
cache ended searches in 意外错误 StaleLibrary, `people` in "run it again")."""

from __future__ import annotations

import shutil
from pathlib import Path

from lcreader.cache import Cache
from lcreader.library import build_version, open_index, open_library
from lcreader.link_store import links_folder
from tests.unit.test_integrity import answer, flipped, listed

TWO = {
    "a.txt": "# 统战会\n\n王建国说统战。\n\n(党建办 杜嵩)\n",
    "b.txt": "# 运动会\n\n李明说统战工作。\n\n(自治办 张琳)\n",
}


def test_a_search_whose_hits_lie_in_a_damaged_shard_answers_right(tmp_path):
    from tests.helpers import write_library

    folder = write_library(tmp_path / "lib", TWO)
    cache_path = tmp_path / "cache" / "library.json"
    right = answer(open_index(folder, cache_path)[0])
    assert len(right) == 2
    cache = Cache(cache_path, build_version())
    [(_, file)] = listed(cache_path)["shards"]
    shard = cache.shard_path(file)
    raw = shard.read_bytes()
    for at in range(0, len(raw), max(1, len(raw) // 40)):
        shard.write_bytes(flipped(raw, at))
        index, _ = open_index(folder, cache_path)  # fresh: the shard is read for the hits
        assert answer(index) == right, f"flip at byte {at}"
    shard.write_bytes(raw)


def test_people_from_a_damaged_link_pack_are_the_right_people(tmp_path):
    from tests.helpers import write_library

    folder = write_library(tmp_path / "lib", TWO)
    cache_path = tmp_path / "cache" / "library.json"

    def people(library) -> list:
        return [(p.name, p.articles) for p in library.people]

    right = people(open_library(folder, cache_path))
    assert right
    [pack] = links_folder(cache_path).glob("*.links")
    size = pack.stat().st_size
    for at in range(0, size, max(1, size // 40)):
        shutil.rmtree(cache_path.parent)
        open_library(folder, cache_path)  # a store of one pack, sound
        [pack] = links_folder(cache_path).glob("*.links")
        pack.write_bytes(flipped(pack.read_bytes(), at))
        assert people(open_library(folder, cache_path)) == right, f"flip at byte {at}"


def test_counts_by_year_on_a_damaged_index_segment_are_the_right_counts(tmp_path):
    # Each count in its own process: a block once verified is not checked again there.
    import json
    import os
    import subprocess
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from generate import generate

    from tests.unit.test_integrity import segment_file

    folder = tmp_path / "lib"
    generate(3, folder)  # a segment of many blocks, each checked when first read
    cache_path = tmp_path / "cache" / "library.json"
    env = {**os.environ, "LCREADER_CACHE_DIR": str(cache_path.parent)}

    def counts() -> subprocess.CompletedProcess:
        command = ["--library", str(folder), "search", "统战", "--by", "year", "--json"]
        return subprocess.run(
            [sys.executable, "-m", "lcreader", *command], capture_output=True, text=True, env=env
        )

    right = counts()
    assert right.returncode == 0 and json.loads(right.stdout)
    [cache_path] = cache_path.parent.glob("library-*.json")
    size = segment_file(cache_path).stat().st_size
    for at in range(size // 4, size, max(1, size // 24)):  # past the header: the blocks
        path = segment_file(cache_path)  # the one listed now: a repair writes another
        path.write_bytes(flipped(path.read_bytes(), at))
        got = counts()
        assert (got.returncode, got.stdout, got.stderr) == (0, right.stdout, ""), at
