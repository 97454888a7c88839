"""quantity: a number with a unit (a bridge's length, a quake's depth), compared
in the rule's unit whatever unit each article wrote it in."""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterator

from factlint.kinds.base import Claim, Option, interval_value, intervals_agree, pair
from factlint.model import Interval
from factlint.prose.patterns import lazy_compile
from factlint.prose.qualifiers import describe as describe_interval
from factlint.prose.units import Unit, convert, unit_named
from factlint.prose.values import Value, find_values

KIND = "quantity"
DEFAULT_WINDOW = 10  # a unit already marks the value; the trigger may sit further off
# Written before its trigger, a quantity modifies it directly ("a 40 km stretch",
# "12-kilometre (7.5-mile) span"); further off, it is some other distance
# ("30 km from the border, well within range").
BACKWARD_WINDOW = 3
# A sentence gives a distance once; a second one measures something else
# ("a 40 km tunnel, twice the 20 km of the old one").
ONE_PER_SENTENCE = True


# A measure followed by the dimension it measures ("20 feet deep", "a 45-foot deep
# channel", "25 feet under the river", "300 feet wide") is a depth, a width or a
# height: only a fact about that dimension takes it, not a length.
_DIMENSION_AFTER = lazy_compile(
    r"[\s-]+(?P<word>(?i:deep|high|tall|wide|long|thick|under|below|beneath|underwater|above|across|away))\b")
_DIMENSIONS = {
    "deep": "depth", "under": "depth", "below": "depth", "beneath": "depth", "underwater": "depth",
    "high": "height", "tall": "height", "above": "height", "wide": "width", "across": "width",
    "long": "length", "thick": "thickness", "away": "distance",
}
_DIMENSION_WORDS = {
    "depth": ("deep", "depth", "draft", "draught", "under", "below", "beneath", "underwater"),
    "height": ("high", "height", "tall", "above", "clearance"),
    "width": ("wide", "width", "across", "breadth"),
    "length": ("long", "length"),
    "thickness": ("thick", "thickness"),
    "distance": ("away", "distance", "from"),
}


_ALL_DIMENSION_WORDS = frozenset(w for words in _DIMENSION_WORDS.values() for w in words)


def _other_dimension(text: str, value: Value, spec) -> bool:
    """Whether the value measures a dimension none of the fact's triggers names,
    when they name one: a fact about waves or a flood ("waves up to 6 m high")
    takes the measure of whatever dimension is written."""
    written = _DIMENSION_AFTER.match(text, value.end)
    if not written:
        return False
    words = _DIMENSION_WORDS[_DIMENSIONS[written.group("word").lower()]]
    triggers = [t.casefold() for t in spec.triggers]
    return any(t in _ALL_DIMENSION_WORDS for t in triggers) and not any(t in words for t in triggers)


def _parse_unit(raw: Any) -> Unit:
    unit = unit_named(str(raw)) if isinstance(raw, str) else None
    if unit is None:
        raise ValueError(f"unknown unit {raw!r}; use a unit such as km, mi, m, kg, km/h, year")
    return unit


OPTIONS = {"unit": Option(_parse_unit, required=True, help="the unit to compare in, such as km")}


def _in_unit(interval: Interval, source: Unit, target: Unit) -> Interval:
    lo, hi = (convert(v, source, target) if abs(v) != float("inf") else v for v in (interval.lo, interval.hi))
    return replace(interval, lo=lo, hi=hi)


def _value(value: Value, unit: Unit) -> dict[str, Any]:
    """A quantity as JSON, in the rule's unit, keeping how it was written."""
    data = interval_value(_in_unit(value.span, value.measure, unit), value.approx, unit.symbol, value.qualifier)
    data["written"] = describe_interval(value.span, value.approx, value.measure.symbol, value.qualifier)
    return data


def claims(text: str, values: list[Value], spec, anchors) -> Iterator[Claim]:
    unit: Unit = spec.options["unit"]
    candidates = [v for v in values if v.type == "quantity" and not v.secondary
                  and v.measure.dimension == unit.dimension]
    for value, hit, gap in pair(text, candidates, anchors, spec.window, BACKWARD_WINDOW):
        if _other_dimension(text, value, spec):
            continue
        data = _value(value, unit)
        yield Claim(value.start, value.end, (hit.start, hit.end), gap, data, describe(data, spec.options))


def parse_expected(raw: Any, options: dict[str, Any]) -> dict[str, Any]:
    unit: Unit | None = options.get("unit")
    if unit is None:
        raise ValueError("needs 'unit' to be read")
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return interval_value(Interval.point(float(raw)), False, unit.symbol)
    found = [v for v in find_values(str(raw)) if v.type == "quantity"]
    if len(found) != 1 or found[0].measure.dimension != unit.dimension:
        raise ValueError(f"cannot read {raw!r} as a {unit.dimension} such as '40 {unit.symbol}'")
    return _value(found[0], unit)


def describe(value: dict[str, Any], options: dict[str, Any]) -> str:
    canonical = describe_interval(Interval.from_dict(value), value.get("approx", False), value.get("unit") or "",
                                  value.get("qualifier"))
    written = value.get("written")
    if written and written != canonical:
        return f"{written} ({canonical})"
    return canonical


def agree(a: dict[str, Any], b: dict[str, Any], spec) -> bool:
    return intervals_agree(a, b, spec.tolerance)
