"""Which fact a number belongs to when other words claim it first: thresholds,
scores, differences, moves, prepositional objects, members of a group,
relative clauses, unit definitions, owners and comparisons (issue 11, items 2-4)."""
import textwrap

import pytest

from factlint.extract.extract import extract_facts
from factlint.read.document import make_document
from factlint.rules import load_rules

FLOOD = """\
id: flood
scope: [flood, Marrow]
facts:
  deaths:
    kind: count
    triggers: [killed, dead, died, deaths]
    window: 10
  missing:
    kind: count
    triggers: [missing]
  crew:
    kind: count
    triggers: [rescue crew, crew]
    window: 4
  boats:
    kind: count
    triggers: [boats, barges]
    window: 2
  capacity:
    kind: count
    triggers: [capacity, berths]
    window: 4
"""


def _party(rule_id: str, names: str) -> str:
    """A party's rule: its seats and its votes."""
    return f"""\
id: {rule_id}
scope: [{names}]
facts:
  seats:
    kind: count
    triggers: [seats, won, MPs]
  votes:
    kind: count
    triggers: [votes]
    window: 3
"""


PARTIES = _party("blues", "Blues, Blue Party")
GREENS = _party("greens", "Greens, Green Party")


@pytest.fixture
def rules(tmp_path):
    (tmp_path / "flood.yaml").write_text(textwrap.dedent(FLOOD), encoding="utf-8")
    (tmp_path / "blues.yaml").write_text(textwrap.dedent(PARTIES), encoding="utf-8")
    (tmp_path / "greens.yaml").write_text(textwrap.dedent(GREENS), encoding="utf-8")
    return load_rules(str(tmp_path))


def read(rules, text):
    return {(f.rule, f.fact, f.display) for f in extract_facts(make_document("a.txt", text), rules)}


@pytest.mark.parametrize("text, not_read", [
    # A score or a share in points is no count of seats.
    ("The Blues slid some 5 points in the polls before they won.", ("blues", "seats", "about 5")),
    ("The Greens won 12 seats after gaining 4 percentage points.", ("greens", "seats", "4")),
    # What is still outstanding is not a result.
    ("The Blues won most; two seats had still to be counted.", ("blues", "seats", "2")),
    ("The Greens won big, with three seats yet to declare.", ("greens", "seats", "3")),
    # A difference between two figures is no level of either.
    ("The Greens won 40 seats with 2 million votes, 300,000 fewer than the Blues.", ("blues", "votes", "300,000")),
    ("The Blues have 80 MPs, 12 more than the Greens.", ("greens", "seats", "12")),
    # Things moved are a change to a stock, not the stock.
    ("Crews have taken 40 boats off the Marrow flood plain.", ("flood", "boats", "40")),
    ("After the flood, 25 barges have been removed from the river.", ("flood", "boats", "25")),
    ("After the flood, workers removed 18 barges from the quay.", ("flood", "boats", "18")),
    # A number after a preposition and a determiner counts that phrase's noun.
    ("The flood killed people in the two villages near Marrow.", ("flood", "deaths", "2")),
    ("After the flood the rescue crew went out to search for the three fishermen.", ("flood", "crew", "3")),
    ("The flood waters reached the rescue crew at the four berths.", ("flood", "crew", "4")),
    # Members of a group count people of it, not the group.
    ("Six members of a rescue crew were honoured after the Marrow flood.", ("flood", "crew", "6")),
    ("Two staff of the rescue crew spoke after the flood.", ("flood", "crew", "2")),
    # A relative clause says what its number counts.
    ("After the flood, the thousands who had fled returned to find the dead.", ("flood", "deaths", "1,000–10,000")),
    # A unit defined is not counted.
    ("The Marrow ferry has a capacity of 90 berths (one berth being a cabin for two).", ("flood", "capacity", "1")),
])
def test_a_number_of_another_kind_is_not_the_triggers_count(rules, text, not_read):
    assert not_read not in read(rules, text)


