"""`lcreader search QUERY --by year|month`: how many articles match, per period, as a
bar chart (block characters); `--json` gives the counts. Every matching article counts,
not only the hits a search lists."""

from __future__ import annotations

import sys
from collections.abc import Callable

from ..messages import message
from ..safe_text import clean
from .context import Context
from .errors import EXIT_NO_HITS, EXIT_OK

BAR_STYLE = "cyan"


def chart_dict(query_text: str, timeline) -> dict:
    return {
        "query": query_text,
        "by": timeline.by,
        "total": timeline.total,
        "counts": [{"period": key or None, "hits": count} for key, count in timeline.counts],
    }


def print_chart(context: Context, query, emit: Callable, print_json: Callable) -> int:
    from ..barchart import rows
    from ..timeline import hit_counts

    by = context.args.by
    timeline = hit_counts(context.index, query, by)
    if context.args.json:
        print_json(chart_dict(query.text, timeline))
        return EXIT_OK if timeline.total else EXIT_NO_HITS
    if not timeline.total:
        print(message("no_match", query=clean(query.text)), file=sys.stderr)
        return EXIT_NO_HITS
    heading = message(f"chart.heading.{by}", query=clean(query.text), total=timeline.total)
    drawn = rows(timeline, context.width)
    if not context.color:
        sys.stdout.write("\n".join([heading, *(row.line for row in drawn)]) + "\n")
        return EXIT_OK
    from rich.text import Text

    lines = [Text(heading, style="bold")]
    for row in drawn:
        line = Text(row.label + " ")
        line.append(row.bar, style=BAR_STYLE)
        line.append(" " + row.count, style="dim")
        lines.append(line)
    emit(context, lines)
    return EXIT_OK
