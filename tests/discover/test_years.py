"""Years and dates given to the group they are near, when the nearer word is
another year's group's. Articles invented."""
from __future__ import annotations

import pytest

from factlint.discover.run import discover_rules, extract_discovered
from factlint.read.document import make_document

OTHERS = {
    "b.txt": "The deadliest wildfire since 1931 swept the valley.\nIn 2016, the Ridge Fire killed 40 people.\n",
    "c.txt": "The blaze was the deadliest wildfire since 1931.\nThe Ridge Fire killed 40 people in 2016.\n",
    "d.txt": "The Ridge Fire killed 40 people in 2016, officials said.\n",
}


@pytest.mark.parametrize("sentence", [
    "It was the deadliest wildfire since the 2016 Ridge Fire, which killed 40 people.",
    "The deadliest wildfire since the 2016 Ridge Fire, which killed 40 people, swept the valley.",
    "Officials called it the worst wildfire since the 2016 Ridge Fire that killed 40 people.",
])
def test_a_year_far_from_the_nearer_words_group_goes_to_its_own(sentence):
    docs = [make_document(name, text) for name, text in sorted({"a.txt": sentence + "\n", **OTHERS}.items())]
    kept, extracted = extract_discovered(docs, discover_rules(docs))
    years = {(f.path, f.display): f.rule for e in extracted for f in e.facts if f.kind == "year"}
    assert ("a.txt", "2016") in years
    # The same rule as the other articles' 2016.
    assert years[("a.txt", "2016")] == years[("d.txt", "2016")]
    assert ("a.txt", "1931") not in years



THREE = {
    "b.txt": "The deadliest wildfire since 1931 swept the valley.\nIn 2016, the Ridge Fire killed 40.\n"
             "In 1958, 30 people drowned in Orla.\nThe new fire started on May 3 near Tarn.\n",
    "c.txt": "The blaze was the deadliest wildfire since 1931.\nThe Ridge Fire killed 40 in 2016.\n"
             "Some 30 people drowned at Orla in 1958.\nThe fire began on May 3.\n",
    "d.txt": "The Ridge Fire killed 40 in 2016, officials said.\nIn 1958, 30 people drowned.\n"
             "Since the May 3 fire, Tarn is empty.\n",
}


@pytest.mark.parametrize("sentence", [
    "The fire in 2016 left 40 people killed.",
    "In 2016 fire left 40 people dead or killed.",
    "Fire in 2016: 40 people killed.",
    "The 2016 fire, 40 people killed, was the worst.",
])
def test_a_far_year_passes_every_group_that_sets_it_aside(sentence):
    """The day's rule ("fire", May 3) takes the bare year 2016 and sets it aside;
    the next nearest word, "people", is the 1958 group's, which sets it aside
    too; the 2016 then goes to the 2016 group ("killed")."""
    docs = [make_document(name, text) for name, text in sorted({"a.txt": sentence + "\n", **THREE}.items())]
    kept, extracted = extract_discovered(docs, discover_rules(docs))
    years = {(f.path, f.display): f.rule for e in extracted for f in e.facts if f.kind == "year"}
    assert years.get(("a.txt", "2016")) == years[("d.txt", "2016")]


# A 2007 group ("election in 2007", three articles) and a 2011 group ("general
# election since 2011", two): the 2011 is the 2011 group's, though the 2007
# group's rule, first on the tie, takes it and it is within ten years of 2007.
FOUR = {
    "b.txt": "Harbour won the election in 2007.\nTurnout was the lowest at a general election since 2011.\n",
    "c.txt": "Harbour won a second election in 2007.\nIt was the worst general election turnout since 2011.\n",
    "d.txt": "Harbour lost the election in 2007 by a mile.\n",
}


@pytest.mark.parametrize("sentence", [
    "This would be the lowest turnout at a general election since 2011.",
    "Turnout was the lowest at any general election since 2011, officials said.",
    "In 1985 turnout reached 83%.\nThis would be the lowest turnout at a general election since 2011.",
])
def test_a_year_goes_to_the_group_that_states_it_not_a_near_one(sentence):
    docs = [make_document(name, text) for name, text in sorted({"a.txt": sentence + "\n", **FOUR}.items())]
    kept, extracted = extract_discovered(docs, discover_rules(docs))
    years = {(f.path, f.display): f.rule for e in extracted for f in e.facts if f.kind == "year"}
    assert years[("b.txt", "2011")] != years[("d.txt", "2007")]
    assert years.get(("a.txt", "2011")) == years[("b.txt", "2011")]
