"""The one place that chains the steps: discover, read, extract, compare,
then apply suppressions and the baseline."""
from __future__ import annotations

from factlint import conversions
from factlint.baseline import Baseline, apply_baseline
from factlint.compare import compare
from factlint.extract import extract_article
from factlint.files import discover
from factlint.model import Fact, Report, RuleFact, RunError, Suppression
from factlint.reading import ReadOptions, read_article, replaced_by_stdin
from factlint.rules import Rule
from factlint.selection import Selection
from factlint.suppressions import apply_suppressions


def extract_paths(paths: list[str], rules: tuple[Rule, ...], selection: Selection = Selection(),
                  options: ReadOptions = ReadOptions(),
                  ) -> tuple[tuple[str, ...], list[Fact], list[Suppression], list[str], list[RunError]]:
    """Read and extract every article: (article paths, facts, suppressions, warnings, errors).
    A file that is skipped or cannot be read is not an article; the run goes on."""
    articles: list[str] = []
    facts: list[Fact] = []
    suppressions: list[Suppression] = []
    warnings: list[str] = []
    errors: list[RunError] = []
    conversions_selected = selection.selects(conversions.RULE_ID)
    for path in replaced_by_stdin(discover(paths, selection.include, selection.exclude), options):
        doc = read_article(path, options, warnings, errors)
        if doc is None:
            continue
        articles.append(doc.path)
        warnings.extend(doc.warnings)
        article_facts, article_suppressions = extract_article(doc, rules, errors)
        facts.extend(f for f in article_facts if conversions_selected or f.rule != conversions.RULE_ID)
        suppressions.extend(article_suppressions)
    return tuple(articles), facts, suppressions, warnings, errors


def check_paths(paths: list[str], rules: tuple[Rule, ...], selection: Selection = Selection(),
                baseline: Baseline | None = None, options: ReadOptions = ReadOptions()) -> Report:
    """Check every article under `paths` against the selected `rules` and each other;
    leave out what inline suppressions silence, what per-path-ignores ignore and
    what `baseline` already holds."""
    rules = selection.pick_rules(rules)
    articles, facts, suppressions, warnings, errors = extract_paths(paths, rules, selection, options)
    findings, checks = compare(facts, rules, articles)
    findings, checks, suppressed = apply_suppressions(findings, checks, suppressions, rules, articles)
    findings, checks = selection.apply_path_ignores(findings, checks)
    report = Report(articles, tuple(facts), tuple(checks), tuple(findings),
                    tuple(r.id for r in rules), tuple(warnings), suppressed=suppressed,
                    rule_facts=rule_facts(rules), errors=tuple(errors))
    return apply_baseline(report, baseline) if baseline else report


def rule_facts(rules: tuple[Rule, ...]) -> tuple[RuleFact, ...]:
    """Every fact the rules check, and the built-in conversion check, sorted."""
    described = [RuleFact(r.id, spec.name, r.description or r.id, spec.severity) for r in rules for spec in r.facts]
    described.append(RuleFact(conversions.RULE_ID, conversions.FACT, conversions.DESCRIPTION, conversions.SEVERITY))
    return tuple(sorted(described, key=lambda d: (d.rule, d.fact)))
