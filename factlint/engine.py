"""The one place that chains the steps: discover, read, extract, compare."""
from __future__ import annotations

from typing import Iterable, Iterator

from factlint.compare import compare
from factlint.files import discover
from factlint.model import Fact, Report
from factlint.results import ArticleResult
from factlint.rules import Rule
from factlint.workers import extract_files


def extract_paths(paths: list[str], rules: tuple[Rule, ...], jobs: int = 1,
                  cache_dir: str | None = None) -> Iterator[ArticleResult]:
    """Read and extract every file under `paths`, in order, one result each."""
    return extract_files(discover(paths), rules, jobs, cache_dir)


def build_report(results: Iterable[ArticleResult], rules: tuple[Rule, ...]) -> Report:
    """Compare the extracted results: findings and checks for every article."""
    articles: list[str] = []
    facts: list[Fact] = []
    warnings: list[str] = []
    for result in results:
        warnings.extend(result.warnings)
        if result.article:  # a file that is not text is not counted
            articles.append(result.path)
            facts.extend(result.facts)
    findings, checks = compare(facts, rules, tuple(articles))
    return Report(tuple(articles), tuple(facts), tuple(checks), tuple(findings),
                  tuple(r.id for r in rules), tuple(warnings))


def check_paths(paths: list[str], rules: tuple[Rule, ...], jobs: int = 1, cache_dir: str | None = None) -> Report:
    """Check every article under `paths` against `rules` and each other."""
    return build_report(extract_paths(paths, rules, jobs, cache_dir), rules)
