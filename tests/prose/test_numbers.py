"""Numbers in prose: digits, number words, vague amounts, qualifiers, describe()."""

import pytest

from factlint.model import INF, Interval
from factlint.prose.numbers import find_numbers, parse_digits, parse_words
from factlint.prose.qualifiers import describe, qualify
from factlint.prose.values import find_values


def only_number(text):
    """The single number found in `text`, asserting there is exactly one."""
    found = find_numbers(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, value",
    [
        ("1,200", 1200),
        ("2.5 million", 2_500_000),
        ("1\u00a0200", 1200),
        ("12\u202f000", 12000),
        ("2,500,000", 2_500_000),
        ("1,200.50", 1200.5),
        ("0.5", 0.5),
        ("1.5bn", 1_500_000_000),
        ("5 mln", 5_000_000),
        ("3 billion", 3_000_000_000),
    ],
    ids=["comma-thousands", "decimal-million", "nbsp-thousands", "narrow-nbsp-thousands",
         "two-commas", "comma-and-decimal", "fraction", "bn-suffix", "mln-suffix", "billion-word"],
)
def test_digits(text, value):
    """Digit strings with separators and scale words read as one number."""
    n = only_number(text)
    assert n.value == pytest.approx(value)
    assert (n.start, n.end) == (0, len(text))


@pytest.mark.parametrize(
    "text, value",
    [
        ("two", 2),
        ("zero", 0),
        ("eleven", 11),
        ("sixty-two", 62),
        ("sixty two", 62),
        ("Forty-two", 42),
        ("one hundred and eleven", 111),
        ("a hundred and five", 105),
        ("one hundred one", 101),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a thousand", 1000),
        ("a million", 1_000_000),
        ("three hundred thousand", 300_000),
        ("five thousand three hundred", 5300),
        ("twelve hundred", 1200),
    ],
    ids=["two", "zero", "eleven", "sixty-two-hyphen", "sixty-two-space", "capitalised",
         "hundred-and-eleven", "a-hundred-and-five", "hundred-one", "a-dozen", "two-dozen",
         "a-thousand", "a-million", "hundred-thousand", "thousand-hundred", "twelve-hundred"],
)
def test_words(text, value):
    """Number words, with hyphens, 'and', articles and scales, read as one number."""
    n = only_number(text)
    assert n.value == value
    assert (n.start, n.end) == (0, len(text))


@pytest.mark.parametrize(
    "text, value, used",
    [
        ("two three-year terms", 2, "two"),
        ("one two", 1, "one"),
        ("nine eleven", 9, "nine"),
        ("twenty one people", 21, "twenty one"),
    ],
    ids=["two-then-three", "one-then-two", "nine-then-eleven", "twenty-one-then-noun"],
)
def test_words_stop_at_ungrammatical_continuation(text, value, used):
    """parse_words keeps only the longest grammatical prefix of a run of number words."""
    parsed = parse_words(text)
    assert parsed == (value, len(used))


@pytest.mark.parametrize(
    "text",
    ["a", "an", "and", "hundred", "people"],
    ids=["article-a", "article-an", "and", "bare-hundred", "not-a-number"],
)
def test_words_that_are_not_a_number(text):
    """An article, 'and' or a bare scale word is not a number on its own."""
    assert parse_words(text) is None


@pytest.mark.parametrize(
    "text",
    ["the twenty-first century", "the first missile", "a second strike"],
    ids=["twenty-first", "first", "second"],
)
def test_ordinal_words_are_not_counts(text):
    """Ordinal words ("twenty-first") name a position, not an amount."""
    assert find_numbers(text) == []


def test_half_a_million_is_half():
    """'half a million' is 500,000."""
    assert [n.value for n in find_numbers("half a million people")] == [500_000]


@pytest.mark.parametrize(
    "text, interval",
    [
        ("dozens", Interval(24, 100, hi_open=True)),
        ("Dozens", Interval(24, 100, hi_open=True)),
        ("scores", Interval(40, 100, hi_open=True)),
        ("hundreds", Interval(200, 1000, hi_open=True)),
        ("thousands", Interval(2000, 10000, hi_open=True)),
        ("tens of thousands", Interval(20_000, 100_000, hi_open=True)),
        ("hundreds of thousands", Interval(200_000, 1_000_000, hi_open=True)),
    ],
    ids=["dozens", "Dozens", "scores", "hundreds", "thousands", "tens-of-thousands",
         "hundreds-of-thousands"],
)
def test_vague(text, interval):
    """Plural scale words are vague amounts with a range, not a single value."""
    n = only_number(text)
    assert n.value is None
    assert n.vague == interval
    assert (n.start, n.end) == (0, len(text))


