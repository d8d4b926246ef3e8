"""Why a corrections file cannot be read, found without the parser and kept in no
language: a search checks a library's corrections files (`corrections_file.ignored`)
and must not import the parser for it, and the reason the parser's note keeps in the
cache reads in the user's language when it is shown (`messages.note_text`). Imports
nothing of lcreader's, so that `messages` may use it.
"""

from __future__ import annotations

# parse.corrections.OPERATIONS, without importing the parser (a unit test keeps them
# alike): what `as` may say.
OPERATIONS = (
    *("title", "kicker", "subtitle", "paragraph", "caption", "furniture"),
    *("split", "join", "byline"),
)
TABLE = "correction"  # parse.corrections.TABLE
NESTED = "toml nesting"  # parse.corrections.NESTED


def checked(raw: bytes) -> str | None:
    """Why the file's bytes are no corrections file, as `reason_words` reads it (the
    same in every language: the parser's notes keep it in the cache), or None.

    `toml line N`, `utf-8 line N`, `correction` (not a list of tables), `correction K`
    (not a table), `correction K: line` (or text, as, byline): the value is wrong."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return f"utf-8 line {line}"
    import tomllib

    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        return f"toml line {_toml_line(str(err), text)}"
    except RecursionError:  # arrays nested thousands deep (a hostile or broken file)
        return NESTED
    items = doc.get(TABLE, [])
    if not isinstance(items, list):
        return TABLE
    for k, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            return f"{TABLE} {k}"
        line, words, op = item.get("line"), item.get("text"), item.get("as")
        if type(line) is not int or line < 1:
            return f"{TABLE} {k}: line"
        if not isinstance(words, str) or not words.split():
            return f"{TABLE} {k}: text"
        if op not in OPERATIONS:
            return f"{TABLE} {k}: as"
        if any(not isinstance(item.get(part, ""), str) for part in ("author", "department")):
            return f"{TABLE} {k}: byline"
    return None


def _toml_line(error: str, text: str) -> int:
    """The line tomllib's error is at: `… (at line 3, column 7)`, or the document's
    last line for `… (at end of document)`."""
    at = error.rfind("(at line ")
    if at >= 0:
        number = error[at + len("(at line ") :].split(",")[0].split(")")[0]
        if number.isdigit():
            return int(number)
    return max(1, len(text.splitlines()))


def reason_words(reason: str) -> tuple[str, dict] | None:
    """The message key and fields that say a reason `checked` (or the parser, or an
    older lcreader) gave; None for a reason already in words (the OS's, too large)."""
    words = reason.split()
    if len(words) == 3 and words[1] == "line" and words[2].isdigit():
        kind = {"toml": "corrections.reason.toml", "utf-8": "corrections.reason.utf8"}
        if words[0] in kind:
            return kind[words[0]], {"line": int(words[2])}
    if reason == TABLE:
        return "corrections.reason.table", {}
    if reason == NESTED:
        return "corrections.reason.toml_somewhere", {}
    if words[:1] == [TABLE] and len(words) in (2, 3) and words[1].rstrip(":").isdigit():
        number = int(words[1].rstrip(":"))
        if len(words) == 2 and not words[1].endswith(":"):
            return "corrections.reason.entry", {"number": number}
        if len(words) == 3 and words[1].endswith(":") and words[2] in _FIELDS:
            allowed = ", ".join(OPERATIONS)
            return f"corrections.reason.{words[2]}", {"number": number, "allowed": allowed}
    # What lcreader kept before it said these in words: tomllib's English, `utf-8: <byte>`.
    if reason.startswith("utf-8: "):
        return "corrections.reason.utf8_somewhere", {}
    if reason.endswith(")") and ("(at line " in reason or "(at end of document" in reason):
        at = reason.rfind("(at line ")
        number = reason[at + len("(at line ") :].split(",")[0] if at >= 0 else ""
        if number.isdigit():
            return "corrections.reason.toml", {"line": int(number)}
        return "corrections.reason.toml_somewhere", {}
    return None


_FIELDS = ("line", "text", "as", "byline")
