"""What a cache depends on, importable without loading the parser or entity rules."""

from __future__ import annotations

# Bump on any change that alters parser output: the cache rebuilds on a change.
PARSER_VERSION = 2
# Bump on any change to the entity rules; data file changes are noticed by hash.
ENTITIES_VERSION = 1
# Bump on any change to match-key folding: the search snapshot stores folded text.
FOLD_VERSION = 1


def data_fingerprint() -> str:
    """Changes whenever the shipped entity data changes, so the cache rebuilds."""
    import zlib
    from pathlib import Path

    # Read beside this file, not through importlib.resources, and summed with a
    # checksum, not hashlib: both cost more to import than a whole search.
    data = Path(__file__).resolve().parent / "data"
    digest = 0
    for name in ("departments.toml", "surnames.txt", "titles.txt"):
        digest = zlib.crc32((data / name).read_bytes(), digest)
    return f"{digest:08x}"
