"""The words and patterns that make up a number in news copy: number words,
scales and their abbreviations, fractions, vague amounts, and the regular
expressions built from them. numbers.py reads numbers with them."""
from __future__ import annotations

import regex

from factlint.model import Interval
from factlint.prose.patterns import lazy_compile

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
_DENOMINATOR_WORD = lazy_compile(
    rf"(?P<tens>{_TENS_ALT})?(?:\s*-\s*|\s+)?(?P<ord>{'|'.join(sorted(_UNIT_ORDINALS.keys() | DENOMINATORS.keys(), key=len, reverse=True))})s?",
    regex.IGNORECASE)
# "twenty-first", "sixty-second": ordinals, not numbers.
_ORDINAL_TAIL = lazy_compile(
    r"[-‐‑\s]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|thirds?|quarters?|halves|fifths|sixths|eighths|tenths)\b|th\b",
    regex.IGNORECASE)
# A denominator right after a numerator in words: "two thirds", "one-eighth", "five - eighths".
_FRACTION_TAIL = lazy_compile(rf"(?:\s*[-‐‑]\s*|\s+)(?P<den>{DENOMINATOR_RE})\b", regex.IGNORECASE)
# "five and a half", "twenty and three fifths", "one million and a quarter".
_AND_FRACTION = lazy_compile(
    rf"\s+and\s+(?:(?P<art>an?|one)|(?P<num>(?:{_WORD})(?:[\s-]+(?:{_WORD}))*?))(?:\s*[-‐‑]\s*|\s+)"
    rf"(?P<den>{DENOMINATOR_RE})\b", regex.IGNORECASE)
# A scale after a fraction: "five and a half million", "a quarter of a million".
_SCALE_AFTER_FRACTION = lazy_compile(r"\s+(?:of\s+)?(?:an?\s+)?(?P<scale>thousand|million|billion|trillion)\b",
                                     regex.IGNORECASE)
_SCALE_AFTER = lazy_compile(r"\s+(?P<scale>thousand|million|billion|trillion)\b", regex.IGNORECASE)
# "four thousand three hundred" in digits: "4 thousand 3 hundred and 21".
_DIGIT_SCALE_NEXT = lazy_compile(r"(?:\s+and)?\s+(?P<n>\d+(?:\.\d+)?)\s+(?P<scale>hundred|thousand|lakh|crore)\b",
                                 regex.IGNORECASE)
_AND_SMALL_DIGITS = lazy_compile(
    r"\s+and\s+(?:(?P<d>\d{1,3})(?![\d.,])(?!\s+(?:hundred|thousand|million|billion|trillion|lakh|crore)\b)"
    rf"|(?P<w>(?:{_WORD})(?:{_SEP}(?:{_WORD}))*)\b)", regex.IGNORECASE)
# "two point five", "nought point nought three": a decimal read out digit by digit.
_DIGIT_WORDS = {**SMALL, **TENS, "oh": 0, "nought": 0, "naught": 0}
_POINT = lazy_compile(
    rf"\s+point\s+(?P<digits>(?:{'|'.join(sorted(_DIGIT_WORDS, key=len, reverse=True))})"
    rf"(?:[\s-]+(?:{'|'.join(sorted(_DIGIT_WORDS, key=len, reverse=True))}))*)\b",
    regex.IGNORECASE)
_DOZENS_AFTER = lazy_compile(r"\s+dozens?\b", regex.IGNORECASE)
# A ratio: "one in five adults".
_ONE_IN = lazy_compile(r"\s+in\s+", regex.IGNORECASE)
_MINUS_BEFORE = lazy_compile(r"\b(?:minus|negative)\s+$", regex.IGNORECASE)
# "no one", "someone else's one": pronouns, not counts; so is the "one" of "a 6.9-magnitude
# one" or "a bigger one", which stands for a noun said before.
_PRONOUN_ONE = lazy_compile(
    r"(?:\b(?:no|any|every|some|each|the|this|that|which)"
    r"|\b(?:an?|the|this|that)\s+(?:[\p{L}\p{N}.]+[-‐‑][\p{L}]+|\p{L}+(?:er|est)|new|old|big|small|large|major|minor"
    r"|similar|strong|powerful|deadly|last|next|first|second|third|previous|earlier|later|only|single))\s+$",
    regex.IGNORECASE)
_ANOTHER_NEXT = lazy_compile(r"\s+another\b")
# A fraction that follows "a"/"one" and is singular ("a third") is a share only before "of",
# a scale, a unit-like word or the end of the phrase; before another noun it is an
# ordinal ("a third victim").
_SHARE_CONTEXT = lazy_compile(
    r"(?:\s*$|\s*[^\s\p{L}\p{N}]|\s+of\b|\s+(?:thousand|million|billion|trillion|hundred|dozen|century|decade|year"
    r"|month|week|day|hour|minute|mile|kilomet(?:er|re)|met(?:er|re)|foot|inch|pound|kilo\w*|ton\w*|acre|gallon|lit(?:er|re)"
    r"|percent|per\s+cent|point)s?\b)",
    regex.IGNORECASE)
_HALF_CONTEXT = lazy_compile(
    r"(?:\s*$|\s*[^\s\p{L}\p{N}-]|\s+(?:of|the|a|an|their|its|his|her|our|your|those|these|them|that|this|all)\b)",
    regex.IGNORECASE)
_QUALIFIER_BEFORE_HALF = lazy_compile(
    r"\b(?:more\s+than|less\s+than|fewer\s+than|over|under|nearly|almost|about|around|roughly|at\s+least|just|above|below)\s+$",
    regex.IGNORECASE)
_ARTICLE_AFTER = lazy_compile(r"\s+an?\b(?!\s+(?:hundred|thousand|million|billion|trillion|dozen)\b)", regex.IGNORECASE)
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
NUMBER_RE = lazy_compile(
    rf"(?P<fraction>{FRACTION_DIGITS_RE})|(?P<digits>{DIGITS_RE})|(?P<vague>\b(?:{VAGUE_RE})\b)|(?P<words>{WORDS_RE})"
    rf"|(?P<afraction>{A_FRACTION_RE})|(?P<nought>\bn[ao]ught(?=\s+point\b))|(?P<article>{ARTICLE_ONE_RE})",
    regex.IGNORECASE,
)
_THOUSANDS_SEP = lazy_compile(r"[, \u00a0\u202f\u2009]")
_LATIN_WORD = lazy_compile(r"[a-z]+", regex.IGNORECASE)
_SPACES = lazy_compile(r"\s+")
