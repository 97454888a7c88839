"""The records passed between steps: Interval, Fact, Finding, Check, Report.

All are frozen and turn into plain JSON-able dicts (and back), so that the
extract step's output can be stored, shipped and compared later.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

INF = math.inf


def _plain(value: Any) -> Any:
    """A copy of a JSON-like value, as `dataclasses.asdict` makes of a field: dicts,
    lists and tuples copied all the way down; anything else as asdict copies it."""
    kind = type(value)
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    if kind is list:
        return [_plain(v) for v in value]
    if kind is tuple:
        return tuple(_plain(v) for v in value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    return asdict(_Field(value))["value"]  # a dataclass, a named tuple, an object: asdict's own way


@dataclass(frozen=True)
class _Field:
    value: Any


class Severity(StrEnum):
    """How much a finding matters; `--fail-on` fails a run at or above a level."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    def __repr__(self) -> str:  # as the plain string it replaces: record reprs (and rule fingerprints) stay put
        return repr(self.value)


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Outcome(StrEnum):
    """The verdict on one fact in one article."""

    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"

    def __repr__(self) -> str:
        return repr(self.value)


@dataclass(frozen=True)
class Interval:
    """A closed, open or half-open range of numbers; "more than 20" is (20, inf)."""

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(value, value)

    @property
    def is_point(self) -> bool:
        return self.lo == self.hi and not (self.lo_open or self.hi_open)

    def gap(self, other: Interval) -> float:
        """Distance between the two ranges: 0 when they share a point, else > 0.

        Ranges that only touch at an open end ("more than 20" and "20") share no
        point, so their gap is a tiny positive number rather than 0.
        """
        lo_side = other.lo - self.hi
        hi_side = self.lo - other.hi
        if lo_side > 0 or hi_side > 0:
            return max(lo_side, hi_side)
        if lo_side == 0 and (self.hi_open or other.lo_open):
            return 1e-9
        if hi_side == 0 and (self.lo_open or other.hi_open):
            return 1e-9
        return 0.0

    def widen(self, absolute: float) -> Interval:
        return Interval(self.lo - absolute, self.hi + absolute, self.lo_open, self.hi_open)

    def magnitude(self) -> float:
        """The size used for relative tolerances: the largest finite bound."""
        finite = [abs(v) for v in (self.lo, self.hi) if math.isfinite(v)]
        return max(finite) if finite else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "lo": self.lo if math.isfinite(self.lo) else None,
            "hi": self.hi if math.isfinite(self.hi) else None,
            "lo_open": self.lo_open,
            "hi_open": self.hi_open,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Interval:
        lo = -INF if data["lo"] is None else data["lo"]
        hi = INF if data["hi"] is None else data["hi"]
        return cls(lo, hi, data["lo_open"], data["hi_open"])


@dataclass(frozen=True, slots=True)  # slots: an archive holds hundreds of thousands
class Fact:
    """One mention of a fact in one article: what it says, and exactly where.

    `value` is kind-specific JSON (an interval for numbers, a day range for dates,
    a phrase for titles); `display` is the value written the canonical way.
    """

    path: str
    line: int
    column: int
    end_column: int
    rule: str
    fact: str
    kind: str
    value: dict[str, Any]
    display: str
    text: str
    quote: str
    quote_offset: int = 0  # where the value starts inside `quote`
    # Where the event was named when this sentence does not name it itself
    # ("line 3: exit poll"): the scope was carried over from there. None: named here.
    scope_from: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # By hand, not dataclasses.asdict: the same dict (the value a copy, as asdict's)
        # at a fraction of the cost, for every fact of a run.
        data = {
            "path": self.path, "line": self.line, "column": self.column, "end_column": self.end_column,
            "rule": self.rule, "fact": self.fact, "kind": self.kind, "value": _plain(self.value),
            "display": self.display, "text": self.text, "quote": self.quote, "quote_offset": self.quote_offset,
        }
        if self.scope_from is not None:  # None: a scope named in the sentence itself, as before the field existed
            data["scope_from"] = self.scope_from
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fact:
        return cls(**data)

    @property
    def key(self) -> tuple[str, str]:
        return (self.rule, self.fact)


@dataclass(frozen=True, slots=True)  # slots: an archive holds hundreds of thousands
class Related:
    """Another mention a finding is compared with: where, and its value written
    the canonical way (`Fact.display`; a Finding's `found` is the text as written)."""

    path: str
    line: int
    column: int
    display: str

    def to_dict(self) -> dict[str, Any]:
        # JSON schema 1 names the value "found"; kept so that readers of the format do not break.
        return {"path": self.path, "line": self.line, "column": self.column, "found": self.display}


