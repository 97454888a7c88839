"""Numbers as news copy writes them (issue 11, item 6): fractions, scales written
with fractions or as suffixes, minus signs, mixed numbers, digits with scale words,
spoken decimals, and the pronoun "one". Every sentence here is invented."""
import pytest

from factlint.prose.numbers import find_numbers
from factlint.prose.values import find_values


def numbers(text):
    return [(text[n.start:n.end], pytest.approx(n.value)) for n in find_numbers(text)]


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("Officials said five and a half million people live in the basin.", "five and a half million", 5_500_000),
        ("The fund holds a quarter of a million dollars in bonds.", "a quarter of a million", 250_000),
        ("Some quarter million visitors came to Orlen.", "quarter million", 250_000),
        ("The city of Varna has two and a half million residents.", "two and a half million", 2_500_000),
        ("Half a million people lost power in Carrow.", "Half a million", 500_000),
        ("The census counted one million and a half voters.", "one million and a half", 1_500_000),
        ("The dam holds three billion and a quarter litres.", "three billion and a quarter", 3_250_000_000),
        ("Some 3 million and a half tourists came to Tavor.", "3 million and a half", 3_500_000),
        ("two thirds of a million acres burned near Esk.", "two thirds of a million", 2_000_000 / 3),
        ("The firm owes six million and two thirds.", "six million and two thirds", 6_000_000 + 2_000_000 / 3),
        ("It weighed one hundred and three quarters.", "one hundred and three quarters", 100.75),
        ("The debt was two million and one half.", "two million and one half", 2_500_000),
    ],
    ids=["and-a-half-million", "quarter-of-a-million", "quarter-million", "two-and-a-half-million",
         "half-a-million", "million-and-a-half", "billion-and-a-quarter", "digits-million-and-a-half",
         "two-thirds-of-a-million", "million-and-two-thirds", "hundred-and-three-quarters", "million-and-one-half"],
)
def test_scales_with_fractions(text, phrase, value):
    """A fraction before or after a scale word scales with it, as one number."""
    assert (phrase, pytest.approx(value)) in numbers(text)


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("The fine rose to $10m last year.", "10m", 10_000_000),
        ("Investors put in 2.5bn in March.", "2.5bn", 2_500_000_000),
        ("The deal was worth €10M.", "10M", 10_000_000),
        ("About 10k runners joined the Orlen marathon.", "10k", 10_000),
        ("The grant of £4bn was approved.", "4bn", 4_000_000_000),
        ("A bid of $2B was rejected.", "2B", 2_000_000_000),
        ("The firm lost 5 mln euros.", "5 mln", 5_000_000),
        ("Stocks worth 3 bln dollars were sold.", "3 bln", 3_000_000_000),
    ],
    ids=["dollar-m", "bn", "euro-M", "k", "pound-bn", "dollar-B", "mln", "bln"],
)
def test_suffix_scales(text, phrase, value):
    """Scales written as a suffix: glued k, M, B anywhere; glued m, b, bn after a currency sign."""
    assert (phrase, pytest.approx(value)) in numbers(text)


@pytest.mark.parametrize(
    "text",
    ["The wall stood 5m high.", "He ran a 10km race.", "The 3D model was shown."],
    ids=["glued-m-is-not-million", "km-is-not-k", "3D"],
)
def test_letters_that_are_not_scales(text):
    """Without a currency sign, a glued lower-case "m" is not a million."""
    assert all(n.value < 1000 for n in find_numbers(text))


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("Temperatures fell to -18 °C overnight.", "-18", -18),
        ("The index stood at −4.5 on Monday.", "−4.5", -4.5),
        ("Readings of (-3) were logged.", "-3", -3),
        ("The reading was minus five degrees.", "minus five", -5),
        ("The balance was negative twelve.", "negative twelve", -12),
        ("The reading was minus 5 at dawn.", "minus 5", -5),
        ("The change was -4/5 of a point.", "-4/5", -0.8),
    ],
    ids=["hyphen-minus", "unicode-minus", "in-brackets", "minus-word", "negative-word", "minus-digits", "signed-slash"],
)
def test_minus_signs(text, phrase, value):
    """A minus sign after a space or bracket, or the word minus/negative, makes a number negative."""
    assert (phrase, pytest.approx(value)) in numbers(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Between 20-25 people were hurt.", [("20", 20), ("25", 25)]),
        ("The KN-23 missile flew.", []),
        ("A magnitude-7.1 quake hit.", [("7.1", 7.1)]),
    ],
    ids=["range-hyphen", "designation", "magnitude-hyphen"],
)
def test_hyphens_that_are_not_minus_signs(text, expected):
    """A hyphen after a digit or a capitalised name is no minus sign."""
    assert numbers(text) == [(p, pytest.approx(v)) for p, v in expected]


@pytest.mark.parametrize(
    "text, phrase, value, fraction",
    [
        ("Rescuers walked 10 1/2 miles to the camp.", "10 1/2", 10.5, False),
        ("Only 3/4 of the ballots were counted.", "3/4", 0.75, True),
        ("The river rose 2½ metres.", "2½", 2.5, False),
        ("About ½ of the homes were empty.", "½", 0.5, True),
        ("Two thirds of the ballots were counted.", "Two thirds", 2 / 3, True),
        ("Five eighths of the land is forest.", "Five eighths", 0.625, True),
        ("A third of the vote went to the Greens.", "A third", 1 / 3, True),
        ("One-fifth of the budget went on roads.", "One-fifth", 0.2, True),
        ("Three quarters of the staff left.", "Three quarters", 0.75, True),
        ("Half of the town was evacuated.", "Half", 0.5, True),
        ("More than half the homes lost power.", "half", 0.5, True),
        ("One in five adults in Esk smoke.", "One in five", 0.2, True),
        ("The committee needs a two-thirds majority.", "two-thirds", 2 / 3, True),
    ],
    ids=["mixed-number", "slash", "glued-vulgar", "vulgar", "two-thirds", "five-eighths", "a-third-of",
         "one-fifth-hyphen", "three-quarters", "half-of", "more-than-half", "one-in-five", "two-thirds-majority"],
)
def test_fractions(text, phrase, value, fraction):
    """Fractions in digits and words; a share below one is marked as a fraction, not a count."""
    found = {text[n.start:n.end]: n for n in find_numbers(text)}
    assert found[phrase].value == pytest.approx(value)
    assert found[phrase].fraction is fraction


