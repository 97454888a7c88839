"""Reporters: pure functions from a whole Report to text, registered by name,
one module per format."""
from __future__ import annotations

from typing import Callable

from factlint.model import Report
from factlint.reporters import facts_table, github, json_report, junit, line, sarif, text

REPORTERS: dict[str, Callable[[Report], str]] = {
    "text": text.render,
    "line": line.render,
    "json": json_report.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
}
# Formats read by programs: their standard output must stay one parseable document.
DATA_FORMATS = frozenset({"json", "sarif", "junit"})
FACT_REPORTERS: dict[str, Callable[[Report], str]] = {
    "text": facts_table.render,
    "json": facts_table.render_json,
}


def render(name: str, report: Report, *, quiet: bool = False, color: bool = False,
           show_superseded: bool = False) -> str:
    """The report in format `name`; `quiet`, `color` and `show_superseded` shape the text report only."""
    if name == "text":
        return text.render(report, quiet=quiet, color=color, show_superseded=show_superseded)
    return REPORTERS[name](report)
