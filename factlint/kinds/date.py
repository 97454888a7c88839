"""date: the day (or month, or year) of an event. A date written without a
year ("December 30", "September of last year") is compared on month and day."""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterator

import regex

from factlint.kinds.base import Claim, Option, pair
from factlint.prose.dates import DateValue, ambiguous_numeric, parse_date
from factlint.prose.patterns import lazy_compile
from factlint.prose.values import Value

# Words before a value that decide what it is lie close to it; searching only
# this far back keeps the cost per value constant in long sentences.
LOOKBACK = 120  # characters
KIND = "date"
OPTIONS: dict[str, Option] = {}
DEFAULT_WINDOW = 10
TOLERANCE_UNIT = "days"


# Patterns here that end in $ and are only tested (_SINCE, _DEADLINE, _CAPTION,
# _NOUN_IN_PHRASE) are searched backwards: one try from the end, not one per character.
# The date after "since" starts a spell ("attacks have gone on since March 12") or
# is a baseline ("the worst since May 2021"), not the day of the event.
_SINCE = lazy_compile(r"\b(?i:since|ever\s+since)\s*$", regex.REVERSE)
# A deadline ("hope to move it by May 10") or an anniversary ("on Wednesday, one
# year after the collapse") is not the day of the event.
_DEADLINE = lazy_compile(r"\b(?i:by|until|till|before)\s+$", regex.REVERSE)
_ANNIVERSARY_AFTER = lazy_compile(
    r",?\s+(?:(?i:one|a|two|three|four|five|six|ten|\d+)\s+(?i:years?|months?|weeks?)\s+(?i:after|since|on\s+from))\b")
_WHEN_AFTER = lazy_compile(r",?\s+(?i:when)\b")  # "missing since May 9, when the dam failed"
# The date of a report, a press event or a photo is not the event's: "the mayor said
# on March 20 that the strike on March 14 ...", "told a news conference on Friday",
# "in a statement Thursday", "(Photo by A. Vey, March 27)".
_REPORTED_BEFORE = lazy_compile(
    r"\b(?P<word>(?i:said|says|told\s+[\p{L}]+|announced|added|stated|wrote|posted|tweeted|confirmed|reported|"
    r"explained|noted|declared|(?:news|press)\s+(?:conference|briefing|release)|briefing|statement|interview))"
    r"(?:\s+(?i:reporters|journalists))?\s+(?:(?i:on|late|early|last)\s+)?$")
_CAPTION = lazy_compile(r"\((?:[^()]{0,80}?)(?i:photo|image|picture|credit|file)\b[^()]{0,80}$", regex.REVERSE)
# A date after a "since" clause between it and the trigger belongs to that clause:
# "the third appointment since he came to the throne in September 2022".
_SINCE_CLAUSE = lazy_compile(r"\b(?i:since)\b")
# A date before the trigger with a relative word between belongs to the main clause:
# "On Wednesday, overlooking the site where the bridge collapsed, the mayor will speak".
_RELATIVE = lazy_compile(r"\b(?i:where|which|who|whose)\b")
# An event noun inside a prepositional phrase ("wreckage from the collapse", "since
# the strike") takes only a date of its own phrase: "the collapse on May 9", "the
# collapse of the dam on May 9", not "pulled out on June 4".
_NOUN_IN_PHRASE = lazy_compile(
    r"\b(?i:from|after|since|following|before|of|about|over|into|during|by)\s+"
    r"(?:(?i:the|this|that|its|their|last\s+year['’]s)\s+)(?:\p{Lu}[\p{L}-]*\s+){0,3}$", regex.REVERSE)
_OWN_PHRASE = lazy_compile(r"\s+(?:(?i:of)\s+(?:(?i:the)\s+)?[\p{L}\s-]{0,40}?\s+)?(?:(?i:on|in)\s+)?")


