"""Reporters: pure functions from a whole Report to text, registered by name,
one module per format."""
from __future__ import annotations

from typing import Callable

from factlint.model import Report
from factlint.reporters import facts_table, github, gitlab, json_report, junit, line, sarif, text

REPORTERS: dict[str, Callable[[Report], str]] = {
    "text": text.render,
    "line": line.render,
    "json": json_report.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
    "gitlab": gitlab.render,
}
# Formats read by programs: their standard output must stay one parseable document.
DATA_FORMATS = frozenset({"json", "sarif", "junit", "gitlab"})
FACT_REPORTERS: dict[str, Callable[[Report], str]] = {
    "text": facts_table.render,
    "json": facts_table.render_json,
    "csv": facts_table.render_csv,
}


def render(name: str, report: Report, *, quiet: bool = False, color: bool = False, width: int | None = None,
           full_source: bool = False) -> str:
    """The report in format `name`; `quiet`, `color`, `width` (a terminal's) and
    `full_source` (whole quoted sentences) shape the text report only."""
    if name == "text":
        return text.render(report, quiet=quiet, color=color, width=width, full_source=full_source)
    return REPORTERS[name](report)
