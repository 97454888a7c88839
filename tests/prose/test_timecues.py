"""Time cues around a figure: an earlier figure told as history, the latest
one, a count so far. Every sentence here is invented."""
from __future__ import annotations

import pytest

from factlint.prose.timecues import Cue, cue


@pytest.mark.parametrize("sentence, figure, expected", [
    ("Officials initially reported 12 dead.", "12", Cue.PAST),
    ("The toll rose to 80 from 67 overnight.", "67", Cue.PAST),
    ("The toll rose to 80 from 67 overnight.", "80", Cue.UPDATE),
    ("The toll climbed to 30, up from the previous figure of 21.", "21", Cue.PAST),
    ("The harbor master had put the toll at nine earlier that day.", "nine", Cue.PAST),
    ("Update: seven people are now confirmed dead.", "seven", Cue.UPDATE),
    ("The institute first gave 6.1, then revised it to 6.4.", "6.4", Cue.UPDATE),
    ("The institute first gave 6.1, then revised it to 6.4.", "6.1", Cue.PAST),
    ("The toll now stands at 31.", "31", Cue.UPDATE),
    ("The agency put the magnitude at 6.1, then revised its estimate to 6.4.", "6.4", Cue.UPDATE),
    ("The survey later revised the magnitude to 6.4.", "6.4", Cue.UPDATE),
    ("Harbor police corrected their count to 17 on Friday.", "17", Cue.UPDATE),
    ("The coroner has lowered the toll to 12.", "12", Cue.UPDATE),
    ("The board revised this figure down to 240.", "240", Cue.UPDATE),
    ("The agency put the magnitude at 6.1, then revised its estimate to 6.4.", "6.1", Cue.NONE),
    ("The death toll has risen to 44, police said.", "44", Cue.UPDATE),
    ("At least 36 people died.", "36", Cue.NONE),
    ("Police said 12 people died in the sinking.", "12", Cue.NONE),
])
def test_time_cues(sentence, figure, expected):
    start = sentence.index(figure)
    assert cue(sentence, start, start + len(figure)) is expected
