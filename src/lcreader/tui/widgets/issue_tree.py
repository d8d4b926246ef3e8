"""The issues as a tree (issue → article titles), newest first."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection
from functools import partial
from itertools import groupby

from rich.cells import cell_len
from rich.text import Text
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from ...issue_names import issue_names
from ...messages import message
from ...model import Article, Issue, Library
from ...typeset import NO_LINE_END
from .. import keymap
from .scrollbars import SteadyScrollbars
from .shown_text import label_text

# An issue's count at the end of its label: （2/4） or （已读）, in either language.
_COUNT = re.compile(r" ?[（(](?:\d+/\d+|已读|read)[）)]$")
# Up to this many lines (issues and articles) the tree shows every issue open.
EXPAND_ALL_LINES = 200


def issues_newest_first(library: Library) -> list[Issue]:
    # The printed date orders issues within a year; the file name, where none is printed.
    return sorted(library.issues, key=lambda i: (i.year or 0, i.date or "", i.id), reverse=True)


_NUMBER_PART = re.compile(r"[\d年月日期号版第总]")


def _crop_inside_number(head: Text, whole: str) -> None:
    """A cut inside a date or an issue number (`2021年11月26日 第2…` of 第21期) reads as
    another one: cut before the whole word, at the space before it, or after its last
    complete part (`2024年1月…`)."""
    while head.plain.endswith(" "):  # the half cell a wide character left
        head.right_crop(1)
    plain = head.plain
    cut = len(plain)
    if cut >= len(whole) or not plain:
        return
    if not (_NUMBER_PART.match(whole, cut) and _NUMBER_PART.match(plain, cut - 1)):
        return
    # The tree's own icon (`▶ `) is no word of the name: never cut back to it.
    icon = len(plain) - len(plain.lstrip("▶▼▸▾+- ")) if plain[:1] in "▶▼▸▾+-" else 0
    space = plain.rfind(" ")
    if space < icon:
        space = -1
    keep = space if space > 0 else cut
    if space <= 0:
        while keep > 0 and plain[keep - 1].isdigit():
            keep -= 1
    if icon < keep < cut:
        head.right_crop(cut - keep)


def _half_width_brackets(count: Text) -> Text:
    """`（5/5）` as `(5/5)`, in its own style: two cells fewer."""
    plain = count.plain.strip()
    narrow = Text("(" + plain[1:-1] + ")")
    if count.spans:
        narrow.stylize(count.spans[-1].style)
    elif count.style:
        narrow.stylize(count.style)
    return narrow


def _crop_ending(head: Text) -> None:
    """No opening bracket or blank right before the `…`."""
    while head.plain and (head.plain[-1] in NO_LINE_END or head.plain[-1].isspace()):
        head.right_crop(1)


_DATE_ONLY_PART = re.compile(r"[\d年月日期号版第总\s]+")
_DAY_WORD = re.compile(r"[月期]")
# Of a name cut to what tells it apart, this many characters of its start stay.
_LEAD = 2
# The part that tells two names apart is shown from its word's start up to this many
# characters back.
_WORD_BACK = 3


def _cut_to_difference(head: Text, name_at: int, shared: int, room: int) -> Text:
    """`▶ 凉城…第二家社区…`: the name's first characters, `…`, and the name from
    where it differs from the other's, cut to `room` cells."""
    # The difference from the start of its word, where that is a short way back: two
    # copies read `…第1份` and `…第2份`, never `…1份` and `…2份`.
    space = head.plain.rfind(" ", name_at, name_at + shared)
    # (not into a date and number both share: `6月20日 6期` stays whole before the `…`)
    whole_day = _DATE_ONLY_PART.fullmatch(head.plain[name_at : name_at + shared].rstrip())
    # (never back to a label, `头条：`, that both share: what follows it differs)
    labelled = space >= 0 and "：" in head.plain[space + 1 : name_at + shared]
    if space >= 0 and name_at + shared - (space + 1) <= _WORD_BACK and not (whole_day or labelled):
        shared = space + 1 - name_at
    # A date and number both issues share (`4月12日 7期`) tell the day: kept whole.
    dated = _DATE_ONLY_PART.fullmatch(head.plain[name_at : name_at + shared].rstrip())
    rest = head[name_at + shared :]
    # (and where they share more, a paper's name and a headline's start after the date
    # and number, `3月28日 3期 工作简报 头条：…`: the date and number still whole)
    day = _DATE_ONLY_PART.match(head.plain, name_at, name_at + shared)
    day_kept = len(day.group().rstrip()) if day and _DAY_WORD.search(day.group()) else 0
    keep = shared if dated else max(min(_LEAD, shared), day_kept)
    # What the difference leaves of the row goes to the shared start: two names that
    # differ only at the end (`…a`, `…b`) read `2024年凉城新村街道社…a`, never `20…a`.
    spare = room - head[:name_at].cell_len - 1 - rest.cell_len
    while keep < shared and cell_len(head.plain[name_at : name_at + keep + 1]) <= spare:
        keep += 1
    lead = head[: name_at + keep]
    if keep > _LEAD:
        _crop_inside_number(lead, head.plain)
    _crop_ending(lead)
    cut = lead + Text("…") + rest
    if cut.cell_len > room:
        cut.truncate(max(lead.cell_len + 2, room - 1))
        _crop_ending(cut)
        cut.append("…")
    return cut


