"""Loading and validating rule files (`rules/*.yaml`), one rule per file.

Every problem is reported as `path:line: field: message`, and all problems of a
run are gathered before failing, so an editor fixes them in one pass.
"""
from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from typing import Any, Sequence

import yaml

from factlint.errors import RuleError
from factlint.terms import Hit, find_terms, has_term, regex_problem

SEVERITIES = ("error", "warning", "info")
RULE_KEYS = {"id", "description", "severity", "message", "scope", "facts", "examples", "date-order"}
DATE_ORDERS = ("mdy", "dmy")
FACT_KEYS = {"kind", "triggers", "expected", "tolerance", "severity", "message", "window", "part_of"}
SCOPE_KEYS = {"any", "all", "none"}
EXAMPLE_KEYS = ("pass", "fail")


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
class FactSpec:
    """One fact of a rule, validated, with its kind's options filled in."""

    name: str
    kind: str
    triggers: tuple[str, ...]
    expected: Any  # the kind's parsed value, or None
    expected_text: str | None
    tolerance: Tolerance
    severity: str
    message: str | None
    window: int
    options: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    line: int = 0
    part_of: str | None = None  # the fact this one counts a part of ("children" of "deaths")


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
    severity: str
    message: str | None
    scope: Scope
    facts: tuple[FactSpec, ...]
    line: int = 1
    examples: tuple[Example, ...] = ()


class _Located(dict):
    """A mapping that remembers the line of each of its keys."""

    line: int = 0
    key_lines: dict[str, int]


MAX_ALIASES = 50  # a rule file needs few, if any; "billion laughs" needs many


class _LineLoader(yaml.SafeLoader):
    """Safe YAML loading that records lines, refuses duplicate keys and stops at
    MAX_ALIASES aliases, so an alias bomb fails at once instead of being walked."""

    aliases = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise yaml.composer.ComposerError(
                    None, None, f"more than {MAX_ALIASES} aliases (*name); a rule file needs few", self.peek_event().start_mark)
        return super().compose_node(parent, index)


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode, deep: bool = False) -> _Located:
    loader.flatten_mapping(node)
    mapping = _Located()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        try:
            mapping[key] = loader.construct_object(value_node, deep=True)
        except ValueError as exc:  # e.g. an unquoted impossible date, 2023-13-45
            raise yaml.constructor.ConstructorError(
                None, None, f"{key}: {exc}", value_node.start_mark) from None
        mapping.key_lines[key] = line
    return mapping


class _LocatedList(list):
    """A sequence that remembers the line of each of its items."""

    item_lines: list[int]


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode, deep: bool = False) -> _LocatedList:
    items = _LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    items.item_lines = [child.start_mark.line + 1 for child in node.value]
    return items


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


