"""Exit codes and the user's own errors: imported by the package and its commands alike."""

from __future__ import annotations

EXIT_OK, EXIT_NO_HITS, EXIT_USAGE, EXIT_CRASH = 0, 1, 2, 3


class UsageError(Exception):
    """A failure the user can fix; printed as one line, exit code 2."""
