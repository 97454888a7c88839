"""Shares read by what they are shares of: a party's vote however written,
turnout, a share of seats; cut-short decimals; a share whose subject is
not named. Articles invented."""
from __future__ import annotations

from dataclasses import replace

import pytest

from factlint.discover.group import Group, agree
from factlint.discover.mentions import article_mentions
from factlint.discover.settle import doubt_value
from factlint.read.document import make_document


def _share(sentence: str, display: str):
    doc = make_document("a.txt", sentence + "\n")
    return next(m for m in article_mentions(doc) if m.kind == "percent" and m.display == display)


@pytest.mark.parametrize("sentence, display, cue", [
    ("The Harbour Party won 31.4% of the vote.", "31.4%", "vote"),
    ("The Harbour Party took 31 per cent of the overall vote in Norland.", "31 per cent", "vote"),
    ("The Harbour Party's vote share was 31.4%.", "31.4%", "vote"),
    ("The Blues secured a vote share of just 31.4 per cent.", "31.4 per cent", "vote"),
    ("The Harbour Party's vote share rose by a point, to 31%.", "31%", "vote"),
    ("The Harbour Party secured 31.4% of the vote share.", "31.4%", "vote"),
    ("The Harbour coalition comprised just 31.4% of the voters.", "31.4%", "vote"),
    ("Harbour won its majority with just 31% of the votes cast.", "31%", "vote"),
    ("Turnout across Norland, finally, was 58%.", "58%", "turnout"),
    ("Voter turnout for the election was around 58%.", "around 58%", "turnout"),
    ("With 600 of 612 results declared, turnout stood at 58.2%.", "58.2%", "turnout"),
    ("Turnout in the Norland general election was 58 percent.", "58 percent", "turnout"),
    ("The Harbour Party won 61.3% of seats on a vote share of 31.4%.", "61.3%", "seat"),
    ("The Harbour Party won 61.3% of the available seats.", "61.3%", "seat"),
])
def test_a_share_is_read_by_what_it_is_a_share_of(sentence, display, cue):
    assert _share(sentence, display).cue == cue


@pytest.mark.parametrize("a, b, same", [
    ("61%", "61.7%", True),  # cut short
    ("61%", "61.4%", True),  # rounded
    ("61%", "60.6%", True),
    ("61%", "60.2%", False),  # neither rounded nor cut short
    ("61%", "62%", False),
    ("31.4%", "31.3%", False),  # the same precision: a disagreement
    ("31.4%", "31.4%", True),
    ("33%", "31.4%", False),
])
def test_cut_short_decimals_agree(a, b, same):
    base = _share("The Harbour Party won 31.4% of the vote.", "31.4%")

    def at(display: str):
        value = float(display.rstrip("%"))
        return replace(base, lo=value, hi=value, display=display)

    assert agree(at(a), at(b)) is same
    assert agree(at(b), at(a)) is same


@pytest.mark.parametrize("sentence, display, sure", [
    ("Yet for all its impressive 18.2% of the vote, the party won only four seats.", "18.2%", False),
    ("The party's 18.2% of the vote bought it four seats.", "18.2%", False),
    ("Harbour won 18.2% of the vote.", "18.2%", True),
])
def test_a_share_whose_subject_is_not_named_is_not_reported(sentence, display, sure):
    top = _share("The Harbour Party won 31.4% of the vote.", "31.4%")
    mention = replace(_share(sentence, display), path="b.txt")
    others = tuple(replace(top, path=f"{i}.txt") for i in range(4))
    group = Group("percent", "vote", "", "harbour", ("harbour",), ("vale",), others + (mention,))
    assert (doubt_value(mention, top, group) is None) is sure


@pytest.mark.parametrize("sentence, display, cue", [
    ("Turnout across Norland was 58%, the lowest since the 1998 election at 55%.", "55%", "turnout"),
    ("Turnout was 58%, the second-lowest in a Norland election since 1921, the lowest being the 1998 poll at 55%.",
     "55%", "turnout"),
    ("Turnout was 58%, while Harbour won 40%.", "40%", "won"),  # a share naming its subject is its subject's
])
def test_a_sentences_turnout_carries_to_shares_naming_no_subject(sentence, display, cue):
    assert _share(sentence, display).cue == cue


def test_a_partys_share_written_four_ways_is_one_group():
    from factlint.discover.group import find_groups

    texts = ["The Harbour Party won 31.4% of the vote, and the Blues 22.1% of the vote.",
             "Harbour's vote share was 31.4 per cent, the Blues' 22.1 per cent.",
             "The Harbour coalition comprised just 31.4% of the voters, the Blues 22.1%.",
             "Harbour secured a vote share of 31%, while the Blues slumped to 22.1% of the vote.",
             "Turnout in Norland was 58.2%, the lowest since the 1998 election."]
    mentions = [m for i, t in enumerate(texts) for m in article_mentions(make_document(f"{i}.txt", t + "\n"))]
    groups = [g for g in find_groups(mentions) if g.kind == "percent" and g.cue == "vote"]
    harbour = next(g for g in groups if "harbour" in g.names)
    assert {m.display for m in harbour.mentions} >= {"31.4%", "31.4 per cent", "31%"}
    assert len(harbour.articles) == 4
    assert all(m.cue != "vote" for m in mentions if m.display == "58.2%")
