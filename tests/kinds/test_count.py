"""Which numbers state a count of a fact: pairing values with triggers, and the
numbers that are increments, changes, labels, rates, parts or past figures."""
import textwrap

import pytest

from factlint.extract.extract import extract_facts
from factlint.read.document import make_document
from factlint.rules import load_rules

TOLL = """\
id: flood
description: Flood in Marrow
facts:
  deaths:
    kind: count
    triggers: [killed, dead, died, deaths, toll, victims, fatalities]
    window: 10
  injured:
    kind: count
    triggers: [injured, wounded]
  rescued:
    kind: count
    triggers: [rescued]
    window: 4
"""
SEATS = """\
id: count
scope: [count]
facts:
  reds:
    kind: count
    triggers: [Reds]
    window: 10
  golds:
    kind: count
    triggers: [Golds]
    window: 10
  majority:
    kind: count
    triggers: [majority]
    window: 3
"""


@pytest.fixture
def rules(tmp_path):
    (tmp_path / "flood.yaml").write_text(textwrap.dedent(TOLL), encoding="utf-8")
    (tmp_path / "count.yaml").write_text(textwrap.dedent(SEATS), encoding="utf-8")
    return load_rules(str(tmp_path))


def read(rules, text):
    return [(f.fact, f.display) for f in extract_facts(make_document("a.txt", text), rules)]


@pytest.mark.parametrize("text, expected", [
    ("7 killed, 40 injured in Marrow flood", [("deaths", "7"), ("injured", "40")]),
    ("12 dead, 30 wounded as river bursts its banks", [("deaths", "12"), ("injured", "30")]),
    ("The flood killed 7 and injured 40.", [("deaths", "7"), ("injured", "40")]),
    ("In the count the Reds are on 61 seats, the Golds on 13.", [("reds", "61"), ("golds", "13")]),
    ("The count gives the Reds 200 seats and a 40-seat majority.", [("reds", "200"), ("majority", "40")]),
])
def test_each_number_goes_with_its_own_trigger(rules, text, expected):
    assert sorted(read(rules, text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "One more patient died in hospital overnight.",
    "Two more victims died on Sunday.",
    "Another 3 people died of their injuries.",
    "A further three people died in hospital.",
    "An additional four deaths were recorded.",
    "The toll rose by three overnight.",
    "The toll has increased by one after police found more remains.",
    "Five of his neighbours also died in the flood.",
    "His wife and two other relatives also died.",
    "At 10 to 20 bodies a day, the search is slow; 5 victims a week are found.",
    "The death toll would end up at around 200 if the rain kept on.",
    "Police named two victims on Monday.",
    "Three victims have been identified so far.",
    "The only four victims publicly identified were from Marrow.",
    "Families are still waiting to hear if the rescuers have found their loved one, the dead man's sister said.",
    "Pictures: Image 3 of 8 shows the dead cattle.",
    "Flooding on Route 9 killed livestock.",
])
def test_numbers_that_are_not_the_toll(rules, text):
    assert [f for f in read(rules, text) if f[0] == "deaths"] == []


@pytest.mark.parametrize("text, value", [
    ("The toll rose by three to 15.", "15"),
    ("The toll has increased by one, to 19, officials said.", "19"),
    ("The toll rose from 99 to 101 on Tuesday.", "101"),
    ("Another 385 people remain missing, and the toll stands at 40 dead.", "40"),
    ("Of the 97 victims, 65 have been named.", "97"),
])
def test_the_count_now(rules, text, value):
    assert ("deaths", value) in read(rules, text)


@pytest.mark.parametrize("text, value", [
    ("The toll had stood at 115 since Monday.", "115"),
    ("The announcement raised the count of fatalities from the previous figure of 67.", "67"),
    ("The mayor had put the death toll at six earlier that day.", "6"),
    ("Earlier this week officials said 36 people died.", "36"),
    ("Officials said the toll was up from 9.", "9"),
])
def test_past_figures_are_read_and_marked_past(rules, text, value):
    facts = [f for f in extract_facts(make_document("a.txt", text), rules) if f.fact == "deaths"]
    assert [(f.display, f.value.get("past")) for f in facts if f.display == value] == [(value, True)]


def test_a_current_figure_is_not_marked_past(rules):
    facts = [f for f in extract_facts(make_document("a.txt", "The flood killed 12 people."), rules)]
    assert [(f.display, "past" in f.value) for f in facts] == [("12", False)]


BODIES = """\
id: wreck
scope: [wreck, Kell]
facts:
  bodies:
    kind: count
    triggers: [body, bodies, recovered, found]
    window: 4
"""


@pytest.mark.parametrize("text, value", [
    ("The body of a third victim of the Kell wreck has been recovered.", "at least 3"),
    ("Third body recovered from the Kell wreck", "at least 3"),
    ("Divers found a fourth victim of the wreck on Sunday.", "at least 4"),
    ("Divers recovered the body of the sixth and final victim of the wreck.", "6"),
    ("A second missing worker was found near the wreck.", "at least 2"),
])
def test_a_running_ordinal_counts_at_least_that_many(tmp_path, text, value):
    (tmp_path / "wreck.yaml").write_text(BODIES, encoding="utf-8")
    facts = extract_facts(make_document("a.txt", text), load_rules(str(tmp_path)))
    assert [f.display for f in facts if f.fact == "bodies"] == [value]


