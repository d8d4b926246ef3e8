"""`lcreader search WORD` as a whole process, beside `python -c pass` and `rg -c`, and
beside the same search of another source tree (the code before a change), all taken
in turn so that a slow spell of a shared machine hits every command alike: medians.

    python benchmarks/whole_search.py --library /tmp/x1000          # this tree
    git archive main src | tar -x -C /tmp/before                     # the code before
    python benchmarks/whole_search.py --library /tmp/x1000 --before /tmp/before/src

Each tree searches from a cache of its own (built first, not timed), as a user runs
it: bytecode compiled, PYTHONDONTWRITEBYTECODE unset. The seeds are searched too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(argv: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one process, its output thrown away."""
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        start = time.perf_counter()
        pid = os.posix_spawnp(
            argv[0],
            argv,
            env,
            file_actions=[(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)],
        )
        os.waitpid(pid, 0)
        return time.perf_counter() - start
    finally:
        os.close(null)


def search_env(source: Path | None, cache: Path, data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(LCREADER_CACHE_DIR=str(cache), LCREADER_DATA_DIR=str(data), NO_COLOR="1")
    if source is not None:
        env["PYTHONPATH"] = str(source)
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--library", type=Path, help="a generated library (generate.py)")
    parser.add_argument("--before", type=Path, help="another tree's src/ to compare with")
    parser.add_argument("--word", default="统战")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    script = Path(sys.executable).parent / "lcreader"
    lc = [str(script)] if script.exists() else [sys.executable, "-m", "lcreader"]
    libraries = {"seeds": ROOT / "seeds"}
    if args.library:
        libraries[args.library.name] = args.library
    trees = {"now": None} if args.before is None else {"before": args.before, "now": None}
    import lcreader

    for source in [Path(lcreader.__file__).parent, *(t for t in trees.values() if t)]:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(source)], check=False)
    commands: dict[str, tuple[list[str], dict[str, str]]] = {
        "python -c pass": ([sys.executable, "-c", "pass"], dict(os.environ))
    }
    rg = shutil.which("rg")
    with tempfile.TemporaryDirectory(prefix="lcreader-whole-") as scratch:
        for label, folder in libraries.items():
            if rg and label != "seeds":
                commands[f"rg -c {args.word} ({label})"] = ([rg, "-c", args.word, str(folder)], {})
            for tree, source in trees.items():
                env = search_env(source, Path(scratch) / tree, Path(scratch) / "data")
                argv = [*lc, "--library", str(folder), "search", args.word]
                subprocess.run(argv, env=env, capture_output=True, check=False)  # builds
                commands[f"lcreader search ({label}, {tree})"] = (argv, env)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, (argv, env) in commands.items():
                samples[name].append(timed(argv, env))
    medians = {name: statistics.median(values) * 1000 for name, values in samples.items()}
    python = medians["python -c pass"]
    print(f"medians of {args.runs} runs, taken in turn; load average {os.getloadavg()[0]:.1f}")
    for name, ms in medians.items():
        ratios = [f"{ms / python:.2f}× python -c pass"]
        for label in libraries:
            rg_name = f"rg -c {args.word} ({label})"
            if f"({label}," in name and rg_name in medians:
                ratios.append(f"{ms / medians[rg_name]:.2f}× rg")
        print(f"{name:36s} {ms:7.1f} ms   {'; '.join(ratios)}")


if __name__ == "__main__":
    main()
