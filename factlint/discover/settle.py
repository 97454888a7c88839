"""Which of a discovered rule's disagreements discovery stands behind.

A draft rule reads more loosely than the grouping that made it (any value near
a trigger, in any clause its scope allows), and a group of mentions may hold
more than one fact. A disagreement is reported only when discovery is sure it
is one between values of the same fact; otherwise the check is skipped with
the reason, and the value stays in the group's mentions. A false alarm is a
bug: when unsure, say nothing.

Sure means all of:
- discovery's own reading grouped that value, or read it there as a value of
  the group's kind and cue and no other article gives it under the draft rule;
- the group's consensus is given by at least half of its articles (else the
  group holds several facts);
- a value two or more articles give is reported only when the consensus is
  BACKED times as backed: several articles giving it state a fact (another
  one, or an earlier figure), not one article's slip;
- the article states no value the group agrees with besides it (an article
  giving "four bodies" and, later, "six dead" tells two facts, or a change it
  explains itself);
- a forecast is compared only with forecasts, a result with results, and a
  conditional ("that would give Harbour a 40-seat majority") is a forecast;
- its sentence is not about another time ("five years ago", "the previous
  election", "back in 2019");
- not one of a list: a clause with CROWD values of one kind ("93 seats, with
  Harbour on 318 - a majority of 86") pairs each with its subject by position,
  which discovery does not read;
- for a group about a subject, the name nearest the value is one of its names,
  and a share's sentence names the subject ("its 14% of the vote" may be any
  party's);
- not a part of a whole ("the other four", "two of the victims");
- a count, quantity or sum of money is within FACTOR of the consensus: a value
  far below it is a part ("two of the victims"), far above it another whole;
- a day is not after the consensus day: a story's later days are its
  follow-ups (the search, the funeral, the reopening), an earlier one is the
  event's wrong date; nor a weekday alone ("due on Saturday": which week is a
  guess); nor, for a year, a later year of a plan ("not completed until
  2032"): a plan put back;
- not a span of time grouped by value ("after 14 years in power"): copy gives
  many spans, close in value ("two weeks", "13 days after");
- not a percentage: copy gives shares of many wholes (a party's vote, turnout,
  how much of a fire is contained) and a share's whole is seldom in its clause;
- a person's title when no title has a majority (accepted titles are the
  consensus: a person written with two offices by two articles has none);
- a person's title with the same head noun as an accepted one that does not
  say the same ("Deputy Transport Secretary" for the Transport Secretary):
  a person holds several offices at once ("party leader", "Prime Minister").
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field, replace

import regex

from factlint.discover.clock import TIME
from factlint.discover.group import COMMON_NAMES, NAME_REACH, Group, agree, consensus, mode
from factlint.discover.mentions import Mention
from factlint.discover.titles import generic, same_head, same_title
from factlint.model import Check, Finding, Outcome, Report

BACKED = 2  # a value several articles give is reported only against a consensus this many times as backed
CROWD = 3  # a clause with this many values of one kind is a list: which is whose is not sure
FACTOR = 3.0  # a value further than this factor from the consensus is another fact
UNSURE = "not reported: discovery is not sure this value is the same fact ({why})"
MAGNITUDES = ("count", "quantity", "money")
DAYS = ("date",)
DATED = ("date", "year")
NEVER: tuple[str, ...] = ()


@dataclass(frozen=True)
class Judged:
    """A discovered rule's group and accepted titles, as the judge needs them."""

    rule: str
    group: Group | None
    accepted: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settled:
    """A group's consensus, worked out once for all its findings."""

    top: Mention | None  # the consensus (None: no value has a majority)
    reference: Mention | None  # the consensus as precisely as its backers write it
    backing: frozenset[str]  # the articles giving the consensus
    places: dict[tuple[str, int, int], Mention]  # (path, line, column) -> the group's mention there
    cues: frozenset[str] = frozenset()  # the group's cue, and its mentions' cues two or more articles write
    words: frozenset[str] = frozenset()  # words two or more of its articles write near its values (dates, years)
    articles: int = 0
    by_path: dict[str, tuple[Mention, ...]] = field(default_factory=dict)
    giving: dict[tuple, frozenset[str]] = field(default_factory=dict)  # a value -> the articles agreeing with it

    def agreeing(self, mention: Mention) -> frozenset[str]:
        """The articles of the group giving a value that agrees with `mention`'s."""
        return self.giving.get(_key(mention), frozenset())


def _key(m: Mention) -> tuple:
    return (m.kind, m.lo, m.hi, m.approx, m.year, m.display if m.kind == "percent" else "")


