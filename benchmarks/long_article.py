"""The reader showing one article that is a single very long line.

    python benchmarks/long_article.py                 # 50k, 100k … 3.3M characters
    python benchmarks/long_article.py --chars 200000 400000

A 10 MB one-line article is about 3.3 million Han characters. For each length, the
time from starting the reader to its first screen with the article shown, and to
`G` (the end of the article) shown. The doubling rows show the cost stays linear:
time at 2n is about twice time at n (before, it was four times: every line was cut
from a copy of the whole text).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

CLAUSE = "社区举办运动会，统战人士参加。"


def one_line_library(chars: int):
    from lcreader.model import Article, Issue, Library

    paragraph = (CLAUSE * (chars // len(CLAUSE) + 1))[:chars]
    article = Article(id="long/1", issue="long", title="一行长文", paragraphs=[paragraph])
    return Library(
        issues=[Issue(id="long", source="long.txt", title="一行长文", articles=[article])]
    )


async def measure(chars: int) -> dict[str, float]:
    from lcreader.tui.app import ReaderApp

    library = one_line_library(chars)
    with tempfile.TemporaryDirectory() as scratch:
        app = ReaderApp(library, Path(scratch) / "data", None)
        start = time.perf_counter()
        async with app.run_test(size=(140, 40)) as pilot:
            body = app.query_one("#article-body")
            while len(body.lines) < 100:  # the article laid out at the pane's width
                await pilot.pause(0.01)
            await pilot.pause()
            shown = time.perf_counter() - start
            start = time.perf_counter()
            await pilot.press("G")
            await pilot.pause()
            end = time.perf_counter() - start
    lines = len(body.lines)
    return {"chars": chars, "lines": lines, "first_screen_s": round(shown, 3), "G_s": round(end, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--chars", type=int, nargs="+", default=[50_000, 100_000, 200_000, 1_650_000, 3_300_000]
    )
    args = parser.parse_args()
    for chars in args.chars:
        print(json.dumps(asyncio.run(measure(chars))), flush=True)


if __name__ == "__main__":
    main()
