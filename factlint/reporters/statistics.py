"""`--statistics`: how many findings each rule.fact has, like flake8 --statistics."""
from __future__ import annotations

from collections import Counter

from factlint.model import Report
from factlint.reporters.options import DEFAULT, RenderOptions


def render(report: Report, options: RenderOptions = DEFAULT) -> str:
    """`COUNT  RULE.FACT  DESCRIPTION` per rule.fact with findings, sorted by rule.fact."""
    counts = Counter(f"{f.rule}.{f.fact}" for f in report.findings)
    descriptions = {rf.id: rf.description for rf in report.rule_facts}
    width = max((len(key) for key in counts), default=0)
    lines = [f"{counts[key]:<5} {key.ljust(width)}  {descriptions.get(key, '')}".rstrip() for key in sorted(counts)]
    return "".join(line + "\n" for line in lines)
