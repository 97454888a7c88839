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


@pytest.mark.parametrize("sentence, display, cue, written", [
    ("Harbour, in the spring election, received 209 more seats than at the last election in 2027.", "209", "seat-gain",
     "more"),
    ("The Blues won 40 fewer seats than last time.", "40", "seat-loss", "fewer"),
    ("The Vale Alliance now holds 12 more councils than it did in 2029.", "12", "council-gain", "more"),
])
def test_more_or_fewer_than_before_is_a_change(sentence, display, cue, written):
    """"209 more seats than at the last election" compares with an earlier
    total: the change in what is counted, not the total."""
    doc = make_document("a.txt", sentence + "\n")
    m = next(m for m in article_mentions(doc) if m.kind == "count" and m.display == display)
    assert (m.cue, m.written) == (cue, written)


@pytest.mark.parametrize("sentence, display", [
    # A count of people or of a trigger family keeps its family.
    ("The fire killed 12 more people than the 1998 blaze.", "12"),
    ("Divers recovered two more bodies than on Monday.", "two"),
    # "more" without a comparison is an increment, read as before.
    ("Harbour picked up 30 more seats in the recount.", "30"),
])
def test_more_than_of_people_or_without_than_is_no_change(sentence, display):
    doc = make_document("a.txt", sentence + "\n")
    cues = [m.cue for m in article_mentions(doc) if m.kind == "count" and m.display == display]
    assert not any(c.endswith(("-gain", "-loss")) for c in cues)


@pytest.mark.parametrize("cue, rank", [("seat-whole", 0), ("seat-loss", 1), ("seat-gain", 1), ("seat", 2),
                                       ("deaths", 2), ("label:harbour", 2)])
def test_a_change_settles_a_tie_before_a_total(cue, rank):
    """"losing 37 seats": the change's word is as near the figure as the total's
    noun, and discovery read the figure as a change, so a change's rule goes
    before a total's (after a whole's size)."""
    from factlint.discover.group import Group
    from factlint.discover.run import _extraction_rank
    assert _extraction_rank(Group("count", cue, "", "", (), (), ())) == rank
