"""Synonyms: abbreviations and full forms that a search treats as one (统战 ↔ 统一战线).

The table ships in `data/synonyms.txt`; an office adds its own groups in a file named
`同义词.conf` in the library folder or in lcreader's config folder (not `.txt`: every
`*.txt` of the library folder is read as a bulletin). The format: one group of
equivalent forms per line, separated by spaces or commas, `#` to the end of a line a
comment. Every form is folded as all text is (繁/简, full/half width, case), so the
table matches what the search matches. A file that cannot be used is ignored whole,
and said in one line (`SynonymTable.problems`), never half taken.
"""

from __future__ import annotations

from ..data import read_text
from ..messages import message, system_error
from ..records import dataclass, field  # dataclasses, without importing it (records.py)
from ..textkey import fold_query
from . import Expansion

# typing.TYPE_CHECKING without importing typing; pathlib only names types here (a
# search passes its folders as text: paths.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

SYNONYM_WEIGHT = 0.85
VIA = "synonym"
OWN_FILE = "同义词.conf"
SHIPPED_FILE = "synonyms.txt"
# An office's list of words, not a book: anything larger is not one.
MAX_OWN_BYTES = 1_000_000
MAX_FORM_LENGTH = 60
# Forms are separated by white space or commas: commas made spaces, `str.split` splits
# at runs of white space as `[\s,，]+` would (a search never compiles it).
_COMMAS = str.maketrans(",，", "  ")


class TableError(ValueError):
    """A synonyms file that cannot be used; the message says where and why."""


def parse_groups(text: str, folded: bool = False) -> list[list[str]]:
    """The groups of a table's text, each form folded; raises TableError naming the
    first line that is not a group of two forms or more. `folded`: the text is folded
    already (the shipped table, which a test keeps so): a search need not fold it."""
    groups = []
    key = str if folded else fold_query
    for number, line in enumerate(text.splitlines(), 1):
        words = line.split("#", 1)[0].translate(_COMMAS).split()
        if not words:
            continue
        forms = list(dict.fromkeys(map(key, words)))
        bad = next((w for w in words if not _usable(key(w))), None)
        if bad is not None:
            raise TableError(message("synonyms.bad_form", line=number, form=bad[:20]))
        if len(forms) < 2:
            raise TableError(message("synonyms.lone_form", line=number, form=words[0][:20]))
        groups.append(forms)
    return groups


def _usable(form: str) -> bool:
    return 0 < len(form) <= MAX_FORM_LENGTH and any(ch.isalnum() for ch in form)


@dataclass
class SynonymTable:
    """Every form, folded, to the forms of its group (groups sharing a form are one)."""

    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)  # the office's files taken
    problems: list[str] = field(default_factory=list)  # one line per file ignored

    def add(self, groups: list[list[str]]) -> None:
        for forms in groups:
            merged = dict.fromkeys(forms)
            for form in forms:
                merged.update(dict.fromkeys(self.groups.get(form, ())))
            group = tuple(merged)
            for form in group:
                self.groups[form] = group

    def expansions(self, folded_term: str) -> list[Expansion]:
        """The other forms of the term's group, both ways (统战 → 统一战线, 统一战线 →
        统战). A form containing the term is left out: the term finds it already."""
        forms = self.groups.get(folded_term, ())
        return [(form, SYNONYM_WEIGHT, VIA) for form in forms if folded_term not in form]

    def __len__(self) -> int:
        return len({id(group) for group in self.groups.values()})


def shipped_table() -> SynonymTable:
    table = SynonymTable()
    table.add(parse_groups(read_text(SHIPPED_FILE), folded=True))
    return table


_shipped: SynonymTable | None = None


def expansions(folded_term: str, table: SynonymTable | None = None) -> list[Expansion]:
    """The term's synonyms in `table` (by default the shipped table alone, read once):
    SynonymTable.expansions."""
    global _shipped
    if table is None:
        if _shipped is None:
            _shipped = shipped_table()
        table = _shipped
    return table.expansions(folded_term)


def own_files(library_dir: Path | None, config_dir: Path | None) -> list[Path]:
    """Where an office's own table may be: the library folder, then the config folder."""
    from ..snapshot import joined

    return [joined(folder, OWN_FILE) for folder in (library_dir, config_dir) if folder is not None]


def synonyms_help() -> str:
    """Where an office's own synonyms go, for `lcreader search --help`."""
    from .. import paths

    return message("synonyms.help", name=OWN_FILE, config=paths.config_dir() / OWN_FILE)


def load_table(library_dir: Path | None = None, config_dir: Path | None = None) -> SynonymTable:
    """The shipped table and the office's own files, where they exist."""
    table = shipped_table()
    for path in own_files(library_dir, config_dir):
        try:
            groups = _read_own(path)
        except TableError as err:
            table.problems.append(message("synonyms.ignored", path=path, reason=err))
            continue
        if groups is not None:
            table.add(groups)
            table.files.append(path)
    return table


def _read_own(path: Path) -> list[list[str]] | None:
    """The groups of an office's file, None when there is none; TableError when it is
    not a table (not text, too large, a line that is not a group)."""
    from ..safe_files import NotRegularFile, open_regular
    from ..sources import SourceError, decode

    try:
        with open_regular(path) as handle:
            if handle is None:
                return None
            raw = handle.read(MAX_OWN_BYTES + 1)
    except NotRegularFile:
        raise TableError(message("source.not_regular")) from None
    except OSError as err:
        raise TableError(system_error(err)) from None
    if len(raw) > MAX_OWN_BYTES:
        raise TableError(message("synonyms.too_large", limit=MAX_OWN_BYTES // 1000))
    if not raw.strip():
        return []
    try:
        text = decode(raw)
    except SourceError as err:
        raise TableError(str(err)) from None
    return parse_groups(text)
