"""Comparison: the facts of every article in, findings and per-article checks out.

The only step that sees more than one article. For each fact of each rule:
  - with a reference (an expected value, accepted or wrong titles), every
    mention that does not match it is a finding;
  - without one, mentions are compared with each other: the value backed by
    the most articles stands, and mentions that disagree with it are flagged
    (on a tie, both sides are flagged, since neither has a majority).
A sentence that states two or more of a rule's facts, every one of them unlike
the rule's expected values and one of them a date, is about another event
("a second quake the next day, March 5, injured 28"): its mentions
are set aside, not flagged.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace
from itertools import islice
from typing import Any, Callable

from factlint.compare.sources import against_sources
from factlint.compare.timeline import CHANGING_KINDS, compare_by_time, judged_by_time
from factlint.compare.within import within_articles
from factlint.kinds import KINDS
from factlint.model import Check, Fact, Finding, Outcome, Related, Severity
from factlint.prose.moments import Moment
from factlint.prose.timecues import Cue, cue
from factlint.rules import FactSpec, Rule
from factlint.rules.builtin import with_builtin

MAX_RELATED = 5


class _Template(dict):
    """str.format_map helper: unknown placeholders stay as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class _Others:
    """The mentions a group of findings is compared with, sorted once for all of them.

    A finding lists the values it disagrees with and the first few places that
    state them, other articles first; with thousands of findings against the
    same majority, sorting that majority once keeps comparison n log n.
    """

    def __init__(self, facts: list[Fact]) -> None:
        self.facts = facts
        self.ids = {id(f) for f in facts}
        self.sorted = sorted(facts, key=lambda f: (f.path, f.line, f.column))
        self.paths = {f.path for f in facts}
        self.displays = sorted({f.display for f in facts})

    def without(self, m: Fact) -> _Others:
        """The same mentions less `m` itself (only rebuilt when `m` is among them)."""
        return _Others([f for f in self.facts if f is not m]) if id(m) in self.ids else self

    def related(self, m: Fact) -> tuple[Related, ...]:
        """The first MAX_RELATED mentions: other articles first, by path and position."""
        picked = list(islice((f for f in self.sorted if f.path != m.path), MAX_RELATED))
        if len(picked) < MAX_RELATED:
            same = (f for f in self.sorted if f.path == m.path and f is not m)
            picked.extend(islice(same, MAX_RELATED - len(picked)))
        return tuple(Related(f.path, f.line, f.column, f.display) for f in picked)

    def other_articles(self, m: Fact) -> int:
        return len(self.paths) - (m.path in self.paths)


def _finding(fact: Fact, rule: Rule, spec: FactSpec, detail: str, expected: str | None,
             related: tuple[Related, ...]) -> Finding:
    template = spec.message or rule.message
    if template:
        message = template.format_map(_Template(found=fact.display, expected=expected or "", fact=spec.name))
    else:
        message = f"{rule.description or rule.id}: {detail}"
    return Finding(
        path=fact.path, line=fact.line, column=fact.column, rule=rule.id, fact=spec.name,
        severity=spec.severity, message=message, found=fact.text, expected=expected, quote=fact.quote,
        end_column=fact.end_column, quote_column=fact.quote_offset + 1, related=related,
    )


def _against_reference(mentions: list[Fact], rule: Rule, spec: FactSpec, ref: Any) -> list[tuple[Fact, Finding]]:
    kind = KINDS[spec.kind]
    expected = kind.describe_reference(ref, spec)
    verdicts: dict[str, bool] = {}  # per distinct value: archives repeat a handful of values
    keys = _ValueKeys()

    def matches(value: dict[str, Any]) -> bool:
        key = keys.of(value)
        if key not in verdicts:
            verdicts[key] = kind.matches(value, ref, spec)
        return verdicts[key]

    agreeing = [m for m in mentions if matches(m.value)]
    agreeing_ids = {id(m) for m in agreeing}
    others = _Others(agreeing)
    out = []
    for m in mentions:
        if id(m) in agreeing_ids:
            continue
        finding = _finding(m, rule, spec, kind.explain(m.value, ref, spec), expected, others.related(m))
        if provisional(m, spec):
            finding = replace(finding, severity=Severity.INFO, message=f"{rule.description or rule.id}: {spec.name} "
                              f"{m.display} was a count so far; the final figure is {expected}")
        out.append((m, finding))
    return out


