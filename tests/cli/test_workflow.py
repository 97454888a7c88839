"""The newsroom workflow (issue 13), each item through the command line: a draft
checked against a published corpus, the pre-commit hook, one resolution of
settings for every entry point, rules found from the configuration, the fact
table and the text report at archive size, date order, rules that cannot
work, `factlint rules`, -V, the rule-file schema and the GitLab format.

The story, people and numbers are invented."""
from __future__ import annotations

import csv
import datetime
import glob
import io
import json
import os
import shutil
import subprocess
import sys

import pytest
import yaml

from factlint import __version__
from factlint.cli.app import cli
from tests.conftest import ROOT

RULE = """id: harlow-bridge
description: Harlow bridge collapse
scope: [bridge]
facts:
  deaths:
    kind: count
    triggers: [killed, dead, died]
    expected: 4
  injured:
    kind: count
    triggers: [injured, hurt]
"""
RIGHT = "The bridge collapse in Harlow killed 4 people and injured 11.\n"
WRONG_INJURED = "The bridge collapse in Harlow killed 4 people and injured 19.\n"
OLD_WRONG = "The bridge collapse in Harlow killed 6 people and injured 11.\n"
NOTHING = "Traffic in Harlow was diverted through the old town on Sunday.\n"


def invoke(runner, *args, input=None):
    result = runner.invoke(cli, [str(a) for a in args], input=input)
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A newsroom repository: .git, rules/ at the top, a published corpus with one old finding."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "harlow-bridge.yaml").write_text(RULE, encoding="utf-8")
    published = tmp_path / "published"
    published.mkdir()
    (published / "a.txt").write_text(RIGHT, encoding="utf-8")
    (published / "b.txt").write_text(RIGHT, encoding="utf-8")
    (published / "c.txt").write_text(OLD_WRONG, encoding="utf-8")  # last month's mistake
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- 1. a draft is judged on its own findings ---------------------------------

def test_clean_draft_against_a_corpus_with_old_findings_passes(runner, repo):
    """Before: `factlint draft.txt published/` exited 1 for c.txt's old finding."""
    (repo / "draft.txt").write_text(RIGHT, encoding="utf-8")
    result = invoke(runner, "--format", "json", "draft.txt", "--against", "published/")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["articles"] == ["draft.txt"] and report["findings"] == []
    text = invoke(runner, "draft.txt", "--against", "published/")
    assert f"factlint {__version__}: 1 article, 1 rule, compared with 3 other articles" in text.stdout


def test_a_draft_that_disagrees_with_the_corpus_fails_on_the_draft_only(runner, repo):
    (repo / "draft.txt").write_text(WRONG_INJURED, encoding="utf-8")
    result = invoke(runner, "--format", "json", "draft.txt", "--against", "published/")
    assert result.exit_code == 1
    [finding] = json.loads(result.stdout)["findings"]
    assert (finding["path"], finding["fact"], finding["found"]) == ("draft.txt", "injured", "19")
    assert {r["path"] for r in finding["related"]} <= {"published/a.txt", "published/b.txt", "published/c.txt"}


def test_stdin_with_a_corpus_is_a_draft_against_it(runner, repo):
    """`factlint - published/`: before, c.txt's old finding made it exit 1."""
    result = invoke(runner, "--format", "json", "--stdin-filename", "draft.md", "-", "published/", input=RIGHT)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["articles"] == ["draft.md"]


def test_a_draft_with_no_fact_says_so(runner, repo):
    """Before: a bare `0 passed, 0 failed, 0 skipped` and exit 0, as if checked."""
    result = invoke(runner, "-", "published/", "--stdin-filename", "draft.md", input=NOTHING)
    assert result.exit_code == 0
    assert "factlint: warning: no facts found in draft.md" in result.stderr


def test_a_draft_inside_its_corpus_is_read_once_as_a_draft(runner, repo):
    (repo / "published" / "new.txt").write_text(RIGHT, encoding="utf-8")
    result = invoke(runner, "--format", "json", "published/new.txt", "--against", "published/")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["articles"] == ["published/new.txt"]


# --- 2. the pre-commit hook honours the configuration --------------------------

