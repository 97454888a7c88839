"""Numbers in news prose: digits ("1,200", "2.5 million"), words ("sixty-two",
"a dozen"), and the qualifiers that turn them into intervals ("more than 20")."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from factlint.model import INF, Interval

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
NUMBER_WORDS = {**SMALL, **TENS, "hundred": 100, "dozen": 12, **SCALES}

# Plural scale words name vague amounts: "dozens of people", "tens of thousands".
VAGUE = [
    (r"(?:an?\s+)?half[\s-]+(?:a\s+)?dozen", Interval.point(6)),
    (r"hundreds\s+of\s+thousands", Interval(200_000, 1_000_000, hi_open=True)),
    (r"tens\s+of\s+thousands", Interval(20_000, 100_000, hi_open=True)),
    (r"dozens", Interval(24, 100, hi_open=True)),
    (r"scores", Interval(40, 100, hi_open=True)),
    (r"hundreds", Interval(200, 1_000, hi_open=True)),
    (r"thousands", Interval(2_000, 10_000, hi_open=True)),
    (r"millions", Interval(2_000_000, 10_000_000, hi_open=True)),
]

_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SEP = r"(?:\s*-\s*|\s+and\s+|\s+)"
# A run of number words; parse_words() keeps the longest prefix that is grammatical.
WORDS_RE = (rf"(?:\b(?:half\s+)?(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?"
            rf"(?:{_WORD})(?:{_SEP}(?:{_WORD}))*\b)")
# "twenty-first", "sixty-second": ordinals, not numbers.
_ORDINAL_TAIL = regex.compile(
    r"[-‐‑\s]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|thirds?|quarters?|halves|fifths|sixths|eighths|tenths)\b|th\b",  # "two-thirds" is a share
    regex.IGNORECASE)
_AND_A_HALF = regex.compile(r"\s+and\s+a\s+half\b", regex.IGNORECASE)
# "no one", "someone else's one": pronouns, not counts.
_PRONOUN_ONE = regex.compile(r"\b(?:no|any|every|some|each|the|this|that|which)\s+$", regex.IGNORECASE)
# Digits: not glued to a letter ("G7"), not part of a designation ("KN-23", "F-16",
# "COVID-19": a short token with a capital, then a hyphen); "magnitude-7.1" is a number.
DIGITS_RE = (
    r"(?<![\p{L}\p{N}_.,:]|(?-i:\b\p{Lu}[\p{L}\p{N}]{0,8})[-‐‑]|\p{N}/)"
    r"(?:\d{1,3}(?:(?:,|[\u00a0\u202f\u2009])\d{3})+|\d+)(?:\.\d+)?(?![\d])"
    r"(?:\s*(?:million|billion|trillion|thousand|mln|bn)\b)?"
)
VAGUE_RE = "|".join(v for v, _ in VAGUE)
# "nearly a year ago", "half an hour": an article before a time unit is the number one.
ARTICLE_ONE_RE = r"(?<!\bhalf\s)\ban?(?=\s+(?:year|month|week|fortnight|day|decade|century|hour|minute)\b)"
NUMBER_RE = regex.compile(
    rf"(?P<digits>{DIGITS_RE})|(?P<vague>\b(?:{VAGUE_RE})\b)|(?P<words>{WORDS_RE})|(?P<article>{ARTICLE_ONE_RE})",
    regex.IGNORECASE,
)

# Qualifiers written just before a number, longest first. The value is how the
# number becomes an interval: see qualify().
PREFIX_QUALIFIERS = {
    "more than": "gt", "over": "gt", "above": "gt", "upwards of": "gt", "in excess of": "gt",
    "greater than": "gt", "exceeding": "gt", "north of": "gt",
    "at least": "ge", "no fewer than": "ge", "no less than": "ge", "not less than": "ge",
    "a minimum of": "ge", "not fewer than": "ge",
    "less than": "lt", "fewer than": "lt", "under": "lt", "below": "lt",
    "at most": "le", "up to": "le", "no more than": "le", "a maximum of": "le",
    "as many as": "le", "not more than": "le",
    "nearly": "nearly", "almost": "nearly", "just under": "nearly", "just shy of": "nearly",
    "just over": "just_over", "just above": "just_over", "a little over": "just_over",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "close to": "approx",
    "circa": "approx", "approx.": "approx", "an approximate": "approx", "almost exactly": "approx",
    "~": "approx", "c.": "approx",
}
POSTFIX_QUALIFIERS = {"or more": "ge", "or so": "approx", "plus": "ge", "-plus": "ge", "or fewer": "le", "or less": "le",
                      "-odd": "odd"}

_PREFIX_RE = regex.compile(
    r"(?:^|(?<=[\s(“\"']))(?P<q>"
    + "|".join(regex.escape(q) for q in sorted(PREFIX_QUALIFIERS, key=len, reverse=True))
    + r")\s*$",
    regex.IGNORECASE,
)
_POSTFIX_RE = regex.compile(
    r"^(?P<q>\s+or\s+more|\s+or\s+so|\s+or\s+fewer|\s+or\s+less|-plus|\s+plus|-odd)\b",
    regex.IGNORECASE,
)
NEAR = 0.1  # "nearly 2" means just under 2: within 10 % below it
_DIGITS_AND_SCALE = regex.compile(r"([\d,.\u00a0\u202f\u2009]+)\s*([a-z]*)", regex.IGNORECASE)
_THOUSANDS_SEP = regex.compile(r"[,\u00a0\u202f\u2009]")
_LATIN_WORD = regex.compile(r"[a-z]+", regex.IGNORECASE)
_SPACES = regex.compile(r"\s+")
_ANOTHER_NEXT = regex.compile(r"\s+another\b")


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text, before any qualifier is applied."""

    start: int
    end: int
    value: float | None  # None for vague amounts, whose range is `vague`
    vague: Interval | None = None


