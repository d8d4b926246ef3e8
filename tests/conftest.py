from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from lcreader.messages import set_language

# CI: fixed seed and a bounded number of examples. Longer run:
#   HYPOTHESIS_PROFILE=long pytest tests/unit/test_parse_properties.py
settings.register_profile("ci", max_examples=150, derandomize=True, deadline=None)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("long", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Every test gets its own cache and data dirs; none touches the user's."""
    monkeypatch.setenv("LCREADER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("LCREADER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("LCREADER_LIBRARY", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    # Chinese, the default, unless a test asks for a language (the `lang` fixture).
    monkeypatch.setenv("LCREADER_LANG", "zh")
    set_language(None)


@pytest.fixture(params=["zh", "en"])
def lang(request, monkeypatch) -> str:
    """Run the test in each language; subprocesses get it through LCREADER_LANG."""
    monkeypatch.setenv("LCREADER_LANG", request.param)
    set_language(None)
    return request.param
