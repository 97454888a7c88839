"""Numbers in news prose: digits ("1,200", "2.5 million"), words ("sixty-two",
"a dozen"), and the qualifiers that turn them into intervals ("more than 20")."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from factlint.model import Interval

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
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12,
          "lakh": 100_000, "crore": 10_000_000}
# Written after digits: "2.5bn", "5 mln", "10k"; see _SUFFIX_SCALE for which need the digits glued.
SCALE_ABBREVIATIONS = {"mln": 1_000_000, "mn": 1_000_000, "mil": 1_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000,
                       "tln": 10**12, "k": 1_000, "m": 1_000_000, "mm": 1_000_000, "b": 1_000_000_000, "t": 10**12}
# Denominators of fractions written in words: "two thirds", "a quarter", "five eighths".
# "second" is left out: "a second" is a unit of time.
DENOMINATORS = {
    "half": 2, "halve": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1_000, "millionth": 10**6,
    "billionth": 10**9, "trillionth": 10**12,
}
_UNIT_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9}
VULGAR_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
                    "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
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
    (r"billions", Interval(2_000_000_000, 10_000_000_000, hi_open=True)),
]

_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SEP = r"(?:\s*-\s*|\s+and\s+|\s+)"
_SCALE_ALT = "|".join(sorted(SCALES, key=len, reverse=True))
# A run of number words; parse_words() keeps the longest prefix that is grammatical.
WORDS_RE = (rf"(?:\b(?:half\s+)?(?:an?\s+(?=(?:hundred|{_SCALE_ALT}|dozen)\b))?"
            rf"(?:{_WORD})(?:{_SEP}(?:{_WORD}))*\b)")
_TENS_ALT = "|".join(TENS)
# A fraction's denominator: "thirds", "a quarter", "twenty-fifths" (compound ordinals first).
DENOMINATOR_RE = (rf"(?:(?:{_TENS_ALT})(?:\s*-\s*|\s+)(?:{'|'.join(_UNIT_ORDINALS)})|"
                  + "|".join(sorted(DENOMINATORS, key=len, reverse=True)) + r")(?:s)?")
_DENOMINATOR_WORD = regex.compile(
    rf"(?P<tens>{_TENS_ALT})?(?:\s*-\s*|\s+)?(?P<ord>{'|'.join(sorted(_UNIT_ORDINALS.keys() | DENOMINATORS.keys(), key=len, reverse=True))})s?",
    regex.IGNORECASE)
# "twenty-first", "sixty-second": ordinals, not numbers.
_ORDINAL_TAIL = regex.compile(
    r"[-‐‑\s]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|thirds?|quarters?|halves|fifths|sixths|eighths|tenths)\b|th\b",
    regex.IGNORECASE)
# A denominator right after a numerator in words: "two thirds", "one-eighth", "five - eighths".
_FRACTION_TAIL = regex.compile(rf"(?:\s*[-‐‑]\s*|\s+)(?P<den>{DENOMINATOR_RE})\b", regex.IGNORECASE)
# "five and a half", "twenty and three fifths", "one million and a quarter".
_AND_FRACTION = regex.compile(
    rf"\s+and\s+(?:(?P<art>an?|one)|(?P<num>(?:{_WORD})(?:[\s-]+(?:{_WORD}))*?))(?:\s*[-‐‑]\s*|\s+)"
    rf"(?P<den>{DENOMINATOR_RE})\b", regex.IGNORECASE)
# A scale after a fraction: "five and a half million", "a quarter of a million".
_SCALE_AFTER_FRACTION = regex.compile(r"\s+(?:of\s+)?(?:an?\s+)?(?P<scale>thousand|million|billion|trillion)\b",
                                      regex.IGNORECASE)
_SCALE_AFTER = regex.compile(r"\s+(?P<scale>thousand|million|billion|trillion)\b", regex.IGNORECASE)
# "four thousand three hundred" in digits: "4 thousand 3 hundred and 21".
_DIGIT_SCALE_NEXT = regex.compile(r"(?:\s+and)?\s+(?P<n>\d+(?:\.\d+)?)\s+(?P<scale>hundred|thousand|lakh|crore)\b",
                                  regex.IGNORECASE)
_AND_SMALL_DIGITS = regex.compile(
    r"\s+and\s+(?:(?P<d>\d{1,3})(?![\d.,])(?!\s+(?:hundred|thousand|million|billion|trillion|lakh|crore)\b)"
    rf"|(?P<w>(?:{_WORD})(?:{_SEP}(?:{_WORD}))*)\b)", regex.IGNORECASE)
# "two point five", "nought point nought three": a decimal read out digit by digit.
_DIGIT_WORDS = {**SMALL, **TENS, "oh": 0, "nought": 0, "naught": 0}
_POINT = regex.compile(
    rf"\s+point\s+(?P<digits>(?:{'|'.join(sorted(_DIGIT_WORDS, key=len, reverse=True))})"
    rf"(?:[\s-]+(?:{'|'.join(sorted(_DIGIT_WORDS, key=len, reverse=True))}))*)\b",
    regex.IGNORECASE)
_DOZENS_AFTER = regex.compile(r"\s+dozens?\b", regex.IGNORECASE)
# A ratio: "one in five adults".
_ONE_IN = regex.compile(r"\s+in\s+", regex.IGNORECASE)
_MINUS_BEFORE = regex.compile(r"\b(?:minus|negative)\s+$", regex.IGNORECASE)
# "no one", "someone else's one": pronouns, not counts; so is the "one" of "a 6.9-magnitude
# one" or "a bigger one", which stands for a noun said before.
_PRONOUN_ONE = regex.compile(
    r"(?:\b(?:no|any|every|some|each|the|this|that|which)"
    r"|\b(?:an?|the|this|that)\s+(?:[\p{L}\p{N}.]+[-‐‑][\p{L}]+|\p{L}+(?:er|est)|new|old|big|small|large|major|minor"
    r"|similar|strong|powerful|deadly|last|next|first|second|third|previous|earlier|later|only|single))\s+$",
    regex.IGNORECASE)
_ANOTHER_NEXT = regex.compile(r"\s+another\b")
# A fraction that follows "a"/"one" and is singular ("a third") is a share only before "of",
# a scale, a unit-like word or the end of the phrase; before another noun it is an
# ordinal ("a third victim").
_SHARE_CONTEXT = regex.compile(
    r"(?:\s*$|\s*[^\s\p{L}\p{N}]|\s+of\b|\s+(?:thousand|million|billion|trillion|hundred|dozen|century|decade|year"
    r"|month|week|day|hour|minute|mile|kilomet(?:er|re)|met(?:er|re)|foot|inch|pound|kilo\w*|ton\w*|acre|gallon|lit(?:er|re)"
    r"|percent|per\s+cent|point)s?\b)",
    regex.IGNORECASE)
_HALF_CONTEXT = regex.compile(
    r"(?:\s*$|\s*[^\s\p{L}\p{N}-]|\s+(?:of|the|a|an|their|its|his|her|our|your|those|these|them|that|this|all)\b)",
    regex.IGNORECASE)
_QUALIFIER_BEFORE_HALF = regex.compile(
    r"\b(?:more\s+than|less\s+than|fewer\s+than|over|under|nearly|almost|about|around|roughly|at\s+least|just|above|below)\s+$",
    regex.IGNORECASE)
_ARTICLE_AFTER = regex.compile(r"\s+an?\b(?!\s+(?:hundred|thousand|million|billion|trillion|dozen)\b)", regex.IGNORECASE)
# Digits: not glued to a letter ("G7"), not part of a designation ("KN-23", "F-16",
# "COVID-19": a short token with a capital, then a hyphen); "magnitude-7.1" is a number.
# A minus sign counts after a space or bracket ("-18 °C"), never after a digit ("20-25").
_DIGIT_START = (r"(?:(?<=^|[\s(\[<>=≤≥~:;$€£¥])[-−](?=\.?\d)"
                r"|(?<![\p{L}\p{N}_.,:]|(?-i:\b\p{Lu}[\p{L}\p{N}]{0,8})[-‐‑]|\p{N}/)"
                r"|(?<=\d,)(?!\d{3}(?![\d]))"  # a list: "22,24,26"
                r")")
_SCALE_WORDS_AFTER_DIGITS = r"million|billion|trillion|thousand|hundred|lakh|crore|mln|bln|tln|bn|mn"
DIGITS_RE = (
    _DIGIT_START
    # Thousands: "1,200", "12 000" with a no-break or thin space, and "1 234 567" with plain
    # spaces only from two groups on ("on March 3 200 people" must stay 3 and 200).
    + r"(?:\d{1,3}(?:(?:,|[\u00a0\u202f\u2009])\d{3})+(?![\d])|\d{1,3}(?: \d{3}){2,}(?![\d])|\d+|(?<=^|[\s(]|[-−])(?=\.\d))"
    r"(?:\.\d+)?"
    r"(?:e[-+]?\d+(?![\p{L}])|\^[-+−]*\d+(?:\.\d+)?|\s*[x×]\s*10\s*\^\s*[-+−]*\d+)?(?![\d])"
    rf"(?:\s*(?:{_SCALE_WORDS_AFTER_DIGITS})\b"
    r"|(?-i:MM|[KkMB])(?![\p{L}\p{N}])"  # "10k", "10M", "$2B"
    r"|(?<=[$€£¥₹]\s?[\d.,]+)(?:mil|m|b|k|t)(?![\p{L}\p{N}])"  # "$10m", "€2b": after a currency sign
    r"|mil(?![\p{L}\p{N}]))?"
)
# "3/4", "10 1/2", "-4/5", "½", "2½": fractions and mixed numbers in digits.
_VULGAR = "".join(VULGAR_FRACTIONS)
FRACTION_DIGITS_RE = (
    r"(?:(?<=^|[\s(\[<>=])[-−]|(?<![\p{L}\p{N}_.,:/]|[-‐‑]))"
    rf"(?:(?:\d+\s+)?\d+/\d+(?![/\d])|(?:\d+\s?)?[{_VULGAR}])"
)
# "a third", "one half", "half", "quarter million".
A_FRACTION_RE = (rf"(?:\b(?:an?|one)(?:\s*[-‐‑]\s*|\s+)(?:{DENOMINATOR_RE})\b"
                 r"|\bquarter(?=\s+(?:thousand|million|billion|trillion)\b)|\bhalf\b(?![-‐‑]))")
VAGUE_RE = "|".join(v for v, _ in VAGUE)
# "nearly a year ago", "half an hour": an article before a time unit is the number one.
ARTICLE_ONE_RE = r"(?<!\bhalf\s)\ban?(?=\s+(?:year|month|week|fortnight|day|decade|century|hour|minute)\b)"
NUMBER_RE = regex.compile(
    rf"(?P<fraction>{FRACTION_DIGITS_RE})|(?P<digits>{DIGITS_RE})|(?P<vague>\b(?:{VAGUE_RE})\b)|(?P<words>{WORDS_RE})"
    rf"|(?P<afraction>{A_FRACTION_RE})|(?P<nought>\bn[ao]ught(?=\s+point\b))|(?P<article>{ARTICLE_ONE_RE})",
    regex.IGNORECASE,
)

_THOUSANDS_SEP = regex.compile(r"[, \u00a0\u202f\u2009]")
_LATIN_WORD = regex.compile(r"[a-z]+", regex.IGNORECASE)
_SPACES = regex.compile(r"\s+")


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text, before any qualifier is applied."""

    start: int
    end: int
    value: float | None  # None for vague amounts, whose range is `vague`
    vague: Interval | None = None
    fraction: bool = False  # a share such as "two thirds", "3/4", "half": not a count of anything


