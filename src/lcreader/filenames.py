"""File names as lcreader keeps them: lossless, encodable, and shown cleaned.

A Linux file name is bytes. Python gives it as text, each byte that is not UTF-8
as a lone surrogate (U+DC80–U+DCFF, `surrogateescape`): the text opens the file,
but it cannot be written as UTF-8 (the cache, the snapshot, JSON, `reading.json`)
and a lone surrogate shows as nothing. So a name has two forms:

- the OS form (`str` as `os.listdir` gives it): only for opening the file;
- the stored form (`stored`): the same text, with each byte that is not UTF-8
  written as U+FFFD and its two hex digits (`\\xff` → `�FF`), and a U+FFFD already
  in the name doubled (`��`). Every name has one stored form and no two names
  share one; `os_form` gives the OS form back. A valid UTF-8 name without U+FFFD
  (nearly all) is its own stored form, so keys written before stay the same.

Everything kept about a file — the cache's and the snapshot's keys, an issue's id
and source, `SourceProblem.path`, read marks — uses the stored form; what is shown
passes `shown` (the stored form through `safe_text.clean`), so two names that
differ in a byte never look the same.
"""

from __future__ import annotations

import os
import re

MARK = "\ufffd"
# Compiled on first use (re's cache): nearly every name is ASCII, and a search's start
# would compile both for none.
_ESCAPED = "[\udc80-\udcff\ufffd]"
_STORED = f"{MARK}({MARK}|[0-9A-F]{{2}})"


def _escape(match: re.Match) -> str:
    ch = match.group()
    return MARK + MARK if ch == MARK else f"{MARK}{ord(ch) - 0xDC00:02X}"


def stored(name: str) -> str:
    """The name (or path) as lcreader stores it: valid Unicode, one-to-one with the OS form."""
    if name.isascii():
        return name
    return re.sub(_ESCAPED, _escape, name)


def _unescape(match: re.Match) -> str:
    code = match.group(1)
    return MARK if code == MARK else chr(0xDC00 + int(code, 16))


def os_form(name: str) -> str:
    """The OS form of a stored name: what opens the file."""
    return re.sub(_STORED, _unescape, name) if MARK in name else name


def shown(name: str) -> str:
    """A name (either form) as a person may see it: stored, then cleaned."""
    from .safe_text import clean

    return clean(stored(name))


# What a shell reads as one word, unquoted: shlex's safe characters, in every script.
_SAFE_WORD = re.compile(r"[\w@%+=:,./-]+")


def shell_word(name: str) -> str:
    """A name (either form) as a shell word that gives back its exact bytes, to copy
    into a command: quoted as shlex does, or, where it holds a byte that is not UTF-8 or
    a control character (which a screen cannot show), in bash's `$'…'` with `\\xNN`."""
    import shlex

    name = os_form(name)
    if name.isprintable() and not any("\udc80" <= ch <= "\udcff" for ch in name):
        # (letters of any script are safe as they stand: `凉城.txt`, not `'凉城.txt'`)
        if _SAFE_WORD.fullmatch(name):
            return name
        return shlex.quote(name)
    out = []
    for ch in name:
        if "\udc80" <= ch <= "\udcff":
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        elif ch in "\\'":
            out.append("\\" + ch)
        elif not ch.isprintable():
            out.extend(f"\\x{byte:02x}" for byte in ch.encode("utf-8"))
        else:
            out.append(ch)
    return "$'" + "".join(out) + "'"


def base_name(path: str) -> str:
    """The stored form of a path's last part: a file's key in the cache and snapshot."""
    return stored(os.path.basename(path))


def stem(name: str) -> str:
    """A stored name without its suffix: the issue's id."""
    return os.path.splitext(name)[0]
