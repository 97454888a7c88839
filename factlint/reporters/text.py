"""The default report, shaped like a test run: a line of marks per article, a
failures section with the quoted sentence underlined, and a closing tally."""
from __future__ import annotations

from factlint import __version__
from factlint.model import Finding, Report

MARKS = {"passed": ".", "failed": "F", "skipped": "s"}
QUOTE_WIDTH = 100


def _marks(report: Report) -> list[str]:
    width = max((len(a) for a in report.articles), default=0)
    by_article: dict[str, list[str]] = {}  # one pass over the checks, not one per article
    for c in report.checks:
        by_article.setdefault(c.path, []).append(MARKS[c.outcome])
    lines = []
    for article in report.articles:
        marks = "".join(by_article.get(article, ()))
        lines.append(f"{article.ljust(width)} {marks or '(no facts)'}".rstrip())
    return lines


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


def format_finding(f: Finding) -> list[str]:
    """The failure block for one finding."""
    lines = [f"{f.path}:{f.line}:{f.column}: {f.severity} [{f.rule}.{f.fact}] {f.message}",
             f"    found:    {f.found}"]
    if f.expected:
        lines.append(f"    expected: {f.expected}")
    for i, r in enumerate(f.related):
        lines.append(f"    {'see:' if i == 0 else '':9} {r.path}:{r.line}:{r.column} ({r.found})")
    if f.quote:
        length = f.end_column - f.column
        text, offset, width = excerpt(f.quote, f.quote_column, f.quote_column + length)
        gutter = str(f.line)
        lines.append(f"  {gutter} | {text}")
        lines.append(f"  {' ' * len(gutter)} | {' ' * offset}{'^' * width}")
    return lines


def summary_line(report: Report) -> str:
    s = report.summary()
    return f"{s['passed']} passed, {s['failed']} failed, {s['skipped']} skipped"


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def render(report: Report) -> str:
    out = [f"factlint {__version__}: {_plural(len(report.articles), 'article')}, {_plural(len(report.rules), 'rule')}", ""]
    out.extend(_marks(report))
    if report.findings:
        out += ["", " FAILURES ".center(72, "=")]
        for finding in report.findings:
            out.append("")
            out.extend(format_finding(finding))
        out.append("")
        out.append("=" * 72)
    out += ["", summary_line(report)]
    return "\n".join(out) + "\n"