@pytest.mark.parametrize(
    "text",
    ["KN-23", "F-16", "G7", "Su-34", "v2.0", "MH17"],
    ids=["KN-23", "F-16", "G7", "Su-34", "version", "MH17"],
)
def test_designations_are_not_numbers(text):
    """Digits glued to letters (or letters and a hyphen) are names, not numbers."""
    assert find_numbers(text) == []
    assert find_numbers(f"the {text} was used") == []


@pytest.mark.parametrize(
    "text, interval, approx, qualifier",
    [
        ("more than 20", Interval(20, INF, lo_open=True), False, "gt"),
        ("over 20", Interval(20, INF, lo_open=True), False, "gt"),
        ("at least 21", Interval(21, INF), False, "ge"),
        ("20 or more", Interval(20, INF), False, "ge"),
        ("20-plus", Interval(20, INF), False, "ge"),
        ("fewer than 10", Interval(0, 10, hi_open=True), False, "lt"),
        ("up to 30", Interval(0, 30), False, "le"),
        ("as many as 30", Interval(0, 30), False, "le"),
        ("nearly two", Interval(1.8, 2, hi_open=True), False, "nearly"),
        ("almost 2", Interval(1.8, 2, hi_open=True), False, "nearly"),
        ("just over 100", Interval(100, 110, lo_open=True), False, "just_over"),
        ("about 900", Interval.point(900), True, "approx"),
        ("some 40", Interval.point(40), True, "approx"),
        ("roughly 900", Interval.point(900), True, "approx"),
        ("20", Interval.point(20), False, None),
    ],
    ids=["more-than", "over", "at-least", "or-more", "plus", "fewer-than", "up-to",
         "as-many-as", "nearly-two", "almost", "just-over", "about", "some", "roughly", "bare"],
)
def test_qualifiers_make_intervals(text, interval, approx, qualifier):
    """A qualifier before or after a number turns it into an interval spanning the phrase."""
    [v] = find_values(text)
    assert v.interval.lo == pytest.approx(interval.lo)
    assert v.interval.hi == pytest.approx(interval.hi)
    assert (v.interval.lo_open, v.interval.hi_open) == (interval.lo_open, interval.hi_open)
    assert v.approx is approx
    assert v.qualifier == qualifier
    assert (v.start, v.end) == (0, len(text))


def test_more_than_excludes_its_number():
    """'more than 20' is open at 20: it shares no point with 20 itself."""
    more, _ = qualify(20, "gt")
    assert more.lo_open and more.hi == INF
    assert more.gap(Interval.point(20)) > 0
    assert more.gap(Interval(21, INF)) == 0


def test_nearly_is_just_under():
    """'nearly 2' lies below 2 and within 10 % of it."""
    near, approx = qualify(2, "nearly")
    assert not approx
    assert near.hi == 2 and near.hi_open
    assert near.lo == pytest.approx(1.8)


def test_unknown_qualifier_raises():
    """qualify() refuses a qualifier it does not know."""
    with pytest.raises(ValueError):
        qualify(1, "lots")


@pytest.mark.parametrize(
    "text, scale",
    [("2.5 million", 2_500_000), ("1,200", 1200), ("7", 7), ("3 bn", 3e9)],
    ids=["million", "comma", "plain", "bn"],
)
def test_parse_digits(text, scale):
    """parse_digits reads separators and scale words."""
    assert parse_digits(text) == scale


