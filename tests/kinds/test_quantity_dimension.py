"""A measure followed by the dimension it measures ("20 feet deep", "25 feet under
the river") is that dimension: a fact about another one does not take it."""
import textwrap

import pytest

from factlint.extract.extract import extract_facts
from factlint.read.document import make_document
from factlint.rules import load_rules

PIER = """\
id: pier
scope: [pier, Vossk]
facts:
  length:
    kind: quantity
    unit: ft
    triggers: [long, length, pier]
  depth:
    kind: quantity
    unit: ft
    triggers: [deep, depth]
"""


@pytest.fixture
def rules(tmp_path):
    (tmp_path / "pier.yaml").write_text(textwrap.dedent(PIER), encoding="utf-8")
    return load_rules(str(tmp_path))


def read(rules, text):
    return {(f.fact, round(f.value["lo"])) for f in extract_facts(make_document("a.txt", text), rules)}


@pytest.mark.parametrize("text", [
    "The Vossk pier fell, and divers found a car about 25 feet under the water.",
    "The pier collapsed into a channel about 20 feet deep.",
    "Beside the pier a 45-foot deep basin opened to ships.",
    "The pier at Vossk stood 30 feet high before the storm.",
    "Near the pier a second channel, 300 feet wide, was cleared.",
    "The wreck of the pier lies 12 feet below the surface.",
])
def test_another_dimension_is_not_a_length(rules, text):
    assert not any(fact == "length" for fact, _ in read(rules, text))


@pytest.mark.parametrize("text, expected", [
    ("The Vossk pier is 900 feet long.", ("length", 900)),
    ("The 900-foot-long pier fell.", ("length", 900)),
    ("The Vossk pier is 900 feet in length and its basin is 40 feet deep.", ("depth", 40)),
    ("The water by the pier is 25 feet deep.", ("depth", 25)),
])
def test_the_named_dimension_is_read(rules, text, expected):
    assert expected in read(rules, text)


SEA = """\
id: surge
scope: [surge, Kessa Bay]
facts:
  waves:
    kind: quantity
    unit: m
    triggers: [waves, surge]
    expected: up to 2 m
"""


def surge(tmp_path, text):
    from factlint.compare.compare import compare
    (tmp_path / "surge.yaml").write_text(SEA, encoding="utf-8")
    rules = load_rules(str(tmp_path))
    doc = make_document("a.txt", text)
    facts = extract_facts(doc, rules)
    findings, _ = compare(facts, rules, (doc.path,))
    return [f.display for f in facts], bool(findings)


@pytest.mark.parametrize("text, display", [
    ("The surge sent waves up to 6 m high into Kessa Bay.", "at most 6 m"),
    ("In Kessa Bay the waves stood 3 metres tall.", "3 m"),
    ("The surge was 4 m deep in the streets of Kessa Bay.", "4 m"),
])
def test_a_fact_whose_triggers_name_no_dimension_takes_any(tmp_path, text, display):
    """Waves or a surge have no dimension of their own: "6 m high" is their size."""
    assert surge(tmp_path, text)[0] == [display]


@pytest.mark.parametrize("text, flagged", [
    ("The surge sent waves up to 6 m high into Kessa Bay.", True),
    ("Waves of up to 2.5 metres hit Kessa Bay.", True),
    ("Waves of as much as 5 m hit Kessa Bay.", True),
    ("Waves of up to 2 m hit Kessa Bay.", False),
    ("Waves of at most two metres hit Kessa Bay.", False),
    ("Waves of 1.5 m hit Kessa Bay.", False),
    ("Waves of up to 200 cm hit Kessa Bay.", False),
])
def test_a_stated_maximum_disagrees_with_another_maximum(tmp_path, text, flagged):
    """"up to 6 m" against "up to 2 m": two maxima are compared by their maxima; a figure
    under the maximum agrees with it."""
    assert surge(tmp_path, text)[1] is flagged
