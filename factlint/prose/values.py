"""Every value written in a sentence, typed: count, quantity, date, year, and the
values that are none of these (percentages, money, ordinals, model numbers).

Typing first keeps kinds from stealing each other's numbers: the 30 of
"December 30" is a day, the 2 of "two years ago" a duration, the 23 of
"KN-23" part of a name; none of them is a death toll.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import regex

from factlint.model import Interval
from factlint.prose.dates import DateValue, find_dates, find_relative_dates, resolve
from factlint.prose.numbers import find_numbers, postfix_qualifier, prefix_qualifier, qualify
from factlint.prose.units import Unit, convert, unit_after

_MONEY_BEFORE = regex.compile(r"(?:[$€£¥₹₽]|US\$|USD\s?|EUR\s?|GBP\s?)\s*$")
_MONEY_AFTER = regex.compile(r"^\s*(?:dollars|euros|rubles|roubles|yuan|yen|hryvnias?|won|rupees)\b", regex.I)
_PERCENT_AFTER = regex.compile(r"^\s*(?:%|per\s*cent\b|percent\b|percentage\s+points?\b)", regex.I)
_ORDINAL_AFTER = regex.compile(r"^(?:st|nd|rd|th)\b", regex.I)
_TIME_AFTER = regex.compile(
    r"^\s*(?::\d\d|[ap]\.?m\.?(?![\p{L}])|(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT)\b)", regex.I)
# A number that counts part of a group: "including two children", "two of the dead".
_SUBCOUNT_BEFORE = regex.compile(
    r"(?:\binclud(?:ing|es|ed)|\bamong\s+(?:them|whom|those)|\bof\s+(?:whom|them|those))"
    r"(?:\s+(?:an?|the|some))?\s*$", regex.I)
_SUBCOUNT_AFTER = regex.compile(r"^\s+of\s+(?:them|whom|those|these|the)\b", regex.I)
_AGE = regex.compile(r"\p{L},\s*$")
_AGE_AFTER = regex.compile(r"^\s*,")
_AGE_BEFORE = regex.compile(r"\b(?:aged|age|ages)\s*$", regex.I)
_YEAR_CUE_BEFORE = regex.compile(
    r"\b(?:in|since|of|from|until|till|by|before|after|during|back\s+in|year|circa|mid-?|early|late|"
    r"spring|summer|autumn|fall|winter|between)\s*$", regex.I)
_AND_A_HALF_AFTER = regex.compile(r"^\s+and\s+a\s+half\b", regex.I)
_RANGE_JOIN = regex.compile(r"^\s*(?:-|–|—|to|and)\s*$", regex.I)
_FOUR_DIGITS = regex.compile(r"\d{4}")
_BETWEEN_BEFORE = regex.compile(r"\bbetween\s*$", regex.I)
_AND_BETWEEN = regex.compile(r",?\s+and\s+")
_CONVERSION_OPEN = regex.compile(r"^\s*(?:\(\s*|,\s*or\s+|\s+or\s+)$", regex.I)
_CONVERSION_CLOSE = regex.compile(r"^\s*(?:\)|,|;|\.(?:\s|$)|$)")
_WORD_AFTER = regex.compile(r"^\s+([\p{Ll}][\p{L}'’-]*)")
_FUNCTION_WORDS = frozenset(
    "the a an and or but when as that which who while after before since until in on at to of for by with "
    "from was were is are had has have will would could should may might did does do".split())


@dataclass(frozen=True)
class Value:
    """A typed value in a sentence; offsets are relative to the sentence text."""

    type: str  # count | quantity | date | dateline | year | age | percent | money | ordinal | time
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


def _number_type(text: str, start: int, end: int, value: float | None, raw: str) -> tuple[str, Unit | None, int]:
    """What a bare number is, judging by its neighbours: (type, unit, new end)."""
    before, after = text[:start], text[end:]
    if _MONEY_BEFORE.search(before) or _MONEY_AFTER.match(after):
        return "money", None, end
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
    if _FOUR_DIGITS.fullmatch(raw) and value is not None and 1800 <= value <= 2100:
        word = _WORD_AFTER.match(after)
        # "in 1998 the ban..." is a year; "2000 people" is a count.
        if _YEAR_CUE_BEFORE.search(before) or not word or word.group(1).lower() in _FUNCTION_WORDS:
            return "year", None, end
    if after[:1].isalpha():
        return "other", None, end  # glued to letters: "5G", "3D"
    return "count", None, end


_DATELINE_BEFORE = regex.compile(r"^\s*\p{Lu}[\p{Lu}\s.'’/-]{1,40}(?:,\s*\p{Lu}[\p{L}\s.'’-]{1,30})?,\s*$")
_DATELINE_AFTER = regex.compile(r"^\s*(?:\([^)]{1,60}\)\s*)?[-–—:]")


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
        kind, unit, end = _number_type(text, num.start, num.end, num.value, raw)
        if kind == "year":
            year = int(num.value or 0)  # a year is written in digits, never vague
            values.append(Value("year", num.start, end, Interval.point(year), date=DateValue.whole_year(year)))
            continue
        interval = num.vague if num.vague is not None or num.value is None else Interval.point(num.value)
        if kind == "count" and _AGE.search(text[:num.start]) and _AGE_AFTER.match(text[end:]):
            kind = "age"  # "A girl, 12, was injured"
        elif kind == "count" and _AGE_BEFORE.search(text[:num.start]):
            kind = "age"  # "aged 12"
        values.append(Value(kind, num.start, end, interval, unit=unit, number=num.value))
    values.sort(key=lambda v: v.start)
    values = _merge_durations(text, _merge_ranges(text, values))
    values = [_qualified(text, v) for v in values]
    return _link_conversions(text, values)


def _merge_ranges(text: str, values: list[Value]) -> list[Value]:
    """"20 to 25 km", "between 20 and 25", "20-25" become one value [20, 25]."""
    merged: list[Value] = []
    i = 0
    while i < len(values):
        v = values[i]
        if i + 1 < len(values) and v.type in ("count", "quantity") and values[i + 1].type in ("count", "quantity"):
            w = values[i + 1]
            joiner = text[v.end:w.start]
            between = _BETWEEN_BEFORE.search(text[:v.start])
            is_and = joiner.strip().lower() == "and"
            same_unit = v.unit is None or w.unit is None or v.unit.dimension == w.unit.dimension
            if _RANGE_JOIN.match(joiner) and (between or not is_and) and same_unit and v.span.hi <= w.span.lo:
                start = between.start() if between else v.start
                unit = w.unit or v.unit
                kind = "quantity" if unit else "count"
                merged.append(Value(kind, start, w.end, Interval(v.span.lo, w.span.hi), unit=unit))
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
        is_time = v.type == "quantity" and v.measure.dimension == "time" and v.span.is_point
        half = _AND_A_HALF_AFTER.match(text[v.end:]) if is_time else None
        if half:
            v = replace(v, end=v.end + half.end(), interval=Interval.point(v.span.lo + 0.5),
                        number=v.span.lo + 0.5)
        prev = merged[-1] if merged else None
        if (prev is not None and v.type == prev.type == "quantity" and prev.measure.dimension == v.measure.dimension == "time"
                and prev.measure.factor > v.measure.factor and _AND_BETWEEN.fullmatch(text[prev.end:v.start])
                and prev.span.is_point and v.span.is_point):
            total = prev.span.lo + convert(v.span.lo, v.measure, prev.measure)
            merged[-1] = replace(prev, end=v.end, interval=Interval.point(total), number=total)
            continue
        merged.append(v)
    return merged


def _qualified(text: str, v: Value) -> Value:
    """Apply a qualifier written before or after a number, and mark sub-counts."""
    if v.type not in ("count", "quantity", "year") or not v.span.is_point:
        return replace(v, subcount=_is_subcount(text, v.start, v.end))
    qual, qlen = prefix_qualifier(text[: v.start])
    post, plen = postfix_qualifier(text[v.end:])
    chosen = qual or post
    if chosen is None:
        return replace(v, subcount=_is_subcount(text, v.start, v.end))
    interval, approx = qualify(v.span.lo, chosen)
    start = v.start - qlen if qual else v.start
    end = v.end + plen if (post and not qual) else v.end
    return replace(v, start=start, end=end, interval=interval, approx=approx, qualifier=chosen,
                   subcount=_is_subcount(text, start, end))


def _is_subcount(text: str, start: int, end: int) -> bool:
    return bool(_SUBCOUNT_BEFORE.search(text[:start]) or _SUBCOUNT_AFTER.match(text[end:]))


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