def parse_digits(text: str) -> float:
    """'1,200' -> 1200.0; '2.5 million' -> 2500000.0."""
    m = _DIGITS_AND_SCALE.match(text.strip())
    if m is None:
        raise ValueError(f"not a number: {text!r}")
    digits = _THOUSANDS_SEP.sub("", m.group(1))
    value = float(digits)
    scale = m.group(2).lower()
    if scale in ("mln",):
        scale = "million"
    if scale == "bn":
        scale = "billion"
    return value * SCALES.get(scale, 1)


def parse_words(text: str) -> tuple[float, int] | None:
    """Parse number words at the start of `text`: (value, characters used), or None.

    Stops at the first word that cannot continue a well-formed number, so
    "two three-year terms" reads as 2 and "sixty-two" as 62.
    """
    tokens = list(_LATIN_WORD.finditer(text))
    total: float = 0
    current: float = 0
    used, prev = 0, None
    for i, tok in enumerate(tokens):
        word = tok.group().lower()
        if word == "and":
            if prev not in ("hundred", "scale"):
                break
            continue
        if word == "half" and i == 0:
            current, prev = 0.5, "half"
            continue
        if word in ("a", "an") and (i == 0 or prev == "half"):
            if prev != "half":
                current = 1
            prev = "article" if prev != "half" else "half"
            continue
        if word in SMALL:
            if prev not in (None, "hundred", "scale", "tens", "article"):
                break
            if prev == "tens" and SMALL[word] >= 10:
                break
            if prev == "article":
                break
            current += SMALL[word]
            prev = "small" if SMALL[word] < 10 else "teen"
        elif word in TENS:
            if prev not in (None, "hundred", "scale"):
                break
            current += TENS[word]
            prev = "tens"
        elif word == "hundred":
            if prev not in ("small", "teen", "article", "half") or current % 100 == 0 and current >= 100:
                break
            current = current * 100
            prev = "hundred"
        elif word == "dozen":
            if prev not in ("small", "article", "teen", "tens", "half"):
                break
            current = current * 12
            prev = "dozen"
        elif word in SCALES:
            if prev in (None, "scale"):
                break
            total += current * SCALES[word]
            current = 0
            prev = "scale"
        else:
            break
        if total + current > _MAX_WORDS_VALUE:  # "one hundred and one hundred and ..." is no number
            return None
        used = tok.end()
    if prev in (None, "article", "half") or used == 0:
        return None
    return float(total + current), used