@pytest.mark.parametrize("text", [
    "It was the third time the wreck was searched and nothing was found.",
    "Divers searched a third of the wreck and found nothing.",
])
def test_other_ordinals_are_no_count(tmp_path, text):
    (tmp_path / "wreck.yaml").write_text(BODIES, encoding="utf-8")
    facts = extract_facts(make_document("a.txt", text), load_rules(str(tmp_path)))
    assert [f.display for f in facts if f.fact == "bodies"] == []


VOTE = """\
id: reds-result
scope: [Reds]
facts:
  seats:
    kind: count
    triggers: [seats, won, holding]
  majority:
    kind: count
    triggers: [majority]
    window: 3
"""
HOUSE = """\
id: house
scope: [assembly]
facts:
  threshold:
    kind: count
    triggers: [needed, required]
    window: 4
"""


@pytest.mark.parametrize("text", [
    "The Reds won the 2031 election in a landslide.",
    "The Reds took a majority in the 2031 general election.",
    "The Reds raced past the 150 seats needed for a majority.",
    "With 150 seats required to govern, the Reds celebrated.",
])
def test_years_and_thresholds_are_not_results(tmp_path, text):
    (tmp_path / "reds.yaml").write_text(VOTE, encoding="utf-8")
    facts = extract_facts(make_document("a.txt", text), load_rules(str(tmp_path)))
    assert [f.display for f in facts if f.rule == "reds-result"] == []


@pytest.mark.parametrize("text", [
    "In the assembly, 150 seats are needed for a majority.",
    "The assembly's threshold: 150 votes required.",
])
def test_a_threshold_is_read_by_a_fact_about_thresholds(tmp_path, text):
    (tmp_path / "house.yaml").write_text(HOUSE, encoding="utf-8")
    facts = extract_facts(make_document("a.txt", text), load_rules(str(tmp_path)))
    assert [f.display for f in facts if f.fact == "threshold"] == ["150"]


GAINS = """\
id: reds
scope: [Reds]
facts:
  gain:
    kind: count
    triggers: [gain of, up by, gained]
    window: 3
  seats:
    kind: count
    triggers: [seats, won]
"""


@pytest.mark.parametrize("text, expected", [
    ("The Reds won 412 seats, a gain of 211.", [("gain", "211"), ("seats", "412")]),
    ("The Reds captured 71 seats, up by 60 on the last vote.", [("gain", "60"), ("seats", "71")]),
])
def test_a_change_is_read_by_a_fact_about_changes_only(tmp_path, text, expected):
    (tmp_path / "reds.yaml").write_text(GAINS, encoding="utf-8")
    facts = extract_facts(make_document("a.txt", text), load_rules(str(tmp_path)))
    assert sorted((f.fact, f.display) for f in facts) == expected


@pytest.mark.parametrize("text, value", [
    ("The death toll in the flooded northern districts of the Marrow valley has risen to 12, officials said.", "12"),
    ("The toll from Sunday's flooding across the low-lying river towns now stands at 31.", "31"),
    ("The number of people killed by the floodwaters in and around the old mill town rose to 9 on Monday.", "9"),
])
def test_a_toll_that_has_risen_to_a_level_beyond_the_window(rules, text, value):
    assert ("deaths", value) in read(rules, text)



def test_a_vague_relative_date_is_not_a_day(tmp_path):
    (tmp_path / "strike.yaml").write_text(
        "id: strike\nscope: [Dravetz]\nfacts:\n  date:\n    kind: date\n    triggers: [strike]\n"
        "    expected: 2031-03-14\n", encoding="utf-8")
    rules = load_rules(str(tmp_path))
    text = "---\ndate: 2031-05-20\n---\nThe strike on Dravetz earlier this year killed nine.\n\nThe strike on Dravetz last year was the worst.\n"
    assert [f.display for f in extract_facts(make_document("a.md", text), rules)] == []
    text = "---\ndate: 2031-05-20\n---\nThe strike on Dravetz on March 14 killed nine.\n"
    assert [f.display for f in extract_facts(make_document("a.md", text), rules)] == ["March 14"]


@pytest.mark.parametrize("text", [
    "The flood killed 12 people, with five deaths in Eastby and one at the Kell bridge.",
    "The flood killed 12 people, including five in Eastby.",
    "The flood killed 12 people; 4 of them died at the mill.",
])
def test_parts_after_the_whole_are_not_tolls(rules, text):
    assert [f for f in read(rules, text) if f[0] == "deaths"] == [("deaths", "12")]


@pytest.mark.parametrize("text, value", [
    ("Officials said 7 people had been killed in the flood.", "7"),
    ("Police told reporters that 12 people had been killed.", "12"),
    ("The mayor confirmed 30 had been injured.", "30"),
])
def test_reported_speech_in_the_past_perfect_is_the_figure_now(rules, text, value):
    """"said 7 people had been killed" reports the toll; it is no earlier figure."""
    facts = [f for f in extract_facts(make_document("a.txt", text), rules) if f.display == value]
    assert [(f.display, "past" in f.value) for f in facts] == [(value, False)]
