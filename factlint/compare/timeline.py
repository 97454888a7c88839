"""Comparison by time, for a figure that changes (a toll, a count of missing people).

Each mention is judged against the figures known at its article's time:
  - superseded (`info`): right when published, a different figure came later;
  - stale (`warning`): published after a newer figure was public, or beside a
    newer figure in the same undated copy, it still repeats the old one;
  - contradiction (the fact's severity, `error` by default): a figure no
    timeline explains: stated nowhere else and not between two figures of the
    timeline, against the rule's final figure after that became current, or, for
    `changes: grows`, smaller than a figure already public.

The timeline is the rule's own (`timeline:`), or else the articles' figures:
a figure is established when two articles state it (an earlier figure told as
history, "up from 41", counts as a statement); its time is the earliest dated
article that gives it. A figure stated as history is never a finding.

The rule's `expected` value ends the timeline, stated or not: an established
figure no dated copy places before it is an earlier count (superseded by it, or
stale in copy dated after an article gave it), and copy dated after it does not
date an earlier figure. For a count that does not say `changes`, a figure above
the final one is a step only when two articles give it, one dated before the
final figure was public (a toll revised down); else it is an error.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from factlint.compare.steps import DIP, ROUNDED, VAGUE, Step, current_step, figure, is_vague, middle, open_ended, plausible
from factlint.kinds import KINDS
from factlint.model import Fact, Finding, Related, Severity
from factlint.prose.moments import Moment, moment_key
from factlint.prose.timecues import Cue, cue
from factlint.rules import FactSpec, Rule

MAX_RELATED = 5
CHANGING_KINDS = ("count",)  # kinds judged by time when a rule does not say `changes`


def judged_by_time(spec: FactSpec, mentions: list[Fact], times: dict[str, Moment]) -> bool:
    """Whether this fact is compared by time: it says it changes, or (saying
    nothing) it is a count whose mentions come from articles of different times."""
    if spec.changes == "none":
        return False
    if spec.changes in ("grows", "any"):
        return True
    if spec.kind not in CHANGING_KINDS:
        return False
    dated: dict[tuple[float, ...], set[str]] = defaultdict(set)
    for m in mentions:
        f = figure(m.value)
        if f is not None:
            dated[f].add(m.path)
    established = {f for f, paths in dated.items() if len(paths) >= 2 and any(p in times for p in paths)}
    ref = KINDS[spec.kind].reference(spec)
    final = figure(ref) if isinstance(ref, dict) else None
    if final is None:
        return len(established) >= 2
    # The rule's final figure ends the timeline whether or not an article states it: "71
    # seats" in two articles, one dated, against an expected 72 is an earlier count. A
    # figure above it is a step only when copy gave it before the final figure was public
    # (a toll revised down); else a count grows to its final figure, and a higher figure
    # that several articles repeat ("more than 2,700" against 2,207) is a copied error.
    seen = [times[p] for p in dated.get(final, ()) if p in times]
    first = min(seen, key=moment_key) if seen else None
    steps = {f for f in established if middle(f) < middle(final) or (
        first is not None and any(times[p].before(first) for p in dated[f] if p in times))}
    return len(steps - {final}) >= 1


def _finding(m: Fact, rule: Rule, spec: FactSpec, severity: Severity, message: str, expected: str | None,
             related: tuple[Related, ...]) -> Finding:
    return Finding(
        path=m.path, line=m.line, column=m.column, rule=rule.id, fact=spec.name, severity=severity,
        message=f"{rule.description or rule.id}: {message}", found=m.text, expected=expected, quote=m.quote,
        end_column=m.end_column, quote_column=m.quote_offset + 1, related=related)


def compare_by_time(mentions: list[Fact], rule: Rule, spec: FactSpec, ref: Any,
                    times: dict[str, Moment]) -> list[tuple[Fact, Finding]]:
    """Each mention judged against the figures known at its article's time."""
    timeline = _Timeline(mentions, rule, spec, ref, times)
    out = []
    for m in mentions:
        finding = timeline.judge(m)
        if finding is not None:
            out.append((m, finding))
    return out


