"""The palette's screenshot: saved where the user finds it (the Downloads folder, if
there is one, else beside the reader's own data), and said in the user's words.
Mixed into `ReaderApp`.

Textual's own action hands the file to its driver, which on a terminal writes to the
Downloads folder only and, where that is missing, says "Failed to save screenshot" in
English."""

from __future__ import annotations

from pathlib import Path

from ..messages import message
from ..safe_text import clean


def screenshot_folder(data_dir: Path) -> Path:
    """The user's Downloads folder if it exists, else `screenshots` in the data dir."""
    from platformdirs import user_downloads_dir

    downloads = Path(user_downloads_dir())
    return downloads if downloads.is_dir() else data_dir / "screenshots"


class ScreenshotAction:
    """Needs `data_dir` and Textual's App."""

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        folder = Path(path) if path else screenshot_folder(self.data_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            saved = self.save_screenshot(filename, str(folder))
        except OSError as error:
            detail = clean(error.strerror or type(error).__name__)
            self.notify(
                message("notify.screenshot_failed", folder=clean(str(folder)), error=detail),
                severity="error",
                markup=False,
            )
            return
        self.notify(message("notify.screenshot_saved", path=clean(saved)), markup=False)
