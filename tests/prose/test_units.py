"""Units after numbers: spellings, case rules, conversion and unit_named()."""
import pytest

from factlint.prose.units import UNITS, convert, unit_after, unit_named
from factlint.prose.values import find_values


@pytest.mark.parametrize(
    "after, symbol, used",
    [
        (" km", "km", " km"),
        (" kilometres", "km", " kilometres"),
        (" kilometers", "km", " kilometers"),
        (" kilometre", "km", " kilometre"),
        ("km", "km", "km"),
        ("-kilometre", "km", "-kilometre"),
        (" miles", "mi", " miles"),
        (" Miles", "mi", " Miles"),
        (" mi", "mi", " mi"),
        (" feet", "ft", " feet"),
        (" foot", "ft", " foot"),
        (" nautical miles", "nmi", " nautical miles"),
        (" km/h", "km/h", " km/h"),
        (" kph", "km/h", " kph"),
        (" kilometres per hour", "km/h", " kilometres per hour"),
        (" mph", "mph", " mph"),
        (" miles per hour", "mph", " miles per hour"),
        ("°C", "°C", "°C"),
        (" °F", "°F", " °F"),
        (" degrees Fahrenheit", "°F", " degrees Fahrenheit"),
        (" sq km", "km2", " sq km"),
        (" square miles", "mi2", " square miles"),
        (" tonnes", "t", " tonnes"),
        (" tons", "ton", " tons"),
        (" grams", "g", " grams"),
        (" years", "year", " years"),
        ("-year-old", "year", "-year"),
    ],
    ids=["km", "kilometres", "kilometers", "kilometre", "glued-km", "hyphen-kilometre", "miles",
         "Miles", "mi", "feet", "foot", "nautical-miles", "km/h", "kph", "kilometres-per-hour",
         "mph", "miles-per-hour", "celsius", "fahrenheit", "degrees-fahrenheit", "sq-km",
         "square-miles", "tonnes", "tons", "grams", "years", "year-old"],
)
def test_unit_spellings(after, symbol, used):
    """Each spelling after a number names its unit and consumes exactly its text."""
    found = unit_after(after)
    assert found is not None
    unit, length = found
    assert unit.symbol == symbol
    assert after[:length] == used


@pytest.mark.parametrize(
    "after",
    ["G", " G", " M", "m", " in", " people", "kmart", " milestone"],
    ids=["5G", "spaced-G", "capital-M", "glued-m-is-million", "in-is-a-preposition",
         "noun", "glued-word", "word-starting-with-mile"],
)
def test_not_units(after):
    """Capital one-letter symbols, a glued 'm', 'in' and longer words are not units."""
    assert unit_after(after) is None


@pytest.mark.parametrize("after, symbol", [(" KM", "km"), (" Km", "km"), ("MPH", "mph"), (" KG", "kg")],
                         ids=["KM", "Km", "MPH", "KG"])
def test_capitalised_symbols_of_two_letters_or_more(after, symbol):
    """Headlines write 'KM' and 'MPH'; only one-letter symbols must be lower case."""
    assert unit_after(after)[0].symbol == symbol


@pytest.mark.parametrize(
    "after, symbol",
    [(" m", "m"), (" g", "g"), (" kg", "kg"), (" ft", "ft")],
    ids=["spaced-m-metres", "lower-g", "kg", "ft"],
)
def test_lower_case_short_symbols(after, symbol):
    """Lower-case short symbols are units ("5 g" is grams, "5 m" metres)."""
    unit, _ = unit_after(after)
    assert unit.symbol == symbol


@pytest.mark.parametrize(
    "text, kind",
    [("the 5G network", "other"), ("a 3D model", "other"), ("5 g of powder", "quantity"),
     ("Mi-8 helicopters", None)],
    ids=["5G", "3D", "5-g", "Mi-8-designation"],
)
def test_case_rules_in_context(text, kind):
    """'5G' is a network generation, not 5 grams; '5 g' is grams."""
    values = find_values(text)
    if kind is None:
        assert values == []
    else:
        assert [v.type for v in values] == [kind]


@pytest.mark.parametrize(
    "value, source, target, expected",
    [
        (900, "km", "mi", 559.234),
        (550, "mi", "km", 885.139),
        (1, "mi", "ft", 5280),
        (100, "°C", "°F", 212),
        (32, "°F", "°C", 0),
        (-40, "°C", "°F", -40),
        (100, "km/h", "mph", 62.137),
        (1, "km2", "ha", 100),
        (1, "t", "kg", 1000),
        (1, "year", "day", 365.25),
        (1, "decade", "year", 10),
    ],
    ids=["km-to-mi", "mi-to-km", "mile-in-feet", "boiling", "freezing", "minus-forty",
         "kmh-to-mph", "km2-to-ha", "tonne-to-kg", "year-in-days", "decade-in-years"],
)
def test_conversion_values(value, source, target, expected):
    """convert() goes through the base unit, offsets included."""
    assert convert(value, UNITS[source], UNITS[target]) == pytest.approx(expected, abs=1e-3)


def test_conversion_across_dimensions_raises():
    """A length cannot be converted into a mass."""
    with pytest.raises(ValueError, match="cannot convert km to kg"):
        convert(1, UNITS["km"], UNITS["kg"])


@pytest.mark.parametrize(
    "name, symbol",
    [
        ("km", "km"),
        ("kilometres", "km"),
        ("kilometers", "km"),
        ("KM", "km"),
        ("miles", "mi"),
        ("mi", "mi"),
        ("year", "year"),
        ("years", "year"),
        ("°C", "°C"),
        ("mph", "mph"),
        ("km/h", "km/h"),
        (" km ", "km"),
        ("furlong", None),
        ("", None),
        ("900 km", None),
        ("km extra", None),
    ],
    ids=["symbol", "kilometres", "kilometers", "upper-case-name", "miles", "mi", "year", "years",
         "celsius", "mph", "km/h", "padded", "unknown", "empty", "with-number", "trailing-words"],
)
def test_unit_named(name, symbol):
    """A rule's unit may be a symbol or any spelling; anything else is unknown."""
    unit = unit_named(name)
    assert (unit.symbol if unit else None) == symbol


@pytest.mark.parametrize(
    "text, symbol, lo",
    [
        ("a range of 900km", "km", 900),
        ("a 900-kilometre range", "km", 900),
        ("flying at 100 km/h", "km/h", 100),
        ("flying at 60 miles per hour", "mph", 60),
        ("a 30,000 feet climb", "ft", 30000),
    ],
    ids=["glued-km", "hyphen-kilometre", "km/h", "miles-per-hour", "feet"],
)
def test_quantities_in_sentences(text, symbol, lo):
    """A number with a unit is one quantity spanning number and unit."""
    [v] = find_values(text)
    assert v.type == "quantity"
    assert v.unit.symbol == symbol
    assert v.interval.lo == lo
    assert text[v.end:].strip() in ("", "range", "climb")