class _Timeline:
    """The steps of one changing fact (the rule's official figures, else the
    articles'), and what each mention's figure is against them."""

    def __init__(self, mentions: list[Fact], rule: Rule, spec: FactSpec, ref: Any,
                 times: dict[str, Moment]) -> None:
        self.rule, self.spec, self.ref, self.times = rule, spec, ref, times
        self.kind = KINDS[spec.kind]
        self.cues = {id(m): cue(m.quote, m.quote_offset, m.quote_offset + len(m.text)) for m in mentions}
        self.grows = spec.changes == "grows"
        self.ref_figure = figure(ref) if isinstance(ref, dict) else None
        self.sightings: dict[tuple[float, ...], list[Fact]] = defaultdict(list)
        for m in mentions:
            f = self.key_of(m.value)
            if f is not None:
                self.sightings[f].append(m)
        self.final_seen = self._final_seen()
        self.steps: dict[tuple[float, ...], Step] = {}
        ordered = self._official_steps() if spec.timeline else self._article_steps()
        if self.grows:  # a step down is no step of a growing figure: it is a contradiction
            kept: list[Step] = []
            for step in ordered:
                if not kept or middle(step.figure) >= middle(kept[-1].figure):
                    kept.append(step)
            ordered = kept
        self.ordered = ordered
        self.position = {step.figure: i for i, step in enumerate(ordered)}
        self.final_from = self._final_from()
        self.context: dict[str, set[int]] = defaultdict(set)  # the steps each article states as current
        self.updates: dict[str, list[Fact]] = defaultdict(list)
        for m in mentions:
            f = self.key_of(m.value)
            if f in self.position and self.cues[id(m)] is not Cue.PAST:
                self.context[m.path].add(self.position[f])
            if self.cues[id(m)] is Cue.UPDATE:
                self.updates[m.path].append(m)

    def key_of(self, value: dict[str, Any]) -> tuple[float, ...] | None:
        """A figure within the tolerance of the rule's final figure is that figure
        ("4,500" and "4,512" are one step)."""
        f = figure(value)
        if f is None or self.ref_figure is None or len(f) != 1:
            return f
        point = {**value, "lo": f[0], "hi": f[0], "lo_open": False, "hi_open": False}
        return self.ref_figure if self.kind.matches(point, self.ref, self.spec) else f

    def _official_steps(self) -> list[Step]:
        for moment, value in self.spec.timeline:
            f = self.key_of(value)
            if f is not None and f not in self.steps:
                self.steps[f] = Step(f, moment, {"(timeline)"}, self.kind.describe(value, self.spec.options), value)
        return sorted(self.steps.values(), key=lambda s: moment_key(s.at))

    def above_final(self, f: tuple[float, ...]) -> bool:
        """A figure above the rule's final one, for a count that does not say how it
        changes, that two articles do not give with one dated before the final figure was
        public: the count grew to its final figure (a toll revised down shows in time,
        115 weeks before 99), so this is no step of it."""
        if self.spec.changes is not None or self.ref_figure is None or f == self.ref_figure:
            return False
        if middle(f) <= middle(self.ref_figure):
            return False
        seen = self.final_seen
        if seen is None or len({m.path for m in self.sightings[f]}) < 2:
            return True  # a revision down shows in two articles, one dated before the final figure
        return not any(self.times[m.path].before(seen) for m in self.sightings[f] if m.path in self.times)

    def _final_seen(self) -> Moment | None:
        """When an article first gave the rule's final figure (None: no dated article did)."""
        if self.ref_figure is None:
            return None
        dated = [self.times[m.path] for m in self.sightings.get(self.ref_figure, ()) if m.path in self.times]
        return min(dated, key=moment_key) if dated else None

    def _article_steps(self) -> list[Step]:
        final_seen = self.final_seen
        for f, ms in self.sightings.items():
            if self.above_final(f):
                continue  # not a step of a count that grows to its final figure
            paths = {m.path for m in ms}
            # Copy dated after the rule's final figure was public does not date an earlier figure:
            # it repeats it (stale), so the figure keeps only its earlier dated sightings.
            dated = [self.times[m.path] for m in ms if m.path in self.times
                     and (f == self.ref_figure or final_seen is None or not final_seen.before(self.times[m.path]))]
            # A step: stated by two articles, or given by a dated one (when it fits, see _plausible).
            if len(paths) >= 2 or dated or f == self.ref_figure:
                first = min(dated, key=moment_key) if dated else None
                # The figure as its plainest mention states it ("4,512" rather than "more than 4,500").
                plain = next((m for m in ms if not open_ended(m.value)), ms[0])
                value = self.ref if f == self.ref_figure else plain.value
                stated = None
                if open_ended(value):  # only "more than 1,300": the step is 1,300
                    stated = value
                    value = {**value, "lo": f[0], "hi": f[-1], "lo_open": False, "hi_open": False}
                self.steps[f] = Step(f, first, paths, plain.display, value, stated)
        return plausible(sorted((s for s in self.steps.values() if s.first is not None),
                                 key=lambda s: moment_key(s.at)), self.ref_figure)

    def _final_from(self) -> Moment | None:
        """When the rule's final figure became current: after every step that disagrees with it."""
        if self.ref is None:
            return None
        agreeing = [self.kind.matches(s.value, self.ref, self.spec) for s in self.ordered]
        last_other = max((i for i, ok in enumerate(agreeing) if not ok), default=-1)
        return next((s.at for i, s in enumerate(self.ordered) if i > last_other and agreeing[i]), None)

    def step_of(self, f: tuple[float, ...], t: Moment | None, context_of: set[int]) -> int | None:
        """The timeline position of a figure: its own step, or the step it falls after
        on the way between two consecutive steps ("47" on the way from 44 to 52) when
        its article is dated after the first of them, or, undated, states one of them."""
        if f in self.position:
            return self.position[f]
        if self.grows and f in self.steps:
            return None  # a step down of a growing figure
        ordered = self.ordered
        mid = middle(f)
        for i in range(len(ordered) - 1):
            a, b = middle(ordered[i].figure), middle(ordered[i + 1].figure)
            # Dated copy after the first of the two steps; undated copy that states one of them.
            placed = (not t.before(ordered[i].at)) if t is not None else bool({i, i + 1} & context_of)
            if min(a, b) < mid < max(a, b) and placed:
                if self.grows and t is not None and ordered[i + 1].at.before(t):
                    return None  # below a figure already public: the wrong way
                return i
        return None

    def supersedes(self, s: Step, m: Fact, f: tuple[float, ...]) -> bool:
        """A step replaces a mention's figure unless it is that figure, or only a looser
        statement of it ("more than 4,000" says nothing against "4,512")."""
        if s.figure == f:
            return False
        return not (s.stated is not None and self.kind.agree(s.stated, m.value, self.spec))

    def _figure_of(self, m: Fact) -> tuple[float, ...] | None:
        f = self.key_of(m.value)
        if f is None or f in self.position:
            return f
        if len(f) == 1 and (m.value.get("approx") or m.value.get("qualifier") == "nearly"):
            # "nearly 600" beside the step 588: the same figure, rounded
            return next((s.figure for s in self.ordered if len(s.figure) == 1
                         and abs(s.figure[0] - f[0]) <= ROUNDED * s.figure[0]), f)
        if len(f) == 2 and (m.value.get("lo_open") or m.value.get("hi_open")):
            # "hundreds": the first step the words cover
            return next((s.figure for s in self.ordered if len(s.figure) == 1 and f[0] <= s.figure[0] <= f[1]), f)
        return f

    def _no_claim(self, m: Fact, f: tuple[float, ...], t: Moment | None) -> bool:
        """A figure with no step of its own that says nothing to judge: vague and
        undated, or far below the figure of its time (a part of the whole)."""
        if t is None and is_vague(m.value):
            return True  # "hundreds", "200 to 300": with no time to place it, no claim to judge
        if t is not None:
            known = [s for s in self.ordered if not t.before(s.at)] or self.ordered[:1]
        else:  # an undated article: the steps it states itself, else the latest
            known = [self.ordered[j] for j in self.context.get(m.path, ())] or self.ordered[-1:]
        return middle(f) * DIP < max(middle(s.figure) for s in known)  # "two of them children"

    def judge(self, m: Fact) -> Finding | None:
        """The finding about one mention, or None when time explains it."""
        if self.cues[id(m)] is Cue.PAST:
            return None  # an earlier figure told as history
        f = self._figure_of(m)
        if f is None:
            return None
        spec, ref, position = self.spec, self.ref, self.position
        t = self.times.get(m.path)
        # A step is its own figure ("at least 61" is the step 61, not the final 63); a
        # figure no step holds ("more than 4,000", "dozens") agrees with a final one it allows.
        # An undated step two articles give is its own figure too ("at least four" beside two
        # articles' "four bodies" is the count four, not the final six), unless only looser
        # words state it close to the final figure ("more than 2,000" against 2,207: rounded).
        own = f in position or (f in self.steps and self.steps[f].first is None and (
            self.steps[f].stated is None or self.ref_figure is None
            or middle(f) < (1 - VAGUE) * middle(self.ref_figure)))
        agrees = ref is not None and (f == self.ref_figure or (not own and self.kind.matches(m.value, ref, spec)))
        final_now = agrees and self.final_from is not None and t is not None and not t.before(self.final_from)
        i = self.step_of(f, t, self.context.get(m.path, set()))
        # A figure no step holds, though it falls between two, is still a part when far below
        # the figure of its time ("the families of 13 victims" in copy of a toll of 115).
        if self.ordered and f not in position and self._no_claim(m, f, t):
            return None
        # A later update in the same article replaces this figure there.
        replaced = [u for u in self.updates[m.path] if self.key_of(u.value) != f and (u.line, u.column) > (m.line, m.column)
                    and not self.kind.agree(m.value, u.value, spec)]  # "more than 30 ... later rose to 34" holds
        if replaced and i is None:
            u = replaced[-1]
            return _finding(m, self.rule, spec, Severity.INFO, f"{spec.name} {m.display} was updated "
                            f"to {u.display} later in the same article",
                            u.display, (Related(u.path, u.line, u.column, u.display),))
        if i is None and self._earlier_figure(f, agrees):
            return self._against_final(m, t)
        if i is None:
            return self._unplaced(m, f, t, agrees)
        if final_now or (agrees and t is None):
            return None  # the final figure's time, or undated copy that the final figure bears out
        return self._placed(m, f, t, i, agrees)

    def _earlier_figure(self, f: tuple[float, ...], agrees: bool) -> bool:
        """A figure two articles give that no dated copy places in time, against the rule's
        final figure: an earlier count ("two bodies recovered" against a final six)."""
        step = self.steps.get(f)
        if self.ref_figure is None or agrees or step is None or f in self.position or len(step.articles) < 2:
            return False
        # Above the final figure, only a figure declared to go up and down was earlier.
        return self.spec.changes == "any" or middle(f) < middle(self.ref_figure)

    def _against_final(self, m: Fact, t: Moment | None) -> Finding:
        """An earlier figure against the rule's final one: stale in copy dated after an
        article gave the final figure, else superseded by it."""
        spec, final = self.spec, self.spec.expected_text
        related = _related(m, self.sightings, self.steps.get(self.ref_figure) if self.ref_figure else None)
        seen = self.final_seen
        if t is not None and seen is not None and seen.before(t):
            return _finding(m, self.rule, spec, Severity.WARNING,
                            f"{spec.name} is {m.display}, but a newer figure, {final}, "
                            f"was public since {seen.label()}", final, related)
        when = f" ({seen.label()})" if seen is not None else " (the final figure)"
        return _finding(m, self.rule, spec, Severity.INFO,
                        f"{spec.name} {m.display} was superseded by {final}{when}", final, related)

    def _unplaced(self, m: Fact, f: tuple[float, ...], t: Moment | None, agrees: bool) -> Finding | None:
        """A figure on no step of the timeline: the final figure, a figure so far, or a contradiction."""
        spec, ordered = self.spec, self.ordered
        if agrees and (self.final_from is None or t is None or not t.before(self.final_from)):
            return None
        if not ordered and self.ref is None:
            return None  # no figure of any known time to judge it by
        current = current_step(ordered, t)
        if self.cues[id(m)] is Cue.AS_OF and ordered:
            final = ordered[-1]
            return _finding(m, self.rule, spec, Severity.INFO,
                            f"{spec.name} {m.display} was a figure so far; it became {final.display}",
                            final.display, _related(m, self.sightings, final))
        against = current.display if current else (spec.expected_text or "")
        why = "no other article and no step of its timeline gives it"
        if self.above_final(f) and spec.expected_text:
            against = spec.expected_text
            why = f"the final figure is {against}, and no earlier figure was higher"
        if self.grows and t is not None and current is not None and middle(f) < middle(current.figure):
            why = (f"it is smaller than {current.display}, public since {current.at.label()}, "
                   "and the figure only grows")
        return _finding(m, self.rule, spec, CONTRADICTION, f"{spec.name} is {m.display}, but {why}",
                        against or None, _related(m, self.sightings, current))

    def _placed(self, m: Fact, f: tuple[float, ...], t: Moment | None, i: int, agrees: bool) -> Finding | None:
        """A figure on step `i`: stale, superseded, or against the rule's final figure."""
        spec, ordered = self.spec, self.ordered
        step = ordered[i]
        # Stale: a newer step was public before this article's time.
        newer = [s for s in ordered[i + 1:] if self.supersedes(s, m, f) and t is not None and s.at.before(t)]
        if newer:
            w = newer[-1]
            return _finding(m, self.rule, spec, Severity.WARNING,
                            f"{spec.name} is {m.display}, but a newer figure, {w.display}, "
                            f"was public since {w.at.label()}", w.display, _related(m, self.sightings, w))
        # Superseded: a different step came later than this article's time (or this figure's).
        since = t or step.at
        later = [s for s in ordered[i + 1:] if self.supersedes(s, m, f) and not s.at.before(since)]
        # A looser later statement ("more than 4,000") of a later figure ("4,512") is not named.
        later = [s for s in later if s.stated is None or not any(
            o.stated is None and self.kind.agree(s.stated, o.value, spec) for o in later)] or later
        if later:
            shown = later if len(later) <= 3 else [later[0], later[-2], later[-1]]
            text = ", ".join(f"{s.display} ({s.at.label()})" for s in shown)
            return _finding(m, self.rule, spec, Severity.INFO,
                            f"{spec.name} {m.display} was superseded by {text}",
                            later[-1].display, _related(m, self.sightings, *later[-3:]))
        final_from = self.final_from
        if self.ref is not None and not agrees and final_from is None and step.figure != self.ref_figure:
            return self._against_final(m, t)  # the rule's final figure, which no dated article gives, came later
        if self.ref is not None and not agrees and final_from is not None and t is not None and final_from.before(t):
            return _finding(m, self.rule, spec, CONTRADICTION,
                            f"{spec.name} is {m.display}, but it has been {spec.expected_text} "
                            f"since {final_from.label()}", spec.expected_text, ())
        return None


# Time verdicts carry their own severities, whatever severity the rule gives the fact's
# disagreements: a rule that says `severity: info` or `warning` for a changing figure says
# that its figures change (the only way to say it before `changes`), and the verdicts now
# tell which ones are merely old (info), stale (warning), or that time cannot explain (error).
CONTRADICTION = Severity.ERROR


def _related(m: Fact, sightings: dict, *steps: Step | None) -> tuple[Related, ...]:
    """Where the named figures are stated: the first mention of each, other articles first."""
    out = []
    for s in steps:
        if s is None:
            continue
        # The first of the least (min keeps the first of equals, as a stable sort would put it first).
        f = min(sightings.get(s.figure, ()), key=lambda f: (f.path == m.path, f.path, f.line), default=None)
        if f is not None:
            out.append(Related(f.path, f.line, f.column, f.display))
    return tuple(out[:MAX_RELATED])
