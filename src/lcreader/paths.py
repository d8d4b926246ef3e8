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
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP))


def data_dir(flag: str | None = None) -> Path:
    chosen = flag or os.environ.get(DATA_ENV)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP))


def config_dir(flag: str | None = None) -> Path:
    """Where the office keeps its own settings files (同义词.conf)."""
    chosen = flag or os.environ.get(CONFIG_ENV)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP))


def cache_file(cache: Path, library: Path) -> Path:
    """One cache file per library folder."""
    # A checksum, not a hash: names a file, and hashlib costs more to import than a search.
    try:
        resolved = library.resolve()
    except (RuntimeError, OSError):  # a symlink loop: opening the library says so
        resolved = Path(os.path.abspath(library))
    digest = zlib.crc32(os.fsencode(resolved))  # a path is bytes: any name has a digest
    return cache / f"library-{digest:08x}.json"
