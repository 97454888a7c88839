"""Qualifiers and ranges (issue 11, item 6): inclusive and symbolic qualifiers,
"or greater" after the number, two bounds of one range, range joiners and scales
shared by both ends. Every sentence here is invented."""
import pytest

from factlint.model import INF, Interval
from factlint.prose.values import find_values


def only(text):
    values = [v for v in find_values(text) if v.type != "date"]
    assert len(values) == 1, values
    return values[0]


@pytest.mark.parametrize(
    "text, interval, qualifier",
    [
        ("a quake of magnitude 6 or greater", Interval(6, INF), "ge"),
        ("ratings of 200 or higher", Interval(200, INF), "ge"),
        ("winds of 90 km/h or above", Interval(90, INF), "ge"),
        ("towns of 5,000 and over", Interval(5000, INF), "ge"),
        ("children aged 5 and under", None, None),
        ("rainfall of 20 mm or less", Interval(0, 20), "le"),
        ("temperatures of 10 °C or lower", Interval(-INF, 10), "le"),
        ("waves up to 6 m high", Interval(0, 6), "le"),
        ("a loss that exceeds 3,000 jobs", Interval(3000, INF, lo_open=True), "gt"),
        ("prices that surpassed 40 dollars", Interval(40, INF, lo_open=True), "gt"),
        ("values less than or equal to 100", Interval(0, 100), "le"),
        ("values greater than or equal to 50", Interval(50, INF), "ge"),
        ("values equal to or more than 30", Interval(30, INF), "ge"),
        ("values equal to or less than 30", Interval(0, 30), "le"),
        ("crowds larger than 400", Interval(400, INF, lo_open=True), "gt"),
        ("crowds smaller than 400", Interval(0, 400, hi_open=True), "lt"),
        ("less than 5000 or equal", Interval(0, 5000), "le"),
        ("more than 5000 or equal to it", Interval(5000, INF), "ge"),
        ("about 500 or more", Interval(500, INF), "ge"),
        ("speeds >120", Interval(120, INF, lo_open=True), "gt"),
        ("speeds >= 120", Interval(120, INF), "ge"),
        ("speeds <= 30", Interval(0, 30), "le"),
        ("speeds ≤ 30", Interval(0, 30), "le"),
        ("as much as $1.2 billion", Interval(0, 1.2e9), "le"),
    ],
    ids=["or-greater", "or-higher", "or-above", "and-over", "age-and-under-not-a-count", "or-less", "below-zero-or-lower",
         "up-to", "exceeds", "surpassed", "less-or-equal", "greater-or-equal", "equal-or-more", "equal-or-less",
         "larger-than", "smaller-than", "lt-or-equal", "gt-or-equal-to-it", "about-or-more", "gt-symbol",
         "ge-symbol", "le-symbol", "le-sign", "as-much-as"],
)
def test_qualifiers(text, interval, qualifier):
    """Each qualifier turns its number into the interval the phrase states."""
    v = only(text)
    if interval is None:
        assert v.type == "age"
        return
    assert (v.span.lo, v.span.hi) == (pytest.approx(interval.lo), pytest.approx(interval.hi))
    assert (v.span.lo_open, v.span.hi_open) == (interval.lo_open, interval.hi_open)
    assert v.qualifier == qualifier


@pytest.mark.parametrize(
    "text, qualifiers",
    [
        ("Storms killed 5 and over 30 were hurt.", [None, "gt"]),
        ("Officials counted 21 and up to 30 more.", [None, "le"]),
        ("Officials counted 5 or more than 10.", [None, "gt"]),
    ],
    ids=["and-over-a-number", "and-up-to", "or-more-than-a-number"],
)
def test_a_postfix_word_before_a_number_qualifies_that_number(text, qualifiers):
    """"and over 30": the qualifier words open the next number, not close this one."""
    assert [v.qualifier for v in find_values(text)] == qualifiers


def test_or_less_than_belongs_to_the_next_number():
    """"equal to 50 or less than 60": "or less" opens the next bound, not this one."""
    values = find_values("a score equal to 50 or less than 60")
    assert [v.qualifier for v in values] == [None, "lt"]


@pytest.mark.parametrize(
    "text, interval",
    [
        ("more than 10 and less than 40 boats", Interval(10, 40, lo_open=True, hi_open=True)),
        ("at most 100 and at least 20 boats", Interval(20, 100)),
        ("no more than 50 and no less than 20 boats", Interval(20, 50)),
        ("above 1000 but below 1500 boats", Interval(1000, 1500, lo_open=True, hi_open=True)),
        ("greater than 30 and less than or equal to 40", Interval(30, 40, lo_open=True)),
        ("at least 2 km and at most 5 km", Interval(2, 5)),
    ],
    ids=["more-and-less", "at-most-and-at-least", "no-more-no-less", "above-but-below", "gt-and-le", "with-unit"],
)
def test_two_bounds_make_one_range(text, interval):
    """A lower and an upper bound side by side are one range."""
    v = only(text)
    assert (v.span.lo, v.span.hi, v.span.lo_open, v.span.hi_open) == (
        interval.lo, interval.hi, interval.lo_open, interval.hi_open)


def test_bounds_that_exclude_each_other_stay_apart():
    """"more than 40 and less than 10" leaves nothing between: two values."""
    assert len(find_values("more than 40 and less than 10 boats")) == 2


@pytest.mark.parametrize(
    "text, interval, kind",
    [
        ("between 20 and 30 boats", Interval(20, 30), "count"),
        ("20 to 30 boats", Interval(20, 30), "count"),
        ("20-30 boats", Interval(20, 30), "count"),
        ("20 through 30 boats", Interval(20, 30), "count"),
        ("20~30 boats", Interval(20, 30), "count"),
        ("between negative ten and fifteen", Interval(-10, 15), "count"),
        ("between 2.4 and 2.6 million people", Interval(2.4e6, 2.6e6), "count"),
        ("from $2.4 to $2.6 billion", Interval(2.4e9, 2.6e9), "money"),
        ("between $1.2 billion and $1.4 billion", Interval(1.2e9, 1.4e9), "money"),
        ("33 to 35 per cent", Interval(33, 35), "percent"),
        ("from -18 °C to -34 °C", Interval(-34, -18), "quantity"),
        ("44 mg to 50 mg", Interval(44, 50), "quantity"),
    ],
    ids=["between", "to", "hyphen", "through", "tilde", "negative-end", "shared-million", "shared-billion-money",
         "money-both-scaled", "per-cent", "sub-zero-downwards", "mg"],
)
def test_ranges(text, interval, kind):
    """Written ranges are one closed interval; a scale written once serves both ends."""
    v = only(text)
    assert v.type == kind
    assert (v.span.lo, v.span.hi) == (pytest.approx(interval.lo), pytest.approx(interval.hi))


def test_a_change_upwards_is_not_merged_downwards():
    """"fell from 40 to 30" is not the range [30, 40]: only a sub-zero scale counts down."""
    assert len(find_values("the count fell from 40 to 30")) == 2
