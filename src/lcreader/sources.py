"""Read: bulletin files (bytes) to text, with encoding and line endings settled."""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import sys

from .corrections_stamps import change_stamp
from .filenames import base_name, stem, stored
from .messages import message, system_error
from .records import dataclass  # dataclasses, without importing it (records.py)

# typing.TYPE_CHECKING without importing typing; the model is imported where a problem
# is found, not by every scan, and pathlib only names types (a search's folder is text).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from .model import SourceProblem

SUFFIX = ".txt"
CORRECTIONS = SUFFIX + ".corrections"  # corrections_file.SUFFIX after a bulletin's name
# Larger files are refused: a build holds a file's text several times over, and a
# search holds the folded text of the whole library (README, "Safety and limits").
MB = 1_000_000
MAX_FILE_SIZE = 50 * MB
# What a build holds per file grows with its lines that are not blank (2–3 kB
# each at the parser's peak), not with its bytes: a file of more is refused, so a
# build stays under 300 MB (README, "Safety and limits": at 80,000 it took up to 352 MB).
MAX_LINES = 60_000
# Lines of any kind, blank ones included: a real issue has a few hundred.
MAX_ALL_LINES = 4 * MAX_LINES
# The most memory a file's decoded text may take. Python keeps a text in 1, 2 or 4 bytes a
# character by its widest one: 50 MB of ASCII and one emoji take 200 MB, and the copies
# a parse makes of its long lines would take the build past 300 MB.
MAX_TEXT_BYTES = 110_000_000


# Distinct pairs of characters (the index's terms) one file may bring: each costs the
# build's index about 400 bytes while its segment is made, so random text (every pair
# new: 4.3 MB took 614 MB) is refused past this. Real bulletin text repeats its pairs:
# a 50 kB issue has about 15,000, the whole corpus (200,000 characters) 48,000.
MAX_TERMS = 400_000
# Postings (an article holding a term) one file's index may hold: each costs the build
# about 11 bytes while its segment is made, so a file of many long articles drawn from
# a few hundred characters (49 MB: 17.7 million, 354 MB) is refused past this, with the
# reason. Varied text holds about 0.4 a byte (a 9 kB issue 3,500; 14.9 MB of generated
# issues, at MAX_LINES, 5.9 million).
MAX_POSTINGS = 12_000_000
# And, measured where the system says (Linux), what a process may hold more while one
# batch is parsed and indexed than when it began: a fresh build's 40 MB and this stay
# under 300 MB. The postings alone do not bound it: each ranking group's terms are a
# table of their own (titles as long as the text doubled them: 406 MB at 26.5 MB).
MAX_INDEX_GROWTH = 250_000_000
_TERM_CHUNK = 100_000  # characters folded at a time while the pairs are counted


class SourceError(Exception):
    """A file that cannot be read as a bulletin; the message is the reason."""


@dataclass(frozen=True)
class SourceFile:
    """One file's bytes as read, and their hash."""

    path: Path
    sha256: str
    raw: bytes

    @property
    def issue_id(self) -> str:
        """The file's stored name without its suffix (filenames.py)."""
        return stem(base_name(str(self.path)))


@dataclass(frozen=True)
class ScanRules:
    """Which files of a library folder are read: links out of it only if `follow`."""

    follow: bool = False
    max_size: int = MAX_FILE_SIZE


DEFAULT_RULES = ScanRules()


def list_sources(
    folder: Path, rules: ScanRules | None = None
) -> tuple[list[Path], list[SourceProblem]]:
    """The bulletin files of a library folder, sorted by name, and what was skipped."""
    found, problems = scan_sources(folder, rules or DEFAULT_RULES)
    from pathlib import Path

    return [Path(path) for path, _, _ in found], problems


def scan_sources(
    folder: Path, rules: ScanRules | None = None
) -> tuple[list[tuple[str, int, int]], list[SourceProblem]]:
    """(path, size, mtime_ns) of each bulletin file, sorted by name, and what was skipped.

    One directory scan and one stat per file: at thousands of files the start-up of
    every command pays for this.
    """
    found, _, problems = scan_named(folder, rules)
    return found, problems


