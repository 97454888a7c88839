"""Qualifiers a reporter writes around a number ("more than 20", "up to 40 km",
"6 or greater") and the interval each makes of it; and writing a value back the
way a reporter would ("at least 40 km")."""
from __future__ import annotations

import regex

from factlint.model import INF, Interval
from factlint.prose.lexicon import _WORD
from factlint.prose.patterns import lazy_compile

_SPACES = lazy_compile(r"\s+")

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
PREFIX_QUALIFIERS.update({
    "larger than": "gt", "bigger than": "gt", "higher than": "gt", "exceeds": "gt", "exceeded": "gt",
    "exceed": "gt", "surpass": "gt", "surpasses": "gt", "surpassed": "gt", "surpassing": "gt", "topping": "gt",
    "smaller than": "lt", "lower than": "lt",
    "as much as": "le", "as high as": "le",
    # "less than or equal to", "equal to or more than": the bound is included.
    **{f"{w} than or equal to": k for w, k in (("greater", "ge"), ("more", "ge"), ("higher", "ge"), ("larger", "ge"),
                                                ("bigger", "ge"), ("less", "le"), ("fewer", "le"), ("smaller", "le"),
                                                ("lower", "le"))},
    **{f"{w} or equal {p}": k for w, k in (("greater", "ge"), ("more", "ge"), ("higher", "ge"), ("larger", "ge"),
                                           ("bigger", "ge"), ("less", "le"), ("smaller", "le"), ("lower", "le"))
       for p in ("to", "than")},
    **{f"equal to or {w} than": k for w, k in (("greater", "ge"), ("more", "ge"), ("higher", "ge"), ("larger", "ge"),
                                               ("bigger", "ge"), ("less", "le"), ("fewer", "le"), ("smaller", "le"),
                                               ("lower", "le"))},
    "at least or equal to": "ge", "at most or equal to": "le",
})
# Symbols need no space before them: "x>10".
SYMBOL_QUALIFIERS = {">": "gt", "<": "lt", ">=": "ge", "> =": "ge", "≥": "ge", "<=": "le", "< =": "le", "≤": "le",
                     "=>": "ge", "=<": "le"}
POSTFIX_QUALIFIERS = {"or more": "ge", "or so": "approx", "plus": "ge", "-plus": "ge", "or fewer": "le", "or less": "le",
                      "-odd": "odd", "or greater": "ge", "or higher": "ge", "or above": "ge", "or larger": "ge",
                      "or bigger": "ge", "or over": "ge", "and above": "ge", "and over": "ge", "and up": "ge",
                      "and more": "ge", "or lower": "le", "or below": "le", "or smaller": "le", "or under": "le",
                      "and below": "le", "and under": "le", "and less": "le", "and fewer": "le"}

_PREFIX_RE = lazy_compile(
    r"(?:(?:^|(?<=[\s(“\"']))(?P<q>"
    + "|".join(regex.escape(q) for q in sorted(PREFIX_QUALIFIERS, key=len, reverse=True))
    + r")|(?P<q>" + "|".join(regex.escape(q) for q in sorted(SYMBOL_QUALIFIERS, key=len, reverse=True))
    + r"))\s*$",
    regex.IGNORECASE,
)
_POSTFIX_RE = lazy_compile(
    r"^(?P<q>" + "|".join(
        (regex.escape(q) if q.startswith("-") else r"\s+" + regex.escape(q).replace(r"\ ", r"\s+"))
        for q in sorted(POSTFIX_QUALIFIERS, key=len, reverse=True))
    + r")\b(?!\s+than\s+[\p{L}\p{N}])"
    # "killed 5 and over 30 were hurt", "5 and up to 9": the word opens the next number's qualifier.
    + rf"(?!\s+(?:to\b|[\d$€£¥.-]|(?:an?|{_WORD})\b))"
    r"(?:\s+than\b(?=\s*(?:[^\s\p{L}\p{N}]|$)))?",
    regex.IGNORECASE,
)
# The last word of every prefix qualifier: the text before a number can end with a
# qualifier only if it ends with one of these, and most numbers have none before
# them, so a plain `endswith` spares the search (tried at every one of 40 places).
_PREFIX_LAST_WORDS = tuple(sorted({q.split(" ")[-1] for q in (*PREFIX_QUALIFIERS, *SYMBOL_QUALIFIERS)}))
# "less than 5000 or equal": the bound is included after all.
OR_EQUAL = {"gt": "ge", "lt": "le"}
_OR_EQUAL_RE = lazy_compile(r"^\s+or\s+equal(?:\s+to)?(?:\s+(?:it|that))?\b(?!\s+\p{N})", regex.IGNORECASE)
NEAR = 0.1  # "nearly 2" means just under 2: within 10 % below it


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
    tail = before[-40:].rstrip()  # str.isspace() holds for every character \s matches
    # casefold() folds as IGNORECASE does, but for the dotted capital I, which it writes as two characters.
    if "\u0130" not in tail and not tail.casefold().endswith(_PREFIX_LAST_WORDS):
        return None, 0
    m = _PREFIX_RE.search(before[-40:])
    if not m:
        return None, 0
    phrase = _SPACES.sub(" ", m.group("q").lower())
    kind = PREFIX_QUALIFIERS.get(phrase) or SYMBOL_QUALIFIERS[phrase]
    return kind, len(before[-40:]) - m.start("q")


def postfix_qualifier(after: str) -> tuple[str | None, int]:
    """The qualifier that starts `after` (text just behind a number): (kind, its length)."""
    m = _POSTFIX_RE.match(after)
    if not m:
        return None, 0
    phrase = _SPACES.sub(" ", m.group("q").strip().lower())
    return POSTFIX_QUALIFIERS[phrase], m.end()


def or_equal(after: str) -> int:
    """Length of an "or equal (to)" that starts `after`, else 0: "less than 5000 or equal"."""
    m = _OR_EQUAL_RE.match(after)
    return m.end() if m else 0


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
