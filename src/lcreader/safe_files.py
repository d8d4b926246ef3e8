"""The ground floor for lcreader's own files: atomic writes, locks and checked reads.

Used by the cache, the snapshot and the reader's state. A checked file is a magic
line, a header line (its own checksum, then JSON naming each section with its kind,
length and CRC-32) and the sections one after another. A reader verifies what it
reads and seeks past the rest, so one flipped bit anywhere is found, never served.
Only regular files are opened: a FIFO or a device in a file's place is an error,
not a hang.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import zlib
from collections.abc import Callable

from .messages import message

# typing.TYPE_CHECKING without importing typing; a search writes its last hits to a
# path given as text (paths.py), without pathlib.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

LOCK_TIMEOUT = 60.0


class Damaged(Exception):
    """A checked file whose frame or checksums do not hold; the message says where."""


def move_aside(path: Path) -> Path:
    """Rename a damaged file beside itself, `NAME.damaged-<time>` (numbered if that is
    taken): never written over, kept for the user. Where it went; OSError if it could
    not be moved."""
    import time

    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    number = 1
    while aside.exists() or aside.is_symlink():
        number += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    os.rename(path, aside)
    return aside


class NotRegularFile(OSError):
    """A path that should be a regular file is something else (FIFO, device, folder)."""

    def __init__(self, path: Path, what: str) -> None:
        from .filenames import stored

        what = message(f"files.kind.{what}")
        super().__init__(message("files.not_regular", path=stored(str(path)), what=what))
        self.path = path


def _kind(mode: int) -> str:
    """The kind of a file that is not regular, as a `files.kind.*` message key's end."""
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISLNK(mode):
        return "link"
    return "other"


def lock_problem(path: Path | str) -> str | None:
    """Why `path.lock` cannot be had when something other than a file is in its place
    (a folder, a link, a FIFO: a lock is never taken through a link), or None."""
    lock = os.fspath(path) + ".lock"
    try:
        mode = os.lstat(lock).st_mode
    except OSError:
        return None
    return None if stat.S_ISREG(mode) else str(NotRegularFile(lock, _kind(mode)))


def parsed_json(raw: bytes | str) -> object:
    """json.loads, JSON nested past Python's depth a ValueError as other damage is (a
    state file nested 200,000 deep stopped every command: RecursionError)."""
    import json

    try:
        return json.loads(raw)
    except RecursionError:
        raise ValueError("JSON nested too deep") from None


def read_small(path: Path | str, limit: int) -> bytes | None:
    """A small state file's bytes, or None when absent: opened as open_regular does (a
    FIFO never waits), read no further than `limit` + 1 bytes (a link to /dev/zero grew
    to 23 GB); ValueError past the limit, NotRegularFile for what is not a file."""
    with open_regular(path) as handle:
        if handle is None:
            return None
        raw = handle.read(limit + 1)
    if len(raw) > limit:
        raise ValueError(f"{path}: larger than {limit} bytes")
    return raw


class open_regular:  # lower case: used as the function it was, `with open_regular(p) as f`
    """The file opened for reading in binary, or None when absent; never blocks on a FIFO.
    (A class, not contextlib's decorator: a search would import contextlib for it.)"""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        self.handle = None

    def __enter__(self):
        path = self.path
        try:
            # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        except (FileNotFoundError, NotADirectoryError):
            return None
        except IsADirectoryError:
            raise NotRegularFile(path, "folder") from None
        try:
            mode = os.fstat(fd).st_mode
            if not stat.S_ISREG(mode):
                raise NotRegularFile(path, _kind(mode))
            self.handle = os.fdopen(fd, "rb")
        except BaseException:
            os.close(fd)
            raise
        return self.handle

    def __exit__(self, *exc) -> None:
        if self.handle is not None:
            self.handle.close()


def check_writable(path: Path) -> None:
    """Refuse to replace anything but a regular file (or nothing)."""
    try:
        mode = os.lstat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return
    if stat.S_ISLNK(mode):
        try:  # noqa: SIM105 (a search imports no contextlib)
            mode = os.stat(path).st_mode
        except OSError:
            pass
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise NotRegularFile(path, _kind(mode))


def write_atomically(
    path: Path,
    chunks: list[bytes],
    *,
    mode: int | None = None,
    tidy: bool = True,
    durable: bool = True,
) -> None:
    """Replace a file with these bytes: temporary file, fsync, rename.

    The temporary file's name holds this process's id (`.NAME.PID.RANDOM`), so
    several processes may write at once: each renames only its own, and a
    temporary file is removed only when the process that made it is gone (`tidy`:
    looked for now; a file written under a new name each time has none to look for).
    The file is the user's alone unless `mode` (permission bits) says who else may read it.
    Not `durable`: no fsync, for a file whose loss in a crash costs nothing (the last
    search's hits): after a crash it may be the old file, or empty, never mixed.
    A link (a state file the user keeps in a synced folder) is written through: the
    file it names is replaced, the link stays.
    """
    path = _through_link(path)
    check_writable(path)
    os.makedirs(_parent(path), exist_ok=True)
    fd, tmp = _new_temporary(path)
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:  # noqa: SIM105 (a search imports no contextlib)
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if tidy:
        remove_stale_temporaries(path)


def lock_beside(path: Path) -> Path:
    """Where to lock a state file: beside the file a link names, so that every data
    folder linking one synced file takes the same lock (the path itself if no link)."""
    try:
        return _through_link(path)
    except OSError:
        return path  # a loop of links: the write will say so


