"""The built-in check that needs no rule: a unit conversion written in
parentheses ("900 kilometers (550 miles)") must be right, give or take the
rounding newsrooms do (900 km is 559 miles: 550 passes, 350 does not)."""
from __future__ import annotations

import math
from typing import Any

from factlint.model import Interval
from factlint.prose.numbers import describe
from factlint.prose.units import convert
from factlint.prose.values import Value

RULE_ID = "unit-conversion"
FACT = "conversion"
DESCRIPTION = "A unit conversion written beside a value adds up"
SEVERITY = "error"
RELATIVE_SLACK = 0.05  # newsroom rounding: "559 miles" is written "550" or "560"


def _representative(value: Value) -> float:
    """The number the reporter wrote: 900 for "up to 900" or "nearly 900"."""
    if value.number is not None:
        return value.number
    interval = value.interval
    return interval.lo if math.isfinite(interval.lo) else interval.hi


def rounding_slack(stated: float) -> float:
    """Half the place of the last significant digit: 550 -> 5, 500 -> 50, 3.5 -> 0.05."""
    if stated == 0:
        return 0.5
    text = f"{abs(stated):.6f}".rstrip("0").rstrip(".")
    if "." in text:
        return 0.5 * 10 ** -len(text.split(".")[1])
    digits = text.rstrip("0")
    return 0.5 * 10 ** (len(text) - len(digits))


def check_conversion(value: Value) -> dict[str, Any] | None:
    """The conversion a value carries, as a JSON record with its verdict."""
    second = value.converted
    if second is None:
        return None
    original = _representative(value)
    stated = _representative(second)
    if not (math.isfinite(original) and math.isfinite(stated)):
        return None
    exact = convert(original, value.unit, second.unit)
    allowed = max(RELATIVE_SLACK * max(abs(exact), abs(stated)), rounding_slack(stated))
    return {
        "value": original,
        "unit": value.unit.symbol,
        "stated": stated,
        "stated_unit": second.unit.symbol,
        "converted": round(exact, 3),
        "consistent": abs(exact - stated) <= allowed,
    }


def describe_conversion(record: dict[str, Any]) -> str:
    first = describe(Interval.point(record["value"]), unit=record["unit"])
    second = describe(Interval.point(record["stated"]), unit=record["stated_unit"])
    return f"{first} ({second})"


def expected_conversion(record: dict[str, Any]) -> str:
    converted = describe(Interval.point(round(record["converted"])), unit=record["stated_unit"])
    return f"{describe(Interval.point(record['value']), unit=record['unit'])} is about {converted}"
