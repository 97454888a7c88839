"""Picking, for each clause, the few rules that could find anything in it.

Every rule needs its words in a clause before it can claim a value there: one
term of each scope group, and a fact's anchors (its triggers, the scope words,
or a title's person). Testing each rule's patterns on each clause costs time in
proportion to the number of rules; instead, every term of every rule is indexed
by the words it is made of, the clause's words are looked up once, and only
rules whose words are all present are tried with their real patterns. The index
may let through a rule that then finds nothing, never hold back one that would.

Why the word test is safe: a term matches as a whole word or phrase, so each
run of letters and digits inside it is also a whole run of the clause's text
(compared case-folded); only a final `*` word may be the start of a longer run.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import regex

from factlint.kinds import KINDS
from factlint.rules import Rule
from factlint.units import UNIT_SPELLINGS

_RUN = regex.compile(r"[\p{L}\p{N}]+")
_HEAD = 3  # letters that index a wildcard term
# A unit conversion ("900 km (550 miles)", "900 km, or 550 miles") needs a
# parenthesis or an "or", and two units.
_CONVERSION_JOIN = regex.compile(r"\(|(?<![\p{L}\p{N}])or(?![\p{L}\p{N}])", regex.IGNORECASE)
# A unit follows a number: never a letter right before it.
_UNIT = regex.compile(r"(?<!\p{L})(?:" + "|".join(f"(?:{p})" for p in UNIT_SPELLINGS) + r")(?![\p{L}\p{N}])",
                      regex.IGNORECASE)


@dataclass(frozen=True)
class _Term:
    """What a clause must contain for one term to match: whole runs, and a run
    starting with `prefix` when the term ends in a wildcard."""

    runs: frozenset[str]
    prefix: str | None
    rule: int  # index of the rule in the rule list
    slot: int  # which of the rule's needs the term meets (see _needs)


def _term(term: str, rule: int, slot: int) -> _Term | None:
    """The term's runs; None when it has none, so no word test can rule it out."""
    body = term.rstrip("*").strip().casefold()
    runs = _RUN.findall(body)
    # "injur*": the last run is only the start of the word ("injured"); "U.S.*" ends in a whole run.
    prefix = runs.pop() if term.endswith("*") and runs and body.endswith(runs[-1]) else None
    if not runs and prefix is None:
        return None
    return _Term(frozenset(runs), prefix, rule, slot)


class Prefilter:
    """The candidate rules of a clause, from one look-up per word."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        self._by_run: dict[str, list[_Term]] = defaultdict(list)
        self._by_prefix: dict[str, list[_Term]] = defaultdict(list)  # single words ending in `*`
        self._always: dict[int, set[int]] = defaultdict(set)  # rule -> slots met by any text
        # Each rule needs every slot in `groups` and one slot in `anchors`.
        self._needs: list[tuple[frozenset[int], frozenset[int]]] = []
        for index, rule in enumerate(rules):
            slots = [tuple(group) for group in rule.scope.groups]
            groups = frozenset(range(len(slots)))
            anchors: set[int] = set()
            for spec in rule.facts:
                terms = KINDS[spec.kind].anchor_terms(spec)
                if terms is None:  # the scope words are the anchors
                    if groups:
                        anchors.add(0)
                    continue
                anchors.add(len(slots))
                slots.append(tuple(terms))
            self._needs.append((groups, frozenset(anchors)))
            for slot, terms in enumerate(slots):
                for text in terms:
                    term = _term(text, index, slot)
                    if term is None:
                        self._always[index].add(slot)
                    elif term.runs:
                        self._by_run[max(term.runs, key=len)].append(term)
                    else:
                        self._by_prefix[term.prefix].append(term)
        self._keys = frozenset(self._by_run)
        # Wildcard terms are looked up by their first letters; shorter ones are tried on every run.
        self._by_head: dict[str, list[_Term]] = defaultdict(list)
        self._short: list[_Term] = []
        for prefix, terms in self._by_prefix.items():
            (self._by_head[prefix[:_HEAD]] if len(prefix) >= _HEAD else self._short).extend(terms)

    def candidates(self, text: str) -> list[tuple[int, Rule]]:
        """The rules (with their index) that may claim a value in `text`, in rule order."""
        runs = set(_RUN.findall(text.casefold()))
        met: dict[int, set[int]] = {rule: set(slots) for rule, slots in self._always.items()}
        for run in runs & self._keys:
            for term in self._by_run[run]:
                if term.runs <= runs and (term.prefix is None or any(r.startswith(term.prefix) for r in runs)):
                    met.setdefault(term.rule, set()).add(term.slot)
        for run in runs:
            for term in self._by_head.get(run[:_HEAD], ()):
                if run.startswith(term.prefix):
                    met.setdefault(term.rule, set()).add(term.slot)
            for term in self._short:
                if run.startswith(term.prefix):
                    met.setdefault(term.rule, set()).add(term.slot)
        found = []
        for index in sorted(met):
            groups, anchors = self._needs[index]
            slots = met[index]
            if groups <= slots and anchors & slots:
                found.append((index, self.rules[index]))
        return found


def may_hold_conversion(text: str) -> bool:
    """Whether `text` may state a unit conversion: a joiner and two units."""
    if _CONVERSION_JOIN.search(text) is None:
        return False
    return len(_UNIT.findall(text, overlapped=True)) >= 2
