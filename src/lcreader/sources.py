"""Read: bulletin files (bytes) to text, with encoding and line endings settled."""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path

from .messages import message
from .model import SourceProblem

SUFFIX = ".txt"
# Larger files are refused: a build holds a file's text several times over, and a
# search holds the folded text of the whole library (README, "Safety and limits").
MB = 1_000_000
MAX_FILE_SIZE = 50 * MB


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
        return self.path.stem


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
    return [Path(path) for path, _, _ in found], problems


def scan_sources(
    folder: Path, rules: ScanRules | None = None
) -> tuple[list[tuple[str, int, int]], list[SourceProblem]]:
    """(path, size, mtime_ns) of each bulletin file, sorted by name, and what was skipped.

    One directory scan and one stat per file: at thousands of files the start-up of
    every command pays for this.
    """
    rules = rules or DEFAULT_RULES
    found: list[tuple[str, int, int]] = []
    problems: list[SourceProblem] = []
    with os.scandir(folder) as entries:
        listed = sorted(entries, key=lambda entry: entry.name)
    root = None
    for entry in listed:
        if os.path.splitext(entry.name)[1].lower() != SUFFIX:
            continue
        path = entry.path  # a string: a Path per file would cost more than the stat
        try:
            if entry.is_symlink() and not rules.follow:
                root = root or os.path.realpath(folder)
                target = os.path.realpath(path)
                if os.path.commonpath([root, target]) != root:
                    problems.append(SourceProblem(path, outside(target)))
                    continue
            if not entry.is_file():
                problems.append(SourceProblem(path, message("source.not_regular")))
                continue
            st = entry.stat()
        except OSError as err:
            problems.append(SourceProblem(path, err.strerror or str(err)))
            continue
        if st.st_size > rules.max_size:
            problems.append(SourceProblem(path, too_large(st.st_size, rules.max_size)))
            continue
        found.append((path, st.st_size, st.st_mtime_ns))
    return found, problems


def outside(target: str) -> str:
    return message("source.outside", target=target)


def too_large(size: int, limit: int) -> str:
    return message("source.too_large", size=f"{size / MB:.3g}", limit=f"{limit / MB:g}")


def read_source(path: Path) -> SourceFile:
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise SourceError(err.strerror or str(err)) from err
    import hashlib

    return SourceFile(path=path, sha256=hashlib.sha256(raw).hexdigest(), raw=raw)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(raw: bytes) -> str:
    """Bytes to text with `\\n` line endings; raises SourceError with the reason."""
    if not raw.strip():
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
        for encoding in ("utf-8", "gb18030"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise SourceError(message("source.not_text"))
    if _looks_binary(text):
        raise SourceError(message("source.binary_controls"))
    if not text.strip():
        raise SourceError(message("source.empty"))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return controls > max(8, len(sample) // 10)
