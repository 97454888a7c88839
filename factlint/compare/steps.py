"""The steps of a changing figure's timeline: a figure as numbers, a step (the
figure, when it was first public, who gave it), which steps are plausible, the
step current at a time. Used by timeline.py."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from factlint.prose.moments import Moment


def figure(value: dict[str, Any]) -> tuple[float, ...] | None:
    """The figure a count states, for telling timeline steps apart: "at least 230"
    and "230" are the same step; a range is its two ends."""
    lo, hi = value.get("lo"), value.get("hi")
    lo = None if lo is None or not math.isfinite(lo) else lo
    hi = None if hi is None or not math.isfinite(hi) else hi
    qualifier = value.get("qualifier")
    if qualifier in ("lt", "le", "nearly") and hi is not None:
        return (hi,)  # "up to 230", "nearly 600": the figure named
    if qualifier in ("gt", "ge", "just_over", "odd") and lo is not None:
        return (lo,)
    if lo is not None and hi is not None:
        return (lo,) if lo == hi else (lo, hi)
    if lo is not None:
        return (lo,)
    if hi is not None:
        return (hi,)
    return None


def middle(f: tuple[float, ...]) -> float:
    return sum(f) / len(f)


@dataclass
class Step:
    """One figure of the timeline; `first` is None for a figure only undated copy gives
    (such a step is never placed in time: see `at`)."""

    figure: tuple[float, ...]
    first: Moment | None  # earliest dated sighting
    articles: set[str]
    display: str
    value: dict[str, Any]  # the figure's value: "more than 1,300" is the step 1,300
    stated: dict[str, Any] | None = None  # as its plainest mention states it, when that differs

    @property
    def at(self) -> Moment:
        """The time of a step placed on the timeline (every step of `ordered`)."""
        assert self.first is not None
        return self.first


def open_ended(value: dict[str, Any]) -> bool:
    """"more than 4,000", "at least 61": a bound on one side only."""
    lo, hi = value.get("lo"), value.get("hi")
    return lo is None or hi is None or not (math.isfinite(lo) and math.isfinite(hi))


def is_vague(value: dict[str, Any]) -> bool:
    """"hundreds", "dozens", "200 to 300": a wide range, or a figure given as approximate."""
    f = figure(value)
    if value.get("approx") and f is not None and len(f) == 2:
        return True
    return f is not None and len(f) == 2 and (f[1] - f[0]) > VAGUE * middle(f)


ROUNDED = 0.05  # "nearly 600", "about 640": within this share of a step, that step rounded
VAGUE = 0.3  # a range wider than this share of its middle says too little to contradict
DIP = 3  # a figure a third of the figures around it is a part of the whole or a misread number


def plausible(ordered: list[Step], ref_figure: tuple[float, ...] | None) -> list[Step]:
    """The steps a timeline can hold. A figure only one article gives is left out
    when it repeats the past (it lies between two consecutive earlier steps) or
    comes after the rule's final figure was public; any figure is left out when it
    dips far below the steps just before and after it."""
    kept: list[Step] = []
    ref_seen = False
    for i, s in enumerate(ordered):
        mid = middle(s.figure)
        if kept and middle(kept[-1].figure) >= DIP * mid:
            if i + 1 < len(ordered) and middle(ordered[i + 1].figure) >= DIP * mid:
                continue  # a dip the next step recovers from
            rising = len(kept) < 2 or middle(kept[-1].figure) >= middle(kept[-2].figure)
            if i + 1 == len(ordered) and len(s.articles) < 2 and rising:
                continue  # a lone last figure far below a rising count
        if len(s.articles) < 2 and s.figure != ref_figure:
            if ref_seen:
                continue
            if any(min(middle(a.figure), middle(b.figure)) < mid < max(middle(a.figure), middle(b.figure))
                   for a, b in zip(kept, kept[1:])):
                continue
        ref_seen = ref_seen or s.figure == ref_figure
        kept.append(s)
    return kept


def current_step(ordered: list[Step], t: Moment | None) -> Step | None:
    if not ordered:
        return None
    if t is None:
        return ordered[-1]
    known = [s for s in ordered if not t.before(s.at)]
    return known[-1] if known else ordered[0]