_DIGITS_PARTS = regex.compile(
    r"(?P<sign>[-−])?(?P<int>[\d, \u00a0\u202f\u2009]*)(?P<dec>\.\d+)?"
    r"(?:e(?P<exp>[-+]?\d+)|\^(?P<pow>[-+−]*)(?P<pv>\d+(?:\.\d+)?)|\s*[x×]\s*10\s*\^\s*(?P<tsign>[-+−]*)(?P<ten>\d+))?"
    r"\s*(?P<scale>[a-z]*)",
    regex.IGNORECASE)


def parse_digits(text: str) -> float:
    """'1,200' -> 1200.0; '2.5 million' -> 2500000.0; '-18' -> -18.0; '10k' -> 10000.0;
    '1.3e6' -> 1300000.0."""
    m = _DIGITS_PARTS.match(text.strip())
    if m is None:
        raise ValueError(f"not a number: {text!r}")
    digits = _THOUSANDS_SEP.sub("", m.group("int") or "0") + (m.group("dec") or "")
    value = float(digits)
    if m.group("exp"):
        value *= 10.0 ** min(int(m.group("exp")), 300)
    elif m.group("pv"):
        exponent = float(m.group("pv")) * (-1 if m.group("pow").count("-") % 2 else 1)
        value = value ** min(exponent, 300.0) if value else 0.0
    elif m.group("ten"):
        value *= 10.0 ** (min(int(m.group("ten")), 300) * (-1 if m.group("tsign").count("-") % 2 else 1))
    scale = m.group("scale")
    factor = SCALES.get(scale.lower()) or (100 if scale.lower() == "hundred" else None)
    if factor is None:
        factor = SCALE_ABBREVIATIONS.get(scale.lower(), 1)
    value *= factor
    return -value if m.group("sign") else value