class _Problems:
    """Collects `path:line: field: message` strings."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.items: list[str] = []

    def add(self, line: int, where: str, message: str) -> None:
        self.items.append(f"{self.path}:{line}: {where}: {message}" if where else f"{self.path}:{line}: {message}")


def _line_of(mapping: Any, key: str, default: int) -> int:
    return getattr(mapping, "key_lines", {}).get(key, getattr(mapping, "line", default) or default)


def _did_you_mean(word: str, choices: set[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(str(word), sorted(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _string_list(value: Any, problems: _Problems, line: int, where: str) -> tuple[str, ...]:
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
        if raw < 0:
            raise ValueError("must not be negative")
        return Tolerance(absolute=float(raw))
    if isinstance(raw, str) and raw.strip().endswith("%"):
        try:
            value = float(raw.strip()[:-1])
        except ValueError:
            raise ValueError(f"{raw!r} is not a percentage such as '5%'") from None
        if value < 0:
            raise ValueError("must not be negative")
        return Tolerance(relative=value / 100)
    raise ValueError(f"{raw!r} is not a number or a percentage such as '5%'")


def _scope(raw: Any, problems: _Problems, line: int) -> Scope:
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
            problems.add(_line_of(raw, key, line), f"scope.{key}", "unknown key" + _did_you_mean(key, SCOPE_KEYS))
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


def _examples(raw: Any, problems: _Problems, line: int) -> tuple[Example, ...]:
    if not isinstance(raw, dict):
        problems.add(line, "examples", "expected a mapping with 'pass' and/or 'fail' lists of passages")
        return ()
    examples: list[Example] = []
    for key in raw:
        if key not in EXAMPLE_KEYS:
            problems.add(_line_of(raw, key, line), f"examples.{key}", "unknown key" + _did_you_mean(key, EXAMPLE_KEYS))
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


def _fact(name: str, raw: Any, rule_severity: str, problems: _Problems, line: int,
          fact_names: set[str], default_tolerance: Tolerance = Tolerance(),
          date_order: str | None = None) -> FactSpec | None:
    from factlint import kinds  # kinds import rules' types; keep the cycle lazy

    where = f"facts.{name}"
    if not isinstance(raw, dict):
        problems.add(line, where, "expected a mapping with at least 'kind'")
        return None
    if "kind" not in raw:
        problems.add(line, f"{where}.kind", f"missing; one of: {', '.join(sorted(kinds.KINDS))}")
        return None
    kind_name = raw["kind"]
    kind = kinds.KINDS.get(kind_name) if isinstance(kind_name, str) else None
    if kind is None:
        problems.add(_line_of(raw, "kind", line), f"{where}.kind",
                     f"unknown kind {kind_name!r}{_did_you_mean(kind_name, tuple(kinds.KINDS))}; "
                     f"one of: {', '.join(sorted(kinds.KINDS))}")
        return None
    allowed = (FACT_KEYS - kind.unused_keys) | set(kind.options)
    for key in raw:
        if key in kind.unused_keys:
            problems.add(_line_of(raw, key, line), f"{where}.{key}", f"not used by kind {kind_name!r}")
        elif key not in allowed:
            problems.add(_line_of(raw, key, line), f"{where}.{key}",
                         f"unknown key for kind {kind_name!r}{_did_you_mean(key, allowed)}")
    options: dict[str, Any] = {}
    for opt_name, option in kind.options.items():
        opt_line = _line_of(raw, opt_name, line)
        if opt_name not in raw:
            if option.required:
                problems.add(line, f"{where}.{opt_name}", f"missing; {option.help}")
            options[opt_name] = option.default
            continue
        try:
            options[opt_name] = option.parse(raw[opt_name])
        except ValueError as exc:
            problems.add(opt_line, f"{where}.{opt_name}", str(exc))
    if kind_name == "date" and date_order:  # how 01/02/2024 reads, in `expected` and in articles
        options["date_order"] = date_order
    triggers: tuple[str, ...] = ()
    if "triggers" in raw:
        triggers = _string_list(raw["triggers"], problems, _line_of(raw, "triggers", line), f"{where}.triggers")
    severity = raw.get("severity", rule_severity)
    if severity not in SEVERITIES:
        problems.add(_line_of(raw, "severity", line), f"{where}.severity",
                     f"expected one of {', '.join(SEVERITIES)}, got {severity!r}")
    tolerance = Tolerance()
    if "tolerance" not in kind.unused_keys and not (default_tolerance.relative and kind.absolute_tolerance_only):
        tolerance = default_tolerance
    if "tolerance" in raw:
        try:
            tolerance = parse_tolerance(raw["tolerance"])
        except ValueError as exc:
            problems.add(_line_of(raw, "tolerance", line), f"{where}.tolerance", str(exc))
        if tolerance.relative and kind.absolute_tolerance_only:
            problems.add(_line_of(raw, "tolerance", line), f"{where}.tolerance",
                         f"a {kind_name} tolerance is a number ({kind.tolerance_unit}), not a percentage")
    window = raw.get("window", kind.default_window)
    if not isinstance(window, int) or isinstance(window, bool) or window < 0:
        problems.add(_line_of(raw, "window", line), f"{where}.window", "expected a whole number of words (0 or more)")
        window = kind.default_window
    message = raw.get("message")
    if message is not None and not isinstance(message, str):
        problems.add(_line_of(raw, "message", line), f"{where}.message", "expected a string")
        message = None
    expected = expected_text = None
    if raw.get("expected") is not None:
        try:
            expected = kind.parse_expected(raw["expected"], options)
            expected_text = kind.describe(expected, options)
        except ValueError as exc:
            problems.add(_line_of(raw, "expected", line), f"{where}.expected", str(exc))
    part_of = raw.get("part_of")
    if part_of is not None and (not isinstance(part_of, str) or part_of == name or part_of not in fact_names):
        problems.add(_line_of(raw, "part_of", line), f"{where}.part_of",
                     f"{part_of!r} is not another fact of this rule{_did_you_mean(part_of, fact_names - {name})}")
    if len(problems.items):
        return None
    return FactSpec(name, kind_name, triggers, expected, expected_text, tolerance, severity,
                    message, window, options, line, part_of)


def parse_rule(data: Any, path: str, problems: _Problems, default_tolerance: Tolerance = Tolerance(),
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
            problems.add(_line_of(data, key, 1), str(key), "unknown key" + _did_you_mean(key, RULE_KEYS))
    rule_id = data.get("id", stem)
    if not isinstance(rule_id, str) or not rule_id.strip():
        problems.add(_line_of(data, "id", 1), "id", "expected a non-empty string")
        rule_id = stem
    severity = data.get("severity", "error")
    if severity not in SEVERITIES:
        problems.add(_line_of(data, "severity", 1), "severity",
                     f"expected one of {', '.join(SEVERITIES)}, got {severity!r}")
        severity = "error"
    for key in ("description", "message"):
        if key in data and not isinstance(data[key], str):
            problems.add(_line_of(data, key, 1), key, "expected a string")
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
        sub = _Problems(path)
        spec = _fact(str(name), raw, severity, sub, _line_of(raw_facts, name, 1), {str(n) for n in raw_facts},
                     default_tolerance, date_order)
        problems.items.extend(sub.items)
        if spec is not None and len(problems.items) == before:
            facts.append(spec)
    if problems.items:
        return None
    return Rule(rule_id, path, str(data.get("description", "")), severity,
                data.get("message"), scope, tuple(facts), _line_of(data, "id", 1), examples)


def load_located_yaml(text: Any) -> Any:
    """Safe YAML whose mappings remember each key's line (`key_lines`) and refuse duplicate keys."""
    return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass


