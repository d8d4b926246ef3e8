"""What one file costs a build in memory, per line and per article, stage by stage.

    python benchmarks/build_memory.py                      # 2,500 … 20,000 tiny articles
    python benchmarks/build_memory.py --articles 100000    # the issue's 7.3 MB file
    python benchmarks/build_memory.py --build              # also `lcreader build`, whole
    python benchmarks/build_memory.py --limits             # `lcreader build` of each shape
                                                           # just under both limits
    python benchmarks/build_memory.py --several            # several such files: in workers,
                                                           # added, changed (process tree)

A file of many tiny articles (`# 第N条…`, a sentence, a byline: 73 bytes each) is the
worst case per byte. Each stage runs in a fresh process, up to and including that
stage, and reports the process's peak resident memory; the difference between two
stages is what the later one added at its peak. Stages: the bytes read and decoded,
parsed (`parse_issue`), annotated (people and departments), the Issue as a dict (what
the cache stores). `--build` also runs `lcreader build` on a library of that file
alone (with the lines limit lifted, to see what the limit guards against).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("read", "parse", "annotate", "dict")

STAGE = r"""
import gc, json, resource, sys, time
from pathlib import Path
from lcreader.sources import ScanRules, decode, read_source
stage, path = sys.argv[1], Path(sys.argv[2])
STAGES = ("read", "parse", "annotate", "dict")
wanted = STAGES.index(stage)
start = time.perf_counter()
text = decode(read_source(path, ScanRules(max_size=10**10)).raw)
if wanted >= 1:
    from lcreader.parse import parse_issue
    issue = parse_issue("x", "x.txt", text)
    del text
    articles, lines = len(issue.articles), None
if wanted >= 2:
    from lcreader.entities import annotate_issue
    annotate_issue(issue)
if wanted >= 3:
    data = issue.to_dict()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"peak": peak, "seconds": time.perf_counter() - start}))
"""


def tiny_articles(count: int) -> str:
    """`count` tiny articles, 73 bytes each in UTF-8."""
    return "".join(
        f"# 第{n:06d}条社区消息\n\n社区举办活动，居民参加。\n\n（党建办 杜嵩）\n\n\n"
        for n in range(count)
    )


def long_paragraphs(megabytes: float) -> str:
    """Articles of ten 3,000-character paragraphs: few lines, many characters."""
    sentence = "社区举办活动，居民踊跃参加，街道党工委书记出席并讲话。"  # 27 characters
    paragraph = sentence * 111
    article = "# 长文章\n\n" + "\n\n".join([paragraph] * 10) + "\n\n（党建办 杜嵩）\n\n\n"
    return article * max(1, int(megabytes * 1e6 / len(article.encode("utf-8"))))


def wide_lines(lines: int, chars: int, articles: int = 1, punctuated: bool = True) -> str:
    """`lines` lines that are not blank, of `chars` characters each, in `articles`
    articles (a headline each, the rest paragraphs): many characters and many lines."""
    sentence = "社区举办活动，居民踊跃参加，街道党工委书记出席并讲话。"
    if not punctuated:
        sentence = sentence.replace("，", "").replace("。", "")
    line = (sentence * (chars // len(sentence) + 1))[:chars]
    if punctuated:
        line = line[:-1] + "。"
    per = max(1, lines // articles)
    article = "".join(line + "\n\n" for _ in range(per - 1))
    return "".join(f"# 第{n}篇社区消息\n\n{article}\n" for n in range(articles))


def tiny_bodies(count: int, body_bytes: int) -> str:
    """`count` articles of three lines: a headline, a body of about `body_bytes`, a byline."""
    body = ("社区举办活动，居民参加。" * (body_bytes // 36 + 1))[: body_bytes // 3]
    return "".join(
        f"# 第{n:06d}条社区消息\n\n{body}\n\n（党建办 杜嵩）\n\n\n" for n in range(count)
    )


# Shapes of one file just under both limits (50 MB, sources.MAX_LINES lines that are not
# blank): the README's build peaks (`--limits`).
LIMIT_SHAPES = {
    "59,500 lines of 275 characters, 1 article": lambda: wide_lines(59_500, 275),
    "59,500 lines of 210 characters, 1 article": lambda: wide_lines(59_500, 210),
    "59,500 lines of 210 characters, 2,700 articles": lambda: wide_lines(59_500, 210, 2_700),
    "59,500 lines of 210 characters, unpunctuated": lambda: wide_lines(59_500, 210, 1, False),
    "19,800 tiny articles (59,400 lines)": lambda: tiny_articles(19_800),
    "19,800 tiny articles with 600-byte bodies": lambda: tiny_bodies(19_800, 600),
    "14.9 MB of generated issues": lambda: generated(14.9),
    "49.8 MB of 3,000-character paragraphs": lambda: long_paragraphs(49.8),
    "49.9 MB on one line: sentences": lambda: one_line("社区工作很重要，居民满意。", 49.9),
    "49.9 MB on one line: Latin words": lambda: one_line("community work matters. ", 49.9),
    "49.9 MB on one line: spaced out": lambda: one_line("凉 城 新 村 街 道 ", 49.9),
    "49.9 MB on one line: names": lambda: one_line("王芳、李建国、张敏、", 49.9),
    "49.9 MB on one line: a heading": lambda: one_line("# 标题 ", 49.9),
    # Each article's pairs all new to it: the most postings a byte (sources.MAX_POSTINGS).
    "16 MB drawn from 600 characters": lambda: drawn(16),
    # The second attack pass's: short articles of few characters, past 300 MB after the
    # index (the issue made a dict) before that was counted.
    "29,999 short articles from 60 characters (refused)": lambda: short_drawn(29_999),
    "20,000 short articles from 60 characters": lambda: short_drawn(20_000),
    "32 MB drawn from 600 characters (refused)": lambda: drawn(32),
    "49 MB drawn from 600 characters (refused)": lambda: drawn(49),
}


def short_drawn(count: int) -> str:
    """Articles of a 40-character headline and a 228-character paragraph, drawn from 60
    Han characters: many articles, few pairs."""
    import random

    rng, characters = random.Random(1), [chr(0x4E00 + k) for k in range(60)]
    return "".join(
        f"## 标题{n}" + "".join(rng.choices(characters, k=40)) + "\n"
        + "".join(rng.choices(characters, k=228)) + "。\n"
        for n in range(count)
    )  # fmt: skip


def drawn(megabytes: float, alphabet: int = 600) -> str:
    """Articles of eight 750-character paragraphs drawn at random from `alphabet` Han
    characters: text repeats its pairs, this does not (360,000 pairs, within
    sources.MAX_TERMS; an article holds about as many postings as characters)."""
    import random

    rng = random.Random(3)
    characters = [chr(0x4E00 + k) for k in range(alphabet)]
    chunks, size, number = [], 0, 0
    while size < megabytes * 1e6:
        number += 1
        body = "\n\n".join("".join(rng.choices(characters, k=749)) + "。" for _ in range(8))
        chunk = f"## 第{number}篇\n\n{body}\n\n"
        chunks.append(chunk)
        size += len(chunk.encode("utf-8"))
    return "".join(chunks)


def one_line(text: str, megabytes: float) -> str:
    """A file of one line, no newline: `text` repeated up to this size."""
    return text * int(megabytes * 1e6 / len(text.encode("utf-8")))


def generated(megabytes: float) -> str:
    """Issues as benchmarks/generate.py writes them, run together up to this size."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import Generator

    generator, chunks, size = Generator(7), [], 0
    while size < megabytes * 1e6 - 20_000:
        chunk = generator.issue(2020)
        chunks.append(chunk)
        size += len(chunk.encode("utf-8")) + 2
    return "\n\n".join(chunks)