def _digit_fraction(text: str) -> float:
    """'3/4' -> 0.75; '10 1/2' -> 10.5; '2½' -> 2.5; '-4/5' -> -0.8."""
    raw = text.strip()
    sign = -1.0 if raw[:1] in "-−" else 1.0
    raw = raw.lstrip("-−").strip()
    whole = 0.0
    if raw[-1] in VULGAR_FRACTIONS:
        if raw[:-1].strip():
            whole = float(raw[:-1].strip())
        return sign * (whole + VULGAR_FRACTIONS[raw[-1]])
    parts = raw.split()
    if len(parts) == 2:
        whole = float(parts[0])
    num, den = parts[-1].split("/")
    if float(den) == 0:
        return sign * whole if whole else float(num)
    return sign * (whole + float(num) / float(den))


def _denominator(word: str) -> float:
    m = _DENOMINATOR_WORD.fullmatch(word.strip())
    if m is None:
        return 0.0
    ordinal = m.group("ord").lower()
    if m.group("tens"):
        return TENS[m.group("tens").lower()] + _UNIT_ORDINALS.get(ordinal, 0)
    return float(DENOMINATORS.get(ordinal) or _UNIT_ORDINALS.get(ordinal, 0))


def _words_value(text: str) -> float | None:
    parsed = parse_words(text)
    if parsed is None or parsed[1] != len(text.rstrip()):
        return None
    return parsed[0]


