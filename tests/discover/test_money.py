"""Sums of money: the cost, the damage and the value lost are one fact however
the copy names it. Articles invented."""
from __future__ import annotations

import pytest

from factlint.discover.mentions import article_mentions
from factlint.discover.run import discover_rules, extract_discovered
from factlint.read.document import make_document


def _money(sentence):
    return [(m.display, m.cue) for m in article_mentions(make_document("a.txt", sentence + "\n")) if m.kind == "money"]


@pytest.mark.parametrize("sentence, display", [
    ("Officials estimated the cost to rebuild Corran at $2.5 billion.", "$2.5 billion"),
    ("The storm did an estimated $2.5 billion in damage, the council said.", "an estimated $2.5 billion"),
    ("An estimated value of $2.5 billion has gone away, the mayor said.", "$2.5 billion"),
    ("The agency put the cost of the repairs at nearly $3 billion.", "nearly $3 billion"),
    ("The flood caused $2.5 billion in damages, insurers said.", "$2.5 billion"),
    ("The mayor said the damage would reach billions of dollars.", "billions of dollars"),
])
def test_a_sum_is_a_cost_however_named(sentence, display):
    assert (display, "cost") in _money(sentence)


@pytest.mark.parametrize("sentence", [
    "The council raised $2.5 million for the victims, the mayor said.",
    "Donors have given $400,000 to the Corran relief fund.",
    "Each day, upward of $9 million worth of cargo passes through Corran's port.",
])
def test_other_sums_keep_their_own_word(sentence):
    assert all(cue != "cost" for _, cue in _money(sentence))


def test_one_sum_named_two_ways_is_one_group_and_agrees():
    texts = ["The storm destroyed 900 homes in Corran; an estimated value of $2.5 billion has gone, the mayor said.",
             "Officials put the cost to rebuild Corran at $2.5 billion after the storm.",
             "In Corran, the damage from the storm was estimated at $2.5 billion.",
             "The storm flattened Corran's harbour; rebuilding will cost about $2.5 billion, officials said."]
    docs = [make_document(f"{i}.txt", t + "\n") for i, t in enumerate(texts)]
    found = discover_rules(docs)
    groups = [d for d in found if d.group is not None and d.group.kind == "money"]
    assert len(groups) == 1
    assert len({m.path for m in groups[0].group.mentions}) == 4
    kept, _ = extract_discovered(docs, found)
    assert groups[0].rule.id in {d.rule.id for d in kept}
