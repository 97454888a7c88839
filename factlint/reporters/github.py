"""GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line
per finding, which GitHub shows as an annotation on the article's line, then
the tally as a plain log line."""
from __future__ import annotations

from typing import Iterator

from factlint.errors import printable
from factlint.model import Finding, Report, Severity
from factlint.reporters.options import DEFAULT, RenderOptions
from factlint.reporters.text import summary_line

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """The message after `::`: `%`, CR and LF are percent-encoded (GitHub's rules);
    other control characters (an escape sequence) are written as `\\x1b`."""
    text = printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))
    return text


def escape_property(text: str) -> str:
    """A `key=value` property: as the message, and `:` and `,` too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(f: Finding) -> str:
    properties = {"file": f.path, "line": f.line, "endLine": f.line, "col": f.column}
    if f.end_column > f.column:
        properties["endColumn"] = f.end_column
    properties["title"] = f"factlint [{f.rule}.{f.fact}]"
    details = [f.message, f"found: {f.found}"]
    if f.expected:
        details.append(f"expected: {f.expected}")
    joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    message = escape_data("\n".join(details))
    return f"::{COMMANDS[f.severity]} {joined}::{message}"


def render(report: Report, options: RenderOptions = DEFAULT) -> str:
    return "".join(chunks(report, options))


def chunks(report: Report, options: RenderOptions = DEFAULT) -> Iterator[str]:
    for f in report.findings:
        yield annotation(f) + "\n"
    for e in report.errors:
        yield f"::error file={escape_property(e.path)},title=factlint error::{escape_data(str(e))}\n"
    yield summary_line(report) + "\n"
