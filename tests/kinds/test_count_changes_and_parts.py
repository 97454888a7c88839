"""Counts read by their role in the sentence: a part that is a predicate's
subject ("five of the 12 miners are still missing"), an ordinal in a headline
("Divers recover sixth body"), a year naming an event ("the 1960 tsunami") and a
change stated alone ("up 211", "down 250 seats") (issue 11)."""
import textwrap

import pytest

from factlint.extract.extract import extract_facts
from factlint.prose.values import find_values
from factlint.read.document import make_document
from factlint.rules import load_rules

RULES = {
    "mine.yaml": """\
id: mine
scope: [mine, Velmora, collapse]
facts:
  deaths:
    kind: count
    triggers: [killed, dead, died, deaths]
    window: 10
  missing:
    kind: count
    triggers: [missing, unaccounted for]
  bodies:
    kind: count
    triggers: [bodies, body, recovered, found]
    window: 4
  trapped:
    kind: count
    triggers: [trapped, underground]
    window: 4
""",
    "quake.yaml": """\
id: quake
scope: [tsunami, quake, Orlan, flood, election]
facts:
  year:
    kind: year
    triggers: [tsunami, quake, flood, election]
  deaths:
    kind: count
    triggers: [killed, killing, dead, died]
    window: 10
""",
    "reds.yaml": """\
id: reds
scope: [Reds, Red Party]
facts:
  seats:
    kind: count
    triggers: [seats, won, MPs, secured]
  gain:
    kind: count
    triggers: [gain of, gain, gained, increase of, up by, up]
    window: 3
  loss:
    kind: count
    triggers: [lost, loss, down]
    window: 3
""",
}


@pytest.fixture
def rules(tmp_path):
    for name, text in RULES.items():
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return load_rules(str(tmp_path))


def read(rules, text):
    return {(f.rule, f.fact, f.display) for f in extract_facts(make_document("a.txt", text), rules)}


@pytest.mark.parametrize("text, expected, whole", [
    ("Five of the 12 miners are still missing after the Velmora collapse.", ("mine", "missing", "5"), "12"),
    ("Three of the miners remain missing after the Velmora collapse.", ("mine", "missing", "3"), None),
    ("Seven of the workers are still unaccounted for after the mine collapse.", ("mine", "missing", "7"), None),
    ("Two of the 30 men in the Velmora shaft were still missing on Friday.", ("mine", "missing", "2"), "30"),
    ("Nine of the miners had been killed at Velmora, the company said.", ("mine", "deaths", "9"), None),
    ("Four of them were found dead in the Velmora mine.", ("mine", "bodies", "4"), None),
])
def test_a_part_that_is_the_subject_counts_its_predicate(rules, text, expected, whole):
    got = read(rules, text)
    assert expected in got
    if whole:
        assert (expected[0], expected[1], whole) not in got


def test_the_whole_of_a_part_keeps_its_own_noun(rules):
    """"the 14 miners trapped": the whole is still the count of its own participle."""
    got = read(rules, "Two of the 14 miners trapped at Velmora were killed, officials said.")
    assert ("mine", "trapped", "14") in got and ("mine", "deaths", "14") not in got


@pytest.mark.parametrize("text, expected", [
    ("Rescuers recover sixth body from Velmora mine", "at least 6"),
    ("Divers find second body in Velmora mine", "at least 2"),
    ("Velmora mine: crews recover fifth body", "at least 5"),
    ("Third body found at Velmora mine", "at least 3"),
    ("Fourth victim of Velmora mine collapse found, identified", "at least 4"),
    ("Seventh and final body recovered from Velmora mine", "7"),
])
def test_a_headline_ordinal_without_article_is_a_running_count(rules, text, expected):
    assert ("mine", "bodies", expected) in read(rules, text)


@pytest.mark.parametrize("text", [
    "Velmora miners strike for a second day after the collapse",
    "The Velmora mine collapsed for a third time; nobody was found.",
    "Second shift at Velmora mine found the shaft flooded",
])
def test_an_ordinal_of_something_else_is_no_count(rules, text):
    assert not any(fact == "bodies" and display.startswith("at least") for _, fact, display in read(rules, text))


@pytest.mark.parametrize("text, year", [
    ("Recalling the 1960 tsunami that hit Orlan, the governor spoke.", "1960"),
    ("The quake surpassed a 1960 tsunami that killed 61 people.", "1960"),
    ("It was the deadliest since the 2018 quake at Orlan.", "2018"),
    ("The town's 1998 flood in Orlan killed 300.", "1998"),
    ("Orlan voted for the Reds in the 2021 general election.", "2021"),
])
def test_a_year_before_an_event_noun_is_a_year(rules, text, year):
    got = read(rules, text)
    assert ("quake", "year", year) in got
    assert not any(fact == "deaths" and display.replace(",", "") == year for _, fact, display in got)


@pytest.mark.parametrize("text, number", [
    ("Some 2000 miners were underground at Velmora.", "2000"),
    ("More than 1500 people were killed in the Orlan quake.", "1500"),
    ("The 1900 residents of Orlan fled the tsunami.", "1900"),
])
def test_four_digits_before_other_nouns_stay_counts(text, number):
    assert [v.type for v in find_values(text) if number in text[v.start:v.end]] == ["count"]


