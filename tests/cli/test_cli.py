"""The command line, through click's CliRunner: output shape and exit status."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from factlint.cli.app import cli, main
from tests.conftest import ROOT, RULES, SEEDS

KIRBY = ("002_cb297e24025465d7.txt", 7, 1, "kirby-title", "title")


def run_json(runner, *args):
    result = runner.invoke(cli, ["--rules", RULES, "--format", "json", *args])
    return result, json.loads(result.stdout)


def copy_seeds(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder


def test_seeds_flag_exactly_kirby(runner):
    """The untouched seeds have one finding: Kirby's wrong title in 002, exit 1."""
    result, report = run_json(runner, SEEDS)
    assert result.exit_code == 1
    got = [(os.path.basename(f["path"]), f["line"], f["column"], f["rule"], f["fact"]) for f in report["findings"]]
    assert got == [KIRBY]
    finding = report["findings"][0]
    assert finding["found"] == "Homeland Security spokesman"
    assert "National Security Council spokesman" in finding["expected"]
    assert report["summary"]["failed"] == 1 and report["summary"]["findings"] == 1


def test_text_report_shape(runner):
    """Marks per article, a failures section with the underlined quote, a closing tally."""
    result = runner.invoke(cli, ["--rules", RULES, SEEDS])
    out = result.stdout
    assert result.exit_code == 1
    lines = out.splitlines()
    marks = [ln for ln in lines if ln.startswith(SEEDS) and ": error" not in ln]
    assert len(marks) == 5 and "F" in marks[2] and all(set(m.split()[-1]) <= {".", "F", "s"} for m in marks)
    assert "FAILURES" in out
    assert re.search(r"002_cb297e24025465d7\.txt:7:1: error \[kirby-title\.title\]", out)
    caret = next(ln for ln in lines if "^" in ln)
    assert caret.count("^") == len("Homeland Security spokesman")
    assert re.fullmatch(r"\d+ passed, 1 failed, \d+ skipped", lines[-1])


def test_output_is_deterministic(runner):
    """Same input, same bytes out."""
    first = runner.invoke(cli, ["--rules", RULES, "--format", "json", SEEDS]).stdout
    second = runner.invoke(cli, ["--rules", RULES, "--format", "json", SEEDS]).stdout
    assert first == second


def test_clean_articles_exit_zero(runner, tmp_path):
    """With Kirby's title corrected nothing is flagged and the exit status is 0."""
    folder = copy_seeds(tmp_path)
    path = folder / "002_cb297e24025465d7.txt"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Homeland Security spokesman John Kirby", "National Security Council spokesman John Kirby"), encoding="utf-8")
    result = runner.invoke(cli, ["--rules", RULES, str(folder)])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1].startswith(tuple(f"{n} passed, 0 failed" for n in range(1, 100)))


def test_paths_are_reported_as_given(runner, tmp_path, monkeypatch):
    """Paths in findings are reached from the argument: relative stays relative."""
    monkeypatch.chdir(ROOT)
    _, report = run_json(runner, "seeds/")
    assert report["findings"][0]["path"] == "seeds/002_cb297e24025465d7.txt"
    _, single = run_json(runner, "seeds/002_cb297e24025465d7.txt")
    assert single["articles"] == ["seeds/002_cb297e24025465d7.txt"]


def test_rules_default_to_rules_folder(runner, monkeypatch):
    """--rules defaults to ./rules."""
    monkeypatch.chdir(ROOT)
    result = runner.invoke(cli, ["seeds"])
    assert result.exit_code == 1 and "kirby-title" in result.stdout


def test_facts_table_shows_each_article_value(runner):
    """`facts` lays facts out as rows, articles as columns."""
    result = runner.invoke(cli, ["facts", "--rules", RULES, SEEDS])
    assert result.exit_code == 0
    rows = {line.split()[0]: line for line in result.stdout.splitlines() if "." in line.split(" ")[0]}
    assert "more than 20" in rows["belgorod-attack.deaths"]
    assert "Homeland Security spokesman" in rows["kirby-title.title"]
    data = json.loads(runner.invoke(cli, ["facts", "--rules", RULES, "--format", "json", SEEDS]).stdout)
    cells = {(f["rule"], f["fact"]): f["cells"] for f in data["facts"]}
    injured = cells["belgorod-attack", "injured"]
    assert sorted(os.path.basename(p) for p in injured) == ["003_f286cf64767d8734.txt", "004_5c6bc8f1bb9f7bb2.txt"]
    assert all(c[0]["value"] == "111" for c in injured.values())


@pytest.mark.parametrize("args, message", [
    (["no/such/folder"], "no/such/folder: no such file or directory"),
    (["--rules", "no/such/rules", SEEDS], "no such rules folder"),
    (["--format", "xml", SEEDS], "Invalid value for '--format'"),
    ([], ""),
], ids=["missing-path", "missing-rules", "bad-format", "no-arguments"])
def test_usage_errors_exit_two(runner, args, message):
    """Usage and input errors: exit 2, a message, no traceback."""
    result = runner.invoke(cli, args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def test_bad_rule_file_names_file_line_and_field(runner, tmp_path):
    """A rule error names the file, the line and the field; exit 2."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.yaml").write_text("facts:\n  deaths:\n    kind: count\n    triggers: [killed]\n    expectd: 2\n")
    result = runner.invoke(cli, ["--rules", str(rules), SEEDS])
    assert result.exit_code == 2
    assert f"{rules / 'bad.yaml'}:5: facts.deaths.expectd: unknown key" in result.stderr
    assert "did you mean 'expected'?" in result.stderr


def test_main_returns_status(capsys):
    """main() returns the status instead of exiting."""
    assert main(["--rules", RULES, "--format", "json", SEEDS]) == 1
    assert json.loads(capsys.readouterr().out)["summary"]["findings"] == 1
    assert main(["--rules", RULES, "nowhere"]) == 2


def test_python_dash_m(tmp_path):
    """`python -m factlint` is the same program."""
    proc = subprocess.run([sys.executable, "-m", "factlint", "--rules", RULES, "--format", "json", SEEDS],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["findings"][0]["rule"] == "kirby-title"


def test_articles_are_never_written(runner, tmp_path):
    """factlint opens articles read-only: bytes and times are unchanged."""
    folder = copy_seeds(tmp_path)
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    runner.invoke(cli, ["--rules", RULES, str(folder)])
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    assert before == after