@pytest.mark.parametrize(
    "text",
    ["The body of a third victim was found.", "A fifth suspect was arrested.", "It was his second attempt."],
    ids=["a-third-victim", "a-fifth-suspect", "second"],
)
def test_ordinals_before_a_noun_are_not_fractions(text):
    """"a third victim" is an ordinal: no share, no count."""
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("The club sold 3 hundred and 21 tickets.", "3 hundred and 21", 321),
        ("They counted 4 thousand 3 hundred sheep.", "4 thousand 3 hundred", 4300),
        ("Some 322 hundred boxes were shipped.", "322 hundred", 32_200),
        ("The baker made three dozens rolls.", "three dozens", 36),
        ("The baker made 3 dozens rolls.", "3 dozens", 36),
        ("The court fined them 13 lakh rupees.", "13 lakh", 1_300_000),
    ],
    ids=["digits-hundred-and", "thousand-hundred", "digits-hundred", "words-dozens", "digits-dozens", "lakh"],
)
def test_digits_with_scale_words(text, phrase, value):
    """Digits followed by scale words read on as one number."""
    assert (phrase, pytest.approx(value)) in numbers(text)


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("The index rose to two point five.", "two point five", 2.5),
        ("It measured nine point nought four.", "nine point nought four", 9.04),
        ("The rate was two hundred point seventy-one.", "two hundred point seventy-one", 200.71),
        ("Output was one point two million barrels.", "one point two million", 1_200_000),
    ],
    ids=["point-five", "nought", "tens-after-point", "point-then-million"],
)
def test_spoken_decimals(text, phrase, value):
    """A decimal read out in words: "two point five"."""
    assert (phrase, pytest.approx(value)) in numbers(text)


@pytest.mark.parametrize(
    "text, count",
    [
        ("A 6.9-magnitude quake followed a 5.1-magnitude one.", 2),
        ("The old bridge was replaced by a new one.", 0),
        ("The first storm was weaker than the last one.", 0),
        ("It was a bigger one than expected.", 0),
        ("Only one person was hurt.", 1),
        ("A total of one person died.", 1),
    ],
    ids=["magnitude-one", "new-one", "last-one", "bigger-one", "one-person", "total-of-one"],
)
def test_one_as_a_pronoun(text, count):
    """"one" standing for a noun said before ("a 6.9-magnitude one") is no number."""
    assert len(find_numbers(text)) == count


def test_two_scaled_numbers_joined_by_and_stay_two():
    """"3 hundred and 2 hundred" are two numbers: "and 2" does not continue the first."""
    assert numbers("3 hundred and 2 hundred boxes") == [("3 hundred", 300), ("2 hundred", 200)]


def test_number_words_joined_by_and_are_two_numbers():
    """"ten and fifteen" are two numbers, both found."""
    assert numbers("between ten and fifteen boats") == [("ten", 10), ("fifteen", 15)]


@pytest.mark.parametrize(
    "text, typed",
    [
        ("A third of the vote went to the Greens.", ("fraction", "A third")),
        ("Two thirds of the 30 dead were women.", ("fraction", "Two thirds")),
        ("The storm lasted half an hour.", ("quantity", "half an hour")),
        ("The river rose half a foot.", ("quantity", "half a foot")),
        ("It was the worst flood in half a century.", ("quantity", "half a century")),
        ("Rescuers walked 10 1/2 miles.", ("quantity", "10 1/2 miles")),
    ],
    ids=["a-third-of-the-vote", "two-thirds-of", "half-an-hour", "half-a-foot", "half-a-century", "mixed-miles"],
)
def test_fraction_values_are_typed_apart_from_counts(text, typed):
    """In find_values a fraction is a share (never a count), or with a unit a quantity."""
    assert typed in [(v.type, text[v.start:v.end]) for v in find_values(text)]


def test_half_a_century_is_fifty_years():
    """"half a century" converts to 50 years."""
    from factlint.prose.units import UNITS, convert
    [v] = find_values("the worst flood in half a century")
    assert convert(v.span.lo, v.measure, UNITS["year"]) == pytest.approx(50)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The census counted 1 234 567 residents.", [("1 234 567", 1_234_567)]),
        ("The region has 12 400 300 hectares.", [("12 400 300", 12_400_300)]),
        ("On March 3 200 people marched.", [("3", 3), ("200", 200)]),
        ("In 2019 100 people marched.", [("2019", 2019), ("100", 100)]),
        ("Some 40\u00a0000 people marched.", [("40\u00a0000", 40_000)]),
    ],
    ids=["two-groups", "three-groups-hectares", "day-then-count", "year-then-count", "no-break-space"],
)
def test_thousands_separated_by_spaces(text, expected):
    """Plain spaces group thousands only from two groups on; one group may be two numbers."""
    assert numbers(text) == [(p, pytest.approx(v)) for p, v in expected]
