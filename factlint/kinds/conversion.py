"""The kind of the built-in unit-conversion rule (factlint.rules.builtin): a
unit conversion written beside a value ("12 kilometers (7.5 miles)") must be
right, give or take the rounding newsrooms do (12 km is 7.46 miles: 7.5 passes,
9 does not). Each mention is judged on its own (`self_check`)."""
from __future__ import annotations

import math
from typing import Any, Iterator

import regex

from factlint.kinds.base import Claim
from factlint.model import Interval, Severity
from factlint.prose.patterns import lazy_compile
from factlint.prose.qualifiers import describe as describe_interval
from factlint.prose.units import UNIT_SPELLINGS, convert
from factlint.prose.values import Value

KIND = "conversion"
OPTIONS: dict[str, Any] = {}
DEFAULT_WINDOW = 0
UNUSED_KEYS = ("triggers", "expected", "tolerance", "window", "part_of")
# A conversion is judged on how it is written, not by which event it belongs to:
# its claims never compete with the rules' claims for a value.
INDEPENDENT = True
BUILT_IN_ONLY = True  # used by the built-in rule, not written in rule files

RULE_ID = "unit-conversion"
FACT = "conversion"
DESCRIPTION = "A unit conversion written beside a value adds up"
SEVERITY = Severity.ERROR
RELATIVE_SLACK = 0.05  # newsroom rounding: "7.46 miles" is written "7.5" or "7"


def _representative(value: Value) -> float:
    """The number the reporter wrote: 40 for "up to 40" or "nearly 40"."""
    if value.number is not None:
        return value.number
    interval = value.span
    return interval.lo if math.isfinite(interval.lo) else interval.hi


def rounding_slack(stated: float) -> float:
    """Half the place of the last significant digit: 420 -> 5, 400 -> 50, 3.5 -> 0.05."""
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
    exact = convert(original, value.measure, second.measure)
    allowed = max(RELATIVE_SLACK * max(abs(exact), abs(stated)), rounding_slack(stated))
    return {
        "value": original,
        "unit": value.measure.symbol,
        "stated": stated,
        "stated_unit": second.measure.symbol,
        "converted": round(exact, 3),
        "consistent": abs(exact - stated) <= allowed,
    }


def describe_conversion(record: dict[str, Any]) -> str:
    first = describe_interval(Interval.point(record["value"]), unit=record["unit"])
    second = describe_interval(Interval.point(record["stated"]), unit=record["stated_unit"])
    return f"{first} ({second})"


def expected_conversion(record: dict[str, Any]) -> str:
    converted = describe_interval(Interval.point(round(record["converted"])), unit=record["stated_unit"])
    return f"{describe_interval(Interval.point(record['value']), unit=record['unit'])} is about {converted}"


# A unit conversion ("12 km (7.5 miles)", "12 km, or 7.5 miles") needs a
# parenthesis or an "or", and two units; most sentences have neither.
_CONVERSION_JOIN = lazy_compile(r"\(|(?<![\p{L}\p{N}])or(?![\p{L}\p{N}])", regex.IGNORECASE)
# A unit follows a number: never a letter right before it.
_UNIT = lazy_compile(r"(?<!\p{L})(?:" + "|".join(f"(?:{p})" for p in UNIT_SPELLINGS) + r")(?![\p{L}\p{N}])",
                     regex.IGNORECASE)


def may_claim(text: str) -> bool:
    """Whether `text` may state a unit conversion: a joiner and two units."""
    if ("(" not in text and "or" not in text.lower()) or _CONVERSION_JOIN.search(text) is None:
        return False  # the plain test first: it rules out most sentences at a fraction of the search's cost
    return len(_UNIT.findall(text, overlapped=True)) >= 2


def claims(text: str, values: list[Value], spec: Any, anchors: Any) -> Iterator[Claim]:
    for value in values:
        record = check_conversion(value)
        if record is None:
            continue
        end = value.converted.end if value.converted else value.end
        if text[end:end + 1] == ")":
            end += 1
        yield Claim(value.start, end, None, 0, record, describe_conversion(record))


def parse_expected(raw: Any, options: dict[str, Any]) -> Any:
    return None  # a conversion is checked against itself: the built-in rule sets no expected value


def describe(value: dict[str, Any], options: dict[str, Any]) -> str:
    return describe_conversion(value)


def agree(a: dict[str, Any], b: dict[str, Any], spec: Any) -> bool:
    return bool(a["consistent"] and b["consistent"])


def self_check(value: dict[str, Any], display: str) -> tuple[str, str] | None:
    """(message, expected) when the conversion does not add up; None when it does."""
    if value["consistent"]:
        return None
    expected = expected_conversion(value)
    return f"unit conversion: {display} does not add up; {expected}", expected
