"""Reporters: one registry of pure functions `render(report, options) -> str`,
one module per format, keyed by name.

A command picks the formats it offers by `Format.command`: `check` (and
`compare`) print a check report, `facts` the fact table, `report` the HTML
page; `statistics` goes beside a check report.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable, Iterator

from factlint.model import Report
from factlint.reporters.options import RenderOptions


@dataclass(frozen=True)
class Format:
    name: str  # as `--format` takes it, for its command
    command: str  # check | facts | report | statistics
    module: str  # factlint.reporters.MODULE holds the function
    function: str = "render"  # function(report, options) -> str
    data: bool = False  # read by programs: standard output must stay one parseable document
    streams: bool = False  # the module's `chunks(report, options)` yields the text piece by piece

    def chunks(self, report: Report, options: RenderOptions) -> Iterator[str]:
        """The output in pieces, so that a large report is never held whole."""
        module = importlib.import_module(f"factlint.reporters.{self.module}")
        if self.streams:
            return module.chunks(report, options)
        return iter((getattr(module, self.function)(report, options),))

    @property
    def render(self) -> Callable[[Report, RenderOptions], str]:
        # Imported when used: a run prints one format, and the others pull in
        # XML, URL and HTML libraries (and discovery's whole package) that
        # `factlint seeds/` would otherwise load at every start.
        return getattr(importlib.import_module(f"factlint.reporters.{self.module}"), self.function)


FORMATS: dict[str, Format] = {key: fmt for key, fmt in (
    ("text", Format("text", "check", "text", streams=True)),
    ("line", Format("line", "check", "line", streams=True)),
    ("json", Format("json", "check", "json_report", data=True, streams=True)),
    ("sarif", Format("sarif", "check", "sarif", data=True, streams=True)),
    ("junit", Format("junit", "check", "junit", data=True, streams=True)),
    ("github", Format("github", "check", "github", streams=True)),
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


def chunks(name: str, report: Report, options: RenderOptions = RenderOptions(), command: str = "check"
           ) -> Iterator[str]:
    """render()'s text in pieces."""
    return formats_of(command)[name].chunks(report, options)
