"""The default report, shaped like a test run: a line of marks per article, a
failures section with the quoted sentence underlined, and a closing tally."""
from __future__ import annotations

from typing import Iterator

import click

from factlint import __version__
from factlint.errors import printable as esc
from factlint.model import Finding, Outcome, Report, Severity
from factlint.reporters.options import DEFAULT, RenderOptions

MARKS = {Outcome.PASSED: ".", Outcome.FAILED: "F", Outcome.SKIPPED: "s"}
MARK_COLORS = {Outcome.PASSED: "green", Outcome.FAILED: "red", Outcome.SKIPPED: "yellow"}
SEVERITY_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
QUOTE_WIDTH = 100
RULE_WIDTH = 72  # the separators' width when no terminal says otherwise (logs, files, pipes)


def _paint(color: bool):
    """click.style when colour is on, else the text unchanged."""
    if not color:
        return lambda text, **_: text
    return click.style


def _marks(report: Report, paint) -> Iterator[str]:
    """One line per article: its name and a mark per check."""
    width = max((len(esc(a)) for a in report.articles), default=0)
    for article, outcomes in _outcomes_by_article(report):
        marks = "".join(paint(MARKS[outcome], fg=MARK_COLORS[outcome]) for outcome in outcomes)
        yield f"{esc(article).ljust(width)} {marks or '(no facts)'}".rstrip()


def _outcomes_by_article(report: Report) -> Iterator[tuple[str, list[Outcome]]]:
    """(article, outcomes of its checks in order), article by article. Checks
    come in the articles' order from the compare step: read in step, with no
    table of every check; a report in another order is grouped first."""
    position = {a: i for i, a in enumerate(report.articles)}
    last, in_order = -1, True
    for c in report.checks:
        at = position.get(c.path, -1)
        if at < last or at < 0:
            in_order = False
            break
        last = at
    if not in_order:
        by_article: dict[str, list[Outcome]] = {}  # one pass over the checks, not one per article
        for c in report.checks:
            by_article.setdefault(c.path, []).append(c.outcome)
        for article in report.articles:
            yield article, by_article.get(article, [])
        return
    checks = iter(report.checks)
    pending = next(checks, None)
    for article in report.articles:
        outcomes = []
        while pending is not None and pending.path == article:
            outcomes.append(pending.outcome)
            pending = next(checks, None)
        yield article, outcomes


