"""Every other form of a query word: synonyms, or for a Latin word pinyin and the
synonyms of what it spells. The one call the query makes for a word."""

from __future__ import annotations

from . import Expansion, exact_word, is_latin

# typing.TYPE_CHECKING without importing typing; the pinyin module is imported for a
# Latin word alone.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .pinyin import Vocabulary
    from .synonyms import SynonymTable


def expand(
    word: str, synonyms: SynonymTable, vocabulary: Vocabulary | None = None
) -> list[Expansion]:
    """Every other form of a folded query word, best first, each once: its synonyms
    (统战 → 统一战线), or for a Latin word the words it spells in pinyin (`vocabulary`)
    and their synonyms (tongzhan → 统战, then 统一战线 at 0.9 × 0.85). `=统战`: none.

    `synonyms` is a synonyms.SynonymTable, `vocabulary` a pinyin.Vocabulary (without
    one, a Latin word has no expansions). pypinyin is imported only for a Latin word.
    """
    word, exact = exact_word(word)
    if exact or not word:
        return []
    if not is_latin(word):
        return [e for e in synonyms.expansions(word) if e[0] != word]
    from .pinyin import pinyin_expansions

    found: dict[str, Expansion] = {}
    for form, weight, via in pinyin_expansions(word, vocabulary) if vocabulary else ():
        found.setdefault(form, (form, weight, via))
        for other, factor, _ in synonyms.expansions(form):
            found.setdefault(other, (other, round(weight * factor, 4), via))
    return sorted(found.values(), key=lambda e: -e[1])
