"""Calendar dates in prose: find_dates, parse_date and DateValue."""
import datetime as dt

import pytest

from factlint.prose.dates import DateValue, find_dates, parse_date


def only_date(text):
    """The single date found in `text`, asserting there is exactly one."""
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, phrase, year, first, last, offset",
    [
        ("on December 30, killing", "December 30", None, (12, 30), (12, 30), None),
        ("on Dec. 30 in Belgorod", "Dec. 30", None, (12, 30), (12, 30), None),
        ("on Dec 30 in Belgorod", "Dec 30", None, (12, 30), (12, 30), None),
        ("Sept. 5", "Sept. 5", None, (9, 5), (9, 5), None),
        ("on 30 December 2023.", "30 December 2023", 2023, (12, 30), (12, 30), None),
        ("on the 30th of December", "30th of December", None, (12, 30), (12, 30), None),
        ("on February 24, 2022, with", "February 24, 2022", 2022, (2, 24), (2, 24), None),
        ("December 30th, 2023", "December 30th, 2023", 2023, (12, 30), (12, 30), None),
        ("on Saturday, December 30", "Saturday, December 30", None, (12, 30), (12, 30), None),
        ("in September of last year, Putin", "September of last year", None, (9, 1), (9, 30), -1),
        ("in December last year", "December last year", None, (12, 1), (12, 31), -1),
        ("last September", "last September", None, (9, 1), (9, 30), -1),
        ("next March", "next March", None, (3, 1), (3, 31), 1),
        ("in late December", "late December", None, (12, 21), (12, 31), None),
        ("in early January", "early January", None, (1, 1), (1, 10), None),
        ("by the end of June", "the end of June", None, (6, 21), (6, 30), None),
        ("in mid-March", "mid-March", None, (3, 11), (3, 20), None),
        ("in December 2023", "December 2023", 2023, (12, 1), (12, 31), None),
        ("in February 2024", "February 2024", 2024, (2, 1), (2, 29), None),
        ("on 2023-12-30 at", "2023-12-30", 2023, (12, 30), (12, 30), None),
    ],
    ids=["month-day", "abbr-dot", "abbr-no-dot", "sept-dot", "day-month-year", "ordinal-of-month",
         "month-day-comma-year", "ordinal-suffix-year", "weekday", "september-of-last-year",
         "december-last-year", "last-september", "next-march", "late-december", "early-january",
         "end-of-june", "mid-march", "month-year", "leap-february", "iso"],
)
def test_find_dates(text, phrase, year, first, last, offset):
    """Each written form is one date spanning the phrase, as a range of days."""
    d = only_date(text)
    assert text[d.start:d.end] == phrase
    assert d.value == DateValue(year, first, last, offset)


@pytest.mark.parametrize(
    "text",
    ["It may rain tomorrow.", "Theresa May said so.", "The army will march on.", "February 30",
     "Day 30 of the war", "KN-23"],
    ids=["may-verb", "may-surname", "march-verb-lower", "impossible-day", "no-month", "designation"],
)
def test_not_dates(text):
    """Verbs, surnames and impossible days are not dates."""
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text, first, last",
    [("in May", (5, 1), (5, 31)), ("May 5", (5, 5), (5, 5)), ("since May 2023", (5, 1), (5, 31)),
     ("until early May", (5, 1), (5, 10))],
    ids=["in-may", "may-day", "may-year", "early-may"],
)
def test_may_as_month(text, first, last):
    """'May' is a month after a preposition or before a day or year."""
    d = only_date(text)
    assert (d.value.first, d.value.last) == (first, last)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2023-12-30", DateValue.day(2023, 12, 30)),
        ("2023-09", DateValue(2023, (9, 1), (9, 30))),
        ("2024-02", DateValue(2024, (2, 1), (2, 29))),
        ("2023", DateValue.whole_year(2023)),
        ("December 30", DateValue.day(None, 12, 30)),
        ("December 30, 2023", DateValue.day(2023, 12, 30)),
        (" late December ", DateValue(None, (12, 21), (12, 31))),
        ("2023-13", None),
        ("next week", None),
        ("December 30 and 31", None),
        ("on December 30", None),
    ],
    ids=["iso-day", "iso-month", "iso-leap-month", "year", "month-day", "full", "padded-part",
         "bad-month", "not-a-date", "two-dates", "extra-words"],
)
def test_parse_date(text, expected):
    """parse_date reads one whole phrase or ISO string, else None."""
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "value",
    [
        DateValue.day(2023, 12, 30),
        DateValue.day(None, 12, 30),
        DateValue(None, (9, 1), (9, 30), -1),
        DateValue(2024, (2, 1), (2, 29)),
        DateValue.day(None, 2, 29),
        DateValue.whole_year(2006),
    ],
    ids=["full-day", "yearless-day", "relative-month", "leap-month", "yearless-leap-day", "whole-year"],
)
def test_to_dict_from_dict_round_trip(value):
    """to_dict/from_dict round-trips every DateValue."""
    assert DateValue.from_dict(value.to_dict()) == value


