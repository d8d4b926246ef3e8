"""lcreader's own bigram index beside SQLite FTS5 fed the same bigrams, on one library.

    python benchmarks/fts5_compare.py --scale 1000        # generated ×1000
    python benchmarks/fts5_compare.py --library DIR

FTS5 (Python's standard sqlite3) gets each article's five ranking groups as columns,
their folded text pre-split into overlapping character pairs (the unicode61 tokenizer
then takes each pair as a token); its bm25() is given lcreader's field weights. Both
are timed building from the same parsed library, opening from disk in a fresh process
(whole-process search of 统战), and answering the same queries in process (10 hits).
FTS5's bm25() normalises by the whole article's length and weighs no alternatives, so
its order differs from lcreader's BM25F: only the costs are compared here.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from operator import add
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

QUERIES = {
    "统战": "统战",
    "统战 社区": "统战 AND 社区",
    '"统战工作"': '"统战 战工 工作"',
    "量子计算": '"量子 子计 计算"',
}
WEIGHTS = "5.0, 3.0, 2.0, 1.0, 1.0"

FTS_SEARCH = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute(
    f"SELECT rowid, bm25(f, {sys.argv[3]}) AS r FROM f WHERE f MATCH ? ORDER BY r LIMIT 10",
    (sys.argv[2],),
).fetchall()
titles = [db.execute("SELECT title FROM docs WHERE rowid = ?", (r,)).fetchone() for r, _ in rows]
print(len(titles))
"""


def bigrams(text: str) -> str:
    return " ".join(p for p in map(add, text, text[1:]) if "\0" not in p and " " not in p)


def build_fts(library, path: Path) -> float:
    from lcreader.search.postings import article_fields
    from lcreader.textkey import fold

    start = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE f USING fts5(title, heading, caption, byline, body)")
    db.execute("CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT, title TEXT)")
    rows, docs = [], []
    for number, article in enumerate(library.articles(), start=1):
        groups = [fold("\0".join(fields)) for fields in article_fields(article)]
        rows.append((number, *map(bigrams, groups)))
        docs.append((number, article.id, article.title))
    db.executemany("INSERT INTO f (rowid, title, heading, caption, byline, body) "
                   "VALUES (?, ?, ?, ?, ?, ?)", rows)  # fmt: skip
    db.executemany("INSERT INTO docs VALUES (?, ?, ?)", docs)
    db.commit()
    db.close()
    return time.perf_counter() - start


def ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1000)
    parser.add_argument("--library", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from lcreader.library import open_index, open_library
    from lcreader.search import parse_query

    with tempfile.TemporaryDirectory(prefix="lcreader-fts-") as scratch:
        scratch = Path(scratch)
        folder = args.library
        if folder is None:
            from generate import generate

            folder = scratch / "lib"
            generate(args.scale, folder)
        from lcreader.paths import cache_file

        cache = cache_file(scratch / "cache", folder)  # where the lcreader command looks
        start = time.perf_counter()
        library = open_library(folder, cache)
        ours_build = time.perf_counter() - start
        index_dir = cache.with_suffix(".index")
        ours_size = sum(p.stat().st_size for p in index_dir.iterdir())
        fts_path = scratch / "fts.db"
        fts_build = build_fts(library, fts_path)
        rows = [
            ("build (lcreader: parse, link and index; FTS5: insert the parsed articles)",
             f"{ours_build:.1f} s", f"{fts_build:.1f} s"),
            ("index on disk", f"{ours_size / 1e6:.1f} MB", f"{fts_path.stat().st_size / 1e6:.1f} MB"),
        ]  # fmt: skip
        index, _ = open_index(folder, cache)
        db = sqlite3.connect(fts_path)
        for shown, fts_query in QUERIES.items():
            query = parse_query(shown)
            ours, theirs = [], []
            total = index.search(query, limit=10).total
            for _ in range(args.runs):
                t = time.perf_counter()
                index.search(query, limit=10)
                ours.append(time.perf_counter() - t)
                t = time.perf_counter()
                db.execute(
                    f"SELECT rowid, bm25(f, {WEIGHTS}) AS r FROM f WHERE f MATCH ? "
                    "ORDER BY r LIMIT 10",
                    (fts_query,),
                ).fetchall()
                theirs.append(time.perf_counter() - t)
            count = db.execute("SELECT count(*) FROM f WHERE f MATCH ?", (fts_query,)).fetchone()
            rows.append((f"search {shown} (in process; hits)", f"{ms(ours)}; {total:,}",
                         f"{ms(theirs)}; {count[0]:,}"))  # fmt: skip
        env = {**os.environ, "LCREADER_CACHE_DIR": str(cache.parent)}
        lc = [sys.executable, "-m", "lcreader", "--library", str(folder), "search", "统战"]
        fts = [sys.executable, "-c", FTS_SEARCH, str(fts_path), "统战", WEIGHTS]
        whole = {"ours": [], "theirs": []}
        for _ in range(args.runs):
            for key, command in (("ours", lc), ("theirs", fts)):
                t = time.perf_counter()
                subprocess.run(command, env=env, capture_output=True, check=False)
                whole[key].append(time.perf_counter() - t)
        rows.append(("`search 统战`, whole process (lcreader; python + sqlite3)",
                     ms(whole["ours"]), ms(whole["theirs"])))  # fmt: skip
    print(f"{library.__class__.__name__} of {len(library.articles()):,} articles")
    print("| | lcreader's index | SQLite FTS5 |\n|---|---:|---:|")
    for what, ours, theirs in rows:
        print(f"| {what} | {ours} | {theirs} |")


if __name__ == "__main__":
    main()