def _through_link(path: Path) -> Path:
    """The file a link names (made when missing); the path itself when it is no link."""
    if not os.path.islink(path):
        return path
    target = os.path.realpath(path)
    if os.path.islink(target):  # a loop of links: nothing to write to
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), os.fspath(path))
    return type(path)(target) if not isinstance(path, str) else target


def _parent(path: Path | str) -> str:
    """The folder a file is in (`path.parent`, for a Path or for text)."""
    return os.path.dirname(os.fspath(path)) or "."


def _new_temporary(path: Path) -> tuple[int, str]:
    """A new file `.NAME.PID.RANDOM` beside `path`, open for writing, the user's alone:
    what tempfile.mkstemp makes, without importing tempfile (and shutil) on every search."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    while True:
        name = f".{os.path.basename(path)}.{os.getpid()}.{os.urandom(6).hex()}"
        tmp = os.path.join(_parent(path), name)
        try:
            return os.open(tmp, flags, 0o600), tmp
        except FileExistsError:
            continue


def remove_stale_temporaries(path: Path) -> None:
    """Temporary files left by a process killed mid-write: only a dead process's."""
    prefix = f".{os.path.basename(path)}."
    folder = _parent(path)
    try:
        # Listed, not globbed: a glob compiles a pattern (and reads `[` in a name as one).
        with os.scandir(folder) as listing:
            names = [entry.name for entry in listing if entry.name.startswith(prefix)]
    except OSError:
        return
    for name in names:
        owner = name[len(prefix) :].split(".", 1)[0]
        if owner.isdigit() and not _alive(int(owner)):
            try:  # noqa: SIM105 (a search imports no contextlib)
                os.unlink(os.path.join(folder, name))
            except OSError:
                pass


def _alive(pid: int) -> bool:
    """Whether a process of this id runs (on this machine); when unsure, yes."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError, ValueError):
        return True
    return True


class locked:  # lower case: used as the function it was, `with locked(p) as held`
    """Hold `path.lock`; gives False when it cannot be had (read-only dir, timeout)."""

    def __init__(self, path: Path, timeout: float = LOCK_TIMEOUT) -> None:
        self.path = path
        self.timeout = timeout
        self.lock = None

    def __enter__(self) -> bool:
        from filelock import FileLock, Timeout

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock = FileLock(str(self.path) + ".lock", timeout=self.timeout)
            lock.acquire()
        except (OSError, Timeout):
            return False
        self.lock = lock
        return True

    def __exit__(self, *exc) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


Section = tuple[str, str, bytes | list[bytes]]  # name, kind, bytes (or their chunks)


def write_checked(
    path: Path, magic: bytes, header: dict, sections: list[Section], tidy: bool = True
) -> None:
    """Write a checked file atomically: magic, header with each section's CRC-32, sections.
    A section's bytes may come in chunks, written as they are (never joined into one
    copy). `tidy`: see write_atomically."""
    parts = [[raw] if isinstance(raw, (bytes, bytearray)) else raw for _, _, raw in sections]
    listed = [
        [name, kind, sum(map(len, chunks)), _crc(chunks)]
        for (name, kind, _), chunks in zip(sections, parts, strict=True)
    ]
    head = json.dumps({**header, "sections": listed}, ensure_ascii=True).encode("ascii")
    line = b"%08x %s\n" % (zlib.crc32(head), head)
    write_atomically(path, [magic, line, *(c for chunks in parts for c in chunks)], tidy=tidy)


def _crc(chunks: list[bytes]) -> int:
    crc = 0
    for chunk in chunks:
        crc = zlib.crc32(chunk, crc)
    return crc


def read_checked(
    path: Path, magic: bytes, wanted: Callable[[str], bool] = lambda name: True
) -> tuple[dict, dict[str, tuple[str, bytes]]] | None:
    """The header and the wanted sections ({name: (kind, bytes)}), every one verified.

    None when there is no file; Damaged when the frame or a checksum does not hold;
    NotRegularFile when the path is not a regular file.
    """
    with open_regular(path) as handle:
        if handle is None:
            return None
        if handle.readline(len(magic) + 1) != magic:
            raise Damaged(message("files.damaged.magic"))
        header = _header(handle.readline(1 << 20))
        found: dict[str, tuple[str, bytes]] = {}
        left = os.fstat(handle.fileno()).st_size - handle.tell()
        skip = 0  # the bytes of sections passed over since the last one read: one seek
        for name, kind, length, crc in header["sections"]:
            if length > left:  # a header claiming more than the file holds: not read
                raise Damaged(message("files.damaged.cut_short", name=name))
            left -= length
            if not wanted(name):
                skip += length
                continue
            if skip:
                handle.seek(skip, 1)
                skip = 0
            raw = handle.read(length)
            if len(raw) != length:
                raise Damaged(message("files.damaged.cut_short", name=name))
            if zlib.crc32(raw) != crc:
                raise Damaged(message("files.damaged.checksum", name=name))
            found[name] = (kind, raw)
    return header, found


def _header(line: bytes) -> dict:
    crc, _, head = line.rstrip(b"\n").partition(b" ")
    try:
        if len(crc) != 8 or int(crc, 16) != zlib.crc32(head):
            raise Damaged(message("files.damaged.header"))
        header = parsed_json(head)
    except ValueError as err:
        raise Damaged(message("files.damaged.header_unreadable")) from err
    sections = header.get("sections") if isinstance(header, dict) else None
    if not isinstance(sections, list) or not all(_listed(s) for s in sections):
        raise Damaged(message("files.damaged.no_sections"))
    return header


def _listed(section: object) -> bool:
    return (
        isinstance(section, list)
        and len(section) == 4
        and all(isinstance(v, str) for v in section[:2])
        and all(isinstance(v, int) and v >= 0 for v in section[2:])
    )
