"""Publication times: a day, with the clock time and its zone when they are known.

An article's time is read from its front matter, HTML meta tags, a `dates`
file, or the date line, byline or dateline of a plain-text page
("Published: March 11, 2021 07:14 AM GMT", "Tue 9 Feb 2021 16.20 GMT",
"Harbor Gazette | June 3, 2022"). Times compare by instant when both carry a
zone, else by local day and clock: "later" only when the order is certain.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterator

import regex

from factlint.prose.dates import MONTHS
from factlint.prose.patterns import lazy_compile

# Zone abbreviations a news page prints after a clock time, in minutes east of UTC.
ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "msk": 180,
    "ist": 330, "sgt": 480, "hkt": 480, "jst": 540, "kst": 540, "aest": 600, "aedt": 660, "nzst": 720,
    "nzdt": 780, "est": -300, "edt": -240, "et": -300, "cst": -360, "cdt": -300, "ct": -360, "mst": -420,
    "mdt": -360, "mt": -420, "pst": -480, "pdt": -420, "pt": -480, "akst": -540, "akdt": -480, "hst": -600,
}


@dataclass(frozen=True, order=True)
class Moment:
    """A point in time as precise as the source: `minute` (since local midnight)
    and `offset` (minutes east of UTC) are None when not given."""

    day: dt.date
    minute: int | None = None
    offset: int | None = None

    def instant(self) -> dt.datetime | None:
        """The UTC instant, when clock and zone are both known."""
        if self.minute is None or self.offset is None:
            return None
        local = dt.datetime.combine(self.day, dt.time()) + dt.timedelta(minutes=self.minute)
        return local - dt.timedelta(minutes=self.offset)

    def before(self, other: Moment) -> bool:
        """True only when self is certainly earlier than `other`."""
        a, b = self.instant(), other.instant()
        if a is not None and b is not None:
            return a < b
        if self.day != other.day:
            # Zones differ by at most a day: a day apart is certain, one day with one zone unknown nearly so.
            return self.day < other.day
        if self.minute is not None and other.minute is not None and (self.offset == other.offset):
            return self.minute < other.minute
        return False

    def iso(self) -> str:
        if self.minute is None:
            return self.day.isoformat()
        text = f"{self.day.isoformat()}T{self.minute // 60:02d}:{self.minute % 60:02d}"
        if self.offset is None:
            return text
        if self.offset == 0:
            return text + "Z"
        sign = "+" if self.offset > 0 else "-"
        return f"{text}{sign}{abs(self.offset) // 60:02d}:{abs(self.offset) % 60:02d}"

    def label(self) -> str:
        """How a report names it: "May 2, 2021" or "May 2, 2021 14:30"."""
        text = f"{self.day:%b} {self.day.day}, {self.day.year}"
        if self.minute is not None:
            text += f" {self.minute // 60:02d}:{self.minute % 60:02d}"
        return text

    def __str__(self) -> str:
        return self.iso()


def moment_key(moment: Moment) -> dt.datetime:
    """A sort key: the UTC instant when known, else the local clock time (or the day's start)."""
    instant = moment.instant()
    if instant is not None:
        return instant
    return dt.datetime.combine(moment.day, dt.time()) + dt.timedelta(minutes=moment.minute or 0)


_ISO = lazy_compile(
    r"^\s*(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?)?\s*$")


def _offset(text: str | None) -> int | None:
    if not text:
        return None
    if text.upper() == "Z":
        return 0
    digits = text[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:] or 0)
    return minutes if text[0] == "+" else -minutes


