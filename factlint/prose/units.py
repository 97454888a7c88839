"""Units a newsroom writes after numbers, and conversion between them.

A hand-kept table rather than pint: news copy uses a few dozen units, and pint
costs about 0.3 s at start-up to build its registry, which every run would pay.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from factlint.prose.patterns import lazy_compile


@dataclass(frozen=True)
class Unit:
    """A unit: its short name, dimension, and how it maps onto the dimension's base."""

    symbol: str
    dimension: str
    factor: float  # base = value * factor + offset
    offset: float = 0.0

    def to_base(self, value: float) -> float:
        return value * self.factor + self.offset

    def from_base(self, value: float) -> float:
        return (value - self.offset) / self.factor


# symbol, dimension, factor to base unit, spellings (regular expressions, matched case-insensitively)
_TABLE = [
    # Compound units first: the first spelling that matches wins, and "km/h" starts like "km".
    ("km/h", "speed", 1 / 3.6, [r"km\s*/\s*h(?:r|our)?", r"kph", r"kmph", r"kmh",
                                r"kilomet(?:er|re)s?\s+(?:per|an|a)\s+hour"]),
    ("mph", "speed", 0.44704, [r"mph", r"miles?\s+(?:per|an|a)\s+hour"]),
    ("kn", "speed", 0.514444, [r"knots?"]),
    ("km2", "area", 1e6, [r"(?:square|sq\.?)\s+kilomet(?:er|re)s?", r"sq\.?\s*km", r"km2", r"km²"]),
    ("mi2", "area", 2589988.110336, [r"(?:square|sq\.?)\s+miles?", r"sq\.?\s*mi"]),
    ("m2", "area", 1.0, [r"(?:square|sq\.?)\s+met(?:er|re)s?", r"sq\.?\s*m", r"m2", r"m²"]),
    ("ha", "area", 1e4, [r"hectares?", r"ha"]),
    ("acre", "area", 4046.8564224, [r"acres?"]),
    ("km", "length", 1000.0, [r"kilomet(?:er|re)s?", r"kms?"]),
    ("m", "length", 1.0, [r"met(?:er|re)s?", r"m"]),
    ("cm", "length", 0.01, [r"centimet(?:er|re)s?", r"cm"]),
    ("dm", "length", 0.1, [r"decimet(?:er|re)s?", r"dm"]),
    ("mm", "length", 0.001, [r"millimet(?:er|re)s?", r"mm"]),
    ("mi", "length", 1609.344, [r"miles?", r"mi"]),
    ("nmi", "length", 1852.0, [r"nautical\s+miles?", r"nmi"]),
    ("ft", "length", 0.3048, [r"feet", r"foot", r"ft"]),
    ("yd", "length", 0.9144, [r"yards?", r"yds?"]),
    ("in", "length", 0.0254, [r"inch(?:es)?"]),
    ("kg", "mass", 1.0, [r"kilo(?:gram(?:me)?)?s?", r"kgs?"]),
    ("g", "mass", 0.001, [r"gram(?:me)?s?", r"g"]),
    ("mg", "mass", 1e-6, [r"milligram(?:me)?s?", r"mg"]),
    ("µg", "mass", 1e-9, [r"microgram(?:me)?s?", r"µg", r"μg", r"mcg"]),
    ("oz", "mass", 0.028349523125, [r"ounces?", r"oz"]),
    ("t", "mass", 1000.0, [r"(?:metric\s+)?tonnes?", r"metric\s+tons?"]),
    ("ton", "mass", 907.18474, [r"tons?"]),
    ("lb", "mass", 0.45359237, [r"pounds?", r"lbs?"]),
    ("l", "volume", 1.0, [r"lit(?:er|re)s?"]),
    ("ml", "volume", 0.001, [r"millilit(?:er|re)s?", r"ml"]),
    ("cl", "volume", 0.01, [r"centilit(?:er|re)s?", r"cl"]),
    ("m3", "volume", 1000.0, [r"cubic\s+met(?:er|re)s?", r"m3", r"m³"]),
    ("gal", "volume", 3.785411784, [r"gallons?", r"gal"]),
    ("bbl", "volume", 158.987294928, [r"barrels?", r"bbl"]),
    ("°C", "temperature", 1.0, [r"°\s*C", r"degrees?\s+(?:Celsius|centigrade)"]),
    ("°F", "temperature", 5 / 9, [r"°\s*F", r"degrees?\s+Fahrenheit"]),
    ("s", "time", 1.0, [r"seconds?", r"secs?"]),
    ("min", "time", 60.0, [r"minutes?", r"mins?"]),
    ("h", "time", 3600.0, [r"hours?", r"hrs?"]),
    ("day", "time", 86400.0, [r"days?"]),
    ("week", "time", 604800.0, [r"weeks?"]),
    ("month", "time", 2629800.0, [r"months?"]),
    ("year", "time", 31557600.0, [r"years?", r"yrs?"]),
    ("decade", "time", 315576000.0, [r"decades?"]),
    ("century", "time", 3155760000.0, [r"century", r"centuries"]),
    ("kW", "power", 1e3, [r"kilowatts?", r"kW"]),
    ("MW", "power", 1e6, [r"megawatts?", r"MW"]),
    ("GW", "power", 1e9, [r"gigawatts?", r"GW"]),
    ("kWh", "energy", 3.6e6, [r"kilowatt[\s-]hours?", r"kWh"]),
    ("MWh", "energy", 3.6e9, [r"megawatt[\s-]hours?", r"MWh"]),
    ("GWh", "energy", 3.6e12, [r"gigawatt[\s-]hours?", r"GWh"]),
    ("TWh", "energy", 3.6e15, [r"terawatt[\s-]hours?", r"TWh"]),
]
_OFFSETS = {"°F": -32 * 5 / 9}

