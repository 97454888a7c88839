"""The discovery report: per discovered fact group, the values each article
gives, the consensus and the disagreements; then the usual test-style report
of the discovered rules (text), or the JSON report with a `discovered` list."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factlint.discover.rulegen import slug
from factlint.model import Fact, Finding, Report, Severity
from factlint.reporters import json_report, text
from factlint.reporters.options import RenderOptions

if TYPE_CHECKING:
    from factlint.discover.run import ReadOnly


@dataclass(frozen=True)
class GroupSummary:
    """One discovered fact group as reported."""

    rule: str
    fact: str
    description: str
    kind: str
    mentions: tuple[Fact, ...]
    disagreements: tuple[Finding, ...]
    consensus: str | None  # None: no value has a majority
    read_only: bool = False  # a kind no rule can check yet: read by discovery alone, no rule written

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.path for m in self.mentions))

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule, "fact": self.fact, "description": self.description, "kind": self.kind,
            "read_only": self.read_only,
            "articles": len(self.articles), "consensus": self.consensus,
            "mentions": [{"path": m.path, "line": m.line, "column": m.column, "value": m.display, "text": m.text}
                         for m in self.mentions],
            "disagreements": [{"path": f.path, "line": f.line, "column": f.column, "found": f.found,
                               "message": f.message} for f in self.disagreements],
        }


def summaries(report: Report, rules: list[tuple[str, str, str, str]]) -> list[GroupSummary]:
    """A summary per (rule id, fact, description, kind), in the order given."""
    facts: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in report.facts:
        facts[f.rule, f.fact].append(f)
    findings: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in report.findings:
        findings[finding.rule, finding.fact].append(finding)
    out = []
    for rule, fact, description, kind in rules:
        mentions = facts.get((rule, fact), [])
        if not mentions:
            continue
        flagged = {(f.path, f.line, f.column) for f in findings.get((rule, fact), [])}
        backing: dict[str, set[str]] = defaultdict(set)
        values: dict[str, dict[str, Any]] = {}
        for m in mentions:
            if (m.path, m.line, m.column) not in flagged:
                backing[m.display].add(m.path)
                values.setdefault(m.display, m.value)
        consensus = max(sorted(backing), key=lambda v: len(backing[v])) if backing else None
        if kind == "count" and consensus is not None and len({m.path for m in mentions}) >= 2 and all(
                len(set().union(*(backing[u] for u in backing if not _apart(values[u], values[v])))) < 2
                for v in backing):
            # No two articles agree on a count ("41", "40": kept as one fact with a
            # slip): which is right is not known. (One article alone, with
            # --min-articles 1, agrees with itself: its value is the consensus.)
            consensus = None
        out.append(GroupSummary(rule, fact, description, kind, tuple(mentions),
                                tuple(findings.get((rule, fact), [])), consensus))
    return out


def _apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two counts' ranges do not overlap."""
    ends = [x for v in (a, b) for end in ("lo", "hi") if isinstance(x := v.get(end), (int, float))]
    if len(ends) < 4:
        return False
    lo_a, hi_a, lo_b, hi_b = ends
    return hi_a < lo_b or hi_b < lo_a


def read_only_summary(found: ReadOnly) -> GroupSummary:
    """A group no rule can check yet, from discovery's own reading: its mentions
    as facts, its disagreements as warnings."""
    group = found.group
    fact_name = slug(group.written_cue)
    facts = tuple(Fact(path=m.path, line=m.line, column=m.column, end_column=m.column + len(m.display),
                       rule=found.id, fact=fact_name, kind=m.kind, value={"lo": m.lo, "hi": m.hi},
                       display=m.display, text=m.display, quote=m.sentence) for m in group.mentions)
    expected = found.consensus.display if found.consensus is not None else None
    findings = tuple(Finding(path=m.path, line=m.line, column=m.column, rule=found.id, fact=fact_name,
                             severity=Severity.WARNING, message=f"{fact_name} is {m.display}, but most articles say {expected}",
                             found=m.display, expected=expected, quote=m.sentence)
                     for m in found.disagreements)
    description = f"{group.topic.title() + ' ' if group.topic else ''}{group.written_cue} ({group.kind})"
    return GroupSummary(found.id, fact_name, description, group.kind, facts, findings, expected, read_only=True)


def render_text(report: Report, options: RenderOptions = RenderOptions()) -> str:
    """Each discovered fact group (`options.discovered`) with its values, then the check report."""
    groups: tuple[GroupSummary, ...] = options.discovered or ()
    min_articles = options.min_articles
    n = len(groups)
    lines = [f"factlint discover: {len(report.articles)} article{'s' * (len(report.articles) != 1)}, "
             f"{n} fact group{'s' * (n != 1)} stated in {min_articles} or more articles", ""]
    for g in groups:
        disputed = len(g.disagreements)
        status = f"{disputed} disagreement{'s' * (disputed != 1)}" if disputed else \
            "all agree" if g.consensus is not None else "no value has a majority"
        note = ", read only: no rule kind for it yet" if g.read_only else ""
        lines.append(f"{g.rule}.{g.fact}: {g.description} ({len(g.articles)} article{'s' * (len(g.articles) != 1)}, {status}{note})")
        lines.append(f"    consensus: {g.consensus if g.consensus is not None else '(none: no value has a majority)'}")
        flagged = {(f.path, f.line, f.column) for f in g.disagreements}
        width = max(len(f"{m.path}:{m.line}") for m in g.mentions)
        for m in g.mentions:
            mark = "✗" if (m.path, m.line, m.column) in flagged else " "
            lines.append(f"  {mark} {f'{m.path}:{m.line}'.ljust(width)}  {m.display}")
        lines.append("")
    return "\n".join(lines) + "\n" + text.render(report, RenderOptions(options.quiet, options.color))


def render_json(report: Report, options: RenderOptions = RenderOptions()) -> str:
    data = json_report.data(report)
    data["discovered"] = [g.to_dict() for g in options.discovered or ()]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
