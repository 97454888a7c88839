"""factlint's exit status, in one place: what CI reads from a run."""
from __future__ import annotations

from enum import IntEnum

from factlint.model import Report, Severity


class ExitStatus(IntEnum):
    CLEAN = 0  # nothing at or above the fail level
    FINDINGS = 1  # findings at or above the fail level
    ERROR = 2  # usage, rule, configuration or input errors (never hidden by --exit-zero)
    INTERRUPTED = 130  # Ctrl-C


def failing(report: Report, fail_on: str) -> int:
    """How many findings are at or above the fail level (`info` findings never fail)."""
    threshold = Severity(fail_on).rank
    return sum(1 for f in report.findings if Severity(f.severity).rank >= threshold)


def exit_status(report: Report, fail_on: str = Severity.ERROR, exit_zero: bool = False) -> ExitStatus:
    """ERROR when part of the run could not be checked, FINDINGS when a finding is
    at or above `fail_on` (unless `exit_zero`), else CLEAN."""
    if report.errors:
        return ExitStatus.ERROR
    if failing(report, fail_on) and not exit_zero:
        return ExitStatus.FINDINGS
    return ExitStatus.CLEAN
