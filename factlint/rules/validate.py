"""Validating a rule file's data: every problem is reported as
`path:line: field: message`, and all of them are gathered before failing."""
from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import Any

from factlint import kinds
from factlint.errors import did_you_mean
from factlint.kinds import Kind
from factlint.model import Problem, Severity, Tolerance
from factlint.prose.moments import Moment, moment_key, parse_moment
from factlint.prose.terms import regex_problem
from factlint.rules.model import CHANGES, SEVERITIES, Example, FactSpec, Rule, Scope, SourcedValue

RULE_KEYS = {"id", "description", "severity", "message", "scope", "facts", "examples", "date-order"}
DATE_ORDERS = ("mdy", "dmy")
FACT_KEYS = {"kind", "triggers", "expected", "tolerance", "severity", "message", "window", "part_of",
             "changes", "timeline", "values"}
SCOPE_KEYS = {"any", "all", "none"}
EXAMPLE_KEYS = ("pass", "fail")


class Problems:
    """Collects the problems of one rule file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.items: list[Problem] = []

    def add(self, line: int, where: str, message: str, column: int = 0) -> None:
        self.items.append(Problem(self.path, line, column, where, message))


def _line_of(mapping: Any, key: str, default: int) -> int:
    return getattr(mapping, "key_lines", {}).get(key, getattr(mapping, "line", default) or default)


def _string_list(value: Any, problems: Problems, line: int, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        if "," in value:  # `triggers: drones, attack drones` is one term no sentence holds
            problems.add(line, where, f"{value!r} is one string, not a list: write [{value}] (or one "
                                      "'- term' a line); quote a term that holds a comma inside a list")
            return ()
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        odd = next((v for v in (value if isinstance(value, list) else [value]) if not isinstance(v, str)), None)
        problems.add(line, where, "expected a list of non-empty strings" + _yaml_type_hint(odd))
        return ()
    terms = tuple(v.strip() for v in value)
    for index, term in enumerate(terms):
        problem = regex_problem(term)
        if problem:
            problems.add(line, f"{where}[{index}]", problem)
    return terms


class _Placeholders(dict):
    """The placeholders a message may use; others stay as written (as compare fills them)."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def template_problem(message: str) -> str | None:
    """Why a rule's `message` cannot be filled in ({found}, {expected}, {fact}), or None."""
    try:
        message.format_map(_Placeholders(found="", expected="", fact=""))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as exc:
        return f"not a valid message template ({exc}); write {{{{ and }}}} for a literal brace"
    return None


def _yaml_type_hint(value: Any) -> str:
    """Why YAML gave a word that is not a string: unquoted yes/no/on/off are booleans, 1998 a number."""
    if isinstance(value, bool):
        return (f"; YAML read a word as {str(value).lower()} (unquoted yes, no, on, off, true and false are "
                "booleans): quote it, as in 'yes'")
    if isinstance(value, (int, float)):
        return f"; YAML read {value!r} as a number: quote it, as in '{value}'"
    if value is None:
        return "; an empty item (a stray '-' or ','?)"
    return ""


def parse_tolerance(raw: Any) -> Tolerance:
    """'5%' -> relative 0.05; 3 -> absolute 3."""
    if isinstance(raw, bool):
        raise ValueError("expected a number or a percentage such as '5%'")
    if isinstance(raw, (int, float)):
        if not math.isfinite(raw):
            raise ValueError(f"{raw!r} is not a finite number")
        if raw < 0:
            raise ValueError("must not be negative")
        return Tolerance(absolute=float(raw))
    if isinstance(raw, str) and raw.strip().endswith("%"):
        try:
            value = float(raw.strip()[:-1])
        except ValueError:
            raise ValueError(f"{raw!r} is not a percentage such as '5%'") from None
        if not math.isfinite(value):
            raise ValueError(f"{raw!r} is not a finite percentage")
        if value < 0:
            raise ValueError("must not be negative")
        return Tolerance(relative=value / 100)
    raise ValueError(f"{raw!r} is not a number or a percentage such as '5%'")


def _scope(raw: Any, problems: Problems, line: int) -> Scope:
    if raw is None:
        return Scope()
    if isinstance(raw, (list, str)):
        terms = _string_list(raw, problems, line, "scope")
        return Scope((terms,) if terms else ())
    if not isinstance(raw, dict):
        problems.add(line, "scope", "expected a list of words, or a mapping with any/all/none")
        return Scope()
    for key in raw:
        if key not in SCOPE_KEYS:
            problems.add(_line_of(raw, key, line), f"scope.{key}", "unknown key" + did_you_mean(key, SCOPE_KEYS))
    groups: list[tuple[str, ...]] = []
    if "any" in raw:
        groups.append(_string_list(raw["any"], problems, _line_of(raw, "any", line), "scope.any"))
    if "all" in raw:
        all_line = _line_of(raw, "all", line)
        if not isinstance(raw["all"], list) or not raw["all"]:
            problems.add(all_line, "scope.all", "expected a list; each item a word or a list of alternatives")
        else:
            for item in raw["all"]:
                groups.append(_string_list(item, problems, all_line, "scope.all"))
    exclude = _string_list(raw["none"], problems, _line_of(raw, "none", line), "scope.none") if "none" in raw else ()
    return Scope(tuple(g for g in groups if g), exclude)


