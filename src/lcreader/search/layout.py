"""An index segment's layout, shared by the writer (postings.py) and the reader
(segment.py), which a search imports without the writer."""

from __future__ import annotations

SEGMENT_MAGIC = b"LCREADER-SEGMENT\n"
# 2: each article's id, title, byline and issue as a row of its own ("rows", "rowoffs";
# the issues apart), read one by one for a search's hits (1: one JSON table of all).
# 3: the people and departments named as a list of names, each line a name's JSON, and
# their articles apart (and how often each article names each person): a person:
# filter finds its name with one bytes.find per segment and ranks by the counts (2:
# one JSON table of both, every name decoded for one filter, the text read to rank).
# 4: a single space between two Chinese characters is stepped over: the pair across it
# is counted with the pair side by side, and a bridge term (`塘 新`) lists the articles
# where it stands spaced, for the longer words' counts (3: pairs side by side only).
SEGMENT_FORMAT = 4
NAME_KINDS = ("people", "depts")
GROUPS = ("title", "heading", "caption", "byline", "body")
BODY = GROUPS.index("body")
GROUP_OF_KIND = {"title": 0, "kicker": 1, "subtitle": 1, "caption": 2, "byline": 3, "paragraph": 4}
SEPARATOR = "\x00"
SEPARATOR_BYTES = SEPARATOR.encode("ascii")
# An article's group of text is kept as one chunk up to this size; a larger one as a
# chunk per field, never joined (encode_mapped writes the chunks as they are).
CHUNK_BYTES = 1 << 16
# A term's postings: per group the article count, then the byte width of its article
# numbers and of its counts (1, 2 or 4), then the arrays.
HEAD = "<5I10B2x"
HEAD_SIZE = 32
TYPECODES = {1: "B", 2: "H", 4: "I"}


def term_key(term: str) -> int:
    """A one- or two-character term, or a bridge term, as one integer: the postings are
    sorted by it (bridge terms after all others)."""
    if len(term) == 1:
        return ord(term) << 21
    if len(term) == 3:
        return 1 << 42 | ord(term[0]) << 21 | ord(term[2])
    return ord(term[0]) << 21 | ord(term[1])


def bridge_term(pair: str) -> str:
    """The term listing the articles where a pair of Chinese characters stands with a
    space between them."""
    return f"{pair[0]} {pair[1]}"


def name_line(name: str) -> bytes:
    """A folded name as its line in a segment's list of names: its JSON, which escapes
    the line break (names that are not UTF-8 as their escapes are written)."""
    import json

    return json.dumps(name, ensure_ascii=False).encode("utf-8", "surrogatepass")
