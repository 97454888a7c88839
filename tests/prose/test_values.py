"""Typing the values of a sentence: counts, quantities, dates, years and the rest."""
import pytest
import regex

from factlint.model import INF, Interval
from factlint.prose.values import find_values


def typed(text):
    """(type, written text) for every value in `text`."""
    return [(v.type, text[v.start:v.end]) for v in find_values(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ukraine struck Belgorod on December 30, killing 24 people.",
         [("date", "December 30"), ("count", "24")]),
        ("On 30 December 2023, 24 died.", [("date", "30 December 2023"), ("count", "24")]),
        ("The invasion began two years ago.", [("quantity", "two years")]),
        ("It began nearly two years ago.", [("quantity", "nearly two years")]),
        ("A 12-year-old boy was hurt.", [("quantity", "12-year")]),
        ("Prices rose 5% and 3 percent.", [("percent", "5%"), ("percent", "3 percent")]),
        ("It cost $20 million.", [("money", "$20 million")]),
        ("It cost 20 million dollars.", [("money", "20 million dollars")]),
        ("It was the 3rd time.", [("ordinal", "3")]),
        ("It hit at 5 pm.", [("time", "5")]),
        ("Users of the 5G network", [("other", "5")]),
        ("KN-23 missiles and F-16 jets at the G7 summit", []),
    ],
    ids=["date-day-not-count", "day-month-year-then-count", "years-ago-duration",
         "nearly-two-years-ago", "12-year-old", "percent", "dollar-sign-money", "dollars-money",
         "ordinal", "clock-time", "glued-letters", "designations"],
)
def test_typing_in_context(text, expected):
    """A number's neighbours decide its type, so kinds do not steal each other's numbers."""
    assert typed(text) == expected


@pytest.mark.parametrize(
    "text",
    ["No one was killed in the attack.", "No one was injured."],
    ids=["no-one-killed", "no-one-injured"],
)
def test_no_one_is_not_a_count_of_one(text):
    """'No one' is zero people, never a count of 1."""
    assert not any(v.type == "count" and v.interval == Interval.point(1) for v in find_values(text))


def test_date_day_is_not_also_a_count():
    """The 30 of 'December 30' yields no count at all."""
    values = find_values("On December 30, the strike hit.")
    assert [v.type for v in values] == ["date"]


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("in 2006 the embargo began", "year", 2006),
        ("since 2006.", "year", 2006),
        ("back in 2006", "year", 2006),
        ("2006 was a bad year", "year", 2006),
        ("the year 2000 problem", "year", 2000),
        ("2000 people fled", "count", 2000),
        ("some 1900 soldiers", "count", 1900),
        ("2023 troops were sent", "count", 2023),
    ],
    ids=["in-year", "since-year", "back-in-year", "year-then-verb", "year-cue-noun",
         "count-of-people", "count-after-qualifier", "count-of-troops"],
)
def test_years_versus_counts(text, kind, value):
    """A four-digit number is a year after a cue or before a function word, else a count."""
    [v] = find_values(text)
    assert v.type == kind
    assert v.interval.lo == value
    if kind == "year":
        assert v.date.year == value and v.date.first == (1, 1) and v.date.last == (12, 31)


def test_year_and_count_side_by_side():
    """'in 2023 2000 people' is a year and then a count."""
    assert typed("in 2023 2000 people") == [("year", "2023"), ("count", "2000")]


@pytest.mark.parametrize(
    "text, kind, span, lo, hi, unit",
    [
        ("between 20 and 25 people", "count", "between 20 and 25", 20, 25, None),
        ("20-25 km", "quantity", "20-25 km", 20, 25, "km"),
        ("20 to 25 km", "quantity", "20 to 25 km", 20, 25, "km"),
        ("20 – 25 people", "count", "20 – 25", 20, 25, None),
        ("between 700 and 900 kilometres", "quantity", "between 700 and 900 kilometres", 700, 900, "km"),
    ],
    ids=["between-and", "hyphen-km", "to-km", "en-dash", "between-km"],
)
def test_ranges(text, kind, span, lo, hi, unit):
    """Two numbers joined by a range word become one closed interval."""
    [v] = find_values(text)
    assert (v.type, text[v.start:v.end]) == (kind, span)
    assert v.interval == Interval(lo, hi)
    assert (v.unit.symbol if v.unit else None) == unit


@pytest.mark.parametrize(
    "text",
    ["20 and 25 people", "two people and 3 dogs", "25 to 20 people"],
    ids=["and-without-between", "two-lists", "descending"],
)
def test_not_ranges(text):
    """'and' without 'between', or a descending pair, stays two values."""
    values = find_values(text)
    assert len(values) == 2
    assert all(v.interval.is_point for v in values)