@pytest.mark.parametrize(
    "interval, approx, unit, qualifier, expected",
    [
        (Interval(20, INF, lo_open=True), False, "", "gt", "more than 20"),
        (Interval(21, INF), False, "", "ge", "at least 21"),
        (Interval(20, INF, lo_open=True), False, "", None, "more than 20"),
        (Interval(20, INF), False, "", None, "at least 20"),
        (Interval(0, 30), False, "", "le", "at most 30"),
        (Interval(0, 10, hi_open=True), False, "", None, "less than 10"),
        (Interval(1.8, 2, hi_open=True), False, "", "nearly", "nearly 2"),
        (Interval(100, 110, lo_open=True), False, "", "just_over", "just over 100"),
        (Interval.point(900), True, "km", "approx", "about 900 km"),
        (Interval.point(900), True, "km", None, "about 900 km"),
        (Interval.point(1200), False, "", None, "1,200"),
        (Interval.point(2.5), False, "", None, "2.5"),
        (Interval(20, 25), False, "", None, "20–25"),
        (Interval(24, 100, hi_open=True), False, "", None, "24–100"),
        (Interval.point(1), False, "year", None, "1 year"),
        (Interval.point(2), False, "year", None, "2 years"),
        (Interval.point(900), False, "km", None, "900 km"),
    ],
    ids=["gt", "ge", "open-infinite-no-qualifier", "closed-infinite-no-qualifier", "le",
         "lt-no-qualifier", "nearly", "just-over", "approx-unit", "approx-flag-only", "thousands",
         "decimal", "range", "vague-range", "one-year", "two-years", "km-no-plural"],
)
def test_describe(interval, approx, unit, qualifier, expected):
    """describe() writes a value back the way a reporter would."""
    assert describe(interval, approx, unit, qualifier) == expected


@pytest.mark.parametrize(
    "text",
    ["more than 20", "at least 21", "about 900", "nearly 2", "1,200", "just over 100"],
    ids=["more-than", "at-least", "about", "nearly", "thousands", "just-over"],
)
def test_describe_round_trips_written_phrases(text):
    """A qualified phrase read and described comes back as written."""
    [v] = find_values(text)
    assert describe(v.interval, v.approx, "", v.qualifier) == text


@pytest.mark.parametrize("text", [
    "Twenty-two people died and 1,204 were hurt in the A4 crash near Tallow at 3.15 p.m.",
    "An hour later a dozen more arrived; half the crew (a third of them cadets) stayed.",
    "DOZENS of homes, Hundreds of cars and THREE bridges; 4.5M litres, $2B, -18 degrees.",
    "The 2nd wave hit at 10:30, about 40_000 bees, 7x10^3 ants and 1e6 mites.",
    "one in five adults, 3 out of 10 doctors, two and a half million, six-thousand.",
    "Scores of fans; nought point five; a year and a half; tens of thousands fled.",
    ".5 of the vote, 12.5-13.0 km, 22,24,26 and F-16 jets; KN-23 missiles.",
    "No numbers in this sentence at all, only words and an article.",
])
def test_ascii_sentences_find_the_same_numbers_as_the_full_engine(text, monkeypatch):
    from factlint.prose import numbers
    found = [(n.start, n.end, n.value, n.vague, n.fraction) for n in find_numbers(text)]
    # Case-insensitive `regex` on the lower-cased text finds what it finds on the text itself.
    monkeypatch.setattr(numbers, "_ASCII_CANDIDATE", numbers._CANDIDATE.compiled())
    assert found == [(n.start, n.end, n.value, n.vague, n.fraction) for n in find_numbers(text)]
    monkeypatch.setattr(numbers, "_ASCII_CANDIDATE", None)  # the path must not be skipped silently
    with pytest.raises(AttributeError):
        find_numbers(text + " 7")


@pytest.mark.parametrize("text, value", [
    ("12", 12.0), ("007", 7.0), ("2024", 2024.0), ("1,200", 1200.0), ("12 000", 12000.0),
    ("3.5", 3.5), ("-18", -18.0), ("10k", 10000.0), ("2.5 million", 2500000.0), ("1.3e6", 1300000.0),
])
def test_plain_digits_read_as_the_full_parse_reads_them(text, value):
    assert parse_digits(text) == value


@pytest.mark.parametrize("text, value", [
    ("It fell to minus 18 overnight.", -18.0),
    ("A reading of MINUS 4 was logged.", -4.0),
    ("Growth was Negative 2 in the spring.", -2.0),
    ("The index stood at negative  0.5.", -0.5),
    ("Temperatures: minus\t30 at the pass.", -30.0),
    ("The minus sign was dropped: 7 were counted.", 7.0),
    ("Negatives aside, 12 people came.", 12.0),
    ("He was negative about it, and 40 agreed.", 40.0),
    ("A minuscule 3 people turned up.", 3.0),
])
def test_minus_and_negative_before_a_number(text, value):
    assert find_numbers(text)[-1].value == value
