"""The one place that chains the steps: discover, read and extract (per article,
in workers, through the cache), compare, then apply suppressions, per-path
ignores and the baseline."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from factlint.compare.baseline import Baseline, apply_baseline
from factlint.compare.selection import Selection
from factlint.compare.suppressions import apply_suppressions
from factlint.errors import DocumentError
from factlint.extract.factstore import SPILL_FACTS, FactStore
from factlint.extract.run import ArticleResult
from factlint.extract.workers import extract_files
from factlint.model import Check, Fact, Finding, Report, RuleFact, RunError, Suppression
from factlint.prose.moments import Moment, parse_moment, with_year
from factlint.read.datesfile import Dates
from factlint.read.discover import STDIN, discover
from factlint.read.document import Unreadable, document_from_bytes
from factlint.read.source import ReadOptions, article_name, read_input, replaced_by_stdin, unread
from factlint.rules import Rule
from factlint.rules.builtin import BUILTIN_RULES, with_builtin

if TYPE_CHECKING:
    from factlint.discover.run import Discovered, ReadOnly


def extract_paths(paths: list[str], rules: tuple[Rule, ...], selection: Selection = Selection(),
                  options: ReadOptions = ReadOptions(), jobs: int = 1,
                  cache_dir: str | None = None, against: list[str] | None = None) -> Iterator[ArticleResult]:
    """Read and extract every file under `paths` (then under `against`), in order,
    one result each; a folder that cannot be listed is a result with a run error
    (or a warning with --skip-unreadable), as an unreadable file is."""
    unlisted: list[tuple[str, str]] = []
    files = replaced_by_stdin(_files(paths, selection, against, unlisted), options)
    return _with_unlisted(unlisted, extract_files(files, rules, options, jobs, cache_dir), options)


def _with_unlisted(unlisted: list[tuple[str, str]], results: Iterator[ArticleResult],
                   options: ReadOptions) -> Iterator[ArticleResult]:
    for folder, reason in unlisted:
        warnings, errors = unread(folder, Unreadable(f"{folder}: cannot list folder: {reason}"), options)
        yield ArticleResult(folder, "", article=False, warnings=warnings, errors=errors)
    yield from results


def _files(paths: list[str], selection: Selection, against: list[str] | None = None,
           unlisted: list[tuple[str, str]] | None = None) -> list[str]:
    """The drafts under `paths`, then the corpus under `against` less any draft
    (a draft read from its published folder is still a draft, read once)."""
    drafts = discover(paths, selection.include, selection.exclude, selection.force_exclude, unlisted)
    if not against:
        return drafts
    seen = {os.path.realpath(p) for p in drafts if p != STDIN}
    corpus = [p for p in discover(against, selection.include, selection.exclude, unlisted=unlisted)
              if p != STDIN and os.path.realpath(p) not in seen]
    return drafts + corpus


def draft_names(paths: list[str], selection: Selection, options: ReadOptions) -> frozenset[str]:
    """The names findings give the drafts under `paths`."""
    found = discover(paths, selection.include, selection.exclude, selection.force_exclude)
    return frozenset(article_name(p, options) for p in found)


def only_drafts(report: Report, drafts: frozenset[str]) -> Report:
    """The report of the drafts alone: the corpus they were compared with lends
    its facts to the comparison, but its own findings are not the drafts' to fix.
    A draft with no fact at all says so, since `0 passed` would read as a pass."""
    corpus = sum(1 for a in report.articles if a not in drafts)
    kept = tuple(a for a in report.articles if a in drafts)
    checked = {c.path for c in report.checks if c.path in drafts}
    empty = tuple(f"no facts found in {a} (nothing was compared with the other articles)"
                  for a in kept if a not in checked)
    return replace(report, articles=kept,
                   facts=tuple(f for f in report.facts if f.path in drafts),
                   checks=tuple(c for c in report.checks if c.path in drafts),
                   findings=tuple(f for f in report.findings if f.path in drafts),
                   warnings=report.warnings + empty, corpus=corpus)


def build_report(results: Iterable[ArticleResult], rules: tuple[Rule, ...], selection: Selection = Selection(),
                 baseline: Baseline | None = None, progress: Callable[[int], None] | None = None,
                 dates: Dates | None = None, drafts: frozenset[str] = frozenset(),
                 cache_dir: str | None = None, keep_facts: bool = True) -> Report:
    """Compare the extracted results: findings and checks for every article; leave
    out what inline suppressions silence, what per-path-ignores ignore and what
    `baseline` already holds. `dates` maps a path to its publication time from a
    newsroom's own records (a `dates` file); it wins over the time read from the
    page. A draft (`drafts`, checked --against a corpus) with no time of its own
    is about to be published: it is dated after every article of the corpus, so
    that a figure the corpus has since replaced is stale in it. With `cache_dir`,
    each rule's comparison is read from the cache when none of the articles
    that state its facts has changed. Without `keep_facts` the report holds no
    facts (a check report prints none), and a large run's facts wait on disk
    for the comparison, one rule at a time (FactStore)."""
    articles: list[str] = []
    facts: list[Fact] = []
    store = FactStore(spill_after=None if keep_facts else SPILL_FACTS)
    suppressions: list[Suppression] = []
    warnings: list[str] = []
    errors: list[RunError] = []
    times: dict[str, Moment] = {}
    digests: dict[str, str] = {}
    yearless: dict[str, str] = {}
    # Built-in rules always extract (their facts are cached with the article's);
    # the ones the selection leaves out are dropped here.
    unselected = {r.id for r in BUILTIN_RULES if not selection.selects(r.id)}
    for done, result in enumerate(results, 1):
        if progress:
            progress(done)
        warnings.extend(result.warnings)
        errors.extend(result.errors)
        if result.article:  # a file skipped or unreadable is not counted
            articles.append(result.path)
            if cache_dir:
                digests[result.path] = result.sha256
            stated = [f for f in result.facts if f.rule not in unselected]
            store.add(stated)
            if keep_facts:
                facts.extend(stated)
            suppressions.extend(result.suppressions)
            moment = dates.get(result.path) if dates else None
            moment = moment or (parse_moment(result.published) if result.published else None)
            if moment is not None:
                times[result.path] = moment
            elif result.published:
                yearless[result.path] = result.published
    # A date line without a year ("Update 11:48 p.m. EDT Aug. 21") takes the year that
    # puts it nearest the corpus's dated articles.
    corpus = [t.day for t in times.values()]
    for path, stamp in yearless.items():
        placed = with_year(stamp, corpus)
        if placed is not None:
            times[path] = placed
    undated = [a for a in articles if a in drafts and a not in times]
    corpus_days = [times[a].day for a in articles if a not in drafts and a in times]
    if undated and corpus_days:
        after = Moment(max(corpus_days) + dt.timedelta(days=1))
        times.update(dict.fromkeys(undated, after))
    try:
        findings, checks = _compare(store, facts if keep_facts else None, rules, tuple(articles), times,
                                    cache_dir, digests)
    finally:
        store.close()
    findings, checks, suppressed = apply_suppressions(findings, checks, suppressions, rules, tuple(articles))
    findings, checks = selection.apply_path_ignores(findings, checks)
    report = Report(tuple(articles), tuple(facts), tuple(checks), tuple(findings),
                    tuple(r.id for r in rules), tuple(warnings), suppressed=suppressed,
                    rule_facts=rule_facts(rules), errors=tuple(errors),
                    times=tuple((path, times[path].iso()) for path in articles if path in times))
    return apply_baseline(report, baseline) if baseline else report


def _run_compare(facts: list[Fact], rules: tuple[Rule, ...], articles: tuple[str, ...],
                 times: dict[str, Moment]) -> tuple[list[Finding], list[Check]]:
    # Imported on first use: a run whose comparisons all come from the cache compares nothing.
    from factlint.compare.compare import compare

    return compare(facts, rules, articles, times)


def _compare(store: FactStore, facts: list[Fact] | None, rules: tuple[Rule, ...], articles: tuple[str, ...],
             times: dict[str, Moment], cache_dir: str | None, digests: dict[str, str]
             ) -> tuple[list[Finding], list[Check]]:
    """compare(), one rule at a time when the facts are on disk, each rule's part
    read from the cache when it holds it. A rule's comparison depends on its
    facts alone (and on the order and times of the articles that state them),
    so the parts, sorted as compare sorts, are the whole."""
    if not cache_dir and not store.spilled:
        return _run_compare(facts if facts is not None else [f for r in store.rules() for f in store.of(r)],
                            rules, articles, times)
    from factlint.extract.cache import Cache

    cache = Cache(cache_dir, rules) if cache_dir else None
    order = {path: i for i, path in enumerate(articles)}
    findings: list[Finding] = []
    checks: list[Check] = []
    todo: list[Fact] = []  # facts of rules to compare, together, when they are in memory
    keys: dict[str, str] = {}
    try:
        for rule in store.rules():
            stated = store.of(rule)
            key = None
            if cache is not None and all(digests.get(f.path) for f in stated):
                # (An article with no digest of its bytes has nothing to key on.)
                paths = sorted({f.path for f in stated}, key=lambda p: order.get(p, 0))
                key = cache.compare_key(rule, [(p, digests[p], times[p].iso() if p in times else "")
                                               for p in paths])
                hit = cache.get_compared(key)
                if hit is not None:
                    findings.extend(hit[0])
                    checks.extend(hit[1])
                    continue
            if store.spilled:
                found, checked = _run_compare(stated, rules, articles, times)
                if key is not None and cache is not None:
                    cache.put_compared(key, found, checked)
                findings.extend(found)
                checks.extend(checked)
            else:
                todo.extend(stated)
                if key is not None:
                    keys[rule] = key
        if todo:
            found, checked = _run_compare(todo, rules, articles, times)
            per_rule: dict[str, tuple[list[Finding], list[Check]]] = {rule: ([], []) for rule in keys}
            for finding in found:
                if finding.rule in per_rule:
                    per_rule[finding.rule][0].append(finding)
            for check in checked:
                if check.rule in per_rule:
                    per_rule[check.rule][1].append(check)
            if cache is not None:
                for rule, key in keys.items():
                    cache.put_compared(key, *per_rule[rule])
            findings.extend(found)
            checks.extend(checked)
    finally:
        if cache is not None:
            cache.close()
    checks.sort(key=lambda c: (order.get(c.path, 0), c.rule, c.fact))
    findings.sort(key=lambda f: (order.get(f.path, 0), f.line, f.column, f.rule, f.fact))
    return findings, checks


def check_paths(paths: list[str], rules: tuple[Rule, ...], selection: Selection = Selection(),
                baseline: Baseline | None = None, options: ReadOptions = ReadOptions(),
                jobs: int = 1, cache_dir: str | None = None, against: list[str] | None = None,
                progress: Callable[[int], None] | None = None, dates: Dates | None = None,
                keep_facts: bool = True) -> Report:
    """Check every article under `paths` against the selected `rules` and each other;
    with `against`, check the drafts under `paths` against that corpus and report the drafts only.
    Without `keep_facts` the report holds no facts: what a check report needs, in less memory."""
    rules = selection.pick_rules(rules)
    drafts = draft_names(paths, selection, options) if against else frozenset()
    report = build_report(extract_paths(paths, rules, selection, options, jobs, cache_dir, against),
                          rules, selection, baseline, progress, dates, drafts, cache_dir, keep_facts)
    return only_drafts(report, drafts) if against else report


def rule_facts(rules: tuple[Rule, ...]) -> tuple[RuleFact, ...]:
    """Every fact the rules check, the built-in rules' too, sorted."""
    described = [RuleFact(r.id, spec.name, r.description or r.id, spec.severity, spec.expected_text)
                 for r in with_builtin(rules) for spec in r.facts]
    return tuple(sorted(described, key=lambda d: (d.rule, d.fact)))


