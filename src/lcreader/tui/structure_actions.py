"""`e` on an article: its structure view, and what follows a correction there. Mixed
into `ReaderApp`.

A correction is saved by the structure view; here the reader follows it: the read
marks and bookmarks of the articles it changed move with them (corrected_marks.py),
and the library is built again in a worker (only the corrected file is parsed), the
tree, the article and the sidebar then showing the corrected structure.
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.worker import get_current_worker

from ..corrected_marks import move_marks, moves
from ..messages import message, system_error
from ..safe_text import clean
from ..sources import SourceError, decode, read_source
from .screens.structure import Change, StructureScreen
from .widgets.issue_tree import IssueTree
from .widgets.shown_text import label_text


class StructureActions:
    """Needs `library`, `source`, `article_id`, `reading`, the reload and reading mixins."""

    def action_structure(self) -> None:
        article = self.library.article(self.article_id or "")
        path = self._source_path(article.issue) if article is not None else None
        if path is None:
            self.notify(message("structure.unavailable"), severity="warning", markup=False)
            return
        try:
            text = self._source_text(path)
        except (SourceError, OSError) as err:  # changed since the build: say so, no crash
            error = system_error(err) if isinstance(err, OSError) else err
            self.notify(
                message("structure.unreadable", error=clean(str(error))),
                severity="warning",
                markup=False,
            )
            return
        number = int(article.id.rsplit("/", 1)[1]) - 1
        follow = getattr(getattr(self.source, "rules", None), "follow", False)
        screen = StructureScreen(path, article.issue, number, self.follow_correction, text, follow)
        self.push_screen(screen)

    def _source_text(self, path: Path) -> str:
        """The file read as the build read it: the command line's scan rules (a link out
        of the folder only with --follow, --max-file-size)."""
        rules = getattr(self.source, "rules", None)
        return decode(read_source(path, rules).raw)

    def _source_path(self, issue_id: str) -> Path | None:
        issue = self.library.issue(issue_id)
        if self.source is None or issue is None:
            return None
        path = Path(self.source.folder) / issue.source
        return path if path.is_file() else None

    def follow_correction(self, change: Change) -> None:
        """Marks follow the articles the correction changed; the library is built again."""
        issue = self.library.issue(change.issue_id)
        moved = moves(issue.source, change.before, change.after)
        if moved:
            titles = [draft.title for draft in change.after.drafts]
            said = move_marks(self.reading, moved, change.issue_id, titles)
            self._save_reading()
            if said:
                shown = "、".join(label_text(t) for t in said)
                self.notify(message("structure.marks_moved", titles=shown), markup=False)
        self._rebuild_corrected(f"{change.issue_id}/{change.article + 1}")

    @work(thread=True, exclusive=True, group="reload")
    def _rebuild_corrected(self, target: str) -> None:
        try:
            library, index = self.source.open()
            self._fingerprint = self.source.fingerprint()
        except Exception as err:  # the library unreadable now: say so, keep the old one
            self.call_from_thread(
                self.notify, message("notify.reload_failed", error=err), markup=False
            )
            return
        if not get_current_worker().is_cancelled:  # a later correction builds again
            self.call_from_thread(self._show_corrected, library, index, target)

    def _show_corrected(self, library, index, target: str) -> None:
        self.replace_library(library, index, quiet_if_unchanged=True)
        if library.article(target) is not None:
            self.query_one(IssueTree).select_article(target)
            self.show_article(target)
