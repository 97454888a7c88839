"""Units, compound measures, and sums of money with their currency, as find_values
reads them. Every sentence here is invented."""
import pytest

from factlint.prose.values import find_values


def typed(text):
    return [(v.type, text[v.start:v.end], v.unit.symbol if v.unit else v.currency) for v in find_values(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The dose was 50 mg a day.", ("quantity", "50 mg", "mg")),
        ("Each vial held 75ml of vaccine.", ("quantity", "75ml", "ml")),
        ("The flat covers 660 square metres.", ("quantity", "660 square metres", "m2")),
        ("A 300 MW plant opened in Esk.", ("quantity", "300 MW", "MW")),
        ("The town used 12 GWh last winter.", ("quantity", "12 GWh", "GWh")),
        ("Cars drove at 10km/hr in the fog.", ("quantity", "10km/hr", "km/h")),
        ("The parcel weighed 20 (kg) in all.", ("quantity", "20 (kg)", "kg")),
        ("A 68-ounce can was seized.", ("quantity", "68-ounce", "oz")),
        ("It was the worst flood in a century.", ("quantity", "a century", "century")),
    ],
    ids=["mg", "ml-glued", "square-metres", "MW", "GWh", "km-per-hr", "bracketed", "hyphen-ounce", "a-century"],
)
def test_units(text, expected):
    """Units of mass, volume, area, power and energy, glued, hyphenated or bracketed."""
    assert expected in typed(text)


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("The keeper is 6 ft 2 in tall.", "6 ft 2 in", 6 + 2 / 12),
        ("The keeper is 6 feet 2 inches tall.", "6 feet 2 inches", 6 + 2 / 12),
        ("The keeper is 6 feet and 2 inches tall.", "6 feet and 2 inches", 6 + 2 / 12),
        ("The case took a year and 6 months.", "a year and 6 months", 1.5),
    ],
    ids=["ft-in", "feet-inches", "feet-and-inches", "year-and-months"],
)
def test_compound_measures(text, phrase, value):
    """A larger and a smaller unit side by side are one measure, in the larger unit."""
    [v] = [v for v in find_values(text) if text[v.start:v.end] == phrase]
    assert v.span.lo == pytest.approx(value)


def test_in_after_feet_is_a_preposition_before_a_name():
    """"10 ft 2 in Esk": the 'in' opens a place, it is no inch."""
    assert ("quantity", "10 ft", "ft") in typed("a wall 10 ft 2 in Esk")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bridge will cost $3.2 billion.", ("money", "$3.2 billion", "$")),
        ("The grant of £2bn was approved.", ("money", "£2bn", "GBP")),
        ("A fine of €10M was imposed.", ("money", "€10M", "EUR")),
        ("The loan was US$3.2 billion.", ("money", "US$3.2 billion", "USD")),
        ("The loan was 3.2 billion dollars.", ("money", "3.2 billion dollars", "$")),
        ("The loan was EUR 10 million.", ("money", "EUR 10 million", "EUR")),
        ("The loss was -15€ a share.", ("money", "-15€", "EUR")),
        ("The budget was 300 million euros.", ("money", "300 million euros", "EUR")),
        ("Tickets cost 20 pounds sterling.", ("money", "20 pounds sterling", "GBP")),
        ("The yacht cost A$3m.", ("money", "A$3m", "AUD")),
        ("The fire did billions of dollars in damage.", ("money", "billions of dollars", "$")),
    ],
    ids=["dollar", "pound-bn", "euro-M", "US-dollar", "dollars-word", "iso-code", "negative-euro", "euros-word",
         "pounds-sterling", "australian", "billions-of-dollars"],
)
def test_money_with_currency(text, expected):
    """A sum's span takes in its currency sign or word, and its currency is kept."""
    assert expected in typed(text)


def test_pounds_alone_are_a_weight():
    """"20 pounds" without "sterling" or "£" is a weight, not money."""
    assert typed("The parcel weighed 20 pounds.") == [("quantity", "20 pounds", "lb")]
