"""The JSON report: versioned, documented in docs/output.md."""
from __future__ import annotations

import json

from factlint import __version__
from factlint.model import Report
from factlint.reporters.options import DEFAULT, RenderOptions

SCHEMA_VERSION = 1


def render(report: Report, options: RenderOptions = DEFAULT) -> str:
    return json.dumps(data(report), indent=2, ensure_ascii=False) + "\n"


def data(report: Report) -> dict:
    """The report as the JSON document's data."""
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": "factlint", "version": __version__},
        "articles": list(report.articles),
        "findings": [f.to_dict() for f in report.findings],
        "checks": [c.to_dict() for c in report.checks],
        "summary": report.summary(),
        "errors": [e.to_dict() for e in report.errors],
        "times": dict(report.times),
    }
