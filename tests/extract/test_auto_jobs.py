"""`--jobs` auto never starts workers for a small run: on a few dozen articles a
second process costs more (its start, its own compiled patterns) than it saves."""
from __future__ import annotations

import pytest

from factlint.extract import workers
from factlint.extract.workers import AUTO, AUTO_MIN_FILES, auto_jobs, extract_files
from factlint.read.discover import discover
from factlint.rules import load_rules
from tests.conftest import RULES


@pytest.fixture
def idle_eight_cores(monkeypatch):
    monkeypatch.setattr(workers, "default_jobs", lambda: 8)
    monkeypatch.setattr(workers.os, "getloadavg", lambda: (0.0, 0.0, 0.0))


@pytest.mark.parametrize("files", [0, 1, 34, 70, AUTO_MIN_FILES - 1])
def test_a_small_run_stays_in_one_process_even_on_idle_cores(idle_eight_cores, files):
    assert auto_jobs(files) == 1


@pytest.mark.parametrize("files", [AUTO_MIN_FILES, 10 * AUTO_MIN_FILES])
def test_a_large_run_uses_the_free_cores(idle_eight_cores, files):
    assert auto_jobs(files) == 8


def test_a_large_run_on_busy_cores_stays_in_one_process(monkeypatch):
    monkeypatch.setattr(workers, "default_jobs", lambda: 2)
    monkeypatch.setattr(workers.os, "getloadavg", lambda: (3.5, 3.0, 2.0))
    assert auto_jobs(5 * AUTO_MIN_FILES) == 1


def test_auto_on_a_small_corpus_starts_no_pool(idle_eight_cores, monkeypatch, small_corpus):
    import concurrent.futures

    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started for a small run")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    paths = discover([small_corpus])
    assert len(paths) < AUTO_MIN_FILES
    results = list(extract_files(paths, load_rules(RULES), jobs=AUTO))
    assert [r.path for r in results] == paths
