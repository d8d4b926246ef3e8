"""The search bar: results update as you type (debounced, searched in a thread)."""

from __future__ import annotations

import re
import time

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ...expansions.searching import Expander, reader_expander
from ...formats.text import expansion_note
from ...messages import message
from ...richtext import highlighted, match_ranges, name_ranges, wrapped
from ...safe_text import clean
from ...search import Query, QueryError, SearchIndex, SearchResult, parse_query
from ...search.query import placeholder
from .. import keymap
from ..textual_words import LocalInput
from .hits_chart import HitsChart
from .scrollbars import SteadyScrollbars
from .shown_text import ELLIPSIS, LABEL_CHARS

# Keys closer together than this are a burst: a search in a thread waits for its end.
# The first key after a pause searches at once (a leading edge), so a person typing
# one character at a time never waits for the timer.
DEBOUNCE_SECONDS = 0.03
# A search quicker than this (small libraries) runs at once, on the UI thread: it
# cannot block it noticeably, and its results then share the typed key's frame.
QUICK_SECONDS = 0.008
# Once typing has paused this long, the first hit shows in the article pane (unless
# the open article is a hit itself: it stays, its matches marked).
PREVIEW_SECONDS = 0.3
# Hits listed, and walked by n/N: a long list costs layout time on every keystroke.
LISTED_RESULTS = 20
# A hit's snippet shows this many characters at most (its title, LABEL_CHARS).
SNIPPET_CHARS = 200
# The example an error gives, to the end of its sentence: 例如：统战 OR 统一战线, e.g. 社区 -统战.
_EXAMPLE = re.compile(r"(?:例如[：:]?|e\.g\.)\s*([^，。；;]+)")


class ResultList(SteadyScrollbars, OptionList):
    BINDINGS = keymap.LIST

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        keymap.localize(self)


