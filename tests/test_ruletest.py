"""The rules' own tests: `examples` validation, what makes an example pass,
`factlint test-rules`, and `check --warn-unused-rules`."""
from __future__ import annotations

import os
import re
import textwrap

import pytest

from factlint.cli.app import cli
from factlint.errors import RuleError
from factlint.rules import load_rules
from factlint.ruletest import run_examples
from tests.conftest import ROOT, RULES

EARTHQUAKE_RULES = os.path.join(ROOT, "examples", "earthquake", "rules")

QUAKE = """\
id: quake
description: Arvan earthquake
scope: [quake*, earthquake*]
facts:
  deaths:
    kind: count
    triggers: [killed, dead]
    expected: 1214
"""


def write_rule(folder, examples: str, rule: str = QUAKE, name: str = "quake.yaml") -> str:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(rule + textwrap.dedent(examples), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("folder", [RULES, EARTHQUAKE_RULES])
def test_every_shipped_rule_has_examples_and_passes_them(runner, folder):
    """Each shipped rule tests itself with at least two pass and two fail examples."""
    rules = load_rules(folder)
    for rule in rules:
        expects = [e.expect for e in rule.examples]
        assert expects.count("pass") >= 2 and expects.count("fail") >= 2, rule.id
    result = runner.invoke(cli, ["test-rules", folder])
    total = sum(len(r.examples) for r in rules)
    assert result.exit_code == 0, result.stdout
    assert result.stdout.splitlines()[-1] == f"{total} passed, 0 failed"
    assert "no examples" not in result.stdout


@pytest.mark.parametrize("expect, passage, ok", [
    ("pass", "The quake killed 1,214 people.", True),
    ("pass", "The earthquake left 1,214 dead.", True),
    ("pass", "The quake killed more than 1,200 people.", True),  # agrees with 1,214
    ("pass", "The quake killed 5 people.", False),               # a finding
    ("pass", "The flood killed 1,214 people.", False),           # out of scope: no fact
    ("pass", "The quake destroyed 1,214 homes.", False),         # no trigger: no fact
    ("fail", "The quake killed 5 people.", True),
    ("fail", "The quake killed 1,214 people.", False),           # no finding
    ("fail", "The flood killed 5 people.", False),               # nothing read
    # Only the rule's own findings count, not the unit-conversion check's.
    ("fail", "The quake struck 10 km (16 miles) away.", False),
    ("pass", "The quake killed 1,214 people 10 km (16 miles) away.", True),
])
def test_example_verdict(tmp_path, expect, passage, ok):
    """pass: at least one fact of the rule and no finding; fail: at least one finding."""
    write_rule(tmp_path, f"""\
        examples:
          {expect}:
            - "{passage}"
        """)
    [result] = run_examples(load_rules(str(tmp_path)))
    assert result.ok is ok


def test_examples_are_read_alone(tmp_path):
    """Each passage is its own corpus: a pass example is not compared with the others."""
    rule = QUAKE.replace("    expected: 1214\n", "")
    write_rule(tmp_path, """\
        examples:
          pass:
            - "The quake killed 5 people."
            - "The quake killed 1,214 people."
          fail:
            - "The quake killed 5 people. Later the quake was said to have killed 1,214."
        """, rule)
    assert [r.ok for r in run_examples(load_rules(str(tmp_path)))] == [True, True, True]


@pytest.mark.parametrize("examples, problem", [
    ("examples: [a, b]\n", "quake.yaml:9: examples: expected a mapping with 'pass' and/or 'fail'"),
    ("examples:\n  pass: [\"The quake killed 1,214.\"]\n  fial: [x]\n",
     "quake.yaml:11: examples.fial: unknown key (did you mean 'fail'?)"),
    ("examples:\n  pass: The quake killed 1,214.\n", "quake.yaml:10: examples.pass: expected a list of passages"),
    ("examples:\n  fail: []\n", "quake.yaml:10: examples.fail: expected a list of passages"),
    ("examples:\n  pass:\n    - The quake killed 1,214.\n    - 1214\n",
     "quake.yaml:12: examples.pass[2]: expected a non-empty passage (a string)"),
    ("examples:\n  fail:\n    - \"  \"\n", "quake.yaml:11: examples.fail[1]: expected a non-empty passage"),
])
def test_examples_are_validated_at_load(tmp_path, examples, problem):
    write_rule(tmp_path, examples)
    with pytest.raises(RuleError) as caught:
        load_rules(str(tmp_path))
    assert len(caught.value.problems) == 1 and problem in caught.value.problems[0]


def test_test_rules_report_and_exit_status(runner, tmp_path):
    """A line per example, a failures section saying what was read, a tally; exit 1."""
    path = write_rule(tmp_path / "rules", """\
        examples:
          pass:
            - "The quake killed 1,214 people."
            - "The quake killed 12 people."
          fail:
            - "The flood killed 5 people."
        """)
    result = runner.invoke(cli, ["test-rules", str(tmp_path / "rules")])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "factlint test-rules: 1 rule, 3 examples"
    assert [ln.split() for ln in lines[2:5]] == [
        ["quake", "pass", "example", "#1", "ok"], ["quake", "pass", "example", "#2", "FAILED"],
        ["quake", "fail", "example", "#1", "FAILED"]]
    assert f"{path}:12: quake pass example #2: expected no finding, got 1" in lines
    assert "      1:18 deaths = 12" in lines
    assert any(re.match(r"    example:1:18: error \[quake\.deaths\]", ln) for ln in lines)
    assert f"{path}:14: quake fail example #1: expected a finding of this rule, got none" in lines
    assert "    extracted: nothing" in lines
    assert lines[-1] == "1 passed, 2 failed"


def test_test_rules_takes_files_and_folders(runner, tmp_path):
    one = write_rule(tmp_path / "a", "examples:\n  pass: [\"The quake killed 1,214 people.\"]\n")
    write_rule(tmp_path / "b", "", QUAKE.replace("id: quake", "id: other"))
    result = runner.invoke(cli, ["test-rules", one, str(tmp_path / "b")])
    assert result.exit_code == 0
    assert "factlint test-rules: 2 rules, 1 example" in result.stdout
    assert "no examples: other" in result.stdout
    assert result.stdout.endswith("\n1 passed, 0 failed\n")


@pytest.mark.parametrize("args, message", [
    (["test-rules", "no-such-folder"], "no-such-folder: no such rules folder"),
    (["test-rules", "@bad"], "quake.yaml:11: examples.pass[1]: expected a non-empty passage"),
])
def test_test_rules_errors_exit_2(runner, tmp_path, args, message):
    bad = write_rule(tmp_path, "examples:\n  pass:\n    - \"\"\n")
    result = runner.invoke(cli, [bad if a == "@bad" else a for a in args])
    assert result.exit_code == 2
    assert "factlint: error: invalid rules (1 problem):" in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("article, exit_code", [("The quake killed 1,214 people.\n", 0),
                                                ("The quake killed 5 people.\n", 1)])
def test_warn_unused_rules(runner, tmp_path, article, exit_code):
    """A rule whose scope word is misspelt matches nothing: a warning, exit status unchanged."""
    rules = tmp_path / "rules"
    write_rule(rules, "")
    write_rule(rules, "", QUAKE.replace("id: quake", "id: typo").replace("[quake*, earthquake*]", "[qauke*]"),
               name="typo.yaml")
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Nothing here.\n", encoding="utf-8")
    args = ["check", "--rules", str(rules), str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    warned = runner.invoke(cli, [*args[:1], "--warn-unused-rules", *args[1:]])
    quiet = runner.invoke(cli, args)
    warning = f"factlint: warning: rule 'typo' ({rules / 'typo.yaml'}) matched nothing in 2 articles: "
    warning += "no sentence has its scope words (qauke*)"
    assert warned.stderr.splitlines() == [warning]
    assert quiet.stderr == ""
    assert warned.exit_code == quiet.exit_code == exit_code
    assert warned.stdout == quiet.stdout


def test_seed_rules_all_match_the_seeds(runner):
    from tests.conftest import SEEDS
    result = runner.invoke(cli, ["check", "--warn-unused-rules", "--rules", RULES, SEEDS])
    assert result.exit_code == 1 and "matched nothing" not in result.stderr