UNITS: dict[str, Unit] = {
    sym: Unit(sym, dim, factor, _OFFSETS.get(sym, 0.0)) for sym, dim, factor, _ in _TABLE
}
_SPELLINGS = [(sym, pat) for sym, _, _, pats in _TABLE for pat in pats]
UNIT_SPELLINGS = tuple(pat for _, pat in _SPELLINGS)

# A unit right after a number: "40 km", "40km", "40-kilometre", "12-year-old".
UNIT_AFTER_NUMBER = lazy_compile(
    r"^(?:\s*|\s*-\s*|\s*(?P<open>[(\[{<])\s*)(?:"
    + "|".join(f"(?P<u{i}>{pat})" for i, (_, pat) in enumerate(_SPELLINGS))
    + r")(?![\p{L}\p{N}])(?(open)\s*[)\]}>])",  # "20 (kg)": a unit in brackets is closed at once
    regex.IGNORECASE,
)


def unit_named(name: str) -> Unit | None:
    """The unit a rule names: a symbol ("km") or any spelling ("kilometres")."""
    if name in UNITS:
        return UNITS[name]
    m = UNIT_AFTER_NUMBER.match(name.strip())
    if m and m.end() == len(name.strip()):
        return UNITS[_unit_of(m)]
    return None


def _unit_of(m: regex.Match) -> str:
    # One alternative of UNIT_AFTER_NUMBER matched, so one u-group took part: the
    # group closed last names it (its spelling holds no named group), sparing a
    # look at every spelling's group.
    name = m.lastgroup
    if name is not None and name[:1] == "u" and name[1:].isdigit() and m.group(name) is not None:
        return _SPELLINGS[int(name[1:])][0]
    for i, (sym, _) in enumerate(_SPELLINGS):
        if m.group(f"u{i}") is not None:
            return sym
    raise AssertionError("unit pattern matched no group")


def unit_after(text: str) -> tuple[Unit, int] | None:
    """The unit that starts `text` (what follows a number): (unit, characters used)."""
    m = UNIT_AFTER_NUMBER.match(text)
    if not m:
        return None
    sym = _unit_of(m)
    written = m.group().strip(" -\u00a0")
    # One-letter symbols are case-sensitive: "5 m" is a distance, "5G" and "3D" are not.
    if len(written) == 1 and written.isupper():
        return None
    # "5m" glued is as often "5 million" as "5 metres": only "5 m" is read as metres.
    if written == "m" and not text[:1].isspace():
        return None
    return UNITS[sym], m.end()


def convert(value: float, source: Unit, target: Unit) -> float:
    """`value` in `source` units, expressed in `target` units (same dimension)."""
    if source.dimension != target.dimension:
        raise ValueError(f"cannot convert {source.symbol} to {target.symbol}")
    return target.from_base(source.to_base(value))
