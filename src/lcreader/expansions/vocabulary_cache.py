"""The pinyin vocabulary of a built index, kept in a file beside the cache: gathering it
walks every title and name of the library (a third of a second at ×1000), which a
Latin query would otherwise pay every time.

The file says what it was made from (the index's segments, its linked departments, the
synonyms' forms, the pinyin table): anything else found there is made again, never
used. It is checked (CRC-32 per section, safe_files); a damaged or unreadable file is
made again, and one that cannot be written is only not kept.
"""

from __future__ import annotations

import contextlib
import json
import zlib
from pathlib import Path

from ..safe_files import parsed_json
from .pinyin import Vocabulary
from .synonyms import SynonymTable
from .vocabulary import index_vocabulary

MAGIC = b"lcreader vocabulary 1\n"
SUFFIX = ".vocabulary"


def vocabulary_path(cache_path: Path | str) -> Path | str:
    from ..snapshot import with_suffix

    return with_suffix(cache_path, SUFFIX)  # text for text (a search's: paths.py)


def made_from(index, synonyms: SynonymTable | None) -> str:
    """What a vocabulary is made from, as a checksum: it changes with any of it."""
    from ..data import read_bytes
    from ..fold_tables import PINYIN_FILE

    parts = [
        [getattr(segment, "id", "") for segment in index.segments],
        sorted((getattr(index, "_departments", None) or {}).items()),
        sorted(synonyms.groups) if synonyms is not None else [],
    ]
    digest = zlib.crc32(json.dumps(parts, ensure_ascii=False).encode())
    return f"{digest:08x}-{zlib.crc32(read_bytes(PINYIN_FILE)):08x}"


def cached_vocabulary(index, synonyms: SynonymTable | None, path: Path) -> Vocabulary:
    """The index's vocabulary (vocabulary.index_vocabulary), from `path` when the file
    there was made from the same; otherwise gathered and kept there."""
    from ..safe_files import Damaged, read_checked, write_checked

    key = made_from(index, synonyms)
    try:
        found = read_checked(path, MAGIC)
        if found is not None and found[0].get("key") == key:
            return _decoded(found[1])
    except (Damaged, OSError, ValueError, KeyError, TypeError):
        pass  # made again below
    vocabulary = index_vocabulary(index, synonyms)
    with contextlib.suppress(OSError):  # a read-only cache: gathered again next time
        write_checked(path, MAGIC, {"key": key}, _encoded(vocabulary))
    return vocabulary


def _encoded(vocabulary: Vocabulary) -> list[tuple[str, str, bytes]]:
    def dumped(data) -> bytes:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()

    return [
        ("counts", "json", dumped(vocabulary.counts)),
        ("abbreviable", "json", dumped(sorted(vocabulary.abbreviable))),
        ("by_firsts", "json", dumped(vocabulary.by_firsts)),
    ]


def _decoded(sections: dict[str, tuple[str, bytes]]) -> Vocabulary:
    counts = parsed_json(sections["counts"][1])
    abbreviable = parsed_json(sections["abbreviable"][1])
    by_firsts = parsed_json(sections["by_firsts"][1])
    if not (isinstance(counts, dict) and isinstance(by_firsts, dict)):
        raise ValueError("not a vocabulary")
    return Vocabulary.restored(counts, abbreviable, by_firsts)
