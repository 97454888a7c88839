"""Property tests: the number, quantity and date parsers never raise and stay
fast on any text, and numbers written in words read back as themselves."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.prose.dates import find_dates, parse_date
from factlint.prose.numbers import find_numbers, parse_words
from factlint.prose.values import find_values

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
       "seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# Text that looks like news numbers, so the parsers' inner branches are reached.
PIECES = st.sampled_from(["more than", "about", "1,200", "1\u00a0200", "2.5 million", "twenty-one", "a dozen",
                          "dozens", "km", "miles", "December 30", "2023", "30/12", "-", "–", "(", ")", ",", ".",
                          "and a half", "or more", "killed", "May", "last year", "%", "$", "\u202f", "KN-23"])
NEWSY = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=12).map(" ".join)
FAST = settings(max_examples=150, deadline=200)


def in_words(n: int) -> str:
    """0..999,999 in words, as a reporter writes them: "two hundred and forty-one thousand"."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10 - 2] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + (" and " + in_words(rest) if rest else "")
    rest = n % 1000
    head = in_words(n // 1000) + " thousand"
    if not rest:
        return head
    return head + (" and " if rest < 100 else " ") + in_words(rest)


@FAST
@given(st.one_of(st.text(), NEWSY))
def test_parsers_never_raise(text):
    for number in find_numbers(text):
        assert 0 <= number.start < number.end <= len(text)
    for value in find_values(text):
        assert 0 <= value.start < value.end <= len(text)
    for date in find_dates(text):
        assert 0 <= date.start < date.end <= len(text)
    parse_date(text)
    parse_words(text)


@FAST
@given(st.integers(min_value=0, max_value=999_999))
def test_numbers_in_words_round_trip(n):
    words = in_words(n)
    assert parse_words(words) == (float(n), len(words))
    found = find_numbers(f"Officials said {words} people were evacuated.")
    assert [m.value for m in found] == [float(n)]


def test_the_formatter_writes_as_reporters_do():
    assert in_words(241_017) == "two hundred and forty-one thousand and seventeen"
    assert in_words(1_000) == "one thousand" and in_words(90_512) == "ninety thousand five hundred and twelve"