def settled(group: Group) -> Settled:
    top, _ = consensus(list(group.mentions))
    places = {(m.path, m.line, m.column): m for m in group.mentions}
    # The group's words: its own, and any two or more of its articles tie its values by.
    cue_paths: dict[str, set[str]] = defaultdict(set)
    for m in group.mentions:
        cue_paths[m.cue].add(m.path)
    cues = frozenset(c for c, where in cue_paths.items() if len(where) >= 2) | {group.cue}
    word_paths: dict[str, set[str]] = defaultdict(set)
    for m in group.mentions:
        for word_stem, _, _ in m.context:
            word_paths[word_stem].add(m.path)
    words = frozenset(w for w, where in word_paths.items() if len(where) >= 2)
    by_path: dict[str, list[Mention]] = defaultdict(list)
    distinct: dict[tuple, Mention] = {}
    for m in group.mentions:
        by_path[m.path].append(m)
        distinct.setdefault(_key(m), m)
    giving = {key: frozenset(o.path for o in group.mentions if agree(m, o)) for key, m in distinct.items()}
    paths = {p: tuple(ms) for p, ms in by_path.items()}
    if top is None:
        return Settled(None, None, frozenset(), places, cues, words, len(paths), paths, giving)
    backing = frozenset(m.path for m in group.mentions if agree(top, m))
    return Settled(top, reference(top, group), backing, places, cues, words, len(paths), paths, giving)


Place = tuple[str, int, int]  # path, line, column of a value


def doubt(finding: Finding, judged: Judged, cache: dict[int, Settled] | None = None,
          readings: dict[Place, Mention] | None = None, given: int = 1) -> str | None:
    """Why discovery is not sure of a disagreement, or None when it is (`cache`:
    groups' consensus by id, shared by the findings of one report; `readings`:
    every value discovery read, by place; `given`: how many articles give the
    value under the draft rule)."""
    group = judged.group
    if group is None:
        if not judged.accepted:
            return "no title has a majority"  # a person's titles tie: which is right is not known
        return _title_doubt(finding.found, judged.accepted)
    if group.kind in NEVER:
        return "a share's whole is not known"
    if group.kind == TIME:
        return "a clock time: copy gives many times of one night, and which event each is is not sure"
    cache = {} if cache is None else cache
    view = cache.get(id(group))
    if view is None:
        view = cache[id(group)] = settled(group)
    place = (finding.path, finding.line, finding.column)
    here = view.places.get(place)
    if here is None:
        # Read by the draft rule only: sure only when discovery read that value
        # there too, as a value of the group's kind, and it is one article's.
        here = (readings or {}).get(place)
        dated = group.kind in DATED and here is not None and here.kind in DATED  # a year rule reads "May 1961"'s year
        if here is None or here.kind != group.kind and not dated:
            return "the draft rule read it, discovery did not"
        if here.cue not in view.cues and not (dated and here.cue in view.words):
            return f"discovery read it as a value of another word ({here.written})"
        if given > 1:
            return "several articles give it: another fact, or an earlier figure"
    if view.top is None:
        return "no value has a majority"
    return doubt_value(here, view.top, group, view)


def reference(top: Mention, group: Group) -> Mention:
    """The consensus as precise as the articles backing it write it: "August 8"
    rather than "August", which every day of the month agrees with."""
    backing = [m for m in group.mentions if agree(top, m)]
    narrowest = min(m.hi - m.lo for m in backing)
    return mode([m for m in backing if m.hi - m.lo == narrowest])


def doubt_value(mention: Mention, top: Mention, group: Group, view: Settled | None = None) -> str | None:
    """Why discovery is not sure a mention of the group that disagrees with its
    consensus `top` is a disagreement of the same fact (None: sure). `view`:
    the group's consensus when already worked out."""
    if group.kind in NEVER:
        return "a share's whole is not known"
    if group.kind == TIME:
        return "a clock time: copy gives many times of one night, and which event each is is not sure"
    if group.kind == "quantity" and group.dimension == "time" and all(m.context for m in group.mentions):
        return "a span of time: copy gives many ('two weeks', '13 days after') and which is meant is not sure"
    if mention.projected != group.projected:
        return "a forecast beside a result" if mention.projected else "a result beside a forecast"
    if not group.projected and _CONDITIONAL.search(mention.sentence):
        return "a conditional ('would give') is a forecast, not a result"
    if _ANOTHER_TIME.search(mention.sentence):
        return "its sentence is about another time"
    if mention.crowd >= CROWD:
        return f"its clause lists {mention.crowd} values of its kind"
    if group.topic and _other_subject(mention, group):
        return "the name nearest it is not the group's subject"
    if group.topic and group.kind == "percent" and not _names_subject(mention, group):
        return "its clause does not name the group's subject ('its 14% of the vote')"
    if mention.part:
        return "it counts part of a whole"
    if view is None:
        view = settled(group)
    backing = view.backing
    if len(backing) * 2 < view.articles:
        return "fewer than half the articles give the consensus: the group holds several facts"
    top = view.reference or top
    own = view.agreeing(mention) or frozenset({mention.path})
    if len(own) > 1 and len(backing) < BACKED * len(own):
        return "several articles give it: another fact, or an earlier figure"
    if any(m is not mention and agree(m, top) for m in view.by_path.get(mention.path, ())):
        return "the article also gives the consensus"
    if group.kind in MAGNITUDES and _far(mention, top):
        return f"more than {FACTOR:g} times off the consensus"
    if group.kind in DAYS and _later(mention, top):
        return "a later day is another event's"
    if group.kind in DAYS and _WEEKDAY_ALONE.match(mention.display):
        return "a weekday alone may be of the week before or after"
    if group.kind == "year" and _later(mention, top) and _PLANNED.search(mention.sentence):
        return "a later year for a plan is the plan put back"
    return None


