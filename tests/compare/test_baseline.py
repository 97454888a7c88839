"""Baselines: write today's findings, then report only new ones."""
from __future__ import annotations

import json
import os

import pytest

from factlint.cli.app import cli
from factlint.compare.baseline import load_baseline, render_baseline, write_baseline
from factlint.errors import BaselineError
from factlint.model import Finding
from tests.compare.test_suppressions import write_rules

WRONG = "The quake killed 15 people."  # quake.deaths expects 12
FLOOD = "The flood killed 5 people."  # flood.deaths expects 3


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder with rules/ and articles/, as the working directory."""
    write_rules(tmp_path / "rules")
    (tmp_path / "articles").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def article(project, name: str, text: str) -> None:
    (project / "articles" / name).write_text(text, encoding="utf-8")


def run(runner, *args):
    return runner.invoke(cli, ["--rules", "rules", *args])


def run_json(runner, *args):
    result = run(runner, "--format", "json", *args)
    return result, json.loads(result.stdout)


def found(report) -> list[tuple[str, int, str]]:
    return [(os.path.basename(f["path"]), f["line"], f["found"]) for f in report["findings"]]


def test_round_trip(project, runner):
    """Recorded findings are left out; their checks are skipped "in baseline"."""
    article(project, "a.txt", f"{WRONG}\n{FLOOD}\n")
    written = run(runner, "--write-baseline", "baseline.json", "articles")
    assert written.exit_code == 0
    assert written.stdout == "factlint: recorded 2 findings in baseline.json\n"
    data = json.loads((project / "baseline.json").read_text(encoding="utf-8"))
    assert data == {"version": 1, "findings": [
        {"path": "articles/a.txt", "rule": "flood", "fact": "deaths", "found": "5", "count": 1},
        {"path": "articles/a.txt", "rule": "quake", "fact": "deaths", "found": "15", "count": 1}]}
    result, report = run_json(runner, "--baseline", "baseline.json", "articles")
    assert result.exit_code == 0 and report["findings"] == []
    assert [(c["rule"], c["outcome"], c["reason"]) for c in report["checks"]] == \
        [("flood", "skipped", "in baseline"), ("quake", "skipped", "in baseline")]
    assert report["summary"]["baselined"] == 2 and report["summary"]["stale"] == 0
    text = run(runner, "--baseline", "baseline.json", "articles").stdout
    assert text.splitlines()[-1] == "0 passed, 0 failed, 2 skipped (2 baselined)"


def test_file_is_sorted_one_entry_per_line(project):
    findings = [Finding(f"articles/{name}.txt", 1, 1, rule, "deaths", "error", "m", value, None)
                for name, rule, value in [("b", "quake", "15"), ("a", "quake", "15"), ("a", "flood", "5"),
                                          ("b", "quake", "15")]]
    text = render_baseline("baseline.json", findings)
    lines = text.splitlines()
    assert lines[:3] == ["{", '  "version": 1,', '  "findings": [']
    assert [json.loads(line.rstrip(","))["path"] for line in lines[3:-2]] == \
        ["articles/a.txt", "articles/a.txt", "articles/b.txt"]
    assert json.loads(lines[5])["count"] == 2
    assert render_baseline("baseline.json", []) == '{\n  "version": 1,\n  "findings": []\n}\n'


@pytest.mark.parametrize("before, after, new", [
    (f"{WRONG}\n", f"A new first paragraph.\n\nAnother one.\n{WRONG}\n", []),
    (f"{WRONG}\n", "The quake killed    15 people.\n", []),
    (f"Intro.\n{WRONG}\n{FLOOD}\n", f"{FLOOD}\n{WRONG}\n", []),
    (f"{WRONG}\n", "The quake killed 16 people.\n", [("a.txt", 1, "16")]),
    (f"{WRONG}\n", "The flood killed 15 people.\n", [("a.txt", 1, "15")]),
    (f"{WRONG}\n", f"{WRONG}\n{FLOOD}\n", [("a.txt", 2, "5")]),
], ids=["lines-added-above", "spacing-changed", "paragraphs-reordered", "value-changed", "other-rule-same-value",
        "new-finding"])
def test_only_new_findings_are_reported(project, runner, before, after, new):
    """Keys are article, rule, fact and value, never line numbers."""
    article(project, "a.txt", before)
    assert run(runner, "--write-baseline", "baseline.json", "articles").exit_code == 0
    article(project, "a.txt", after)
    result, report = run_json(runner, "--baseline", "baseline.json", "articles")
    assert found(report) == new
    assert result.exit_code == (1 if new else 0)


@pytest.mark.parametrize("recorded, now, new, stale", [(2, 3, 1, 0), (2, 2, 0, 0), (3, 2, 0, 1), (1, 0, 0, 1)])
def test_duplicates_are_counted(project, runner, recorded, now, new, stale):
    """A value recorded twice and found three times: one is new."""
    article(project, "a.txt", f"{WRONG}\n" * recorded + "The quake injured 40.\n")
    run(runner, "--write-baseline", "baseline.json", "articles")
    if recorded:
        assert json.loads((project / "baseline.json").read_text())["findings"][0]["count"] == recorded
    article(project, "a.txt", f"{WRONG}\n" * now + "The quake injured 40.\n")
    result, report = run_json(runner, "--baseline", "baseline.json", "articles")
    assert len(report["findings"]) == new
    assert report["summary"]["baselined"] == min(recorded, now)
    assert report["summary"]["stale"] == stale
    assert result.exit_code == (1 if new else 0)


def test_stale_entries_are_noted(project, runner):
    article(project, "a.txt", f"{WRONG}\n{FLOOD}\n")
    article(project, "b.txt", f"{FLOOD}\n")
    run(runner, "--write-baseline", "baseline.json", "articles")
    article(project, "a.txt", "The quake killed 12 people.\n")
    result, report = run_json(runner, "--baseline", "baseline.json", "articles")
    assert result.exit_code == 0 and report["summary"]["stale"] == 2
    assert result.stderr == ("factlint: warning: baseline.json: 2 baselined findings no longer found; "
                             "refresh the baseline with --write-baseline baseline.json\n")
    # Entries of articles this run did not read are not stale: they may still hold.
    result, report = run_json(runner, "--baseline", "baseline.json", "articles/b.txt")
    assert report["summary"]["stale"] == 0 and result.stderr == ""


def test_paths_are_relative_to_the_baseline_file(project, runner, monkeypatch):
    """Written from one folder, used from another, with other spellings of the paths."""
    article(project, "a.txt", f"{WRONG}\n")
    (project / "ci").mkdir()
    assert run(runner, "--write-baseline", "ci/baseline.json", "./articles/").exit_code == 0
    entry = json.loads((project / "ci" / "baseline.json").read_text())["findings"][0]
    assert entry["path"] == "../articles/a.txt"
    monkeypatch.chdir(project / "ci")
    result = runner.invoke(cli, ["--rules", "../rules", "--baseline", "baseline.json", "../articles"])
    assert result.exit_code == 0, result.output
    monkeypatch.chdir(project / "articles")
    result = runner.invoke(cli, ["--rules", str(project / "rules"), "--baseline", str(project / "ci" / "baseline.json"),
                                 "a.txt"])
    assert result.exit_code == 0, result.output


def test_windows_separators_are_written_as_slashes(project, monkeypatch):
    """On Windows relpath gives backslashes; the file always holds "/"."""
    monkeypatch.setattr(os, "sep", "\\")
    monkeypatch.setattr(os.path, "relpath", lambda path, start: "articles\\a.txt")
    finding = Finding("articles/a.txt", 1, 1, "quake", "deaths", "error", "m", "15", None)
    assert json.loads(render_baseline("baseline.json", [finding]))["findings"][0]["path"] == "articles/a.txt"


def test_write_is_atomic(project, monkeypatch):
    """An interrupted write leaves the old baseline whole and no temporary file."""
    target = project / "baseline.json"
    target.write_text("old baseline", encoding="utf-8")

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    finding = Finding("articles/a.txt", 1, 1, "quake", "deaths", "error", "m", "15", None)
    with pytest.raises(KeyboardInterrupt):
        write_baseline(str(target), [finding])
    assert target.read_text(encoding="utf-8") == "old baseline"
    assert sorted(p.name for p in project.iterdir()) == ["articles", "baseline.json", "rules"]


def test_write_baseline_ignores_baseline_and_suppressions_are_not_recorded(project, runner):
    article(project, "a.txt", f"factlint: ignore[flood] reason: as printed\n{FLOOD}\n\n{WRONG}\n")
    (project / "old.json").write_text("not json", encoding="utf-8")
    result = run(runner, "--baseline", "old.json", "--write-baseline", "new.json", "articles")
    assert result.exit_code == 0 and result.stdout == "factlint: recorded 1 finding in new.json\n"
    assert [e["rule"] for e in json.loads((project / "new.json").read_text())["findings"]] == ["quake"]


@pytest.mark.parametrize("content, error", [
    (None, "missing.json: cannot read baseline: No such file or directory"),
    (b'{"version": 1, "findings": [', "missing.json:1:29: not a factlint baseline: invalid JSON: Expecting value"),
    (b"\xff\xfe\x00garbage", "missing.json: not a factlint baseline: not UTF-8 text"),
    (b"[]", 'missing.json: not a factlint baseline: expected an object with "version" and "findings"'),
    (b'{"findings": []}', 'missing.json: not a factlint baseline: expected an object with "version" and "findings"'),
    (b'{"version": 2, "findings": []}',
     "missing.json: baseline version 2 is not supported (expected 1); rewrite it with --write-baseline"),
    (b'{"version": 1, "findings": [{"path": "a.txt", "rule": "quake", "fact": "deaths"}]}',
     "missing.json: findings[0]: expected strings path, rule, fact, found and a positive integer count"),
    (b'{"version": 1, "findings": [{"path": "a", "rule": "r", "fact": "f", "found": "1", "count": 0}]}',
     "missing.json: findings[0]: expected strings path, rule, fact, found and a positive integer count"),
], ids=["missing", "truncated", "not-utf8", "not-an-object", "no-version", "other-version", "entry-key-missing",
        "zero-count"])
def test_bad_baseline_is_a_one_line_error(project, runner, content, error):
    article(project, "a.txt", f"{WRONG}\n")
    if content is not None:
        (project / "missing.json").write_bytes(content)
    result = run(runner, "--baseline", "missing.json", "articles")
    assert result.exit_code == 2
    assert result.stderr == f"factlint: error: {error}\n"
    assert result.stdout == ""
    with pytest.raises(BaselineError):
        load_baseline("missing.json")


def test_unwritable_baseline_is_an_error(project, runner):
    article(project, "a.txt", f"{WRONG}\n")
    result = run(runner, "--write-baseline", "no/such/folder/baseline.json", "articles")
    assert result.exit_code == 2
    assert result.stderr.startswith("factlint: error: no/such/folder/baseline.json: cannot write baseline:")