def load_rule_file(path: str, default_tolerance: Tolerance = Tolerance(),
                   date_order: str | None = None) -> tuple[Rule | None, list[str]]:
    """One rule file: (rule, problems)."""
    problems = _Problems(path)
    try:
        with open(path, encoding="utf-8") as handle:
            data = load_located_yaml(handle)
    except OSError as exc:
        problems.add(1, "", f"cannot read: {exc.strerror or exc}")
        return None, problems.items
    except UnicodeDecodeError:
        problems.add(1, "", "not UTF-8 text")
        return None, problems.items
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problems.items.append(f"{path}:{line}:{col}: invalid YAML: {exc.problem or exc.context}")
        return None, problems.items
    except yaml.YAMLError as exc:
        problems.add(1, "", f"invalid YAML: {exc}")
        return None, problems.items
    rule = parse_rule(data, path, problems, default_tolerance, date_order)
    return rule, sorted(problems.items, key=_problem_line)


def _problem_line(problem: str) -> int:
    """The line number in a `path:line: ...` problem, so a file's problems read top to bottom."""
    rest = problem.rsplit(".yaml:", 1)[-1].rsplit(".yml:", 1)[-1]
    head = rest.split(":", 1)[0]
    return int(head) if head.isdigit() else 0


def rule_files(folder: str) -> list[str]:
    """The rule files in a folder, sorted by name."""
    if not os.path.isdir(folder):
        raise RuleError([f"{folder}: no such rules folder"])
    names = sorted(n for n in os.listdir(folder) if n.endswith((".yaml", ".yml")) and not n.startswith("."))
    return [os.path.join(folder, n) for n in names]


def load_rules(folders: str | Sequence[str], default_tolerance: Tolerance = Tolerance(),
               date_order: str | None = None) -> tuple[Rule, ...]:
    """Every rule in one folder or several, in the order given; raises RuleError
    listing all problems at once. A rule id must be unique across all folders."""
    rules: list[Rule] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    loaded: set[str] = set()
    for folder in [folders] if isinstance(folders, (str, os.PathLike)) else folders:
        if os.path.realpath(folder) in loaded:  # named twice, say by the config file and the command line
            continue
        loaded.add(os.path.realpath(folder))
        try:
            files = rule_files(folder)
        except RuleError as exc:  # a missing folder: keep gathering the other folders' problems
            problems.extend(exc.problems)
            continue
        if not files:
            problems.append(f"{folder}: no rule files (*.yaml) found")
        for path in files:
            rule, found = load_rule_file(path, default_tolerance, date_order)
            problems.extend(found)
            if rule is None:
                continue
            if rule.id in seen:
                problems.append(f"{path}:{rule.line}: id: rule id {rule.id!r} is already used by {seen[rule.id]}")
                continue
            seen[rule.id] = path
            rules.append(rule)
    if problems:
        raise RuleError(problems)
    return tuple(rules)