class SearchPanel(Vertical):
    BINDINGS = keymap.SEARCH
    COMPONENT_CLASSES = {"search-panel--match"}

    class ResultsReady(Message):
        """A search finished: its result, or the reason the query cannot run."""

        def __init__(
            self,
            text: str,
            result: SearchResult | None,
            error: str | None,
            prompts: list[Text] | None = None,
            first: int = 0,
        ) -> None:
            super().__init__()
            self.text = text
            self.result = result
            self.error = error
            self.prompts = prompts or []  # for result.hits[first:]
            self.first = first  # hits before it are listed already: a batch more

    class HitChosen(Message):
        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    class HitPreviewed(Message):
        """The cursor moved onto a hit in the results: its article shows, as in the tree."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    class Settled(Message):
        """Typing paused with these hits listed (their article ids, best first)."""

        def __init__(self, article_ids: list[str]) -> None:
            super().__init__()
            self.article_ids = article_ids

    class Closed(Message):
        pass

    def __init__(self, index: SearchIndex, **kwargs) -> None:
        super().__init__(**kwargs)
        keymap.localize(self)
        self.index = index
        self._expansion: Expander | None = None
        self._timer: Timer | None = None
        self._preview_timer: Timer | None = None
        self._last_key = 0.0  # monotonic time of the last change typed
        self._warmed = False
        self._given: Query | None = None  # a query built by the caller, as its text reads
        self._quick = False  # until a search has shown it is quick
        self._status_rows = 1  # the lines the status shows
        self._asked_more = False  # a batch more of the listed hits is on its way
        self._prompt_width = 28  # the result list's text width, read on each keystroke
        self.result: SearchResult | None = None

    @property
    def index(self) -> SearchIndex:
        return self._index

    @index.setter
    def index(self, index: SearchIndex) -> None:
        """The library's index, the chart's too (a rebuild gives both the new one: the
        chart counted the old library's hits)."""
        self._index = index
        for chart in self.query(HitsChart):
            chart.index = index

    def compose(self) -> ComposeResult:
        yield LocalInput(placeholder=placeholder(), id="search-input")
        yield Static(Text(message("search.prompt"), style="dim"), id="search-status")
        yield HitsChart(self.index, id="search-chart")
        yield ResultList(id="search-results")

    @property
    def input(self) -> Input:
        return self.query_one("#search-input", Input)

    def open(self, query: Query | str | None = None) -> None:
        """Open the bar, on a query's text; a Query object (from `lcreader search --open`)
        is searched as it was built, not parsed again from its text."""
        if not self._warmed:
            self._warmed = True
            self._warm_up()
        if isinstance(query, Query):
            self._given = query
            query = query.text
        if query is not None:
            self.input.value = query
        # At once, not after the keys already queued: typed in one burst (pasted, an input
        # method), `/year` must go into the bar, not run `e` and `a` as the reader's keys.
        self.screen.set_focus(self.input)
        self.input.focus()

    def search_again(self) -> None:
        """The query in the bar searched again, on the index as it is now (after a
        reload): the reader's matches come with its results, as for a typed query."""
        if self.input.value.strip():
            style = self.get_component_rich_style("search-panel--match", partial=True)
            self._search(self.input.value, style)

    @work(thread=True, group="warm-up")
    def _warm_up(self) -> None:
        """While the bar opens: load what the first keystroke would (OpenCC, for folding)
        and learn whether searches here are quick enough to run at once."""
        self._results("統", None)
        self._results("統", None)  # timed again, without the first call's loading

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        waiting = self._timer is not None
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        now = time.monotonic()
        in_burst = waiting or now - self._last_key < DEBOUNCE_SECONDS
        self._last_key = now
        self._asked_more = False
        style = self.get_component_rich_style("search-panel--match", partial=True)
        # Read here, on the UI thread: the prompts are set to it in the worker.
        region = self.query_one(ResultList).scrollable_content_region
        self._prompt_width = max(10, region.width - 2)
        if self._quick and not self._expander().waits_for_vocabulary(event.value):
            # The last search was quicker than a frame: answer now, in the same frame
            # as the typed character, instead of a thread hop and a second frame.
            self.post_message(self._results(event.value, style))
        elif in_burst:
            self._timer = self.set_timer(
                DEBOUNCE_SECONDS, lambda: self._search_after_burst(event.value, style)
            )
        else:
            self._search(event.value, style)

    def _expander(self) -> Expander:
        """Synonyms and pinyin for this panel's index (made again after a reload), with
        the office's own synonyms file in the library folder."""
        expander = self._expansion
        if expander is None or expander.index is not self.index:
            source = getattr(self.app, "source", None)
            folder, cache = (source.folder, source.cache_path) if source else (None, None)
            expander = self._expansion = reader_expander(self.index, folder, cache)
        return expander

    def _search_after_burst(self, text: str, style) -> None:
        self._timer = None
        self._search(text, style)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, text: str, style, listed: int = 0) -> None:
        """Search and build the result prompts off the UI thread."""
        self.post_message(self._results(text, style, listed))

    def _results(self, text: str, style, listed: int = 0) -> ResultsReady:
        """The results of a query, with the prompts of the hits after the `listed` ones
        shown already; notes whether it was quick."""
        if not text.strip():
            return self.ResultsReady(text, None, None)
        given = self._given
        try:
            if given is not None and given.text == text:
                query = given  # `search --open`: expanded already
            else:
                query = self._expander()(parse_query(text))
        except QueryError as err:
            return self.ResultsReady(text, None, str(err))
        started = time.perf_counter()
        # Ranking is stable: a longer list starts with the hits listed already.
        result = self.index.search(query, limit=listed + LISTED_RESULTS)
        width = self._prompt_width
        through = query.expanded_forms()
        library = self.app.library
        prompts = [
            _prompt(hit, style, width, through, _people(library, hit.article_id))
            for hit in result.hits[listed:]
        ]
        # Only a search that ran says how long searches take here.
        self._quick = time.perf_counter() - started < QUICK_SECONDS
        return self.ResultsReady(text, result, None, prompts, first=listed)

    def on_search_panel_results_ready(self, event: ResultsReady) -> None:
        if event.text != self.input.value:
            event.stop()  # a newer query is on its way
            return
        self.result = event.result
        if not event.first:  # a new query, not more of its hits listed
            self.query_one(HitsChart).follow(event.result)
        status = self.query_one("#search-status", Static)
        results = self.query_one(ResultList)
        options: list[Option] = []
        if event.error:
            shown = self._error_lines(event.error, status)
        elif event.result is None:
            shown = Text(message("search.prompt"), style="dim")
        else:
            total = event.result.total
            listed = len(event.result.hits)
            names: list[str] = []
            if total:
                label = message("search.count", total=total)
            else:
                label, names = self._nothing_found(event)
            if listed < total:
                label += message("search.listed", listed=listed)
            shown = self._status_lines(Text(label, style="dim"), status, names)
        # An error or a name not known may take lines (never cut off): only a new number
        # of lines changes the height.
        rows = shown.plain.count("\n") + 1
        status.update(shown, layout=rows != self._status_rows or bool(event.error))
        self._status_rows = rows
        if event.result is not None and not event.error:
            hits = event.result.hits[event.first :]
            pairs = zip(event.prompts, hits, strict=True)
            options = [Option(p, id=hit.article_id) for p, hit in pairs]
            if event.first:
                self._asked_more = False
                results.add_options(options)
                return
        # One replacement, one layout pass: not a clear and an add.
        results.set_options(options)
        if options:
            results.highlighted = 0
        if self._preview_timer is not None:
            self._preview_timer.stop()
        if options:
            text = event.text
            self._preview_timer = self.set_timer(PREVIEW_SECONDS, lambda: self._settled(text))

    def _settled(self, text: str) -> None:
        """Typing has paused on `text`: the hits listed, for the reader to show the first
        (the keys stay in the search bar)."""
        self._preview_timer = None
        results = self.query_one(ResultList)
        if text != self.input.value or not results.option_count or results.has_focus:
            return
        ids = [results.get_option_at_index(k).id for k in range(results.option_count)]
        self.post_message(self.Settled([i for i in ids if i]))

    @staticmethod
    def _status_lines(text: Text, status: Static, names: list[str]) -> Text:
        """The status set to the bar's width with the Chinese rules, each of `names`
        (the person not known, the close names) whole on a line."""
        width = status.content_region.width
        if width < 10:  # not laid out yet: Textual wraps it
            return text
        quoted = [f"'{name}'" for name in names]
        lines: list[Text] = []
        for part in text.split("\n"):  # one a name not known
            lines += wrapped(part, width, keep=name_ranges(part, [*quoted, *names]))
        return Text("\n").join(lines)

    @staticmethod
    def _error_lines(error: str, status: Static) -> Text:
        """Why the query cannot run, wrapped to the bar's width with its example
        (`例如：统战 OR 统一战线`) kept on one line: split, it reads as two queries."""
        text = Text(clean(error), style="bold")
        width = status.content_region.width
        if width < 10:  # not laid out yet: Textual wraps it
            return text
        keep = [example.span(1) for example in _EXAMPLE.finditer(text.plain)]
        return Text("\n").join(wrapped(text, width, keep=keep))

    def _nothing_found(self, event: ResultsReady) -> tuple[str, list[str]]:
        """Why a search found nothing, when a person:/dept: names no one known (as
        `lcreader search` says it), else that nothing matched; and the names it says."""
        said, names = [], []
        for kind, wanted, close in self.index.unknown_names(event.result.query):
            said.append(
                message(f"search.no_such_{kind}", name=clean(wanted))
                + (message("did_you_mean", candidates="、".join(close)) if close else "")
            )
            names += [clean(wanted), *map(clean, close)]
        return (clean("\n".join(said)) if said else message("search.none")), names

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """On the last hit listed, the next batch is fetched: the list grows as it is read."""
        event.stop()
        # Moved by the reader (not set as results arrive while typing): previewed.
        if event.option.id and self.query_one(ResultList).has_focus:
            self.post_message(self.HitPreviewed(event.option.id))
        result = self.result
        if (
            result is None
            or self._asked_more
            or event.option_index < len(result.hits) - 1
            or len(result.hits) >= result.total
        ):
            return
        self._asked_more = True
        style = self.get_component_rich_style("search-panel--match", partial=True)
        if self._quick:
            self.post_message(self._results(self.input.value, style, len(result.hits)))
        else:
            self._search(self.input.value, style, len(result.hits))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        results = self.query_one(ResultList)
        if results.option_count:
            option = results.get_option_at_index(results.highlighted or 0)
            if option.id:
                self.post_message(self.HitChosen(option.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.HitChosen(event.option.id))

    def action_close_search(self) -> None:
        self.post_message(self.Closed())

    def action_focus_results(self) -> None:
        results = self.query_one(ResultList)
        results.focus()
        if results.highlighted is not None:  # the hit under the cursor shows at once
            option = results.get_option_at_index(results.highlighted)
            if option.id:
                self.post_message(self.HitPreviewed(option.id))


def _people(library, article_id: str) -> list[str]:
    article = library.article(article_id)
    return article.people if article is not None else []


def _shown(
    text: str, spans: list[tuple[int, int]], limit: int = SNIPPET_CHARS
) -> tuple[str, list[tuple[int, int]]]:
    """The start of a title or snippet a hit's prompt shows, `limit` characters at most,
    and the match spans in it: never a match cut in two, a `…` where it was cut. Matches
    close together make one snippet, so one of a megabyte-long paragraph of them was
    the whole paragraph, wrapped to tens of thousands of lines."""
    if len(text) <= limit:
        return text, spans
    cut = limit
    for start, end in spans:
        if start < cut < end:
            cut = start
    kept = [(start, end) for start, end in spans if end <= cut]
    return text[:cut].rstrip(ELLIPSIS) + ELLIPSIS, kept


def _prompt(
    hit, style, width: int, through: dict[str, str] | None = None, names: list[str] = ()
) -> Text:
    """A hit as title (bold, with its year) and its first snippet, set to `width` with the
    Chinese rules; a match moves whole to the next line rather than being cut. Under it,
    when the hit matched a synonym or a pinyin spelling (`through`), which (dim)."""
    title = highlighted(*_shown(hit.title, hit.title_spans(), LABEL_CHARS), style)
    title.stylize("bold")
    title.append(f" {hit.year or ''}", style="dim")
    lines = wrapped(title, width, keep=match_ranges(title, style))
    if hit.snippets:
        snippet = highlighted(*_shown(hit.snippets[0].text, hit.snippets[0].spans), style)
        keep = match_ranges(snippet, style) + name_ranges(snippet, names)  # names never cut
        lines += wrapped(snippet, width, keep=keep)
    note = expansion_note(hit, through)
    if note:
        lines += wrapped(Text(note, style="dim italic"), width)
    return Text("\n").join(lines)
