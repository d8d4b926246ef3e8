"""Where a bulletin's corrections live, reading them, and changing them safely.

`NAME.txt.corrections` beside the bulletin, so an office sharing the folder shares
them; when the folder cannot be written, in the user's data dir instead (a folder per
library folder). Every change is merged under a lock: the file is read again, the one
correction added or removed, and written whole in one rename (safe_files). A file
that cannot be read as corrections is never written over.
"""

from __future__ import annotations

import os
from pathlib import Path

from .corrections_reasons import checked, reason_words
from .corrections_stamps import _FOUND, SUFFIX, corrections_folder, folded_stamps
from .filenames import shown, stored
from .messages import message, system_error
from .records import dataclass, field  # dataclasses, without importing it (records.py)
from .safe_files import (
    NotRegularFile,
    lock_beside,
    lock_problem,
    locked,
    open_regular,
    write_atomically,
)

# typing.TYPE_CHECKING without importing typing (2 ms of every search).
TYPE_CHECKING = False

if TYPE_CHECKING:  # the parser is imported when corrections are read, not by a scan
    from .parse.corrections import Correction

LOCK_NAME = ".lcreader-corrections"  # `.lock` is added
LOCK_SECONDS = 10.0
# A corrections file is a few lines per fix: a larger one is no corrections file.
MAX_BYTES = 1_000_000


class CorrectionsError(Exception):
    """A change that could not be saved; the message says why, in the user's language."""


@dataclass
class Loaded:
    """A bulletin's corrections as read: none when there is no file."""

    path: Path
    corrections: list[Correction] = field(default_factory=list)
    reason: str | None = None  # why the file was ignored, or None
    raw: bytes | None = None  # the file's bytes: their hash keys the cache
    kept: Path | None = None  # where a change is written, when not where they were read

    @property
    def shown_path(self) -> Path:
        """The file to name to the user: the one read, or before there is one, where
        the first change will be written (a read-only folder's bulletins keep theirs in
        the user's data folder, not beside them)."""
        return self.path if self.raw is not None or self.kept is None else self.kept

    @property
    def problem(self) -> str | None:
        """Why the file was ignored, in one line of the user's language."""
        return None if self.reason is None else _problem(self.path, self.reason)


def corrections_path(bulletin: Path) -> Path:
    """Where a change to the bulletin's corrections is written."""
    return corrections_folder(bulletin.parent) / (bulletin.name + SUFFIX)


def _read_path(bulletin: Path) -> Path:
    """Where they are read: in a read-only folder, the user's own copy once there is
    one, else the folder's (an office's shared corrections, which a first change copies)."""
    path = corrections_path(bulletin)
    if path.parent == bulletin.parent or os.path.lexists(path):
        return path
    return bulletin.parent / (bulletin.name + SUFFIX)


def load(bulletin: Path, follow: bool = False) -> Loaded:
    """The bulletin's corrections; a link out of their folder is read only if `follow`
    (the rule for the bulletins themselves, `--follow`)."""
    path = _read_path(bulletin)
    written = corrections_path(bulletin)
    kept = written if written != path else None
    try:
        raw = _read(path, follow)
    except OSError as err:
        return Loaded(path, reason=_reason(err), kept=kept)
    if raw is None:
        return Loaded(path, kept=kept)
    reason = checked(raw)
    if reason is not None:  # said without the parser, which a search does not import
        return Loaded(path, reason=reason, raw=raw)
    from .parse.corrections import Malformed, loads

    try:
        return Loaded(path, loads(raw), None, raw)
    except Malformed as err:  # a rule of the parser's that `checked` does not know
        return Loaded(path, reason=str(err), raw=raw)


def _read(path: Path, follow: bool = False) -> bytes | None:
    with open_regular(_resolved(path, follow)) as handle:
        if handle is None:
            return None
        raw = handle.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise OSError(0, message("corrections.too_large"))
    return raw


