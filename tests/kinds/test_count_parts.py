"""Wholes, parts, sums and increments of a count (issue 11, items 3 and 4): a sum of
groups of people with a part among them, "N of them NOUN", a named group under a
larger toll, one person added to others, and numbers that write a telephone number.
Every sentence here is invented."""
import textwrap

import pytest

from factlint.extract.extract import extract_facts
from factlint.read.document import make_document
from factlint.rules import load_rules

BLAST = """\
id: blast
scope: [blast, Velbrod]
facts:
  deaths:
    kind: count
    triggers: [killed, dead, died, death, deaths, toll, shot to death]
  children:
    kind: count
    triggers: [children, child, kids]
    part_of: deaths
    window: 0
  injured:
    kind: count
    triggers: [injured, wounded, hurt]
"""


@pytest.fixture
def rules(tmp_path):
    (tmp_path / "blast.yaml").write_text(textwrap.dedent(BLAST), encoding="utf-8")
    return load_rules(str(tmp_path))


def read(rules, text):
    return sorted((f.fact, f.display) for f in extract_facts(make_document("a.txt", text), rules))


@pytest.mark.parametrize("text, deaths, children", [
    ("Four men and three children were killed in the Velbrod blast.", "7", "3"),
    ("The Velbrod blast killed four men and three children.", "7", "3"),
    ("Two women and five children died in the blast at Velbrod.", "7", "5"),
    ("The blast killed 11 adults and 2 children on Friday, Velbrod police said.", "13", "2"),
    ("In Velbrod, six soldiers and four children were killed by the blast.", "10", "4"),
])
def test_a_sum_of_people_is_the_whole_and_its_children_a_part(rules, text, deaths, children):
    """"Four men and three children were killed": 7 deaths, 3 of them children."""
    got = read(rules, text)
    assert ("deaths", deaths) in got and ("children", children) in got
    assert [f for f in got if f[0] == "children"] == [("children", children)]


@pytest.mark.parametrize("text, deaths", [
    ("Four men and three women were killed in the Velbrod blast.", "7"),
    ("The Velbrod blast killed 20 workers and a firefighter.", "21"),
])
def test_a_sum_without_a_part_fact_is_still_one_whole(rules, text, deaths):
    got = read(rules, text)
    assert [f for f in got if f[0] == "deaths"] == [("deaths", deaths)]
    assert not any(f[0] == "children" for f in got)


@pytest.mark.parametrize("text, deaths, children", [
    ("The Velbrod blast killed 7, 3 of them children, and injured 40.", "7", "3"),
    ("The blast killed 12, four of them children, Velbrod officials said.", "12", "4"),
    ("Twelve people, five of them children, died in the Velbrod blast.", "12", "5"),
    ("The Velbrod blast killed 12 people, five of whom were children.", "12", "5"),
    ("The Velbrod blast left 9 dead, two of them kids.", "9", "2"),
])
def test_n_of_them_noun_is_a_part(rules, text, deaths, children):
    got = read(rules, text)
    assert ("deaths", deaths) in got and ("children", children) in got


@pytest.mark.parametrize("text", [
    "The Velbrod blast injured 40, 12 of them children.",
    "The Velbrod blast killed 12; two of them died in hospital.",
])
def test_n_of_them_is_no_part_of_another_whole_nor_a_toll(rules, text):
    """Children among the injured are no part of the deaths; "two of them died" is no toll."""
    got = read(rules, text)
    assert not any(f[0] == "children" for f in got)
    assert ("deaths", "2") not in got


@pytest.mark.parametrize("text", [
    "The Velbrod blast killed 12 people. Four fishermen died at the quay.",
    "The Velbrod blast killed 12 people; four fishermen died at the quay.",
    "Twelve people died in the Velbrod blast.\n\nTwo firefighters were killed as the roof fell.",
    "The blast at Velbrod killed 12 people. Among the dead, three tourists were killed near the station.",
    "The Velbrod blast killed 12 people. Five Ruthanians died in the hotel.",
])
def test_a_named_group_under_a_larger_toll_is_a_part(rules, text):
    """"four fishermen died" under a toll of 12 is a part of it, not another toll."""
    assert [f for f in read(rules, text) if f[0] == "deaths"] == [("deaths", "12")]


