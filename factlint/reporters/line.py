"""One line per finding, `PATH:LINE:COLUMN: SEVERITY [RULE.FACT] MESSAGE`, for
editors' error parsers and grep; nothing else, so a clean run prints nothing."""
from __future__ import annotations

from typing import Iterator

from factlint.model import Report
from factlint.reporters.options import DEFAULT, RenderOptions
from factlint.reporters.text import headline


def render(report: Report, options: RenderOptions = DEFAULT) -> str:
    return "".join(chunks(report, options))


def chunks(report: Report, options: RenderOptions = DEFAULT) -> Iterator[str]:
    return (headline(finding) + "\n" for finding in report.findings)
