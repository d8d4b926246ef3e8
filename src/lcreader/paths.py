"""Where the library, the cache and the user's state live."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

APP = "lcreader"
LIBRARY_ENV = "LCREADER_LIBRARY"
CACHE_ENV = "LCREADER_CACHE_DIR"
DATA_ENV = "LCREADER_DATA_DIR"
CONFIG_ENV = "LCREADER_CONFIG_DIR"


# On Linux, platformdirs' folders by the XDG rules it follows there: importing it costs
# a search 14 ms. (variable, default under ~) per kind; a test checks they agree.
_XDG = {
    "cache": ("XDG_CACHE_HOME", "~/.cache"),
    "data": ("XDG_DATA_HOME", "~/.local/share"),
    "config": ("XDG_CONFIG_HOME", "~/.config"),
}


def _user_dir(kind: str) -> Path:
    """The user's folder of a kind for lcreader, as platformdirs gives it."""
    import sys

    if sys.platform.startswith("linux"):
        variable, default = _XDG[kind]
        value = os.environ.get(variable, "")
        base = value if value.strip() else os.path.expanduser(default)
        return Path(base) / APP
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP))


def bundled_seeds() -> Path:
    """The bulletins shipped with lcreader: inside the wheel, or the repo's `seeds/`."""
    here = Path(__file__).resolve().parent
    packaged = here / "seeds"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "seeds"


def library_dir(flag: str | None = None) -> Path:
    chosen = flag or os.environ.get(LIBRARY_ENV)
    return Path(chosen).expanduser() if chosen else bundled_seeds()


def cache_dir(flag: str | None = None) -> Path:
    chosen = flag or os.environ.get(CACHE_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return _user_dir("cache")


def data_dir(flag: str | None = None) -> Path:
    chosen = flag or os.environ.get(DATA_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return _user_dir("data")


def config_dir(flag: str | None = None) -> Path:
    """Where the office keeps its own settings files (同义词.conf)."""
    chosen = flag or os.environ.get(CONFIG_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return _user_dir("config")


def cache_file(cache: Path, library: Path) -> Path:
    """One cache file per library folder."""
    # A checksum, not a hash: names a file, and hashlib costs more to import than a search.
    try:
        resolved = library.resolve()
    except (RuntimeError, OSError):  # a symlink loop: opening the library says so
        resolved = Path(os.path.abspath(library))
    digest = zlib.crc32(os.fsencode(resolved))  # a path is bytes: any name has a digest
    return cache / f"library-{digest:08x}.json"
