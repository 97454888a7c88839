"""count: how many — deaths, injured, missiles fired, a quake's magnitude.

"killing more than 20 people" is more than 20 deaths; a number after
"including" ("including two children") counts a part, so it is claimed only
by a trigger written right after it ("two children"), and, for a fact with
`part_of`, only just after a mention of the whole (see extract.py).
"""
from __future__ import annotations

from typing import Any, Iterator

import regex

from factlint.model import Interval
from factlint.numbers import describe as describe_interval
from factlint.kinds.base import Claim, Option, interval_value, intervals_agree, pair
from factlint.values import Value, find_values

KIND = "count"
OPTIONS: dict[str, Option] = {}
DEFAULT_WINDOW = 6


# A number that names rather than counts: "day one", "Phase 2", "Image 3 of 8",
# "Channel 4", a call sign "WXYZ 5"; and "one" as a pronoun: "their loved one".
_LABEL_BEFORE = regex.compile(
    r"(?:\b(?i:day|phase|stage|image|photo|picture|slide|page|chapter|part|round|game|week|act|season|episode|"
    r"channel|station|gate|pier|lane|exit|route|highway|interstate|number|no\.|item|section|article|"
    r"flight|unit|tower|level|floor|grade|category|class|type|version|model|series|studio|radio)"
    r"|\b\p{Lu}{2,})\s*$")
_PRONOUN_ONE = regex.compile(
    r"\b(?i:the|this|that|which|each|every|any|no|their|his|her|my|our|your|its|loved|little|right|wrong|only)\s+$")


def _counts(text: str, value: Value) -> bool:
    """Whether a count value is a number of things at all."""
    written = text[value.start:value.end]
    if _LABEL_BEFORE.search(text, 0, value.start):
        return False
    if written.lower() == "one" and _PRONOUN_ONE.search(text, 0, value.start):
        return False
    return True


def claims(text: str, values: list[Value], spec, anchors) -> Iterator[Claim]:
    candidates = [v for v in values if v.type == "count" and not v.secondary and _counts(text, v)]
    for value, hit, gap in pair(text, candidates, anchors, spec.window):
        data = interval_value(value.interval, value.approx, qualifier=value.qualifier)
        yield Claim(value.start, value.end, (hit.start, hit.end), gap, data, describe(data, spec.options))


def parse_expected(raw: Any, options: dict[str, Any]) -> dict[str, Any]:
    if isinstance(raw, bool):
        raise ValueError("expected a number or a phrase such as 'more than 20'")
    if isinstance(raw, (int, float)):
        return interval_value(Interval.point(float(raw)), False)
    text = str(raw).strip()
    found = find_values(text)
    if len(found) != 1 or found[0].type != "count" or (found[0].start, found[0].end) != (0, len(text)):
        raise ValueError(f"cannot read {raw!r} as a number or a phrase such as 'more than 20'")
    return interval_value(found[0].interval, found[0].approx, qualifier=found[0].qualifier)


def describe(value: dict[str, Any], options: dict[str, Any]) -> str:
    return describe_interval(Interval.from_dict(value), value.get("approx", False), qualifier=value.get("qualifier"))


def agree(a: dict[str, Any], b: dict[str, Any], spec) -> bool:
    return intervals_agree(a, b, spec.tolerance)
