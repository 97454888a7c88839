"""What a ship or hall can hold is another fact than what it holds; a fact
box's count label names no subject; a subject's ties go to the value written
first. Articles invented."""
from __future__ import annotations

import pytest

from factlint.discover.mentions import article_mentions
from factlint.discover.run import discover_rules, extract_discovered
from factlint.read.document import make_document


@pytest.mark.parametrize("sentence, value", [
    ("The Vela can carry 9,000 containers.", "9,000"),
    ("The Vela can carry the equivalent of almost 9,000 shipping containers.", "almost 9,000"),
    ("It has a capacity to carry 9,000 TEUs.", "9,000"),
    ("The freighter has a capacity of 9,000 containers.", "9,000"),
    ("Capacity: 9,000 20-foot containers.", "9,000"),
    ("The new arena could hold 18,000 fans.", "18,000"),
    ("The hall can seat 1,500 people.", "1,500"),
])
def test_a_count_after_a_capacity_word_is_a_capacity(sentence, value):
    cues = {m.display: m.cue for m in article_mentions(make_document("a.txt", sentence + "\n")) if m.kind == "count"}
    assert cues.get(value) == "capacity"


@pytest.mark.parametrize("sentence, value, cue", [
    ("The Vela had 4,100 containers aboard.", "4,100", "container"),
    ("Crews removed 120 containers from the Vela.", "120", "container"),
    ("The Vela carried 4,100 containers when it struck the pier.", "4,100", "container"),
    ("There were 3,000 fans in the arena.", "3,000", "fans"),
])
def test_a_count_on_hand_is_no_capacity(sentence, value, cue):
    cues = {m.display: m.cue for m in article_mentions(make_document("a.txt", sentence + "\n")) if m.kind == "count"}
    assert cues.get(value) == cue


STORY = {
    "a.txt": "The Vela can carry almost 9,000 containers; it had 4,100 containers aboard. Impressive as that is, "
             "the largest ships can carry more than 20,000.\nCapacity: 9,000 20-foot containers.\n",
    "b.txt": "Built by Tarn Yards, the Vela has a capacity to carry 9,000 TEUs.\n",
    "c.txt": "The Vela had about 4,100 containers aboard.\n",
}


def test_capacities_of_several_articles_are_one_group_apart_from_the_load():
    docs = [make_document(name, text) for name, text in sorted(STORY.items())]
    found = discover_rules(docs)
    kept, extracted = extract_discovered(docs, found)
    capacity = next(d.rule.id for d in kept if d.group is not None and d.group.cue == "capacity")
    read = {(f.path, f.display) for e in extracted for f in e.facts if f.rule == capacity}
    assert {("b.txt", "9,000"), ("a.txt", "9,000")} <= read
    assert ("c.txt", "about 4,100") not in read


@pytest.mark.parametrize("label", ["Capacity", "Deaths", "Crew", "Length", "Weight"])
def test_a_fact_box_label_is_no_subject(label):
    mentions = article_mentions(make_document("a.txt", f"{label}: 12 rooms.\n"))
    assert mentions and all(label.lower() not in dict(m.names) for m in mentions)
