"""The reader's reading workflow, as newsboat has it: read marks, next unread, 收藏,
and the settings it remembers (tree width, theme). Mixed into `ReaderApp`."""

from __future__ import annotations

from ..filenames import stored
from ..messages import message
from ..reading import Reading, article_keys
from ..safe_text import clean
from .widgets.article_view import ArticleView
from .widgets.issue_tree import IssueTree
from .widgets.shown_text import label_text
from .widgets.sidebar import Sidebar

# An article shown this long in the article pane, with the keys in the tree or the article
# (moved onto with the cursor, opened with Enter, [ ], u, n), counts as read.
READ_AFTER_SECONDS = 3.0
TREE_WIDTHS = (24, 80)  # narrowest and widest the tree can be made
DEFAULT_TREE_WIDTH = 32
# `A` marks many articles at once: a second `A` within this time, on the same issue or
# year, confirms it (a stray key never marks a year read).
CONFIRM_SECONDS = 5.0


class ReadingActions:
    """Needs `library`, `data_dir`, `article_id` and Textual's App."""

    def init_reading(self) -> None:
        self.reading = Reading.load(self.data_dir)
        self.article_keys = article_keys(self.library)
        self._read_timer = None
        # The article the reader opened on, until a key moves or opens one: not read by
        # the timer while the reader merely stands open on it.
        self.opened_on: str | None = None
        # The article U marked unread: it stays so while shown, whatever takes the focus
        # (tab, a resize), until another article is shown and this one again.
        self._kept_unread: str | None = None
        self._said_unwritable = False
        self._tree_width = DEFAULT_TREE_WIDTH
        self._asked_all_read: tuple[str, float] | None = None  # scope, when A asked

    def is_unread(self, article_id: str) -> bool:
        return self.article_keys.get(article_id) not in self.reading.read

    def restore_settings(self) -> None:
        # reading.json or reader-state.json damaged (kept aside) or unreadable
        for notice in (self.reading.notice, self.state.notice):
            if notice:
                self.notify(clean(notice), severity="warning", markup=False, timeout=15)
        width = self.reading.settings.get("tree_width")
        if isinstance(width, int):
            self._set_tree_width(width)
        theme = self.reading.settings.get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)

    def _remember_theme(self, theme) -> None:
        if self.reading.settings.get("theme") != theme.name:
            self.reading.settings["theme"] = theme.name
            self._save_reading()

    def _save_reading(self) -> bool:
        """Save the reading; False (said once, with why) when nothing could be written."""
        if self.reading.save(self.data_dir):
            if self.reading.kept_aside:  # damaged since loaded: kept aside, nothing lost
                said, self.reading.kept_aside = self.reading.kept_aside, ""
                self.notify(clean(said), severity="warning", markup=False, timeout=15)
            return True
        if not self._said_unwritable:
            self._said_unwritable = True
            said = message(
                "notify.state_unwritable",
                folder=stored(str(self.data_dir)),
                reason=self.reading.save_error,
            )
            self.notify(clean(said), severity="warning", markup=False, timeout=15)
        return False

    # Read marks

    def start_read_timer(self, article_id: str) -> None:
        """Mark the article read once it has been shown READ_AFTER_SECONDS in the article
        pane with the keys in the tree or the article: the tree's cursor resting on it
        shows it as Enter does, and counts as Enter does. Not the one the reader opens
        on before a key is pressed, nor one previewed from the search results or shown
        behind a page."""
        self.stop_read_timer()
        if article_id == self._kept_unread:
            return
        self._kept_unread = None
        if self.is_unread(article_id) and self._reading_article():
            self.opened_on = None
            self._read_timer = self.set_timer(
                READ_AFTER_SECONDS, lambda: self._read_if_still_shown(article_id)
            )

    def _read_if_still_shown(self, article_id: str) -> None:
        self._read_timer = None
        if article_id == self.article_id and self._reading_article():  # no page over it
            self._mark(article_id, read=True)

    def stop_read_timer(self) -> None:
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None

    def _reading_article(self) -> bool:
        """Whether the tree or the article pane has the keys on the reader's screen, in
        view: the shown article is what the reader is looking at."""
        screen = self.screen_stack[0]
        focused = screen.focused
        return (
            self.screen is screen
            and focused is not None
            and (focused is self.query_one(ArticleView) or focused is self.query_one(IssueTree))
        )

    def on_descendant_focus(self, event) -> None:
        # The focus comes to the article pane (Enter in the tree, tab): reading starts
        # (again). To the tree, the article shown counts as the cursor's (from the
        # article pane it goes on counting); anywhere else (the search bar, the
        # sidebar), it does not.
        shown = self.article_id
        if event.widget is self.query_one(ArticleView):
            if shown is not None:
                self.start_read_timer(shown)
        elif event.widget is self.query_one(IssueTree):
            if shown is not None and shown != self.opened_on and self._read_timer is None:
                self.start_read_timer(shown)
        else:
            self.stop_read_timer()

    def _mark(self, article_id: str, read: bool) -> bool:
        """Set the article's read mark; whether it changed."""
        key = self.article_keys.get(article_id)
        if key is None or (key in self.reading.read) == read:
            return False
        if read:
            self.reading.read.add(key)
        else:
            self.reading.read.discard(key)
        for tree in self.query(IssueTree):  # none once the reader is closing
            tree.refresh_read(article_id)
        self._save_reading()
        return True

    def _mark_open_article(self, read: bool) -> None:
        """r and U: the open article read or unread, said in a notice either way (the
        automatic mark may have come first: the notice tells what the article is now)."""
        if self.article_id is None:
            return
        self.stop_read_timer()
        # (U stays unread while it is shown: until another article is shown and it again)
        self._kept_unread = None if read else self.article_id
        self._mark(self.article_id, read=read)
        title = label_text(self.library.article(self.article_id).title)
        key = "notify.marked_read" if read else "notify.marked_unread"
        self.notify(message(key, title=title), markup=False)

    def action_mark_read(self) -> None:
        self._mark_open_article(read=True)

    def action_mark_unread(self) -> None:
        self._mark_open_article(read=False)

    def action_mark_all_read(self) -> None:
        """A: every article of the issue (or the year) at the tree's cursor read."""
        what, article_ids = self.query_one(IssueTree).articles_at_cursor()
        if not article_ids:
            return
        changed = [a for a in article_ids if self.is_unread(a)]
        if len(changed) > 1 and not self._confirmed_all_read(what, len(changed)):
            return
        if self._read_timer is not None:
            self._read_timer.stop()
        keys = [self.article_keys[a] for a in changed if a in self.article_keys]
        self.reading.read.update(keys)
        tree = self.query_one(IssueTree)
        for article_id in changed:
            tree.refresh_read(article_id)
        if changed:
            self._save_reading()  # once, not once an article
        self.notify(
            message("notify.marked_all_read", what=label_text(what), count=len(changed)),
            markup=False,
        )

    def _confirmed_all_read(self, what: str, count: int) -> bool:
        """Whether this `A` is the second on the same scope in time; else asks for it."""
        import time

        asked, self._asked_all_read = self._asked_all_read, None
        now = time.monotonic()
        if asked is not None and asked[0] == what and now - asked[1] <= CONFIRM_SECONDS:
            return True
        self._asked_all_read = (what, now)
        self.notify(
            message("notify.confirm_all_read", what=label_text(what), count=count),
            markup=False,
            timeout=CONFIRM_SECONDS,
        )
        return False

    def action_next_unread(self) -> None:
        """The next unread article in the tree's order, from the current one, wrapping."""
        ids = self.query_one(IssueTree).article_ids()
        at = ids.index(self.article_id) + 1 if self.article_id in ids else 0
        target = next((a for a in ids[at:] + ids[:at] if self.is_unread(a)), None)
        if target is None:
            self.notify(message("notify.no_unread"), markup=False)
            return
        self.query_one(IssueTree).select_article(target)
        self.show_article(target)

    # 收藏

    def action_toggle_bookmark(self) -> None:
        if self.article_id is None:
            return
        article = self.library.article(self.article_id)
        added = self.reading.toggle_bookmark(self.article_keys[self.article_id], article)
        saved = self._save_reading()
        key = "notify.bookmarked" if added else "notify.unbookmarked"
        said = message(key, title=label_text(article.title))
        self.notify(said if saved else said + message("notify.not_saved"), markup=False)
        self.query_one(Sidebar).refresh_tab("bookmarks")

    # Tree width

    def action_tree_width(self, step: int) -> None:
        width = self._set_tree_width(self._tree_width + step)
        self.reading.settings["tree_width"] = width
        self._save_reading()

    def _set_tree_width(self, width: int) -> int:
        low, high = TREE_WIDTHS
        self._tree_width = max(low, min(high, width))
        self.query_one("#left").styles.width = self._tree_width
        return self._tree_width