@pytest.mark.parametrize(
    "value, data",
    [
        (DateValue.day(2023, 12, 30), {"start": "2023-12-30", "end": "2023-12-30", "year_offset": None}),
        (DateValue(None, (9, 1), (9, 30), -1), {"start": "--09-01", "end": "--09-30", "year_offset": -1}),
    ],
    ids=["with-year", "without-year"],
)
def test_to_dict_format(value, data):
    """A date without a year is written '--MM-DD'."""
    assert value.to_dict() == data


@pytest.mark.parametrize(
    "value, text",
    [
        (DateValue.day(2023, 12, 30), "December 30, 2023"),
        (DateValue.day(None, 12, 30), "December 30"),
        (DateValue(None, (9, 1), (9, 30), -1), "September last year"),
        (DateValue(None, (12, 21), (12, 31)), "late December"),
        (DateValue(None, (1, 1), (1, 10)), "early January"),
        (DateValue(None, (3, 11), (3, 20)), "mid-March"),
        (DateValue(2023, (9, 1), (9, 30)), "September 2023"),
        (DateValue.whole_year(2006), "2006"),
    ],
    ids=["full", "yearless", "last-year", "late", "early", "mid", "month-year", "whole-year"],
)
def test_describe(value, text):
    """describe() writes the date as a reporter would."""
    assert value.describe() == text


@pytest.mark.parametrize(
    "text",
    ["December 30, 2023", "December 30", "late December", "early January", "mid-March",
     "September 2023"],
    ids=["full", "yearless", "late", "early", "mid", "month-year"],
)
def test_describe_reads_back(text):
    """What describe() writes, parse_date reads back as the same date."""
    value = parse_date(text)
    assert value is not None
    assert parse_date(value.describe()) == value


def test_bounds_place_yearless_dates_in_a_leap_year():
    """A year-less February 29 has bounds (year 2000 by default)."""
    assert DateValue.day(None, 2, 29).bounds() == (dt.date(2000, 2, 29), dt.date(2000, 2, 29))
    assert DateValue.day(None, 12, 30).bounds(2023) == (dt.date(2023, 12, 30), dt.date(2023, 12, 30))


@pytest.mark.parametrize("text", [
    "The fair opened on 2021-06-04 and closed 2021-06-09.",
    "Filed 04/06/2021, amended 4.6.2021, heard 12/30/2021.",
    "On Tuesday, March 3, the dam broke; by mid-March, and in late April 2020, it held.",
    "The 3rd of May and 14 Sept. 2019 were quiet; May was not.",
    "Sales rose 4% in the year to 31 Dec. last year, the firm said on Jan. 2.",
    "In May, 30 people met; in early June of next year, more.",
    "No date here: 12 people, 3.5 km, 1-2 hours, and/or 20/20 vision.",
    "The 1998-99 season ended on the 30th of June.",
    "Polls close 7.5.2026; the count runs to 08/05/2026 and 2026-05-09.",
    "Version 2.10.2024 shipped; 3.4.1999 did not, and 1/2/1899 is too early.",
    "Talks resumed on the 4th  of\tFebruary and ended 21 Feb, not 2 Febuary.",
    "Section 12 March rules apply; the 2 Marchers walked 9 Mays ago.",
    "A 5-10-20 split, 12-03-2024 and 2024-3-14 are not ISO dates.",
])
def test_skipping_patterns_that_cannot_match_finds_the_same_dates(text, monkeypatch):
    from factlint.prose import dates
    found = [(d.start, d.end, d.value) for d in find_dates(text)]
    monkeypatch.setattr(dates, "_HINTS", ((False, None),) * len(dates._PATTERNS))  # every pattern runs
    assert found == [(d.start, d.end, d.value) for d in find_dates(text)]
