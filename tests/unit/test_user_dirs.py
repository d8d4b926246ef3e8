"""The user's folders are platformdirs' (found without importing it on Linux)."""

from __future__ import annotations

import sys

import platformdirs
import pytest

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