def stage_peak(stage: str, path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", STAGE, stage, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    return json.loads(out)


def stage_articles(path: Path) -> int:
    code = (
        "import sys; from pathlib import Path; from lcreader.parse import parse_issue\n"
        "print(len(parse_issue('x', 'x.txt', Path(sys.argv[1]).read_text('utf-8')).articles))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    return int(done.stdout)


def baseline() -> float:
    code = "import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    return float(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    )


def whole_build(path: Path, scratch: Path, lifted: bool) -> tuple[float, float, str]:
    """`lcreader build` on a library of this one file: seconds, peak MB, its first line.
    `lifted`: with no limit on lines, to see what the limit guards against."""
    library = scratch / "lib"
    library.mkdir(exist_ok=True)
    for old in library.iterdir():
        old.unlink()
    os.link(path, library / path.name)
    env = {**os.environ, "LCREADER_CACHE_DIR": str(scratch / "cache"), "LCREADER_LANG": "en"}
    code = (
        "import resource, sys; from lcreader import sources\n"
        f"sources.MAX_LINES = {10**9 if lifted else 'sources.MAX_LINES'}\n"
        "from lcreader.cli import main; code = main(sys.argv[1:])\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, file=sys.stderr)"
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, "--library", str(library), "build"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - start
    *said, peak = done.stderr.strip().splitlines()
    shutil.rmtree(scratch / "cache", ignore_errors=True)  # files and the index's folders
    first = (said or done.stdout.splitlines() or [""])[0]
    return seconds, float(peak), first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="*", default=[2500, 5000, 10000, 20000])
    parser.add_argument(
        "--generated",
        type=float,
        nargs="*",
        default=[],
        metavar="MB",
        help="also files of generated issues (benchmarks/generate.py) of these sizes",
    )
    parser.add_argument(
        "--long",
        type=float,
        nargs="*",
        default=[],
        metavar="MB",
        help="also files of long paragraphs (3,000 characters a line) of these sizes",
    )
    parser.add_argument("--build", action="store_true")
    parser.add_argument(
        "--limits",
        action="store_true",
        help="only `lcreader build` (as shipped) of each shape just under both limits",
    )
    parser.add_argument(
        "--several",
        action="store_true",
        help="only builds of libraries holding several files of 49 MB (the tree's peak)",
    )
    args = parser.parse_args()
    if args.limits:
        limits()
        return
    if args.several:
        several()
        return
    python = baseline()
    print(f"python alone: {python:.0f} MB")
    # lines: those that are not blank (what the limit counts); then each stage's peak.
    header = f"{'articles':>9} {'lines':>8} {'MB':>6} " + " ".join(f"{s:>9}" for s in STAGES)
    print(header + "   MB per 1,000 articles (parse, annotate, dict)")
    with tempfile.TemporaryDirectory() as scratch:
        files = [(f"tiny_{n}", lambda n=n: tiny_articles(n)) for n in args.articles]
        files += [(f"generated_{mb:g}MB", lambda mb=mb: generated(mb)) for mb in args.generated]
        files += [(f"long_{mb:g}MB", lambda mb=mb: long_paragraphs(mb)) for mb in args.long]
        for name, make in files:
            text = make()
            path = Path(scratch) / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            peaks = [stage_peak(stage, path)["peak"] for stage in STAGES]
            count = stage_articles(path)
            added = [later - earlier for earlier, later in itertools.pairwise(peaks)]
            per = " ".join(f"{1000 * a / count:6.2f}" for a in added)
            size = len(text.encode("utf-8")) / 1e6
            written = sum(1 for line in text.splitlines() if line.strip())
            row = f"{count:>9,} {written:>8,} {size:>6.1f} "
            print(row + " ".join(f"{p:>7.0f}MB" for p in peaks) + f"   {per}")
            if args.build:
                for lifted in (True, False):
                    seconds, peak, said = whole_build(path, Path(scratch), lifted)
                    how = "no line limit" if lifted else "as shipped"
                    print(f"{'':>9} build, {how}: {seconds:.1f} s, {peak:.0f} MB peak; {said}")


def limits() -> None:
    """`lcreader build` of a library of one file of each shape just under both limits."""
    print(f"{'shape':<48} {'MB':>5} {'lines':>7} {'seconds':>8} {'peak':>8}")
    with tempfile.TemporaryDirectory() as scratch:
        for name, make in LIMIT_SHAPES.items():
            text = make()
            path = Path(scratch) / "shape.txt"
            path.write_text(text, encoding="utf-8")
            written = sum(1 for line in text.splitlines() if line.strip())
            size = len(text.encode("utf-8")) / 1e6
            del text
            seconds, peak, said = whole_build(path, Path(scratch), lifted=False)
            said = "" if "1 parsed" in said else f"  ({said[:60]})"
            print(f"{name:<48} {size:>5.1f} {written:>7,} {seconds:>7.1f}s {peak:>6.0f}MB{said}")
            path.unlink()


def tree_peak(command: list[str], env: dict) -> tuple[float, int, list[int]]:
    """Run a command; seconds, the peak of its process tree's resident memory summed
    (sampled every 50 ms: the parent and its workers at once), each process's peak."""
    import time

    def children() -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                except OSError:
                    continue
                found.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
        return found

    def resident(pid: int) -> int:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS"):
                    return int(line.split()[1]) // 1024
        except OSError:
            pass
        return 0

    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    top, each = 0, {}
    while process.poll() is None:
        kids, todo, tree = children(), [process.pid], []
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo.extend(kids.get(pid, []))
        sizes = {pid: resident(pid) for pid in tree}
        top = max(top, sum(sizes.values()))
        for pid, size in sizes.items():
            each[pid] = max(each.get(pid, 0), size)
        time.sleep(0.05)
    return time.perf_counter() - start, top, sorted(each.values(), reverse=True)[:3]


def several() -> None:
    """Libraries holding four files of 59,500 lines of 275 characters (49.2 MB each):
    among 64 generated issues, built in worker processes; added to a built library;
    one of them changed. The peak of the build's process tree, and of each process."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import Generator

    big = wide_lines(59_500, 275)
    with tempfile.TemporaryDirectory() as scratch:
        library, cache = Path(scratch) / "lib", Path(scratch) / "cache"
        library.mkdir()
        generator = Generator(3)
        for k in range(64):
            (library / f"small{k:02d}.txt").write_text(generator.issue(2020), encoding="utf-8")
        env = {**os.environ, "LCREADER_CACHE_DIR": str(cache), "LCREADER_LANG": "en"}
        env["LCREADER_DATA_DIR"] = str(Path(scratch) / "data")
        build = [sys.executable, "-m", "lcreader", "--library", str(library), "build"]
        subprocess.run(build, env=env, cwd=ROOT, capture_output=True, check=True)

        def add_four():
            for k in range(4):
                (library / f"big{k}.txt").write_text(f"{big}{k}\n", encoding="utf-8")

        def change_one():
            with (library / "big2.txt").open("a", encoding="utf-8") as file:
                file.write("社区消息。\n")

        def from_nothing():
            shutil.rmtree(cache)

        print(f"{'build':<52} {'seconds':>8} {'tree peak':>10}  per process")
        for label, step in (
            ("4 files of 49.2 MB added to 64 issues", add_four),
            ("one of them changed", change_one),
            ("all 68 from nothing (the 4 in worker processes)", from_nothing),
        ):
            step()
            seconds, top, each = tree_peak(build, env)
            print(f"{label:<52} {seconds:>7.1f}s {top:>8}MB  {each}")


if __name__ == "__main__":
    main()
