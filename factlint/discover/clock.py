"""Clock times, read by discovery alone: "at about 4:15 a.m.", "around 4am",
"shortly before 2 p.m.", "soon after midnight".

The value readers do not read a time of day (an hour is set aside so that it is
not taken for a count). A story's event has one time, which most articles
give, each a little differently ("about 4:15 a.m.", "4:12 am", "shortly before
4:15"): discovery groups the clock times of a story as one fact and reports
them, read only (no rule kind checks a time yet), with no disagreement, as the
copy gives many times of one night ("the pumps failed at 3:50 a.m.") and
which event each is discovery does not tell.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from factlint.prose.patterns import lazy_compile

TIME = "time"  # the mentions' kind
CUE = "time"  # every clock time's cue: one fact per story, split by subject as any cue is
ABOUT = 10  # minutes either side of a time written "about", "around", "roughly"
NEAR = 30  # minutes a time "shortly before" or "not long after" may be off

# "4:15 a.m.", "4:15am", "1 a.m.", "11:05 PM", "2.15pm" (a dot in British copy).
_CLOCK = lazy_compile(r"(?<![\w:.,$£€])(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s?([ap])(?:\.\s?m\.|\s?m(?!\w))", regex.I)
_WORDS = lazy_compile(r"\b(midnight|noon|midday)\b", regex.I)
_ABOUT = lazy_compile(r"\b(?:about|around|roughly|approximately|some|circa|nearly|almost)\s+(?:at\s+)?$", regex.I)
_BEFORE = lazy_compile(r"\b(?:shortly|just|right|soon|not\s+long|minutes)\s+(?:before|prior\s+to|ahead\s+of)\s+$", regex.I)
_AFTER = lazy_compile(r"\b(?:shortly|just|right|soon|not\s+long|minutes)\s+after\s+$", regex.I)
_WORD_MINUTES = {"midnight": 0, "noon": 12 * 60, "midday": 12 * 60}


@dataclass(frozen=True)
class ClockTime:
    """A time of day in a text: where it is written, and the minutes after
    midnight it may be (a range: "about 4:15" is 4:05 to 4:25)."""

    start: int
    end: int
    lo: float
    hi: float
    approx: bool


def _minutes(hour: str, minute: str | None, half: str) -> int:
    h = int(hour) % 12 + (12 if half.lower() == "p" else 0)
    return h * 60 + int(minute or 0)


def _range(text: str, start: int, at: int) -> tuple[float, float, bool]:
    """The minutes a time may be, read with the words before it."""
    before = text[max(0, start - 30):start]
    if _ABOUT.search(before):
        return at - ABOUT, at + ABOUT, True
    if _BEFORE.search(before):
        return at - NEAR, at, True
    if _AFTER.search(before):
        return at, at + NEAR, True
    return at, at, False


def clock_times(text: str) -> list[ClockTime]:
    """The clock times of a text, in reading order."""
    out = []
    for m in _CLOCK.finditer(text):
        lo, hi, approx = _range(text, m.start(), _minutes(m.group(1), m.group(2), m.group(3)))
        out.append(ClockTime(m.start(), m.end(), lo, hi, approx))
    for m in _WORDS.finditer(text):
        # "about midnight" spans -10 to 10: the minutes before it are the day before's.
        lo, hi, approx = _range(text, m.start(), _WORD_MINUTES[m.group(1).lower()])
        out.append(ClockTime(m.start(), m.end(), lo, hi, approx))
    return sorted(out, key=lambda t: t.start)