@pytest.mark.parametrize(
    "text, sub",
    [
        ("killing 21, including two children", [False, True]),
        ("3 of them were children", [True]),
        ("among them 4 children", [True]),
        ("20 died, including at least 2 children", [False, True]),
        ("killing 21 people and two soldiers", [False, False]),
    ],
    ids=["including", "of-them", "among-them", "including-at-least", "plain-list"],
)
def test_subcounts(text, sub):
    """A number after 'including' or before 'of them' counts a part of another."""
    assert [v.subcount for v in find_values(text)] == sub


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("a range of 900 km (550 miles)", ("km", 900), ("mi", 550)),
        ("900 kilometers (550 miles)", ("km", 900), ("mi", 550)),
        ("900 km, or 550 miles, away", ("km", 900), ("mi", 550)),
        ("about 900 km (550 miles)", ("km", 900), ("mi", 550)),
        ("900 km (550 miles) north", ("km", 900), ("mi", 550)),
    ],
    ids=["parentheses", "spelled-out", "comma-or", "approximate", "words-after-parenthesis"],
)
def test_conversions_linked(text, first, second):
    """A restated value in another unit is linked and flagged secondary."""
    a, b = find_values(text)
    assert (a.unit.symbol, a.interval.lo) == first
    assert (b.unit.symbol, b.interval.lo) == second
    assert a.converted == b
    assert b.secondary and not a.secondary


@pytest.mark.parametrize(
    "text",
    ["900 km and then 550 miles", "900 km (550 km)", "900 km (2 hours)", "900 km (550 miles north"],
    ids=["no-parenthesis", "same-unit", "other-dimension", "unclosed-parenthesis"],
)
def test_conversions_not_linked(text):
    """Only a different unit of the same dimension right after it, closed, restates a value."""
    values = find_values(text)
    assert len(values) == 2
    assert all(v.converted is None and not v.secondary for v in values)


@pytest.mark.parametrize(
    "text, lo, hi, lo_open, approx, span",
    [
        ("killing more than 20 people", 20, INF, True, False, "more than 20"),
        ("at least 21 were killed", 21, INF, False, False, "at least 21"),
        ("about 885 km", 885, 885, False, True, "about 885 km"),
        ("more than 900km", 900, INF, True, False, "more than 900km"),
    ],
    ids=["more-than", "at-least", "about-km", "more-than-glued-km"],
)
def test_qualified_spans(text, lo, hi, lo_open, approx, span):
    """A value's span includes the qualifier, and its interval reflects it."""
    [v] = find_values(text)
    assert text[v.start:v.end] == span
    assert (v.interval.lo, v.interval.hi, v.interval.lo_open) == (lo, hi, lo_open)
    assert v.approx is approx


@pytest.mark.parametrize(
    "text, lo, hi",
    [("dozens of people", 24, 100), ("tens of thousands of troops", 20_000, 100_000)],
    ids=["dozens", "tens-of-thousands"],
)
def test_vague_counts(text, lo, hi):
    """Vague amounts are counts with a range and no qualifier."""
    [v] = find_values(text)
    assert v.type == "count"
    assert (v.interval.lo, v.interval.hi) == (lo, hi)
    assert v.qualifier is None


_TAILS = ["", " ", "The toll, including", "12 people, among them ", "a girl,  ", "aged", "those aged 7 and ages ",
          "back in", "since early", "mid-", "in", "win", "Vela, Tam Kell, ", "a line.", "Is it?  ", "(see below)",
          "one\n", "the end.\n", "several of them", "of whom the", "Updated: 4 June,", "‘quoted.’ ", "x" * 300 + ","]


@pytest.mark.parametrize("module,name", [
    ("factlint.prose.values", "_SUBCOUNT_BEFORE"), ("factlint.prose.values", "_AGE"),
    ("factlint.prose.values", "_AGE_BEFORE"), ("factlint.prose.values", "_YEAR_CUE_BEFORE"),
    ("factlint.prose.sentences", "_TERMINAL"),
    ("factlint.read.furniture", "_TERMINAL"), ("factlint.read.furniture", "_SENTENCE_END"),
    ("factlint.read.furniture", "_QUESTION_END"),
])
def test_patterns_searched_from_the_end_test_the_same_texts(module, name):
    """Patterns that end in $ and are only tested are searched backwards ((?r));
    a forward search of the same pattern must say yes for the same texts."""
    import importlib
    pattern = getattr(importlib.import_module(module), name)
    assert pattern.pattern.startswith("(?r)")
    forward = regex.compile(pattern.pattern[len("(?r)"):], pattern.flags & ~regex.REVERSE)
    said = [bool(pattern.search(t)) for t in _TAILS]
    assert said == [bool(forward.search(t)) for t in _TAILS]
    assert any(said)
