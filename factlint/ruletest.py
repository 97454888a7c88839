"""Testing the rules themselves: each rule's `examples`, and rules that match nothing.

Each example passage is read alone, as one article, against its own rule only
(not the other rules, not the built-in unit-conversion check). A `pass`
example must give the rule at least one fact and no finding, so a rule that
silently matches nothing fails its pass examples; a `fail` example must give
at least one finding of the rule.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from factlint.compare.compare import compare
from factlint.errors import RuleError
from factlint.extract.extract import extract_facts
from factlint.model import Fact, Finding, Report
from factlint.read.document import make_document
from factlint.reporters.text import format_finding
from factlint.rules import Example, Rule, load_rule_file, load_rules

EXAMPLE_PATH = "example"  # the passage's name in the findings a failed example shows


@dataclass(frozen=True)
class ExampleResult:
    rule: Rule
    example: Example
    facts: tuple[Fact, ...]
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        if self.example.expect == "pass":
            return bool(self.facts) and not self.findings
        return bool(self.findings)

    @property
    def name(self) -> str:
        return f"{self.rule.id} {self.example.expect} example #{self.example.number}"

    def problem(self) -> str:
        """Why the example failed, in one line."""
        if self.example.expect == "fail":
            return "expected a finding of this rule, got none"
        if not self.facts:
            return "expected a fact of this rule, got none: the rule matched nothing"
        return f"expected no finding, got {len(self.findings)}"


def load_rule_paths(paths: tuple[str, ...]) -> tuple[Rule, ...]:
    """The rules of each rules folder or single rule file; all problems at once."""
    rules: list[Rule] = []
    problems: list[object] = []  # Problem records and the strings a RuleError holds
    for path in paths:
        try:
            if os.path.isfile(path):
                rule, found = load_rule_file(path)
                problems.extend(found)
                rules.extend([rule] if rule else [])
            else:
                rules.extend(load_rules(path))
        except RuleError as exc:
            problems.extend(exc.problems)
    if problems:
        raise RuleError(problems)
    return tuple(rules)


def run_example(rule: Rule, example: Example) -> ExampleResult:
    doc = make_document(EXAMPLE_PATH, example.text)
    facts = [f for f in extract_facts(doc, (rule,)) if f.rule == rule.id]
    findings, _ = compare(facts, (rule,), (doc.path,))
    return ExampleResult(rule, example, tuple(facts), tuple(findings))


def run_examples(rules: tuple[Rule, ...]) -> list[ExampleResult]:
    """Every example of every rule, in rule order, pass examples first."""
    return [run_example(rule, example) for rule in rules for example in rule.examples]


def _failure(result: ExampleResult) -> list[str]:
    lines = [f"{result.rule.path}:{result.example.line}: {result.name}: {result.problem()}",
             f"    passage: {result.example.text.strip()}"]
    if result.facts:
        lines.append("    extracted:")
        lines.extend(f"      {f.line}:{f.column} {f.fact} = {f.display}" + (f", written {f.text!r}" if f.text != f.display else "")
                     for f in result.facts)
    else:
        lines.append("    extracted: nothing")
    for finding in result.findings:
        lines.extend(f"    {line}" for line in format_finding(finding))
    return lines


def render(rules: tuple[Rule, ...], results: list[ExampleResult]) -> str:
    """The test-rules report: a line per example, failures, a closing tally."""
    width = max((len(r.name) for r in results), default=0)
    out = [f"factlint test-rules: {len(rules)} rule{'s' if len(rules) != 1 else ''}, "
           f"{len(results)} example{'s' if len(results) != 1 else ''}"]
    if results:
        out.append("")
        out.extend(f"{r.name.ljust(width)}  {'ok' if r.ok else 'FAILED'}" for r in results)
    without = [rule.id for rule in rules if not rule.examples]
    if without:
        out += ["", f"no examples: {', '.join(without)}"]
    failed = [r for r in results if not r.ok]
    if failed:
        out += ["", " FAILURES ".center(72, "=")]
        for result in failed:
            out.append("")
            out.extend(_failure(result))
        out += ["", "=" * 72]
    out += ["", f"{len(results) - len(failed)} passed, {len(failed)} failed"]
    return "\n".join(out) + "\n"


def unused_rules(rules: tuple[Rule, ...], report: Report, sentences: dict[str, list[str]] | None = None) -> list[str]:
    """A warning for each rule none of whose facts was found in any article:
    a misspelt scope word or trigger switches a rule off without any error.
    With the articles' `sentences` (path -> texts), each warning says why."""
    matched = {f.rule for f in report.facts}
    n = len(report.articles)
    return [f"rule {rule.id!r} ({rule.path}) matched nothing in {n} article{'' if n == 1 else 's'}"
            + (f": {why_unused(rule, report, sentences)}" if sentences is not None else "")
            for rule in rules if rule.id not in matched]