@dataclass(frozen=True, order=True, slots=True)
class Finding:
    """One disagreement, reported at the place of the value that is wrong."""

    path: str
    line: int
    column: int
    rule: str
    fact: str
    severity: Severity
    message: str
    found: str
    expected: str | None
    quote: str = field(default="", compare=False)
    end_column: int = field(default=0, compare=False)
    quote_column: int = field(default=1, compare=False)
    related: tuple[Related, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "line": self.line, "column": self.column, "rule": self.rule, "fact": self.fact,
            "severity": self.severity, "message": self.message, "found": self.found, "expected": self.expected,
            "quote": self.quote, "end_column": self.end_column, "quote_column": self.quote_column,
            "related": [r.to_dict() for r in self.related],
        }


@dataclass(frozen=True, slots=True)  # slots: an archive holds hundreds of thousands
class Check:
    """The verdict on one fact in one article: passed, failed or skipped."""

    path: str
    rule: str
    fact: str
    outcome: Outcome
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "rule": self.rule, "fact": self.fact, "outcome": self.outcome, "reason": self.reason}


@dataclass(frozen=True, order=True)
class RunError:
    """Something that kept part of the run from being checked: an article that
    could not be read, or a rule that gave up on an article (`rule` set)."""

    path: str
    message: str
    rule: str | None = None

    def __str__(self) -> str:
        return f"{self.path}: rule {self.rule!r}: {self.message}" if self.rule else f"{self.path}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Suppression:
    """A `factlint: ignore[RULE, ...] reason: WHY` line of one article.

    `rules` holds each id as written with its column; `first_line`..`last_line`
    is the paragraph it covers (both 0 when no paragraph follows); `error` says
    why the line could not be read as a suppression ("" when it could).
    """

    path: str
    line: int
    column: int
    text: str
    rules: tuple[tuple[str, int], ...]
    reason: str
    first_line: int
    last_line: int
    error: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Suppression:
        return cls(**{**data, "rules": tuple((name, column) for name, column in data["rules"])})


@dataclass(frozen=True)
class RuleFact:
    """A fact a rule checks, as a report describes it (SARIF rule entries, statistics)."""

    rule: str
    fact: str
    description: str
    severity: Severity
    expected: str | None = None  # the rule's expected value as written for people, when it sets one

    @property
    def id(self) -> str:
        return f"{self.rule}.{self.fact}"


@dataclass(frozen=True)
class Report:
    """Everything a reporter needs: the articles, their facts, checks and findings."""

    articles: tuple[str, ...]
    facts: tuple[Fact, ...]
    checks: tuple[Check, ...]
    findings: tuple[Finding, ...]
    rules: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    suppressed: int = 0  # findings silenced by inline suppressions
    baselined: int = 0  # findings left out because the baseline holds them
    stale: int = 0  # baseline entries that matched no finding
    rule_facts: tuple[RuleFact, ...] = ()  # every fact checked, sorted by rule, then fact
    errors: tuple[RunError, ...] = ()  # any error makes the exit status 2
    corpus: int = 0  # with --against: how many articles the drafts were compared with (not reported)
    times: tuple[tuple[str, str], ...] = ()  # (path, ISO publication time) of each article with one

    def count(self, outcome: Outcome) -> int:
        return sum(1 for c in self.checks if c.outcome == outcome)

    def summary(self) -> dict[str, int]:
        return {
            "articles": len(self.articles),
            "checks": len(self.checks),
            "passed": self.count(Outcome.PASSED),
            "failed": self.count(Outcome.FAILED),
            "skipped": self.count(Outcome.SKIPPED),
            "findings": len(self.findings),
            "suppressed": self.suppressed,
            "baselined": self.baselined,
            "stale": self.stale,
        }


@dataclass(frozen=True)
class Tolerance:
    """How far apart two values may be and still agree."""

    relative: float = 0.0
    absolute: float = 0.0

    def allows(self, gap: float, magnitude: float) -> bool:
        return gap <= max(self.absolute, self.relative * magnitude) + 1e-9

    def describe(self) -> str:
        if self.relative:
            return f"{self.relative * 100:g}%"
        return f"{self.absolute:g}" if self.absolute else "0"


@dataclass(frozen=True, order=True)
class Problem:
    """Something wrong in an input the user wrote (a rule file): where, and what.
    Written `path:line[:column]: [field: ]message`, or `path: message` without a line."""

    path: str
    line: int = 0
    column: int = 0
    field: str = ""  # the key, as `facts.deaths.expected`
    message: str = ""

    def __str__(self) -> str:
        where = self.path + (f":{self.line}" if self.line else "") + (f":{self.column}" if self.column else "")
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
