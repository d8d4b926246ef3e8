"""A parsed query with every other way its words are written: the one step between
parsing a query and searching it, the same for `lcreader search`, `compile`, the
charts and the reader's search bar.

Synonyms come from the shipped table and the office's own files; pinyin from the words
of the search index (`vocabulary.index_vocabulary`), gathered only when a query first
holds a Latin word, so a Chinese query never pays for it (nor imports pypinyin).
"""

from __future__ import annotations

import _thread  # threading's lock without importing threading (a search has no threads)
from collections.abc import Callable

from ..search.query import Query
from . import Expansion, is_latin
from .expand import expand
from .synonyms import SynonymTable, load_table

# typing.TYPE_CHECKING without importing typing; pathlib only names types here (a
# search passes its folders as text: paths.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from .pinyin import Vocabulary


class Expander:
    """Expands queries: synonyms always, pinyin once a Latin word asks for it."""

    def __init__(
        self,
        synonyms: SynonymTable,
        vocabulary: Callable[[], Vocabulary | None] | None = None,
    ) -> None:
        self.synonyms = synonyms
        self._make_vocabulary = vocabulary
        self._vocabulary: Vocabulary | None = None
        self._lock = _thread.allocate_lock()  # the reader searches in a thread
        self.index = None  # the index it was made for (index_expander)

    @property
    def vocabulary(self) -> Vocabulary | None:
        """The pinyin vocabulary, gathered on first use."""
        with self._lock:
            if self._vocabulary is None and self._make_vocabulary is not None:
                self._vocabulary = self._make_vocabulary()
                self._make_vocabulary = None
            return self._vocabulary

    def waits_for_vocabulary(self, text: str) -> bool:
        """Whether expanding `text` would first gather the pinyin vocabulary (a Latin
        word, none gathered yet): the reader then searches off its UI thread."""
        return (
            self._vocabulary is None
            and self._make_vocabulary is not None
            and any(is_latin(word.lower()) for word in text.split())
        )

    def forms(self, folded: str) -> list[Expansion]:
        """The other forms of one folded query word (expand.expand)."""
        return expand(folded, self.synonyms, self.vocabulary if is_latin(folded) else None)

    def __call__(self, query: Query) -> Query:
        return query.with_alternatives(self.forms)


def index_expander(
    index,
    library_dir: Path | None = None,
    config_dir: Path | None = None,
    cache_path: Path | None = None,
) -> Expander:
    """The expander of a library's searches: its synonyms (shipped, then the office's
    files in the library folder and the config folder) and its index's words, kept
    beside the cache at `cache_path` (vocabulary_cache.py) when there is one."""
    synonyms = load_table(library_dir, config_dir)

    def vocabulary() -> Vocabulary:
        if cache_path is None:
            from .vocabulary import index_vocabulary

            return index_vocabulary(index, synonyms)
        from .vocabulary_cache import cached_vocabulary, vocabulary_path

        return cached_vocabulary(index, synonyms, vocabulary_path(cache_path))

    expander = Expander(synonyms, vocabulary)
    expander.index = index
    return expander


def reader_expander(index, library_dir: Path | None, cache_path: Path | None) -> Expander:
    """index_expander with the user's config folder (the reader has no flag for it)."""
    from ..paths import config_dir

    return index_expander(index, library_dir, config_dir(), cache_path)
