"""The reader: issue tree, article pane, person/department sidebar, keyboard search."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.text import Text
from textual import events
from textual.app import App, ComposeResult, SystemCommand
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, Static

from ..cli.errors import EXIT_CRASH
from ..formats.text import article_text
from ..kinds import kind_named
from ..messages import message
from ..model import Library
from ..safe_text import clean, clean_block
from ..search import Match, Query, SearchIndex, SearchResult
from . import keymap
from .commands import LibraryCommands
from .compile_dialog import CompileCommands
from .crash import CrashHandling, write_crash_log
from .guards import PaletteGuards
from .heap import IdleCollection, settle_heap
from .layout import NOTICE_AREA, LayoutActions
from .page_actions import PageActions
from .palette import SYSTEM_COMMANDS, ReaderSystemCommands
from .reading_actions import ReadingActions
from .reload import LibrarySource, ReloadActions
from .screens.entity_page import EntityPageScreen
from .screens.help import HelpScreen
from .screenshot import ScreenshotAction
from .state import ReaderState
from .structure_actions import StructureActions
from .tabs import tab_named
from .terminal_watch import TerminalWatch
from .textual_words import LocalizedBindings
from .widgets.article_view import ArticleView, Highlights
from .widgets.columns import Column, Row
from .widgets.footer import ReaderFooter
from .widgets.issue_tree import IssueTree, issues_newest_first
from .widgets.search_panel import SearchPanel
from .widgets.shown_text import label_text
from .widgets.sidebar import BookmarksPane, Sidebar

# The keys that work on the reader's panes: off while a page or the help covers them.
_PANE_ACTIONS = {b.action.split("(")[0] for b in keymap.APP} - {"help", "quit"}
# Of one article's matches, n/N walk (and the article highlights) the first this many;
# the status line then says `1/1000+`. Each is a highlight laid out in the article.
MATCHES_PER_ARTICLE = 1000
# While typing, the open article is highlighted again once keys pause this long.
REHIGHLIGHT_SECONDS = 0.15


class ReaderScreen(LocalizedBindings, Screen):
    """The reader's main screen, its keys listed in the user's words."""


class ReaderApp(
    CrashHandling,
    IdleCollection,
    PaletteGuards,
    PageActions,
    LayoutActions,
    ReloadActions,
    ReadingActions,
    StructureActions,
    ScreenshotAction,
    TerminalWatch,
    App[None],
):
    CSS_PATH = Path(__file__).parent / "reader.tcss"
    TITLE = "lcreader"
    BINDINGS = keymap.APP
    COMMANDS = {ReaderSystemCommands, LibraryCommands, CompileCommands}

    def __init__(
        self,
        library: Library,
        data_dir: Path,
        query: Query | str | None = None,
        index: SearchIndex | None = None,
        source: LibrarySource | None = None,
        settles_heap: bool = False,
    ) -> None:
        super().__init__()
        # Freezing the heap is for a reader that runs until quit, not for one of many
        # apps in a test process, which would then never free the others' cycles.
        self.settles_heap = settles_heap
        self.source = source  # to build the library again (R, a changed folder)
        keymap.localize(self)
        self.library = library
        self.data_dir = data_dir
        self.initial_query = query
        self.index = index if index is not None else SearchIndex(library)  # a test's library
        self.state = ReaderState.load(data_dir)
        self.init_reading()
        self._show_first_hit = query is not None  # --open: hit 1, not the last article read
        self.article_id: str | None = None
        self.filter: tuple[str, str] | None = None  # (kind, name)
        self.search_result: SearchResult | None = None
        # (article, index in article, match): what n/N walk. A hit of filters alone walks
        # where it names their people, or (a year alone) is one stop with no match.
        self.search_matches: list[tuple[str, int, Match | None]] = []
        self.search_matches_capped = False  # an article had more than MATCHES_PER_ARTICLE
        self.match_position: int | None = None
        self._rehighlight: Timer | None = None
        # (kind, name, article): the page an article was opened from, for escape to return.
        self.page_to_return: tuple[str, str, str] | None = None

    def compose(self) -> ComposeResult:
        with Row(id="main"):
            with Column(id="left"):
                yield SearchPanel(self.index, id="search")
                yield IssueTree(
                    self.library, unread=self.is_unread, opened=self.open_article, id="tree"
                )
            yield ArticleView(id="article", classes=NOTICE_AREA)
            yield Sidebar(self.library, id="sidebar")
        yield Static(id="status", markup=False)
        yield ReaderFooter()

    def on_mount(self) -> None:
        if self.settles_heap:
            self.call_after_refresh(settle_heap)
        self.restore_settings()
        self.follow_layouts()
        self.start_watching()
        self.watch_terminal()
        self.query_one("#sidebar-tabs").active = self.state.sidebar_tab
        tree = self.query_one(IssueTree)
        first = next((a.id for i in issues_newest_first(self.library) for a in i.articles), None)
        start = self.state.article if self.library.article(self.state.article or "") else first
        if start is not None:
            tree.select_article(start)
            self.show_article(start)
            self.opened_on = start  # not read by standing open on it
        tree.focus()
        self._update_status()
        if self.initial_query:
            self.action_open_search()
            # After the bar is laid out: its results are set to the list's real width.
            panel = self.query_one(SearchPanel)
            self.call_after_refresh(panel.open, self.initial_query)

    def action_help_quit(self) -> None:
        """Ctrl+C: Textual says how to quit, in English; here in the user's words."""
        # (in the search bar `q` is typed: only Ctrl+Q quits there)
        typing = isinstance(self.focused, Input)
        said = message("reader.help_quit_typing" if typing else "reader.help_quit")
        self.notify(said, markup=False)

    def get_default_screen(self) -> Screen:
        return ReaderScreen(id="_default")

    def get_system_commands(self, screen):
        """Textual's own palette entries (theme, quit, keys …), in the user's language."""
        for command in super().get_system_commands(screen):
            key = SYSTEM_COMMANDS.get(command.title)
            if key is None:
                yield command
            else:
                yield SystemCommand(
                    message(f"{key}.title"), message(f"{key}.help"), command.callback
                )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # On a person's page or the help, a key of the reader's panes would act unseen
        # behind it (`/` would leave the keys in a hidden search bar): off, and not shown.
        return action not in _PANE_ACTIONS or self.screen is self.screen_stack[0]

    # Showing articles

    def show_article(self, article_id: str) -> None:
        article = self.library.article(article_id)
        if article is None:
            return
        self.article_id = article_id
        issue = self.library.issue(article.issue)
        self.query_one(ArticleView).show(article, issue, self._highlights(article_id))
        self.state.article = article_id
        self.start_read_timer(article_id)
        self._update_status()

    def _highlights(self, article_id: str) -> Highlights:
        matches = [m for a, _, m in self.search_matches if a == article_id and m is not None]
        current = None
        if self.match_position is not None:
            article, index, match = self.search_matches[self.match_position]
            current = index if article == article_id and match is not None else None
        return Highlights(matches=matches, current=current, words=self._filter_words())

    def _filter_words(self) -> list[str]:
        if self.filter is None:
            return []
        kind, name = self.filter
        return kind_named(kind).words(self.library, name)

    def jump_to_article(self, article_id: str) -> None:
        while isinstance(self.screen, EntityPageScreen):  # chosen in the palette on a page
            self.pop_screen()
        tree = self.query_one(IssueTree)
        if not tree.select_article(article_id):
            self._lift_filter()
            tree.select_article(article_id)
        self.show_article(article_id)
        self.close_narrow_sidebar()  # the tree shows where the article is
        self.query_one(ArticleView).focus()

    def on_bookmarks_pane_article_chosen(self, event: BookmarksPane.ArticleChosen) -> None:
        self.jump_to_article(event.article_id)

    def on_issue_tree_article_highlighted(self, event: IssueTree.ArticleHighlighted) -> None:
        if event.article_id != self.article_id:
            self.show_article(event.article_id)

    def open_article(self, article_id: str) -> None:
        """Enter on an article in the tree: shown, and the keys go to it at once (not
        after a message: keys typed right after Enter are the article's)."""
        if article_id != self.article_id:
            self.show_article(article_id)
        self.screen_stack[0].set_focus(self.query_one(ArticleView))

    # Filters from the sidebar

    def apply_filter(self, kind: str, name: str) -> None:
        articles = kind_named(kind).articles_of(self.library, name)
        self.filter = (kind, name)
        tree = self.query_one(IssueTree)
        tree.show_articles(articles)
        keep = self.article_id if self.article_id in articles else None
        target = keep or next(iter(tree.article_ids()), None)
        if target:
            tree.select_article(target)
            self.show_article(target)
        self.close_narrow_sidebar()  # the filtered tree in view, with the keys
        self.action_close_search()
        self.screen_stack[0].set_focus(tree)
        self._update_status()

    def _lift_filter(self) -> None:
        """The whole tree again for an article the filter hides (a search's next hit, a
        bookmark): the filter goes, said so, and the search stays (`n` goes on)."""
        if self.filter is None:
            return
        name = self.filter[1]
        self.filter = None
        self.query_one(IssueTree).show_articles(None)
        self._update_status()
        self.notify(message("notify.filter_lifted", name=clean(name)), markup=False)

    def action_clear_filter(self) -> None:
        filtered = self.filter is not None
        had = filtered or self.search_matches
        self.filter = None
        self.search_matches, self.match_position, self.search_result = [], None, None
        tree = self.query_one(IssueTree)
        if filtered:  # a search alone leaves the tree whole: not built again (×1000: 40 ms)
            tree.show_articles(None)
            if self.article_id:
                tree.select_article(self.article_id)
        if self.article_id:
            self.show_article(self.article_id)  # without the highlights
        self.action_close_search()  # its results are what was cleared
        self.settle_focus()
        self._update_status()
        if not had:
            self.notify(message("notify.no_filter"), markup=False)

    # Search

    async def on_event(self, event) -> None:
        # `/` opens the bar as the key arrives, not after the keys already queued behind
        # it have gone to the pane it leaves: `/year` typed in one burst (pasted, an input
        # method's text) searches, never runs `e` and `a` as the reader's keys.
        if isinstance(event, events.Key) and event.key == "slash" and self._slash_searches():
            event.stop()
            self.action_open_search()
            return
        await super().on_event(event)

    def _slash_searches(self) -> bool:
        """Whether `/` now opens the search bar: on the reader's own screen, where no
        field being typed into takes it as text."""
        return isinstance(self.screen, ReaderScreen) and not isinstance(self.focused, Input)

    def action_open_search(self) -> None:
        self.close_narrow_sidebar()  # the bar is in the tree's column
        self.show_search_bar(True)
        self.query_one(SearchPanel).open()

    def on_search_panel_closed(self, event: SearchPanel.Closed) -> None:
        self.action_close_search()

    def action_close_search(self) -> None:
        if self.searching:
            self.show_search_bar(False)
            self.query_one(IssueTree).reveal_cursor()  # it was hidden while the cursor moved
            self.focus_reading_pane()

    def on_search_panel_results_ready(self, event: SearchPanel.ResultsReady) -> None:
        self.search_result = event.result
        self.search_matches = []
        self.search_matches_capped = False
        if event.result is not None:
            for hit in event.result.hits:
                # Of an article's matches, the first MATCHES_PER_ARTICLE are walked by n/N
                # and highlighted: a paragraph of megabytes matched millions of times.
                found = hit.matches or hit.mentioned
                shown = found[:MATCHES_PER_ARTICLE]
                self.search_matches_capped |= hit.matches_cut or len(found) > len(shown)
                self.search_matches.extend(
                    (hit.article_id, number, match) for number, match in enumerate(shown)
                )
                if not shown:  # found for no words (year:2021): the article is the stop
                    self.search_matches.append((hit.article_id, 0, None))
        self.match_position = self.restored_match()  # None but after a reload
        if self._show_first_hit and self.search_matches:
            self._show_first_hit = False
            self.match_position = 0
            first = self.search_matches[0][0]
            self.query_one(IssueTree).select_article(first)
            self.show_article(first)
            self._scroll_to_current()
        elif self.article_id:
            # The results are what the typed key asked for: they get the frame. The
            # article's highlights follow once typing pauses, not on every key.
            if self._rehighlight is not None:
                self._rehighlight.stop()
            self._rehighlight = self.set_timer(REHIGHLIGHT_SECONDS, self._rehighlight_article)
        self._update_status()

    def _rehighlight_article(self) -> None:
        self._rehighlight = None
        # The timer may fire as the reader closes, its panes gone: nothing to show then.
        if self.article_id and self.query(ArticleView):
            self.show_article(self.article_id)

    def on_search_panel_hit_chosen(self, event: SearchPanel.HitChosen) -> None:
        position = next(
            (k for k, (a, _, _) in enumerate(self.search_matches) if a == event.article_id), None
        )
        self.match_position = position
        self.jump_to_article(event.article_id)
        self._scroll_to_current()

    def on_search_panel_settled(self, event: SearchPanel.Settled) -> None:
        """Typing paused: the first hit shows, unless the open article is a hit (it
        stays, its matches marked: a word looked for in what is being read)."""
        if event.article_ids and self.article_id not in event.article_ids:
            self.on_search_panel_hit_previewed(SearchPanel.HitPreviewed(event.article_ids[0]))

    def on_search_panel_hit_previewed(self, event: SearchPanel.HitPreviewed) -> None:
        """The article under the results' cursor, its first match in view; the focus
        stays in the results."""
        self.match_position = next(
            (k for k, (a, _, _) in enumerate(self.search_matches) if a == event.article_id), None
        )
        self.query_one(IssueTree).select_article(event.article_id)
        self.show_article(event.article_id)
        self._scroll_to_current()

    def _scroll_to_current(self) -> None:
        if self.match_position is None:
            return
        _, index, match = self.search_matches[self.match_position]
        if match is None:
            self.query_one(ArticleView).scroll_home(animate=False)
        else:
            self.query_one(ArticleView).scroll_to_match(index)

    def _step_match(self, step: int) -> None:
        if not self.search_matches:
            # A search of no hits is still a search: said as such, not "press /".
            key = "notify.no_matches" if self.search_result is None else "notify.search_no_hits"
            self.notify(message(key), markup=False)
            return
        if self.match_position is None:
            self.match_position = 0 if step > 0 else len(self.search_matches) - 1
        else:
            self.match_position = (self.match_position + step) % len(self.search_matches)
        article_id = self.search_matches[self.match_position][0]
        if article_id != self.article_id:
            self.jump_to_article(article_id)
        else:
            self.show_article(article_id)
        self._scroll_to_current()

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    # Other actions

    def _step_article(self, step: int) -> None:
        ids = self.query_one(IssueTree).article_ids()
        if not ids:
            return
        at = ids.index(self.article_id) if self.article_id in ids else -step
        if not 0 <= at + step < len(ids):  # said, not a silent key
            key = "notify.last_article" if step > 0 else "notify.first_article"
            self.notify(message(key), markup=False)
            return
        target = ids[at + step]
        self.query_one(IssueTree).select_article(target)
        self.show_article(target)

    def action_previous_article(self) -> None:
        self._step_article(-1)

    def action_next_article(self) -> None:
        self._step_article(1)

    def action_copy_article(self) -> None:
        if self.article_id is None:
            return
        article = self.library.article(self.article_id)
        # Cleaned as the screen is: an ESC in the text could end a bracketed paste.
        issue = self.library.issue(article.issue)
        self.copy_to_clipboard(clean_block(article_text(article, issue, as_written=True)))
        self.notify(message("notify.copied"), markup=False)

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def _update_status(self) -> None:
        status = Text()
        if self.filter is not None:
            kind, name = self.filter
            label = kind_named(kind).label
            count = len(self.query_one(IssueTree).article_ids())
            status.append(f" {label}：{label_text(name)} ", style="reverse")
            status.append(message("status.filter_count", count=count))
        if self.search_result is not None:
            query = clean(self.search_result.query.text)
            status.append(message("status.search", query=query), style="reverse")
            total = f"{len(self.search_matches)}{'+' if self.search_matches_capped else ''}"
            at = (
                f"{self.match_position + 1}/{total}"
                if self.match_position is not None
                else f"{total}"
            )
            # A year alone matches no words: n/N go from article to article, counted so.
            articles = bool(self.search_matches) and self.search_matches[0][2] is None
            if not self.search_matches:
                status.append(message("status.no_matches"))  # (no n/N offered: none to go to)
            else:
                status.append(message("status.hits" if articles else "status.matches", at=at))
        if status.plain:
            status.append(message("status.clear"), style="dim")
        line = self.query_one("#status", Static)
        shown = bool(status.plain)
        # One line high: a new text needs a repaint; only showing or hiding needs layout.
        line.update(status, layout=shown != line.display)
        line.display = shown

    def on_tabbed_content_tab_activated(self, event) -> None:
        if tab_named(event.pane.id) is not None:
            self.state.sidebar_tab = event.pane.id

    def on_unmount(self) -> None:
        self.keep_state()

    def keep_state(self) -> None:
        """The last article and sidebar tab, for the next run (read marks are saved as
        they change)."""
        self.state.save(self.data_dir)


def run_reader(
    library: Library,
    index: SearchIndex,
    data_dir: Path,
    query: Query | None = None,
    source: LibrarySource | None = None,
) -> int:
    """Run the reader until quit; returns the exit code (EXIT_CRASH if it failed)."""
    app = ReaderApp(library, data_dir, query, index, source, settles_heap=True)
    app.started_on_terminal = True  # the command line opens the reader only on one
    try:
        app.run()
    except Exception as error:  # past Textual's own handling (its driver, its exit)
        app.crash_log = app.crash_log or write_crash_log(error, data_dir)
    if app.crash_log is not None and not app.terminal_lost:
        print(message("reader.crashed", log=app.crash_log), file=sys.stderr)
        return EXIT_CRASH
    return app.return_code or 0