@pytest.mark.parametrize("text, change", [
    ("The Reds won 412 seats, up 211 seats on the last election.", ("gain", "211")),
    ("The Reds won 412 seats, up 211 on the last election.", ("gain", "211")),
    ("The Reds secured 121 seats, down 250 seats on the previous election.", ("loss", "250")),
    ("The Reds won 412 seats, an increase of 210.", ("gain", "210")),
    ("The Reds won 90 seats (up 12), their best result.", ("gain", "12")),
    ("The Reds gained 60 seats in the north.", ("gain", "60")),
])
def test_a_change_stated_alone_is_not_the_total(rules, text, change):
    got = read(rules, text)
    assert ("reds", change[0], change[1]) in got
    assert ("reds", "seats", change[1]) not in got


@pytest.mark.parametrize("text", [
    "The Reds were down 250 seats.",
    "Reds up 40 seats in Orlan",
    "The Reds are now up 18 seats on the night.",
])
def test_up_or_down_alone_is_never_the_seat_count(rules, text):
    assert not any(fact == "seats" for _, fact, _ in read(rules, text))


def test_a_phrasal_verb_with_down_is_no_change(rules):
    """"shut down 12 pits": "down" belongs to the verb; the 12 is still a count of pits."""
    got = read(rules, "After the Velmora collapse the firm shut down 12 mines where 40 miners were trapped.")
    assert ("mine", "trapped", "40") in got


CREW = """\
id: ferry
scope: [ferry, Dunmore]
facts:
  crew:
    kind: count
    triggers: [crew, crew members]
    window: 3
  deaths:
    kind: count
    triggers: [killed, dead, died, presumed dead]
    window: 10
  rescued:
    kind: count
    triggers: [rescued, pulled]
    window: 4
"""


@pytest.fixture
def ferry(tmp_path):
    (tmp_path / "ferry.yaml").write_text(textwrap.dedent(CREW), encoding="utf-8")
    return load_rules(str(tmp_path))


@pytest.mark.parametrize("text, expected", [
    ("Two of the men, who had been at the bow, were rescued after the Dunmore ferry sank.", ("rescued", "2")),
    ("Three of the passengers, who were on deck, were pulled from the water near Dunmore.", ("rescued", "3")),
])
def test_a_part_with_a_relative_clause_counts_its_predicate(ferry, text, expected):
    assert ("ferry",) + expected in read(ferry, text)


@pytest.mark.parametrize("text", [
    "One crew member had reported a minor injury on the Dunmore ferry.",
    "On the Dunmore ferry a crew member was treated for burns.",
    "One staff member of the ferry crew spoke to reporters in Dunmore.",
])
def test_one_member_is_not_the_crews_size(ferry, text):
    assert not any(fact == "crew" for _, fact, _ in read(ferry, text))


def test_the_crew_is_still_counted_beside_one_member(ferry):
    got = read(ferry, "The Dunmore ferry's crew of 14 stayed aboard; one crew member died.")
    assert ("ferry", "crew", "14") in got and ("ferry", "crew", "1") not in got


@pytest.mark.parametrize("text, unread", [
    ("Divers found two bodies near Dunmore; they stopped looking for the other four crew members, who are presumed dead.",
     "4"),
    ("Police said the families of 13 dead have been notified after the Dunmore ferry sank.", "13"),
    ("Relatives of 9 dead have been notified, Dunmore ferry officials said.", "9"),
])
def test_the_rest_of_a_group_or_the_identified_are_no_toll(ferry, text, unread):
    assert not any(display == unread for _, _, display in read(ferry, text))


@pytest.mark.parametrize("text", [
    "Two people were rescued from the Dunmore ferry, but the other six were presumed dead.",
    "Two crew members swam ashore at Dunmore; the other six were killed.",
])
def test_the_rest_as_a_predicates_subject_is_its_count(ferry, text):
    assert ("ferry", "deaths", "6") in read(ferry, text)


DIFFERENCE = """\
id: greens
scope: [Greens, Green Party]
facts:
  seats:
    kind: count
    triggers: [seats, won, MPs]
  gain:
    kind: count
    triggers: [more seats, more MPs, gained]
    window: 2
"""


@pytest.fixture
def greens(tmp_path):
    (tmp_path / "greens.yaml").write_text(textwrap.dedent(DIFFERENCE), encoding="utf-8")
    return load_rules(str(tmp_path))


@pytest.mark.parametrize("text, gain", [
    ("The Greens, in the spring election, received 31 more seats than the last time.", "31"),
    ("The Greens won 18 more seats than in 2019.", "18"),
    ("In Tarvel the Greens have 7 more MPs than the Blues.", "7"),
])
def test_n_more_things_than_is_a_difference(greens, text, gain):
    """"N more seats than" is no increment to drop, and no seat count: the
    difference, which only a fact about it (written "more seats") takes."""
    got = read(greens, text)
    assert ("greens", "gain", gain) in got
    assert ("greens", "seats", gain) not in got


def test_n_more_without_than_stays_an_increment(greens):
    assert read(greens, "The Greens won 4 more seats on Friday night.") == set()


@pytest.mark.parametrize("text", [
    "Identifying people who died in a 2, 000-degree Velmora mine fire is hard.",
    "Miners died at Velmora as a 1, 000-strong crowd watched.",
])
def test_a_number_broken_at_its_thousands_comma_is_no_count(rules, text):
    got = read(rules, text)
    assert not any(fact == "deaths" for _, fact, _ in got)


def test_a_count_before_a_comma_and_another_count_is_still_read(rules):
    assert ("mine", "deaths", "2") in read(rules, "Miners killed at Velmora: 2, 300 still trapped.")
