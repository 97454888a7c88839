"""A record's span written with a superlative that says only "record" ("the
worst in more than 70 years") joins the record other articles write with the same span.
Articles invented."""
from __future__ import annotations

import pytest

from factlint.discover.group import find_groups, general_records
from factlint.discover.mentions import article_mentions
from factlint.read.document import make_document

OTHERS = ("The Vela floods were the deadliest in more than 70 years.",
          "It was the deadliest flood in more than 70 years, officials said.")


def _mentions(sentences):
    out = []
    for i, s in enumerate(sentences):
        out += [m for m in article_mentions(make_document(f"{i}.txt", s + "\n")) if m.kind == "quantity"]
    return out


@pytest.mark.parametrize("sentence, joins", [
    ("The Vela floods were the worst in more than 70 years.", True),
    ("It was the worst flooding for more than seventy years.", True),  # the same span in other words
    ("Vela had its best harvest in more than 70 years.", True),
    ("It was the worst flood in 40 years.", False),  # another span: another record
    ("The worst storm in more than ten years hit Vela.", False),
])
def test_a_general_superlative_takes_the_records_word(sentence, joins):
    mentions = general_records(_mentions([sentence, *OTHERS]))
    assert (mentions[0].cue == "deadliest") is joins
    groups = [g for g in find_groups(_mentions([sentence, *OTHERS])) if g.cue == "deadliest"]
    assert len(groups) == 1 and (len(groups[0].articles) == 3) is joins


def test_a_specific_superlative_keeps_its_own_record():
    mentions = general_records(_mentions(["Vela's largest fire in more than 70 years burned on.", *OTHERS]))
    assert mentions[0].cue == "largest"


@pytest.mark.parametrize("forecast", [
    "Norland turnout is on track to be the lowest in more than 30 years.",
    "Turnout is projected to be the lowest for more than 30 years.",
    "An exit poll suggests turnout was the lowest in more than 30 years.",
])
def test_a_forecast_record_is_the_confirmed_records_group(forecast):
    confirmed = ("Turnout in Norland was the lowest for more than 30 years, final figures show.",
                 "Final figures show the turnout was the lowest in more than 30 years.")
    groups = [g for g in find_groups(_mentions([forecast, *confirmed])) if g.cue == "lowest"]
    assert len(groups) == 1 and len(groups[0].articles) == 3
