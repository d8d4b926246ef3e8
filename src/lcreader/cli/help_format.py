"""argparse's help laid out in terminal cells: a Han character takes two, lines break
by the Chinese rules (typeset.py), and a flag, `$VARIABLE` or number is never cut.

argparse measures with len(), so Chinese help overran the terminal and its columns
did not line up; these overrides measure what it measures, in cells.
"""

from __future__ import annotations

import argparse

from ..messages import message
from ..typeset import text_width
from .terminal import terminal_width, wrapped


class CellFormatter(argparse.HelpFormatter):
    """argparse's formatter measuring in cells, with its headings in the user's words."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:  # as argparse sets it, without importing shutil
            width = terminal_width() - 2
        super().__init__(prog, indent_increment, max_help_position, width)

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(
            usage, actions, groups, message("cli.usage") if prefix is None else prefix
        )

    def start_section(self, heading):
        self.__dict__.setdefault("_headings", []).append(heading)
        super().start_section(heading)

    def add_argument(self, action):
        super().add_argument(action)
        if action.help is not argparse.SUPPRESS:  # the widest flag, in cells this time
            for invocation in [self._format_action_invocation(action)]:
                cells = text_width(invocation) + self._current_indent
                self._action_max_length = max(self._action_max_length, cells)

    def _split_lines(self, text, width):
        return wrapped(text, width)

    def _fill_text(self, text, width, indent):
        return "\n".join(indent + line for line in wrapped(text, width - len(indent)))

    def _format_usage(self, usage, actions, groups, prefix):
        """The usage on one line, then cut between its parts where it is too wide."""
        width, self._width = self._width, 1 << 30
        try:
            line = super()._format_usage(usage, actions, groups, prefix).strip()
        finally:
            self._width = width
        # The prefix and the program's name lead; the rest lines up under the first part.
        at = line.find(self._prog)
        cut = at + len(self._prog) if at >= 0 else 0
        lead = line[:cut]
        indent = " " * text_width(lead + " ")
        lines, current = [], lead
        for part in _usage_parts(line[cut:]):
            if text_width(current + " " + part) > width and current.strip() and current != lead:
                lines.append(current)
                current = indent + part
            else:
                current += (" " if current else "") + part
        lines.append(current)
        return "\n".join(lines) + "\n\n"

    def _format_action(self, action):
        """argparse's own layout, with the flag's column padded in cells."""
        if isinstance(action, argparse._SubParsersAction) and not action.help:
            # The commands under their heading (`命令：`), not under the heading again as
            # the metavar's line (`  命令`)
            return self._join_parts([self._format_action(a) for a in action._get_subactions()])
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent_first = 0
        if not action.help:
            header = " " * self._current_indent + header + "\n"
        elif text_width(header) <= action_width:
            pad = action_width - text_width(header)
            header = " " * self._current_indent + header + " " * pad + "  "
        else:
            header = " " * self._current_indent + header + "\n"
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append(" " * indent_first + lines[0] + "\n")
                parts.extend(" " * help_position + line + "\n" for line in lines[1:])
        elif not header.endswith("\n"):
            parts.append("\n")
        parts.extend(map(self._format_action, self._iter_indented_subactions(action)))
        return self._join_parts(parts)

    def format_help(self) -> str:
        """argparse ends each heading with `:`; Chinese takes the full-width `：`."""
        text = super().format_help()
        colon = message("cli.heading_colon")
        for heading in self.__dict__.get("_headings", []):
            text = text.replace(f"{heading}:\n", f"{heading}{colon}\n")
        return text


def _usage_parts(line: str) -> list[str]:
    """The usage's words, a bracketed group (`[--library 文件夹]`) as one."""
    parts, depth, current = [], 0, ""
    for char in line:
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        if char == " " and depth <= 0:
            if current:
                parts.append(current)
            current = ""
        else:
            current += char
    if current:
        parts.append(current)
    # `命令 ...`: the ellipsis says the word before it repeats, one part with it.
    for k in range(len(parts) - 1, 0, -1):
        if parts[k] == "...":
            parts[k - 1 : k + 1] = [parts[k - 1] + " ..."]
    return parts
