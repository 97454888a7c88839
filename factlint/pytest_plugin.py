"""factlint as a pytest plugin: `pytest --factlint articles/`.

Each article is a test file and each fact checked in it (a Check of the
Report: passed, failed or skipped) a test item named `rule.fact`. The whole
corpus is checked once per session, before collection, since comparison
needs every article; the items only look up their verdict. Without
`--factlint` (or the ini option `factlint = true`) the plugin does nothing.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from factlint.errors import FactlintError, describe, printable
from factlint.model import Check, Finding, Outcome, Report, RunError
from factlint.read.discover import ARTICLE_SUFFIXES


@dataclass(frozen=True)
class Corpus:
    """The session's one factlint run: the report, and each article's path as factlint wrote it."""

    report: Report
    rules_dir: str
    articles: dict[str, str]  # real path -> the path as factlint reports it
    claimed: frozenset[str]  # real paths of every file factlint read or skipped


CORPUS = pytest.StashKey[Corpus]()


class FactlintFailure(Exception):
    """A failed check: its findings, printed as the text report prints them."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(findings)
        self.findings = findings


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factlint", "factlint: check news articles against rules")
    group.addoption("--factlint", action="store_true", default=False,
                    help="Check the articles under the given paths with factlint, one test per fact.")
    group.addoption("--factlint-rules", metavar="DIR", default=None,
                    help="Folder of factlint rule files (default: the ini value factlint_rules, else the "
                         "configuration file's rules, as for `factlint check`).")
    parser.addini("factlint", type="bool", default=False, help="Run factlint as if --factlint were given.")
    parser.addini("factlint_rules", default="",
                  help="Folder of factlint rule files, relative to rootdir (default: as `factlint check` "
                       "finds it, from the configuration file).")


def _enabled(config: pytest.Config) -> bool:
    return bool(config.getoption("factlint") or config.getini("factlint"))


def pytest_configure(config: pytest.Config) -> None:
    if _enabled(config):
        config.addinivalue_line("markers", "factlint: a fact checked by factlint")


def _article_paths(config: pytest.Config) -> list[str]:
    """The command line's paths that factlint would check: folders, and files
    with an article suffix (pytest is also given test modules)."""
    paths = []
    for arg in config.args:
        path = str(arg).split("::", 1)[0]
        if os.path.isdir(path) or path.endswith(ARTICLE_SUFFIXES):
            paths.append(path)
    return paths


def pytest_sessionstart(session: pytest.Session) -> None:
    """Check the whole corpus once, before any article is collected."""
    config = session.config
    if not _enabled(config):
        return
    # Imported here so that pytest runs without --factlint pay nothing for the plugin.
    import click

    from factlint.cli.app import resolve_check
    from factlint.engine import check_paths
    from factlint.read.discover import discover

    # The settings `factlint check` would use here (.factlint.yaml, [tool.factlint], setup.cfg:
    # rules, select, ignore, include, exclude, baseline...); the plugin's own option or ini
    # value, when given, names the rules folder, as --rules would.
    rules_option = config.getoption("factlint_rules")
    if not rules_option and config.getini("factlint_rules"):
        rules_option = str(config.rootpath / config.getini("factlint_rules"))
    paths = _article_paths(config)
    try:
        rules, selection, baseline, folders = resolve_check(["--rules", rules_option] if rules_option else [])
        report = check_paths(paths, rules, selection, baseline)
        claimed = frozenset(os.path.realpath(path)
                            for path in discover(paths, selection.include, selection.exclude))
    except FactlintError as exc:
        raise pytest.UsageError(f"factlint: {describe(exc)}") from None
    except click.ClickException as exc:
        raise pytest.UsageError(f"factlint: {exc.format_message()}") from None
    articles = {os.path.realpath(path): path for path in report.articles}
    config.stash[CORPUS] = Corpus(report, ", ".join(folders), articles, claimed)


