"""Values tied to a source: a fact with several right values, each attributed.

An earthquake's magnitude may be 6.8 on one agency's scale and 7.1 on another's.
A mention whose sentence names a source (the source word nearest the value
counts) must state that source's value; giving another source's value is an
error ("7.1 is the survey's value, not the institute's"). A mention that names no
source may state any of the values. A value told as history ("first put it at 6.6")
is no claim; one revised later in the same article ("put it at 6.6, then revised it
to 6.8") is superseded there (info).
"""
from __future__ import annotations

from factlint.kinds import KINDS
from factlint.model import Fact, Finding, Related, Severity
from factlint.prose.terms import find_terms
from factlint.prose.timecues import Cue, cue
from factlint.rules import FactSpec, Rule
from factlint.rules.model import SourcedValue


def attributed_to(m: Fact, spec: FactSpec) -> SourcedValue | None:
    """The source the mention's sentence ties it to: the nearest source word, if any."""
    best: tuple[int, SourcedValue] | None = None
    for sourced in spec.values:
        for hit in find_terms(sourced.source, m.quote):
            distance = min(abs(hit.start - m.quote_offset), abs(hit.end - m.quote_offset))
            if best is None or distance < best[0]:
                best = (distance, sourced)
    return best[1] if best else None


def _accepted(m: Fact, spec: FactSpec) -> bool:
    """Whether a mention states a right value: its source's, or any when it names none."""
    kind = KINDS[spec.kind]
    matching = [v for v in spec.values if kind.matches(m.value, v.value, spec)]
    source = attributed_to(m, spec)
    return bool(matching) if source is None else source in matching


def against_sources(mentions: list[Fact], rule: Rule, spec: FactSpec) -> list[tuple[Fact, Finding]]:
    kind = KINDS[spec.kind]
    every = " / ".join(f"{v.display} ({v.name})" for v in spec.values)
    cues = {id(m): cue(m.quote, m.quote_offset, m.quote_offset + len(m.text)) for m in mentions}
    out = []
    for m in mentions:
        if cues[id(m)] is Cue.PAST:
            continue  # an earlier value told as history: "first put it at 7.5"
        matching = [v for v in spec.values if kind.matches(m.value, v.value, spec)]
        source = attributed_to(m, spec)
        # "put the magnitude at 7.5, then revised it to 7.7": a later right value, stated
        # as the revision, replaces this one in the same article.
        revision = next((u for u in mentions if u.path == m.path and (u.line, u.column) > (m.line, m.column)
                         and cues[id(u)] is Cue.UPDATE and _accepted(u, spec)), None)
        if revision is not None and not (source in matching if source else matching):
            out.append((m, Finding(
                path=m.path, line=m.line, column=m.column, rule=rule.id, fact=spec.name, severity=Severity.INFO,
                message=f"{rule.description or rule.id}: {spec.name} {m.display} was revised to "
                        f"{revision.display} later in the same article",
                found=m.text, expected=revision.display, quote=m.quote, end_column=m.end_column,
                quote_column=m.quote_offset + 1,
                related=(Related(revision.path, revision.line, revision.column, revision.display),))))
            continue
        if source is None:
            if matching:
                continue
            detail, expected = f"{spec.name} is {m.display}, but the values are {every}", every
        elif source in matching:
            continue
        elif matching:
            other = matching[0]
            detail = (f"{m.display} is {other.name}'s {spec.name}, not {source.name}'s "
                      f"({source.name}: {source.display})")
            expected = f"{source.display} ({source.name})"
        else:
            detail = f"{spec.name} is {m.display}, but {source.name} gives {source.display}"
            expected = f"{source.display} ({source.name})"
        message = f"{rule.description or rule.id}: {detail}"
        out.append((m, Finding(
            path=m.path, line=m.line, column=m.column, rule=rule.id, fact=spec.name, severity=spec.severity,
            message=message, found=m.text, expected=expected, quote=m.quote, end_column=m.end_column,
            quote_column=m.quote_offset + 1)))
    return out
