"""Counts written without a plain number: ordinals of a running count, "no
bodies", one person; a part whose whole is unstated; and numbers that are no
counts at all (street numbers, citation marks) (issue 11, items 2-4)."""
import textwrap

import pytest

from factlint.extract.extract import extract_facts
from factlint.read.document import make_document
from factlint.rules import load_rules

FIRE = """\
id: fire
scope: [fire, Kessel]
facts:
  deaths:
    kind: count
    triggers: [killed, dead, died, deaths, shot to death]
    window: 10
  children:
    kind: count
    triggers: [children, child]
    part_of: deaths
    window: 0
  injured:
    kind: count
    triggers: [injured, wounded, hurt]
  bodies:
    kind: count
    triggers: [bodies, body, recovered, found]
    window: 4
"""


@pytest.fixture
def rules(tmp_path):
    (tmp_path / "fire.yaml").write_text(textwrap.dedent(FIRE), encoding="utf-8")
    return load_rules(str(tmp_path))


def read(rules, text):
    return {(f.fact, f.display) for f in extract_facts(make_document("a.txt", text), rules)}


@pytest.mark.parametrize("text, expected", [
    ("Third Kessel fire victim found", ("bodies", "at least 3")),
    ("A fourth victim of the Kessel warehouse fire was recovered on Sunday.", ("bodies", "at least 4")),
    ("The sixth and final victim of the great Kessel fire has been found, police said.", ("bodies", "6")),
    ("The body of a second victim of the Kessel fire was found.", ("bodies", "at least 2")),
])
def test_an_ordinal_victim_is_a_running_count(rules, text, expected):
    assert expected in read(rules, text)


@pytest.mark.parametrize("text, expected", [
    ("After the Kessel fire, no bodies have been recovered.", ("bodies", "0")),
    ("No deaths were reported in the Kessel fire.", ("deaths", "0")),
    ("The Kessel fire left no injured, officials said.", ("injured", "0")),
    ("No one knows how the Kessel fire began; 12 people died.", ("deaths", "12")),
])
def test_no_bodies_is_zero(rules, text, expected):
    got = read(rules, text)
    if expected:
        assert expected in got
    else:
        assert not any(fact == "injured" for fact, _ in got)


@pytest.mark.parametrize("text", [
    "In the Kessel fire a man was shot to death by a looter.",
    "A 91-year-old woman died in the Kessel fire.",
    "An elderly resident was killed when the Kessel fire spread.",
    "During the Kessel fire a motorist died on the ring road.",
])
def test_one_person_is_one_death(rules, text):
    assert ("deaths", "1") in read(rules, text)


@pytest.mark.parametrize("text", [
    "In the Kessel fire a man was rescued by neighbours.",
    "A woman who lost her home in the Kessel fire spoke to us.",
])
def test_one_person_without_a_death_predicate_is_no_death(rules, text):
    assert not any(fact == "deaths" for fact, _ in read(rules, text))


@pytest.mark.parametrize("text, expected, not_read", [
    ("Three patients wounded in the Kessel fire later died.", None, ("injured", "3")),
    ("Four people hurt in the Kessel fire subsequently died in hospital.", None, ("injured", "4")),
    ("Twelve people were wounded in the Kessel fire.", ("injured", "12"), None),
    ("Five people were hurt in the Kessel fire, and one later died.", ("injured", "5"), None),
])
def test_wounded_who_later_died_are_no_injured_count(rules, text, expected, not_read):
    got = read(rules, text)
    if expected:
        assert expected in got
    if not_read:
        assert not_read not in got


@pytest.mark.parametrize("text, expected", [
    ("Five children died in the Kessel fire.", {("children", "5"), ("deaths", "at least 5")}),
    ("Two children were killed in the Kessel fire on Friday.", {("children", "2"), ("deaths", "at least 2")}),
])
def test_a_part_whose_whole_is_unstated_is_a_lower_bound_of_it(rules, text, expected):
    assert expected <= read(rules, text)


@pytest.mark.parametrize("text, absent", [
    ("The Kessel fire killed 12 people, including two children.", ("deaths", "at least 2")),
    ("The Kessel fire injured 30 people, including two children.", ("deaths", "at least 2")),
    ("Seventeen children were among the wounded in the Kessel fire.", ("deaths", "at least 17")),
])
def test_no_lower_bound_when_a_whole_or_another_count_is_there(rules, text, absent):
    assert absent not in read(rules, text)


@pytest.mark.parametrize("text", [
    "The Kessel fire started at 1200 Harbor Street and killed nobody else.",
    "Fire crews met at Suite 400, 18 Quay Rd., after the Kessel fire killed.",
    "The Kessel fire killed people in the old town.[3]",
    "The Kessel fire left people dead, reports said [14].",
])
def test_street_numbers_and_citation_marks_are_no_counts(rules, text):
    assert not any(fact == "deaths" for fact, _ in read(rules, text))