def test_force_exclude_holds_named_files_to_exclude(runner, repo):
    """Before: a named README.md was checked whatever `exclude` said."""
    (repo / ".factlint.yaml").write_text("exclude: [README.md, requirements.txt]\n", encoding="utf-8")
    (repo / "README.md").write_text(OLD_WRONG, encoding="utf-8")
    (repo / "requirements.txt").write_text("bridge==4\n", encoding="utf-8")
    (repo / "new.txt").write_text(RIGHT, encoding="utf-8")
    plain = invoke(runner, "--format", "json", "README.md", "requirements.txt", "new.txt")
    assert plain.exit_code == 1  # without the flag a named file is always read, as ruff does
    forced = invoke(runner, "--format", "json", "--force-exclude", "README.md", "requirements.txt", "new.txt")
    assert forced.exit_code == 0, forced.output
    assert json.loads(forced.stdout)["articles"] == ["new.txt"]
    nothing = invoke(runner, "--force-exclude", "--quiet", "README.md")
    assert nothing.exit_code == 0 and "0 passed" in nothing.stdout


def test_hook_manifest_forces_exclude_and_is_quiet():
    with open(os.path.join(ROOT, ".pre-commit-hooks.yaml"), encoding="utf-8") as handle:
        [hook] = yaml.safe_load(handle)
    assert hook["entry"].split() == ["factlint", "--force-exclude", "--quiet"]


PRE_COMMIT = shutil.which("pre-commit") or (
    os.path.join(os.path.dirname(sys.executable), "pre-commit")
    if os.path.exists(os.path.join(os.path.dirname(sys.executable), "pre-commit")) else None)


@pytest.mark.slow
@pytest.mark.skipif(PRE_COMMIT is None or shutil.which("git") is None,
                    reason="pre-commit not installed: pip install -e '.[test]' (or pip install pre-commit) "
                           "to run the hook through `pre-commit try-repo`")
def test_pre_commit_try_repo_runs_the_hook_as_configured(tmp_path):
    """A real `pre-commit try-repo` of this checkout in a newsroom repository whose
    configuration excludes README.md: a wrong README no longer fails the commit, a
    wrong article does, and only its finding is printed. One run only: pre-commit builds
    the hook's environment from this checkout each time (some 25 seconds, the slowest
    test of the suite), in a temporary PRE_COMMIT_HOME so that nothing accumulates."""
    newsroom = tmp_path / "newsroom"
    newsroom.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.invalid", "FACTLINT_CACHE_DIR": str(tmp_path / "cache")}
    subprocess.run(["git", "init", "-q"], cwd=newsroom, check=True, env=env)
    (newsroom / "rules").mkdir()
    (newsroom / "rules" / "harlow-bridge.yaml").write_text(RULE, encoding="utf-8")
    (newsroom / ".factlint.yaml").write_text("exclude: [README.md]\n", encoding="utf-8")
    (newsroom / "README.md").write_text("# Desk notes\n\n" + OLD_WRONG, encoding="utf-8")
    (newsroom / "a.txt").write_text(RIGHT, encoding="utf-8")
    (newsroom / "b.txt").write_text(OLD_WRONG, encoding="utf-8")
    subprocess.run(["git", "add", "-A"], cwd=newsroom, check=True, env=env)
    run = subprocess.run([PRE_COMMIT, "try-repo", ROOT, "factlint"], cwd=newsroom, env=env,
                         capture_output=True, text=True, timeout=300)
    out = run.stdout.split("- hook id: factlint", 1)[-1]
    assert run.returncode == 1, run.stdout + run.stderr
    assert "b.txt:1:" in out and "[harlow-bridge.deaths]" in out
    assert "README.md" not in out  # staged and named to the hook, but excluded by the configuration
    assert not [line for line in out.splitlines() if line.startswith("a.txt")]  # --quiet: no lines of marks
    assert "1 failed" in out


# --- 3. every entry point reads the same settings ----------------------------------

def test_report_and_facts_honour_the_configured_baseline(runner, repo, tmp_path):
    """Before: check said 0 failed while the report showed the disagreement."""
    assert invoke(runner, "--write-baseline", "baseline.json", "published/").exit_code == 0
    (repo / ".factlint.yaml").write_text("baseline: baseline.json\n", encoding="utf-8")
    assert invoke(runner, "published/").exit_code == 0
    page = repo / "report.html"
    result = invoke(runner, "report", "-o", page, "published/")
    assert result.exit_code == 0
    assert "(3 articles, 0 disagreements)" in result.stderr
    assert "1 recorded in it and not shown" in page.read_text(encoding="utf-8")
    facts = json.loads(invoke(runner, "facts", "--format", "json", "published/").stdout)
    assert not [c for f in facts["facts"] for cells in f["cells"].values() for c in cells if c["disagrees"]]


