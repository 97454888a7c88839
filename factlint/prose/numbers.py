"""Numbers in news prose: digits ("1,200", "2.5 million"), words ("sixty-two",
"a dozen"), and the qualifiers that turn them into intervals ("more than 20")."""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from factlint.model import Interval
from factlint.prose.lexicon import (
    _AND_FRACTION,
    _AND_SMALL_DIGITS,
    _ANOTHER_NEXT,
    _ARTICLE_AFTER,
    _DENOMINATOR_WORD,
    _DIGIT_SCALE_NEXT,
    _DIGIT_WORDS,
    _DOZENS_AFTER,
    _FRACTION_TAIL,
    _HALF_CONTEXT,
    _LATIN_WORD,
    _MINUS_BEFORE,
    _ONE_IN,
    _ORDINAL_TAIL,
    _POINT,
    _PRONOUN_ONE,
    _QUALIFIER_BEFORE_HALF,
    _SCALE_AFTER,
    _SCALE_AFTER_FRACTION,
    _SHARE_CONTEXT,
    _SPACES,
    _THOUSANDS_SEP,
    _UNIT_ORDINALS,
    _VULGAR,
    _WORD,
    DENOMINATORS,
    NUMBER_RE,
    SCALE_ABBREVIATIONS,
    SCALES,
    SMALL,
    TENS,
    VAGUE,
    VULGAR_FRACTIONS,
)
from factlint.prose.patterns import lazy_compile


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text, before any qualifier is applied."""

    start: int
    end: int
    value: float | None  # None for vague amounts, whose range is `vague`
    vague: Interval | None = None
    fraction: bool = False  # a share such as "two thirds", "3/4", "half": not a count of anything


_DIGITS_PARTS = lazy_compile(
    r"(?P<sign>[-−])?(?P<int>[\d, \u00a0\u202f\u2009]*)(?P<dec>\.\d+)?"
    r"(?:e(?P<exp>[-+]?\d+)|\^(?P<pow>[-+−]*)(?P<pv>\d+(?:\.\d+)?)|\s*[x×]\s*10\s*\^\s*(?P<tsign>[-+−]*)(?P<ten>\d+))?"
    r"\s*(?P<scale>[a-z]*)",
    regex.IGNORECASE)


def parse_digits(text: str) -> float:
    """'1,200' -> 1200.0; '2.5 million' -> 2500000.0; '-18' -> -18.0; '10k' -> 10000.0;
    '1.3e6' -> 1300000.0."""
    if text.isascii() and text.isdigit():
        return float(text)  # plain digits (most numbers): what the pattern below makes of them
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


# Number words as a small grammar: a word's class -> the states it may follow
# (None: it opens the number). "sixty-two" is tens then small; "two hundred" small
# then hundred; "twenty eleven" (tens then teen) and "million thousand" are no numbers.
_AFTER: dict[str, tuple[str | None, ...]] = {
    "small": (None, "hundred", "scale", "tens"),
    "tens": (None, "hundred", "scale"),
    "hundred": ("small", "teen", "article", "half"),
    "dozen": ("small", "article", "teen", "tens", "half"),
    "scale": ("small", "teen", "tens", "hundred", "dozen", "article", "half"),
}


def _word_class(word: str) -> str | None:
    if word in SMALL:
        return "small"
    if word in TENS:
        return "tens"
    if word in ("hundred", "dozen"):
        return word
    return "scale" if word in SCALES else None


def _next_state(cls: str, word: str, prev: str | None, total: float,
                current: float) -> tuple[str, float, float] | None:
    """(state, total, current) after one more number word, or None when it cannot follow."""
    if prev not in _AFTER[cls]:
        return None
    if cls == "small":
        n = SMALL[word]
        if prev == "tens" and n >= 10:
            return None  # "twenty eleven"
        return ("small" if n < 10 else "teen"), total, current + n
    if cls == "tens":
        return "tens", total, current + TENS[word]
    if cls == "hundred":
        if current % 100 == 0 and current >= 100:
            return None  # "two hundred hundred"
        return "hundred", total, current * 100
    if cls == "dozen":
        return "dozen", total, current * 12
    return "scale", total + current * SCALES[word], 0


def parse_words(text: str) -> tuple[float, int] | None:
    """Parse number words at the start of `text`: (value, characters used), or None.

    Stops at the first word that cannot continue a well-formed number, so
    "two three-year terms" reads as 2 and "sixty-two" as 62.
    """
    total: float = 0
    current: float = 0
    used, prev = 0, None
    for i, tok in enumerate(_LATIN_WORD.finditer(text)):
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
                current, prev = 1, "article"
            continue
        cls = _word_class(word)
        moved = _next_state(cls, word, prev, total, current) if cls else None
        if moved is None:
            break
        prev, total, current = moved
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
_CANDIDATE = lazy_compile(
    rf"[-−.\d{_VULGAR}]|\b(?:an?|half|quarter|n[ao]ught|dozens|scores|hundreds|thousands|millions|billions|tens|{_WORD})\b",
    regex.IGNORECASE)


# The same candidates in ASCII text (most sentences), found by the standard library's
# engine in the lower-cased text: there \b and \d mean what they mean to `regex`, the
# lower-cased text keeps every offset, and a case-sensitive scan is some 2-3x faster
# than `regex`'s case-insensitive one (which folds the case of every character it tries).
_ASCII_CANDIDATE = re.compile(_CANDIDATE.pattern)


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in `text`, left to right, with its span."""
    found: list[NumberMatch] = []
    pos = 0
    lowered = text.lower() if text.isascii() else None
    while True:
        m = _next_number(text, pos, lowered)
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


def _next_number(text: str, pos: int, lowered: str | None = None) -> regex.Match | None:
    """The first NUMBER_RE match starting at or after `pos` (as NUMBER_RE.search would find);
    `lowered`, when given, is the ASCII `text` in lower case."""
    candidates = _CANDIDATE.finditer(text, pos) if lowered is None else _ASCII_CANDIDATE.finditer(lowered, pos)
    for candidate in candidates:
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


_LAST_AND = lazy_compile(r"(?r)\s+and\s+")


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


def _minus_before(before: str) -> regex.Match | None:
    # The plain test first: the words in any case (a long s folds to "s" in the pattern's case-insensitive
    # match, nothing else outside ASCII to these letters); nearly no number has them before it.
    lowered = before.lower()
    if "minus" not in lowered and "negative" not in lowered and "\u017f" not in lowered:
        return None
    return _MINUS_BEFORE.search(before)


def _is_negated(text: str, start: int) -> bool:
    return bool(_minus_before(text[max(0, start - 12):start]))


def _negated(text: str, start: int) -> int:
    """Where a number starts once a "minus"/"negative" before it is counted."""
    m = _minus_before(text[max(0, start - 12):start])
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
    # "one in five adults" is a share; "208 out of 300 seats" stays a count of seats.
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
