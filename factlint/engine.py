"""The one place that chains the steps: discover, read, extract, compare."""
from __future__ import annotations

from factlint import conversions
from factlint.compare import compare
from factlint.documents import BinaryFile, read_document
from factlint.extract import extract_facts
from factlint.files import discover
from factlint.model import Fact, Report
from factlint.rules import Rule
from factlint.selection import Selection


def extract_paths(paths: list[str], rules: tuple[Rule, ...],
                  selection: Selection = Selection()) -> tuple[tuple[str, ...], list[Fact], list[str]]:
    """Read and extract every article: (article paths, facts, warnings)."""
    articles: list[str] = []
    facts: list[Fact] = []
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
        facts.extend(f for f in extract_facts(doc, rules) if conversions_selected or f.rule != conversions.RULE_ID)
    return tuple(articles), facts, warnings


def check_paths(paths: list[str], rules: tuple[Rule, ...], selection: Selection = Selection()) -> Report:
    """Check every article under `paths` against the selected `rules` and each other."""
    rules = selection.pick_rules(rules)
    articles, facts, warnings = extract_paths(paths, rules, selection)
    findings, checks = compare(facts, rules, articles)
    findings, checks = selection.apply_path_ignores(findings, checks)
    return Report(articles, tuple(facts), tuple(checks), tuple(findings),
                  tuple(r.id for r in rules), tuple(warnings))
