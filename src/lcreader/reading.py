"""What the reader remembers of the user's reading: read marks, bookmarks (收藏), settings.

One checked file in the user data dir, beside the reader state and apart from the
cache, written whole to a temporary file that replaces it in one rename (safe_files).
Articles are keyed
by a stable id, not by their position: the source file's name and a hash of the title
(and which of that title's articles in the file it is), so a mark survives a rebuild,
a re-parse of the same file and articles added before it. No UI here: `lcreader
bookmarks` reads it too.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from .model import Article, Issue, Library
from .safe_files import Damaged, read_checked, write_checked

READING_FILE = "reading.json"
MAGIC = b"LCREADER-READING\n"


def stable_key(issue: Issue, article: Article, occurrence: int = 0) -> str:
    """`2021_06.txt#3f2a…`: the file and the title, not the article's position."""
    digest = hashlib.blake2s(article.title.encode("utf-8"), digest_size=8).hexdigest()
    return f"{issue.source}#{digest}" + (f"~{occurrence}" if occurrence else "")


def article_keys(library: Library) -> dict[str, str]:
    """Article id → stable key, for every article of the library."""
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


@dataclass
class Reading:
    read: set[str] = field(default_factory=set)  # stable keys
    bookmarks: list[Bookmark] = field(default_factory=list)  # newest first
    settings: dict[str, object] = field(default_factory=dict)  # theme, tree width

    @classmethod
    def load(cls, folder: Path) -> Reading:
        """The saved reading, or an empty one when the file is missing or damaged."""
        try:
            checked = read_checked(folder / READING_FILE, MAGIC)
            data = json.loads(checked[1]["reading"][1]) if checked else None
        except (OSError, Damaged, ValueError, KeyError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        read = {k for k in data.get("read", []) if isinstance(k, str)}
        bookmarks = []
        for item in data.get("bookmarks", []):
            with contextlib.suppress(TypeError, KeyError, ValueError):
                fields = (str(item["key"]), str(item["article"]), str(item["title"]))
                bookmarks.append(Bookmark(*fields, float(item["added"])))
        settings = data.get("settings")
        return cls(read, bookmarks, settings if isinstance(settings, dict) else {})

    def save(self, folder: Path) -> bool:
        """Write atomically, checksummed; False when the data dir cannot be written."""
        data = {
            "read": sorted(self.read),
            "bookmarks": [vars(b) for b in self.bookmarks],
            "settings": self.settings,
        }
        raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
        try:
            write_checked(folder / READING_FILE, MAGIC, {}, [("reading", "json", raw)])
            return True
        except OSError:
            return False

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
        by_key = {key: article_id for article_id, key in article_keys(library).items()}
        return [(b, library.article(by_key.get(b.key, ""))) for b in self.bookmarks]
