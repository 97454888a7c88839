"""The errors factlint reports to the user (exit status 2), never as a traceback."""
from __future__ import annotations

import difflib
from typing import Sequence


class FactlintError(Exception):
    """Base of every error meant for the user."""


class RuleError(FactlintError):
    """One or more rule files are invalid; `problems` lists each as the user reads
    it, `path:line: field: message` (a factlint.model.Problem, or a plain string)."""

    def __init__(self, problems: Sequence[object]) -> None:
        self.problems = [str(p) for p in problems]
        super().__init__("\n".join(self.problems))


class DocumentError(FactlintError):
    """An article could not be found or read."""


def describe(exc: FactlintError) -> str:
    """The error as the user reads it: one line, or for invalid rules a heading
    and one indented `path:line: field: message` line per problem."""
    if isinstance(exc, RuleError):
        n = len(exc.problems)
        return "\n".join([f"invalid rules ({n} problem{'s' if n != 1 else ''}):", *(f"  {p}" for p in exc.problems)])
    return str(exc)


class ConfigError(FactlintError):
    """A configuration file or option is invalid: unknown key, wrong type, bad value."""


class BaselineError(FactlintError):
    """A baseline file is missing, unreadable or not a factlint baseline."""


def did_you_mean(word: str, choices: set[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(str(word), sorted(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
