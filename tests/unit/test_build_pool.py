"""Parsing in worker processes: the same library as parsing here, in the same order."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

from lcreader import build_pool
from lcreader.library import open_library

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def square(n: int) -> int:
    return n * n


def dies_in_a_worker(n: int) -> int:
    if multiprocessing.parent_process() is not None:
        os._exit(3)  # as a worker killed for memory would
    return n + 1


def test_results_come_back_in_order(monkeypatch):
    monkeypatch.setattr(build_pool, "MIN_FILES", 2)
    items = list(range(37))
    assert list(build_pool.build_all(square, items, workers=2)) == [n * n for n in items]


def test_a_dead_worker_leaves_the_rest_to_this_process(monkeypatch):
    monkeypatch.setattr(build_pool, "MIN_FILES", 2)
    items = list(range(20))
    assert list(build_pool.build_all(dies_in_a_worker, items, workers=2)) == [n + 1 for n in items]


def test_few_files_are_parsed_here(monkeypatch):
    started = []
    monkeypatch.setattr(build_pool, "_start_pool", lambda workers: started.append(workers))
    items = list(range(build_pool.MIN_FILES - 1))
    assert list(build_pool.build_all(square, items, workers=4)) == [n * n for n in items]
    assert started == []


def test_jobs_come_from_the_environment(monkeypatch):
    monkeypatch.setenv(build_pool.JOBS_VARIABLE, "3")
    assert build_pool.jobs() == 3
    for wrong in ("0", "-2", "many", ""):
        monkeypatch.setenv(build_pool.JOBS_VARIABLE, wrong)
        assert build_pool.jobs() >= 1


def test_a_library_built_by_workers_is_the_library_built_here(tmp_path, monkeypatch):
    monkeypatch.setattr(build_pool, "MIN_FILES", 4)
    monkeypatch.setenv(build_pool.JOBS_VARIABLE, "1")
    here = open_library(CORPUS, tmp_path / "here.json")
    monkeypatch.setenv(build_pool.JOBS_VARIABLE, "2")
    started = []
    start = build_pool._start_pool
    monkeypatch.setattr(build_pool, "_start_pool", lambda w: started.append(w) or start(w))
    workers = open_library(CORPUS, tmp_path / "workers.json")
    assert started  # the corpus was parsed by workers
    assert [i.to_dict() for i in workers.issues] == [i.to_dict() for i in here.issues]
    assert [p.name for p in workers.people] == [p.name for p in here.people]
    assert workers.problems == here.problems