def parse_moment(raw: Any) -> Moment | None:
    """A Moment from a metadata value: a YAML date or datetime, ISO 8601 text
    ("2021-01-09", "2021-01-09T10:00:00Z", "2021-06-17T21:29-04:00"), or a
    written date line ("June 2, 2021 9:44 AM"); None when it is none of them."""
    if isinstance(raw, dt.datetime):
        offset = raw.utcoffset()
        return Moment(raw.date(), raw.hour * 60 + raw.minute,
                      None if offset is None else int(offset.total_seconds() // 60))
    if isinstance(raw, dt.date):
        return Moment(raw)
    if not isinstance(raw, str):
        return None
    m = _ISO.match(raw)
    if m:
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        if m.group(4) is None:
            return Moment(day)
        hour, minute = int(m.group(4)), int(m.group(5))
        if hour > 23 or minute > 59:
            return Moment(day)
        return Moment(day, hour * 60 + minute, _offset(m.group(6)))
    return read_written(raw)


_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December" \
         r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d|\d\d)"
_CLOCK = (r"(?:(?:,|\s+at|\s*\|)?\s*(?P<hour>[0-2]?\d)(?:[:.](?P<minute>[0-5]\d))(?::\d\d)?"
          r"(?:\s*(?P<ampm>[aApP])\.?\s*[mM]\b\.?)?"
          r"(?:\s*\(?(?P<zone>(?:GMT|UTC)?[+-]\d\d?(?::?\d\d)?|[A-Z]{1,5}\b(?![.-]\w))\)?)?)?")
_WRITTEN = [
    # "June 4, 2021", "Jun. 4, 2021 9:44 AM EDT", "Mar 11th, 2021"
    lazy_compile(rf"(?i:{_MONTH})\s+{_DAY},?\s+(?P<year>(?:19|20)\d\d)\b{_CLOCK}"),
    # "4 June 2021", "Tue 9 Feb 2021 16.20 GMT", "12 JUN 21 08:40 ET"
    lazy_compile(rf"\b{_DAY}(?:\s+of)?\s+(?i:{_MONTH}),?\s+{_YEAR}\b{_CLOCK}"),
    # "2021-06-04 14:30", "Date:2021-06-04 09:15:02"
    lazy_compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)(?:[T ]\s*(?P<hour>[0-2]\d):"
                 r"(?P<minute>[0-5]\d)(?::\d\d)?\s*(?P<zone>Z\b|[+-]\d\d:?\d\d|[A-Z]{2,5}\b)?)?(?!\d)"),
]


# "ET", "PT": a US zone that names no season is daylight time from the second Sunday
# of March to the first Sunday of November (the rule since 2007).
US_GENERIC = {"et", "ct", "mt", "pt"}


def _us_daylight(day: dt.date) -> bool:
    def sunday(month: int, nth: int) -> dt.date:
        first = dt.date(day.year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
    return sunday(3, 2) <= day < sunday(11, 1)


def _zone(text: str | None, day: dt.date | None = None) -> int | None:
    if not text:
        return None
    lowered = text.lower()
    if lowered in US_GENERIC and day is not None and _us_daylight(day):
        return ZONES[lowered] + 60
    if lowered in ZONES:
        return ZONES[lowered]
    m = regex.fullmatch(r"(?:gmt|utc)?([+-])(\d\d?)(?::?(\d\d))?", lowered)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        return minutes if m.group(1) == "+" else -minutes
    return None


def _from_match(m: regex.Match) -> Moment | None:
    return _from_groups(m.groupdict())


def _from_groups(groups: dict[str, Any]) -> Moment | None:
    year = int(groups["year"])
    if year < 100:
        year += 2000
    if groups.get("mon"):
        month = int(groups["mon"])
    else:
        month = MONTHS.get(groups["month"].lower().rstrip("."), 0)
    try:
        day = dt.date(year, month, int(groups["day"]))
    except ValueError:
        return None
    if groups.get("hour") is None or groups.get("minute") is None:
        return Moment(day)
    hour, minute = int(groups["hour"]), int(groups["minute"])
    ampm = (groups.get("ampm") or "").lower()
    if ampm and not 1 <= hour <= 12:
        return Moment(day)
    if ampm == "p" and hour != 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    if hour > 23:
        return Moment(day)
    return Moment(day, hour * 60 + minute, _zone(groups.get("zone"), day))


def read_written(text: str) -> Moment | None:
    """The first written date (and clock time, zone) in `text`, or None."""
    best: tuple[int, Moment] | None = None
    for pattern in _WRITTEN:
        m = pattern.search(text)
        if m:
            moment = _from_match(m)
            if moment is not None and (best is None or m.start() < best[0]):
                best = (m.start(), moment)
    return best[1] if best else None


# A date line: the page's own publication stamp, not a date the story mentions.
_STAMP = lazy_compile(r"(?i)(?:^\W*date\b|\b(?:published|posted)\b)(?:\s+on)?\s*:?\s*")
_UPDATED = lazy_compile(r"(?i)^\W*(?:last\s+)?updated?\b")
_SEPARATED = lazy_compile(r"\s[|·•]\s|\s[-–—]\s")
DATE_LINE_WINDOW = 8  # a page's date line sits in its first lines
MAX_DATE_LINE = 120  # longer lines are prose, whose dates are the story's


def _first_lines(lines: list[str]) -> Iterator[tuple[int, str]]:
    """The page's first DATE_LINE_WINDOW non-blank lines, stripped, as (1-based line, text):
    where a page's date line stands."""
    seen = 0
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text:
            continue
        seen += 1
        if seen > DATE_LINE_WINDOW:
            return
        yield number, text


def date_line(lines: list[str]) -> tuple[int, Moment] | None:
    """The page's date line among its first lines, as (1-based line, moment).

    A line is a date line when it is short and is a stamp ("Published: ...",
    "Posted ..."), a byline or masthead with the date as a separated part
    ("Gazette | June 3, 2022", "By Ann Lee | June 3, 2022"), or a date alone
    ("Monday, June 3, 2022"). "Updated" stamps count only when the page has
    no other date line. Lines of prose are never read: their dates are events.
    """
    found: tuple[int, Moment] | None = None
    updated: tuple[int, Moment] | None = None
    for number, text in _first_lines(lines):
        if len(text) > MAX_DATE_LINE:
            continue
        stamp = _STAMP.search(text)
        if stamp:
            moment = read_written(text[stamp.end():])
            if moment and (not _UPDATED.search(text[stamp.end():][:3])):
                return number, moment
        if _UPDATED.match(text):
            moment = read_written(text)
            if moment and updated is None:
                updated = (number, moment)
            continue
        if found is None:
            moment = _alone_or_separated(text)
            if moment:
                found = (number, moment)
    return found or updated


_LEFTOVER = lazy_compile(r"[\p{L}]{3,}")
_DAY_WORDS = lazy_compile(r"(?i)\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b\.?|\b(?:at|on|by)\b")


# "Thu. Mar 11th, 2021" alone on a line: a site's today's-date widget (an ordinal day
# after an abbreviated weekday), printed on every page whatever its date.
_WIDGET = lazy_compile(r"(?i)^\W*(?:mon|tue|wed|thu|fri|sat|sun)\.?\s+\w+\.?\s+\d\d?(?:st|nd|rd|th)\b")


def _alone_or_separated(text: str) -> Moment | None:
    """A date that is the whole line (weekday allowed) or one separated part of it."""
    if _WIDGET.match(text):
        return None
    for part in [text, *_SEPARATED.split(text)]:
        part = part.strip(" ,|·•-–—")
        moment = None
        for pattern in _WRITTEN:
            m = pattern.search(part)
            if m and m.start() == 0 or (m and not _LEFTOVER.search(_DAY_WORDS.sub("", part[:m.start()]))):
                rest = _DAY_WORDS.sub("", part[m.end():])
                if not _LEFTOVER.search(rest):
                    moment = _from_match(m)
                    break
        if moment:
            return moment
    return None


# A stamp or dateline that gives no year: "Update 11:48 p.m. EDT Aug. 21:", "Sep. 16—The
# toll ...". The corpus's dated articles supply the year (see `with_year`).
_YEARLESS_STAMP = lazy_compile(
    rf"(?i)^\W*(?:last\s+)?(?:update[ds]?|posted|published)\b\s*:?\s*(?:on\s+)?"
    rf"(?:(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)\s*(?:(?P<ampm>[ap])\.?\s*m\b\.?)?\s*(?P<zone>[A-Z]{{1,5}}\b)?,?\s*)?"
    rf"{_MONTH}\s+{_DAY}\b(?!,?\s*(?:19|20)\d\d)\s*(?:[:—–|]|-\s|$)")
_YEARLESS_DATELINE = lazy_compile(rf"^\s*(?i:{_MONTH})\s+{_DAY}\s*[—–]\s*\S")
_YEARLESS_ISO = lazy_compile(r"^--(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(Z|[+-]\d\d:\d\d)?)?$")


def yearless_line(lines: list[str]) -> str | None:
    """A date line without a year among the page's first lines, as ISO 8601's
    yearless form ("--08-21T23:48-04:00"), or None. Read only when the page has
    no full date line: a stamp ("Update 11:48 p.m. EDT Aug. 21:") or a dateline
    that opens the text ("Sep. 16—The toll ...")."""
    for _, text in _first_lines(lines):
        m = _YEARLESS_STAMP.match(text) or _YEARLESS_DATELINE.match(text)
        if m is None:
            continue
        month = MONTHS.get(m.group("month").lower().rstrip("."), 0)
        day = int(m.group("day"))
        # 2000: a leap year, so "Feb. 29" is a day; the year is replaced by the corpus's.
        probe = _from_groups({**m.groupdict(), "year": "2000", "mon": str(month), "day": str(day)})
        if probe is None:
            continue
        return probe.iso().replace("2000", "-", 1)
    return None


def with_year(yearless: str, corpus: list[dt.date]) -> Moment | None:
    """A yearless time ("--08-21T23:48-04:00") placed in the year that puts it nearest
    the corpus's dated articles; None when no article is dated."""
    m = _YEARLESS_ISO.match(yearless)
    if m is None or not corpus:
        return None
    month, day = int(m.group(1)), int(m.group(2))
    best: tuple[int, dt.date] | None = None
    for year in sorted({d.year + k for d in corpus for k in (-1, 0, 1)}):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        distance = min(abs((candidate - d).days) for d in corpus)
        if best is None or distance < best[0]:
            best = (distance, candidate)
    if best is None:
        return None
    return parse_moment(best[1].isoformat() + yearless[7:])
