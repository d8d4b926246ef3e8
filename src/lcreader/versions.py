"""What a cache depends on, importable without loading the parser or entity rules."""

from __future__ import annotations

# Bump on any change that alters parser output: the cache rebuilds on a change.
PARSER_VERSION = 301
# Bump on any change to the entity rules; data file changes are noticed by hash.
ENTITIES_VERSION = 26
# Bump on any change to match-key folding: the search snapshot stores folded text.
FOLD_VERSION = 1


def data_fingerprint() -> str:
    """Changes whenever the shipped entity data changes, so the cache rebuilds."""
    import zlib

    from .data import FILES, read_bytes

    # A checksum, not hashlib: hashlib costs more to import than a whole search.
    digest = 0
    for name in FILES:
        digest = zlib.crc32(read_bytes(name), digest)
    return f"{digest:08x}"
