"""Disagreements within one article, for facts compared against a reference or by time.

A reference that allows several values (a range, a tolerance, a timeline of
figures) does not let one article give two of them for the same fact: "40
homes" and later "45 homes" in one article disagree even when the rule accepts
both. Compared with each other (no reference), mentions of one article are
already weighed by the consensus in compare.py.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable

from factlint.compare.steps import DIP, figure, middle
from factlint.kinds import KINDS
from factlint.model import Fact, Finding, Related
from factlint.prose.timecues import Cue, cue
from factlint.rules import FactSpec, Rule

# How compare.py words a finding: (mention, rule, fact, detail, expected, related) -> Finding.
MakeFinding = Callable[[Fact, Rule, FactSpec, str, str, tuple[Related, ...]], Finding]


def within_articles(mentions: list[Fact], rule: Rule, spec: FactSpec, flagged: set[int],
                    finding: MakeFinding) -> list[tuple[Fact, Finding]]:
    """An article that contradicts itself, though each of its figures passes alone: a
    reference that allows several values ("between 244 and 251", a timeline of figures)
    does not let one article give two of them as the same fact. A mention with a time
    cue ("initially", "Update:", "so far"), already flagged, or far below the article's
    largest figure (a part: "13 of the victims") is explained; of the rest, the article's
    first mention stands and each later one that disagrees is flagged."""
    kind = KINDS[spec.kind]
    if kind.name == "title":
        return []  # a person has several right titles: an article may use two
    by_path: dict[str, list[Fact]] = defaultdict(list)
    for m in mentions:
        by_path[m.path].append(m)
    out = []
    for ms in by_path.values():
        if len(ms) < 2:
            continue
        largest = max((middle(f) for f in map(_figure, ms) if f), default=None)
        plain = sorted((m for m in ms if id(m) not in flagged and not _part(m, largest)
                        and cue(m.quote, m.quote_offset, m.quote_offset + len(m.text)) is Cue.NONE),
                       key=lambda f: (f.line, f.column))
        for m in plain[1:]:
            first = plain[0]
            if kind.agree(m.value, first.value, spec):
                continue
            detail = f"{spec.name} is {m.display}, but earlier in this article it is {first.display}"
            out.append((m, finding(m, rule, spec, detail, first.display,
                                    (Related(first.path, first.line, first.column, first.display),))))
    return out


def _figure(m: Fact) -> tuple[float, ...] | None:
    return figure(m.value) if isinstance(m.value, dict) else None


def _part(m: Fact, largest: float | None) -> bool:
    """A figure far below the largest its article gives for the fact: more likely a part
    of the whole ("the families of 13 victims" beside a toll of 115) than the whole."""
    f = _figure(m)
    return f is not None and largest is not None and middle(f) * DIP <= largest

