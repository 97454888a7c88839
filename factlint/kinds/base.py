"""What every kind shares: option declarations, claims, and pairing values with
the trigger words that say which fact a value is."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator

import regex

from factlint.model import Interval, Tolerance
from factlint.prose.patterns import lazy_compile
from factlint.prose.terms import Hit
from factlint.prose.values import Value

_WORD = lazy_compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
_CONJUNCTION = lazy_compile(r"\b(?:and|but|while|whereas|or)\b", regex.IGNORECASE)
CONJUNCTION_COST = 2  # "killed and 62 were wounded": 62 is the wounded, not the killed
# A comma between a number and a trigger is a boundary: in "7 killed, 40 injured"
# the 40 is the injured, and in "61 seats, Reform on 13" the 61 is not Reform's.
COMMA_COST = 3
# "an 86-seat majority", "a 50-foot depth": the hyphened noun is part of the number's phrase.
_HYPHENED_NOUN = lazy_compile(r"-[\p{L}]+")
_OF = lazy_compile(r"\s+of\s+", regex.IGNORECASE)
# "killed 12, four of them children", "five of whom were children": the group's noun
# follows "of them"; the part is the noun's as if written right after the number.
_OF_THEM = lazy_compile(r"\s+(?i:of\s+(?:them|whom|those))(?:\s+(?i:were|was|are|is|being))?(?=\s)")
LONG_GAP = 200  # characters; a longer gap is counted only up to the window
APPROX_DEFAULT = 0.10  # "about 20" spans 10 % either way when the rule sets no tolerance


@dataclass(frozen=True)
class Option:
    """A kind-specific key of a fact: how to parse it, its default, and help for errors."""

    parse: Callable[[Any], Any]
    default: Any = None
    required: bool = False
    help: str = ""


@dataclass(frozen=True)
class Claim:
    """A candidate mention in one sentence: the value span, the word that tied it
    to the fact, and how far apart they are (in words, a conjunction between
    counting extra)."""

    start: int
    end: int
    anchor: tuple[int, int] | None
    gap: int
    value: dict[str, Any]
    display: str


def words_between(text: str, start: int, end: int, limit: int | None = None) -> int | None:
    """Number of words in text[start:end]; None when a hard stop (";") lies between.

    With `limit`, counting stops at limit + 1 words, so that pairing far-apart
    words in a long sentence costs the window, not the distance."""
    if limit is None or end - start <= LONG_GAP:
        count = len(_WORD.findall(text, start, end))
    else:
        count = 0
        for _ in _WORD.finditer(text, start, end):
            count += 1
            if count > limit:
                return count
    if text.find(";", start, end) >= 0:  # a hard stop
        return None
    return count


# A part's whole between it and their noun: "212 out of 400 seats", "212 out of
# the 400 elected seats" (at most one describing word before the noun).
OUT_OF_WHOLE = lazy_compile(r"\s+(?i:out\s+of)\s+(?:(?i:the|all)\s+)?\d[\d,.]*\d?\s+(?P<word>[\p{L}-]+\s+)?")


def pair(text: str, values: list[Value], anchors: list[Hit], window: int,
         backward_window: int | None = None) -> Iterator[tuple[Value, Hit, int]]:
    """Every (value, anchor, gap) with at most `window` words between the two
    (`backward_window` when the value comes first: "a 40 km stretch").

    A value that counts part of a group ("including two children", "two of the
    dead") pairs only with a trigger written right after it ("two children").
    """
    back = window if backward_window is None else min(window, backward_window)
    for value in values:
        for hit in anchors:
            if hit.start < value.end and value.start < hit.end:
                continue
            # Only a hyphen right after the number can start one (the plain test first: it rarely holds).
            compound = _HYPHENED_NOUN.match(text, value.end, hit.start if hit.start >= value.end else len(text)) if (
                text.startswith("-", value.end)) else None
            if hit.start >= value.end:
                limit = back
                gap = 0 if value.subcount and _part_noun(text, value, hit) else words_between(
                    text, compound.end() if compound else value.end, hit.start, limit)
                if compound and gap:
                    continue  # "a four-lane bridge": the number counts lanes, not what comes later
                out_of = OUT_OF_WHOLE.fullmatch(text, value.end, hit.start) if gap and value.type == "count" else None
                if out_of:
                    # "won 212 out of 400 seats": the part counts the whole's noun too, as near
                    # as the whole does; the nearer subject decides whose each is.
                    gap = 1 if out_of.group("word") else 0
            else:
                if compound and value.type == "count":
                    continue  # "killed in the two-century history": the number counts centuries
                limit = window
                gap = words_between(text, hit.end, value.start, limit)
            if gap is None or gap > limit:
                continue
            if value.subcount and not (hit.start >= value.end and gap == 0):
                continue
            if hit.end <= value.start and _OF.fullmatch(text, hit.end, value.start):
                gap = 0  # "a majority of 86 MPs", "a toll of 12 people": the number is the trigger's
            lo, hi = (value.end, hit.start) if hit.start >= value.end else (hit.end, value.start)
            yield value, hit, (gap + CONJUNCTION_COST * len(_CONJUNCTION.findall(text, lo, hi))
                               + COMMA_COST * text.count(",", lo, hi))


def _part_noun(text: str, value: Value, hit: Hit) -> bool:
    """Whether `hit` is the noun of a part set off by a comma: ", N of them NOUN"."""
    of_them = _OF_THEM.match(text, value.end)
    return of_them is not None and not text[of_them.end():hit.start].strip() and (
        text[:value.start].rstrip().endswith(","))


def interval_value(interval: Interval, approx: bool, unit: str | None = None,
                   qualifier: str | None = None) -> dict[str, Any]:
    """A numeric value as JSON: its range, whether it is approximate, its unit and
    the qualifier it was written with ("gt" for "more than")."""
    data = interval.to_dict()
    data["approx"] = approx
    data["unit"] = unit
    data["qualifier"] = qualifier
    return data


def interval_of(value: dict[str, Any], tolerance: Tolerance) -> Interval:
    """The range a numeric value stands for; an approximate one widened by the
    rule's tolerance (or 10 % when the rule sets none)."""
    interval = Interval.from_dict(value)
    if value.get("approx"):
        relative = tolerance.relative or (0.0 if tolerance.absolute else APPROX_DEFAULT)
        interval = interval.widen(max(tolerance.absolute, relative * interval.magnitude()))
    return interval


def intervals_agree(a: dict[str, Any], b: dict[str, Any], tolerance: Tolerance) -> bool:
    """Two numeric values agree when their ranges overlap, give or take the tolerance.
    Two stated maxima ("waves up to 6 m" and "up to 2 m") are compared by their maxima:
    each says how high it went, not only that it went no higher."""
    if a.get("qualifier") == b.get("qualifier") == "le":
        a, b = ({**v, "lo": v["hi"], "lo_open": False} for v in (a, b))
    ia, ib = interval_of(a, tolerance), interval_of(b, tolerance)
    gap = ia.gap(ib)
    if gap == 0:
        return True
    if not (tolerance.relative or tolerance.absolute):
        return False
    return tolerance.allows(gap, max(ia.magnitude(), ib.magnitude()))
