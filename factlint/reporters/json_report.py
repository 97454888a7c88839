"""The JSON report: versioned, documented in docs/output.md."""
from __future__ import annotations

from typing import Iterator

from factlint import __version__
from factlint.model import Report
from factlint.reporters.jsonstream import Stream, iterencode
from factlint.reporters.options import DEFAULT, RenderOptions

SCHEMA_VERSION = 1


def render(report: Report, options: RenderOptions = DEFAULT) -> str:
    return "".join(chunks(report, options))


def chunks(report: Report, options: RenderOptions = DEFAULT) -> Iterator[str]:
    """The report in pieces, findings and checks one at a time (a large archive's
    report is never held whole)."""
    yield from iterencode(data(report, streamed=True))
    yield "\n"


def data(report: Report, streamed: bool = False) -> dict:
    """The report as the JSON document's data (`streamed`: its long lists as Streams)."""
    findings = (f.to_dict() for f in report.findings)
    checks = (c.to_dict() for c in report.checks)
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": "factlint", "version": __version__},
        "articles": list(report.articles),
        "findings": Stream(findings) if streamed else list(findings),
        "checks": Stream(checks) if streamed else list(checks),
        "summary": report.summary(),
        "errors": [e.to_dict() for e in report.errors],
        "times": dict(report.times),
    }
