"""GitLab Code Quality report: a JSON array of issues, one per finding, which
GitLab shows in merge requests (`artifacts: reports: codequality:`).

Each issue carries a fingerprint GitLab uses to tell new findings from old
ones across pipelines, so it is built from what identifies the finding (the
baseline's key: article, rule.fact, value found) and its rank among equal
keys, never from the line, which moves whenever the article is edited above.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter

from factlint.model import Report
from factlint.reporters.options import DEFAULT, RenderOptions

# GitLab's severities: info, minor, major, critical, blocker.
SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def _fingerprint(*parts: object) -> str:
    return hashlib.sha256("\x00".join(map(str, parts)).encode("utf-8")).hexdigest()[:32]


def render(report: Report, options: RenderOptions = DEFAULT) -> str:
    seen: Counter[tuple] = Counter()
    issues = []
    for f in report.findings:
        key = (f.path, f.rule, f.fact, f.found)
        seen[key] += 1
        expected = f" (found {f.found}; expected {f.expected})" if f.expected else f" (found {f.found})"
        issues.append({
            "type": "issue",
            "description": f"[{f.rule}.{f.fact}] {f.message}{expected}",
            "check_name": f"{f.rule}.{f.fact}",
            "categories": ["Bug Risk"],
            "severity": SEVERITIES[f.severity],
            "fingerprint": _fingerprint(*key, seen[key]),
            "location": {"path": f.path, "lines": {"begin": f.line, "end": f.line}},
        })
    for e in report.errors:  # a part of the run not checked is never silent
        issues.append({
            "type": "issue",
            "description": f"factlint error: {e}",
            "check_name": "factlint.error",
            "categories": ["Bug Risk"],
            "severity": "blocker",
            "fingerprint": _fingerprint("error", e.path, e.rule, e.message),
            "location": {"path": e.path, "lines": {"begin": 1, "end": 1}},
        })
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
