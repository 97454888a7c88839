"""The one place that chains the steps: discover, read, extract, compare,
then apply suppressions and the baseline."""
from __future__ import annotations

from factlint import conversions
from factlint.baseline import Baseline, apply_baseline
from factlint.compare import compare
from factlint.documents import BinaryFile, read_document
from factlint.extract import extract_article
from factlint.files import discover
from factlint.model import Fact, Report, RuleFact, Suppression
from factlint.rules import Rule
from factlint.selection import Selection
from factlint.suppressions import apply_suppressions


def extract_paths(paths: list[str], rules: tuple[Rule, ...], selection: Selection = Selection()
                  ) -> tuple[tuple[str, ...], list[Fact], list[Suppression], list[str]]:
    """Read and extract every article: (article paths, facts, suppressions, warnings)."""
    articles: list[str] = []
    facts: list[Fact] = []
    suppressions: list[Suppression] = []
    warnings: list[str] = []
    conversions_selected = selection.selects(conversions.RULE_ID)
    for path in discover(paths, selection.include, selection.exclude):
        try:
            doc = read_document(path)
        except BinaryFile as exc:
            warnings.append(str(exc))  # not an article: say so, do not count it
            continue
        articles.append(path)
        warnings.extend(doc.warnings)
        article_facts, article_suppressions = extract_article(doc, rules)
        facts.extend(f for f in article_facts if conversions_selected or f.rule != conversions.RULE_ID)
        suppressions.extend(article_suppressions)
    return tuple(articles), facts, suppressions, warnings


def check_paths(paths: list[str], rules: tuple[Rule, ...], selection: Selection = Selection(),
                baseline: Baseline | None = None) -> Report:
    """Check every article under `paths` against the selected `rules` and each other;
    leave out what inline suppressions silence, what per-path-ignores ignore and
    what `baseline` already holds."""
    rules = selection.pick_rules(rules)
    articles, facts, suppressions, warnings = extract_paths(paths, rules, selection)
    findings, checks = compare(facts, rules, articles)
    findings, checks, suppressed = apply_suppressions(findings, checks, suppressions, rules, articles)
    findings, checks = selection.apply_path_ignores(findings, checks)
    report = Report(articles, tuple(facts), tuple(checks), tuple(findings),
                    tuple(r.id for r in rules), tuple(warnings), suppressed=suppressed,
                    rule_facts=rule_facts(rules))
    return apply_baseline(report, baseline) if baseline else report


def rule_facts(rules: tuple[Rule, ...]) -> tuple[RuleFact, ...]:
    """Every fact the rules check, and the built-in conversion check, sorted."""
    described = [RuleFact(r.id, spec.name, r.description or r.id, spec.severity) for r in rules for spec in r.facts]
    described.append(RuleFact(conversions.RULE_ID, conversions.FACT, conversions.DESCRIPTION, conversions.SEVERITY))
    return tuple(sorted(described, key=lambda d: (d.rule, d.fact)))
