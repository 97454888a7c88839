"""year: a year tied to an event ("a ban in force since 1998"); a full date
("October 14, 1998") also states its year."""
from __future__ import annotations

from typing import Any, Iterator

import regex

from factlint.kinds.base import Claim, Option, interval_value, intervals_agree, pair
from factlint.model import Interval
from factlint.prose.values import Value

KIND = "year"
OPTIONS: dict[str, Option] = {}
DEFAULT_WINDOW = 10
TOLERANCE_UNIT = "years"


def claims(text: str, values: list[Value], spec, anchors) -> Iterator[Claim]:
    candidates = [v for v in values if v.type == "year" or (v.type == "date" and v.day.year is not None)]
    for value, hit, gap in pair(text, candidates, anchors, spec.window):
        year = value.day.year
        if year is None:
            continue
        data = interval_value(Interval.point(year), False)
        yield Claim(value.start, value.end, (hit.start, hit.end), gap, data, str(year))


def parse_expected(raw: Any, options: dict[str, Any]) -> dict[str, Any]:
    text = str(raw).strip()
    if isinstance(raw, bool) or not regex.fullmatch(r"\d{3,4}", text):
        raise ValueError(f"expected a year such as 1998, got {raw!r}")
    return interval_value(Interval.point(int(text)), False)


def describe(value: dict[str, Any], options: dict[str, Any]) -> str:
    return f"{value['lo']:.0f}"


def agree(a: dict[str, Any], b: dict[str, Any], spec) -> bool:
    return intervals_agree(a, b, spec.tolerance)
