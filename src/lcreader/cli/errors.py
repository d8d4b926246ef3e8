"""Exit codes and the user's own errors: imported by the package and its commands alike."""

from __future__ import annotations

EXIT_OK, EXIT_NO_HITS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A failure the user can fix; printed as one line, exit code 2."""