def _number_at(text: str, pos: int) -> tuple[float, int] | None:
    """A plain number (digits or words) starting exactly at `pos`: (value, end)."""
    m = NUMBER_RE.match(text, pos)
    if m is None:
        return None
    if m.group("digits"):
        return parse_digits(m.group()), m.end()
    if m.group("words"):
        parsed = parse_words(m.group())
        if parsed is not None:
            return parsed[0], pos + parsed[1]
    return None


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


# Where a number can start: a digit, a sign, a vulgar fraction or a number word. NUMBER_RE
# is tried only there; scanning with it at every character costs several times more.
_CANDIDATE = regex.compile(
    rf"[-−.\d{_VULGAR}]|\b(?:an?|half|quarter|n[ao]ught|dozens|scores|hundreds|thousands|millions|billions|tens|{_WORD})\b",
    regex.IGNORECASE)


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in `text`, left to right, with its span."""
    found: list[NumberMatch] = []
    pos = 0
    while True:
        m = _next_number(text, pos)
        if m is None:
            return found
        number = _read(text, m)
        if number is None or (found and number.start < found[-1].end):
            pos = m.end()
            continue
        found.append(number)
        # A run of number words may hold more than one number ("ten and fifteen"):
        # the search goes on where this one stopped.
        pos = max(number.end, m.start() + 1)


def _next_number(text: str, pos: int) -> regex.Match | None:
    """The first NUMBER_RE match starting at or after `pos` (as NUMBER_RE.search would find)."""
    for candidate in _CANDIDATE.finditer(text, pos):
        m = NUMBER_RE.match(text, candidate.start())
        if m is not None:
            return m
    return None


def _read(text: str, m: regex.Match) -> NumberMatch | None:
    """The number that regular-expression match `m` starts, read as far as it goes."""
    start, end = m.start(), m.end()
    if m.group("fraction"):
        value = _digit_fraction(m.group())
        return NumberMatch(start, end, value, fraction=abs(value) < 1)
    if m.group("article"):
        return NumberMatch(start, end, 1.0)  # "a year"; "a year and a half" is read in values
    if m.group("vague"):
        phrase = _SPACES.sub(" ", m.group().lower())
        interval = next(iv for pat, iv in VAGUE if regex.fullmatch(pat, phrase))
        return NumberMatch(start, end, None, interval)
    if m.group("afraction"):
        return _a_fraction(text, m)
    if m.group("digits"):
        value = parse_digits(m.group())
        scale_word = m.group().rstrip().rsplit(None, 1)[-1].lower() if m.group()[-1:].isalpha() else ""
        value, end, scaled = _digit_scales(text, end, value, scale_word)
        return _tails(text, start, end, value, scaled, words=False)
    if m.group("nought"):
        value, end = 0.0, m.end()
    else:
        parsed = parse_words(m.group())
        if parsed is None:
            return None
        value, used = parsed
        end = start + used
        numerator = m.group()[:used]
        frac = _FRACTION_TAIL.match(text, end)
        if frac and _denominator(frac.group("den")):
            return _word_fraction(text, start, numerator, value, frac)
        if _ORDINAL_TAIL.match(text, end):
            return None
        if numerator.lower() == "one" and (_PRONOUN_ONE.search(text, max(0, start - _WINDOW), start) or _ANOTHER_NEXT.match(text, end, end + _WINDOW)):
            return None
    last_word = m.group()[:end - start].rsplit(None, 1)[-1].lower() if not m.group("nought") else ""
    return _tails(text, start, end, value, last_word in SCALES, words=True)


_LAST_AND = regex.compile(r"(?r)\s+and\s+")


def _word_fraction(text: str, start: int, numerator: str, value: float, frac: regex.Match) -> NumberMatch | None:
    """A number in words followed by a denominator: "two thirds", "one hundred and three
    quarters" (100 + 3/4), "six million and two thirds" (6 million + 2/3 of a million)."""
    denominator = _denominator(frac.group("den"))
    plural = frac.group("den").lower().endswith("s")
    negative = _is_negated(text, start)
    begin = _negated(text, start)
    split = _LAST_AND.search(numerator)
    whole_value = _words_value(numerator[:split.start()]) if split else None
    part_value = _words_value(numerator[split.end():]) if split else None
    if split is not None and whole_value is not None and part_value is not None and part_value < denominator:
        if not plural and part_value != 1:
            return None
        last_word = numerator[:split.start()].rsplit(None, 1)[-1].lower()
        share = part_value / denominator * (SCALES[last_word] if last_word in SCALES else 1)
        total = whole_value + share
        return NumberMatch(begin, frac.end(), -total if negative else total)
    if not plural and value != 1:
        return None
    return _scaled_share(text, begin, frac.end(), value / denominator, negative=negative)


