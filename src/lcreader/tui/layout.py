"""The reader's layout: the sidebar at every width, and where notices go. Mixed into
`ReaderApp`.

At 110 columns and more the sidebar stands right of the article (`s` hides it). Narrower,
it is a panel that takes the tree's place while it is needed: `p` / `d` / `B` (or `s`)
show it; `escape`, its tab's key again, or `s` give the tree back, and so does opening
an article or filtering the tree from it, so the tree shows what was chosen. Crossing
the width in a resize starts each layout afresh: narrow, with the tree.
"""

from __future__ import annotations

from weakref import WeakSet

from rich.text import Text
from textual import events
from textual.css.scalar import Scalar
from textual.geometry import Spacing
from textual.screen import Screen
from textual.widget import Widget

from ..richtext import name_ranges, wrapped
from .tabs import TABS
from .widgets.article_view import ArticleView
from .widgets.issue_tree import IssueTree
from .widgets.search_panel import SearchPanel
from .widgets.sidebar import Sidebar

# Below this many columns the sidebar is a panel in the tree's place, until `s` or a tab key.
NARROW_WIDTH = 110
# Notices keep to a text column at least this wide; a narrower one gets Textual's place.
NOTICE_MIN_WIDTH = 16
# The widget whose text column a screen's notices lie over (the article, a page's list).
NOTICE_AREA = "notice-area"
# How long after the notices change their text column is drawn again: the rack has
# shown the change (removed a notice) by then.
NOTICE_REPAINT_DELAY = 0.1
# A notice's width (Textual's Toast: 60 cells; reader.tcss: at most 80% of the rack), and
# the cells of its bar and padding.
NOTICE_CELLS = 60
NOTICE_SHARE = 80
NOTICE_FRAME = 3


def is_shown(widget: Widget) -> bool:
    """Whether the widget and every container around it are displayed."""
    return all(node.display for node in widget.ancestors_with_self if isinstance(node, Widget))


