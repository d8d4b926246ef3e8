"""Writing a compiled document: never over a file that exists unless asked (`force`),
never half-written (a temporary file beside it, linked or renamed into place)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ..safe_files import check_writable


def write_new(path: Path, data: bytes, force: bool = False) -> None:
    """Write `data` to `path`. Raises FileExistsError when the path exists (anything:
    a file, a link, a folder) and `force` is off; with `force`, replaces only a regular
    file (safe_files.NotRegularFile otherwise)."""
    if force:
        check_writable(path)
    elif os.path.lexists(path):
        raise FileExistsError(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)
        if force:
            os.replace(tmp, path)
            return
        try:
            os.link(tmp, path)  # fails, and leaves it alone, if the path appeared meanwhile
        except FileExistsError:
            raise
        except OSError:  # no hard links here (a FAT stick): create it, exclusively
            with open(path, "xb") as handle:
                handle.write(data)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _umask()  # read once, at import: setting it is not safe beside other threads