def test_check_writes_the_editors_report_in_the_same_run(runner, repo):
    result = invoke(runner, "--output-file", "html:out/report.html", "--output-file", "also.html", "published/")
    assert result.exit_code == 1
    for path in ("out/report.html", "also.html"):
        page = (repo / path).read_text(encoding="utf-8")
        assert page.startswith("<!DOCTYPE html>") and "harlow-bridge.deaths" in page


def test_compare_has_the_output_options_of_check(runner, repo):
    facts = repo / "facts.jsonl"
    assert invoke(runner, "extract", "-o", facts, "published/").exit_code == 0
    quiet = invoke(runner, "compare", "-q", "--statistics", "--output-file", "sarif:out.sarif",
                   "--color", "never", facts)
    assert quiet.exit_code == 1
    assert not quiet.stdout.startswith(f"factlint {__version__}") and "harlow-bridge.deaths" in quiet.stdout
    assert json.loads((repo / "out.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert invoke(runner, "compare", "--exit-zero", facts).exit_code == 0
    assert invoke(runner, "--write-baseline", "baseline.json", "published/").exit_code == 0
    assert invoke(runner, "compare", "--baseline", "baseline.json", facts).exit_code == 0
    (repo / ".factlint.yaml").write_text("baseline: baseline.json\n", encoding="utf-8")
    assert invoke(runner, "compare", facts).exit_code == 0  # the configured baseline too


def test_pytest_plugin_reads_the_configuration(repo):
    """Before: the plugin read no .factlint.yaml and failed on the baselined finding."""
    (repo / "articles").mkdir()
    shutil.move(str(repo / "rules"), str(repo / "house-rules"))
    for name in ("a.txt", "c.txt"):
        shutil.copy(repo / "published" / name, repo / "articles" / name)
    (repo / ".factlint.yaml").write_text("rules: [house-rules]\nexclude: [c.txt]\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--factlint", "articles/",
                          "-q", "-rs"], cwd=repo, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": ROOT})
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 passed, 1 skipped" in run.stdout


# --- 4. rules are found from the configuration, not the working folder ------------

def test_rules_found_from_a_subfolder(runner, repo, monkeypatch):
    """Before: `factlint ../published` in a subfolder said `rules: no such rules folder`."""
    (repo / "desk").mkdir()
    monkeypatch.chdir(repo / "desk")
    result = invoke(runner, "--format", "json", "../published")
    assert result.exit_code == 1, result.stderr
    assert json.loads(result.stdout)["findings"][0]["path"] == "../published/c.txt"
    (repo / ".factlint.yaml").write_text("fail-on: error\n", encoding="utf-8")  # beside the config file
    assert invoke(runner, "../published").exit_code == 1


def test_default_rules_folder_beside_the_config_file_wins(runner, repo, monkeypatch):
    """A desk with its own .factlint.yaml and rules/ (no `rules` key): its rules, not the repository's."""
    desk = repo / "desk"
    (desk / "rules").mkdir(parents=True)
    (desk / "rules" / "harlow-bridge.yaml").write_text(RULE.replace("expected: 4", "expected: 6"), encoding="utf-8")
    (desk / ".factlint.yaml").write_text("fail-on: error\n", encoding="utf-8")
    (desk / "notes").mkdir()
    monkeypatch.chdir(desk / "notes")
    result = invoke(runner, "--format", "json", "../../published")
    assert [f["path"] for f in json.loads(result.stdout)["findings"]] == ["../../published/a.txt",
                                                                          "../../published/b.txt"]
    missing = invoke(runner, "--isolated", "../../published")  # no config file: the repository root's
    assert missing.exit_code == 1 and "published/c.txt" in missing.stdout


def test_missing_default_rules_folder_says_where_it_looked(runner, repo, monkeypatch):
    shutil.rmtree(repo / "rules")
    (repo / "desk").mkdir()
    monkeypatch.chdir(repo / "desk")
    result = invoke(runner, "../published")
    assert result.exit_code == 2
    assert "../rules: no such rules folder (the default 'rules', looked for at the repository root)" in result.stderr


def test_configured_rules_are_taken_from_the_config_file(runner, repo, monkeypatch):
    shutil.move(str(repo / "rules"), str(repo / "house-rules"))
    (repo / ".factlint.yaml").write_text("rules: [house-rules]\n", encoding="utf-8")
    (repo / "desk").mkdir()
    monkeypatch.chdir(repo / "desk")
    assert invoke(runner, "../published").exit_code == 1


@pytest.mark.parametrize("typo, command", [("test-rule", "test-rules"), ("repot", "report"), ("fatcs", "facts")])
def test_mistyped_command_is_named(runner, repo, typo, command):
    result = invoke(runner, typo)
    assert result.exit_code == 2
    assert f"no such command '{typo}'; did you mean {command}?" in result.stderr


def test_a_path_named_like_a_command_is_still_a_path(runner, repo):
    (repo / "repot").mkdir()
    (repo / "repot" / "x.txt").write_text(RIGHT, encoding="utf-8")
    assert invoke(runner, "repot").exit_code == 0


# --- 6. the fact table fits a terminal; csv ------------------------------------

@pytest.fixture
def wide(repo):
    folder = repo / "archive"
    folder.mkdir()
    for i in range(40):
        text = RIGHT if i % 7 else WRONG_INJURED
        (folder / f"harlow-bridge-story-{i:03d}.txt").write_text(text, encoding="utf-8")
    (folder / "zz-nothing.txt").write_text(NOTHING, encoding="utf-8")
    return folder


def test_facts_table_wider_than_the_terminal_prints_per_fact(runner, wide, monkeypatch):
    """Before: one line of 40 columns, whatever the terminal."""
    import factlint.cli.run as cli_run

    table = invoke(runner, "facts", "archive").stdout
    assert max(map(len, table.splitlines())) > 200  # off a terminal: the table, as before
    monkeypatch.setattr(cli_run, "_stdout_is_terminal", lambda: True)
    monkeypatch.setattr(cli_run, "_terminal_width", lambda: 100)
    blocks = invoke(runner, "facts", "archive").stdout
    lines = blocks.splitlines()
    assert lines[0] == "harlow-bridge.deaths"
    assert lines[1].startswith("  4 → 40: archive/harlow-bridge-story-000.txt, ")
    assert max(map(len, lines)) < 100  # wrapped to the terminal
    assert lines[2].startswith("      archive/harlow-bridge-story-")
    assert "harlow-bridge.injured" in lines and any(line.startswith("  19 ✗ → 6: ") for line in lines)
    assert "no facts: archive/zz-nothing.txt" in lines


def test_facts_csv(runner, wide):
    result = invoke(runner, "facts", "--format", "csv", "archive")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 80  # 40 articles, 2 facts each; the one with none has no row
    assert rows[0] == {"article": "archive/harlow-bridge-story-000.txt", "rule": "harlow-bridge", "fact": "deaths",
                       "value": "4", "text": "4", "line": "1", "column": "38", "disagrees": "no"}
    assert {r["value"] for r in rows if r["disagrees"] == "yes"} == {"19"}


# --- 7. terminal output ---------------------------------------------------------

def test_separators_follow_the_terminal_and_full_source(runner, repo, monkeypatch):
    import factlint.cli.run as cli_run

    long = ("After a night of searching beneath the river, the emergency services said the bridge collapse in "
            "Harlow on the eastern ring road, which engineers had inspected in the spring, killed 6 people "
            "according to the county coroner.\n")
    (repo / "published" / "c.txt").write_text(long, encoding="utf-8")
    plain = invoke(runner, "--quiet", "published/").stdout
    assert plain.splitlines()[0] == " FAILURES ".center(72, "=")  # a file or a pipe: 72 as before
    assert "After a night" not in plain  # cut around the value
    monkeypatch.setattr(cli_run, "_stdout_is_terminal", lambda: True)
    monkeypatch.setattr(cli_run, "_terminal_width", lambda: 120)
    wide = invoke(runner, "--quiet", "--color", "never", "published/").stdout
    assert wide.splitlines()[0] == " FAILURES ".center(119, "=")
    full = invoke(runner, "--quiet", "--color", "never", "--show-source", "full", "published/").stdout
    assert long.strip() in full


def test_see_lines_do_not_repeat_a_path(runner, repo):
    (repo / "published" / "d.txt").write_text(
        "The bridge collapse killed 4 people.\nLater the bridge toll was 7 dead.\n", encoding="utf-8")
    out = invoke(runner, "published/d.txt").stdout
    assert "see:      line 1:28 (4)" in out
    assert out.count("published/d.txt") == 2  # the line of marks and the headline; not the see: line


def test_paths_under_the_current_folder_have_no_dot_slash(runner, repo, monkeypatch):
    monkeypatch.chdir(repo / "published")
    out = invoke(runner, ".").stdout
    assert "\na.txt " in out and "./" not in out
    named = json.loads(invoke(runner, "--format", "json", "./c.txt", "./").stdout)
    assert named["articles"] == ["c.txt", "a.txt", "b.txt"] and named["findings"][0]["path"] == "c.txt"


def test_progress_line_only_on_a_terminal_after_a_delay():
    from factlint.cli.output import Progress

    ticks = iter([0.0, 0.5, 2.5, 3.0])
    stream = io.StringIO()
    with Progress(stream, True, clock=lambda: next(ticks)) as update:
        update(1)  # half a second in: nothing yet
        update(2)
        update(3)
    assert stream.getvalue() == "\rfactlint: read 2 articles…\rfactlint: read 3 articles…\r\x1b[K"
    quiet = io.StringIO()
    with Progress(quiet, False) as update:
        assert update is None


def test_no_progress_line_in_a_pipe(runner, repo):
    assert invoke(runner, "published/").stderr == ""


# --- 10. numeric dates have a declared order --------------------------------------

DATE_RULE = """id: harlow-vote
scope: [vote]
facts:
  day:
    kind: date
    triggers: [held]
    expected: {expected}
"""


def _date_rule(repo, expected, order=None):
    text = DATE_RULE.format(expected=expected)
    if order:
        text = f"date-order: {order}\n" + text
    (repo / "rules" / "harlow-vote.yaml").write_text(text, encoding="utf-8")


def test_ambiguous_expected_date_is_an_error(runner, repo):
    """Before: '01/02/2024' silently became 1 February."""
    _date_rule(repo, "01/02/2024")
    result = invoke(runner, "published/")
    assert result.exit_code == 2
    assert "facts.day.expected: '01/02/2024' is ambiguous: day or month first?" in result.stderr
    _date_rule(repo, "13/02/2024")  # a part over 12: no doubt
    assert invoke(runner, "published/").exit_code == 1


@pytest.mark.parametrize("order, where, article_date, exit_code", [
    ("mdy", "rule", "01/02/2024", 0), ("dmy", "rule", "01/02/2024", 0),
    ("mdy", "config", "01/02/2024", 0), ("mdy", "cli", "01/02/2024", 0),
    ("mdy", "rule", "02/01/2024", 1), ("dmy", "cli", "02/01/2024", 1),
])
def test_date_order_from_rule_config_or_command_line(runner, repo, order, where, article_date, exit_code):
    _date_rule(repo, "'01/02/2024'" if where == "rule" else "2024-01-02" if order == "mdy" else "2024-02-01",
               order if where == "rule" else None)
    if where == "config":
        (repo / ".factlint.yaml").write_text(f"date-order: {order}\n", encoding="utf-8")
    (repo / "vote.txt").write_text(f"The vote was held on {article_date} in Harlow.\n", encoding="utf-8")
    args = ["--date-order", order] if where == "cli" else []
    result = invoke(runner, "--format", "json", "--select", "harlow-vote", *args, "vote.txt")
    assert result.exit_code == exit_code, result.stdout + result.stderr


def test_bad_date_order_in_a_rule_file(runner, repo):
    _date_rule(repo, "2024-01-02", "ymd")
    result = invoke(runner, "published/")
    assert result.exit_code == 2 and "date-order: expected mdy (01/02/2024 is January 2) or dmy" in result.stderr


# --- 11. rules that cannot work are errors ------------------------------------------

@pytest.mark.parametrize("triggers, message", [
    ("drones, attack drones", "facts.injured.triggers: 'drones, attack drones' is one string, not a list"),
    ("[yes, hurt]", "YAML read a word as true (unquoted yes, no, on, off, true and false are booleans)"),
    ("[1998]", "YAML read 1998 as a number: quote it, as in '1998'"),
    ("[hurt, '']", "an empty item"),
])
def test_rules_that_cannot_work(runner, repo, triggers, message):
    """Before: a comma string was one term that matched nothing; yes/1998 had no hint."""
    (repo / "rules" / "harlow-bridge.yaml").write_text(RULE.replace("[injured, hurt]", triggers), encoding="utf-8")
    result = invoke(runner, "published/")
    assert result.exit_code == 2
    assert message in result.stderr


def test_unused_rules_say_why(runner, repo):
    rules = repo / "rules"
    (rules / "harlow-fire.yaml").write_text(
        "scope: [fire]\nfacts:\n  crews:\n    kind: count\n    triggers: [crews]\n", encoding="utf-8")
    (rules / "harlow-river.yaml").write_text(
        "scope: [bridge]\nfacts:\n  boats:\n    kind: count\n    triggers: [boats]\n", encoding="utf-8")
    (rules / "harlow-toll.yaml").write_text(
        "scope: [bridge]\nfacts:\n  toll:\n    kind: count\n    triggers: [killed]\n", encoding="utf-8")
    result = invoke(runner, "--warn-unused-rules", "published/")
    assert "rule 'harlow-fire' (rules/harlow-fire.yaml) matched nothing in 3 articles: " \
           "no sentence has its scope words (fire)" in result.stderr
    assert "'harlow-river' (rules/harlow-river.yaml) matched nothing in 3 articles: 3 sentences in scope, " \
           "none with a trigger (boats)" in result.stderr
    assert "'harlow-toll' (rules/harlow-toll.yaml) matched nothing in 3 articles: the values of its 3 " \
           "sentences with scope and trigger words were taken by 'harlow-bridge'" in result.stderr


# --- 12. conventions users expect ---------------------------------------------------

def test_rules_command_lists_facts_expected_values_and_descriptions(runner, repo):
    out = invoke(runner, "rules").stdout
    assert out.startswith("harlow-bridge  (rules/harlow-bridge.yaml:1)\n  Harlow bridge collapse\n")
    assert "  harlow-bridge.deaths  [count, error]\n      expected:  4\n" in out
    assert "  harlow-bridge.injured  [count, error]\n      expected:  (none: articles must agree)\n" in out
    assert out.endswith("\n1 rule\n")
    (repo / ".factlint.yaml").write_text("format: json\n", encoding="utf-8")
    assert invoke(runner, "rules").stdout == out  # the configured report format is not the listing's
    (repo / ".factlint.yaml").unlink()
    data = json.loads(invoke(runner, "rules", "--format", "json", "harlow").stdout)
    assert [f["expected"] for f in data[0]["facts"]] == ["4", None]
    (repo / "rules" / "lind-title.yaml").write_text(
        "facts:\n  title:\n    kind: title\n    person: Ada Lind\n    accepted: [Harlow mayor]\n"
        "    wrong: [Harlow sheriff]\n", encoding="utf-8")
    title = invoke(runner, "rules", "lind").stdout
    assert "      person:    Ada Lind\n      expected:  Harlow mayor\n      wrong:     Harlow sheriff\n" in title
    missing = invoke(runner, "rules", "harlow-brige")
    assert missing.exit_code == 2 and "no rule 'harlow-brige'; did you mean harlow-bridge?" in missing.stderr


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version_flags(runner, flag):
    result = invoke(runner, flag)
    assert result.exit_code == 0 and result.stdout.startswith("factlint, version ")


def test_facts_json_carries_the_tool_key(runner, repo):
    check = json.loads(invoke(runner, "--format", "json", "published/").stdout)
    facts = json.loads(invoke(runner, "facts", "--format", "json", "published/").stdout)
    assert facts["tool"] == check["tool"] == {"name": "factlint", "version": check["tool"]["version"]}


def test_gitlab_code_quality(runner, repo):
    result = invoke(runner, "--format", "gitlab", "published/")
    assert result.exit_code == 1
    [issue] = json.loads(result.stdout)
    assert issue["check_name"] == "harlow-bridge.deaths" and issue["severity"] == "major"
    assert issue["location"] == {"path": "published/c.txt", "lines": {"begin": 1, "end": 1}}
    (repo / "published" / "c.txt").write_text("\n\n" + OLD_WRONG, encoding="utf-8")
    [moved] = json.loads(invoke(runner, "--format", "gitlab", "published/").stdout)
    assert moved["fingerprint"] == issue["fingerprint"]  # stable when the article moves down


def _schema():
    from importlib.resources import files

    return json.loads(files("factlint.rules").joinpath("schema.json").read_text(encoding="utf-8"))


def _json_ready(value):
    """YAML data as JSON has it (a date in `expected` becomes its ISO string)."""
    if isinstance(value, dict):
        return {str(k): _json_ready(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_ready(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


RULE_FILES = sorted(glob.glob(os.path.join(ROOT, "rules", "*.yaml"))
                    + glob.glob(os.path.join(ROOT, "examples", "*", "rules", "*.yaml")))


@pytest.mark.parametrize("path", RULE_FILES, ids=[os.path.relpath(p, ROOT) for p in RULE_FILES])
def test_every_shipped_rule_matches_the_schema(path):
    import jsonschema

    with open(path, encoding="utf-8") as handle:
        jsonschema.validate(_json_ready(yaml.safe_load(handle)), _schema(), jsonschema.Draft202012Validator)


def test_schema_follows_the_loader():
    """The schema's keys and kinds are the loader's, so it cannot drift from it."""
    from factlint.kinds import KINDS
    from factlint.rules.validate import FACT_KEYS, RULE_KEYS

    schema = _schema()
    assert set(schema["properties"]) == RULE_KEYS
    fact = schema["$defs"]["fact"]
    assert set(fact["properties"]) == FACT_KEYS | {o for kind in KINDS.values() for o in kind.options}
    assert set(fact["properties"]["kind"]["enum"]) == set(KINDS)
    # Each kind's forbidden keys are the ones its loader rejects.
    for condition in fact["allOf"]:
        kind = KINDS[condition["if"]["properties"]["kind"]["const"]]
        then = condition["then"]
        nots = then["allOf"][0] if "allOf" in then else then
        forbidden = {r["required"][0] for r in nots["not"]["anyOf"]}
        options = {o for k in KINDS.values() for o in k.options}
        assert forbidden == set(kind.unused_keys) | (options - set(kind.options)), kind.name


@pytest.mark.parametrize("bad", [
    {"facts": {"x": {"kind": "count", "triggers": "drones, attack drones"}}},
    {"facts": {"x": {"kind": "cuont"}}},
    {"facts": {"x": {"kind": "title"}}},  # no person
    {"facts": {"x": {"kind": "title", "person": "Ada Lind", "window": 3}}},
    {"facts": {"x": {"kind": "count", "unit": "km"}}},
    {"facts": {"x": {"kind": "count", "triggers": [True]}}},
    {"date-order": "ymd", "facts": {"x": {"kind": "date"}}},
    {"facts": {}},
])
def test_schema_rejects_what_the_loader_rejects(bad):
    import jsonschema

    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, _schema(), jsonschema.Draft202012Validator)


# --- 13. docs match behaviour: the messages they list ----------------------------------

def test_dangling_symlink_is_not_a_vanished_file(runner, repo):
    """Before: `cannot read: the file vanished during the run`, exit 2."""
    os.symlink(repo / "gone.txt", repo / "published" / "link.txt")
    result = invoke(runner, "--format", "json", "published/")
    assert result.exit_code == 1  # c.txt's finding, nothing worse
    assert "published/link.txt: a broken symbolic link (to " in result.stderr and "vanished" not in result.stderr


def test_docs_example_of_the_per_fact_blocks_is_real(monkeypatch):
    """docs/output.md's block example is what `facts` prints for the earthquake example."""
    import re

    from factlint.engine import check_paths
    from factlint.reporters.facts_table import render_blocks
    from factlint.rules import load_rules

    with open(os.path.join(ROOT, "docs", "output.md"), encoding="utf-8") as handle:
        text = handle.read()
    [example] = re.findall(r"```\n(arvan-earthquake\.depth\n.*?)```", text, flags=re.S)
    monkeypatch.chdir(ROOT)
    report = check_paths(["examples/earthquake/articles"], load_rules("examples/earthquake/rules"))
    assert example in render_blocks(report)
