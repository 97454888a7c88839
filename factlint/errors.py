"""The errors factlint reports to the user (exit status 2), never as a traceback,
and how any text from a file name or an article is made safe to print."""
from __future__ import annotations

import difflib
import re
from typing import Sequence

# Line breaks, escape sequences and other control characters (C0, DEL, C1, the
# Unicode line and paragraph separators), and lone surrogates (a file name
# that is not valid UTF-8): printed raw, they would start a new line, forge a
# CI workflow command or drive the terminal.
_UNPRINTABLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r"}


def _escape(m: re.Match) -> str:
    ch = m.group()
    return _NAMED.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")


def printable(text: str) -> str:
    """`text` on one line with nothing a terminal or a CI log would act on:
    a newline is written `\\n`, an escape `\\x1b`, a stray surrogate `\\udce9`.
    Tabs are kept. Text without such characters comes back unchanged."""
    return _UNPRINTABLE.sub(_escape, text) if _UNPRINTABLE.search(text) else text


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
        return "\n".join([f"invalid rules ({n} problem{'s' if n != 1 else ''}):",
                          *(f"  {printable(p)}" for p in exc.problems)])
    return printable(str(exc))


class ConfigError(FactlintError):
    """A configuration file or option is invalid: unknown key, wrong type, bad value."""


class BaselineError(FactlintError):
    """A baseline file is missing, unreadable or not a factlint baseline."""


def did_you_mean(word: str, choices: set[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(str(word), sorted(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
