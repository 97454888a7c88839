"""A change written after the total it changes ("won 318 seats, up 40"; "a
gain of 40") is a change in what the total counts, not another total.
Sentences invented."""
from __future__ import annotations

import pytest

from factlint.discover.mentions import article_mentions
from factlint.read.document import make_document


def _cue(sentence: str, display: str) -> str:
    doc = make_document("a.txt", sentence + "\n")
    return next(m.cue for m in article_mentions(doc) if m.kind == "count" and m.display == display)


@pytest.mark.parametrize("sentence, display, cue", [
    ("The Harbour Party won 318 seats, up 140 on the last election.", "140", "seat-gain"),
    ("The Blues won just 93 seats, down 212 seats on the previous election.", "212", "seat-loss"),
    ("The Blues won 93 seats (down 212).", "212", "seat-loss"),
    ("Harbour won some 318 seats, an increase of 140.", "140", "seat-gain"),
    ("The Blues held 93 seats, a loss of 212.", "212", "seat-loss"),
    ("Harbour gained 140 seats.", "140", "seat-gain"),
    # Seats taken from another party are a gain, as the count kind reads them.
    ("Harbour won a majority of 80, overturning 140 seats.", "140", "seat-gain"),
    ("Harbour flipped 140 seats in the north.", "140", "seat-gain"),
    ("The Blues overturned 12 seats held by Harbour.", "12", "seat-gain"),
])
def test_a_change_after_its_total(sentence, display, cue):
    assert _cue(sentence, display) == cue


@pytest.mark.parametrize("sentence, display", [
    # "up"/"down" inside a phrase is not a change set after a total.
    ("Air defences shot down 12 drones over Estmarch.", "12"),
    ("The ferry went down 3 miles off Norland with 40 cars aboard.", "40"),
    ("Harbour won 318 seats, making up 52 per cent of the chamber, and 40 councils.", "40"),
])
def test_up_and_down_in_a_phrase_are_no_change(sentence, display):
    assert not _cue(sentence, display).endswith(("-gain", "-loss"))