def scan_named(
    folder: Path, rules: ScanRules | None = None
) -> tuple[list[tuple[str, int, int]], list[str], list[SourceProblem]]:
    """scan_sources, with each found file's name beside it (the last part of its path,
    as the folder lists it): the freshness check keys files by name, and taking it from
    the listing spares a split of every path on every search."""
    rules = rules or DEFAULT_RULES
    found: list[tuple[str, int, int]] = []
    names: list[str] = []
    problems: list[SourceProblem] = []
    with os.scandir(folder) as entries:
        listed = sorted(entries, key=lambda entry: entry.name)
    root = None
    corrections = []  # NAME.txt.corrections files: their stamps change their bulletin's
    for entry in listed:
        name = entry.name
        # os.path.splitext(name)[1].lower() == SUFFIX, without its cost: the suffix,
        # after something that is not only dots (`.txt` alone has no suffix).
        if not (name.lower().endswith(SUFFIX) and name[: -len(SUFFIX)].strip(".")):
            if name.lower().endswith(CORRECTIONS):
                corrections.append(entry)
            continue
        path = entry.path  # a string: a Path per file would cost more than the stat
        try:
            if entry.is_symlink() and not rules.follow:
                root = root or os.path.realpath(folder)
                target = os.path.realpath(path)
                if os.path.commonpath([root, target]) != root:
                    problems.append(_problem(stored(path), outside(target)))
                    continue
            if not entry.is_file():
                problems.append(_problem(stored(path), message("source.not_regular")))
                continue
            st = entry.stat()
        except OSError as err:
            problems.append(_problem(stored(path), system_error(err)))
            continue
        if st.st_size > rules.max_size:
            problems.append(_problem(stored(path), too_large(st.st_size, rules.max_size)))
            continue
        found.append((path, st.st_size, change_stamp(st)))
        names.append(name)
    return _with_corrections(folder, found, names, corrections), names, problems


def _problem(path: str, reason: str) -> SourceProblem:
    from .model import SourceProblem

    return SourceProblem(path, reason)


def _with_corrections(
    folder: Path, found: list[tuple[str, int, int]], names: list[str], beside: list
) -> list:
    """Each bulletin's stamp changed by its corrections file's, so that a build and a
    reload see a changed correction as a changed file (and parse that file again)."""
    from .corrections_stamps import folded_stamps

    fixes = folded_stamps(folder, names, beside)
    if not fixes:
        return found
    return [
        (path, size, mtime ^ (fix[1] + fix[0]) if (fix := fixes.get(name)) else mtime)
        for (path, size, mtime), name in zip(found, names, strict=True)
    ]


def outside(target: str) -> str:
    return message("source.outside", target=stored(target))


def too_large(size: int, limit: int) -> str:
    shown, most = _megabytes(size), f"{limit / MB:g}"
    if shown == most:  # 50,000,001 bytes read `50 MB, over the 50 MB limit`: say the bytes
        shown = f"{size / MB:.6f}".rstrip("0")
    return message("source.too_large", size=shown, limit=most)


def _megabytes(size: int) -> str:
    """`3220`, `51.2`, `0.0123`: plain digits, never `3.22e+03`."""
    mb = size / MB
    if mb >= 100:
        return f"{mb:.0f}"
    return f"{mb:.3g}" if mb >= 0.001 else f"{mb:.6f}".rstrip("0")


def read_source(path: Path, rules: ScanRules | None = None) -> SourceFile:
    """A bulletin file's bytes, the file opened once and safely.

    The folder was scanned before; the file may have been swapped since. So it is
    opened without following a link (a link is followed only to a file inside the
    library folder, or anywhere with `rules.follow`) and without blocking (a FIFO
    would wait for a writer for ever); the open descriptor must be a regular file
    under the size limit; and at most limit + 1 bytes are read, whatever it grows to.
    """
    rules = rules or DEFAULT_RULES
    fd = _open_source(str(path), rules.follow)
    try:
        raw = _read_regular(fd, rules.max_size)
    finally:
        os.close(fd)
    import hashlib

    return SourceFile(path=path, sha256=hashlib.sha256(raw).hexdigest(), raw=raw)


_SOURCE_FLAGS = (
    os.O_RDONLY
    | os.O_NONBLOCK
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def _open_source(path: str, follow: bool) -> int:
    """The file's descriptor; a link only to a file inside its folder unless `follow`."""
    try:
        return os.open(path, _SOURCE_FLAGS)
    except OSError as err:
        if err.errno != errno.ELOOP:  # O_NOFOLLOW on a link says ELOOP
            raise SourceError(system_error(err)) from err
    target = os.path.realpath(path)
    if not follow:
        root = os.path.realpath(os.path.dirname(path) or ".")
        if os.path.commonpath([root, target]) != root:
            raise SourceError(outside(target))
    try:
        return os.open(target, _SOURCE_FLAGS)  # the link resolved: no link left to follow
    except OSError as err:
        raise SourceError(system_error(err)) from err


def _read_regular(fd: int, limit: int) -> bytes:
    """The bytes of an open regular file of at most `limit` bytes; else SourceError."""
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise SourceError(message("source.not_regular"))
        if st.st_size > limit:
            raise SourceError(too_large(st.st_size, limit))
        # One read of the size seen (and a byte more, to see growth); then small ones.
        chunks = [os.read(fd, min(st.st_size, limit) + 1)]
        total = len(chunks[0])
        while chunks[-1] and total <= limit:
            chunks.append(os.read(fd, min(1 << 20, limit + 1 - total)))
            total += len(chunks[-1])
    except OSError as err:
        raise SourceError(system_error(err)) from err
    if total > limit:  # it grew past the limit while being read
        raise SourceError(too_large(max(total, os.fstat(fd).st_size), limit))
    if not chunks[-1]:
        chunks.pop()
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)  # one chunk: no copy


