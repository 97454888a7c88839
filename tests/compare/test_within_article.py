"""Within one article, disagreements are reported even when the rule has an expected value:
a reference that allows several values (a range, a timeline) does not let one article give
two of them for the same fact. Every story here is invented."""
from __future__ import annotations

import pytest

from factlint.engine import check_paths
from factlint.rules import load_rule_file

RULE = """\
id: marlow-flood
description: Flood at Marlow Bridge
scope: [flood*]
facts:
  homes:
    kind: count
    triggers: [homes, houses]
    expected: between 40 and 45
  crest:
    kind: quantity
    unit: m
    triggers: [crest*, peak*]
    expected: 4.2 m
    tolerance: 10%
"""


def check(tmp_path, text):
    (tmp_path / "rule.yaml").write_text(RULE, encoding="utf-8")
    rule, problems = load_rule_file(str(tmp_path / "rule.yaml"))
    assert not problems
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    report = check_paths([str(tmp_path / "a.txt")], (rule,))
    return {(f.fact, f.line): f for f in report.findings}


@pytest.mark.parametrize("text", [
    "The flood destroyed 40 homes in Marlow.\n\nOfficials later said the flood destroyed 45 homes.\n",
    "The flood swept away 40 houses.\n\nIn all, 45 homes were lost to the flood.\n",
    "Forty homes were lost in the flood.\n\nThe flood wrecked 45 houses, the council said.\n",
])
def test_two_accepted_values_in_one_article_disagree(tmp_path, text):
    got = check(tmp_path, text)
    assert list(got) == [("homes", 3)]
    finding = got["homes", 3]
    assert finding.severity == "error"
    assert "homes is 45, but earlier in this article it is 40" in finding.message
    assert finding.related[0].line == 1


def test_a_quantity_within_the_tolerance_twice_but_apart(tmp_path):
    got = check(tmp_path, "The flood crested at 3.9 m on Sunday.\n\nThe flood's peak was 4.6 m, the agency said.\n")
    assert list(got) == [("crest", 3)]


@pytest.mark.parametrize("text", [
    # the same value twice, or values that agree
    "The flood destroyed 40 homes.\n\nThe 40 houses lost in the flood stood by the river.\n",
    "The flood destroyed 42 homes.\n\nAbout 42 houses were lost in the flood.\n",
    # a time cue explains the change
    "The flood destroyed 45 homes.\n\nThe council had initially counted 40 homes lost in the flood.\n",
    "Update: the flood destroyed 45 homes.\n\nThe flood destroyed 40 homes so far, officials said on Sunday.\n",
    # one mention only
    "The flood destroyed 45 homes.\n",
])
def test_no_disagreement_when_values_agree_or_something_explains_them(tmp_path, text):
    got = check(tmp_path, text)
    assert not [k for k in got if k[0] == "homes"]


def test_a_value_against_the_reference_is_flagged_once(tmp_path):
    """A mention the reference already flags is not flagged again as a disagreement."""
    got = check(tmp_path, "The flood destroyed 40 homes.\n\nThe flood destroyed 70 houses.\n")
    assert list(got) == [("homes", 3)]
    assert "expected" in got["homes", 3].message or "40" not in got["homes", 3].message


def test_other_articles_do_not_count(tmp_path):
    """Two articles giving two accepted values is no self-contradiction."""
    (tmp_path / "rule.yaml").write_text(RULE, encoding="utf-8")
    rule, _ = load_rule_file(str(tmp_path / "rule.yaml"))
    (tmp_path / "a.txt").write_text("The flood destroyed 40 homes.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The flood destroyed 45 homes.\n", encoding="utf-8")
    report = check_paths([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], (rule,))
    assert not report.findings