# A date written as a weekday only ("due on Saturday"): which week is a guess
# from the article's date, and the week may be the one after.
_WEEKDAY_ALONE = regex.compile(r"^(?:(?:last|next|this|on)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$", regex.I)
# Words that make a year a plan's ("will be completed by 2031", "not until 2032"):
# a plan put back gives a later year, which is news rather than a slip.
# "aiming to win at the 2034 election", "plans for the next vote": an aim is a plan too.
_PLANNED = regex.compile(r"\b(?:will|won['’]t|would|could|until|scheduled|expected|due|delayed|pushed|"
                         r"plans?|planned|planning|aim|aims|aiming|aimed|next|upcoming|coming)\b", regex.I)


# A conditional states what a forecast implies ("that would give Harbour a
# 40-seat majority"), its forecast word often in the sentence before.
_CONDITIONAL = regex.compile(r"\b(?:would|could|might)\b", regex.I)
# Words that put a sentence in another time than the story's: "five years ago",
# "the previous election", "back in 2019", "last time".
_ANOTHER_TIME = regex.compile(r"\b(?:(?:years?|decades?|months?)\s+(?:ago|earlier|before)|previous(?:ly)?|"
                              r"back\s+in|last\s+time|at\s+the\s+last)\b", regex.I)


def _other_subject(mention: Mention, group: Group) -> bool:
    """Whether the name nearest a mention is not one of its group's subject's
    names ("the Tern Party" beside a share of a group about another party)."""
    near = [(abs(d), n) for n, d in mention.names if abs(d) <= NAME_REACH and n not in COMMON_NAMES]
    return bool(near) and min(near)[1] not in group.names


def _names_subject(mention: Mention, group: Group) -> bool:
    """Whether a mention's sentence names its group's subject near it: a share
    given by a pronoun's owner ("its 14% of the vote", "the party's 9%") may
    be any party's, which discovery does not resolve."""
    return any(n in group.names for n, d in mention.names if abs(d) <= NAME_REACH)


def _middle(m: Mention) -> float:
    return m.lo if m.hi == float("inf") else (m.lo + m.hi) / 2


def _far(a: Mention, b: Mention) -> bool:
    x, y = abs(_middle(a)), abs(_middle(b))
    if x == 0 or y == 0:
        return x != y
    return max(x, y) / min(x, y) > FACTOR


def _later(a: Mention, b: Mention) -> bool:
    if a.year and b.year and a.year != b.year:
        return a.year > b.year
    return a.lo > b.hi


def _title_doubt(found: str, accepted: tuple[str, ...]) -> str | None:
    if not accepted:
        return None
    named = [a for a in accepted if not generic(a)]  # "head of the board" agrees with any title
    if any(same_title(found, a) for a in named):
        return "says the same as an accepted title"
    if not any(same_head(found, a) for a in named):
        return "another office, not another title for this one"
    return None


def settle(report: Report, judged: list[Judged], mentions: list[Mention] | None = None) -> Report:
    """The report with only the disagreements discovery is sure of; a check
    left with no finding is skipped with the reason (`mentions`: every value
    discovery read)."""
    by_rule = {j.rule: j for j in judged}
    cache: dict[int, Settled] = {}
    readings = {(m.path, m.line, m.column): m for m in mentions or ()}
    # (rule, value) -> the articles giving it under the draft rule
    giving: dict[tuple[str, str], set[str]] = defaultdict(set)
    at: dict[tuple[str, str, int, int], str] = {}
    for f in report.facts:
        key = json.dumps(f.value, sort_keys=True)
        giving[(f.rule, key)].add(f.path)
        at[(f.rule, f.path, f.line, f.column)] = key
    kept: list[Finding] = []
    dropped: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for finding in report.findings:
        j = by_rule.get(finding.rule)
        given = len(giving.get((finding.rule, at.get((finding.rule, finding.path, finding.line, finding.column), "")),
                               ()))
        why = doubt(finding, j, cache, readings, given) if j is not None else None
        if why is None:
            kept.append(finding)
        else:
            dropped[(finding.path, finding.rule, finding.fact)].append(why)
    if not dropped:
        return report
    still = {(f.path, f.rule, f.fact) for f in kept}
    checks: list[Check] = []
    for check in report.checks:
        place = (check.path, check.rule, check.fact)
        if check.outcome == Outcome.FAILED and place in dropped and place not in still:
            check = replace(check, outcome=Outcome.SKIPPED, reason=UNSURE.format(why=dropped[place][0]))
        checks.append(check)
    return replace(report, findings=tuple(kept), checks=tuple(checks))
