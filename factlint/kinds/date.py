"""date: the day (or month, or year) of an event. A date written without a
year ("December 30", "September of last year") is compared on month and day."""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterator

from factlint.kinds.base import Claim, Option, pair
from factlint.prose.dates import DateValue, ambiguous_numeric, parse_date
from factlint.prose.values import Value

KIND = "date"
OPTIONS: dict[str, Option] = {}
DEFAULT_WINDOW = 10
TOLERANCE_UNIT = "days"


def claims(text: str, values: list[Value], spec, anchors) -> Iterator[Claim]:
    candidates = [v for v in values if v.type in ("date", "year")]
    order = spec.options.get("date_order")
    for value, hit, gap in pair(text, candidates, anchors, spec.window):
        date = value.day
        if order and ambiguous_numeric(text[value.start:value.end]):
            # Values are read once per sentence, day first; the rule's date order re-reads 01/02/2024.
            date = parse_date(text[value.start:value.end], order) or date
        yield Claim(value.start, value.end, (hit.start, hit.end), gap, date.to_dict(), date.describe())


def parse_expected(raw: Any, options: dict[str, Any]) -> dict[str, Any]:
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if isinstance(raw, dt.date):
        return DateValue.day(raw.year, raw.month, raw.day).to_dict()
    order = options.get("date_order")
    if order is None and ambiguous_numeric(str(raw)):
        raise ValueError(f"{raw!r} is ambiguous: day or month first? Write it as YYYY-MM-DD, "
                         f"or set date-order (mdy or dmy) in the rule file or the configuration")
    value = parse_date(str(raw), order)
    if value is None:
        raise ValueError(f"cannot read {raw!r} as a date such as 2024-03-14, 2024-03 or 'March 14, 2024'")
    return value.to_dict()


def describe(value: dict[str, Any], options: dict[str, Any]) -> str:
    return DateValue.from_dict(value).describe()


def _days(value: DateValue, year: int | None) -> tuple[int, int]:
    first, last = value.bounds(year)
    return first.toordinal(), last.toordinal()


def agree(a: dict[str, Any], b: dict[str, Any], spec) -> bool:
    """Overlapping day ranges agree, give or take the tolerance (in days). When
    either side has no year, both are placed in the same year first."""
    da, db = DateValue.from_dict(a), DateValue.from_dict(b)
    year = None if (da.year is not None and db.year is not None) else 2000
    (a1, a2), (b1, b2) = _days(da, year), _days(db, year)
    gap = max(0, b1 - a2, a1 - b2)
    return gap <= spec.tolerance.absolute