def pytest_report_header(config: pytest.Config) -> str | None:
    corpus = config.stash.get(CORPUS, None)
    if corpus is None:
        return None
    n, rules = len(corpus.report.articles), len(corpus.report.rules)
    return f"factlint: {n} article{'s' if n != 1 else ''}, {rules} rule{'s' if rules != 1 else ''} from {corpus.rules_dir}"


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    """Collect factlint's articles, and only as articles: pytest's doctest plugin
    claims any .txt named on the command line, which would read it twice."""
    collected = yield
    corpus = parent.config.stash.get(CORPUS, None)
    if corpus is None:
        return collected
    real = os.path.realpath(file_path)
    if real not in corpus.claimed:
        return collected
    # A file factlint skipped (not text) is an article without items, so that
    # pytest neither reads it as a doctest nor calls a path named on the command line "not found".
    return [ArticleFile.from_parent(parent, path=file_path, article=corpus.articles.get(real, ""))]


class ArticleFile(pytest.File):
    """One article: an item per fact factlint checked in it."""

    def __init__(self, *, article: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article = article

    def collect(self):
        report = self.config.stash[CORPUS].report
        for check in report.checks:
            if check.path == self.article:
                yield FactItem.from_parent(self, name=f"{check.rule}.{check.fact}", check=check)
        # What kept this file from being checked (unreadable, a rule out of time): a failing item.
        real = os.path.realpath(self.path)
        for number, error in enumerate(e for e in report.errors if os.path.realpath(e.path) == real):
            yield RunErrorItem.from_parent(self, name=f"factlint-error-{number + 1}", error=error)


class RunErrorItem(pytest.Item):
    """A run error of one article: it fails, as the command line exits 2."""

    def __init__(self, *, error: RunError, **kwargs) -> None:
        super().__init__(**kwargs)
        self.error = error

    def runtest(self) -> None:
        raise FactlintRunError(self.error)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, FactlintRunError):
            return f"factlint: error: {printable(str(self.error))}"
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, f"factlint error: {self.error.rule or 'read'}"


class FactlintRunError(Exception):
    """A part of the corpus that was not checked."""


class FactItem(pytest.Item):
    """One fact in one article; its verdict comes from the session's report."""

    def __init__(self, *, check: Check, **kwargs) -> None:
        super().__init__(**kwargs)
        self.check = check
        self.add_marker("factlint")

    def _findings(self) -> list[Finding]:
        report = self.config.stash[CORPUS].report
        return [f for f in report.findings
                if (f.path, f.rule, f.fact) == (self.check.path, self.check.rule, self.check.fact)]

    def runtest(self) -> None:
        if self.check.outcome == Outcome.FAILED:
            raise FactlintFailure(self._findings())
        if self.check.outcome == Outcome.SKIPPED:
            pytest.skip(self.check.reason)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, FactlintFailure):
            from factlint.reporters.text import format_finding

            return "\n\n".join("\n".join(format_finding(f)) for f in excinfo.value.findings)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        report = self.config.stash[CORPUS].report
        lines = [f.line for f in report.facts
                 if (f.path, f.rule, f.fact) == (self.check.path, self.check.rule, self.check.fact)]
        return self.path, (min(lines) - 1 if lines else None), f"factlint {self.name}"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A run error the items do not carry (a folder that could not be listed)
    still fails the session: the plugin never passes what the CLI would not."""
    corpus = session.config.stash.get(CORPUS, None)
    if corpus is not None and corpus.report.errors and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    """factlint's warnings (a binary file skipped, a non-UTF-8 article) and errors as the CLI gives them."""
    corpus = config.stash.get(CORPUS, None)
    for warning in corpus.report.warnings if corpus else ():
        terminalreporter.write_line(f"factlint: warning: {printable(warning)}")
    for error in corpus.report.errors if corpus else ():
        terminalreporter.write_line(f"factlint: error: {printable(str(error))}")