def why_unused(rule: Rule, report: Report, sentences: dict[str, list[str]]) -> str:
    """Why a rule found nothing: no sentence has its scope words; or the sentences
    in scope have none of its triggers; or their values went to another rule."""
    from factlint.prose.terms import has_term

    in_scope = [text for texts in sentences.values() for text in texts if rule.scope.hits(text) is not None]
    if not in_scope:
        words = "; ".join(" | ".join(group) for group in rule.scope.groups)
        return f"no sentence has its scope words ({words})"
    triggers = tuple(t for spec in rule.facts for t in spec.triggers)
    with_trigger = [text for text in in_scope if not triggers or has_term(triggers, text)]
    if not with_trigger:
        return (f"{len(in_scope)} sentence{'s' * (len(in_scope) != 1)} in scope, none with a trigger "
                f"({', '.join(triggers[:6])}{', …' if len(triggers) > 6 else ''})")
    taken = sorted({f.rule for f in report.facts if f.rule != rule.id and f.quote in with_trigger})
    if taken:
        return (f"the values of its {len(with_trigger)} sentence{'s' * (len(with_trigger) != 1)} with scope and "
                f"trigger words were taken by {', '.join(repr(r) for r in taken)}")
    return (f"{len(with_trigger)} sentence{'s' * (len(with_trigger) != 1)} with scope and trigger words, "
            f"but no value of its kind near a trigger (see `window`)")


def describe_rules(rules: tuple[Rule, ...], fmt: str = "text") -> str:
    """`factlint rules`: each rule with its scope, its facts, their expected values
    and severities, as text (like `ruff rule`) or JSON."""
    if fmt == "json":
        import json

        data = [{"id": r.id, "path": r.path, "description": r.description, "severity": r.severity,
                 "scope": {"all": [list(g) for g in r.scope.groups], "none": list(r.scope.exclude)},
                 "facts": [{"name": s.name, "kind": s.kind, "triggers": list(s.triggers),
                            "expected": s.expected_text, "tolerance": s.tolerance.describe(),
                            "accepted": list(s.options.get("accepted") or ()),
                            "wrong": list(s.options.get("wrong") or ()),
                            "severity": s.severity, "part_of": s.part_of} for s in r.facts],
                 "examples": len(r.examples)} for r in rules]
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    blocks = []
    for rule in rules:
        lines = [f"{rule.id}  ({rule.path}:{rule.line})"]
        if rule.description:
            lines.append(f"  {rule.description}")
        if rule.scope.groups:
            lines.append("  scope:   " + " AND ".join("(" + " | ".join(g) + ")" for g in rule.scope.groups))
        if rule.scope.exclude:
            lines.append("  not:     " + " | ".join(rule.scope.exclude))
        for spec in rule.facts:
            accepted, wrong = spec.options.get("accepted") or (), spec.options.get("wrong") or ()
            expected = spec.expected_text if spec.expected_text is not None else \
                " / ".join(accepted) if accepted else "(none: articles must agree)"
            lines.append(f"  {rule.id}.{spec.name}  [{spec.kind}, {spec.severity}]")
            if spec.options.get("person"):
                lines.append(f"      person:    {spec.options['person']}")
            lines.append(f"      expected:  {expected}")
            if wrong:
                lines.append(f"      wrong:     {' / '.join(wrong)}")
            if spec.tolerance.relative or spec.tolerance.absolute:
                lines.append(f"      tolerance: {spec.tolerance.describe()}")
            if spec.triggers:
                lines.append(f"      triggers:  {', '.join(spec.triggers)}")
            if spec.part_of:
                lines.append(f"      part of:   {spec.part_of}")
        lines.append(f"  examples: {len(rule.examples)}")
        blocks.append("\n".join(lines))
    n = len(rules)
    return "\n\n".join(blocks) + f"\n\n{n} rule{'' if n == 1 else 's'}\n"
