"""Clock times: read by discovery alone, one fact per story, reported read only
with no disagreement. Sentences and articles invented."""
from __future__ import annotations

import pytest

from factlint.discover.clock import clock_times
from factlint.discover.run import discover
from factlint.read.document import make_document


@pytest.mark.parametrize("sentence, written, lo, hi", [
    ("The ferry hit the pier at 4:12 a.m. on Sunday.", "4:12 a.m.", 252, 252),
    ("It struck the pier at about 4:15 a.m., police said.", "4:15 a.m.", 245, 265),
    ("The blast came around 4am, neighbours said.", "4am", 230, 250),
    ("Shortly before 4:30 a.m. the alarm sounded.", "4:30 a.m.", 240, 270),
    ("The collision happened just prior to 4:30am.", "4:30am", 240, 270),
    ("The crash came not long after midnight.", "midnight", 0, 30),
    ("Crews arrived at 11.05pm, the council said.", "11.05pm", 1385, 1385),
    ("The vote closes at 10 PM on Thursday.", "10 PM", 1320, 1320),
    ("Talks resumed at noon.", "noon", 720, 720),
])
def test_a_clock_time_and_the_minutes_it_may_be(sentence, written, lo, hi):
    found = clock_times(sentence)
    assert len(found) == 1
    t = found[0]
    assert sentence[t.start:t.end] == written
    assert (t.lo, t.hi) == (lo, hi)


@pytest.mark.parametrize("sentence", [
    "The fund raised $1.5m in a week.",
    "Corran won 3-1 a minute before the whistle.",
    "The ship was 300 metres long.",
    "Version 2.10 amends the rules.",
    "Saturday's match starts at 3.",
])
def test_no_clock_time(sentence):
    assert clock_times(sentence) == []


STORY = {
    "a.txt": "The Osprey hit the Tarn pier at about 4:15 a.m. on Sunday, officials said.\n"
             "Police closed the road at 6 a.m.\n",
    "b.txt": "The freighter struck the pier around 4:15am, the port said.\n",
    "c.txt": "At 4:13 a.m. the Osprey, a Corran freighter, hit the pier.\n"
             "Divers arrived at 9 a.m. from Orla.\n",
    "d.txt": "The crash came shortly before 4:30 a.m., the harbour master said.\n",
}


def test_a_storys_clock_times_are_one_read_only_fact_with_no_disagreement():
    docs = [make_document(name, text) for name, text in sorted(STORY.items())]
    _, read_only = discover(docs)
    times = [r for r in read_only if r.group.kind == "time"]
    assert len(times) == 1  # whoever is named beside them
    group = times[0]
    assert {m.path for m in group.group.mentions} == set(STORY)
    assert group.consensus is not None and group.consensus.display == "4:15 a.m."
    assert group.disagreements == ()  # "6 a.m." and "9 a.m." are other events' times
    assert group.id == "discovered/time"
