"""Where a folder's corrections files are, and their sizes and mtimes: what every scan
of a library folder reads (sources.py), apart from corrections_file.py, which reads
and changes corrections, so that a search imports none of that."""

from __future__ import annotations

import os
import zlib

# typing.TYPE_CHECKING without importing typing; pathlib only names types here (a
# search passes its folders as text: paths.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

SUFFIX = ".corrections"

# Folder → its bulletins with a corrections file, as this process last scanned it
# (folded_stamps): `ignored` reads those, and no folder twice.
_FOUND: dict[str, list[str]] = {}


def user_folder(folder: Path | str) -> Path | str:
    """The data-dir folder of a read-only library folder's corrections, as text when
    `folder` is text (a search scans without pathlib: paths.py)."""
    from .paths import data_folder

    try:
        resolved = os.path.realpath(folder)
    except (RuntimeError, OSError):
        resolved = os.path.abspath(folder)
    name = f"{zlib.crc32(os.fsencode(resolved)):08x}"
    found = os.path.join(data_folder(), "corrections", name)
    return found if isinstance(folder, str) else type(folder)(found)


def corrections_folder(folder: Path | str) -> Path | str:
    """Beside the bulletins when that folder can be written, else the user's data dir;
    the bulletins shipped with lcreader are the program's: never written beside."""
    if os.access(folder, os.W_OK) and not _bundled(folder):
        return folder
    return user_folder(folder)


def _bundled(folder: Path) -> bool:
    from .paths import seeds_folder

    return os.path.realpath(folder) == os.path.realpath(seeds_folder())


def folded_stamps(
    folder: Path, names: list[str], beside: list[os.DirEntry] | None = None
) -> dict[str, tuple[int, int]]:
    """Size and mtime of each listed bulletin's corrections file, where there is one
    (the one `load` reads); `beside`: the folder's corrections files, already listed."""
    found = _stamps(folder, set(names), beside)
    where = corrections_folder(folder)
    if where != folder:  # a read-only folder: the user's own copies stand first
        found.update(_stamps(where, set(names)))
    _FOUND[os.fspath(folder)] = list(found)
    return found


_MASK = (1 << 63) - 1
_MIX = 0x9E3779B97F4A7C15  # an odd constant spreads the change time over all bits


def change_stamp(st: os.stat_result) -> int:
    """When a file last changed, as one 63-bit number: its mtime and the inode's change
    time, which no tool sets back (an edit that restores the mtime, `touch -d`, same
    size, still changes the stamp); a chmod or a move changes it too, and costs one
    read and hash of the file, not a parse."""
    return (st.st_mtime_ns ^ (st.st_ctime_ns * _MIX)) & _MASK


def _stamps(where: Path, wanted: set[str], listed: list | None = None) -> dict:
    found: dict[str, tuple[int, int]] = {}
    try:
        listing = os.scandir(where) if listed is None else listed
    except OSError:
        return found
    try:
        for entry in listing:
            if entry.name.endswith(SUFFIX) and entry.name[: -len(SUFFIX)] in wanted:
                try:
                    st = entry.stat()
                except OSError:
                    continue
                found[entry.name[: -len(SUFFIX)]] = (st.st_size, change_stamp(st))
    finally:
        if listed is None:
            listing.close()
    return found


def none_found(folder: Path) -> bool:
    """Whether this process's scan of the folder found no corrections file: then none
    can be ignored, and corrections_file.py need not be imported to say so."""
    return _FOUND.get(os.fspath(folder)) == []
