"""What a rule file says, once validated: a rule, its scope, its facts and its examples."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factlint.model import Severity, Tolerance
from factlint.prose.moments import Moment
from factlint.prose.terms import Hit, find_terms, has_term

SEVERITIES = tuple(s.value for s in sorted(Severity, key=lambda s: -s.rank))  # as messages list them: error first
CHANGES = ("grows", "any", "none")


# The keys a rule file may use (docs/rules.md's key tables are tested against them).
RULE_KEYS = {"id", "description", "severity", "message", "scope", "facts", "examples", "date-order"}
DATE_ORDERS = ("mdy", "dmy")
FACT_KEYS = {"kind", "triggers", "expected", "tolerance", "severity", "message", "window", "part_of",
             "changes", "timeline", "values"}
SCOPE_KEYS = {"any", "all", "none"}
EXAMPLE_KEYS = ("pass", "fail")


@dataclass(frozen=True)
class Scope:
    """Words that tie a sentence to a rule's event: every group needs one hit, and
    no `none` term may appear. No groups at all means every sentence is in scope."""

    groups: tuple[tuple[str, ...], ...] = ()
    exclude: tuple[str, ...] = ()

    def hits(self, text: str) -> list[Hit] | None:
        """The scope words in `text`, or None when the text is out of scope."""
        if self.exclude and has_term(self.exclude, text):
            return None
        # Most sentences are out of scope: test every group before collecting hits.
        if not all(has_term(group, text) for group in self.groups):
            return None
        found: list[Hit] = []
        for group in self.groups:
            group_hits = find_terms(group, text)
            if not group_hits:
                return None
            found.extend(group_hits)
        return found


@dataclass(frozen=True)
class SourcedValue:
    """One of several right values of a fact, with the words that attribute it
    ("USGS", "moment magnitude"): a mention attributed to this source must state it."""

    value: Any  # the kind's parsed value
    display: str
    source: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.source[0]


@dataclass(frozen=True)
class FactSpec:
    """One fact of a rule, validated, with its kind's options filled in."""

    name: str
    kind: str
    triggers: tuple[str, ...]
    expected: Any  # the kind's parsed value, or None
    expected_text: str | None
    tolerance: Tolerance
    severity: Severity
    message: str | None
    window: int
    options: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    line: int = 0
    part_of: str | None = None  # the fact this one counts a part of ("children" of "deaths")
    # How the figure changes over time: "grows", "any", "none" (never), or None when the
    # rule does not say (a count is then judged by time when the articles' times show a timeline).
    changes: str | None = None
    # Official figures over time, (moment, parsed value) in time order; () when not given.
    timeline: tuple[tuple[Moment, Any], ...] = field(default=(), compare=False, hash=False)
    # Several right values, each tied to its source (`values:`); () when the fact has one.
    values: tuple[SourcedValue, ...] = field(default=(), compare=False, hash=False)


@dataclass(frozen=True)
class Example:
    """A passage a rule must pass (a fact, no finding) or fail (a finding): the rule's own test."""

    expect: str  # "pass" | "fail"
    number: int  # 1-based among the rule's examples of the same `expect`
    line: int
    text: str


@dataclass(frozen=True)
class Rule:
    """A rule file: facts about one event or subject, and the scope that ties them to it."""

    id: str
    path: str
    description: str
    severity: Severity
    message: str | None
    scope: Scope
    facts: tuple[FactSpec, ...]
    line: int = 1
    examples: tuple[Example, ...] = ()