@pytest.mark.parametrize("text, expected", [
    ("The Blues won 412 seats to the Greens' 121.", {("blues", "seats", "412"), ("greens", "seats", "121")}),
    ("The Greens won 71 seats with 3.5 million votes, 600,000 fewer than the Blues.",
     {("greens", "seats", "71"), ("greens", "votes", "3,500,000")}),
    ("The flood killed six members of a rescue crew.", {("flood", "deaths", "6")}),
    ("Six members of a rescue crew, however, are presumed dead after the flood.", {("flood", "deaths", "6")}),
    ("The flood killed 12; the two who died in Marrow were fishermen.", {("flood", "deaths", "12")}),
    ("The Blues won 30 seats; after a 4 point swing the Greens won 20 seats.",
     {("blues", "seats", "30"), ("greens", "seats", "20")}),
    ("The Blues needed 100 points to win the cup.", set()),
])
def test_the_number_goes_to_its_own_owner(rules, text, expected):
    got = read(rules, text)
    assert expected <= got
    if not expected:
        assert not any(f[1] == "seats" for f in got)


@pytest.mark.parametrize("text", [
    "Dozens of senior Blues have lost their seats.",
    "Hundreds of Greens won nothing at all in the local seats.",
])
def test_a_number_of_a_groups_members_is_not_the_groups_count(rules, text):
    assert not any(f[1] == "seats" for f in read(rules, text))


@pytest.mark.parametrize("text", [
    "The Blues won 30 seats, and 20 more than expected were close.",
    "The Greens won 9 seats in the north.",
])
def test_ordinary_counts_are_still_read(rules, text):
    assert any(f[1] == "seats" for f in read(rules, text))


@pytest.mark.parametrize("text, unread", [
    ("The two crew members who were rescued were named as Ana Pell and Ivo Dray after the flood.",
     ("flood", "crew", "2")),
])
def test_identified_through_a_relative_clause(rules, text, unread):
    assert unread not in read(rules, text)


@pytest.mark.parametrize("text, expected, not_read", [
    # "N out of M": the first is a part, the whole takes the noun between them.
    ("For the Blues, 61 seats out of 120 are needed to rule.", ("blues", "seats", "120"), ("blues", "seats", "61")),
    # "down from N": the level before the change.
    ("The Greens have 40 seats, down from 52 before the vote.", ("greens", "seats", "40"), None),
    # A gain verb makes a change, not a level.
    ("The Blues won 80 seats, overturning 30 seats held by others.", ("blues", "seats", "80"), ("blues", "seats", "30")),
    ("The Greens gained nine seats to reach 27.", ("greens", "seats", "27"), ("greens", "seats", "9")),
    # A hyphened count before a margin measures the margin.
    ("Years ago the Blues won an 80-seat majority.", None, ("blues", "seats", "80")),
    ("The Greens hold a 12-seat lead in the count.", None, ("greens", "seats", "12")),
    # A scope word opening a clause of its own is that clause's subject.
    ("The Greens won 70 seats, and the Blues took only five seats.", ("greens", "seats", "70"), ("blues", "seats", "70")),
    ("The party managed just 11 seats, when the Blues won big.", None, ("blues", "seats", "11")),
    # A number after a comparison's object is the object's.
    ("The Marrow ferry is small next to the largest ferries, which have 900 berths.", None, ("flood", "capacity", "900")),
    # "one of several" is a part.
    ("The Blues lost ground in one of several seats they held.", None, ("blues", "seats", "1")),
])
def test_changes_parts_and_rival_subjects(rules, text, expected, not_read):
    got = read(rules, text)
    if expected:
        assert expected in got
    if not_read:
        assert not_read not in got


@pytest.mark.parametrize("text, expected", [
    ("Four men and three children were killed in the Marrow flood.", "7"),
    ("The flood killed 20 workers and a firefighter.", "21"),
    ("Two adults and one child died in the flood at Marrow.", "3"),
    ("The flood killed 12 villagers and 3 tourists.", "12"),  # villagers are no group the sum knows
])
def test_sums_of_groups_of_people(rules, text, expected):
    assert ("flood", "deaths", expected) in read(rules, text)


