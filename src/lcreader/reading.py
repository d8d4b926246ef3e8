"""What the reader remembers of the user's reading: read marks, bookmarks (收藏), settings.

One checked file in the user data dir, beside the reader state and apart from the
cache, written whole to a temporary file that replaces it in one rename (safe_files).
Articles are keyed
by a stable id, not by their position: the source file's name and a hash of the title
(and which of that title's articles in the file it is), so a mark survives a rebuild,
a re-parse of the same file and articles added before it. No UI here: `lcreader
bookmarks` reads it too.

Nothing kept is lost:
- Several readers may share one data dir. A save merges: under a lock it reads the
  file again, applies what changed in this process since it last loaded or saved
  (marks and unmarks, bookmarks added and removed, settings changed) and writes the
  result, so every change of every reader survives.
- A file that cannot be read is never written over. A damaged one (a checksum, a cut,
  foreign content) is kept aside as `reading.json.damaged-<time>` and the reading
  starts empty; one that cannot be opened (no permission, a folder, a FIFO, a device
  in its place) is left alone and nothing is saved. `notice` says which, in one line.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import os
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from .filenames import stored
from .messages import message, system_error
from .model import Article, Issue, Library
from .safe_files import (
    Damaged,
    NotRegularFile,
    lock_beside,
    lock_problem,
    locked,
    move_aside,
    parsed_json,
    read_checked,
    write_checked,
)

READING_FILE = "reading.json"
MAGIC = b"LCREADER-READING\n"


def stable_key(issue: Issue, article: Article, occurrence: int = 0) -> str:
    """`2021_06.txt#3f2a…`: the file and the title, not the article's position."""
    return title_key(issue.source, article.title, occurrence)


def title_key(source: str, title: str, occurrence: int = 0) -> str:
    """The stable key of the `occurrence`th article of this title in the file."""
    digest = hashlib.blake2s(title.encode("utf-8"), digest_size=8).hexdigest()
    return f"{source}#{digest}" + (f"~{occurrence}" if occurrence else "")


_last_keys: tuple[weakref.ref, int, dict[str, str]] | None = None


def article_keys(library: Library) -> dict[str, str]:
    """Article id → stable key, for every article of the library (made once for the
    library as it is: the reader and its 收藏 tab both ask, 90,000 hashes at ×10000)."""
    global _last_keys
    held = _last_keys
    if held is not None and held[0]() is library and held[1] == len(library.issues):
        return held[2]
    keys = _article_keys(library)
    _last_keys = (weakref.ref(library), len(library.issues), keys)
    return keys


def _article_keys(library: Library) -> dict[str, str]:
    keys: dict[str, str] = {}
    for issue in library.issues:
        seen: dict[str, int] = {}
        for article in issue.articles:
            occurrence = seen.get(article.title, 0)
            seen[article.title] = occurrence + 1
            keys[article.id] = stable_key(issue, article, occurrence)
    return keys


@dataclass
class Bookmark:
    key: str
    article: str  # the article's id when bookmarked (ids may move; the key does not)
    title: str
    added: float  # seconds since the epoch


# A save waits this long for another reader's save, at most (they take milliseconds).
LOCK_SECONDS = 10.0


@dataclass
class Reading:
    read: set[str] = field(default_factory=set)  # stable keys
    bookmarks: list[Bookmark] = field(default_factory=list)  # newest first
    settings: dict[str, object] = field(default_factory=dict)  # theme, tree width
    # One line for the user when the file could not be used as it was; else "".
    notice: str = field(default="", compare=False)
    # The file is there but cannot be read (a FIFO, a folder, no permission): never
    # written over, so nothing is saved.
    locked_out: bool = field(default=False, compare=False)
    # Why the last save wrote nothing (a full disk, a read-only folder), for the user.
    save_error: str = field(default="", compare=False)
    # A save found the file damaged and kept it aside: what to tell the user, once.
    kept_aside: str = field(default="", compare=False)
    # What was on disk when last loaded or saved: a save applies what changed since.
    _base: Reading | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, folder: Path) -> Reading:
        """The saved reading; empty, with a `notice`, when the file cannot be used."""
        path = folder / READING_FILE
        if folder.exists() and not folder.is_dir():
            shown = stored(str(folder))
            return cls(notice=message("reading.data_dir_not_folder", path=shown), locked_out=True)
        try:
            try:
                reading = _read(path)
            except Damaged:
                reading = _keep_damaged_aside(path)
        except _Unusable as unusable:
            return cls(notice=unusable.notice, locked_out=True)
        reading._base = copy.deepcopy(reading)
        return reading

    def save(self, folder: Path) -> bool:
        """Merge this reader's changes into the file, atomically and checksummed.

        False when nothing was written: the data dir cannot be written, or the file
        there could not be read (it is never written over)."""
        if self.locked_out:
            self.save_error = self.notice
            return False
        path = folder / READING_FILE
        try:
            with locked(lock_beside(path), LOCK_SECONDS) as held:
                if not held:
                    self.save_error = _why_not_locked(folder)
                    return False
                try:
                    disk = _read(path)
                except Damaged:
                    # Damaged since it was loaded: kept aside too, and what this reader
                    # last knew of it stands for it (merged into nothing, every earlier
                    # mark and bookmark was lost); said, by whoever saved.
                    self.kept_aside = _move_aside(path, kept_by_reader=True).notice
                    disk = copy.deepcopy(self._base) if self._base is not None else Reading()
                merged = self._merged_into(disk)
                _write(path, merged)
        except _Unusable as unusable:
            self.save_error = unusable.notice
            return False
        except OSError as err:
            self.save_error = system_error(err)
            return False
        self.save_error = ""
        self.read, self.bookmarks, self.settings = merged.read, merged.bookmarks, merged.settings
        self._base = copy.deepcopy(merged)
        return True

    def _merged_into(self, disk: Reading) -> Reading:
        """The reading on disk with this process's changes since its base applied."""
        base = self._base if self._base is not None else Reading()
        read = (disk.read | (self.read - base.read)) - (base.read - self.read)
        mine = {b.key for b in self.bookmarks}
        before = {b.key for b in base.bookmarks}
        added = [b for b in self.bookmarks if b.key not in before]
        gone = (before - mine) | {b.key for b in added}
        kept = [b for b in disk.bookmarks if b.key not in gone]
        bookmarks = sorted(added + kept, key=lambda b: -b.added)  # newest first
        dropped = base.settings.keys() - self.settings.keys()
        settings = {k: v for k, v in disk.settings.items() if k not in dropped}
        settings.update(
            (k, v) for k, v in self.settings.items() if base.settings.get(k, _UNSET) != v
        )
        return Reading(read, bookmarks, settings)

    def is_bookmarked(self, key: str) -> bool:
        return any(b.key == key for b in self.bookmarks)

    def toggle_bookmark(self, key: str, article: Article) -> bool:
        """Bookmark the article, or remove its bookmark; True when it is now bookmarked."""
        if self.is_bookmarked(key):
            self.bookmarks = [b for b in self.bookmarks if b.key != key]
            return False
        self.bookmarks.insert(0, Bookmark(key, article.id, article.title, time.time()))
        return True

    def bookmarked_articles(self, library: Library) -> list[tuple[Bookmark, Article | None]]:
        """Each bookmark with its article in this library (None when it is gone)."""
        if not self.bookmarks:
            return []
        by_key = {key: article_id for article_id, key in article_keys(library).items()}
        return [(b, library.article(by_key.get(b.key, ""))) for b in self.bookmarks]


