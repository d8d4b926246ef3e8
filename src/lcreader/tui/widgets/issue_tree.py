"""The issues as a tree (issue → article titles), newest first."""

from __future__ import annotations

from collections.abc import Collection

from rich.text import Text
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from ...model import Issue, Library
from ...safe_text import clean
from .. import keymap


def issues_newest_first(library: Library) -> list[Issue]:
    return sorted(library.issues, key=lambda i: (i.year or 0, i.id), reverse=True)


class IssueTree(Tree[str]):
    """Posts ArticleHighlighted as the cursor moves onto an article."""

    BINDINGS = keymap.TREE

    class ArticleHighlighted(Message):
        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, library: Library, **kwargs) -> None:
        super().__init__(Text("凉城新村街道"), **kwargs)
        self.library = library
        self.show_root = False
        self.guide_depth = 2
        self._article_nodes: dict[str, TreeNode[str]] = {}
        self.show_articles(None)

    def process_label(self, label) -> Text:
        # Bulletin text is data: a plain string is never read as markup.
        return Text(clean(label)) if isinstance(label, str) else label

    def show_articles(self, only: Collection[str] | None) -> None:
        """Show every issue, or only the articles in `only` (a filter)."""
        self.clear()
        self._article_nodes.clear()
        for issue in issues_newest_first(self.library):
            articles = [a for a in issue.articles if only is None or a.id in only]
            if not articles:
                continue
            label = Text()
            label.append(f"{issue.year or '----'} ", style="bold")
            label.append(clean(issue.title))
            label.append(f" ({len(articles)})", style="dim")
            node = self.root.add(label, data=None, expand=True)
            for article in articles:
                self._article_nodes[article.id] = node.add_leaf(
                    Text(clean(article.title)), data=article.id
                )

    def article_ids(self) -> list[str]:
        """Articles in the order shown."""
        return list(self._article_nodes)

    def select_article(self, article_id: str) -> bool:
        node = self._article_nodes.get(article_id)
        if node is None:
            return False
        if node.parent is not None:
            node.parent.expand()
        self.move_cursor(node)
        self.scroll_to_node(node, animate=False)
        return True

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[str]) -> None:
        event.stop()
        if event.node.data:
            self.post_message(self.ArticleHighlighted(event.node.data))

    def on_tree_node_selected(self, event: Tree.NodeSelected[str]) -> None:
        event.stop()
        if event.node.data:
            self.post_message(self.ArticleHighlighted(event.node.data))