def discover_paths(paths: list[str], min_articles: int = 2, selection: Selection = Selection(),
                   options: ReadOptions = ReadOptions()) -> tuple[Report, list[Discovered], list[ReadOnly]]:
    """Discovery: read every article under `paths` with no rules, make a rule for
    each fact group stated in at least `min_articles` articles, and check the
    articles against those rules. Returns the report, the discovered rules, and
    the groups of kinds no rule can check yet."""
    from factlint.discover.run import discover_all, extract_discovered, judged
    from factlint.discover.settle import settle
    from factlint.prose.values import RememberedValues

    docs = []
    unread_results = []
    for path in replaced_by_stdin(discover(paths, selection.include, selection.exclude), options):
        try:
            name, data = read_input(path, options)
            docs.append(document_from_bytes(name, data))
        except DocumentError as exc:  # skipped or unreadable: not an article of this run
            warnings, errors = unread(path, exc, options)
            unread_results.append(ArticleResult(article_name(path, options), "", article=False,
                                                warnings=warnings, errors=errors))
        except (RecursionError, MemoryError, ValueError, TypeError, KeyError, AttributeError) as exc:
            # One article factlint cannot read costs that article, as in `check`.
            name = article_name(path, options)
            message = f"not checked: factlint failed on this article ({type(exc).__name__}); please report it"
            unread_results.append(ArticleResult(name, "", article=False, errors=(RunError(name, message),)))
    read_values = RememberedValues()  # each clause's values read once, for discovery and its drafts
    found, read_only, mentions = discover_all(docs, min_articles, read_values)
    kept, extracted = extract_discovered(docs, found, min_articles, read_values)
    results = [ArticleResult(e.path, "", True, e.facts, doc.warnings, e.errors, e.suppressions)
               for doc, e in zip(docs, extracted)]
    rules = tuple(d.rule for d in kept)
    report = build_report([*results, *unread_results], rules, Selection())
    return settle(report, judged(kept), mentions), kept, read_only