def _is_negated(text: str, start: int) -> bool:
    return bool(_MINUS_BEFORE.search(text[max(0, start - 12):start]))


def _negated(text: str, start: int) -> int:
    """Where a number starts once a "minus"/"negative" before it is counted."""
    m = _MINUS_BEFORE.search(text[max(0, start - 12):start])
    return start - len(m.group()) if m else start


def _digit_scales(text: str, end: int, value: float, scale_word: str) -> tuple[float, int, bool]:
    """'4 thousand 3 hundred and 21': digits with scale words after them, read on."""
    if scale_word not in ("hundred", "thousand", "lakh", "crore", "million", "billion", "trillion"):
        return value, end, False
    last = {"hundred": 100, **SCALES}[scale_word]
    while True:
        nxt = _DIGIT_SCALE_NEXT.match(text, end)
        if not nxt:
            break
        factor = {"hundred": 100, **SCALES}[nxt.group("scale").lower()]
        if factor >= last:
            break
        value += float(nxt.group("n")) * factor
        last, end = factor, nxt.end()
    small = _AND_SMALL_DIGITS.match(text, end)
    if small:  # "3 hundred and 21", "6 crore and two hundred"
        if small.group("d"):
            extra: float | None = float(small.group("d"))
            small_end = small.end()
        else:
            parsed = parse_words(small.group("w"))
            extra = parsed[0] if parsed else None
            small_end = small.start("w") + parsed[1] if parsed else small.end()
        if extra is not None and extra < last and not _FRACTION_TAIL.match(text, small_end):
            value, end = value + extra, small_end
    return value, end, True


