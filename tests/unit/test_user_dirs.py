"""The user's folders are platformdirs' (found without importing it on Linux)."""

from __future__ import annotations

import sys

import platformdirs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lcreader import paths

KINDS = ("cache", "data", "config")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("value", [None, "", "  ", "/somewhere/else"])
def test_each_user_folder_is_where_platformdirs_puts_it(monkeypatch, kind, value):
    for variable, _ in paths._XDG.values():
        monkeypatch.delenv(variable, raising=False)
    if value is not None:
        monkeypatch.setenv(paths._XDG[kind][0], value)
    expected = getattr(platformdirs, f"user_{kind}_dir")(paths.APP)
    assert paths._user_dir(kind) == type(paths._user_dir(kind))(expected)


def test_finding_them_does_not_import_platformdirs_on_linux(monkeypatch):
    if not sys.platform.startswith("linux"):
        pytest.skip("elsewhere platformdirs is asked")
    monkeypatch.delitem(sys.modules, "platformdirs")
    for env in (paths.CACHE_ENV, paths.DATA_ENV, paths.CONFIG_ENV):
        monkeypatch.delenv(env, raising=False)
    paths.cache_dir(), paths.data_dir(), paths.config_dir()
    assert "platformdirs" not in sys.modules


PATH_TEXTS = [
    "",
    ".",
    "/",
    "//",
    "///",
    "a",
    "a/",
    "./a",
    "a/./b",
    "a//b",
    "/a/b/",
    "//a",
    "///a",
    "a/..",
    "../a",
    "~",
    "~/x",
    "~/",
    "x/~",
    "./~",
    "a\udcff/b",
    "文库/期刊",
]


@pytest.mark.parametrize("text", PATH_TEXTS)
def test_a_folder_as_text_is_written_as_pathlib_writes_it(text):
    from pathlib import Path

    def outcome(expand):
        try:
            return expand()
        except RuntimeError as err:  # `~nobody`: no such user's home
            return str(err)

    assert paths.plain(text) == str(Path(text))
    assert outcome(lambda: paths.expanded(text)) == outcome(lambda: str(Path(text).expanduser()))


@given(st.text(alphabet=st.sampled_from(list("/.~ab文")), max_size=12))
def test_any_folder_as_text_is_written_as_pathlib_writes_it(text):
    test_a_folder_as_text_is_written_as_pathlib_writes_it(text)


def test_the_cache_file_as_text_is_named_as_through_pathlib(tmp_path):
    import os
    import zlib

    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    for library in (tmp_path, tmp_path / "gone", tmp_path / "link", tmp_path / "a" / ".."):
        digest = zlib.crc32(os.fsencode(library.resolve()))
        expected = tmp_path / "cache" / f"library-{digest:08x}.json"
        assert paths.cache_file_path(str(tmp_path / "cache"), str(library)) == str(expected)
        assert paths.cache_file(tmp_path / "cache", library) == expected
