"""money: a sum with a currency ("$3.2 billion", "£2bn", "€10M", "US$1.2 million",
"5 billion dollars"), compared as a full amount whatever scale word it was written
with; the tolerance works as for quantities ("10%").

With `currency`, a sum in another currency is not a claim of the fact (as a
distance is not a weight); a bare "$" or "dollars" matches any dollar currency,
"¥" both yen and yuan, and a sum written without a currency ("2.6 billion" right
after "$2.4 billion to") takes the rule's.
"""
from __future__ import annotations

from typing import Any, Iterator

from factlint.kinds.base import Claim, Option, interval_value, intervals_agree, pair
from factlint.model import INF, Interval
from factlint.prose.qualifiers import QUALIFIER_WORDS
from factlint.prose.values import CURRENCY_CODES, CURRENCY_SIGNS, CURRENCY_WORDS, Value, find_values

KIND = "money"
DEFAULT_WINDOW = 8
_DOLLARS = {"USD", "CAD", "AUD", "HKD", "NZD", "SGD"}
_SIGN_OF = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "INR": "₹", "RUB": "₽", "$": "$", "¥": "¥"}
_SCALE_NAMES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))


def _parse_currency(raw: Any) -> str:
    if isinstance(raw, str):
        text = raw.strip()
        if text.upper() in CURRENCY_CODES:
            return text.upper()
        code = CURRENCY_SIGNS.get(text.lower()) or CURRENCY_WORDS.get(text.lower())
        if code and code not in ("$", "¥"):
            return code
    raise ValueError(f"unknown currency {raw!r}; use a code such as USD, EUR, GBP")


OPTIONS = {"currency": Option(_parse_currency, help="the currency, as a code such as USD")}


def same_currency(found: str | None, wanted: str | None) -> bool:
    """Whether a sum written in `found` can be a sum in `wanted` (None: not stated)."""
    if found is None or wanted is None or found == wanted:
        return True
    if found == "$":
        return wanted in _DOLLARS
    if found == "¥":
        return wanted in ("JPY", "CNY")
    return False


def claims(text: str, values: list[Value], spec, anchors) -> Iterator[Claim]:
    currency = spec.options.get("currency")
    candidates = [v for v in values if v.type == "money" and not v.secondary and same_currency(v.currency, currency)]
    for value, hit, gap in pair(text, candidates, anchors, spec.window):
        data = interval_value(value.span, value.approx, currency or value.currency, value.qualifier)
        data["written"] = text[value.start:value.end]
        yield Claim(value.start, value.end, (hit.start, hit.end), gap, data, describe(data, spec.options))


def parse_expected(raw: Any, options: dict[str, Any]) -> dict[str, Any]:
    currency = options.get("currency")
    if isinstance(raw, bool):
        raise ValueError("expected a sum such as '3.2 billion' or '$3.2 billion'")
    if isinstance(raw, (int, float)):
        return interval_value(Interval.point(float(raw)), False, currency)
    text = str(raw).strip()
    found = [v for v in find_values(text) if v.type in ("money", "count")]
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(text)):
        raise ValueError(f"cannot read {raw!r} as a sum such as '3.2 billion', '$3.2 billion' "
                         "or 'between 2.4 billion and 2.6 billion'")
    value = found[0]
    if not same_currency(value.currency, currency):
        raise ValueError(f"{raw!r} is not in {currency}")
    return interval_value(value.span, value.approx, currency or value.currency, value.qualifier)


def _amount(v: float) -> str:
    for factor, name in _SCALE_NAMES:
        if abs(v) >= factor:
            return f"{v / factor:,.4g} {name}"
    return f"{v:,.2f}".removesuffix(".00")


def describe(value: dict[str, Any], options: dict[str, Any]) -> str:
    interval = Interval.from_dict(value)
    sign = _SIGN_OF.get(value.get("unit") or "", "")
    code = "" if sign or not value.get("unit") else f" {value['unit']}"
    qualifier = value.get("qualifier")
    if interval.is_point:
        text = f"{QUALIFIER_WORDS['approx']} " if value.get("approx") else ""
        canonical = f"{text}{sign}{_amount(interval.lo)}{code}"
    elif interval.hi == INF:
        canonical = f"{QUALIFIER_WORDS['gt' if interval.lo_open else 'ge']} {sign}{_amount(interval.lo)}{code}"
    elif qualifier in ("lt", "le", "nearly") or interval.lo in (0, -INF):
        canonical = f"{QUALIFIER_WORDS.get(qualifier or 'le', 'at most')} {sign}{_amount(interval.hi)}{code}"
    elif qualifier == "just_over":
        canonical = f"{QUALIFIER_WORDS['just_over']} {sign}{_amount(interval.lo)}{code}"
    else:
        canonical = f"{sign}{_amount(interval.lo)}–{sign}{_amount(interval.hi)}{code}"
    written = value.get("written")
    return f"{written} ({canonical})" if written and written != canonical else canonical


def agree(a: dict[str, Any], b: dict[str, Any], spec) -> bool:
    return intervals_agree(a, b, spec.tolerance)
