"""Sizes: the dimension word written right after a size, sizes in two units
agreeing as conversions, and a size written before its subject's name.
Articles invented."""
from __future__ import annotations

import pytest

from factlint.discover.group import agree
from factlint.discover.mentions import article_mentions
from factlint.discover.run import discover_rules, extract_discovered
from factlint.read.document import make_document


def _sizes(sentence):
    return [(m.display, m.cue) for m in article_mentions(make_document("a.txt", sentence + "\n")) if m.kind == "quantity"]


@pytest.mark.parametrize("sentence, expected", [
    ("The Vela measures 120 metres long, 18 metres wide and 9 metres tall.",
     [("120 metres", "length"), ("18 metres", "width"), ("9 metres", "height")]),
    ("The dock is 40 feet deep and 300 feet long.", [("40 feet", "depth"), ("300 feet", "length")]),
    ("It is almost 400 feet in length, about 60 feet in breadth.", [("almost 400 feet", "length"),
                                                                   ("about 60 feet", "width")]),
    ("The ferry has a beam of 20 metres and is 90 metres long.", [("20 metres", "width"), ("90 metres", "length")]),
])
def test_the_word_after_a_size_is_its_dimension(sentence, expected):
    assert _sizes(sentence) == expected


def _one(sentence):
    return next(m for m in article_mentions(make_document("a.txt", sentence + "\n")) if m.kind == "quantity")


@pytest.mark.parametrize("a, b, same", [
    ("The Vela is 250 metres long.", "The Vela is 820 feet long.", True),  # 820.2 ft, rounded
    ("The Vela is 120 metres long.", "The Vela is 394 feet long.", True),
    ("The Vela is 250 metres long.", "The Vela is 790 feet long.", False),  # 3.7 % off: another figure
    ("The Vela is 250 metres long.", "The Vela is 253 metres long.", False),  # one unit: no rounding
])
def test_sizes_in_two_units_agree_as_conversions(a, b, same):
    assert agree(_one(a), _one(b)) is same
    assert agree(_one(b), _one(a)) is same


@pytest.mark.parametrize("sentence", [
    "The 120-metre Vela had issued a distress call before the crash.",
    "On Monday the Vela, a 120-metre freighter from Corran, lost power near Ardle.",
])
def test_a_size_by_its_subjects_name_is_read_by_the_rule(sentence):
    """A length with two subjects (a ship and a pier): the main one's rule
    triggers on its name too, which a size may be written beside with no noun."""
    texts = ["The Vela, a 120-metre ship, ran aground off Ardle, far from the 40-metre Orla pier.",
             "Vela crews said the 120-metre ship lost power; the Orla pier is 40 metres long.",
             "The Vela is 120 metres long and was built in 2011.",
             "The Vela, 120 metres long, hit the Orla pier, which is 40 metres long.",
             sentence]
    docs = [make_document(f"{i}.txt", t + "\n") for i, t in enumerate(texts)]
    found = discover_rules(docs)
    rule = next(d for d in found if d.group is not None and d.group.cue == "length" and d.group.topic == "vela")
    assert "vela" in rule.data["facts"]["length"]["triggers"]
    kept, extracted = extract_discovered(docs, found)
    assert "4.txt" in {f.path for e in extracted for f in e.facts if f.rule == rule.rule.id}


def _weight_rule(texts):
    docs = [make_document(f"{i}.txt", t + "\n") for i, t in enumerate(texts)]
    found = discover_rules(docs)
    return docs, found, next(d for d in found if d.group is not None and d.group.cue == "weight")


@pytest.mark.parametrize("tons, tonnes", [
    ("The Osprey has a gross tonnage of 64,000 tons.", "The Osprey has a gross tonnage of 64,000 tonnes."),
    ("Weight: 64,000 tons when empty.", "The freighter, the Osprey, weighs 64,000 tonnes."),
    ("The Osprey weighs about 64,000 tons, its owner said.", "The Osprey, which weighs 64,000 metric tons, ran aground."),
])
def test_tons_and_tonnes_of_one_figure_agree(tons, tonnes):
    """One figure written as "tons" in one article and "tonnes" in another is
    the same figure (which ton a writer means is not known): the drafted rule
    reads both articles as agreeing, and reports no disagreement."""
    docs, found, rule = _weight_rule([tons, tonnes, "The Osprey weighs 64,000 tonnes and sails for Corran."])
    assert rule.data["facts"]["weight"]["tolerance"] == "12%"
    kept, results = extract_discovered(docs, found)
    assert rule.rule.id in {d.rule.id for d in kept}


@pytest.mark.parametrize("texts", [
    ["The Osprey weighs 64,000 tonnes.", "The Osprey has a gross tonnage of 64,000 tonnes.",
     "The Osprey weighs 60,000 tonnes, its owner said."],
    ["The Osprey weighs 64,000 tons.", "The Osprey has a gross tonnage of 64,000 tons.",
     "The Osprey weighs 60,000 tons, its owner said."],
])
def test_one_unit_of_tons_keeps_the_narrow_tolerance(texts):
    """Articles all writing the same unit: a figure 6 % off is another figure."""
    _, _, rule = _weight_rule(texts)
    assert rule.data["facts"]["weight"]["tolerance"] == "2%"


@pytest.mark.parametrize("sentence, dimension", [
    ("Weight: 64,000 tons when empty.", "weight"),
    ("Length: 300 metres (984 feet).", "length"),
    ("Depth: 15 metres at low tide.", "depth"),
])
def test_a_fact_box_label_is_a_dimension_not_a_name(sentence, dimension):
    m = _one(sentence)
    assert m.cue == dimension
    assert m.names == ()


def test_a_name_opening_a_clause_is_still_a_name():
    m = _one("Osprey measures 300 metres long.")
    assert [n for n, _ in m.names] == ["osprey"]


# Two fires: the Tarn fire's area is written in three articles, the Kell
# fire's (much smaller) in three; two articles write the Tarn fire's with no name.
AREAS = {
    "a.txt": "The Tarn fire has burned 3,480 acres, and the Kell fire 150 acres.\n",
    "b.txt": "The Kell fire burned about 150 acres, while the Tarn fire burned 3,480 acres.\n",
    "c.txt": "The Kell fire has burned 160 acres, and the Tarn fire 3,480 acres.\n",
    "d.txt": "The fire burned more than 3,400 acres, officials said.\n",
    "e.txt": "So far an estimated 3,480 acres have burned.\n",
}


def test_a_size_naming_no_subject_goes_to_the_subject_it_agrees_with():
    docs = [make_document(name, text) for name, text in sorted(AREAS.items())]
    found = discover_rules(docs)
    groups = [d.group for d in found if d.group is not None and d.group.cue == "area"]
    tarn = next(g for g in groups if any(m.display == "3,480 acres" for m in g.mentions))
    assert {m.path for m in tarn.mentions} >= {"d.txt", "e.txt"}
    assert not any(m.display in ("150 acres", "about 150 acres", "160 acres") for m in tarn.mentions)
