"""Every file lcreader writes is its user's to read and write again (a checked write had
passed its `tidy` flag as the permission bits: 0o001, unreadable after the first save for
anyone but root, so read marks, 收藏 and the cache were lost; the tests run as root, which
reads anything, so this looks at the bits themselves)."""

from __future__ import annotations

import stat
from pathlib import Path

from lcreader.library import open_library
from lcreader.model import Article
from lcreader.reading import Reading
from tests.helpers import write_library

ROOT = Path(__file__).resolve().parents[2]


def _owner_can_read_and_write(folder: Path) -> list[str]:
    """Files under the folder whose owner may not read and write them."""
    return [
        f"{path.relative_to(folder)} {stat.filemode(path.stat().st_mode)}"
        for path in folder.rglob("*")
        if path.is_file() and stat.S_IMODE(path.stat().st_mode) & 0o600 != 0o600
    ]


def test_the_cache_and_the_index_a_build_writes_are_readable_again(tmp_path):
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    library = write_library(
        tmp_path / "lib", {p.name: p.read_text(encoding="utf-8") for p in seeds}
    )
    cache = tmp_path / "cache" / "library.json"
    open_library(library, cache)
    assert list((tmp_path / "cache").rglob("*"))
    assert _owner_can_read_and_write(tmp_path / "cache") == []


def test_reading_state_is_readable_again_after_its_save(tmp_path):
    reading = Reading()
    reading.read.add(Article(id="a/1", issue="a", title="标题").id)
    assert reading.save(tmp_path)
    assert _owner_can_read_and_write(tmp_path) == []
    again = Reading.load(tmp_path)
    assert "a/1" in again.read
