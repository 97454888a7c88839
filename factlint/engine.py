"""The one place that chains the steps: discover, read, extract, compare."""
from __future__ import annotations

from factlint.compare import compare
from factlint.extract import extract_facts
from factlint.files import discover
from factlint.model import Fact, Report, RunError
from factlint.reading import ReadOptions, read_article, replaced_by_stdin
from factlint.rules import Rule


def extract_paths(paths: list[str], rules: tuple[Rule, ...], options: ReadOptions = ReadOptions(),
                  ) -> tuple[tuple[str, ...], list[Fact], list[str], list[RunError]]:
    """Read and extract every article: (article paths, facts, warnings, errors).
    A file that is skipped or cannot be read is not an article; the run goes on."""
    articles: list[str] = []
    facts: list[Fact] = []
    warnings: list[str] = []
    errors: list[RunError] = []
    for path in replaced_by_stdin(discover(paths), options):
        doc = read_article(path, options, warnings, errors)
        if doc is None:
            continue
        articles.append(doc.path)
        warnings.extend(doc.warnings)
        facts.extend(extract_facts(doc, rules, errors))
    return tuple(articles), facts, warnings, errors


def check_paths(paths: list[str], rules: tuple[Rule, ...], options: ReadOptions = ReadOptions()) -> Report:
    """Check every article under `paths` against `rules` and each other."""
    articles, facts, warnings, errors = extract_paths(paths, rules, options)
    findings, checks = compare(facts, rules, articles)
    return Report(articles, tuple(facts), tuple(checks), tuple(findings),
                  tuple(r.id for r in rules), tuple(warnings), tuple(errors))
