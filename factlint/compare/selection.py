"""What a run checks: rules picked by id prefix (`select`, `ignore`), articles
by glob (`include`, `exclude`), and findings set aside by article path
(`per-path-ignores`).

select/ignore act on rules before extraction, so a deselected rule never runs;
per-path-ignores act on the results, so an ignored article still counts as a
witness when the other articles are compared, but its checks of those rules
are skipped and its findings not reported.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable

from factlint.errors import ConfigError
from factlint.model import Check, Finding, Outcome
from factlint.read.discover import matches
from factlint.rules import Rule
from factlint.rules.builtin import BUILTIN_IDS

IGNORED_REASON = "ignored by per-path-ignores"


def _longest_prefix(rule_id: str, prefixes: Iterable[str]) -> int:
    """Length of the longest prefix of `rule_id` in `prefixes`, or -1."""
    return max((len(p) for p in prefixes if rule_id.startswith(p)), default=-1)


@dataclass(frozen=True)
class PathIgnore:
    """Rules (by id prefix) whose findings are not reported for articles matching `glob`."""

    glob: str
    rules: tuple[str, ...]


@dataclass(frozen=True)
class Selection:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    per_path_ignores: tuple[PathIgnore, ...] = ()
    force_exclude: bool = False  # `exclude` applies to files named on the command line too (a pre-commit hook)

    def selects(self, rule_id: str) -> bool:
        """Whether a rule runs: the most specific (longest) matching prefix decides,
        and `ignore` wins a tie. No `select` selects every rule."""
        chosen = _longest_prefix(rule_id, self.select) if self.select else 0
        return chosen >= 0 and chosen > _longest_prefix(rule_id, self.ignore)

    def pick_rules(self, rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
        """The rules that run; a prefix that names no rule is an error, since a typo
        would otherwise silently check nothing (or everything)."""
        known = sorted({r.id for r in rules} | BUILTIN_IDS)
        given = [("select", p) for p in self.select] + [("ignore", p) for p in self.ignore]
        given += [("per-path-ignores", p) for entry in self.per_path_ignores for p in entry.rules]
        for option, prefix in given:
            if not prefix.strip():
                raise ConfigError(f"{option}: an empty rule id matches every rule; name a rule id or its prefix")
            if not any(rule_id.startswith(prefix) for rule_id in known):
                # Suggest whole ids and their leading words: "flod" -> "flood".
                parts = {"-".join(i.split("-")[:n]) for i in known for n in range(1, i.count("-") + 2)}
                close = difflib.get_close_matches(prefix, sorted(parts), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise ConfigError(f"{option}: {prefix!r} matches no rule id{hint}")
        picked = tuple(r for r in rules if self.selects(r.id))
        if rules and not picked and not any(self.selects(i) for i in BUILTIN_IDS):
            raise ConfigError("select/ignore leave no rule to check")
        return picked

    def ignored_at(self, path: str, rule_id: str) -> bool:
        """Whether per-path-ignores set this rule aside for this article."""
        return any(_longest_prefix(rule_id, entry.rules) >= 0 and matches(path, (entry.glob,))
                   for entry in self.per_path_ignores)

    def apply_path_ignores(self, findings: list[Finding], checks: list[Check]) -> tuple[list[Finding], list[Check]]:
        """Drop ignored findings; their checks become skipped, so the tally agrees with the findings shown."""
        if not self.per_path_ignores:
            return findings, checks
        kept = [f for f in findings if not self.ignored_at(f.path, f.rule)]
        marked = [Check(c.path, c.rule, c.fact, Outcome.SKIPPED, IGNORED_REASON) if self.ignored_at(c.path, c.rule) else c
                  for c in checks]
        return kept, marked
