"""count: how many — deaths, injured, boats rescued, a quake's magnitude.

"killing more than 20 people" is more than 20 deaths; a number after
"including" ("including two children") counts a part, so it is claimed only
by a trigger written right after it ("two children"), and, for a fact with
`part_of`, only just after a mention of the whole (see extract.py).
"""
from __future__ import annotations

from typing import Any, Iterator

from factlint.kinds.base import Claim, Option, interval_value, intervals_agree, pair
from factlint.model import Interval
from factlint.prose.qualifiers import describe as describe_interval
from factlint.prose.values import Value, find_values

KIND = "count"
OPTIONS: dict[str, Option] = {}
DEFAULT_WINDOW = 6


def claims(text: str, values: list[Value], spec, anchors) -> Iterator[Claim]:
    candidates = [v for v in values if v.type == "count" and not v.secondary]
    for value, hit, gap in pair(text, candidates, anchors, spec.window):
        data = interval_value(value.span, value.approx, qualifier=value.qualifier)
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
    return interval_value(found[0].span, found[0].approx, qualifier=found[0].qualifier)


def describe(value: dict[str, Any], options: dict[str, Any]) -> str:
    return describe_interval(Interval.from_dict(value), value.get("approx", False), qualifier=value.get("qualifier"))


def agree(a: dict[str, Any], b: dict[str, Any], spec) -> bool:
    return intervals_agree(a, b, spec.tolerance)
