"""percentage: a share in per cent ("41.3%", "41.3 per cent", "a third of the vote"),
compared in percentage points.

A change written in percentage points ("up 5.2 percentage points") is not a share
and is claimed only by a fact with `points: true`. With `share_of`, a value that
says what it is a share of ("63% of the seats") is claimed only when that is one
of the listed words. With `rounding: true`, a whole number ("41%") agrees with
any figure that rounds to it (41.3): reporters round shares to the precision they
print.
"""
from __future__ import annotations

from typing import Any, Iterator

import regex

from factlint.kinds.base import Claim, Option, interval_of, interval_value, pair
from factlint.model import Interval
from factlint.prose.patterns import lazy_compile
from factlint.prose.qualifiers import describe as describe_interval
from factlint.prose.values import Value, find_values

KIND = "percentage"
DEFAULT_WINDOW = 6
TOLERANCE_UNIT = "percentage points"  # "tolerance: 0.5" is half a point; "5%" of a share would mislead
FRACTION_SPREAD = 2.5  # points either side: "a third" is written for anything from about 31 to 36 per cent
_POINTS = lazy_compile(r"\bpoints?\b", regex.IGNORECASE)
_OF_WHAT = lazy_compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\d,]+\s+)?(?P<what>[\p{L}-]+(?:\s+[\p{L}-]+)?)",
                        regex.IGNORECASE)
_DECIMALS = lazy_compile(r"\d+(?:\.(\d+))?")
_WORD = lazy_compile(r"[\p{L}]+")
TIED_WINDOW = 16  # words, from a trigger before the value
TIED_LOOKBACK = 8  # words before a value that may name its measure ("the Harbour Party's vote share rose to 41%")


def _words(raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not raw or not all(isinstance(w, str) and w.strip() for w in raw):
        raise ValueError("expected a word or a list of words, such as [vote, votes]")
    return tuple(w.strip().lower() for w in raw)


def _flag(raw: Any) -> bool:
    if not isinstance(raw, bool):
        raise ValueError(f"expected true or false, got {raw!r}")
    return raw


OPTIONS = {
    "share_of": Option(_words, default=(), help="what the percentage is a share of, such as [vote, votes]"),
    "rounding": Option(_flag, default=True, help="a rounded figure (41%) agrees with the figure it rounds from"),
    "points": Option(_flag, default=False, help="the fact is a change in percentage points, not a share"),
}


def _share_of_ok(text: str, value: Value, share_of: tuple[str, ...]) -> bool:
    """With `share_of`, a value followed by "of the X" must name one of those words."""
    m = _OF_WHAT.match(text, value.end)
    if not m or not share_of:
        return True
    words = m.group("what").lower().split()
    return any(" ".join(words[:n]) in share_of or words[n - 1] in share_of for n in (1, 2) if len(words) >= n)


def _names_share(text: str, value: Value, share_of: tuple[str, ...]) -> bool:
    """Whether the value says it is a share of one of `share_of`: "41.3% of the vote",
    or "a vote share of just 41.3%" (a listed word or pair of words shortly before)."""
    if _OF_WHAT.match(text, value.end) and _share_of_ok(text, value, share_of):
        return True
    before = _WORD.findall(text[max(0, value.start - 80):value.start].lower())[-TIED_LOOKBACK:]
    pairs = [" ".join(p) for p in zip(before, before[1:])]
    return any(w in share_of for w in before + pairs)


def _decimals(written: str) -> int:
    """How many decimals a percentage was written with ("41%" -> 0, "41.3%" -> 1)."""
    m = _DECIMALS.search(written)
    return len(m.group(1) or "") if m else 0  # "seven per cent" is a whole number


def _claimable(text: str, v: Value, spec) -> dict[str, Any] | None:
    written = text[v.start:v.end]
    if v.type == "percent" and not v.secondary:
        if bool(_POINTS.search(written)) != spec.options.get("points", False):
            return None
        data = interval_value(v.span, v.approx, qualifier=v.qualifier)
        if v.span.is_point:
            data["decimals"] = _decimals(written)
        return data
    if v.type == "fraction" and not spec.options.get("points") and _OF_WHAT.match(text, v.end):
        # "a third of the vote": about 33 per cent; "more than a third", "almost a third":
        # the bound in per cent, as loose as the fraction is.
        lo, hi = (b * 100 if abs(b) != float("inf") else b for b in (v.span.lo, v.span.hi))
        data = interval_value(Interval(lo - FRACTION_SPREAD, hi + FRACTION_SPREAD), False, qualifier=v.qualifier)
        data["written"] = written
        return data
    return None


def claims(text: str, values: list[Value], spec, anchors) -> Iterator[Claim]:
    share_of = spec.options.get("share_of") or ()
    candidates = {}
    for v in values:
        if v.type in ("percent", "fraction") and _share_of_ok(text, v, share_of):
            data = _claimable(text, v, spec)
            if data is not None:
                candidates[id(v)] = data
    chosen = [v for v in values if id(v) in candidates]
    # A value tied to its measure ("a vote share of just 41.3%", "41.3% of the vote") may sit
    # further from the trigger that names whose share it is.
    tied = [v for v in chosen if share_of and _names_share(text, v, share_of)]
    loose = [v for v in chosen if v not in tied]
    # Only forwards: in "Whereas X won 40.7% of the vote, Y ..." the share is not Y's.
    for group, window in ((tied, max(spec.window, TIED_WINDOW)), (loose, spec.window)):
        for value, hit, gap in pair(text, group, anchors, window, spec.window):
            data = candidates[id(value)]
            yield Claim(value.start, value.end, (hit.start, hit.end), gap, data, describe(data, spec.options))


def parse_expected(raw: Any, options: dict[str, Any]) -> dict[str, Any]:
    if isinstance(raw, bool):
        raise ValueError("expected a percentage such as 41.5 or 'between 48.5 and 50'")
    if isinstance(raw, (int, float)):
        return interval_value(Interval.point(float(raw)), False)
    text = str(raw).strip()
    found = [v for v in find_values(text) if v.type in ("percent", "count")]
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(text)):
        raise ValueError(f"cannot read {raw!r} as a percentage such as 41.5, '41.5%' or 'between 48.5 and 50'")
    return interval_value(found[0].span, found[0].approx, qualifier=found[0].qualifier)


def describe(value: dict[str, Any], options: dict[str, Any]) -> str:
    if value.get("written"):
        return value["written"]
    text = describe_interval(Interval.from_dict(value), value.get("approx", False), qualifier=value.get("qualifier"))
    return text + (" percentage points" if options.get("points") else "%")


def _rounded(value: dict[str, Any], spec) -> Interval:
    """The range a value stands for; a figure printed with fewer decimals than the
    rule's stands for everything that rounds to it (with `rounding: true`)."""
    interval = interval_of(value, spec.tolerance)
    decimals = value.get("decimals")
    if spec.options.get("rounding") and decimals is not None:
        interval = interval.widen(0.5 * 10 ** -decimals)
    return interval


def agree(a: dict[str, Any], b: dict[str, Any], spec) -> bool:
    gap = _rounded(a, spec).gap(_rounded(b, spec))
    return gap == 0 or spec.tolerance.allows(gap, 0.0)
