"""The one place that chains the steps: discover, read, extract, compare,
then apply suppressions and the baseline."""
from __future__ import annotations

from factlint.baseline import Baseline, apply_baseline
from factlint.compare import compare
from factlint.documents import BinaryFile, read_document
from factlint.extract import extract_article
from factlint.files import discover
from factlint.model import Fact, Report, Suppression
from factlint.rules import Rule
from factlint.suppressions import apply_suppressions


def extract_paths(paths: list[str], rules: tuple[Rule, ...]
                  ) -> tuple[tuple[str, ...], list[Fact], list[Suppression], list[str]]:
    """Read and extract every article: (article paths, facts, suppressions, warnings)."""
    articles: list[str] = []
    facts: list[Fact] = []
    suppressions: list[Suppression] = []
    warnings: list[str] = []
    for path in discover(paths):
        try:
            doc = read_document(path)
        except BinaryFile as exc:
            warnings.append(str(exc))  # not an article: say so, do not count it
            continue
        articles.append(path)
        warnings.extend(doc.warnings)
        article_facts, article_suppressions = extract_article(doc, rules)
        facts.extend(article_facts)
        suppressions.extend(article_suppressions)
    return tuple(articles), facts, suppressions, warnings


def check_paths(paths: list[str], rules: tuple[Rule, ...], baseline: Baseline | None = None) -> Report:
    """Check every article under `paths` against `rules` and each other; leave out
    what inline suppressions silence and what `baseline` already holds."""
    articles, facts, suppressions, warnings = extract_paths(paths, rules)
    findings, checks = compare(facts, rules, articles)
    findings, checks, suppressed = apply_suppressions(findings, checks, suppressions, rules, articles)
    report = Report(articles, tuple(facts), tuple(checks), tuple(findings),
                    tuple(r.id for r in rules), tuple(warnings), suppressed=suppressed)
    return apply_baseline(report, baseline) if baseline else report
