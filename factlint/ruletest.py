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


def unused_rules(rules: tuple[Rule, ...], report: Report) -> list[str]:
    """A warning for each rule none of whose facts was found in any article:
    a misspelt scope word or trigger switches a rule off without any error."""
    matched = {f.rule for f in report.facts}
    n = len(report.articles)
    return [f"rule {rule.id!r} ({rule.path}) matched nothing in {n} article{'' if n == 1 else 's'}"
            for rule in rules if rule.id not in matched]