def within_limits(text: str) -> str:
    """The text, if it has at most MAX_LINES lines that are not blank; else SourceError.

    Counted without copying the text, and only as far as the limit."""
    import re
    from itertools import islice

    # Blank lines cost the parser a place in its lists each: counted too, more of them.
    lines = text.count("\n") + (not text.endswith("\n") and bool(text))  # the last, unended
    if lines > MAX_ALL_LINES:
        raise SourceError(message("source.too_many_all_lines", limit=f"{MAX_ALL_LINES:,}"))
    written = re.finditer(r"^[^\S\n]*\S", text, re.MULTILINE)
    if sum(1 for _ in islice(written, MAX_LINES + 1)) > MAX_LINES:
        raise SourceError(message("source.too_many_lines", limit=f"{MAX_LINES:,}"))
    if _too_many_terms(text):
        raise SourceError(message("source.too_many_terms", limit=f"{MAX_TERMS:,}"))
    return text


def _too_many_terms(text: str) -> bool:
    """Whether the text holds more than MAX_TERMS distinct pairs of folded characters;
    counted a chunk at a time and only as far as the limit (a shorter text cannot)."""
    if len(text) <= MAX_TERMS:
        return False
    from operator import add

    from .textkey import fold

    seen: set[str] = set()
    for at in range(0, len(text), _TERM_CHUNK):
        key = fold(text[at : at + _TERM_CHUNK + 1])
        seen.update(map(add, key, key[1:]))
        if len(seen) > MAX_TERMS:
            return True
    return False


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(raw: bytes) -> str:
    """Bytes to text with `\\n` line endings; raises SourceError with the reason.

    Blank is told without stripping (a copy of the whole file when it ends in a space
    or a newline): `isspace` holds for the same white space `strip` takes off."""
    if not raw or raw.isspace():
        raise SourceError(message("source.empty"))
    text = None
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as err:
                raise SourceError(message("source.bad_bom", encoding=encoding)) from err
            break
    if text is None:
        if b"\x00" in raw:
            raise SourceError(message("source.binary_nul"))
        _refuse_wide_utf8(raw)
        for encoding in ("utf-8", "gb18030"):
            try:
                if encoding == "gb18030":
                    _refuse_wide_gb18030(raw)
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise SourceError(message("source.not_text"))
    if sys.getsizeof(text) > MAX_TEXT_BYTES:
        size = f"{sys.getsizeof(text) / 1e6:.0f}"
        raise SourceError(message("source.text_too_wide", size=size))
    if _looks_binary(text):
        raise SourceError(message("source.binary_controls"))
    if not text or text.isspace():
        raise SourceError(message("source.empty"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # (a Mac word processor's line break inside a paragraph, and Unicode's own paragraph
    # break: line ends as the page shows them, a verse's lines, a signature over its date)
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return text


_CONTINUATION = bytes(range(0x80, 0xC0))


def _refuse_wide_utf8(raw: bytes) -> None:
    """Refuse, before decoding it, UTF-8 whose text would take more than MAX_TEXT_BYTES:
    one character past the Basic Multilingual Plane (an emoji) makes Python keep every
    character in 4 bytes, and decoding 50 MB of ASCII and an emoji held 460 MB at once.
    Only a file large enough to reach the limit is counted (its characters are its bytes
    that are not continuation bytes)."""
    if len(raw) * 4 <= MAX_TEXT_BYTES or not any(lead in raw for lead in _WIDE_LEADS):
        return
    size = 4 * len(raw.translate(None, _CONTINUATION))
    if size > MAX_TEXT_BYTES:
        raise SourceError(message("source.text_too_wide", size=f"{size / 1e6:.0f}"))


# GB18030's four-byte sequences for characters past the BMP (lead 0x90–0xE3).
_GB_WIDE = re.compile(rb"[\x90-\xe3][\x30-\x39][\x81-\xfe][\x30-\x39]")
_ASCII = bytes(range(0x80))


def _refuse_wide_gb18030(raw: bytes) -> None:
    """As _refuse_wide_utf8, for GB18030: its characters are its ASCII bytes and about
    half of the others."""
    if len(raw) * 4 <= MAX_TEXT_BYTES or not _GB_WIDE.search(raw):
        return
    others = len(raw.translate(None, _ASCII))
    # At most: each two of the other bytes a character (a four-byte one counted twice,
    # on the safe side; counting them by a pattern held every match at once: 2 GB).
    size = 4 * (len(raw) - others + others // 2)
    if size > MAX_TEXT_BYTES:
        raise SourceError(message("source.text_too_wide", size=f"{size / 1e6:.0f}"))


# The lead bytes of UTF-8's four-byte sequences: characters past the BMP.
_WIDE_LEADS = (b"\xf0", b"\xf1", b"\xf2", b"\xf3", b"\xf4")


# The control characters text never holds (tabs, line ends and page breaks aside).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    return len(_CONTROLS.findall(sample)) > max(8, len(sample) // 10)
