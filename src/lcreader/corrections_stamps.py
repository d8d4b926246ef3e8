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


def user_folder(folder: Path) -> Path:
    """The data-dir folder of a read-only library folder's corrections."""
    from pathlib import Path

    from .paths import data_dir

    folder = Path(folder)  # or text, as a search scans
    try:
        resolved = folder.resolve()
    except (RuntimeError, OSError):
        resolved = Path(os.path.abspath(folder))
    return data_dir() / "corrections" / f"{zlib.crc32(os.fsencode(resolved)):08x}"


def corrections_folder(folder: Path) -> Path:
    """Beside the bulletins when that folder can be written, else the user's data dir."""
    return folder if os.access(folder, os.W_OK) else user_folder(folder)


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
                found[entry.name[: -len(SUFFIX)]] = (st.st_size, st.st_mtime_ns)
    finally:
        if listed is None:
            listing.close()
    return found


def none_found(folder: Path) -> bool:
    """Whether this process's scan of the folder found no corrections file: then none
    can be ignored, and corrections_file.py need not be imported to say so."""
    return _FOUND.get(os.fspath(folder)) == []
