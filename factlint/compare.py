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

from collections import defaultdict
from typing import Any

from factlint import conversions
from factlint.kinds import KINDS
from factlint.model import Check, Fact, Finding, Related
from factlint.rules import FactSpec, Rule

MAX_RELATED = 5


class _Template(dict):
    """str.format_map helper: unknown placeholders stay as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _related(facts: list[Fact], exclude: Fact) -> tuple[Related, ...]:
    others = [f for f in facts if f is not exclude]
    # Other articles first: they are what the finding is about.
    others.sort(key=lambda f: (f.path == exclude.path, f.path, f.line, f.column))
    return tuple(Related(f.path, f.line, f.column, f.display) for f in others[:MAX_RELATED])


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
    agreeing = [m for m in mentions if kind.matches(m.value, ref, spec)]
    agreeing_ids = {id(m) for m in agreeing}
    out = []
    for m in mentions:
        if id(m) in agreeing_ids:
            continue
        out.append((m, _finding(m, rule, spec, kind.explain(m.value, ref, spec), expected, _related(agreeing, m))))
    return out


def _by_consensus(mentions: list[Fact], rule: Rule, spec: FactSpec, order: dict[str, int]) -> list[tuple[Fact, Finding]]:
    kind = KINDS[spec.kind]
    mentions = sorted(mentions, key=lambda f: (order.get(f.path, 0), f.line, f.column))
    agrees = {(i, j): kind.agree(a.value, b.value, spec)
              for i, a in enumerate(mentions) for j, b in enumerate(mentions)}
    support = [len({mentions[j].path for j in range(len(mentions)) if agrees[i, j]}) for i in range(len(mentions))]
    top = max(range(len(mentions)), key=lambda i: (support[i], -i))
    indices = range(len(mentions))
    flagged: dict[int, list[Fact]] = {}
    for i in indices:
        if agrees[i, top]:
            continue
        flagged[i] = [mentions[j] for j in indices if agrees[top, j]]
        if support[i] >= support[top]:
            # A tie: no side has a majority, so the top value is flagged as well.
            against_top = flagged.setdefault(top, [])
            against_top.extend(mentions[j] for j in indices if agrees[i, j] and mentions[j] not in against_top)
    out = []
    for i, others in sorted(flagged.items()):
        m = mentions[i]
        against = [o for o in others if o is not m]
        values = sorted({o.display for o in against})
        other_articles = {o.path for o in against if o.path != m.path}
        if other_articles:
            n = len(other_articles)
            where = f"{n} other article{' says' if n == 1 else 's say'}"
        else:
            where = "elsewhere in this article it is"
        tie = support[i] >= support[top]
        detail = f"{spec.name} is {m.display}, but {where} {' / '.join(values)}" + (" (no majority)" if tie else "")
        out.append((m, _finding(m, rule, spec, detail, " / ".join(values) or None, _related(against, m))))
    return out


def _conversion_findings(mentions: list[Fact]) -> list[tuple[Fact, Finding]]:
    out = []
    for m in mentions:
        if m.value["consistent"]:
            continue
        expected = conversions.expected_conversion(m.value)
        message = f"unit conversion: {m.display} does not add up; {expected}"
        out.append((m, Finding(
            path=m.path, line=m.line, column=m.column, rule=conversions.RULE_ID, fact=conversions.FACT,
            severity=conversions.SEVERITY, message=message, found=m.text, expected=expected, quote=m.quote,
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


def compare(facts: list[Fact], rules: tuple[Rule, ...], articles: tuple[str, ...]) -> tuple[list[Finding], list[Check]]:
    """Findings for every disagreement, and a check per (article, fact) mentioned."""
    specs = {(r.id, s.name): (r, s) for r in rules for s in r.facts}
    order = {path: i for i, path in enumerate(articles)}
    aside = other_events(facts, specs)
    by_key: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for i, fact in enumerate(facts):
        if i not in aside:
            by_key[fact.key].append(fact)
    results: list[tuple[Fact, Finding]] = []
    compared: set[tuple[str, str]] = set()
    for key, mentions in by_key.items():
        if key == (conversions.RULE_ID, conversions.FACT):
            results.extend(_conversion_findings(mentions))
            compared.add(key)
            continue
        if key not in specs:
            continue  # facts extracted with rules that are no longer loaded
        rule, spec = specs[key]
        ref = KINDS[spec.kind].reference(spec)
        if ref is not None:
            results.extend(_against_reference(mentions, rule, spec, ref))
            compared.add(key)
        elif len(mentions) > 1:
            results.extend(_by_consensus(mentions, rule, spec, order))
            compared.add(key)
    failed = {(f.path, f.rule, f.fact) for f, _ in results}
    checks = []
    for key, mentions in by_key.items():
        for path in sorted({m.path for m in mentions}, key=lambda p: order.get(p, 0)):
            if (path, *key) in failed:
                outcome, reason = "failed", ""
            elif key in compared:
                outcome, reason = "passed", ""
            else:
                outcome, reason = "skipped", "no expected value and no other mention to compare with"
            checks.append(Check(path, key[0], key[1], outcome, reason))
    checks.sort(key=lambda c: (order.get(c.path, 0), c.rule, c.fact))
    findings = sorted((f for _, f in results), key=lambda f: (order.get(f.path, 0), f.line, f.column, f.rule, f.fact))
    return findings, checks
