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
