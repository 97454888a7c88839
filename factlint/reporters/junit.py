"""JUnit XML, the test report CI servers (GitLab, Jenkins, Azure) display: a
testsuite per article, a testcase per check, a <failure> per finding and a
<skipped> for a skipped check. No times or timestamps, so the output is stable."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import Iterator

from factlint.model import Check, Finding, Outcome, Report, Severity
from factlint.reporters.options import DEFAULT, RenderOptions
from factlint.reporters.text import format_finding

# Characters XML 1.0 cannot hold at all (most C0 controls, stray surrogates from a
# file name that is not UTF-8, U+FFFE/U+FFFF); an article or a reason may contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _counts(checks: list[Check], errors: int = 0) -> dict[str, str]:
    return {
        "tests": str(len(checks) + errors),
        "failures": str(sum(1 for c in checks if c.outcome == Outcome.FAILED)),
        "errors": str(errors),
        "skipped": str(sum(1 for c in checks if c.outcome == Outcome.SKIPPED)),
    }


def _testcase(suite: ET.Element, check: Check, findings: list[Finding]) -> None:
    case = ET.SubElement(suite, "testcase", {"classname": _clean(check.path), "name": f"{check.rule}.{check.fact}",
                                             "file": _clean(check.path)})
    notes = [f for f in findings if f.severity == Severity.INFO]  # superseded figures: notes, not failures
    for f in findings:
        if f.severity == Severity.INFO:
            continue
        failure = ET.SubElement(case, "failure", {"message": _clean(f"{f.line}:{f.column}: {f.message}"),
                                                  "type": f.severity})
        failure.text = _clean("\n".join(format_finding(f)))
    if check.outcome == Outcome.SKIPPED:
        ET.SubElement(case, "skipped", {"message": check.reason})
    if notes:
        ET.SubElement(case, "system-out").text = _clean("\n\n".join("\n".join(format_finding(f)) for f in notes))


def render(report: Report, options: RenderOptions = DEFAULT) -> str:
    return "".join(chunks(report, options))


def _serialised(element: ET.Element) -> str:
    """One suite, cleaned, indented as a child of the root, as text."""
    for node in element.iter():  # every attribute and text, whatever a future field adds
        node.attrib = {key: _clean(value) for key, value in node.attrib.items()}
        if node.text:
            node.text = _clean(node.text)
    ET.indent(element, level=1)
    return ET.tostring(element, encoding="unicode")


def chunks(report: Report, options: RenderOptions = DEFAULT) -> Iterator[str]:
    """The document in pieces, a suite (an article) at a time: what ET.indent and
    ET.tostring give for the whole tree, without building it."""
    checks_of: dict[str, list[Check]] = defaultdict(list)
    for check in report.checks:
        checks_of[check.path].append(check)
    findings_of: dict[tuple[str, str, str], list[Finding]] = defaultdict(list)
    for f in report.findings:
        findings_of[(f.path, f.rule, f.fact)].append(f)
    root = ET.Element("testsuites", {"name": "factlint", **_counts(list(report.checks), len(report.errors))})
    root.attrib = {key: _clean(value) for key, value in root.attrib.items()}
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if not report.articles and not report.errors:
        yield head + ET.tostring(root, encoding="unicode") + "\n"
        return
    empty = ET.tostring(root, encoding="unicode")  # <testsuites ... />: its start tag is this less " />"
    yield head + empty[:-len(" />")] + ">"

    def suites() -> Iterator[ET.Element]:
        for article in report.articles:
            checks = checks_of.pop(article, [])
            suite = ET.Element("testsuite", {"name": _clean(article), **_counts(checks)})
            for check in checks:
                _testcase(suite, check, findings_of[(check.path, check.rule, check.fact)])
            yield suite
        if report.errors:  # what could not be checked: a suite of its own, one <error> each
            suite = ET.Element("testsuite", {"name": "factlint errors", "tests": str(len(report.errors)),
                                             "failures": "0", "errors": str(len(report.errors)), "skipped": "0"})
            for e in report.errors:
                case = ET.SubElement(suite, "testcase", {"classname": _clean(e.path), "name": e.rule or "read",
                                                         "file": _clean(e.path)})
                ET.SubElement(case, "error", {"message": _clean(e.message)}).text = _clean(str(e))
            yield suite

    for suite in suites():
        yield "\n  " + _serialised(suite)
    yield "\n</testsuites>\n"
