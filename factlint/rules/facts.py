"""One fact of a rule file, validated key by key: its kind first (which decides
the keys it may have), then one small validator per key on a _FactKeys record.
A new key is one more function here, its name in FACT_KEYS (rules/model.py)
and a field on FactSpec."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from factlint import kinds
from factlint.errors import did_you_mean
from factlint.kinds import Kind
from factlint.model import Severity, Tolerance
from factlint.prose.moments import Moment, moment_key, parse_moment
from factlint.rules.checks import Problems, _line_of, _string_list, parse_tolerance, template_problem
from factlint.rules.model import CHANGES, FACT_KEYS, SEVERITIES, FactSpec, SourcedValue


@dataclass(frozen=True)
class _FactKeys:
    """One fact's raw mapping with what each key's validator needs to report on it."""

    name: str
    raw: dict
    kind_name: str
    kind: Kind
    problems: Problems
    line: int

    def add(self, key: str, message: str, line: int | None = None) -> None:
        self.problems.add(_line_of(self.raw, key, self.line) if line is None else line, f"facts.{self.name}.{key}", message)


def _kind(name: str, raw: Any, problems: Problems, line: int) -> tuple[str, Kind] | None:
    where = f"facts.{name}"
    if not isinstance(raw, dict):
        problems.add(line, where, "expected a mapping with at least 'kind'")
        return None
    if "kind" not in raw:
        problems.add(line, f"{where}.kind", f"missing; one of: {', '.join(sorted(kinds.RULE_KINDS))}")
        return None
    kind_name = raw["kind"]
    kind = kinds.RULE_KINDS.get(kind_name) if isinstance(kind_name, str) else None
    if kind is None:
        problems.add(_line_of(raw, "kind", line), f"{where}.kind",
                     f"unknown kind {kind_name!r}{did_you_mean(kind_name, tuple(kinds.RULE_KINDS))}; "
                     f"one of: {', '.join(sorted(kinds.RULE_KINDS))}")
        return None
    return kind_name, kind


def _known_keys(f: _FactKeys) -> None:
    allowed = (FACT_KEYS - f.kind.unused_keys) | set(f.kind.options)
    for key in f.raw:
        if key in f.kind.unused_keys:
            f.add(key, f"not used by kind {f.kind_name!r}")
        elif key not in allowed:
            f.add(key, f"unknown key for kind {f.kind_name!r}{did_you_mean(key, allowed)}")


def _options(f: _FactKeys) -> dict[str, Any]:
    """The kind's own keys, parsed, with their defaults filled in."""
    options: dict[str, Any] = {}
    for opt_name, option in f.kind.options.items():
        if opt_name not in f.raw:
            if option.required:
                f.add(opt_name, f"missing; {option.help}", line=f.line)
            options[opt_name] = option.default
            continue
        try:
            options[opt_name] = option.parse(f.raw[opt_name])
        except ValueError as exc:
            f.add(opt_name, str(exc))
    return options


def _triggers(f: _FactKeys) -> tuple[str, ...]:
    if "triggers" not in f.raw:
        return ()
    return _string_list(f.raw["triggers"], f.problems, _line_of(f.raw, "triggers", f.line), f"facts.{f.name}.triggers")


def _severity(f: _FactKeys, rule_severity: Severity) -> Severity:
    severity = f.raw.get("severity", rule_severity)
    if severity not in SEVERITIES:
        f.add("severity", f"expected one of {', '.join(SEVERITIES)}, got {severity!r}")
        return rule_severity
    return Severity(severity)


def _tolerance(f: _FactKeys, default_tolerance: Tolerance) -> Tolerance:
    """The fact's tolerance, else the run's default where the kind can take it."""
    tolerance = Tolerance()
    if "tolerance" not in f.kind.unused_keys and not (default_tolerance.relative and f.kind.absolute_tolerance_only):
        tolerance = default_tolerance
    if "tolerance" in f.raw:
        try:
            tolerance = parse_tolerance(f.raw["tolerance"])
        except ValueError as exc:
            f.add("tolerance", str(exc))
        if tolerance.relative and f.kind.absolute_tolerance_only:
            f.add("tolerance", f"a {f.kind_name} tolerance is a number ({f.kind.tolerance_unit}), not a percentage")
    return tolerance


def _window(f: _FactKeys) -> int:
    window = f.raw.get("window", f.kind.default_window)
    if not isinstance(window, int) or isinstance(window, bool) or window < 0:
        f.add("window", "expected a whole number of words (0 or more)")
        return f.kind.default_window
    return window


def _message(f: _FactKeys) -> str | None:
    message = f.raw.get("message")
    if message is not None and not isinstance(message, str):
        f.add("message", "expected a string")
        return None
    problem = template_problem(message) if message is not None else None
    if problem:
        f.add("message", problem)
        return None
    return message


