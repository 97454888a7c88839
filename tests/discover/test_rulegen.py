"""Draft rules from discovered groups (factlint/discover/rulegen.py). Articles invented."""
from __future__ import annotations

import pytest

from factlint.discover.group import Group
from factlint.discover.mentions import article_mentions
from factlint.discover.rulegen import group_rule
from factlint.read.document import make_document


def _dated(sentences: list[str], kind: str = "date") -> Group:
    mentions = [m for i, s in enumerate(sentences)
                for m in article_mentions(make_document(f"{chr(97 + i)}.txt", s + "\n")) if m.kind == kind]
    return Group(kind, mentions[0].cue, "", "", (), (), tuple(mentions))


@pytest.mark.parametrize("sentences, wanted", [
    # One event word written two ways counts once per article, its forms side by
    # side, ahead of a word fewer articles write.
    (["The Vela pier collapsed on May 4.", "After the pier collapse on May 4, the port closed.",
      "Since the collapse on May 4, ferries have stopped.", "The pier was struck on May 4.",
      "A barge struck the pier on May 4."],
     ["collapse", "collapsed", "struck"]),
    (["The Ardle dam opened in 1961.", "Since its opening in 1961 the dam has held.",
      "The dam, opened in 1961, was built by Corran.", "Its flood gates were tested in 1961.",
      "Engineers tested it in 1961."],
     ["opened", "opening", "tested"]),
])
def test_a_dates_triggers_are_its_event_words_in_every_form(sentences, wanted):
    rule = group_rule(_dated(sentences, "year" if "1961" in sentences[0] else "date"), "r")
    assert rule is not None
    triggers = next(iter(rule["facts"].values()))["triggers"]
    assert set(triggers[:2]) == set(wanted[:2]) and wanted[2] in triggers


def test_a_counted_nouns_triggers_are_as_written():
    sentences = ["Harbour won 40 seats.", "Harbour took 40 seats in the vote.", "Harbour has 40 seats."]
    mentions = [m for i, s in enumerate(sentences) for m in article_mentions(make_document(f"{i}.txt", s + "\n"))]
    rule = group_rule(Group("count", "seat", "", "", (), (), tuple(mentions)), "r")
    assert rule is not None and rule["facts"]["seats"]["triggers"] == ["seats"]


CHANGES = ["Harbour won 318 seats, a gain of 140.", "Harbour gained 140 seats.", "Harbour had 318 seats, up 140.",
           "Harbour won a majority of 80, overturning 140 seats.", "Harbour flipped 140 seats.",
           "Harbour won 140 more seats than in 2027.", "Harbour won 318 seats, an increase of 140.",
           "Harbour's seats rose, gaining 140."]


@pytest.mark.parametrize("rare", ["up", "more", "increase"])
def test_a_changes_triggers_keep_every_change_word_written(rare):
    """A change's words are a closed set of general change words: one written
    once ("up 140") is a trigger still, however many others the copy writes."""
    mentions = [m for i, s in enumerate(CHANGES) for m in article_mentions(make_document(f"{i}.txt", s + "\n"))
                if m.cue == "seat-gain"]
    assert len({m.written for m in mentions}) > 6
    rule = group_rule(Group("count", "seat-gain", "", "", (), (), tuple(mentions)), "r")
    assert rule is not None and rare in next(iter(rule["facts"].values()))["triggers"]


def test_a_counted_nouns_triggers_stay_few():
    nouns = ["seats", "councils", "wards", "districts", "boroughs", "parishes", "regions", "zones"]
    mentions = [m for i, n in enumerate(nouns)
                for m in article_mentions(make_document(f"{i}.txt", f"Harbour won 40 {n}.\n"))]
    rule = group_rule(Group("count", "seat", "", "", (), (), tuple(mentions)), "r")
    assert rule is not None and len(next(iter(rule["facts"].values()))["triggers"]) == 6


@pytest.mark.parametrize("label", ["Harbour Party", "Vale Alliance", "Blues"])
def test_a_forecast_tables_label_draft_reads_only_forecasts(label):
    """A figure labelled in a forecast's table ("Harbour Party: 41" under "The
    projected seats:") is the forecast's: its draft, triggered by the label,
    reads only where a forecast is named or carried, never a result ("the
    Harbour Party on 4" in the final count)."""
    from dataclasses import replace

    from factlint.discover.lexicon import PROJECTION_TERMS
    from factlint.discover.mentions import LABEL
    docs = [make_document(f"{i}.txt", f"The projected seats:\n\n{label}: 41\n") for i in range(2)]
    mentions = tuple(replace(m, projected=True) for d in docs for m in article_mentions(d) if m.kind == "count")
    assert mentions and all(m.cue == f"{LABEL}{label.lower()}" for m in mentions)
    rule = group_rule(Group("count", mentions[0].cue, "", "", (), (), mentions, projected=True), "r")
    assert rule is not None and rule["facts"][next(iter(rule["facts"]))]["triggers"] == [label]
    assert rule["scope"]["any"] == list(PROJECTION_TERMS)