def provisional(m: Fact, spec: FactSpec) -> bool:
    """A count stated as not yet complete ("four seats so far", "with 290 of 300
    declared") that may change: right at its time, superseded by the final figure."""
    if spec.changes == "none" or (spec.changes is None and spec.kind not in CHANGING_KINDS):
        return False
    return cue(m.quote, m.quote_offset, m.quote_offset + len(m.text)) is Cue.AS_OF


def _value_key(value: dict[str, Any]) -> str:
    return json.dumps(value, sort_keys=True)


class _ValueKeys:
    """_value_key of each value object, encoded once: the fact store shares equal
    values (one object for a value however many mentions state it), so a group
    of mentions holds a handful of objects. Keyed on the object's id, which
    stays its own while the mentions holding it are alive (this object lives
    for one comparison of them)."""

    def __init__(self) -> None:
        self._keys: dict[int, tuple[dict[str, Any], str]] = {}

    def of(self, value: dict[str, Any]) -> str:
        held = self._keys.get(id(value))
        if held is None or held[0] is not value:
            held = self._keys[id(value)] = (value, _value_key(value))
        return held[1]


def _by_consensus(mentions: list[Fact], rule: Rule, spec: FactSpec, order: dict[str, int]) -> list[tuple[Fact, Finding]]:
    """Flag mentions against the value most articles back.

    Mentions with equal values agree with the same others, so agreement is
    worked out between distinct values (few, however many articles repeat
    them): n log n for n mentions and a handful of values.
    """
    kind = KINDS[spec.kind]
    mentions = sorted(mentions, key=lambda f: (order.get(f.path, 0), f.line, f.column))
    members: dict[str, list[int]] = {}  # value -> indexes of its mentions, in order of first mention
    keys = _ValueKeys()
    for i, m in enumerate(mentions):
        members.setdefault(keys.of(m.value), []).append(i)
    groups = list(members.values())
    group_of = [0] * len(mentions)
    for g, indexes in enumerate(groups):
        for i in indexes:
            group_of[i] = g
    values = [mentions[indexes[0]].value for indexes in groups]
    agrees = [[kind.agree(a, b, spec) for b in values] for a in values]
    paths = [{mentions[i].path for i in indexes} for indexes in groups]
    support = [len(set().union(*(paths[h] for h in range(len(groups)) if agrees[g][h]))) for g in range(len(groups))]
    # The top value: most articles behind it; on a tie, the one mentioned first.
    top_group = max(range(len(groups)), key=lambda g: (support[g], -groups[g][0]))
    top = groups[top_group][0]

    def backing(g: int) -> list[Fact]:
        """Mentions whose value group g's value agrees with."""
        return [mentions[i] for h, indexes in enumerate(groups) if agrees[g][h] for i in indexes]

    majority = _Others(backing(top_group))
    flagged: dict[int, _Others] = {}
    tied_against_top: list[Fact] = []
    for g, indexes in enumerate(groups):
        if agrees[g][top_group]:
            continue
        for i in indexes:
            flagged[i] = majority
        if support[g] >= support[top_group]:
            # A tie: no side has a majority, so the top value is flagged as well.
            tied_against_top.extend(backing(g))
    if tied_against_top:
        flagged[top] = _Others(list({id(f): f for f in tied_against_top}.values()))
    out = []
    for i, others in sorted(flagged.items()):
        m = mentions[i]
        against = others.without(m)
        n = against.other_articles(m)
        if n:
            where = f"{n} other article{' says' if n == 1 else 's say'}"
        else:
            where = "elsewhere in this article it is"
        tie = support[group_of[i]] >= support[top_group]
        values_text = " / ".join(against.displays)
        detail = f"{spec.name} is {m.display}, but {where} {values_text}" + (" (no majority)" if tie else "")
        out.append((m, _finding(m, rule, spec, detail, values_text or None, against.related(m))))
    return out