def _tails(text: str, start: int, end: int, value: float, scaled: bool, words: bool) -> NumberMatch:
    """Read what may follow a whole number: "and a half", a fraction's scale, "point five",
    "dozens", "out of ten"; and a "minus" before it."""
    negative = _is_negated(text, start)
    if negative:
        start = _negated(text, start)
    point = _POINT.match(text, end) if words and not scaled else None
    if point:
        decimals = _decimal_digits(point.group("digits"))
        value, end = float(f"{int(value)}.{decimals}"), point.end()
        scale = _SCALE_AFTER.match(text, end)
        if scale:
            value, end = value * SCALES[scale.group("scale").lower()], scale.end()
    and_fraction = _AND_FRACTION.match(text, end)
    if and_fraction:
        numerator = 1.0 if and_fraction.group("art") else _words_value(and_fraction.group("num"))
        denominator = _denominator(and_fraction.group("den"))
        if numerator is not None and denominator and numerator < denominator:
            share, end = numerator / denominator, and_fraction.end()
            scale = _SCALE_AFTER.match(text, end)
            if scale and not scaled:  # "five and a half million"
                value = (value + share) * SCALES[scale.group("scale").lower()]
                end = scale.end()
            elif scale:  # "one billion and a half million"
                value += share * SCALES[scale.group("scale").lower()]
                end = scale.end()
            elif scaled:  # "one million and a half"
                value += share * _last_scale(value)
            else:  # "two and a half"
                value += share
    dozens = _DOZENS_AFTER.match(text, end)
    if dozens and value == int(value) and not scaled:
        value, end = value * 12, dozens.end()
    # "one in five adults" is a share; "412 out of 650 seats" stays a count of seats.
    ratio = _ONE_IN.match(text, end) if value == 1 and not scaled else None
    if ratio:
        whole = _number_at(text, ratio.end())
        if whole is not None and 1 < whole[0] < 1000:
            return NumberMatch(start, whole[1], (-value if negative else value) / whole[0], fraction=True)
    return NumberMatch(start, end, -value if negative else value)


def _decimal_digits(words: str) -> str:
    """'zero three' -> '03'; 'seventy-one' -> '71'; 'eleven' -> '11'."""
    out, tens = [], None
    for word in (w.lower() for w in regex.split(r"[\s-]+", words) if w):
        digit = int(_DIGIT_WORDS[word])
        if tens is not None and digit < 10:
            out[-1] = str(tens + digit)
            tens = None
            continue
        tens = digit if word in TENS else None
        out.append(str(digit))
    return "".join(out)


def _last_scale(value: float) -> float:
    for factor in sorted(SCALES.values(), reverse=True):
        if abs(value) >= factor:
            return factor
    return 1.0


def _scaled_share(text: str, start: int, end: int, share: float, negative: bool = False) -> NumberMatch:
    """A fraction, and the scale it may be a share of: "a quarter of a million" is 250,000."""
    scale = _SCALE_AFTER_FRACTION.match(text, end)
    if scale:
        value = share * SCALES[scale.group("scale").lower()]
        return NumberMatch(start, scale.end(), -value if negative else value)
    return NumberMatch(start, end, -share if negative else share, fraction=True)


def _a_fraction(text: str, m: regex.Match) -> NumberMatch | None:
    """'a third', 'one half', 'half', 'quarter million': a share, when the words around say so."""
    start, end = m.start(), m.end()
    phrase = m.group().lower()
    if phrase == "half":
        if not (_HALF_CONTEXT.match(text, end) or _QUALIFIER_BEFORE_HALF.search(text[max(0, start - 20):start])
                or _SCALE_AFTER_FRACTION.match(text, end)):
            return None
        article = _ARTICLE_AFTER.match(text, end)
        if article and not _SCALE_AFTER_FRACTION.match(text, end):
            end = article.end()  # "half an hour": the unit follows
        return _scaled_share(text, start, end, 0.5)
    if phrase == "quarter":
        return _scaled_share(text, start, end, 0.25)
    den_text = regex.sub(r"^(?:an?|one)(?:\s*[-‐‑]\s*|\s+)", "", m.group(), flags=regex.IGNORECASE)
    denominator = _denominator(den_text)
    if not denominator:
        return None
    singular = not den_text.lower().endswith("s") or den_text.lower().endswith("ss")
    loose = den_text.lower() in ("half", "quarter")
    if singular and not loose and not _SHARE_CONTEXT.match(text, end):
        return None  # "a third victim" is an ordinal
    return _scaled_share(text, start, end, 1 / denominator)
