"""Worker processes: the same output whatever --jobs is."""
from __future__ import annotations

import multiprocessing

import pytest

from factlint.cli.app import main
from factlint.extract import workers
from factlint.extract.workers import CHUNK, extract_files
from factlint.read.discover import discover
from factlint.read.document import Unreadable
from factlint.rules import load_rules
from tests.conftest import RULES


def _run(capsys, args):
    status = main(args)
    return status, capsys.readouterr().out


@pytest.mark.parametrize("command, fmt", [("check", "text"), ("check", "json"), ("facts", "json")])
def test_output_is_the_same_whatever_the_jobs(capsys, small_corpus, command, fmt):
    base = [command, "--rules", RULES, "--no-cache", "--format", fmt, small_corpus]
    one = _run(capsys, base + ["--jobs", "1"])
    two = _run(capsys, base + ["--jobs", "2"])
    assert one == two
    assert one[1].count("corpus/") >= 70  # every article is in the output


def test_results_come_back_in_path_order(small_corpus):
    paths = discover([small_corpus])
    assert len(paths) > 2 * CHUNK  # so that several workers share the run
    rules = load_rules(RULES)
    in_process = list(extract_files(paths, rules, jobs=1))
    in_workers = list(extract_files(paths, rules, jobs=2))
    assert [r.path for r in in_workers] == paths
    assert in_workers == in_process
    assert sum(len(r.facts) for r in in_workers) > 100


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="workers see the patch only when forked")
def test_an_error_in_a_worker_is_a_clean_error(capsys, monkeypatch, small_corpus):

    read = workers.read_input

    def failing(path, options):
        if path.endswith("a050.txt"):
            raise Unreadable(f"{path}: cannot read: Input/output error")
        return read(path, options)

    monkeypatch.setattr(workers, "read_input", failing)  # inherited by the forked workers
    status = main(["--rules", RULES, "--no-cache", "--jobs", "2", small_corpus])
    assert status == 2  # the other articles are still checked and reported
    err = capsys.readouterr().err
    assert "a050.txt: cannot read: Input/output error" in err and "Traceback" not in err