_UNSET = object()


class _Unusable(Exception):
    """The reading file is there but cannot be read; `notice` says so to the user."""

    def __init__(self, notice: str) -> None:
        super().__init__(notice)
        self.notice = notice

    @classmethod
    def unreadable(cls, path: Path, error: str) -> _Unusable:
        return cls(message("reading.unreadable", path=stored(str(path)), error=error))


def _read(path: Path) -> Reading:
    """The reading in the file (empty when there is none); Damaged or _Unusable."""
    try:
        checked = read_checked(path, MAGIC)
    except NotRegularFile as err:
        raise _Unusable(str(err)) from err
    except OSError as err:
        raise _Unusable.unreadable(path, system_error(err)) from err
    if checked is None:
        return Reading()
    try:
        data = parsed_json(checked[1]["reading"][1])
    except (KeyError, ValueError) as err:
        raise Damaged(message("files.damaged.json")) from err
    read, bookmarks, settings = (
        data.get(part, empty) if isinstance(data, dict) else None
        for part, empty in (("read", []), ("bookmarks", []), ("settings", {}))
    )
    if not (isinstance(read, list) and isinstance(bookmarks, list) and isinstance(settings, dict)):
        raise Damaged(message("files.damaged.shape"))
    kept = []
    for item in bookmarks:
        with contextlib.suppress(TypeError, KeyError, ValueError):
            fields = (str(item["key"]), str(item["article"]), str(item["title"]))
            kept.append(Bookmark(*fields, float(item["added"])))
    return Reading({k for k in read if isinstance(k, str)}, kept, settings)


def _write(path: Path, reading: Reading) -> None:
    data = {
        "read": sorted(reading.read),
        "bookmarks": [vars(b) for b in reading.bookmarks],
        "settings": reading.settings,
    }
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    write_checked(path, MAGIC, {}, [("reading", "json", raw)])


def _why_not_locked(folder: Path) -> str:
    """Why the reading file's lock could not be had: the folder cannot be made or
    written (a full disk, a file in its place), something else is in the lock's place,
    or another process holds it."""
    problem = lock_problem(folder / READING_FILE)
    if problem is not None:
        return problem
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        return system_error(err)
    if not os.access(folder, os.W_OK):
        return system_error(PermissionError(13, "Permission denied"))
    return message("oserror.EBUSY")


def _keep_damaged_aside(path: Path) -> Reading:
    """Move a damaged file aside (`reading.json.damaged-<time>`): an empty reading, with
    a notice. Under the lock, and only if it is still damaged (another reader may have
    written a good one since); if it cannot be moved it is not written over either."""
    with locked(lock_beside(path), LOCK_SECONDS) as held:
        if not held:
            raise _Unusable.unreadable(path, message("oserror.EBUSY"))
        try:
            return _read(path)  # a good file now, or none
        except Damaged:
            return _move_aside(path)


def _move_aside(path: Path, kept_by_reader: bool = False) -> Reading:
    """The damaged file renamed beside itself (the lock held); an empty reading, and
    what to say (`kept_by_reader`: a reader's save found it, and wrote what it had)."""
    try:
        aside = move_aside(path)
    except OSError as err:
        raise _Unusable.unreadable(path, system_error(err)) from err
    kept = stored(aside.name)
    key = "reading.damaged_kept" if kept_by_reader else "reading.damaged"
    return Reading(notice=message(key, path=stored(str(path)), kept=kept))