def test_things_that_are_not_people_do_not_add_up(rules):
    got = read(rules, "The flood killed 12 people and 3 dogs in Marrow.")
    assert ("flood", "deaths", "12") in got and ("flood", "deaths", "15") not in got


def test_the_crew_of_a_sum(rules):
    assert ("flood", "crew", "21") in read(rules, "After the flood the rescue crew of 20 Indians and a Sri Lankan stayed.")


@pytest.mark.parametrize("text", [
    "Divers recovered the bodies of all six fishermen who died in the Marrow flood.",
    "The remains of the four residents who died in the flood were found.",
])
def test_a_relative_clause_on_the_numbers_noun_says_what_it_counts(rules, text):
    got = read(rules, text)
    assert any(f[1] == "deaths" for f in got)


ASSEMBLY = """\
id: assembly
scope: [Assembly]
facts:
  seats:
    kind: count
    triggers: [seats]
    window: 3
"""


@pytest.mark.parametrize("text, expected, not_read", [
    ("The Greens took 36 seats from the Blues in the north.", ("greens", "seats", "36"), ("blues", "seats", "36")),
    ("The Greens won 41 seats in the Assembly, officials said.", ("greens", "seats", "41"), ("assembly", "seats", "41")),
    ("There are 90 seats in the Assembly.", ("assembly", "seats", "90"), None),
])
def test_what_is_taken_from_someone_or_won_somewhere_is_the_takers(tmp_path, text, expected, not_read):
    for name, body in (("blues", PARTIES), ("greens", GREENS), ("assembly", ASSEMBLY)):
        (tmp_path / f"{name}.yaml").write_text(textwrap.dedent(body), encoding="utf-8")
    got = read(load_rules(str(tmp_path)), text)
    assert expected in got
    if not_read:
        assert not_read not in got


@pytest.mark.parametrize("text, part, whole", [
    # "N out of M NOUN": N counts the whole's noun too; the subject near it takes the part.
    ("The Blue Party holds 61 out of 120 seats after the count.", ("blues", "seats", "61"), "120"),
    ("The Greens ended with 33 out of 120 seats in the Assembly.", ("greens", "seats", "33"), "120"),
    ("With the Greens taking 33 out of the 120 elected seats, the count closed.", ("greens", "seats", "33"), "120"),
    ("Even with the Blues holding 61 out of all 120 seats, their share of votes fell.", ("blues", "seats", "61"), "120"),
    ("The Blue Party now has 61 out of 120 MPs.", ("blues", "seats", "61"), "120"),
])
def test_a_part_out_of_a_whole_is_the_subjects_count(tmp_path, text, part, whole):
    for name, body in (("blues", PARTIES), ("greens", GREENS)):
        (tmp_path / f"{name}.yaml").write_text(textwrap.dedent(body), encoding="utf-8")
    got = read(load_rules(str(tmp_path)), text)
    assert part in got and (part[0], "seats", whole) not in got


@pytest.mark.parametrize("text, part, whole", [
    ("The Greens ended with 33 out of 120 seats in the Assembly.", ("greens", "seats", "33"), "120"),
    ("In the Assembly the Blue Party holds 61 out of 120 seats.", ("blues", "seats", "61"), "120"),
])
def test_a_part_and_its_whole_go_to_their_own_rules(tmp_path, text, part, whole):
    for name, body in (("blues", PARTIES), ("greens", GREENS), ("assembly", ASSEMBLY)):
        (tmp_path / f"{name}.yaml").write_text(textwrap.dedent(body), encoding="utf-8")
    got = read(load_rules(str(tmp_path)), text)
    assert part in got and ("assembly", "seats", whole) in got


def test_a_loss_to_the_event_is_still_the_events(rules):
    assert ("flood", "boats", "45") in read(rules, "In all, 45 boats were lost to the Marrow flood.")
