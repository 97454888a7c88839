"""Applying inline suppressions (read by factlint.read.directives): a line `factlint: ignore[RULE, ...] reason: WHY` (or the
same inside an HTML comment) silences those rules for the paragraph after it.

Two steps, like extract and compare: `find_suppressions` reads one article's
suppression lines into plain records; `apply_suppressions` runs after compare,
turns each silenced finding's check into "skipped" with the reason, and reports
suppressions that are unreadable, have no reason, name an unknown rule or
silence nothing.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from factlint.errors import did_you_mean
from factlint.model import Check, Finding, Outcome, Severity, Suppression
from factlint.read.directives import FORM
from factlint.rules import Rule
from factlint.rules.builtin import with_builtin

RULE_ID = "suppression"
# fact -> severity of the findings about suppressions themselves
UNUSED, UNKNOWN_RULE, MISSING_REASON, SYNTAX = "unused", "unknown-rule", "missing-reason", "syntax"
SEVERITY = {UNUSED: Severity.WARNING, UNKNOWN_RULE: Severity.WARNING, MISSING_REASON: Severity.ERROR, SYNTAX: Severity.ERROR}

def _known_rules(rules: Iterable[Rule]) -> dict[str, set[str]]:
    return {rule.id: {spec.name for spec in rule.facts} for rule in with_builtin(tuple(rules))}


def _unknown(name: str, known: dict[str, set[str]]) -> str:
    """Why a suppression id names nothing that can be silenced; "" when it does."""
    if name in known:
        return ""
    if name == "*":
        return "ignore[*] is not allowed: name each rule to silence"
    rule, dot, fact = name.rpartition(".")
    if dot and rule in known:
        if fact in known[rule]:
            return ""
        return f"suppression names fact {fact!r}, which rule {rule!r} does not have{did_you_mean(fact, known[rule])}"
    return f"suppression names unknown rule {name!r}{did_you_mean(name, set(known))}"


def _silences(name: str, finding: Finding) -> bool:
    return name in (finding.rule, f"{finding.rule}.{finding.fact}")


def _about(s: Suppression, fact: str, message: str, found: str, column: int) -> Finding:
    """A finding about a suppression line, underlining `found` at `column`."""
    return Finding(path=s.path, line=s.line, column=column, rule=RULE_ID, fact=fact, severity=SEVERITY[fact],
                   message=message, found=found, expected=None, quote=s.text,
                   end_column=column + len(found), quote_column=column - s.column + 1)


def _reason(s: Suppression) -> str:
    return f"suppressed: {s.reason}" if s.reason else "suppressed"


def _unused(s: Suppression, name: str, column: int) -> Finding:
    lines = f"{s.first_line}–{s.last_line}" if s.last_line > s.first_line else str(s.first_line)
    why = f"no {name} finding in the paragraph it covers (line {lines})" if s.first_line else "no paragraph follows it"
    return _about(s, UNUSED, f"unused suppression: {why}", name, column)


def _read(suppressions: Iterable[Suppression], known: dict[str, set[str]]
          ) -> tuple[list[Finding], list[tuple[Suppression, str, int]]]:
    """Findings about unreadable, reasonless and unknown suppressions, and the
    (suppression, id, column) of every id that can silence something."""
    problems: list[Finding] = []
    active: list[tuple[Suppression, str, int]] = []
    for s in suppressions:
        if s.error:
            problems.append(_about(s, SYNTAX, f"unreadable suppression: {s.error}", s.text, s.column))
            continue
        if not s.reason:
            problems.append(_about(s, MISSING_REASON, f"suppression without a reason; write {FORM}", s.text, s.column))
        for name, column in s.rules:
            why = _unknown(name, known)
            if why:
                problems.append(_about(s, UNKNOWN_RULE, why, name, column))
            else:
                active.append((s, name, column))
    return problems, active


def skip_checks(checks: Iterable[Check], kept: Iterable[Finding], silenced: list[tuple[Finding, str]]) -> list[Check]:
    """Checks whose every finding was silenced become "skipped", giving the reasons."""
    failing = {(f.path, f.rule, f.fact) for f in kept}
    reasons: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for finding, reason in silenced:
        key = (finding.path, finding.rule, finding.fact)
        if reason not in reasons[key]:
            reasons[key].append(reason)
    out = []
    for check in checks:
        key = (check.path, check.rule, check.fact)
        if check.outcome == Outcome.FAILED and key in reasons and key not in failing:
            check = Check(*key, Outcome.SKIPPED, "; ".join(reasons[key]))
        out.append(check)
    return out


def apply_suppressions(findings: Iterable[Finding], checks: Iterable[Check], suppressions: Iterable[Suppression],
                       rules: Iterable[Rule], articles: tuple[str, ...]) -> tuple[list[Finding], list[Check], int]:
    """Silence the findings the suppressions cover: (findings left, with findings about
    the suppressions themselves; checks; how many findings were silenced)."""
    problems, active = _read(suppressions, _known_rules(rules))
    by_path: dict[str, list[tuple[Suppression, str, int]]] = defaultdict(list)
    for item in active:
        by_path[item[0].path].append(item)
    used: set[tuple[str, int, int]] = set()  # (path, line, column) of each id that silenced something
    kept: list[Finding] = []
    silenced: list[tuple[Finding, str]] = []
    for finding in findings:
        covering = [(s, name, column) for s, name, column in by_path[finding.path]
                    if s.first_line <= finding.line <= s.last_line and _silences(name, finding)]
        if covering:
            used.update((s.path, s.line, column) for s, _, column in covering)
            silenced.append((finding, "; ".join(dict.fromkeys(_reason(s) for s, _, _ in covering))))
        else:
            kept.append(finding)
    problems += [_unused(s, name, column) for s, name, column in active if (s.path, s.line, column) not in used]
    order = {path: i for i, path in enumerate(articles)}
    kept = sorted(kept + problems, key=lambda f: (order.get(f.path, 0), f.line, f.column, f.rule, f.fact))
    checks = skip_checks(checks, kept, silenced)
    checks += {Check(f.path, f.rule, f.fact, Outcome.FAILED) for f in problems}
    checks.sort(key=lambda c: (order.get(c.path, 0), c.rule, c.fact))
    return kept, checks, len(silenced)