class LayoutActions:
    """Needs Textual's App and `state`."""

    # Where the keys were when the narrow sidebar took them: they go back there.
    _focus_before_sidebar: Widget | None = None

    def on_resize(self, event: events.Resize) -> None:
        # The event's size: the app's own is still the old one here.
        narrow = event.size.width < NARROW_WIDTH
        screen = self.screen_stack[0]
        if screen.has_class("-narrow") != narrow:  # restyling the screen is not free
            had_focus = self._sidebar_has_focus()
            screen.remove_class("-sidebar-shown")  # narrow starts with the tree
            screen.set_class(narrow, "-narrow")
            if narrow and had_focus:
                self._focus_left()
        # Behind a page or the help too: the reader's own focus, not the page's.
        self.call_after_refresh(self.keep_focus_shown)

    @property
    def narrow(self) -> bool:
        return self.screen_stack[0].has_class("-narrow")

    @property
    def sidebar_shown(self) -> bool:
        screen = self.screen_stack[0]
        if self.narrow:
            return screen.has_class("-sidebar-shown")
        return not screen.has_class("-sidebar-hidden")

    def show_sidebar(self, shown: bool) -> None:
        screen = self.screen_stack[0]
        if shown == self.sidebar_shown:
            return
        had_focus = self._sidebar_has_focus()
        if shown and self.narrow:
            self._focus_before_sidebar = None if had_focus else screen.focused
        if self.narrow:
            screen.set_class(shown, "-sidebar-shown")
        else:
            screen.set_class(not shown, "-sidebar-hidden")
        if shown and self.narrow:  # the tree is hidden now: the sidebar has the keys
            self.query_one(Sidebar).show_tab(self.query_one(Sidebar).active_tab)
        elif not shown and had_focus:
            self._focus_back()

    def _focus_back(self) -> None:
        """The keys back where they were before the narrow sidebar took them (the
        article after a search, say: never the search bar, which would take the next
        letters as a query); else the left column's pane."""
        before, self._focus_before_sidebar = self._focus_before_sidebar, None
        if before is not None and before.is_attached and is_shown(before):
            self.screen_stack[0].set_focus(before)
        else:
            self._focus_left()

    @property
    def searching(self) -> bool:
        """Whether the search bar has the tree's place in the left column."""
        return self.screen_stack[0].query_one(SearchPanel).display

    def show_search_bar(self, shown: bool) -> None:
        """The search bar in the tree's place, or the tree back. Each widget's display,
        not a class on the screen: a screen's class restyles every widget of the reader
        (at ×1000 that made escape take over 150 ms)."""
        screen = self.screen_stack[0]
        panes = (screen.query_one(SearchPanel), screen.query_one(IssueTree))
        panes[0].display = shown
        panes[1].display = not shown
        # Each asks the screen for a layout when it next idles; the one coming back from
        # hiding idled only after the first layout, and the screen was laid out twice.
        for pane in panes:
            pane._check_refresh()

    def action_sidebar_tab(self, tab: str) -> None:
        sidebar = self.query_one(Sidebar)
        if self.narrow and self.sidebar_shown and sidebar.active_tab == tab:
            self.show_sidebar(False)  # the same key again: the tree back
            return
        self.show_sidebar(True)
        sidebar.show_tab(tab)
        self.state.sidebar_tab = tab

    def action_sidebar_neighbour(self, step: int) -> None:
        ids = [tab.id for tab in TABS]
        at = ids.index(self.query_one(Sidebar).active_tab)
        self.action_sidebar_tab(ids[(at + step) % len(ids)])

    def action_toggle_sidebar(self) -> None:
        self.show_sidebar(not self.sidebar_shown)

    def close_narrow_sidebar(self) -> None:
        """Give the tree its place back (an article was opened or the tree filtered)."""
        if self.narrow:
            self.show_sidebar(False)

    def action_escape(self) -> None:
        """Escape: the narrow sidebar gives the tree back; else the search bar closes;
        else an article chosen on a person's or department's page returns to it."""
        if self.narrow and self.sidebar_shown:
            self.show_sidebar(False)
        elif self.searching:
            self.action_close_search()
        else:
            self.return_to_page()

    def _sidebar_has_focus(self) -> bool:
        # The reader's screen's focus, also while a page or the help covers it.
        focused = self.screen_stack[0].focused
        return focused is not None and self.query_one(Sidebar) in focused.ancestors_with_self

    def _focus_left(self) -> None:
        """Focus what the left column shows: the narrow sidebar while it is in the tree's
        place, the search bar while it is open, else the tree."""
        screen = self.screen_stack[0]
        if self.narrow and self.sidebar_shown:
            sidebar = self.query_one(Sidebar)
            sidebar.show_tab(sidebar.active_tab)
        elif self.searching:
            screen.set_focus(self.query_one(SearchPanel).input)
        else:
            screen.set_focus(self.query_one(IssueTree))

    def keep_focus_shown(self) -> None:
        """No hidden widget keeps the keys: if the reader's focused widget is not shown
        (a resize hid the narrow sidebar, Textual gave the focus to the first widget of
        the screen, a hidden search bar's), the left column's visible pane gets them."""
        screen = self.screen_stack[0]
        if self.screen is not screen:  # again when the page or the help is gone
            return
        focused = screen.focused
        if focused is None or not is_shown(focused):
            self._focus_left()

    def focus_reading_pane(self) -> None:
        """The article, if it scrolls (j, k answer there), else the left column's pane.
        Chosen at once: each move of the focus restyles the panes it leaves and enters,
        the tree's lines all drawn again (at ×1000, tens of milliseconds a move)."""
        article = self.query_one(ArticleView)
        if article.max_scroll_y > 0:
            self.screen_stack[0].set_focus(article)
        else:
            self._focus_left()

    def settle_focus(self) -> None:
        """Once laid out, after the search bar closes or the tree's filter changes: the
        keys stay where j, k and Enter answer. An article that fits its pane answers
        none of them (nothing to scroll): the left column's pane gets them then."""
        self.call_after_refresh(self._settle_focus)

    def _settle_focus(self) -> None:
        screen = self.screen_stack[0]
        if self.screen is not screen:
            return
        focused = screen.focused
        cannot_scroll = isinstance(focused, ArticleView) and focused.max_scroll_y == 0
        if focused is None or not is_shown(focused) or cannot_scroll:
            self._focus_left()

    def _layout_done(self, screen: Screen) -> None:
        self.keep_focus_shown()

    # Notices

    def follow_layouts(self) -> None:
        """Place each screen's notices again whenever its layout changes (a resize, the
        sidebar shown or hidden, the tree made wider), once the new layout is done."""
        self._followed = WeakSet()
        self.screen_change_signal.subscribe(self, self._follow)
        self.screen_change_signal.subscribe(self, self._drop_notices)
        self._follow(self.screen)

    def _drop_notices(self, screen: Screen) -> None:
        """A notice is about the view it was given in: a page, the help or the palette
        opened (or closed) takes the old ones away, not to lie over the new view (nor be
        drawn again, across its borders, when the view under it comes back)."""
        if self._notifications:
            self.clear_notifications()

    def _follow(self, screen: Screen) -> None:
        if screen is self.screen_stack[0]:  # back from a page or the help
            self.call_after_refresh(self.keep_focus_shown)
        if screen not in self._followed:
            self._followed.add(screen)
            screen.screen_layout_refresh_signal.subscribe(screen, self.place_notices)
            if screen is self.screen_stack[0]:  # any change of the reader's layout
                screen.screen_layout_refresh_signal.subscribe(screen, self._layout_done)

    def notify(self, message: str, **kwargs) -> None:
        self.place_notices(self.screen)  # notices are posted from the app's thread here
        width = self._notice_text_width(self.screen)
        if width and not kwargs.get("markup", True):
            # Set by the Chinese rules (typeset.py), not by Textual's, which breaks Chinese
            # anywhere: `，` first on a line, `——` split, a Latin word or a name cut.
            names = self._names_to_keep()
            message = "\n".join(
                line.plain
                for part in map(Text, message.split("\n"))
                for line in wrapped(part, width, keep=name_ranges(part, names), loose=True)
            )
        super().notify(message, **kwargs)

    def _unnotify(self, notification, refresh: bool = True) -> None:
        # A notice gone (its time up, clicked, cleared): Textual draws again only the
        # place it took, cut at its edges, and a wide character of the text under it
        # that straddles an edge is lost (Textual issue #6357: a line's last character
        # stayed blank until scrolled, the newcomer's pass). Once it is removed, the
        # text columns under notices are drawn again whole.
        super()._unnotify(notification, refresh)
        self.set_timer(NOTICE_REPAINT_DELAY, self._repaint_notice_areas)

    def clear_notifications(self) -> None:
        super().clear_notifications()
        self.set_timer(NOTICE_REPAINT_DELAY, self._repaint_notice_areas)

    def _repaint_notice_areas(self) -> None:
        for area in self.screen.query(f".{NOTICE_AREA}"):
            area.refresh()
            for child in area.walk_children():
                child.refresh()

    def _names_to_keep(self) -> list[str]:
        """The open article's people and departments (a notice names its title), each
        kept whole on a notice's line."""
        library, article_id = getattr(self, "library", None), getattr(self, "article_id", None)
        article = library.article(article_id) if library and article_id else None
        if article is None:
            return []
        return [name for name in (*article.people, *article.departments) if len(name) > 1]

    def _notice_text_width(self, screen: Screen) -> int | None:
        """The cells of a notice's text on `screen` (the rack as place_notices set it,
        less its scrollbar; a notice as wide as Textual and reader.tcss make it: at most
        NOTICE_CELLS and NOTICE_SHARE of that, less its bar and padding); None when not
        laid out."""
        racks = screen.query_children("ToastRack")
        areas = screen.query(f".{NOTICE_AREA}")
        if not racks or not areas:
            return None
        column = areas.first(Widget).scrollable_content_region
        rack = column.width if column.width >= NOTICE_MIN_WIDTH else screen.size.width
        rack -= racks.first().styles.scrollbar_size_vertical  # the rack scrolls, its bar kept
        width = min(NOTICE_CELLS, rack * NOTICE_SHARE // 100) - NOTICE_FRAME
        return width if width >= NOTICE_MIN_WIDTH // 2 else None

    def place_notices(self, screen: Screen) -> None:
        """Put the screen's notices over one text column, the article's (a page's list).

        Textual cuts every line of the screen at each widget's edges, under a notice too,
        and a wide character of the notice that straddles a cut is lost (Textual issue
        #6357: `凉城新村街道` shows as `凉城  村道`). Over a single text column no edge
        lies under a notice.
        """
        racks = screen.query_children("ToastRack")  # Textual's, one a screen
        areas = screen.query(f".{NOTICE_AREA}")
        if not racks or not areas:
            return
        rack, column = racks.first(), areas.first(Widget).scrollable_content_region
        if column.width >= NOTICE_MIN_WIDTH:
            margin, width = Spacing(0, 0, 1, column.x), Scalar.from_number(column.width)
        else:  # Textual's own place
            margin, width = Spacing(0, 0, 1, 0), Scalar.parse("1fr")
        if rack.styles.margin != margin or rack.styles.width != width:  # else no new layout
            rack.styles.margin, rack.styles.width = margin, width