_MAX_WORDS_VALUE = 10**15  # beyond any count written in words
# Words read around a number: a window, never the whole text before or after it
# (a slice or a search of the whole text per number is quadratic on long input).
_WINDOW = 64


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in `text`, left to right, with its span."""
    found: list[NumberMatch] = []
    for m in NUMBER_RE.finditer(text):
        if m.group("digits"):
            found.append(NumberMatch(m.start(), m.end(), parse_digits(m.group())))
        elif m.group("article"):
            found.append(NumberMatch(m.start(), m.end(), 1.0))  # "a year"; "a year and a half" is read below
        elif m.group("vague"):
            phrase = _SPACES.sub(" ", m.group().lower())
            interval = next(iv for pat, iv in VAGUE if regex.fullmatch(pat, phrase))
            found.append(NumberMatch(m.start(), m.end(), None, interval))
        else:
            parsed = parse_words(m.group())
            if parsed is None:
                continue
            value, used = parsed
            end = m.start() + used
            if _ORDINAL_TAIL.match(text, end):
                continue
            half = _AND_A_HALF.match(text, end, end + _WINDOW)
            if half:  # "two and a half years"
                value, end = value + 0.5, half.end()
            if m.group()[:used].lower() == "one" and (_PRONOUN_ONE.search(text, max(0, m.start() - _WINDOW), m.start())
                                                      or _ANOTHER_NEXT.match(text, end, end + _WINDOW)):
                continue
            found.append(NumberMatch(m.start(), end, value))
    return found


def qualify(value: float, qualifier: str | None) -> tuple[Interval, bool]:
    """The interval a qualified number stands for, and whether it is approximate."""
    if qualifier in (None, "approx"):
        return Interval.point(value), qualifier == "approx"
    if qualifier == "gt":
        return Interval(value, INF, lo_open=True), False
    if qualifier == "ge":
        return Interval(value, INF), False
    if qualifier == "lt":
        return Interval(-INF if value < 0 else 0, value, hi_open=True), False
    if qualifier == "le":
        return Interval(-INF if value < 0 else 0, value), False
    if qualifier == "nearly":
        return Interval(value - abs(value) * NEAR, value, hi_open=True), False
    if qualifier == "just_over":
        return Interval(value, value + abs(value) * NEAR, lo_open=True), False
    if qualifier == "odd":  # "twenty-odd": more than 20, short of the next round number
        return Interval(value, value * 1.5, lo_open=True, hi_open=True), False
    raise ValueError(f"unknown qualifier {qualifier!r}")


def prefix_qualifier(before: str) -> tuple[str | None, int]:
    """The qualifier that ends `before` (text just ahead of a number): (kind, its length)."""
    m = _PREFIX_RE.search(before[-40:])
    if not m:
        return None, 0
    return PREFIX_QUALIFIERS[_SPACES.sub(" ", m.group("q").lower())], len(before[-40:]) - m.start("q")


def postfix_qualifier(after: str) -> tuple[str | None, int]:
    """The qualifier that starts `after` (text just behind a number): (kind, its length)."""
    m = _POSTFIX_RE.match(after)
    if not m:
        return None, 0
    phrase = _SPACES.sub(" ", m.group("q").strip().lower())
    return POSTFIX_QUALIFIERS[phrase], m.end()


QUALIFIER_WORDS = {"gt": "more than", "ge": "at least", "lt": "less than", "le": "at most",
                   "nearly": "nearly", "just_over": "just over", "approx": "about", "odd": "more than"}
_PLURAL_UNITS = {"year", "month", "week", "day", "decade", "acre"}


def _fmt(v: float) -> str:
    if float(v).is_integer():
        return f"{v:,.0f}"
    return f"{v:,.4g}" if abs(v) < 1e4 else f"{v:,.0f}"


def describe(interval: Interval, approx: bool = False, unit: str = "", qualifier: str | None = None) -> str:
    """Write a value back the way a reporter would: "more than 20", "about 40 km"."""
    lo, hi = interval.lo, interval.hi
    if qualifier in ("gt", "ge") or (qualifier is None and hi == INF):
        base_value: float | None = lo
    elif qualifier in ("lt", "le", "nearly"):
        base_value = hi
    elif qualifier == "just_over":
        base_value = lo
    else:
        base_value = lo if interval.is_point or approx else None
    if base_value is None:
        if lo == 0 or lo == -INF:
            base_value, qualifier = hi, ("lt" if interval.hi_open else "le")
        else:
            text = f"{_fmt(lo)}–{_fmt(hi)}"
            return f"{text} {_unit_word(unit, hi)}".rstrip()
    if qualifier is None and hi == INF:
        qualifier = "gt" if interval.lo_open else "ge"
    if qualifier is None and approx:
        qualifier = "approx"
    words = QUALIFIER_WORDS.get(qualifier, "") if qualifier else ""
    text = f"{words} {_fmt(base_value)}".strip()
    return f"{text} {_unit_word(unit, base_value)}".rstrip()


def _unit_word(unit: str, value: float) -> str:
    if unit in _PLURAL_UNITS and value != 1:
        return unit + "s"
    return unit