def _not_the_events(text: str, value: Value, hit) -> bool:
    """Whether the date belongs to a report, a caption, a since-clause, a main
    clause apart from the trigger's, or a verb the trigger noun is not the subject of."""
    before = text[max(0, value.start - LOOKBACK):value.start]
    reported = _REPORTED_BEFORE.search(before)
    if reported and not (value.start - len(before) + reported.start("word") <= hit.start < value.start):
        return True
    if _CAPTION.search(before):
        return True
    if hit.end <= value.start:
        if _SINCE_CLAUSE.search(text, hit.end, value.start) and text[hit.start:hit.end].casefold() != "since":
            return True
        if _NOUN_IN_PHRASE.search(text, max(0, hit.start - 40), hit.start) and not _OWN_PHRASE.fullmatch(
                text, hit.end, value.start):
            return True
    elif _RELATIVE.search(text, value.end, hit.start):
        return True
    return False


def _vague_for(value: Value, text: str, spec) -> bool:
    """A relative date as wide as a year ("this year", "last year") says nothing
    about a fact whose expected date is one day: it is not read as one. ("Last
    week" or "last month" is: a republished page can be caught by it.)"""
    if any(ch.isdigit() for ch in text[value.start:value.end]) or spec.expected is None:
        return False
    expected = DateValue.from_dict(spec.expected)
    day = value.day
    return expected.first == expected.last and (day.first, day.last) == ((1, 1), (12, 31))


def claims(text: str, values: list[Value], spec, anchors) -> Iterator[Claim]:
    candidates = [v for v in values if v.type in ("date", "year")]
    order = spec.options.get("date_order")
    for value, hit, gap in pair(text, candidates, anchors, spec.window):
        if (_SINCE.search(text, max(0, value.start - LOOKBACK), value.start) and text[hit.start:hit.end].casefold() != "since"
                and not _WHEN_AFTER.match(text, value.end)):
            continue
        if _DEADLINE.search(text, max(0, value.start - LOOKBACK), value.start) or _ANNIVERSARY_AFTER.match(text, value.end):
            continue
        if _vague_for(value, text, spec) or _not_the_events(text, value, hit):
            continue
        date = value.day
        if order and ambiguous_numeric(text[value.start:value.end]):
            # Values are read once per sentence, day first; the rule's date order re-reads 01/02/2024.
            date = parse_date(text[value.start:value.end], order) or date
        yield Claim(value.start, value.end, (hit.start, hit.end), gap, date.to_dict(), date.describe())


def parse_expected(raw: Any, options: dict[str, Any]) -> dict[str, Any]:
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if isinstance(raw, dt.date):
        return DateValue.day(raw.year, raw.month, raw.day).to_dict()
    order = options.get("date_order")
    if order is None and ambiguous_numeric(str(raw)):
        raise ValueError(f"{raw!r} is ambiguous: day or month first? Write it as YYYY-MM-DD, "
                         f"or set date-order (mdy or dmy) in the rule file or the configuration")
    value = parse_date(str(raw), order)
    if value is None:
        raise ValueError(f"cannot read {raw!r} as a date such as 2024-03-14, 2024-03 or 'March 14, 2024'")
    return value.to_dict()


def describe(value: dict[str, Any], options: dict[str, Any]) -> str:
    return DateValue.from_dict(value).describe()


def _days(value: DateValue, year: int | None) -> tuple[int, int]:
    first, last = value.bounds(year)
    return first.toordinal(), last.toordinal()


def agree(a: dict[str, Any], b: dict[str, Any], spec) -> bool:
    """Overlapping day ranges agree, give or take the tolerance (in days). When
    either side has no year, both are placed in the same year first."""
    da, db = DateValue.from_dict(a), DateValue.from_dict(b)
    year = None if (da.year is not None and db.year is not None) else 2000
    (a1, a2), (b1, b2) = _days(da, year), _days(db, year)
    gap = max(0, b1 - a2, a1 - b2)
    return gap <= spec.tolerance.absolute
