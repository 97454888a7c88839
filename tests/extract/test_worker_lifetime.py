"""Worker processes never outlive the run: they exit when the parent dies, and
a run whose workers cannot start or die finishes in one process, with a warning."""
from __future__ import annotations

import glob
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from factlint.extract import workers
from factlint.extract.workers import CHUNK, extract_files
from factlint.read.discover import discover
from factlint.rules import load_rules
from tests.conftest import RULES, SEEDS

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    seeds = sorted(glob.glob(os.path.join(SEEDS, "*.txt")))
    for i in range(CHUNK + 2):  # two chunks: the second is the one a worker dies on
        shutil.copy(seeds[i % len(seeds)], folder / f"a{i:03}.txt")
    return folder


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (dead, not yet reaped) is not alive
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True


def test_workers_exit_when_the_parent_is_killed(corpus, tmp_path):
    """SIGKILL leaves no chance to stop the workers: they must notice on their own."""
    pids = tmp_path / "pids"
    script = textwrap.dedent(f"""
        import os, sys, time
        from factlint.extract import workers
        from factlint.rules import load_rules
        from factlint.read.discover import discover

        def stuck(path, rules, cache, options):
            with open({str(pids)!r}, "a") as handle:
                handle.write(f"{{os.getpid()}}\\n")
            time.sleep(600)

        workers.extract_file = stuck
        list(workers.extract_files(discover([{str(corpus)!r}]), load_rules({RULES!r}), jobs=2))
    """)
    parent = subprocess.Popen([sys.executable, "-c", script], cwd=os.getcwd())
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(set(pids.read_text().split()) if pids.exists() else ()) < 2:
            time.sleep(0.1)
        children = {int(p) for p in pids.read_text().split()}
        assert len(children) == 2 and parent.pid not in children
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(pid) for pid in children):
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in children)


@pytest.mark.parametrize("failure", [OSError(11, "Resource temporarily unavailable"), RuntimeError("can't start new thread")])
def test_workers_that_cannot_start_fall_back_to_one_process(corpus, monkeypatch, failure):
    class NoProcesses:
        def __init__(self, *args, **kwargs):
            raise failure

    import concurrent.futures
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoProcesses)
    paths = discover([str(corpus)])
    rules = load_rules(RULES)
    results = list(extract_files(paths, rules, jobs=2))
    assert [r.path for r in results] == paths
    assert "the rest of the run is checked in one process" in results[0].warnings[0]
    assert all(r.facts for r in results)
    assert [r.facts for r in results] == [r.facts for r in extract_files(paths, rules, jobs=1)]


def test_a_worker_that_dies_mid_run_costs_no_article(corpus, monkeypatch):
    """A worker killed under the run (out of memory): the chunks not done are read here."""
    if __import__("multiprocessing").get_start_method() != "fork":
        pytest.skip("workers see the patch only when forked")
    original, main = workers.extract_file, os.getpid()

    def dying(path, *args):
        if path.endswith("a032.txt") and os.getpid() != main:
            os._exit(9)
        return original(path, *args)

    monkeypatch.setattr(workers, "extract_file", dying)
    paths = discover([str(corpus)])
    rules = load_rules(RULES)
    results = list(extract_files(paths, rules, jobs=2))
    assert [r.path for r in results] == paths
    assert all(r.article and r.facts for r in results)
    assert [r.facts for r in results] == [r.facts for r in extract_files(paths, rules, jobs=1)]
    assert any("worker processes failed" in w for r in results for w in r.warnings)