def _self_checked(mentions: list[Fact], rule: Rule, spec: FactSpec,
                  self_check: Callable[[Any, str], tuple[str, str] | None]) -> list[tuple[Fact, Finding]]:
    """Findings of a kind that judges each mention alone (a unit conversion)."""
    out = []
    for m in mentions:
        wrong = self_check(m.value, m.display)
        if wrong is None:
            continue
        message, expected = wrong
        out.append((m, Finding(
            path=m.path, line=m.line, column=m.column, rule=rule.id, fact=spec.name,
            severity=spec.severity, message=message, found=m.text, expected=expected, quote=m.quote,
            end_column=m.end_column, quote_column=m.quote_offset + 1)))
    return out


def other_events(facts: list[Fact], specs: dict[tuple[str, str], tuple[Rule, FactSpec]]) -> set[int]:
    """Indexes of mentions in sentences about another event than their rule's."""
    by_sentence: dict[tuple, list[int]] = defaultdict(list)
    for i, fact in enumerate(facts):
        if fact.key in specs:
            by_sentence[fact.path, fact.rule, fact.quote].append(i)
    aside: set[int] = set()
    for indexes in by_sentence.values():
        if len({facts[i].fact for i in indexes}) < 2:
            continue
        if not any(facts[i].kind in ("date", "year") for i in indexes):
            continue  # without another date, wrong figures are errors, not another event
        verdicts = []
        for i in indexes:
            rule, spec = specs[facts[i].key]
            kind = KINDS[spec.kind]
            ref = kind.reference(spec)
            verdicts.append(None if ref is None else kind.matches(facts[i].value, ref, spec))
        if all(v is False for v in verdicts):
            aside.update(indexes)
    return aside


def compare(facts: list[Fact], rules: tuple[Rule, ...], articles: tuple[str, ...],
            times: dict[str, Moment] | None = None) -> tuple[list[Finding], list[Check]]:
    """Findings for every disagreement, and a check per (article, fact) mentioned.
    `times` holds each article's publication time, when known: a figure that
    changes is judged against the figures known at that time (see timeline.py)."""
    times = times or {}
    specs = {(r.id, s.name): (r, s) for r in with_builtin(rules) for s in r.facts}
    order = {path: i for i, path in enumerate(articles)}
    aside = other_events(facts, specs)
    by_key: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for i, fact in enumerate(facts):
        if i not in aside:
            by_key[fact.key].append(fact)
    results: list[tuple[Fact, Finding]] = []
    compared: set[tuple[str, str]] = set()
    for key, mentions in by_key.items():
        if key not in specs:
            continue  # facts extracted with rules that are no longer loaded
        rule, spec = specs[key]
        self_check = KINDS[spec.kind].self_check
        if self_check is not None:
            results.extend(_self_checked(mentions, rule, spec, self_check))
            compared.add(key)
            continue
        ref = KINDS[spec.kind].reference(spec)
        before = len(results)
        if spec.values:
            results.extend(against_sources(mentions, rule, spec))
            compared.add(key)
        elif judged_by_time(spec, mentions, times):
            results.extend(compare_by_time(mentions, rule, spec, ref, times))
            compared.add(key)
        elif ref is not None:
            results.extend(_against_reference(mentions, rule, spec, ref))
            compared.add(key)
        elif len(mentions) > 1:
            results.extend(_by_consensus(mentions, rule, spec, order))
            compared.add(key)
            continue  # mentions compared with each other, in the same article too
        if key in compared and not spec.values:
            flagged = {id(m) for m, _ in results[before:]}
            results.extend(within_articles(mentions, rule, spec, flagged, _finding))
    # A superseded figure (info) was right when published: a note, not a failed check.
    failed = {(f.path, f.rule, f.fact) for _, f in results if f.severity != Severity.INFO}
    checks = []
    for key, mentions in by_key.items():
        for path in sorted({m.path for m in mentions}, key=lambda p: order.get(p, 0)):
            if (path, *key) in failed:
                outcome, reason = Outcome.FAILED, ""
            elif key in compared:
                outcome, reason = Outcome.PASSED, ""
            else:
                outcome, reason = Outcome.SKIPPED, "no expected value and no other mention to compare with"
            checks.append(Check(path, key[0], key[1], outcome, reason))
    checks.sort(key=lambda c: (order.get(c.path, 0), c.rule, c.fact))
    findings = sorted((f for _, f in results), key=lambda f: (order.get(f.path, 0), f.line, f.column, f.rule, f.fact))
    return findings, checks
