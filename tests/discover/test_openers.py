"""Words capitalised only where a sentence opens ("Crews", "Officials") are
common nouns: never another subject's name kept out of a group's scope.
Articles invented."""
from __future__ import annotations

import pytest

from factlint.discover.group import find_groups
from factlint.discover.mentions import article_mentions, opening_words
from factlint.read.document import make_document


@pytest.mark.parametrize("text, word, opener", [
    ("Crews cleared the road. The Vela crews left.", "crews", True),
    ("Crews cleared the road.\nCrews left on Monday.", "crews", True),
    ("Officials said so. “Divers went down,” she said.", "divers", True),
    ("Ashford flooded. The mayor of Ashford spoke.", "ashford", False),  # capitalised inside a sentence: a name
    ("Crews left. Vela Crews, a haulage firm, stayed.", "crews", False),
])
def test_words_capitalised_only_at_an_opening(text, word, opener):
    assert (word in opening_words([make_document("a.txt", text + "\n")])) is opener


ARTICLES = [
    "The Vela ferry carried 2,300 pallets, the port said.",
    "The Vela ferry had 2,300 pallets on board.",
    "About 2,300 pallets were on the Vela ferry.",
    "Divers have unloaded 80 of the ferry's 2,000 pallets.",
    "Divers said 2,000 pallets were still aboard.",
]


def test_an_opener_is_no_rival_subject():
    docs = [make_document(f"{i}.txt", t + "\n") for i, t in enumerate(ARTICLES)]
    mentions = [m for d in docs for m in article_mentions(d)]
    plain = [g for g in find_groups(mentions) if g.cue == "pallet"]
    assert any("divers" in g.rivals for g in plain)  # without the openers: "Divers" is a subject of its own
    grouped = [g for g in find_groups(mentions, openers=opening_words(docs)) if g.cue == "pallet"]
    assert not any("divers" in g.rivals for g in grouped)