@pytest.mark.parametrize("text, expected", [
    ("Four fishermen died in the Velbrod blast.", {("deaths", "4")}),
    ("The Velbrod blast killed 12 people. Later, 15 fishermen were counted among the dead.",
     {("deaths", "12"), ("deaths", "15")}),
    ("The Velbrod blast killed 12 people. Four more people died later in hospital.", {("deaths", "12")}),
    ("The Velbrod blast killed 12 people. Four people died at the quay.", {("deaths", "12"), ("deaths", "4")}),
])
def test_a_group_alone_or_larger_or_people_in_general_stays(rules, text, expected):
    assert {f for f in read(rules, text) if f[0] == "deaths"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Another person was killed in the Velbrod blast.", "at least 1"),
    ("Another man died in the Velbrod blast on Sunday.", "at least 1"),
    ("In Velbrod, a man was shot dead and another person was killed.", "at least 1"),
    ("Another child died in the blast at Velbrod.", "at least 1"),
])
def test_another_person_killed_is_one_death_added_to_others(rules, text, expected):
    """One death, but an increment: the toll is at least one, not one."""
    got = read(rules, text)
    assert ("deaths", expected) in got
    assert not any(f[0] == "children" for f in got)


@pytest.mark.parametrize("text", [
    "In Velbrod a woman was found dead after the blast.",
    "In Velbrod a man was shot dead after the blast.",
    "In Velbrod a man was stabbed to death after the blast.",
    "In Velbrod a man was shot to death after the blast.",
    "A 70-year-old man died in the Velbrod blast.",
])
def test_one_person_found_dead_is_one_death(rules, text):
    assert ("deaths", "1") in read(rules, text)


@pytest.mark.parametrize("text", [
    "In Velbrod a man was shot in the leg during the blast.",
    "Another woman was arrested in Velbrod after the blast.",
    "In Velbrod a man was found by neighbours after the blast.",
])
def test_one_person_without_a_death_is_no_death(rules, text):
    assert not any(f[0] == "deaths" for f in read(rules, text))


@pytest.mark.parametrize("text", [
    "Families of the Velbrod blast dead can call 0800 555 123.",
    "Relatives of those killed in the Velbrod blast can call +44 20 7946 0958.",
    "Those hurt in the Velbrod blast may ring the hotline, Tel. 555 3141.",
    "For the injured of the Velbrod blast: phone 555 0142 or fax 555 0143.",
    "Velbrod blast victims' families: call 020 7946 1234.",
])
def test_a_telephone_number_is_no_count(rules, text):
    assert not any(f[0] in ("deaths", "injured") for f in read(rules, text))


@pytest.mark.parametrize("text", [
    "Velbrod station WXYZ 5 reported the blast killed people.",
    "The blast killed people, Channel 4 in Velbrod said.",
    "Image 3 of 8: the dead of the Velbrod blast are mourned.",
    "Photo 2 of 5 shows the injured of the Velbrod blast.",
    "The Velbrod blast killed people near Gate 12.",
    "The Velbrod blast killed people on Route 9.",
    "Aid for those hurt in the blast: Velbrod Relief, PO Box 512, Velbrod, VB 30210.",
    "Relief for the injured of the blast is at 44 Kell Road, Velbrod.",
    "The Velbrod blast killed people in the old town.[3]",
    "The Velbrod blast left many dead, reports said [14].",
])
def test_labels_addresses_and_citation_marks_are_no_counts(rules, text):
    assert not any(f[0] in ("deaths", "injured") for f in read(rules, text))
