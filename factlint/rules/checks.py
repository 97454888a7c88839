"""What every rule-file validator shares: collecting located problems, reading
a list of strings, hints about YAML's types, tolerances and message templates."""
from __future__ import annotations

import math
from typing import Any

from factlint.model import Problem, Tolerance
from factlint.prose.terms import regex_problem


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
