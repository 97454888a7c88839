"""Reporters: one registry of pure functions `render(report, options) -> str`,
one module per format, keyed by name.

A command picks the formats it offers by `Format.command`: `check` (and
`compare`) print a check report, `facts` the fact table, `report` the HTML
page; `statistics` goes beside a check report.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from factlint.model import Report
from factlint.reporters import (
    facts_table,
    github,
    gitlab,
    html_report,
    json_report,
    junit,
    line,
    sarif,
    statistics,
    text,
)
from factlint.reporters.options import RenderOptions


@dataclass(frozen=True)
class Format:
    name: str  # as `--format` takes it, for its command
    command: str  # check | facts | report | statistics
    render: Callable[[Report, RenderOptions], str]
    data: bool = False  # read by programs: standard output must stay one parseable document


def _discover_text(report: Report, options: RenderOptions) -> str:
    # Imported when used: discovery's reporter pulls in the whole discover package,
    # which a check run never needs (it doubled `factlint seeds/`'s start-up).
    from factlint.reporters import discovered

    return discovered.render_text(report, options)


def _discover_json(report: Report, options: RenderOptions) -> str:
    from factlint.reporters import discovered

    return discovered.render_json(report, options)


FORMATS: dict[str, Format] = {key: fmt for key, fmt in (
    ("text", Format("text", "check", text.render)),
    ("line", Format("line", "check", line.render)),
    ("json", Format("json", "check", json_report.render, data=True)),
    ("sarif", Format("sarif", "check", sarif.render, data=True)),
    ("junit", Format("junit", "check", junit.render, data=True)),
    ("github", Format("github", "check", github.render)),
    ("gitlab", Format("gitlab", "check", gitlab.render, data=True)),
    ("statistics", Format("statistics", "statistics", statistics.render)),
    ("facts", Format("text", "facts", facts_table.render)),
    ("facts-json", Format("json", "facts", facts_table.render_json, data=True)),
    ("facts-csv", Format("csv", "facts", facts_table.render_csv, data=True)),
    ("html", Format("html", "report", html_report.render)),
    ("discover", Format("text", "discover", _discover_text)),
    ("discover-json", Format("json", "discover", _discover_json, data=True)),
)}


def formats_of(command: str) -> dict[str, Format]:
    """The formats one command offers, by the name its `--format` takes."""
    return {f.name: f for f in FORMATS.values() if f.command == command}


REPORTERS = formats_of("check")  # `check --format`, `--output-file FORMAT:PATH`
FACT_REPORTERS = formats_of("facts")
DATA_FORMATS = frozenset(name for name, f in REPORTERS.items() if f.data)


def render(name: str, report: Report, options: RenderOptions = RenderOptions(), command: str = "check") -> str:
    """The report in `command`'s format `name`."""
    return formats_of(command)[name].render(report, options)
