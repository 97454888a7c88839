"""Validating a rule file's data: every problem is reported as
`path:line: field: message`, and all of them are gathered before failing. The
rule's own keys here; each fact's in rules/facts.py; shared helpers in
rules/checks.py."""
from __future__ import annotations

import os
from typing import Any

from factlint.errors import did_you_mean
from factlint.model import Severity, Tolerance
from factlint.rules.checks import Problems, _line_of, _string_list, parse_tolerance, template_problem
from factlint.rules.facts import _fact
from factlint.rules.model import DATE_ORDERS, EXAMPLE_KEYS, FACT_KEYS, RULE_KEYS, SCOPE_KEYS, SEVERITIES, Example, Rule, Scope

__all__ = ["DATE_ORDERS", "EXAMPLE_KEYS", "FACT_KEYS", "RULE_KEYS", "SCOPE_KEYS", "Problems", "parse_rule",
           "parse_tolerance", "template_problem"]


def _scope(raw: Any, problems: Problems, line: int) -> Scope:
    if raw is None:
        return Scope()
    if isinstance(raw, (list, str)):
        terms = _string_list(raw, problems, line, "scope")
        return Scope((terms,) if terms else ())
    if not isinstance(raw, dict):
        problems.add(line, "scope", "expected a list of words, or a mapping with any/all/none")
        return Scope()
    for key in raw:
        if key not in SCOPE_KEYS:
            problems.add(_line_of(raw, key, line), f"scope.{key}", "unknown key" + did_you_mean(key, SCOPE_KEYS))
    groups: list[tuple[str, ...]] = []
    if "any" in raw:
        groups.append(_string_list(raw["any"], problems, _line_of(raw, "any", line), "scope.any"))
    if "all" in raw:
        all_line = _line_of(raw, "all", line)
        if not isinstance(raw["all"], list) or not raw["all"]:
            problems.add(all_line, "scope.all", "expected a list; each item a word or a list of alternatives")
        else:
            for item in raw["all"]:
                groups.append(_string_list(item, problems, all_line, "scope.all"))
    exclude = _string_list(raw["none"], problems, _line_of(raw, "none", line), "scope.none") if "none" in raw else ()
    return Scope(tuple(g for g in groups if g), exclude)


def _examples(raw: Any, problems: Problems, line: int) -> tuple[Example, ...]:
    if not isinstance(raw, dict):
        problems.add(line, "examples", "expected a mapping with 'pass' and/or 'fail' lists of passages")
        return ()
    examples: list[Example] = []
    for key in raw:
        if key not in EXAMPLE_KEYS:
            problems.add(_line_of(raw, key, line), f"examples.{key}", "unknown key" + did_you_mean(key, EXAMPLE_KEYS))
    for expect in EXAMPLE_KEYS:
        if expect not in raw:
            continue
        key_line = _line_of(raw, expect, line)
        passages = raw[expect]
        if not isinstance(passages, list) or not passages:
            problems.add(key_line, f"examples.{expect}", "expected a list of passages (strings)")
            continue
        lines = getattr(passages, "item_lines", [key_line] * len(passages))
        for number, (passage, item_line) in enumerate(zip(passages, lines), 1):
            if not isinstance(passage, str) or not passage.strip():
                problems.add(item_line, f"examples.{expect}[{number}]", "expected a non-empty passage (a string)")
            else:
                examples.append(Example(expect, number, item_line, passage))
    return tuple(examples)


def parse_rule(data: Any, path: str, problems: Problems, default_tolerance: Tolerance = Tolerance(),
               date_order: str | None = None) -> Rule | None:
    """Validate one rule file's data; problems go to `problems`. Facts that set no
    tolerance get `default_tolerance` where their kind can take it."""
    stem = os.path.splitext(os.path.basename(path))[0]
    if data is None:
        problems.add(1, "", "empty rule file")
        return None
    if not isinstance(data, dict):
        problems.add(getattr(data, "line", 1) or 1, "", "expected a mapping with 'facts'")
        return None
    for key in data:
        if key not in RULE_KEYS:
            problems.add(_line_of(data, key, 1), str(key), "unknown key" + did_you_mean(key, RULE_KEYS))
    rule_id = data.get("id", stem)
    if not isinstance(rule_id, str) or not rule_id.strip():
        problems.add(_line_of(data, "id", 1), "id", "expected a non-empty string")
        rule_id = stem
    severity = data.get("severity", Severity.ERROR.value)
    if severity not in SEVERITIES:
        problems.add(_line_of(data, "severity", 1), "severity",
                     f"expected one of {', '.join(SEVERITIES)}, got {severity!r}")
        severity = Severity.ERROR.value
    for key in ("description", "message"):
        if key in data and not isinstance(data[key], str):
            problems.add(_line_of(data, key, 1), key, "expected a string")
    if isinstance(data.get("message"), str) and template_problem(data["message"]):
        problems.add(_line_of(data, "message", 1), "message", template_problem(data["message"]) or "")
    date_order = data.get("date-order", date_order)  # the rule file's own wins over the configuration's
    if date_order is not None and date_order not in DATE_ORDERS:
        problems.add(_line_of(data, "date-order", 1), "date-order",
                     f"expected mdy (01/02/2024 is January 2) or dmy (1 February), got {date_order!r}")
        date_order = None
    scope = _scope(data.get("scope"), problems, _line_of(data, "scope", 1))
    examples = _examples(data["examples"], problems, _line_of(data, "examples", 1)) if "examples" in data else ()
    raw_facts = data.get("facts")
    if not isinstance(raw_facts, dict) or not raw_facts:
        problems.add(_line_of(data, "facts", 1), "facts", "missing or empty; a rule needs at least one fact")
        return None
    facts = []
    for name, raw in raw_facts.items():
        before = len(problems.items)
        sub = Problems(path)
        spec = _fact(str(name), raw, Severity(severity), sub, _line_of(raw_facts, name, 1), {str(n) for n in raw_facts},
                     default_tolerance, date_order)
        problems.items.extend(sub.items)
        if spec is not None and len(problems.items) == before:
            facts.append(spec)
    if problems.items:
        return None
    return Rule(rule_id, path, str(data.get("description", "")), Severity(severity),
                data.get("message"), scope, tuple(facts), _line_of(data, "id", 1), examples)