def _expected(f: _FactKeys, options: dict[str, Any]) -> tuple[Any, str | None]:
    """The expected value parsed by the kind, and written back the kind's way."""
    if f.raw.get("expected") is None:
        return None, None
    if isinstance(f.raw["expected"], float) and not math.isfinite(f.raw["expected"]):
        f.add("expected", f"{f.raw['expected']!r} is not a finite number: nothing would ever agree with it")
        return None, None
    try:
        expected = f.kind.parse_expected(f.raw["expected"], options)
        return expected, f.kind.describe(expected, options)
    except ValueError as exc:
        f.add("expected", str(exc))
        return None, None


def _part_of(f: _FactKeys, fact_names: set[str]) -> str | None:
    part_of = f.raw.get("part_of")
    if part_of is not None and (not isinstance(part_of, str) or part_of == f.name or part_of not in fact_names):
        f.add("part_of", f"{part_of!r} is not another fact of this rule{did_you_mean(part_of, fact_names - {f.name})}")
        return None
    return part_of


def _changes(f: _FactKeys) -> str | None:
    changes = f.raw.get("changes")
    if changes is not None and changes not in CHANGES:
        f.add("changes", f"expected one of {', '.join(CHANGES)}, got {changes!r}")
        return None
    return changes


def _timeline(f: _FactKeys, options: dict[str, Any]) -> tuple[tuple[Moment, Any], ...]:
    """`timeline: {2024-05-02: 14, "2024-05-03T18:00": 24}`: official figures by time, in time order."""
    raw = f.raw.get("timeline")
    if raw is None:
        return ()
    if not isinstance(raw, dict) or not raw:
        f.add("timeline", "expected a mapping of times to figures, e.g. {2024-05-02: 14}")
        return ()
    points = []
    for key, value in raw.items():
        moment = parse_moment(key)
        if moment is None:
            f.add("timeline", f"{key!r} is not a time (YYYY-MM-DD or YYYY-MM-DDTHH:MM, with an optional zone)",
                  _line_of(raw, key, f.line))
            continue
        try:
            points.append((moment, f.kind.parse_expected(value, options)))
        except ValueError as exc:
            f.add(f"timeline.{key}", str(exc), _line_of(raw, key, f.line))
    return tuple(sorted(points, key=lambda p: moment_key(p[0])))


def _values(f: _FactKeys, options: dict[str, Any]) -> tuple[SourcedValue, ...]:
    """`values: [{value: 6.8, source: [the institute, local scale]}, {value: 7.1, source: [the survey]}]`."""
    raw = f.raw.get("values")
    if raw is None:
        return ()
    shape = "expected a list of {value: ..., source: [words that attribute it]}"
    if not isinstance(raw, list) or len(raw) < 2:
        f.add("values", shape + ", at least two")
        return ()
    if f.raw.get("expected") is not None:
        f.add("values", "give either 'expected' or 'values', not both")
    line = _line_of(f.raw, "values", f.line)
    out = []
    for i, item in enumerate(raw):
        at = f"values[{i}]"
        if not isinstance(item, dict) or set(item) - {"value", "source"} or "value" not in item:
            f.add(at, shape, line)
            continue
        if item.get("source") is None:
            f.add(f"{at}.source", "expected the words that attribute this value, e.g. [USGS]", line)
            continue
        source = _string_list(item["source"], f.problems, line, f"facts.{f.name}.{at}.source")
        if not source:
            continue
        try:
            value = f.kind.parse_expected(item["value"], options)
        except ValueError as exc:
            f.add(f"{at}.value", str(exc), line)
            continue
        out.append(SourcedValue(value, f.kind.describe(value, options), source))
    return tuple(out)


def _fact(name: str, raw: Any, rule_severity: Severity, problems: Problems, line: int,
          fact_names: set[str], default_tolerance: Tolerance = Tolerance(),
          date_order: str | None = None) -> FactSpec | None:
    """One fact of a rule: its kind first (which decides the keys it may have), then one validator per key."""
    found = _kind(name, raw, problems, line)
    if found is None:
        return None
    f = _FactKeys(name, raw, *found, problems, line)
    _known_keys(f)
    options = _options(f)
    if f.kind_name == "date" and date_order:  # how 01/02/2024 reads, in `expected` and in articles
        options["date_order"] = date_order
    triggers = _triggers(f)
    severity = _severity(f, rule_severity)
    tolerance = _tolerance(f, default_tolerance)
    window = _window(f)
    message = _message(f)
    expected, expected_text = _expected(f, options)
    part_of = _part_of(f, fact_names)
    changes = _changes(f)
    timeline = _timeline(f, options)
    if timeline and changes is None:
        changes = "any"  # a timeline of official figures says the figure changes
    values = _values(f, options)
    if len(problems.items):
        return None
    return FactSpec(name, f.kind_name, triggers, expected, expected_text, tolerance, severity,
                    message, window, options, line, part_of, changes, timeline, values)
