"""Bare figures in a list of subjects after a count ("Harbour won 41 seats, with
the Blues now on 12 and Vale on 4"), and members counted as seats ("four MPs").
Sentences invented."""
from __future__ import annotations

import pytest

from factlint.discover.mentions import article_mentions
from factlint.discover.run import discover_rules, extract_discovered
from factlint.read.document import make_document


def _mentions(sentence: str) -> dict[str, tuple[str, str, set[str]]]:
    doc = make_document("a.txt", sentence + "\n")
    return {m.display: (m.cue, m.written, {n for n, _ in m.names}) for m in article_mentions(doc) if m.kind == "count"}


@pytest.mark.parametrize("sentence, display, written, names", [
    ("The Harbour Party has won 141 seats, with Vale Alliance now on 12, the Blues on 9 and Tarn on 3.",
     "12", "Vale Alliance now on", {"vale", "alliance"}),
    ("The Harbour Party has won 141 seats, with Vale Alliance now on 12, the Blues on 9 and Tarn on 3.",
     "9", "Blues on", {"blues"}),
    ("The Harbour Party has won 141 seats, with Vale Alliance now on 12, the Blues on 9 and Tarn on 3.",
     "3", "Tarn on", {"tarn"}),
    ("Harbour took 88 councils, Vale on 17.", "17", "Vale on", {"vale"}),
])
def test_a_list_item_counts_the_noun_before_and_names_its_own_subject(sentence, display, written, names):
    cue, found_written, found_names = _mentions(sentence)[display]
    assert found_written == written
    assert cue in ("seat", "council")
    assert found_names == names


@pytest.mark.parametrize("sentence, display, not_named", [
    ("The Blue Party is left with only 93 seats, with Vale Alliance on 12 and Tarn with 4.", "93", {"vale", "alliance"}),
    ("Harbour won 141 seats, the Blues on 9.", "141", {"blues"}),
])
def test_a_list_items_name_is_no_other_figures_subject(sentence, display, not_named):
    _, _, names = _mentions(sentence)[display]
    assert not names & not_named


@pytest.mark.parametrize("sentence, display", [
    ("Eight people were on 12 boats.", "12"),        # no count before the item
    ("The Blues on 9 March won 41 seats.", "9"),     # a date, not an item
])
def test_a_figure_after_on_with_no_list_is_no_item(sentence, display):
    found = _mentions(sentence).get(display)
    assert found is None or not found[1].endswith(" on")


@pytest.mark.parametrize("sentence, cue", [
    ("Harbour won 212 seats and a working majority of 24 MPs.", "majority"),
    ("Harbour now commands a majority of 24 MPs in the chamber.", "majority"),
    ("The Harbour Party has four MPs so far.", "seat"),
])
def test_members_after_a_noun_of_are_that_nouns(sentence, cue):
    assert _mentions(sentence)[sentence.split(" MPs")[0].split()[-1]][0] == cue


def _taken(texts: dict[str, str]) -> dict[tuple[str, str], str]:
    docs = [make_document(name, text + "\n") for name, text in texts.items()]
    kept, extracted = extract_discovered(docs, discover_rules(docs, 2), 2)
    return {(f.path, f.display): f.rule for e in extracted for f in e.facts if f.kind == "count"}


def test_a_drafts_members_trigger_leaves_a_majority_to_its_rule():
    """"four MPs" is a party's seats, so the draft triggers on "MPs" too; the
    figure of "a majority of 24 MPs" stays the majority's."""
    taken = _taken({
        "a.txt": "Harbour won 212 seats, a majority of 24.",
        "b.txt": "Harbour won 212 seats and a working majority of 24 MPs.",
        "c.txt": "Harbour now has 212 MPs, its leader said.",
        "d.txt": "Harbour has a majority of 24, with 212 seats.",
    })
    seats, majority = taken[("a.txt", "212")], taken[("a.txt", "24")]
    assert seats != majority
    assert taken[("c.txt", "212")] == seats
    assert taken[("b.txt", "24")] == majority and taken[("b.txt", "212")] == seats


def test_list_items_are_read_by_their_subjects_draft():
    taken = _taken({
        "a.txt": "The Harbour Party has won 141 seats, with the Vale Alliance now on 12 and the Blues on 9.",
        "b.txt": "The Vale Alliance won 12 seats on Thursday.",
        "c.txt": "The Blues won 9 seats, and the Vale Alliance took 12 seats.",
        "d.txt": "The Vale Alliance has 12 MPs so far, its leader said.",
        "e.txt": "The Blues won 9 seats in the north.",
        "f.txt": "The Blues have 9 MPs.",
        "g.txt": "The Harbour Party has won 141 seats.",
        "h.txt": "The Harbour Party took 141 seats, its best result.",
    })
    vale = taken[("b.txt", "12")]
    assert taken[("a.txt", "12")] == vale and taken[("d.txt", "12")] == vale
    assert taken[("a.txt", "9")] == taken[("e.txt", "9")] != vale
    assert taken[("a.txt", "141")] == taken[("g.txt", "141")] != vale
