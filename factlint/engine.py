"""The one place that chains the steps: discover, read, extract, compare."""
from __future__ import annotations

from factlint import conversions
from factlint.compare import compare
from factlint.documents import BinaryFile, read_document
from factlint.extract import extract_facts
from factlint.files import discover
from factlint.model import Fact, Report, RuleFact
from factlint.rules import Rule


def extract_paths(paths: list[str], rules: tuple[Rule, ...]) -> tuple[tuple[str, ...], list[Fact], list[str]]:
    """Read and extract every article: (article paths, facts, warnings)."""
    articles: list[str] = []
    facts: list[Fact] = []
    warnings: list[str] = []
    for path in discover(paths):
        try:
            doc = read_document(path)
        except BinaryFile as exc:
            warnings.append(str(exc))  # not an article: say so, do not count it
            continue
        articles.append(path)
        warnings.extend(doc.warnings)
        facts.extend(extract_facts(doc, rules))
    return tuple(articles), facts, warnings


def check_paths(paths: list[str], rules: tuple[Rule, ...]) -> Report:
    """Check every article under `paths` against `rules` and each other."""
    articles, facts, warnings = extract_paths(paths, rules)
    findings, checks = compare(facts, rules, articles)
    return Report(articles, tuple(facts), tuple(checks), tuple(findings),
                  tuple(r.id for r in rules), tuple(warnings), rule_facts(rules))


def rule_facts(rules: tuple[Rule, ...]) -> tuple[RuleFact, ...]:
    """Every fact the rules check, and the built-in conversion check, sorted."""
    described = [RuleFact(r.id, spec.name, r.description or r.id, spec.severity) for r in rules for spec in r.facts]
    described.append(RuleFact(conversions.RULE_ID, conversions.FACT, conversions.DESCRIPTION, conversions.SEVERITY))
    return tuple(sorted(described, key=lambda d: (d.rule, d.fact)))
