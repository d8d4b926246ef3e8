"""Command palette (ctrl+p): jump to any article, person or department by name.

Labels are matched through the search's folding, so `統戰` finds `统战` and `ＡＢ`
finds `ab`: the folded label has the original's offsets, so the marks land right.
"""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from ..expansions.pinyin import find, is_latin
from ..issue_names import issue_names
from ..kinds import KINDS
from ..messages import message
from ..safe_text import clean
from ..textkey import fold, fold_query

MATCH_STYLE = "reverse"


def _match(search, folded_query: str, label: str) -> tuple[float, list[int]]:
    """The fuzzy match of the folded query on the folded label; failing that, for a
    query of Latin letters, its pinyin spelling a run of the name after the label's
    kind (`tz` finds 统战, `ly` 乐跃明): (score, offsets), (0, []) for none."""
    score, offsets = search.match(folded_query, fold(label))
    if score > 0:
        return score, list(offsets)
    if not is_latin(folded_query):
        return 0, []
    name_at = label.find(" ") + 1
    found = find(folded_query, label[name_at:])
    if found is None:
        return 0, []
    start, end = found
    # As many points as characters spelled, more where the name starts with them.
    return (end - start) * (2 if start == 0 else 1), list(range(name_at + start, name_at + end))


class LibraryCommands(Provider):
    def _entries(self):
        app = self.app
        library = app.library
        article_label = message("palette.article")
        names = issue_names(library)
        for issue in library.issues:
            issue_name = names.full(issue)  # as printed, never the file's name
            for number, article in enumerate(issue.articles, 1):
                title = clean(article.title)
                help_text = message("palette.article_help", issue=issue_name, number=number)
                command = partial(app.jump_to_article, article.id)
                yield f"{article_label} {title}", command, help_text
        for kind in KINDS:
            help_text = message("palette.page_help", kind=message(f"entity.{kind.name}"))
            for entry in kind.entries(library):
                command = partial(app.open_entity_page, kind.name, entry.name)
                yield f"{kind.label} {clean(entry.name)}", command, help_text

    async def search(self, query: str) -> Hits:
        search = self.matcher(query).fuzzy_search
        folded_query = fold_query(query)
        for label, command, help_text in self._entries():
            score, offsets = _match(search, folded_query, label)
            if score > 0:
                prompt = Text(label)
                for offset in offsets:
                    prompt.stylize(MATCH_STYLE, offset, offset + 1)
                yield Hit(score, prompt, command, text=label, help=help_text)

    async def discover(self) -> Hits:
        article_label = message("palette.article")
        for label, command, help_text in self._entries():
            if label.startswith(article_label):
                yield DiscoveryHit(Text(label), command, text=label, help=help_text)
