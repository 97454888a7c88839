"""The pytest plugin (`pytest --factlint`), run in-process with pytester on copies
of the seeds: items per checked fact, the CLI's failure text, -k, -x, --junitxml,
the ini options, no double collection, and nothing at all without --factlint."""
from __future__ import annotations

import os
import re
import shutil
import xml.etree.ElementTree as ET

import pytest

from factlint.engine import check_paths
from factlint.reporters.text import format_finding
from factlint.rules import load_rules
from tests.conftest import ROOT, RULES, SEEDS

pytest_plugins = ["pytester"]

KIRBY_ARTICLE = "seeds/002_cb297e24025465d7.txt"
KIRBY = f"{KIRBY_ARTICLE}::kirby-title.title"


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project folder with the seeds, the rules and an ini file (so rootdir is the folder)."""
    shutil.copytree(SEEDS, pytester.path / "seeds")
    shutil.copytree(RULES, pytester.path / "rules")
    pytester.makeini("[pytest]\n")
    return pytester


@pytest.fixture(scope="module")
def cli_report():
    """What `factlint seeds` reports, run from the repository root (the project's
    seeds and rules are copies of the repository's)."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return check_paths(["seeds"], load_rules("rules"))
    finally:
        os.chdir(cwd)


def test_seeds_fail_exactly_kirby_as_the_cli_does(project, cli_report):
    """One item per check; outcomes match the CLI's tally (which fails exactly Kirby's title)."""
    result = project.runpytest("--factlint", "seeds", "-rA")
    summary = cli_report.summary()
    assert summary["failed"] == 1 and summary["passed"] == len(cli_report.checks) - 1
    result.assert_outcomes(passed=summary["passed"], failed=summary["failed"], skipped=summary["skipped"])
    assert [line.split(" - ")[0] for line in result.outlines if line.startswith("FAILED")] == [f"FAILED {KIRBY}"]


def test_failure_text_is_the_cli_finding_without_traceback(project, cli_report):
    result = project.runpytest("--factlint", "seeds")
    [finding] = cli_report.findings
    block = format_finding(finding)
    assert block[0].startswith(f"{KIRBY_ARTICLE}:7:1: error [kirby-title.title]")
    out = result.stdout.str()
    assert "\n".join(block) in out
    assert "Traceback" not in out and "def " not in out and "FactlintFailure" not in out


@pytest.mark.parametrize("expression, selected", [
    ("kirby-title.title", lambda c: c.rule == "kirby-title"),
    ("not kirby", lambda c: "kirby" not in c.rule),
    ("002 and title", lambda c: "002" in c.path and "title" in c.rule),
])
def test_k_selects_by_rule_fact_and_article(project, cli_report, expression, selected):
    chosen = [c for c in cli_report.checks if selected(c)]
    failed = sum(1 for c in chosen if c.outcome == "failed")
    result = project.runpytest("--factlint", "seeds", "-k", expression)
    result.assert_outcomes(passed=len(chosen) - failed, failed=failed, deselected=len(cli_report.checks) - len(chosen))


def test_x_stops_at_the_first_failure(project, cli_report):
    """Items run in article order, then rule and fact: -x stops right after Kirby."""
    checks = cli_report.checks
    before = next(i for i, c in enumerate(checks) if c.outcome == "failed")
    result = project.runpytest("--factlint", "seeds", "-x")
    result.assert_outcomes(passed=before, failed=1)


def test_junitxml(project, cli_report):
    result = project.runpytest("--factlint", "seeds", "--junitxml=report.xml")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    suite = ET.parse(project.path / "report.xml").getroot().find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == (str(len(cli_report.checks)), "1", "0")
    [failed] = [case for case in suite.iter("testcase") if case.find("failure") is not None]
    assert failed.get("name") == "kirby-title.title"
    assert failed.get("classname") == "seeds.002_cb297e24025465d7.txt"
    text = failed.find("failure").text
    assert "found:    Homeland Security spokesman" in text and "Traceback" not in text


def test_a_txt_named_on_the_command_line_is_collected_once(project, cli_report):
    """pytest's doctest plugin claims .txt files named on the command line (and
    test*.txt anywhere); with --factlint they are articles only."""
    (project.path / "seeds" / "test_notes.txt").write_text(
        "Kremlin spokesman Dmitry Peskov said so.\n\n>>> 1 + 1\n3\n", encoding="utf-8")
    named = project.runpytest("--factlint", KIRBY_ARTICLE, "--collect-only", "-q")
    assert [ln for ln in named.outlines if "::" in ln] == [
        f"{KIRBY_ARTICLE}::{c.rule}.{c.fact}" for c in cli_report.checks if c.path.endswith(KIRBY_ARTICLE.split("/")[-1])]
    result = project.runpytest("--factlint", "seeds", "seeds/test_notes.txt")
    result.assert_outcomes(passed=len(cli_report.checks), failed=1)  # the doctest ">>> 1 + 1" is not run
    assert project.runpytest("seeds/test_notes.txt").parseoutcomes() == {"failed": 1}  # it is without


def test_without_factlint_nothing_is_collected_from_articles(project):
    project.makepyfile(test_plain="def test_one():\n    assert True\n")
    result = project.runpytest("seeds", "test_plain.py")
    result.assert_outcomes(passed=1)
    assert "factlint:" not in result.stdout.str()  # no report header


def test_factlint_with_python_tests(project, cli_report):
    """Articles and ordinary tests in one run; factlint reads only the articles."""
    project.makepyfile(test_plain="def test_one():\n    assert True\n")
    result = project.runpytest("--factlint", "seeds", "test_plain.py")
    checks = len(cli_report.checks)
    result.assert_outcomes(passed=checks, failed=1)  # the checks less Kirby's, and test_one
    assert f"factlint: {len(cli_report.articles)} articles, {len(cli_report.rules)} rules from" in result.stdout.str()
    project.runpytest("--factlint", "seeds", "test_plain.py", "-m", "not factlint").assert_outcomes(
        passed=1, deselected=checks)


def test_ini_options(project):
    (project.path / "rules").rename(project.path / "story-rules")
    project.makeini("[pytest]\nfactlint = true\nfactlint_rules = story-rules\n")
    project.runpytest("seeds").assert_outcomes(passed=33, failed=1)


def test_skipped_check_is_a_pytest_skip(project):
    (project.path / "one.txt").write_text(
        "Dozens of aftershocks followed, the strongest of magnitude 5.9.\n", encoding="utf-8")
    shutil.copytree(RULES.replace("rules", "examples/earthquake/rules"), project.path / "quake")
    (project.path / "photo.txt").write_bytes(b"\x89PNG\x00\x00")
    result = project.runpytest("--factlint", "--factlint-rules", "quake", "one.txt", "photo.txt", "-rs")
    result.assert_outcomes(skipped=2)
    out = result.stdout.str()
    assert "no expected value and no other mention to compare with" in out
    assert "factlint: warning: photo.txt: not a text file; skipped" in out


@pytest.mark.parametrize("args, message", [
    (["--factlint-rules", "bad"], "factlint: invalid rules (1 problem):"),
    (["--factlint-rules", "missing"], "missing: no such rules folder"),
    (["nothere.txt"], "factlint: nothere.txt: no such file or directory"),
])
def test_errors_are_usage_errors(project, args, message):
    (project.path / "bad").mkdir()
    (project.path / "bad" / "r.yaml").write_text("id: r\nfacts:\n  x:\n    kind: cuont\n", encoding="utf-8")
    result = project.runpytest("--factlint", *args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    err = result.stderr.str()
    assert message in err and "Traceback" not in err
    if "bad" in args:
        assert "r.yaml:4: facts.x.kind: unknown kind 'cuont'" in err


def test_docs_name_the_real_options(pytester):
    """Every option in docs/pytest.md's table exists, on the command line or in the ini file."""
    config = pytester.parseconfig()
    with open(os.path.join(ROOT, "docs", "pytest.md"), encoding="utf-8") as handle:
        rows = [line for line in handle if line.startswith("| `")]
    assert len(rows) == 2
    for row in rows:
        option, ini = (re.search(r"`([^` ]+)", cell).group(1) for cell in row.split("|")[1:3])
        config.getoption(option.lstrip("-").replace("-", "_"))  # raises ValueError if unknown
        config.getini(ini)


def test_a_run_error_fails_the_session(project):
    """An article factlint could not check (here: HTML it fails on) fails as the CLI exits 2."""
    os.remove(project.path / KIRBY_ARTICLE)  # the one finding: the error alone must fail the run
    (project.path / "seeds" / "broken.html").write_text("<article>" * 3 + "The storm killed 4 people.")
    from factlint.extract import workers

    real = workers.extract_bytes

    def failing(name, data, *args):
        if name.endswith("broken.html"):
            raise ValueError("a bug met on this page")
        return real(name, data, *args)

    workers.extract_bytes = failing
    try:
        result = project.runpytest_inprocess("--factlint", "seeds", "-p", "no:cacheprovider")
    finally:
        workers.extract_bytes = real
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*factlint: error: *broken.html: not checked*", "FAILED *broken.html::factlint-error-1*"])


def test_a_folder_that_cannot_be_listed_fails_the_session(project, monkeypatch):
    """factlint's walk cannot list a folder (pytest's own collection can): the session fails."""
    (project.path / "seeds" / "sub").mkdir()
    walk = os.walk

    def refusing(top, topdown=True, onerror=None, followlinks=False):
        for root, dirs, files in walk(top, topdown, onerror, followlinks):
            if "sub" in dirs:
                dirs.remove("sub")
                onerror(PermissionError(13, "Permission denied", os.path.join(root, "sub")))
            yield root, dirs, files

    os.remove(project.path / KIRBY_ARTICLE)
    monkeypatch.setattr(os, "walk", refusing)
    result = project.runpytest_inprocess("--factlint", "seeds", "-p", "no:cacheprovider")
    monkeypatch.undo()
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*factlint: error: seeds/sub: cannot list folder: Permission denied*"])
