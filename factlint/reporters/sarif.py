"""SARIF 2.1.0 (the OASIS standard GitHub code scanning reads): one run, the
checked facts as tool.driver.rules, one result per finding with the other
articles' mentions as relatedLocations. No timestamps or absolute paths of
our own, so the same input gives the same bytes."""
from __future__ import annotations

import os
import pathlib
from typing import Iterator
from urllib.parse import quote

from factlint import __version__
from factlint.model import Finding, Report, RuleFact, Severity
from factlint.reporters.jsonstream import Stream, iterencode
from factlint.reporters.options import DEFAULT, RenderOptions

SARIF_VERSION = "2.1.0"
SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A relative path stays a relative URI reference; an absolute one becomes file://."""
    if os.path.isabs(path):
        return pathlib.Path(path).as_uri()
    return quote(path.replace(os.sep, "/"))


def _location(path: str, region: dict) -> dict:
    return {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)}, "region": region}}


def _rule_facts(report: Report) -> list[RuleFact]:
    """The report's rule facts, plus any finding's own (a report built without rules)."""
    known = {rf.id: rf for rf in report.rule_facts}
    for f in report.findings:
        known.setdefault(f"{f.rule}.{f.fact}", RuleFact(f.rule, f.fact, f.rule, f.severity))
    return sorted(known.values(), key=lambda rf: (rf.rule, rf.fact))


def _descriptor(rf: RuleFact) -> dict:
    return {
        "id": rf.id,
        "shortDescription": {"text": f"{rf.description}: {rf.fact}"},
        "defaultConfiguration": {"level": LEVELS[rf.severity]},
    }


def _result(f: Finding, rule_index: int) -> dict:
    region = {"startLine": f.line, "startColumn": f.column}
    if f.end_column > f.column:
        region.update(endLine=f.line, endColumn=f.end_column)
    properties = {"found": f.found}
    if f.expected:
        properties["expected"] = f.expected
    result = {
        "ruleId": f"{f.rule}.{f.fact}",
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [_location(f.path, region)],
    }
    if f.related:
        result["relatedLocations"] = [
            {"id": i, **_location(r.path, {"startLine": r.line, "startColumn": r.column}),
             "message": {"text": f"compared with: {r.display}"}}
            for i, r in enumerate(f.related, start=1)]
    result["properties"] = properties
    return result


def render(report: Report, options: RenderOptions = DEFAULT) -> str:
    return "".join(chunks(report, options))


def chunks(report: Report, options: RenderOptions = DEFAULT) -> Iterator[str]:
    """The log in pieces, one result at a time."""
    rule_facts = _rule_facts(report)
    index = {rf.id: i for i, rf in enumerate(rule_facts)}
    run = {
        "tool": {"driver": {
            "name": "factlint",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [_descriptor(rf) for rf in rule_facts],
        }},
        # Articles that could not be read, rules that gave up: the run was not complete.
        "invocations": [{
            "executionSuccessful": not report.errors,
            "toolExecutionNotifications": [
                {"level": "error", "message": {"text": str(e)},
                 **({"descriptor": {"id": e.rule}} if e.rule else {}),
                 "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(e.path)}}}]}
                for e in report.errors],
        }],
        "columnKind": "unicodeCodePoints",  # factlint counts characters, not UTF-16 units
        "results": Stream(_result(f, index[f"{f.rule}.{f.fact}"]) for f in report.findings),
    }
    data = {"$schema": SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}
    yield from iterencode(data)
    yield "\n"