def _difference_shown(cut: Text) -> int:
    """How many characters of where the names differ a row cut to the difference shows
    (`4月18日 第4期…鹭溪…` shows 2)."""
    text = cut.plain.removesuffix("…")  # (the row's own end mark)
    return len(text.rsplit("…", 1)[-1]) if "…" in text else 0


class IssueTree(SteadyScrollbars, Tree[str]):
    """Posts ArticleHighlighted as the cursor moves onto an article; Enter there calls
    `opened` (to read it: the article pane takes the keys)."""

    BINDINGS = keymap.TREE

    class ArticleHighlighted(Message):
        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(
        self,
        library: Library,
        unread: Callable[[str], bool] | None = None,
        opened: Callable[[str], None] | None = None,
        **kwargs,
    ) -> None:
        super().__init__(Text("凉城新村街道"), **kwargs)
        keymap.localize(self)
        self.library = library
        self.unread = unread or (lambda article_id: False)
        # Called as Enter is handled, not in a message after it: the keys typed after
        # Enter (j, space) are looked up where the focus is then, the open article.
        self.opened = opened or (lambda article_id: None)
        self.show_root = False
        self.guide_depth = 2
        self._issue_of: dict[str, str] = {}  # article id -> issue id, in the order shown
        self._year_nodes: dict[str, TreeNode[str]] = {}  # issue id -> its year's node
        self._year_issues: dict[int, int] = {}  # a year's node id -> its issues
        self._year_counts: dict[str, tuple[int, int, int]] = {}  # a year's name -> counts
        self._issue_nodes: dict[str, TreeNode[str]] = {}
        self._article_nodes: dict[str, TreeNode[str]] = {}
        self._shown_articles: dict[str, list[Article]] = {}  # issue id -> articles listed
        self._unfilled: dict[int, Callable[[], None]] = {}  # node id -> adds its children
        # Node id -> (what the row names, the articles under it), for a year or an issue.
        self._scopes: dict[int, tuple[str, list[str]]] = {}
        # Issue node ids named by their lead headline (no date or number to keep whole).
        self._by_headline: set[int] = set()
        # Parent node id -> (its children then, issue node id -> shared start of name).
        self._shared: dict[int, tuple[int, dict[int, int]]] = {}
        self.show_articles(None)

    def _on_resize(self, event) -> None:
        # Labels are cut to the width: only a new width changes them. Taller or shorter
        # (the status line shown under it while it was hidden by the search bar), Tree's
        # own handler would still draw every line again: tens of milliseconds of escape.
        # Nor is it painted again: the layout that resized it drew it at its new height.
        if event.size.width == getattr(self, "_drawn_width", None):
            event.prevent_default()
            self._line_cache.grow(event.size.height)
        self._drawn_width = event.size.width

    def notify_style_update(self) -> None:
        # A move of the focus restyles the tree (its cursor's colour): its rows look
        # different, yet they are the same rows. Tree's own handler built them all again,
        # measuring every label, and laid the whole screen out a second time: at ×1000
        # that kept escape's last frame past 150 ms. Redrawing the rows in view is enough.
        super(Tree, self).notify_style_update()
        self._line_cache.clear()
        self._updates += 1
        self.refresh()

    def process_label(self, label) -> Text:
        # Bulletin text is data: a plain string is never read as markup.
        return Text(label_text(label)) if isinstance(label, str) else label

    def show_articles(self, only: Collection[str] | None) -> None:
        """Show every issue, or only the articles in `only` (a filter).

        A tree that fits in EXPAND_ALL_LINES lines shows every issue open. A larger
        one groups the issues by year, closed; children are added when a node opens.
        """
        self.clear()
        tables = (self._issue_of, self._year_nodes, self._issue_nodes, self._article_nodes)
        self._year_issues.clear()
        for table in (*tables, self._shown_articles):
            table.clear()
        self._unfilled.clear()
        self._scopes.clear()
        self._by_headline.clear()
        self._shared.clear()
        self._names = issue_names(self.library)
        shown = []
        for issue in issues_newest_first(self.library):
            articles = [a for a in issue.articles if only is None or a.id in only]
            if articles:
                shown.append((issue, articles))
                self._issue_of.update((a.id, issue.id) for a in articles)
        if len(shown) + len(self._issue_of) <= EXPAND_ALL_LINES:
            for issue, articles in shown:
                self._add_issue(self.root, issue, articles, expand=True)
            return
        for year, group in groupby(shown, key=lambda pair: pair[0].year):
            group = list(group)
            named = f"{year or message('year_unknown')}"
            year_ids = [a.id for _, articles in group for a in articles]
            node = self.root.add(self._year_label(named, len(group), year_ids), data=None)
            self._year_nodes.update((issue.id, node) for issue, _ in group)
            self._year_issues[node.id] = len(group)
            self._scopes[node.id] = (named, year_ids)
            self._unfilled[node.id] = partial(self._add_issues, node, group)

    def _add_issues(self, parent: TreeNode[str], group: list[tuple[Issue, list[Article]]]) -> None:
        for issue, articles in group:
            self._add_issue(parent, issue, articles, expand=False)

    def _add_issue(
        self, parent: TreeNode[str], issue: Issue, articles: list[Article], expand: bool
    ) -> None:
        self._shown_articles[issue.id] = articles
        node = parent.add(self._issue_label(issue), data=None, expand=expand)
        self._issue_nodes[issue.id] = node
        self._scopes[node.id] = (label_text(self._names.full(issue)), [a.id for a in articles])
        if self._names.name(issue).lead:
            self._by_headline.add(node.id)
        self._unfilled[node.id] = partial(self._add_articles, node, articles)
        if expand:
            self._fill(node)

    def _issue_label(self, issue: Issue) -> Text:
        """Its name as a row (issue_names.py: an undated issue by year and headline,
        without the year under a year's heading), and its unread/total count."""
        articles = self._shown_articles[issue.id]
        name = self._names.name(issue)
        under_year = issue.id in self._year_nodes
        # Cut before Rich measures it (shown_text.py): an undated issue is named by its
        # headline, which may be megabytes long.
        label = Text(label_text(name.row_within_year if under_year else name.row))
        label.stylize("bold" if issue.year else "")
        unread = sum(1 for a in articles if self.unread(a.id))
        if unread:
            count = message("tree.issue_unread", unread=unread, count=len(articles))
        else:
            count = message("tree.issue_count", count=len(articles))
        label.append(count, style="dim")
        return label

    def _article_label(self, article: Article) -> Text:
        """Its title (cut to what a row shows: shown_text.py), bold while unread."""
        return Text(label_text(article.title), style="bold" if self.unread(article.id) else "")

    def articles_at_cursor(self) -> tuple[str, list[str]]:
        """The year or issue at the cursor (an article's issue), named, with its articles
        as listed: what `A` marks read."""
        node = self.cursor_node
        if node is not None and node.data:
            node = self._issue_nodes.get(self._issue_of.get(node.data, ""))
        if node is None:
            return "", []
        return self._scopes.get(node.id, ("", []))

    def _year_label(self, named: str, issues: int, article_ids: list[str]) -> Text:
        """`2021（12 期，3/90 篇未读）`: the year, its issues, its unread of its articles."""
        label = Text(named, style="bold")
        unread = sum(1 for a in article_ids if self.unread(a))
        key = "tree.year_unread" if unread else "tree.year"
        label.append(
            message(key, issues=issues, articles=len(article_ids), unread=unread), style="dim"
        )
        # Kept for a row too narrow for the whole count (render_label).
        self._year_counts[named] = (issues, unread, len(article_ids))
        return label

    def _short_year(self, label: Text, node: TreeNode[str], room: int) -> Text | None:
        """A year's row in shorter forms, where the whole count does not fit: its
        unread of its articles (`2024（未读 429/429）`), else its issues, else the year
        alone; None for another row."""
        if node.id not in self._year_issues:
            return None
        named = self._scopes[node.id][0]
        issues, unread, articles = self._year_counts[named]
        head = label[: len(label.plain) - len(node.label.plain) + len(named)]
        forms = [
            message("tree.year_unread_short", unread=unread, articles=articles)
            if unread
            else message("tree.year_short", issues=issues),
            "",
        ]
        for form in forms:
            if head.cell_len + cell_len(form) <= room:
                return head + Text(form, style="dim")
        return None

    def refresh_read(self, article_id: str) -> None:
        """Show an article's new read mark, and its issue's and year's counts."""
        issue_id = self._issue_of.get(article_id)
        node = self._article_nodes.get(article_id)
        if node is not None:
            node.set_label(self._article_label(self.library.article(article_id)))
        if issue_id is not None:
            self._issue_nodes[issue_id].set_label(self._issue_label(self.library.issue(issue_id)))
            year = self._year_nodes.get(issue_id)
            if year is not None:
                named, ids = self._scopes[year.id]
                year.set_label(self._year_label(named, self._year_issues[year.id], ids))

    def render_label(self, node: TreeNode[str], base_style, style) -> Text:
        """The label cut with `…` where the row ends, never right after an opening quote;
        a count at its end (an issue's articles) stays in view."""
        label = super().render_label(node, base_style, style)
        depth, parent = 0, node.parent
        while parent is not None and parent is not self.root:
            depth, parent = depth + 1, parent.parent
        room = self.scrollable_content_region.width - self.guide_depth * (depth + 1)
        if room <= 8 or label.cell_len <= room:
            return label
        short = self._short_year(label, node, room)
        if short is not None:
            return short
        count = _COUNT.search(label.plain)
        tail = label[count.start() :] if count else Text()
        head = label[: count.start()] if count else label
        if count and head.cell_len < room and node.id not in self._by_headline:
            # The name whole before the count (a date and number cut read as another
            # issue's): the count in half-width brackets, then none, where room is short.
            # (a headline's name is cut instead: its count stays in view, whole)
            for shorter in (_half_width_brackets(tail), Text()):
                if head.cell_len + shorter.cell_len <= room:
                    return head + shorter
        whole = head.plain
        full_head = head.copy()
        head.truncate(max(2, room - tail.cell_len - 1))
        _crop_inside_number(head, whole)
        _crop_ending(head)
        head.append("…")
        shared = self._shared_start(node)
        name_at = len(whole) - len(_COUNT.sub("", node.label.plain))  # after the icon
        if shared and len(head.plain) - 1 - name_at <= shared:
            # All it shows, another issue's name starts with too (two undated issues of
            # one street office, two papers of one day and number): its start, then what
            # tells it apart, the count made shorter or left out first.
            tails = [_half_width_brackets(tail), Text()] if count else []
            head = _cut_to_difference(full_head, name_at, shared, room - tail.cell_len)
            best = (_difference_shown(head), head + tail)
            for shorter in tails:
                if not head.plain.endswith("…"):
                    break
                cut = _cut_to_difference(full_head, name_at, shared, room - shorter.cell_len)
                if not cut.plain.endswith("…"):
                    return cut + shorter
                # (two papers of one day and number, their names long: the count gives
                # way while that shows more of where the names differ)
                if _difference_shown(cut) > best[0]:
                    best = (_difference_shown(cut), cut + shorter)
            return best[1]
        return head + tail

    def get_label_width(self, node: TreeNode[str]) -> int:
        """The row's width, without drawing it. Tree measures every row it lists (each
        time a year or an issue opens) by drawing its label: at ×1000, n jumping to a
        match in an unopened issue spent 80 ms on that. A label never runs past the
        tree (render_label cuts it), so its width is its text's, at most the room."""
        icon = cell_len(self.ICON_NODE) if node.allow_expand else 0
        depth, parent = 0, node.parent
        while parent is not None and parent is not self.root:
            depth, parent = depth + 1, parent.parent
        room = self.scrollable_content_region.width - self.guide_depth * (depth + 1)
        width = icon + node.label.cell_len
        return width if room <= 8 else min(width, room)  # as render_label cuts

    def _shared_start(self, node: TreeNode[str]) -> int:
        """How many characters of an issue's name the name of another issue beside it
        starts with too (0 for a year or an article)."""
        parent = node.parent
        if parent is None or node.data:
            return 0
        known = self._shared.get(parent.id)
        if known is None or known[0] != len(parent.children):
            issue_rows = {n.id for n in self._issue_nodes.values()}
            names = sorted(
                (_COUNT.sub("", child.label.plain), child.id)
                for child in parent.children
                if child.id in issue_rows
            )
            shared = dict.fromkeys((node_id for _, node_id in names), 0)
            for (left, left_id), (right, right_id) in itertools.pairwise(names):
                common = next(
                    (k for k, (a, b) in enumerate(zip(left, right, strict=False)) if a != b),
                    min(len(left), len(right)),
                )
                shared[left_id] = max(shared[left_id], common)
                shared[right_id] = max(shared[right_id], common)
            known = self._shared[parent.id] = (len(parent.children), shared)
        return known[1].get(node.id, 0)

    def _add_articles(self, node: TreeNode[str], articles: list[Article]) -> None:
        for article in articles:
            self._article_nodes[article.id] = node.add_leaf(
                self._article_label(article), data=article.id
            )

    def _fill(self, node: TreeNode[str]) -> None:
        fill = self._unfilled.pop(node.id, None)
        if fill is not None:
            fill()

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[str]) -> None:
        event.stop()
        self._fill(event.node)

    def open_nodes(self) -> tuple[dict[str, bool], dict[str, bool]]:
        """Whether each year (by its name) and each issue (by id) is open: a reload
        opens them alike in the new tree."""
        years = {self._scopes[node.id][0]: node.is_expanded for node in self._year_rows()}
        issues = {issue: node.is_expanded for issue, node in self._issue_nodes.items()}
        return years, issues

    def reopen(self, years: dict[str, bool], issues: dict[str, bool]) -> None:
        """Open (or close) the years and issues as `open_nodes` found them."""
        for node in self._year_rows():
            if years.get(self._scopes[node.id][0]):
                self._fill(node)
                node.expand()
        for issue, node in self._issue_nodes.items():
            if issue in issues:
                if issues[issue]:
                    self._fill(node)
                    node.expand()
                else:
                    node.collapse()

    def _year_rows(self) -> list[TreeNode[str]]:
        return list({node.id: node for node in self._year_nodes.values()}.values())

    def article_ids(self) -> list[str]:
        """Articles in the order shown."""
        return list(self._issue_of)

    def select_article(self, article_id: str) -> bool:
        issue_id = self._issue_of.get(article_id)
        if issue_id is None:
            return False
        year_node = self._year_nodes.get(issue_id)
        # Only what is folded unfolds: expanding an open node numbers every row again.
        # The year first: filling it makes its issues' nodes.
        self._unfold(year_node)
        self._unfold(self._issue_nodes[issue_id])
        node = self._article_nodes[article_id]
        # Tree numbers its lines lazily: count them now, so the new node has its line.
        _ = self._tree_lines
        self.move_cursor(node)
        # Once laid out, show the node with its year and issue rows above it: scrolled
        # before the tree has a size, it would sit on the top row with them hidden.
        self.call_after_refresh(self._reveal, node)
        return True

    def _unfold(self, node: TreeNode[str] | None) -> None:
        if node is not None and not node.is_expanded:
            self._fill(node)
            node.expand()

    def reveal_cursor(self) -> None:
        """Bring the cursor's row into view once the tree is laid out (e.g. shown again)."""
        if self.cursor_node is not None:
            self.call_after_refresh(self._reveal, self.cursor_node)

    def _reveal(self, node: TreeNode[str]) -> None:
        if node.line < 0:
            return
        if node.line - 2 < self.scroll_y:
            self.scroll_to(y=max(0, node.line - 2), animate=False)
        else:
            self.scroll_to_node(node, animate=False)

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[str]) -> None:
        event.stop()
        if event.node.data:
            self.post_message(self.ArticleHighlighted(event.node.data))

    def action_open_article(self) -> None:
        """Enter: as Textual's (an issue folds), and an article is opened to be read.
        Not a click: a mouse user clicking through the tree keeps the tree's keys."""
        self.action_select_cursor()
        node = self.cursor_node
        if node is not None and node.data:
            self.opened(node.data)

    def on_tree_node_selected(self, event: Tree.NodeSelected[str]) -> None:
        event.stop()
        if event.node.data:
            self.post_message(self.ArticleHighlighted(event.node.data))
