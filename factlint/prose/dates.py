"""Calendar dates in prose ("December 30", "February 24, 2022", "in September of
last year", "late December") as ranges of days, with or without a known year."""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import regex

from factlint.prose.patterns import lazy_compile

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?P<month>{_FULL}|{_ABBR})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d|2100)"
_PART = r"(?:(?P<part>(?i:early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of))[-\s]+)"
_REL_YEAR = r"(?:\s+of)?\s+(?P<relyear>last|this|next)\s+year"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"

# Month names are matched with their capital letter, so "may" and "march" stay verbs.
_PATTERNS = [
    lazy_compile(r"\b(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)\b"),
    # 30/12/2023 (day first) or 12/30/2023 (month first); 05/06/2023 is read day first.
    lazy_compile(r"\b(?P<first>[0-3]?\d)[/.](?P<second>[01]?\d|3[01]|2\d)[/.](?P<year>(?:19|20)\d\d)\b"),
    lazy_compile(rf"\b{_WEEKDAY}{_PART}?{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b|{_REL_YEAR})?"),
    lazy_compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+{_YEAR}\b|{_REL_YEAR})?"),
    lazy_compile(
        rf"(?:\b(?P<rel>(?i:last|this|next))\s+)?\b{_PART}?(?<!\w){_MONTH}(?![\w])(?!\s+[0-3]?\d\b)"
        rf"(?:,?\s+(?:of\s+)?{_YEAR}\b|{_REL_YEAR})?"
    ),
]
# Every pattern needs a digit or a capitalised month name: most lines have neither.
_DATE_HINT = lazy_compile(r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_MONTH_HINT = lazy_compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
# Per pattern: whether it needs a month name, and a pre-test (the standard library's
# engine, whose \d is regex's and whose \s holds all of regex's) that finds what the
# pattern cannot match without: "2024-03-14" needs digits around a hyphen; "30/12/2023"
# digits, separators and a year; "30 December" a day before a month name.
_HINTS: tuple[tuple[bool, re.Pattern[str] | None], ...] = (
    (False, re.compile(r"\d-\d\d-\d")),
    (False, re.compile(r"\d[/.]\d\d?[/.](?:19|20)\d\d")),
    (True, None),
    (True, re.compile(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")),
    (True, None),
)
_SPACES = lazy_compile(r"\s+")
_PART_DAYS = {"early": (1, 10), "the start of": (1, 10), "the beginning of": (1, 10), "mid": (11, 20)}


@dataclass(frozen=True)
class DateValue:
    """A range of days within one year; `year` is None when the text names none.

    "last year" with no article date to resolve it keeps `year_offset` = -1.
    """

    year: int | None
    first: tuple[int, int]  # (month, day)
    last: tuple[int, int]
    year_offset: int | None = None

    @classmethod
    def day(cls, year: int | None, month: int, day: int, offset: int | None = None) -> DateValue:
        return cls(year, (month, day), (month, day), offset)

    @classmethod
    def whole_year(cls, year: int) -> DateValue:
        return cls(year, (1, 1), (12, 31))

    def bounds(self, year: int | None = None) -> tuple[dt.date, dt.date]:
        """First and last day, placing a year-less date in `year` (default 2000, a leap year)."""
        y = year if year is not None else (self.year if self.year is not None else 2000)
        return dt.date(y, *self.first), dt.date(y, *self.last)

    def to_dict(self) -> dict[str, Any]:
        fmt = "%Y-%m-%d" if self.year is not None else "--%m-%d"
        start, end = self.bounds()
        return {"start": start.strftime(fmt), "end": end.strftime(fmt), "year_offset": self.year_offset}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DateValue:
        def parts(iso: str) -> tuple[int | None, tuple[int, int]]:
            if iso.startswith("--"):
                return None, (int(iso[2:4]), int(iso[5:7]))
            return int(iso[:4]), (int(iso[5:7]), int(iso[8:10]))

        year, first = parts(data["start"])
        _, last = parts(data["end"])
        return cls(year, first, last, data.get("year_offset"))

    def describe(self) -> str:
        """The date as a reporter would write it: "March 14, 2024", "late March"."""
        year = f" {self.year}" if self.year is not None else (
            {-1: " last year", 0: " this year", 1: " next year"}.get(self.year_offset, "") if self.year_offset is not None else "")
        (m1, d1), (m2, d2) = self.first, self.last
        if (m1, d1, m2, d2) == (1, 1, 12, 31):
            return year.strip() or "a whole year"
        month = calendar.month_name[m1]
        if (m1, d1) == (m2, d2):
            return f"{month} {d1}," + year if self.year is not None else f"{month} {d1}{year}"
        month_len = calendar.monthrange(self.year or 2000, m1)[1]
        if m1 == m2 and d1 == 1 and d2 == month_len:
            return f"{month}{year}"
        if m1 == m2:
            part = {(1, 10): "early ", (11, 20): "mid-", (21, month_len): "late "}.get((d1, d2))
            if part:
                return f"{part}{month}{year}"
        return f"{month} {d1} to {calendar.month_name[m2]} {d2}" + ("," if self.year is not None else "") + year


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    value: DateValue


def _value(m: regex.Match, order: str | None = None) -> DateValue | None:
    groups = m.groupdict()
    if groups.get("first"):
        first, second = int(groups["first"]), int(groups["second"])
        # Unambiguous when one part is over 12; else `order` decides, and day first without one.
        month_first = second > 12 >= first or (order == "mdy" and second <= 12)
        day, month = (second, first) if month_first else (first, second)
        groups = {**groups, "mon": str(month), "day": str(day)}
    if groups.get("mon"):
        month = int(groups["mon"])
    else:
        month = MONTHS[groups["month"].rstrip(".").lower()]
    if not 1 <= month <= 12:
        return None
    year = int(groups["year"]) if groups.get("year") else None
    offset = {"last": -1, "this": 0, "next": 1}.get((groups.get("relyear") or "").lower())
    rel = (groups.get("rel") or "").lower()
    if rel and year is None and offset is None:
        offset = {"last": -1, "this": 0, "next": 1}[rel]
    month_len = calendar.monthrange(year or 2000, month)[1]
    if groups.get("day"):
        day = int(groups["day"])
        if not 1 <= day <= month_len:
            return None
        return DateValue.day(year, month, day, offset)
    part = _SPACES.sub(" ", (groups.get("part") or "").lower())
    first, last = _PART_DAYS.get(part, (21, month_len) if part in ("late", "the end of") else (1, month_len))
    return DateValue(year, (month, first), (month, min(last, month_len)), offset)


def find_dates(text: str, order: str | None = None) -> list[DateMatch]:
    """Every calendar date in `text`, left to right, longest match first at each place.
    `order` ("mdy" or "dmy") reads an all-numeric date such as 01/02/2024; day first when None."""
    found: list[DateMatch] = []
    if _DATE_HINT.search(text) is None:
        return found
    taken: list[tuple[int, int]] = []  # sorted, never overlapping: one bisect finds a clash
    # A pattern that cannot match is not run (most sentences with a digit name no month).
    month = _MONTH_HINT.search(text) is not None
    for pattern, (needs_month, hint) in zip(_PATTERNS, _HINTS):
        if (needs_month and not month) or (hint is not None and hint.search(text) is None):
            continue
        for m in pattern.finditer(text):
            index = bisect.bisect_left(taken, (m.end(),))
            if index and taken[index - 1][1] > m.start():
                continue
            if m.groupdict().get("month") == "May" and not _may_is_month(text, m):
                continue
            value = _value(m, order)
            if value is None:
                continue
            found.append(DateMatch(m.start(), m.end(), value))
            taken.insert(index, (m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _may_is_month(text: str, m: regex.Match) -> bool:
    """'May' alone is a month only after a preposition or before a day or year."""
    if m.groupdict().get("day") or m.groupdict().get("year") or m.groupdict().get("relyear"):
        return True
    before = text[: m.start("month")].rstrip().lower()
    return before.endswith(("in", "since", "of", "until", "by", "during", "from", "early", "mid", "late", "last", "this", "next"))


def ambiguous_numeric(text: str) -> bool:
    """Whether `text` is an all-numeric date whose day and month could swap (01/02/2024)."""
    m = _NUMERIC_DATE.fullmatch(text.strip())
    if m is None:
        return False
    first, second = int(m.group("first")), int(m.group("second"))
    return first != second and 1 <= first <= 12 and 1 <= second <= 12


_NUMERIC_DATE = lazy_compile(r"(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.](?P<year>\d{4})")


def parse_date(text: str, order: str | None = None) -> DateValue | None:
    """Parse a whole phrase or ISO string ("2024-03-14", "2024-03", "March 14");
    `order` as for find_dates."""
    text = text.strip()
    m = regex.fullmatch(r"(\d{4})-(\d\d)", text)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            return DateValue(year, (month, 1), (month, calendar.monthrange(year, month)[1]))
        return None
    if regex.fullmatch(r"\d{4}", text):
        return DateValue.whole_year(int(text))
    dates = find_dates(text, order)
    if len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(text):
        return dates[0].value
    return None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Capitalised weekdays only ("Tuesday"), and not one that opens a full date ("Tuesday, January 9").
_RELATIVE = lazy_compile(
    r"\b(?:(?P<dayafter>(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)))"
    r"|(?P<ago>(?i:(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+days?\s+ago))"
    r"|(?P<day>(?i:yesterday|today|tomorrow))"
    r"|(?P<rel>(?i:last|this|next))\s+(?P<unit>(?i:week|month|year))"
    r"|(?:(?P<wrel>(?i:last|this|next))\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?!,?\s+(?:[0-3]?\d\b|" + _FULL + r")))\b")
_OFFSETS = {"last": -1, "this": 0, "next": 1}


def resolve(value: DateValue, today: dt.date) -> DateValue:
    """Place a date written relative to the year ("September of last year")
    in a year, counting from the article's date."""
    if value.year is None and value.year_offset is not None:
        placed = DateValue(today.year + value.year_offset, value.first, value.last)
        try:
            placed.bounds()
        except ValueError:  # "February 29 last year" from a year after a non-leap one: no such day
            return value
        return placed
    return value


def _span(first: dt.date, last: dt.date, today: dt.date) -> DateValue:
    """Days first..last as one DateValue; a week across New Year keeps the part
    in the article's year (a DateValue lies within one year)."""
    if first.year != last.year:
        first, last = (dt.date(last.year, 1, 1), last) if last.year == today.year else (first, dt.date(first.year, 12, 31))
    return DateValue(first.year, (first.month, first.day), (last.month, last.day))


def _month(year: int, month: int) -> DateValue:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return DateValue(year, (month, 1), (month, calendar.monthrange(year, month)[1]))


_DAY_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _relative_value(m: regex.Match, today: dt.date) -> DateValue:
    if m.group("dayafter") or m.group("ago"):
        if m.group("ago"):  # "three days ago"
            n = m.group("n").lower()
            shift = -(int(n) if n.isdigit() else _DAY_COUNTS[n])
        else:  # "the day before yesterday", "the day after tomorrow"
            shift = -2 if "before" in m.group("dayafter").lower() else 2
        day = today + dt.timedelta(days=shift)
        return DateValue.day(day.year, day.month, day.day)
    if m.group("day"):
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("day").lower()]
        day = today + dt.timedelta(days=shift)
        return DateValue.day(day.year, day.month, day.day)
    if m.group("unit"):
        offset = _OFFSETS[m.group("rel").lower()]
        unit = m.group("unit").lower()
        if unit == "year":
            return DateValue.whole_year(today.year + offset)
        if unit == "month":
            return _month(today.year, today.month + offset)
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=offset)
        return _span(monday, monday + dt.timedelta(days=6), today)
    target = _WEEKDAYS.index(m.group("weekday").lower())
    back = (today.weekday() - target) % 7
    rel = (m.group("wrel") or "").lower()
    if rel == "last":
        day = today - dt.timedelta(days=back or 7)
    elif rel == "next":
        day = today + dt.timedelta(days=(target - today.weekday()) % 7 or 7)
    elif rel == "this":
        day = today + dt.timedelta(days=target - today.weekday())
    else:  # a bare weekday in a report is a day of the week just past, or today
        day = today - dt.timedelta(days=back)
    return DateValue.day(day.year, day.month, day.day)


def find_relative_dates(text: str, today: dt.date) -> list[DateMatch]:
    """Dates named relative to the article's date: "yesterday", "last week",
    "this month", "next year", "on Tuesday", "last Friday", "three days ago",
    "the day before yesterday"."""
    return [DateMatch(m.start(), m.end(), _relative_value(m, today)) for m in _RELATIVE.finditer(text)]
