"""The sidebar: one tab per row of `tabs.TABS`, each a list on one base class."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.message import Message
from textual.widget import Widget
from textual.widgets import OptionList, TabbedContent, TabPane, Tabs
from textual.widgets.option_list import Option

from ...kinds import EntityKind
from ...messages import message
from ...model import Library
from ...richtext import credit_ranges, wrapped
from ...stored import article_count
from .. import keymap
from ..tabs import TABS, SidebarTab
from .columns import Column
from .scrollbars import SteadyScrollbars
from .shown_text import label_text

# A list of thousands costs layout time on every refresh; the palette finds the rest.
MAX_LISTED = 300
# Cells for an entry's text: the narrow sidebar (28) less its border, scrollbar and padding.
LIST_WIDTH = 24


class ListPane(SteadyScrollbars, OptionList):
    """The base of every sidebar list (as frogmouth's NavigationPane): its entries as
    options, the first MAX_LISTED of them; subclasses say what the entries are."""

    BINDINGS = keymap.LIST

    def __init__(self, library: Library, **kwargs) -> None:
        self.library = library
        super().__init__(*self._listed_options(), **kwargs)
        keymap.localize(self)

    def _on_resize(self, event) -> None:
        # Entries are set to the width: only a new width changes their lines. Taller or
        # shorter (the status line shown or hidden under it), OptionList's own handler
        # threw them all away and drew them again, a frame after the layout had drawn
        # the list at its new height.
        if event.size.width == getattr(self, "_drawn_width", None):
            event.prevent_default()
        self._drawn_width = event.size.width

    def _listed_options(self) -> list[Option]:
        entries = self.entries(self.library)
        # Options only for the entries listed: a large library names tens of thousands.
        options = [self.option_for(entry) for entry in entries[:MAX_LISTED]]
        if len(entries) > MAX_LISTED:
            more = len(entries) - MAX_LISTED
            note = Text(message("sidebar.more", more=more), style="dim italic")
            options.append(Option(Text("\n").join(wrapped(note, LIST_WIDTH)), disabled=True))
        return options

    def reload(self, library: Library | None = None) -> None:
        """List the entries again (they changed, or the library did)."""
        self.library = library or self.library
        self.set_options(self._listed_options())
        if self.option_count:
            self.highlighted = 0

    def entries(self, library: Library) -> list:
        raise NotImplementedError

    def option_for(self, entry) -> Option:
        raise NotImplementedError


def list_entry(name: str, detail: str, count: int | None, width: int = LIST_WIDTH) -> Text:
    """A list entry: the name in bold with its count (never alone on a line), and dim
    detail lines below, set with the Chinese line-breaking rules."""
    head = Text(label_text(name), style="bold")  # a title may be megabytes long
    # The name's last two characters go with the count: a cut name ends on a word of
    # two (`…培训` / `学校 1`), not a character alone (`…培训学` / `校 1`).
    last = max(0, len(head) - (2 if len(head) > 3 else 1))
    if count is not None:
        head.append(f" {count}", style="dim")
    lines = wrapped(head, width, keep=[(last, len(head))])
    if detail:
        # Titles (`街道党工委副书记、街道办事处主任`) break between them, never inside one.
        text = Text(label_text(detail), style="dim")
        lines += wrapped(text, width, keep=credit_ranges(text, width))
    return Text("\n").join(lines)


class EntityPane(ListPane):
    """The entries of one entity kind, most mentioned first; Enter or a click posts
    EntitySelected."""

    class EntitySelected(Message):
        def __init__(self, kind: str, name: str) -> None:
            super().__init__()
            self.kind = kind
            self.name = name

    def __init__(self, kind: EntityKind, library: Library, **kwargs) -> None:
        self.kind = kind
        super().__init__(library, **kwargs)

    def entries(self, library: Library) -> list:
        return self.kind.entries(library)

    def option_for(self, entry) -> Option:
        text = list_entry(entry.name, self.kind.detail(entry), article_count(entry))
        return Option(text, id=entry.name)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.EntitySelected(self.kind.name, event.option.id))


class BookmarksPane(ListPane):
    """The 收藏 tab: bookmarked articles, newest first; Enter opens one."""

    class ArticleChosen(Message):
        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def entries(self, library: Library) -> list:
        marked = self.app.reading.bookmarked_articles(library)
        found: list = [(b, a) for b, a in marked if a]
        # Bookmarks of articles this library lacks (another library's, or a file since
        # taken away) are counted, as `lcreader bookmarks` lists them: never silently none.
        elsewhere = len(marked) - len(found)
        return [*found, elsewhere] if elsewhere else (found or [None])

    def option_for(self, entry) -> Option:
        if entry is None:
            return Option(Text(message("sidebar.no_bookmarks"), style="dim italic"), disabled=True)
        if isinstance(entry, int):
            note = Text(message("sidebar.bookmarks_elsewhere", count=entry), style="dim italic")
            return Option(Text("\n").join(wrapped(note, LIST_WIDTH)), disabled=True)
        _, article = entry
        year = self.library.issue(article.issue).year
        return Option(list_entry(article.title, str(year or ""), None), id=article.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.ArticleChosen(event.option.id))


class Sidebar(Column):
    # The list of a tab that lists no entity kind, by tab id: (library, widget id) -> list.
    PANES: ClassVar[dict[str, Callable[..., Widget]]] = {}

    def __init__(self, library: Library, **kwargs) -> None:
        super().__init__(**kwargs)
        self.library = library

    def pane_for(self, tab: SidebarTab) -> Widget:
        list_id = f"{tab.id}-list"
        if tab.kind is not None:
            return EntityPane(tab.kind, self.library, id=list_id)
        return self.PANES[tab.id](self.library, id=list_id)

    def compose(self) -> ComposeResult:
        with TabbedContent(id="sidebar-tabs", initial=TABS[0].id):
            for tab in TABS:
                with TabPane(tab.label, id=tab.id):
                    yield self.pane_for(tab)

    def on_mount(self) -> None:
        # A stop on the strip between the article and the list only cost a Tab; the
        # tabs have their keys (p, d, B…) and the list's left and right.
        self.query_one(Tabs).can_focus = False

    @property
    def active_tab(self) -> str:
        return self.query_one(TabbedContent).active or TABS[0].id

    def show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        self.query_one(f"#{tab}-list").focus()

    def panes(self) -> list[ListPane]:
        return list(self.query(ListPane))

    def refresh_tab(self, tab: str, library: Library | None = None) -> None:
        self.query_one(f"#{tab}-list", ListPane).reload(library)


Sidebar.PANES["bookmarks"] = BookmarksPane
