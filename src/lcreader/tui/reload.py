"""Reload: `R`, and a cheap watch of the library folder (one scan and a stat per file,
every few seconds, in a thread). The library is built again in a worker; the tree
keeps the cursor on the same article (by its stable key: ids may move) and a notice
says what changed. Mixed into `ReaderApp`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import work

from ..kinds import kind_named
from ..library import open_library_and_index
from ..messages import message
from ..model import Library
from ..reading import article_keys
from ..search import SearchIndex
from ..sources import DEFAULT_RULES, ScanRules, scan_sources
from .heap import settle_heap, unsettle_heap
from .widgets.issue_tree import IssueTree, issues_newest_first
from .widgets.search_panel import SearchPanel
from .widgets.sidebar import Sidebar

POLL_SECONDS = 3.0


@dataclass(frozen=True)
class LibrarySource:
    """Where the reader's library comes from, and which of its files are read (the
    command line's --follow and --max-file-size), so it can be opened again alike."""

    folder: Path
    cache_path: Path
    rules: ScanRules = DEFAULT_RULES

    def open(self) -> tuple[Library, SearchIndex]:
        # Notices (a rebuilt cache) would scribble over the screen: the reload says enough.
        return open_library_and_index(self.folder, self.cache_path, rules=self.rules)

    def fingerprint(self) -> tuple:
        """The files' names, sizes and times: changes when any bulletin does."""
        try:
            found, problems = scan_sources(self.folder, self.rules)
        except OSError:
            return ()
        return tuple(found), tuple(p.path for p in problems)


def describe_changes(old: Library, new: Library) -> str:
    """`新增 2 篇，1 篇有改动`, counted by the articles' stable keys; "" if none."""
    before = {key: old.article(a) for a, key in article_keys(old).items()}
    after = {key: new.article(a) for a, key in article_keys(new).items()}
    added = len(after.keys() - before.keys())
    removed = len(before.keys() - after.keys())
    from ..stored import same_source

    changed = sum(
        1
        for key in before.keys() & after.keys()
        if not same_source(before[key], after[key])  # read only what may have changed
        and (
            before[key].paragraphs != after[key].paragraphs
            or before[key].captions != after[key].captions
        )
    )
    parts = [
        message(name, count=count)
        for name, count in (("changes.added", added), ("changes.removed", removed))
        if count
    ]
    if changed:
        parts.append(message("changes.changed", count=changed))
    return message("changes.separator").join(parts)


def _issues_moved(
    old: Library, old_keys: dict[str, str], new: Library, by_key: dict[str, str]
) -> dict[str, str]:
    """Old issue id → new, through the articles' stable keys (ids may move)."""
    moved = {}
    for article_id, key in old_keys.items():
        old_article, new_id = old.article(article_id), by_key.get(key)
        new_article = new.article(new_id) if new_id else None
        if old_article is not None and new_article is not None:
            moved.setdefault(old_article.issue, new_article.issue)
    return moved


class ReloadActions:
    """Needs `library`, `index`, `source`, `article_id`, `filter`, the search's state,
    the reading mixin and the App."""

    # The match that was current when the library was replaced: (article key, number).
    _match_to_restore: tuple[str | None, int] | None = None

    def restored_match(self) -> int | None:
        """Where the match current before a reload is among the new search's matches."""
        wanted, self._match_to_restore = self._match_to_restore, None
        if wanted is None:
            return None
        key, number = wanted
        return next(
            (
                position
                for position, (article, index, _) in enumerate(self.search_matches)
                if index == number and self.article_keys.get(article) == key
            ),
            None,
        )

    def start_watching(self) -> None:
        self._fingerprint = None
        if self.source is not None:
            self._remember_fingerprint()
            self.set_interval(POLL_SECONDS, self._poll)

    @work(thread=True, exclusive=True, group="poll")
    def _remember_fingerprint(self) -> None:
        self._fingerprint = self.source.fingerprint()

    @work(thread=True, exclusive=True, group="poll")
    def _poll(self) -> None:
        now = self.source.fingerprint()
        if self._fingerprint is not None and now != self._fingerprint:
            self._fingerprint = now
            self.call_from_thread(self.action_reload, True)

    def action_reload(self, quiet_if_unchanged: bool = False) -> None:
        if self.source is None:
            return
        self._rebuild(quiet_if_unchanged)

    @work(thread=True, exclusive=True, group="reload")
    def _rebuild(self, quiet_if_unchanged: bool) -> None:
        try:
            library, index = self.source.open()
            self._fingerprint = self.source.fingerprint()
        except Exception as err:  # a library gone or unreadable: say so, keep the old one
            self.call_from_thread(
                self.notify, message("notify.reload_failed", error=err), markup=False
            )
            return
        self.call_from_thread(self.replace_library, library, index, quiet_if_unchanged)

    def replace_library(
        self, library: Library, index: SearchIndex, quiet_if_unchanged: bool = False
    ) -> None:
        """Show a new build of the library, the cursor on the same article."""
        self._stale_reloads = 0  # this build is the library's now
        changes = describe_changes(self.library, library)
        key = self.article_keys.get(self.article_id or "")
        old_library, old_keys = self.library, self.article_keys
        tree = self.query_one(IssueTree)
        years, issues = tree.open_nodes()
        searched = self.search_result is not None
        if self.match_position is not None:  # the current match, found again by key
            article, number, _ = self.search_matches[self.match_position]
            self._match_to_restore = (old_keys.get(article), number)
        self.library, self.index = library, index
        self.article_keys = article_keys(library)
        by_key = {k: a for a, k in self.article_keys.items()}
        # The matches name the old build's articles: they come again with the search.
        self.search_matches, self.match_position, self.search_result = [], None, None
        panel = self.query_one(SearchPanel)
        panel.index = index
        tree.library = library
        shown = None
        if self.filter is not None:  # kept while its person or department is still known
            shown = kind_named(self.filter[0]).articles_of(library, self.filter[1]) or None
            if shown is None:
                self.filter = None
        tree.show_articles(shown)
        moved = _issues_moved(old_library, old_keys, library, by_key)
        tree.reopen(years, {moved.get(issue, issue): opened for issue, opened in issues.items()})
        if searched:
            panel.search_again()
        sidebar = self.query_one(Sidebar)
        for pane in sidebar.panes():
            pane.reload(library)
        first = next((a.id for i in issues_newest_first(library) for a in i.articles), None)
        target = by_key.get(key) or first
        if target is not None:
            tree.select_article(target)
            self.show_article(target)
        self._update_status()
        if self.settles_heap:
            unsettle_heap()  # what the old build leaves is collected in settling
            self.call_after_refresh(settle_heap)
        if changes:
            self.notify(message("notify.reloaded", changes=changes), markup=False)
        elif not quiet_if_unchanged:
            self.notify(message("notify.unchanged"), markup=False)
