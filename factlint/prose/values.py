"""Every value written in a sentence, typed: count, quantity, date, year, and the
values that are none of these (percentages, money, ordinals, model numbers).

Typing first keeps kinds from stealing each other's numbers: the 30 of
"December 30" is a day, the 2 of "two years ago" a duration, the 23 of
"KN-23" part of a name; none of them is a death toll.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Callable

import regex

from factlint.model import INF, Interval
from factlint.prose.dates import DateValue, find_dates, find_relative_dates, resolve
from factlint.prose.lexicon import SCALE_ABBREVIATIONS, SCALES
from factlint.prose.numbers import find_numbers
from factlint.prose.patterns import lazy_compile
from factlint.prose.qualifiers import OR_EQUAL, or_equal, postfix_qualifier, prefix_qualifier, qualify
from factlint.prose.units import Unit, convert, unit_after

# Currencies as written before an amount ("US$5bn", "£2bn", "EUR 10 million") or after
# it ("5 billion dollars", "-15€"), with the code each stands for. A bare "$" or
# "dollars" is any dollar: "$" matches a rule in USD, CAD or AUD alike.
CURRENCY_SIGNS = {"us$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "nz$": "NZD",
                  "s$": "SGD", "$": "$", "€": "EUR", "£": "GBP", "¥": "¥", "₹": "INR", "₽": "RUB", "₴": "UAH",
                  "₩": "KRW"}
CURRENCY_CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "INR", "RUB", "UAH", "HKD", "NZD", "KRW",
                  "SGD", "ZAR", "MXN", "BRL")
CURRENCY_WORDS = {"dollars": "$", "us dollars": "USD", "u.s. dollars": "USD", "canadian dollars": "CAD",
                  "australian dollars": "AUD", "hong kong dollars": "HKD", "euros": "EUR", "euro": "EUR",
                  "pounds sterling": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
                  "rubles": "RUB", "roubles": "RUB", "hryvnias": "UAH", "hryvnia": "UAH", "won": "KRW",
                  "rupees": "INR", "swiss francs": "CHF", "francs": "CHF", "rand": "ZAR", "pesos": "MXN"}
_MONEY_BEFORE = lazy_compile(
    r"(?P<cur>(?-i:US|AU?|CA?|HK|NZ|S)?\$|[€£¥₹₽₴₩]|(?-i:" + "|".join(CURRENCY_CODES) + r"))\s?[-−]?$")
_MONEY_AFTER = lazy_compile(
    r"^\s*(?:of\s+)?(?P<cur>" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(CURRENCY_WORDS, key=len, reverse=True))
    + r"|(?-i:" + "|".join(CURRENCY_CODES) + r")|[€$£¥₹₽₴₩](?![\p{L}\p{N}]))(?![\p{L}])", regex.I)
_PERCENT_AFTER = lazy_compile(r"^\s*(?:%|per\s*cent\b|percent\b|pc\b|percentage\s+points?\b)", regex.I)
_ORDINAL_AFTER = lazy_compile(r"^(?:st|nd|rd|th)\b", regex.I)
_TIME_AFTER = lazy_compile(
    r"^\s*(?::\d\d|[ap]\.?m\.?(?![\p{L}])|(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT)\b)", regex.I)
# A number that counts part of a group: "including two children", "two of the dead".
# Patterns that end in $ and are only tested (never read) start with (?r): searched from
# the end of the text before a number, one step instead of one per character.
_SUBCOUNT_BEFORE = lazy_compile(
    r"(?r)(?:\binclud(?:ing|es|ed)|\bamong\s+(?:them|whom|those)|\bof\s+(?:whom|them|those))"
    r"(?:\s+(?:an?|the|some))?\s*$", regex.I)
# "two of the dead", "one of several constituencies", "three of their MPs"
_SUBCOUNT_AFTER = lazy_compile(
    r"^\s+of\s+(?:them|whom|those|these|the|several|many|its|their|our|all)\b", regex.I)
_AGE = lazy_compile(r"(?r)\p{L},\s*$")
_AGE_AFTER = lazy_compile(r"^\s*,")
_AGE_BEFORE = lazy_compile(r"(?r)\b(?:aged|age|ages)\s*$", regex.I)
_YEAR_CUE_BEFORE = lazy_compile(
    r"(?r)\b(?:in|since|of|from|until|till|by|before|after|during|back\s+in|year|circa|mid-?|early|late|"
    r"spring|summer|autumn|fall|winter|between)\s*$", regex.I)
_AND_A_HALF_AFTER = lazy_compile(r"^\s+and\s+a\s+half\b", regex.I)
_RANGE_JOIN = lazy_compile(r"^\s*(?:-|–|—|~|to|and|through|thru)\s*$", regex.I)
# "more than 10 and less than 40", "at most 100 and at least 20": two bounds of one range.
_BOUNDS_JOIN = lazy_compile(r"^\s*(?:,\s*)?(?:(?:and|but)\s+)?$", regex.I)
_LOWER_BOUNDS = ("gt", "ge")
_UPPER_BOUNDS = ("lt", "le")
_FOUR_DIGITS = lazy_compile(r"\d{4}")
_BETWEEN_BEFORE = lazy_compile(r"\bbetween\s*$", regex.I)
_SPACES = lazy_compile(r"\s+")
# "a year and 10 months", "5 feet 2 inches", "5 feet and 2 inches": one measure in two units.
_COMPOUND_JOIN = lazy_compile(r",?\s+and\s+|\s+")
# "5 ft 2 in": "in" is an inch only right after feet.
_INCHES_AFTER_FEET = lazy_compile(r"\s+(?P<n>\d+(?:\.\d+)?)\s+in\b(?!\s+(?:(?:the|a|an|this|that|its|their)\b|(?-i:\p{Lu})|\d))", regex.I)
_CONVERSION_OPEN = lazy_compile(r"^\s*(?:\(\s*|,\s*or\s+|\s+or\s+)$", regex.I)
_CONVERSION_CLOSE = lazy_compile(r"^\s*(?:\)|,|;|\.(?:\s|$)|$)")
_WORD_AFTER = lazy_compile(r"^\s+([\p{Ll}][\p{L}'’-]*)")
_FUNCTION_WORDS = frozenset(
    "the a an and or but when as that which who while after before since until in on at to of for by with "
    "from was were is are had has have will would could should may might did does do".split())
# "the 1952 tsunami", "a 2011 fire", "the town's 1998 flood", "the 2024 general election":
# four digits between a determiner and an event's noun date the event; they count nothing.
_EVENT_NOUNS = frozenset(
    "tsunami earthquake quake fire fires wildfire wildfires blaze bushfire flood floods flooding storm hurricane "
    "typhoon cyclone tornado eruption landslide mudslide avalanche drought famine heatwave disaster tragedy "
    "collapse crash derailment explosion blast bombing bombings attack attacks shooting massacre riot riots war "
    "invasion coup uprising revolution protests strike election elections vote referendum poll campaign contest "
    "race primary primaries census budget olympics games season tournament championship pandemic outbreak "
    "epidemic crisis recession summit treaty result results win victory defeat showing general presidential "
    "parliamentary midterm midterms local national federal".split())
_DETERMINER_BEFORE = lazy_compile(r"(?r)(?:\b(?:the|a|an|this|that|its|their|his|her|our|last)|\p{L}['’]s)\s*$",
                                  regex.I)


@dataclass(frozen=True)
class Value:
    """A typed value in a sentence; offsets are relative to the sentence text."""

    type: str  # count | quantity | date | dateline | year | age | percent | money | fraction | ordinal | time | other
    start: int  # includes a qualifier written before the number
    end: int
    interval: Interval | None = None
    approx: bool = False
    unit: Unit | None = None
    date: DateValue | None = None
    subcount: bool = False
    secondary: bool = False  # restates the value before it: the "(7.5 miles)" of "12 km (7.5 miles)"
    converted: Value | None = None
    qualifier: str | None = None
    number: float | None = None  # the number as written, before any qualifier ("up to 40" -> 40)
    currency: str | None = None  # money: an ISO code ("USD"), or "$" / "¥" where the sign names no one country

    # Typed views for code that has already checked `type`: a count, quantity or
    # year has an interval, a quantity a unit, a date or year a date.
    @property
    def span(self) -> Interval:
        if self.interval is None:
            raise ValueError(f"a {self.type} value has no interval")
        return self.interval

    @property
    def measure(self) -> Unit:
        if self.unit is None:
            raise ValueError(f"a {self.type} value has no unit")
        return self.unit

    @property
    def day(self) -> DateValue:
        if self.date is None:
            raise ValueError(f"a {self.type} value has no date")
        return self.date


def _number_type(text: str, start: int, end: int, value: float | None, raw: str,
                 fraction: bool = False) -> tuple[str, Unit | None, int]:
    """What a bare number is, judging by its neighbours: (type, unit, new end)."""
    before, after = text[:start], text[end:]
    money_after = _MONEY_AFTER.match(after)
    if money_after and value is not None and money_after.group().lstrip()[:2].lower() == "of":
        money_after = None  # "of dollars" follows only a vague amount: "billions of dollars"
    if _MONEY_BEFORE.search(before[-8:]) or money_after:
        return "money", None, end + (money_after.end() if money_after else 0)
    percent = _PERCENT_AFTER.match(after)
    if percent:
        return "percent", None, end + percent.end()
    if _ORDINAL_AFTER.match(after):
        return "ordinal", None, end
    if _TIME_AFTER.match(after):
        return "time", None, end
    unit = unit_after(after)
    if unit:
        return "quantity", unit[0], end + unit[1]
    if fraction:
        return "fraction", None, end  # "two thirds of the vote": a share, not a count
    if _FOUR_DIGITS.fullmatch(raw) and value is not None and 1800 <= value <= 2100:
        word = _WORD_AFTER.match(after)
        # "in 1998 the ban..." is a year; "2000 people" is a count.
        if _YEAR_CUE_BEFORE.search(before) or not word or word.group(1).lower() in _FUNCTION_WORDS or (
                word.group(1).lower() in _EVENT_NOUNS and _DETERMINER_BEFORE.search(before)):
            return "year", None, end
    if after[:1].isalpha():
        return "other", None, end  # glued to letters: "5G", "3D"
    return "count", None, end


_DATELINE_BEFORE = lazy_compile(r"^\s*\p{Lu}[\p{Lu}\s.'’/-]{1,40}(?:,\s*\p{Lu}[\p{L}\s.'’-]{1,30})?,\s*$")
_DATELINE_AFTER = lazy_compile(r"^\s*(?:\([^)]{1,60}\)\s*)?[-–—:]")


def find_values(text: str, article_date: dt.date | None = None) -> list[Value]:
    """Every value in a sentence, left to right. With the article's date
    (`article_date`), relative dates ("last week", "on Tuesday") are values too, and a
    year written relative to it ("September of last year") is placed."""
    values: list[Value] = []
    for d in find_dates(text):
        # A dateline ("LYON, Jan 2 (Wire) -") dates the report, not what it reports.
        dateline = _DATELINE_BEFORE.match(text[: d.start]) and _DATELINE_AFTER.match(text[d.end:])
        date = resolve(d.value, article_date) if article_date else d.value
        values.append(Value("dateline" if dateline else "date", d.start, d.end, date=date))
    taken = [(v.start, v.end) for v in values]
    for d in find_relative_dates(text, article_date) if article_date else ():
        if not any(d.start < e and s < d.end for s, e in taken):
            whole_year = (d.value.first, d.value.last) == ((1, 1), (12, 31))
            interval = Interval.point(d.value.year) if whole_year and d.value.year is not None else None
            values.append(Value("year" if whole_year else "date", d.start, d.end, interval, date=d.value))
            taken.append((d.start, d.end))
    for num in find_numbers(text):
        if any(num.start < e and s < num.end for s, e in taken):
            continue
        raw = text[num.start:num.end]
        kind, unit, end = _number_type(text, num.start, num.end, num.value, raw, num.fraction)
        if kind == "year":
            year = int(num.value or 0)  # a year is written in digits, never vague
            values.append(Value("year", num.start, end, Interval.point(year), date=DateValue.whole_year(year)))
            continue
        interval = num.vague if num.vague is not None or num.value is None else Interval.point(num.value)
        if kind == "count" and _AGE.search(text[:num.start]) and _AGE_AFTER.match(text[end:]):
            kind = "age"  # "A girl, 12, was injured"
        elif kind == "count" and _AGE_BEFORE.search(text[:num.start]):
            kind = "age"  # "aged 12"
        start, currency = num.start, None
        if kind == "money":
            start, currency = _currency(text, num.start, num.end, end)
        values.append(Value(kind, start, end, interval, unit=unit, number=num.value, currency=currency))
    values.sort(key=lambda v: v.start)
    values = _merge_durations(text, _merge_ranges(text, values))
    values = _merge_bounds(text, [_qualified(text, v) for v in values])
    # "41.3% of the vote", "a third of them": the "of" names what a share is of, not a part of a group.
    values = [replace(v, subcount=False) if v.subcount and v.type in _SHARES else v for v in values]
    return _link_conversions(text, values)


def _currency(text: str, start: int, number_end: int, end: int) -> tuple[int, str | None]:
    """Where a sum of money starts once its currency sign is counted, and its currency."""
    before = _MONEY_BEFORE.search(text[max(0, start - 8):start])
    if before:
        sign = before.group("cur")
        code = CURRENCY_SIGNS.get(sign.lower(), sign.upper())
        return start - len(before.group()), code
    after = _MONEY_AFTER.match(text[number_end:end])
    word = _SPACES.sub(" ", after.group("cur").lower()) if after else ""
    if word in CURRENCY_WORDS:
        return start, CURRENCY_WORDS[word]
    return start, CURRENCY_SIGNS.get(word, word.upper() or None)


_RANGE_TYPES = {"count", "quantity", "percent", "money"}
_SHARES = ("percent", "fraction")
_SCALE_AFTER_DIGITS = lazy_compile(
    r"\d\s*(?P<scale>thousand|million|billion|trillion|bn|mln|mn|bln|m|b|k)\b", regex.I)


def _range_type(v: Value, w: Value) -> str | None:
    """The type of the range "v to w", or None when the two cannot make one."""
    types = {v.type, w.type}
    if not types <= _RANGE_TYPES:
        return None
    if types <= {"count", "quantity"}:
        return "quantity" if (v.unit or w.unit) else "count"
    special = types - {"count"}
    return special.pop() if len(special) == 1 else None  # "33 to 35 per cent", "$2.4 to $2.6 billion"


def _scale_of(raw: str) -> float:
    m = _SCALE_AFTER_DIGITS.search(raw)
    if not m:
        return 1.0
    word = m.group("scale").lower()
    return float(SCALES.get(word) or SCALE_ABBREVIATIONS.get(word, 1))


def _merge_ranges(text: str, values: list[Value]) -> list[Value]:
    """"20 to 25 km", "between 20 and 25", "20-25", "33 to 35 per cent" become one value
    [20, 25]; a scale written once serves both ends ("$2.4 to $2.6 billion")."""
    merged: list[Value] = []
    i = 0
    while i < len(values):
        v = values[i]
        kind = _range_type(v, values[i + 1]) if i + 1 < len(values) else None
        if kind is not None:
            w = values[i + 1]
            joiner = text[v.end:w.start]
            between = _BETWEEN_BEFORE.search(text[max(0, v.start - 20):v.start])
            is_and = joiner.strip().lower() == "and"
            same_unit = v.unit is None or w.unit is None or v.measure.dimension == w.measure.dimension
            lo_v, hi_v = v.span.lo, v.span.hi
            scale = _scale_of(text[w.start:w.end])
            if scale > 1 and _scale_of(text[v.start:v.end]) == 1 and v.span.is_point and v.span.lo * scale <= w.span.lo:
                lo_v = hi_v = v.span.lo * scale
            # "-18 °C to -34 °C" counts down, as temperatures below zero are written.
            ordered = hi_v <= w.span.lo or (hi_v < 0 and w.span.hi < 0)
            if _RANGE_JOIN.match(joiner) and (between or not is_and) and same_unit and ordered:
                start = max(0, v.start - 20) + between.start() if between else v.start
                unit = w.unit or v.unit
                lo, hi = min(lo_v, w.span.lo), max(hi_v, w.span.hi)
                merged.append(Value(kind, start, w.end, Interval(lo, hi), unit=unit, currency=w.currency or v.currency))
                i += 2
                continue
        merged.append(v)
        i += 1
    return merged


def _merge_durations(text: str, values: list[Value]) -> list[Value]:
    """"a year and 10 months" is one duration: 1 year + 10 months, in years;
    "a year and a half" is 1.5 years."""
    merged: list[Value] = []
    for v in values:
        if merged and v.start < merged[-1].end:
            continue  # the inches of "5 ft 2 in", read with the feet
        is_time = v.type == "quantity" and v.measure.dimension == "time" and v.span.is_point
        half = _AND_A_HALF_AFTER.match(text[v.end:]) if is_time else None
        inches = (_INCHES_AFTER_FEET.match(text, v.end) if v.type == "quantity" and v.measure.symbol == "ft"
                  and v.span.is_point else None)
        if inches:
            total = v.span.lo + float(inches.group("n")) / 12
            v = replace(v, end=inches.end(), interval=Interval.point(total), number=total)
        if half:
            v = replace(v, end=v.end + half.end(), interval=Interval.point(v.span.lo + 0.5),
                        number=v.span.lo + 0.5)
        prev = merged[-1] if merged else None
        if (prev is not None and v.type == prev.type == "quantity" and prev.measure.dimension == v.measure.dimension
                and prev.measure.dimension in ("time", "length", "mass")
                and prev.measure.factor > v.measure.factor and _COMPOUND_JOIN.fullmatch(text[prev.end:v.start])
                and prev.span.is_point and v.span.is_point):
            total = prev.span.lo + convert(v.span.lo, v.measure, prev.measure)
            merged[-1] = replace(prev, end=v.end, interval=Interval.point(total), number=total)
            continue
        merged.append(v)
    return merged


def _qualified(text: str, v: Value) -> Value:
    """Apply a qualifier written before or after a number, and mark sub-counts."""
    if v.type not in ("count", "quantity", "year", "fraction", "percent", "money") or not v.span.is_point:
        return _with_subcount(v, _is_subcount(text, v.start, v.end))
    qual, qlen = prefix_qualifier(text[max(0, v.start - 60): v.start])
    post, plen = postfix_qualifier(text[v.end:v.end + 60])
    if qual == "approx" and post in ("ge", "le"):
        qual = None  # "about 500 or more" is at least 500
    chosen = qual or post
    if chosen is None:
        return _with_subcount(v, _is_subcount(text, v.start, v.end))
    end = v.end + plen if (post and not qual) else v.end
    if qual in OR_EQUAL:
        extra = or_equal(text[end:end + 30])
        if extra:  # "less than 5000 or equal"
            chosen, end = OR_EQUAL[qual], end + extra
    interval, approx = qualify(v.span.lo, chosen)
    if v.type == "quantity" and v.unit is not None and v.unit.dimension == "temperature" and chosen in ("lt", "le"):
        interval = replace(interval, lo=-INF)  # "10 °C or lower" goes below zero
    start = v.start - qlen if qual else v.start
    return replace(v, start=start, end=end, interval=interval, approx=approx, qualifier=chosen,
                   subcount=_is_subcount(text, start, end))


def _merge_bounds(text: str, values: list[Value]) -> list[Value]:
    """"more than 10 and less than 40" is one range (10, 40): a lower and an upper
    bound of the same sort of value, side by side. Bounds that leave nothing between
    them ("more than 40 and less than 10") stay apart."""
    merged: list[Value] = []
    for v in values:
        prev = merged[-1] if merged else None
        if (prev is not None and prev.type == v.type and prev.type in ("count", "quantity", "percent", "money", "fraction")
                and {prev.qualifier, v.qualifier} & set(_LOWER_BOUNDS) and {prev.qualifier, v.qualifier} & set(_UPPER_BOUNDS)
                and (prev.unit is None or v.unit is None or prev.unit == v.unit)
                and _BOUNDS_JOIN.match(text[prev.end:v.start])):
            low, high = (prev, v) if prev.qualifier in _LOWER_BOUNDS else (v, prev)
            interval = Interval(low.span.lo, high.span.hi, lo_open=low.span.lo_open,
                                hi_open=high.span.hi_open)
            if interval.lo < interval.hi:
                merged[-1] = replace(prev, end=v.end, interval=interval, qualifier=None, approx=False,
                                     unit=prev.unit or v.unit, number=None)
                continue
        merged.append(v)
    return merged


def _with_subcount(v: Value, subcount: bool) -> Value:
    # Most values are not sub-counts: a copy only when the flag changes (replace() is slow).
    return v if v.subcount == subcount else replace(v, subcount=subcount)


def _is_subcount(text: str, start: int, end: int) -> bool:
    return bool(_SUBCOUNT_BEFORE.search(text[max(0, start - 40):start]) or _SUBCOUNT_AFTER.match(text[end:end + 40]))


def _link_conversions(text: str, values: list[Value]) -> list[Value]:
    """Tie "12 km (7.5 miles)" together: the second restates the first."""
    out = list(values)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.type != "quantity" or b.type != "quantity" or a.secondary:
            continue
        if a.measure.dimension != b.measure.dimension or a.measure.symbol == b.measure.symbol:
            continue
        if not _CONVERSION_OPEN.match(text[a.end:b.start]) or not _CONVERSION_CLOSE.match(text[b.end:]):
            continue
        out[i + 1] = replace(b, secondary=True)
        out[i] = replace(a, converted=out[i + 1])
    return out


# How a caller reads a clause's values: `find_values`, or a memo of it.
ValueReader = Callable[[str, "dt.date | None"], list[Value]]


class RememberedValues:
    """`find_values` with a memo, for one run that reads the same clauses twice
    (discovery reads every clause with a number, then its draft rules read them
    again). Each call gets its own list; the Values themselves are frozen."""

    def __init__(self) -> None:
        self._memo: dict[tuple[str, dt.date | None], list[Value]] = {}

    def __call__(self, text: str, article_date: dt.date | None = None) -> list[Value]:
        found = self._memo.get((text, article_date))
        if found is None:
            found = self._memo[(text, article_date)] = find_values(text, article_date)
        return list(found)
