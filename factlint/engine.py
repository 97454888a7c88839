"""The one place that chains the steps: discover, read and extract (per article,
in workers, through the cache), compare, then apply suppressions, per-path
ignores and the baseline."""
from __future__ import annotations

from typing import Iterable, Iterator

from factlint.compare.baseline import Baseline, apply_baseline
from factlint.compare.compare import compare
from factlint.compare.selection import Selection
from factlint.compare.suppressions import apply_suppressions
from factlint.extract.run import ArticleResult
from factlint.extract.workers import extract_files
from factlint.model import Fact, Report, RuleFact, RunError, Suppression
from factlint.prose.moments import Moment, parse_moment
from factlint.read.datesfile import Dates
from factlint.read.discover import discover
from factlint.read.source import ReadOptions, replaced_by_stdin
from factlint.rules import Rule
from factlint.rules.builtin import BUILTIN_RULES, with_builtin


def extract_paths(paths: list[str], rules: tuple[Rule, ...], selection: Selection = Selection(),
                  options: ReadOptions = ReadOptions(), jobs: int = 1,
                  cache_dir: str | None = None) -> Iterator[ArticleResult]:
    """Read and extract every file under `paths`, in order, one result each."""
    files = replaced_by_stdin(discover(paths, selection.include, selection.exclude), options)
    return extract_files(files, rules, options, jobs, cache_dir)


def build_report(results: Iterable[ArticleResult], rules: tuple[Rule, ...], selection: Selection = Selection(),
                 baseline: Baseline | None = None, dates: Dates | None = None) -> Report:
    """`dates` maps a path to its publication time from a newsroom's own records
    (a `dates` file); it wins over the time read from the page. Compare the extracted results: findings and checks for every article; leave
    out what inline suppressions silence, what per-path-ignores ignore and what
    `baseline` already holds."""
    articles: list[str] = []
    facts: list[Fact] = []
    suppressions: list[Suppression] = []
    warnings: list[str] = []
    errors: list[RunError] = []
    times: dict[str, Moment] = {}
    # Built-in rules always extract (their facts are cached with the article's);
    # the ones the selection leaves out are dropped here.
    unselected = {r.id for r in BUILTIN_RULES if not selection.selects(r.id)}
    for result in results:
        warnings.extend(result.warnings)
        errors.extend(result.errors)
        if result.article:  # a file skipped or unreadable is not counted
            articles.append(result.path)
            facts.extend(f for f in result.facts if f.rule not in unselected)
            suppressions.extend(result.suppressions)
            moment = dates.get(result.path) if dates else None
            moment = moment or (parse_moment(result.published) if result.published else None)
            if moment is not None:
                times[result.path] = moment
    findings, checks = compare(facts, rules, tuple(articles), times)
    findings, checks, suppressed = apply_suppressions(findings, checks, suppressions, rules, tuple(articles))
    findings, checks = selection.apply_path_ignores(findings, checks)
    report = Report(tuple(articles), tuple(facts), tuple(checks), tuple(findings),
                    tuple(r.id for r in rules), tuple(warnings), suppressed=suppressed,
                    rule_facts=rule_facts(rules), errors=tuple(errors),
                    times=tuple((path, times[path].iso()) for path in articles if path in times))
    return apply_baseline(report, baseline) if baseline else report


def check_paths(paths: list[str], rules: tuple[Rule, ...], selection: Selection = Selection(),
                baseline: Baseline | None = None, options: ReadOptions = ReadOptions(),
                jobs: int = 1, cache_dir: str | None = None, dates: Dates | None = None) -> Report:
    """Check every article under `paths` against the selected `rules` and each other."""
    rules = selection.pick_rules(rules)
    return build_report(extract_paths(paths, rules, selection, options, jobs, cache_dir), rules, selection, baseline,
                        dates)


def rule_facts(rules: tuple[Rule, ...]) -> tuple[RuleFact, ...]:
    """Every fact the rules check, the built-in rules' too, sorted."""
    described = [RuleFact(r.id, spec.name, r.description or r.id, spec.severity)
                 for r in with_builtin(rules) for spec in r.facts]
    return tuple(sorted(described, key=lambda d: (d.rule, d.fact)))
