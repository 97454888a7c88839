"""A legislature's seats written as members or districts, and the size of a
whole (a body's seats, the total a part is out of) as a fact of its own.
Articles invented."""
from __future__ import annotations

import pytest

from factlint.discover.group import find_groups
from factlint.discover.mentions import WHOLE, article_mentions
from factlint.discover.run import discover_rules, extract_discovered
from factlint.read.document import make_document


def _mentions(sentence: str):
    return article_mentions(make_document("a.txt", sentence + "\n"))


def _cue(sentence: str, display: str) -> str:
    return next(m.cue for m in _mentions(sentence) if m.display == display)


@pytest.mark.parametrize("sentence, display", [
    ("The Harbour Party has four MPs so far.", "four"),
    ("The Harbour Party won in 41 constituencies, officials said.", "41"),
    ("The Harbour Party now holds 41 seats.", "41"),
    ("The Vale Alliance will retain just nine MPs in the north.", "nine"),
    ("Harbour took one constituency from the Vale Alliance.", "one"),
])
def test_members_and_districts_count_seats(sentence, display):
    assert _cue(sentence, display) == "seat"


@pytest.mark.parametrize("sentence, display, cue", [
    ("Harbour won 41 seats in the 300-seat Assembly.", "300", "seat" + WHOLE),
    ("Harbour won 41 seats in the 300 seat Assembly of Norland.", "300", "seat" + WHOLE),
    ("Harbour is the largest party in the 300-member Assembly.", "300", "seat" + WHOLE),
    ("Harbour won 41 seats in the 300-seat parliament.", "300", "seat" + WHOLE),
    ("Harbour won 141 out of 300 seats.", "300", "seat" + WHOLE),
    ("Harbour won 141 out of the 300 parliamentary seats.", "300", "seat" + WHOLE),
    ("Harbour has 47% of the 300 seats.", "300", "seat" + WHOLE),
    ("Once 298 of the 300 Assembly seats had declared, Harbour led.", "300", "seat" + WHOLE),
    ("Harbour holds 141 seats of the 300 seats in the chamber.", "300", "seat" + WHOLE),
    ("Voting closed in nearly all 300 seats by ten.", "300", "seat" + WHOLE),
    ("With 280 of 300 results declared, turnout stood at 61%.", "300", "result" + WHOLE),
    # Not a whole: the part itself, a margin, a count of people, a noun of its own before "of".
    ("Harbour won a 40-seat majority in the Assembly.", "40", "majority"),
    ("Two of the six workers were found alive.", "six", "missing"),
    ("Harbour won with a majority of 174 parliamentary seats.", "174", "majority"),
])
def test_the_size_of_a_whole(sentence, display, cue):
    found = [m.cue for m in _mentions(sentence) if m.display == display]
    if cue == "missing":  # a count of people is left to its family, never read as a whole
        assert not any(c.endswith(WHOLE) for c in found)
    elif cue == "majority":
        assert not any(c.endswith(WHOLE) for c in found)
    else:
        assert found == [cue]


def test_a_whole_is_one_group_and_its_rule_takes_no_partys_count():
    texts = ["Harbour won 141 seats in the 300-seat Assembly.",
             "Harbour won 141 out of 300 seats, and the Vale Alliance won 90 seats.",
             "With 280 of 300 results declared, Harbour had 130 seats.",
             "Harbour won 141 seats. The Vale Alliance won 90 seats in the 300-member Assembly.",
             "The Vale Alliance won 90 seats, Harbour 141."]
    docs = [make_document(f"{i}.txt", t + "\n") for i, t in enumerate(texts)]
    mentions = [m for d in docs for m in article_mentions(d)]
    wholes = [g for g in find_groups(mentions) if g.cue.endswith(WHOLE)]
    assert len(wholes) == 1 and {m.display for m in wholes[0].mentions} == {"300"}
    found = discover_rules(docs)
    kept, extracted = extract_discovered(docs, found)
    whole = next(d.rule.id for d in kept if d.group is not None and d.group.cue.endswith(WHOLE))
    read = {(f.path, f.display) for e in extracted for f in e.facts if f.rule == whole}
    # (The results' whole is written once: no trigger of the seats' group reads it.)
    assert read == {("0.txt", "300"), ("1.txt", "300"), ("3.txt", "300")}


def test_two_wholes_of_one_size_are_one_group():
    texts = ["With 280 of 300 results declared, Harbour had 130 seats.",
             "With 290 of 300 results declared, Harbour had 135 seats.",
             "Harbour won 141 seats in the 300-seat Assembly.",
             "Harbour won 141 out of 300 seats."]
    mentions = [m for i, t in enumerate(texts) for m in article_mentions(make_document(f"{i}.txt", t + "\n"))]
    wholes = [g for g in find_groups(mentions) if g.cue.endswith(WHOLE)]
    assert len(wholes) == 1 and len(wholes[0].articles) == 4