def excerpt(quote: str, column: int, end_column: int, width: int = QUOTE_WIDTH) -> tuple[str, int, int]:
    """Cut a long sentence down around the value: (text, value start, value length)."""
    start = column - 1
    length = max(1, end_column - column)
    if len(quote) <= width:
        left, right = 0, len(quote)
    else:
        left = max(0, min(start - width // 3, len(quote) - width))
        right = min(len(quote), max(start + length + width // 3, left + width))
    text = quote[left:right]
    offset = start - left
    if left > 0:
        text, offset = "…" + text, offset + 1
    if right < len(quote):
        text += "…"
    return text, offset, min(length, len(text) - offset)


def headline(f: Finding, color: bool = False) -> str:
    """`PATH:LINE:COLUMN: SEVERITY [RULE.FACT] MESSAGE`: the finding on one line."""
    paint = _paint(color)
    # File names and article text are escaped (esc): a newline or an escape
    # sequence in them must not break the line or drive the terminal.
    return (f"{paint(f'{esc(f.path)}:{f.line}:{f.column}:', bold=True)} "
            f"{paint(f.severity, fg=SEVERITY_COLORS.get(f.severity), bold=True)} [{f.rule}.{f.fact}] {esc(f.message)}")


def format_finding(f: Finding, color: bool = False, quote_width: int | None = QUOTE_WIDTH) -> list[str]:
    """The failure block for one finding; `quote_width` None quotes the whole sentence."""
    lines = [headline(f, color), f"    found:    {esc(f.found)}"]
    if f.expected:
        lines.append(f"    expected: {esc(f.expected)}")
    shown = {f.path}
    for i, r in enumerate(f.related):
        # A file already named in this block is not repeated: a long list stays readable.
        where = f"line {r.line}:{r.column}" if r.path in shown else f"{esc(r.path)}:{r.line}:{r.column}"
        shown.add(r.path)
        lines.append(f"    {'see:' if i == 0 else '':9} {where} ({esc(r.display)})")
    if f.quote:
        length = f.end_column - f.column
        text, offset, width = excerpt(f.quote, f.quote_column, f.quote_column + length,
                                      quote_width or len(f.quote))
        # Escaping lengthens the text: the caret moves with it.
        text, offset, width = esc(text), len(esc(text[:offset])), len(esc(text[offset:offset + width]))
        gutter = str(f.line)
        lines.append(f"  {gutter} | {text}")
        lines.append(f"  {' ' * len(gutter)} | {' ' * offset}{_paint(color)('^' * width, fg='red')}")
    return lines


def summary_line(report: Report) -> str:
    s = report.summary()
    tally = f"{s['passed']} passed, {s['failed']} failed, {s['skipped']} skipped"
    if report.errors:
        tally += f", {_plural(len(report.errors), 'error')}"
    silenced = [f"{s[key]} {key}" for key in ("suppressed", "baselined") if s[key]]
    return f"{tally} ({', '.join(silenced)})" if silenced else tally


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


MAX_FOLDED = 10  # figures named on a folded line
SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def ordered_findings(findings: tuple[Finding, ...]) -> list[Finding]:
    """Errors first, then warnings, then notes; each group in the report's order."""
    return sorted(findings, key=lambda f: SEVERITY_ORDER.get(f.severity, 0))


def folded_notes(notes: list[Finding], color: bool = False) -> list[str]:
    """One line per fact for its superseded figures (`info`): how many, in how
    many articles, which figures as written, and the later figure the first names."""
    paint = _paint(color)
    by_fact: dict[tuple[str, str], list[Finding]] = {}
    for f in notes:
        by_fact.setdefault((f.rule, f.fact), []).append(f)
    lines = []
    for (rule, fact), group in by_fact.items():
        figures = list(dict.fromkeys(f.found for f in group))
        shown = ", ".join(figures[:MAX_FOLDED]) + (", …" if len(figures) > MAX_FOLDED else "")
        articles = len({f.path for f in group})
        latest = group[0].expected
        tail = f"; later {latest}" if latest else ""
        lines.append(f"{paint('info', fg=SEVERITY_COLORS[Severity.INFO], bold=True)} [{rule}.{fact}] "
                     f"{_plural(len(group), 'superseded mention')} in {_plural(articles, 'article')}: "
                     f"{shown}{tail}")
    return lines


def render(report: Report, options: RenderOptions = DEFAULT) -> str:
    """The report; `quiet` keeps only the failures and the tally, `color` adds ANSI styles,
    `width` is the terminal's (separators span it, quotes fit it), `full_source` quotes whole sentences.
    Errors come first, then warnings; superseded figures (`info`) are folded into
    one line per fact unless `show_superseded`."""
    return "".join(chunks(report, options))


def chunks(report: Report, options: RenderOptions = DEFAULT) -> Iterator[str]:
    """render()'s text in pieces: the marks line by line, a finding at a time."""
    quiet, color, width, full_source = options.quiet, options.color, options.width, options.full_source
    show_superseded = options.show_superseded
    paint = _paint(color)
    rule = max(40, width - 1) if width else RULE_WIDTH  # one short of the edge: no wrap on terminals that add one
    quote_width = None if full_source else max(40, rule - 12) if width else QUOTE_WIDTH
    # Sections are joined by a blank line: each after the first starts with one.
    started = False

    def section() -> str:
        nonlocal started
        gap = "\n\n" if started else ""
        started = True
        return gap

    if not quiet:
        header = f"factlint {__version__}: {_plural(len(report.articles), 'article')}, {_plural(len(report.rules), 'rule')}"
        if report.corpus:
            header += f", compared with {_plural(report.corpus, 'other article')}"
        yield section() + header
        yield section()
        for i, line in enumerate(_marks(report, paint)):
            yield ("\n" if i else "") + line
    findings = ordered_findings(report.findings)
    notes = [f for f in findings if f.severity == Severity.INFO] if not show_superseded else []
    shown = [f for f in findings if f.severity != Severity.INFO] if not show_superseded else findings
    if shown:
        yield section() + paint(" FAILURES ".center(rule, "="), fg="red")
        for finding in shown:
            yield "\n\n" + "\n".join(format_finding(finding, color, quote_width))
        yield "\n\n" + "=" * rule
    if notes:
        yield section() + "\n".join([paint(" SUPERSEDED (--show-superseded lists each) ".center(rule, "="), fg="cyan"),
                                      *folded_notes(notes, color)])
    if report.errors:  # parts of the run that were not checked: never a silent pass
        yield section() + "\n\n".join([paint(" ERRORS ".center(rule, "="), fg="red"),
                                         "\n".join(esc(str(error)) for error in report.errors)])
    tally_color = "red" if report.count(Outcome.FAILED) or report.errors else "green"
    yield section() + paint(summary_line(report), fg=tally_color, bold=True)
    yield "\n"