def _resolved(path: Path, follow: bool) -> Path:
    """The file a link leads to; without `follow`, only when it is in the link's own
    folder: a corrections file linked from elsewhere is refused as a bulletin would be."""
    if not os.path.islink(path):
        return path
    target = os.path.realpath(path)
    if not follow:
        root = os.path.realpath(path.parent)
        if os.path.commonpath([root, target]) != root:
            raise OSError(0, message("source.outside", target=stored(target)))
    return Path(target)


def _reason(err: OSError) -> str:
    if isinstance(err, NotRegularFile) or not err.errno:
        return str(err.args[-1]) if err.args else str(err)
    return system_error(err)


def reason_text(reason: str) -> str:
    """Why a corrections file was ignored (`Loaded.reason`), in the user's language."""
    words = reason_words(reason)
    return reason if words is None else message(words[0], **words[1])


def _problem(path: Path, reason: str) -> str:
    from .safe_text import clean

    said = clean(reason_text(reason))
    return message("corrections.malformed", path=shown(str(path)), reason=said)


def add(bulletin: Path, correction: Correction) -> Path:
    """Add one correction (not twice in a row); the file it is kept in."""
    return _change(
        bulletin, lambda found: found if found[-1:] == [correction] else [*found, correction]
    )


def remove(bulletin: Path, correction: Correction) -> Path:
    """Take one correction out (the last of its kind); the file it was kept in."""

    def without(found: list[Correction]) -> list[Correction]:
        at = max((k for k, c in enumerate(found) if c == correction), default=None)
        return found if at is None else found[:at] + found[at + 1 :]

    return _change(bulletin, without)


def _change(bulletin: Path, change) -> Path:
    from .parse.corrections import rewritten

    path = corrections_path(bulletin)
    try:
        # One lock for the folder's corrections: one hidden file, not one per bulletin.
        # (beside the file a link names: folders that link one file share its lock)
        with locked(lock_beside(path).parent / LOCK_NAME, LOCK_SECONDS) as held:
            if not held:
                said = message("corrections.unwritable", path=shown(str(path)))
                problem = lock_problem(path.parent / LOCK_NAME)
                raise CorrectionsError(
                    said if problem is None else message("files.because", said=said, why=problem)
                )
            loaded = load(bulletin)
            if loaded.problem is not None:
                raise CorrectionsError(loaded.problem)
            changed = change(loaded.corrections)
            # The file read (an office's shared one, when this is the user's first copy).
            written = rewritten(_text(loaded.raw), loaded.corrections, changed)
            write_atomically(path, [written.encode("utf-8")], mode=_shared_mode(bulletin))
    except OSError as err:
        raise CorrectionsError(_problem(path, _reason(err))) from err
    return path


def _text(raw: bytes | None) -> str:
    """A corrections file's text as read (it was checked to be UTF-8 when loaded)."""
    return "" if raw is None else raw.decode("utf-8-sig")


def _shared_mode(bulletin: Path) -> int:
    """Who may read the corrections: whoever may read the bulletin (a shared folder)."""
    try:
        return bulletin.stat().st_mode & 0o644
    except OSError:
        return 0o600


def ignored(folder: Path, follow: bool = False) -> list[str]:
    """One line for each corrections file of the folder that is ignored because it
    cannot be read (its bulletin is read as if it had none), for `build` and `search`
    to say. Only files that are there are read, and checked without the parser."""
    names = _FOUND.get(os.fspath(folder))
    if names is None:  # not scanned in this process: its corrections files listed here
        try:
            with os.scandir(folder) as listing:
                listed = [entry.name for entry in listing]
        except OSError:
            return []
        bulletins = [name[: -len(SUFFIX)] for name in listed if name.endswith(SUFFIX)]
        names = list(folded_stamps(folder, bulletins))
    problems = []
    for name in names:
        path = _read_path(folder / name)
        try:
            raw = _read(path, follow)
        except OSError as err:
            problems.append(_problem(path, _reason(err)))
            continue
        reason = None if raw is None else checked(raw)
        if reason is not None:
            problems.append(_problem(path, reason))
    return problems
