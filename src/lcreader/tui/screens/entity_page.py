"""A person's or department's page: timeline, articles with the sentence naming them,
the people around them. Enter opens an article; `f` filters the tree by the entity;
escape returns.

The head (facts, timeline, the people around them) scrolls on its own and takes at most
part of the screen, so a long timeline never pushes the article list out of view; tab
goes between the two, and the pager keys move in whichever has the focus."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ...entity_pages import EntityPage
from ...messages import message
from ...richtext import name_ranges, wrapped
from .. import keymap
from ..guards import ClosesOnce
from ..layout import NOTICE_AREA
from ..textual_words import LocalizedBindings
from ..widgets.footer import ReaderFooter
from ..widgets.hits_chart import year_lines
from ..widgets.shown_text import label_text
from ..widgets.steady_scroll import scroll_pages, scroll_rows

TEXT_WIDTH = 72  # the page's text column, at most
OPTIONS_BATCH = 200  # articles added to the list at a time while the page is built
HEAD_SHARE = 0.45  # of the page's height, at most, for the head (reader.tcss: 45%)


class EntityPageScreen(ClosesOnce, LocalizedBindings, Screen[tuple[str, str] | None]):
    """Dismissed with ("article", id), ("filter", name) or None (escape)."""

    BINDINGS = keymap.PAGE

    def __init__(
        self,
        kind_label: str,
        page: EntityPage | Callable[[], EntityPage | None],
        at_article: str | None = None,
        name: str = "",
    ) -> None:
        """`page`, or how to build it (off the UI thread: the head shows meanwhile)."""
        super().__init__()
        keymap.localize(self)
        self.kind_label = kind_label
        self.page: EntityPage | None = page if isinstance(page, EntityPage) else None
        self._build = None if self.page is not None else page
        self.entity_name = self.page.name if self.page is not None else name
        self.at_article = at_article  # the article the reader was on, back on the page

    def compose(self) -> ComposeResult:
        with Vertical(id="page-body"):
            with VerticalScroll(id="page-head-scroll"):
                yield Static(id="page-head", markup=False)
            yield Static(self._articles_heading(), id="page-articles-heading", markup=False)
            options = self._article_options(TEXT_WIDTH) if self.page is not None else []
            yield OptionList(*options, id="page-articles", classes=NOTICE_AREA)
        yield ReaderFooter()

    def _articles_heading(self) -> Text:
        if self.page is None:
            return Text(message("page.building"), style="dim")
        return Text(message("page.articles", count=len(self.page.articles)), style="bold")

    def on_mount(self) -> None:
        self.query_one("#page-articles", OptionList).focus()
        if self.page is None:
            self.run_worker(self._build_page, thread=True, exclusive=True)
        else:
            self._highlight_where_the_reader_was()

    def _highlight_where_the_reader_was(self) -> None:
        if self.at_article is not None and self.page is not None:
            ids = [item.article_id for item in self.page.articles]
            if self.at_article in ids:
                self.query_one("#page-articles", OptionList).highlighted = ids.index(
                    self.at_article
                )

    def _build_page(self) -> None:
        """In a thread: the page, then its articles in batches, each shown as it comes."""
        worker = get_current_worker()
        page = self._build()
        if worker.is_cancelled:
            return
        self.app.call_from_thread(self._show_head, page)
        if page is None:
            return
        options = []
        for start in range(0, len(page.articles), OPTIONS_BATCH):
            if worker.is_cancelled:
                return
            batch = page.articles[start : start + OPTIONS_BATCH]
            options = self._article_options(TEXT_WIDTH, batch)
            self.app.call_from_thread(self._add_options, options)
        self.app.call_from_thread(self._highlight_where_the_reader_was)

    def _show_head(self, page: EntityPage | None) -> None:
        if not self.is_attached:
            return
        if page is None:  # no such entity (any more)
            self.dismiss(None)
            return
        self.page = page
        self.query_one("#page-articles-heading", Static).update(self._articles_heading())
        self.on_resize()

    def _add_options(self, options: list[Option]) -> None:
        if self.is_attached:
            articles = self.query_one("#page-articles", OptionList)
            articles.add_options(options)
            if articles.highlighted is None and articles.option_count:
                articles.highlighted = 0  # as a list made whole starts

    def on_resize(self) -> None:
        width = min(TEXT_WIDTH, max(20, self.size.width - 4))
        lines = self._head(width, gaps=True)
        # The head takes at most HEAD_SHARE of the page (its CSS max-height). Where its
        # sections would not all show there (80×24), they go without the blank lines
        # and margins between them: every section's heading in view, not scrolled away.
        room = int((self.size.height - 1) * HEAD_SHARE)  # the footer's line left out
        compact = len(lines) + 2 > room  # the padding over it, the margin under it
        if compact:
            lines = self._head(width, gaps=False)
        self.set_class(compact, "-compact")
        self.query_one("#page-head", Static).update(Text("\n").join(lines))

    def _head(self, width: int, gaps: bool) -> list[Text]:
        page = self.page
        if page is None:  # being built: its name at once
            return [Text(f"{self.kind_label}　{label_text(self.entity_name)}", style="bold")]
        gap = [Text()] if gaps else []
        lines = [Text(f"{self.kind_label}　{label_text(page.name)}", style="bold")]
        lines += [Text(label_text(fact), style="dim") for fact in page.facts]
        lines += gap
        for year, what in page.timeline:
            row = Text(f"{year:<6}", style="bold")
            row.append(label_text(what))
            lines += wrapped(row, width, " " * 6)
        # (a department's page has no timeline: one blank line over its chart, not two)
        lines += [
            *(gap if page.timeline else []),
            *year_lines((a.year for a in page.articles), width),
        ]
        if page.related:
            lines += gap
            lines.append(Text(page.related_heading, style="bold"))
            names, keep = Text(), []
            for name, count in page.related:
                if names:
                    names.append("、")
                start = len(names)
                names.append(f"{label_text(name)}（{count}）")
                keep.append((start, len(names)))  # a name and its count stay together
            lines += wrapped(names, width, keep=keep)
        return lines

    def _article_options(self, width: int, items=None) -> list[Option]:
        library = self.app.library
        options = []
        for item in self.page.articles if items is None else items:
            # Every name the article gives stays whole on one line, as in the article pane.
            article = library.article(item.article_id)
            names = article.people if article is not None else [self.entity_name]
            prompt = Text(label_text(item.title), style="bold")
            prompt.append(f" {item.year or ''}", style="dim")
            lines = wrapped(prompt, width, keep=name_ranges(prompt, names))
            if item.sentence:
                sentence = Text(label_text(item.sentence), style="dim")
                lines += wrapped(sentence, width, keep=name_ranges(sentence, names))
            options.append(Option(Text("\n").join(lines), id=item.article_id))
        return options

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.dismiss(("article", event.option.id))

    def action_dismiss_page(self) -> None:
        self.dismiss(None)

    def action_filter(self) -> None:
        if self.page is not None:  # not while it is being built
            self.dismiss(("filter", self.page.name))

    def _head_focused(self) -> VerticalScroll | None:
        head = self.query_one("#page-head-scroll", VerticalScroll)
        return head if self.focused is head else None

    def _articles(self) -> OptionList:
        return self.query_one("#page-articles", OptionList)

    # The list's keys keep its highlighted row in view (the list scrolls to it).

    def action_cursor_down(self) -> None:
        if head := self._head_focused():
            scroll_rows(head, 1)
        else:
            self._articles().action_cursor_down()

    def action_cursor_up(self) -> None:
        if head := self._head_focused():
            scroll_rows(head, -1)
        else:
            self._articles().action_cursor_up()

    def action_page_down(self) -> None:
        if head := self._head_focused():
            scroll_pages(head, 1)
        else:
            self._articles().action_page_down()

    def action_page_up(self) -> None:
        if head := self._head_focused():
            scroll_pages(head, -1)
        else:
            self._articles().action_page_up()

    def action_first(self) -> None:
        if head := self._head_focused():
            head.scroll_home(animate=False)
        else:
            self._articles().action_first()

    def action_last(self) -> None:
        if head := self._head_focused():
            head.scroll_end(animate=False)
        else:
            self._articles().action_last()
