"""Reporters: one registry of pure functions `render(report, options) -> str`,
one module per format, keyed by name.

A command picks the formats it offers by `Format.command`: `check` (and
`compare`) print a check report, `facts` the fact table, `report` the HTML
page; `statistics` goes beside a check report.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

from factlint.model import Report
from factlint.reporters.options import RenderOptions


@dataclass(frozen=True)
class Format:
    name: str  # as `--format` takes it, for its command
    command: str  # check | facts | report | statistics
    module: str  # factlint.reporters.MODULE holds the function
    function: str = "render"  # function(report, options) -> str
    data: bool = False  # read by programs: standard output must stay one parseable document

    @property
    def render(self) -> Callable[[Report, RenderOptions], str]:
        # Imported when used: a run prints one format, and the others pull in
        # XML, URL and HTML libraries (and discovery's whole package) that
        # `factlint seeds/` would otherwise load at every start.
        return getattr(importlib.import_module(f"factlint.reporters.{self.module}"), self.function)


FORMATS: dict[str, Format] = {key: fmt for key, fmt in (
    ("text", Format("text", "check", "text")),
    ("line", Format("line", "check", "line")),
    ("json", Format("json", "check", "json_report", data=True)),
    ("sarif", Format("sarif", "check", "sarif", data=True)),
    ("junit", Format("junit", "check", "junit", data=True)),
    ("github", Format("github", "check", "github")),
    ("gitlab", Format("gitlab", "check", "gitlab", data=True)),
    ("statistics", Format("statistics", "statistics", "statistics")),
    ("facts", Format("text", "facts", "facts_table")),
    ("facts-json", Format("json", "facts", "facts_table", "render_json", data=True)),
    ("facts-csv", Format("csv", "facts", "facts_table", "render_csv", data=True)),
    ("html", Format("html", "report", "html_report")),
    ("discover", Format("text", "discover", "discovered", "render_text")),
    ("discover-json", Format("json", "discover", "discovered", "render_json", data=True)),
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