def _examples(raw: Any, problems: Problems, line: int) -> tuple[Example, ...]:
    if not isinstance(raw, dict):
        problems.add(line, "examples", "expected a mapping with 'pass' and/or 'fail' lists of passages")
        return ()
    examples: list[Example] = []
    for key in raw:
        if key not in EXAMPLE_KEYS:
            problems.add(_line_of(raw, key, line), f"examples.{key}", "unknown key" + did_you_mean(key, EXAMPLE_KEYS))
    for expect in EXAMPLE_KEYS:
        if expect not in raw:
            continue
        key_line = _line_of(raw, expect, line)
        passages = raw[expect]
        if not isinstance(passages, list) or not passages:
            problems.add(key_line, f"examples.{expect}", "expected a list of passages (strings)")
            continue
        lines = getattr(passages, "item_lines", [key_line] * len(passages))
        for number, (passage, item_line) in enumerate(zip(passages, lines), 1):
            if not isinstance(passage, str) or not passage.strip():
                problems.add(item_line, f"examples.{expect}[{number}]", "expected a non-empty passage (a string)")
            else:
                examples.append(Example(expect, number, item_line, passage))
    return tuple(examples)


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


def parse_rule(data: Any, path: str, problems: Problems, default_tolerance: Tolerance = Tolerance(),
               date_order: str | None = None) -> Rule | None:
    """Validate one rule file's data; problems go to `problems`. Facts that set no
    tolerance get `default_tolerance` where their kind can take it."""
    stem = os.path.splitext(os.path.basename(path))[0]
    if data is None:
        problems.add(1, "", "empty rule file")
        return None
    if not isinstance(data, dict):
        problems.add(getattr(data, "line", 1) or 1, "", "expected a mapping with 'facts'")
        return None
    for key in data:
        if key not in RULE_KEYS:
            problems.add(_line_of(data, key, 1), str(key), "unknown key" + did_you_mean(key, RULE_KEYS))
    rule_id = data.get("id", stem)
    if not isinstance(rule_id, str) or not rule_id.strip():
        problems.add(_line_of(data, "id", 1), "id", "expected a non-empty string")
        rule_id = stem
    severity = data.get("severity", Severity.ERROR.value)
    if severity not in SEVERITIES:
        problems.add(_line_of(data, "severity", 1), "severity",
                     f"expected one of {', '.join(SEVERITIES)}, got {severity!r}")
        severity = Severity.ERROR.value
    for key in ("description", "message"):
        if key in data and not isinstance(data[key], str):
            problems.add(_line_of(data, key, 1), key, "expected a string")
    if isinstance(data.get("message"), str) and template_problem(data["message"]):
        problems.add(_line_of(data, "message", 1), "message", template_problem(data["message"]) or "")
    date_order = data.get("date-order", date_order)  # the rule file's own wins over the configuration's
    if date_order is not None and date_order not in DATE_ORDERS:
        problems.add(_line_of(data, "date-order", 1), "date-order",
                     f"expected mdy (01/02/2024 is January 2) or dmy (1 February), got {date_order!r}")
        date_order = None
    scope = _scope(data.get("scope"), problems, _line_of(data, "scope", 1))
    examples = _examples(data["examples"], problems, _line_of(data, "examples", 1)) if "examples" in data else ()
    raw_facts = data.get("facts")
    if not isinstance(raw_facts, dict) or not raw_facts:
        problems.add(_line_of(data, "facts", 1), "facts", "missing or empty; a rule needs at least one fact")
        return None
    facts = []
    for name, raw in raw_facts.items():
        before = len(problems.items)
        sub = Problems(path)
        spec = _fact(str(name), raw, Severity(severity), sub, _line_of(raw_facts, name, 1), {str(n) for n in raw_facts},
                     default_tolerance, date_order)
        problems.items.extend(sub.items)
        if spec is not None and len(problems.items) == before:
            facts.append(spec)
    if problems.items:
        return None
    return Rule(rule_id, path, str(data.get("description", "")), Severity(severity),
                data.get("message"), scope, tuple(facts), _line_of(data, "id", 1), examples)

