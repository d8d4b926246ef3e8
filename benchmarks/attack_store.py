"""Attacks on a built library: kills mid-build, searches during builds, flipped bytes.

    python benchmarks/attack_store.py flip SEED COUNT        # bytes of the cache damaged
    python benchmarks/attack_store.py kill SEED COUNT        # builds killed part way
    python benchmarks/attack_store.py concurrent SEED COUNT  # searches during cold builds

On a generated library of 80 files (in a scratch folder). Every answer must be the
reference answer, byte for byte; never a traceback. Prints attempts, wrong answers and
tracebacks per attack (README, "Safety and limits")."""

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate

LC = [sys.executable, "-m", "lcreader"]
ROOT = Path(tempfile.mkdtemp(prefix="lcreader-attack-"))
LIB = str(ROOT / "lib")
generate(40, Path(LIB))
QUERIES = [
    ["search", "统战", "--json"],
    ["search", "垃圾分类", "--json", "--limit", "5"],
    ["search", "社区", "-党建", "--json"],
    ["search", "养老服务", "year:2020", "--json"],
    ["search", "党建", "--by", "year", "--json"],
    ["issues", "--json"],
    ["people", "--json"],
    ["search", "统战 OR 党建", "--json"],
]
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)


def env(cache):
    return {
        **os.environ,
        "LCREADER_CACHE_DIR": str(cache),
        "LCREADER_DATA_DIR": str(ROOT / "data"),
        "LCREADER_LANG": "zh",
    }


def run(cache, args, timeout=120):
    p = subprocess.run(
        [*LC, "--library", LIB, *args],
        env=env(cache),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return p.returncode, p.stdout, p.stderr


def bad(err):
    return "Traceback" in err or "意外错误" in err


ref_cache = ROOT / "ref"
shutil.rmtree(ref_cache, ignore_errors=True)
assert run(ref_cache, ["build"])[0] == 0
REF = {}
for q in QUERIES:
    rc, out, err = run(ref_cache, q)
    assert rc == 0 and not bad(err), (q, err)
    REF[tuple(q)] = out
stats = {}


def check(name, cache, q=None):
    q = q or rng.choice(QUERIES)
    rc, out, err = run(cache, q)
    s = stats.setdefault(name, [0, 0, 0, []])
    s[0] += 1
    if bad(err):
        s[2] += 1
        s[3].append((q, err[-400:]))
    elif rc != 0 or out != REF[tuple(q)]:
        s[1] += 1
        s[3].append((q, rc, err[-300:]))


def children_of(pid):
    found = set()
    for e in Path("/proc").iterdir():
        if e.name.isdigit():
            try:
                st = (e / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(st[1]) == pid and st[0] not in "ZX":
                found.add(int(e.name))
    return found


def alive(pid):
    try:
        st = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return st[0] not in "ZX"
    except OSError:
        return False


what = sys.argv[1]
if what == "kill":
    cache = ROOT / "kill"
    leftover = 0
    for n in range(int(sys.argv[3]) if len(sys.argv) > 3 else 20):
        if n % 3 == 0:
            shutil.rmtree(cache, ignore_errors=True)  # a cold build: parallel, with workers
        p = subprocess.Popen(
            [*LC, "--library", LIB, "build"],
            env={**env(cache), "LCREADER_JOBS": "2"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        seen = set()
        t_end = time.monotonic() + rng.uniform(0.05, 2.0)
        while time.monotonic() < t_end and p.poll() is None:
            seen |= children_of(p.pid)
            time.sleep(0.02)
        p.send_signal(rng.choice([signal.SIGKILL, signal.SIGTERM, signal.SIGINT]))
        p.wait()
        time.sleep(5)
        left = [c for c in seen if alive(c)]
        leftover += len(left)
        for c in left:
            os.kill(c, signal.SIGKILL)
        check("kill mid-build, then search", cache)
    print("leftover processes 5 s after a kill:", leftover)
elif what == "concurrent":
    cache = ROOT / "conc"
    for _ in range(int(sys.argv[3]) if len(sys.argv) > 3 else 10):
        shutil.rmtree(cache, ignore_errors=True)
        b = subprocess.Popen(
            [*LC, "--library", LIB, "build"],
            env=env(cache),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        qs = [rng.choice(QUERIES) for _ in range(4)]
        procs = [
            (
                q,
                subprocess.Popen(
                    [*LC, "--library", LIB, *q],
                    env=env(cache),
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                ),
            )
            for q in qs
        ]
        for q, p in procs:
            out, err = p.communicate(timeout=300)
            s = stats.setdefault("search during a build", [0, 0, 0, []])
            s[0] += 1
            if bad(err):
                s[2] += 1
                s[3].append((q, err[-400:]))
            elif p.returncode != 0 or out != REF[tuple(q)]:
                s[1] += 1
                s[3].append((q, p.returncode, err[-300:]))
        _, err = b.communicate(timeout=300)
        if bad(err):
            stats["search during a build"][2] += 1
elif what == "flip":
    pristine = ROOT / "pristine"
    shutil.rmtree(pristine, ignore_errors=True)
    shutil.copytree(ref_cache, pristine)
    cache = ROOT / "flip"
    files = [
        p.relative_to(pristine)
        for p in pristine.rglob("*")
        if p.is_file() and not p.name.endswith(".lock")
    ]
    for _ in range(int(sys.argv[3]) if len(sys.argv) > 3 else 100):
        shutil.rmtree(cache, ignore_errors=True)
        shutil.copytree(pristine, cache, copy_function=shutil.copy2)
        victim = cache / rng.choice(files)
        raw = bytearray(victim.read_bytes())
        how = rng.choice(["flip", "flip", "flips", "truncate", "zero", "garbage"])
        if how == "flip":
            k = rng.randrange(len(raw))
            raw[k] ^= 1 << rng.randrange(8)
        elif how == "flips":
            for _ in range(rng.randint(2, 50)):
                k = rng.randrange(len(raw))
                raw[k] = rng.randrange(256)
        elif how == "truncate":
            raw = raw[: rng.randrange(len(raw))]
        elif how == "zero":
            k = rng.randrange(len(raw))
            raw[k : k + 4096] = bytes(len(raw[k : k + 4096]))
        else:
            raw = bytearray(os.urandom(rng.randint(0, 5000)))
        st = victim.stat()
        victim.write_bytes(bytes(raw))
        os.utime(victim, ns=(st.st_atime_ns, st.st_mtime_ns))  # same times: only the bytes differ
        check(f"flipped bytes ({how})", cache)
        check("flipped bytes, second search", cache)
for name, (n, wrong, tb, notes) in stats.items():
    print(f"{name}: {n} attempts, {wrong} wrong answers, {tb} tracebacks")
    for note in notes[:3]:
        print("   ", note)

shutil.rmtree(ROOT, ignore_errors=True)
