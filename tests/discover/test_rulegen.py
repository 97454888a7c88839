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
