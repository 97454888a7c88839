"""Pairing numbers with triggers where several numbers and triggers meet (issue 11,
item 2): headlines without commas, lists of "N TRIGGER" or "TRIGGER N" items, and
numbers that belong to another noun. Every sentence here is invented."""
import textwrap

import pytest

from factlint.extract.extract import extract_facts
from factlint.read.document import make_document
from factlint.rules import load_rules

QUAKE = """\
id: quake
scope: [quake, Osvary Hills, Tarnel]
facts:
  deaths:
    kind: count
    triggers: [killed, kills, dead, died, deaths, toll]
  injured:
    kind: count
    triggers: [injured, injures, injuring, wounded, hurt]
  missing:
    kind: count
    triggers: [missing, unaccounted for]
"""
# The same facts, listed injured first: which fact is tried first must not matter.
QUAKE_REVERSED = """\
id: quake
scope: [quake, Osvary Hills, Tarnel]
facts:
  injured:
    kind: count
    triggers: [injured, injures, injuring, wounded, hurt]
  deaths:
    kind: count
    triggers: [killed, kills, dead, died, deaths, toll]
"""


def read(tmp_path, text, body=QUAKE):
    (tmp_path / "quake.yaml").write_text(textwrap.dedent(body), encoding="utf-8")
    facts = extract_facts(make_document("a.txt", text), load_rules(str(tmp_path)))
    return sorted((f.fact, f.display) for f in facts)


@pytest.mark.parametrize("body", [QUAKE, QUAKE_REVERSED], ids=["deaths-first", "injured-first"])
@pytest.mark.parametrize("text, deaths, injured", [
    # "N TRIGGER M TRIGGER": each number goes with the trigger right after it.
    ("Seven dead 40 injured in Tarnel quake", "7", "40"),
    ("7 killed 40 injured as quake hits Tarnel", "7", "40"),
    ("Tarnel quake: 12 dead 85 hurt", "12", "85"),
    ("Quake in the Osvary Hills leaves 3 dead 19 wounded", "3", "19"),
    # "TRIGGER N TRIGGER M": each number goes with the trigger right before it.
    ("Tarnel quake kills 7 injures 40", "7", "40"),
    ("Tarnel quake toll: dead 12, injured 85", "12", "85"),
    ("In the Osvary Hills the quake killed 3 and injured 19.", "3", "19"),
    ("The Tarnel quake injured 85 and killed 12.", "12", "85"),
    # Commas between the items.
    ("7 killed, 40 injured in Tarnel quake", "7", "40"),
    ("Tarnel quake leaves 12 dead, 85 hurt", "12", "85"),
    ("The Tarnel quake killed seven people, injuring at least 40.", "7", "at least 40"),
    ("In Tarnel, 40 were injured, 7 killed.", "7", "40"),
])
def test_each_number_takes_its_own_trigger(tmp_path, body, text, deaths, injured):
    got = read(tmp_path, text, body)
    assert ("deaths", deaths) in got and ("injured", injured) in got
    assert len([f for f in got if f[0] in ("deaths", "injured")]) == 2


@pytest.mark.parametrize("text", [
    "Tarnel quake toll: killed 7, injured 40, missing 3",
    "The Tarnel quake: 7 dead, 40 hurt, 3 missing.",
    "Quake in Tarnel: dead 7, wounded 40, 3 homes lost.",
    "The Tarnel quake left 7 dead, 40 injured, 3 bridges down.",
])
def test_a_list_item_does_not_reach_back_to_an_earlier_items_trigger(tmp_path, text):
    """The 3 is the last item's: not a second death toll."""
    got = read(tmp_path, text)
    assert [f for f in got if f[0] == "deaths"] == [("deaths", "7")]
    assert [f for f in got if f[0] == "injured"] == [("injured", "40")]


@pytest.mark.parametrize("text, value", [
    ("The Tarnel toll has increased by one, to 19, officials said.", "19"),
    ("The Tarnel toll rose by two, to 31, after more bodies were found.", "31"),
])
def test_a_change_between_is_no_list_item(tmp_path, text, value):
    """"increased by one, to 19": the change before the comma leaves the level the trigger's."""
    assert ("deaths", value) in read(tmp_path, text)


@pytest.mark.parametrize("text, not_read", [
    ("Three patients wounded in the Tarnel quake later died.", ("injured", "3")),
    ("Five miners hurt in the quake at Tarnel subsequently died.", ("injured", "5")),
    ("In Tarnel, rescuers aimed at the two collapsed schools found 9 dead.", ("deaths", "2")),
    ("The quake killed people in the three villages near Tarnel.", ("deaths", "3")),
    ("After the quake, rockets aimed at the two Tarnel bridges wounded 12.", ("injured", "2")),
])
def test_a_number_of_something_else_is_not_the_triggers(tmp_path, text, not_read):
    assert not_read not in read(tmp_path, text)


@pytest.mark.parametrize("text", [
    "7 dead 40 injured 3 missing in Tarnel quake",
    "Tarnel quake: 3 missing 7 dead 40 hurt",
    "In Tarnel the quake killed 7 injured 40 missing 3",
    "Tarnel quake: dead 7 hurt 40 missing 3 after aftershock",
    "Tarnel quake: 7 dead, 40 injured, 3 missing",
    "Seven dead, three missing and 40 hurt in Tarnel quake",
])
def test_a_chain_of_three_items_pairs_each_with_its_own(tmp_path, text):
    """With numbers before their words or after them, each of three goes with its own."""
    assert read(tmp_path, text) == [("deaths", "7"), ("injured", "40"), ("missing", "3")]
