"""Where the library, the cache and the user's state live.

Each place comes as text (`library_folder`, `cache_folder` …: what a search uses,
which never imports pathlib, with its urllib.parse and ipaddress: 4 ms of a search's
start) and as a Path (`library_dir`, `cache_dir` …: every other command), the same
place written the same way: the text is what `str()` of the Path gives.
"""

from __future__ import annotations

import os
import zlib

# typing.TYPE_CHECKING without importing typing.
TYPE_CHECKING = False
if TYPE_CHECKING:
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


def plain(text: str) -> str:
    """A path written as pathlib writes it (`str(PurePosixPath(text))`): no empty or
    `.` parts, no trailing slash, `//` kept at the start as POSIX allows."""
    root = ""
    if text.startswith("/"):
        stripped = text.lstrip("/")
        root = "//" if len(text) - len(stripped) == 2 else "/"
        text = stripped
    return root + "/".join(x for x in text.split("/") if x and x != ".") or "."


def expanded(text: str) -> str:
    """`str(Path(text).expanduser())`: a leading `~` or `~user` made the home folder."""
    text = plain(text)
    if not text.startswith("~"):
        return text
    first, _, rest = text.partition("/")
    home = os.path.expanduser(first)
    if home[:1] == "~":
        raise RuntimeError("Could not determine home directory.")
    return plain(f"{home}/{rest}")


def _user_folder(kind: str) -> str:
    """The user's folder of a kind for lcreader, as platformdirs gives it."""
    import sys

    if sys.platform.startswith("linux"):
        variable, default = _XDG[kind]
        value = os.environ.get(variable, "")
        base = value if value.strip() else os.path.expanduser(default)
        return plain(f"{base}/{APP}")
    import platformdirs

    return plain(getattr(platformdirs, f"user_{kind}_dir")(APP))


def seeds_folder() -> str:
    """The bulletins shipped with lcreader: inside the wheel, or the repo's `seeds/`."""
    here = os.path.dirname(os.path.realpath(__file__))
    packaged = os.path.join(here, "seeds")
    if os.path.isdir(packaged):
        return packaged
    return os.path.join(os.path.dirname(os.path.dirname(here)), "seeds")


def library_folder(flag: str | None = None) -> str:
    chosen = flag or os.environ.get(LIBRARY_ENV)
    return expanded(chosen) if chosen else seeds_folder()


def _chosen_folder(flag: str | None, variable: str, kind: str) -> str:
    chosen = flag or os.environ.get(variable)
    return expanded(chosen) if chosen else _user_folder(kind)


def cache_folder(flag: str | None = None) -> str:
    return _chosen_folder(flag, CACHE_ENV, "cache")


def data_folder(flag: str | None = None) -> str:
    return _chosen_folder(flag, DATA_ENV, "data")


def config_folder(flag: str | None = None) -> str:
    """Where the office keeps its own settings files (同义词.conf)."""
    return _chosen_folder(flag, CONFIG_ENV, "config")


def cache_file_path(cache: str, library: str) -> str:
    """One cache file per library folder."""
    # A checksum, not a hash: names a file, and hashlib costs more to import than a search.
    try:
        resolved = _resolved(library)
    except (RuntimeError, OSError):  # a symlink loop: opening the library says so
        resolved = os.path.abspath(library)
    digest = zlib.crc32(os.fsencode(resolved))  # a path is bytes: any name has a digest
    return plain(os.path.join(cache, f"library-{digest:08x}.json"))


def _resolved(path: str) -> str:
    """`str(Path(path).resolve())`: RuntimeError on a symlink loop, as pathlib's."""
    import errno

    resolved = os.path.realpath(path)
    try:
        os.stat(resolved)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise RuntimeError(f"Symlink loop from {resolved!r}") from None
    return resolved


# The same places as Paths, for every command but a search.


def _path(text: str) -> Path:
    from pathlib import Path

    return Path(text)


def bundled_seeds() -> Path:
    return _path(seeds_folder())


def library_dir(flag: str | None = None) -> Path:
    return _path(library_folder(flag))


def cache_dir(flag: str | None = None) -> Path:
    return _path(cache_folder(flag))


def data_dir(flag: str | None = None) -> Path:
    return _path(data_folder(flag))


def config_dir(flag: str | None = None) -> Path:
    return _path(config_folder(flag))


def cache_file(cache: Path, library: Path) -> Path:
    return _path(cache_file_path(os.fspath(cache), os.fspath(library)))


def _user_dir(kind: str) -> Path:
    """The user's folder of a kind for lcreader, as platformdirs gives it."""
    return _path(_user_folder(kind))
