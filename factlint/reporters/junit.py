"""JUnit XML, the test report CI servers (GitLab, Jenkins, Azure) display: a
testsuite per article, a testcase per check, a <failure> per finding and a
<skipped> for a skipped check. No times or timestamps, so the output is stable."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from factlint.model import Check, Finding, Report
from factlint.reporters.text import format_finding

# Characters XML 1.0 cannot hold at all (most C0 controls); an article may contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _counts(checks: list[Check]) -> dict[str, str]:
    return {
        "tests": str(len(checks)),
        "failures": str(sum(1 for c in checks if c.outcome == "failed")),
        "errors": "0",
        "skipped": str(sum(1 for c in checks if c.outcome == "skipped")),
    }


def _testcase(suite: ET.Element, check: Check, findings: list[Finding]) -> None:
    case = ET.SubElement(suite, "testcase", {"classname": _clean(check.path), "name": f"{check.rule}.{check.fact}",
                                             "file": _clean(check.path)})
    for f in findings:
        failure = ET.SubElement(case, "failure", {"message": _clean(f"{f.line}:{f.column}: {f.message}"),
                                                  "type": f.severity})
        failure.text = _clean("\n".join(format_finding(f)))
    if check.outcome == "skipped":
        ET.SubElement(case, "skipped", {"message": check.reason})


def render(report: Report) -> str:
    root = ET.Element("testsuites", {"name": "factlint", **_counts(list(report.checks))})
    for article in report.articles:
        checks = [c for c in report.checks if c.path == article]
        findings = [f for f in report.findings if f.path == article]
        suite = ET.SubElement(root, "testsuite", {"name": _clean(article), **_counts(checks)})
        for check in checks:
            _testcase(suite, check, [f for f in findings if (f.rule, f.fact) == (check.rule, check.fact)])
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
