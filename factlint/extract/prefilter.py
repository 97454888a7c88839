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

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import repeat
from typing import Callable, Iterable

import ahocorasick

from factlint.kinds import KINDS
from factlint.prose.patterns import lazy_compile
from factlint.prose.terms import is_regex
from factlint.rules import Rule

_RUN = lazy_compile(r"[\p{L}\p{N}]+")
# The same runs in ASCII text (most sentences), where casefold() is lower() and the
# letters and digits are [a-z0-9]: the standard library's engine finds them faster.
_ASCII_RUN = re.compile(r"[a-z0-9]+")
_HEAD = 3  # letters that index a wildcard term


@dataclass(frozen=True)
class _Term:
    """What a clause must contain for one term to match: whole runs, and a run
    starting with `prefix` when the term ends in a wildcard."""

    runs: frozenset[str]
    prefix: str | None


def _term(term: str) -> _Term | None:
    """The term's runs; None when it has none, or is a /regular expression/,
    so that no word test can rule it out."""
    if is_regex(term):
        return None
    body = term.rstrip("*").strip().casefold()
    runs = _RUN.findall(body)
    # "injur*": the last run is only the start of the word ("injured"); "U.S.*" ends in a whole run.
    prefix = runs.pop() if term.endswith("*") and runs and body.endswith(runs[-1]) else None
    if not runs and prefix is None:
        return None
    return _Term(frozenset(runs), prefix)


@dataclass(frozen=True)
class _Plan:
    """What one rule needs in a clause: a term of every scope group, and for one
    of its facts an anchor term (None: the scope words anchor it)."""

    groups: tuple[tuple[_Term | None, ...], ...]
    anchors: tuple[tuple[_Term | None, ...] | None, ...]


class _Words:
    """The runs of one clause, and which terms they hold (prefix tests cached)."""

    def __init__(self, text: str) -> None:
        self.runs = set(_ASCII_RUN.findall(text.lower()) if text.isascii() else _RUN.findall(text.casefold()))
        self._prefixes: dict[str, bool] = {}

    def holds(self, term: _Term | None) -> bool:
        if term is None:
            return True
        if not term.runs <= self.runs:
            return False
        return term.prefix is None or self.has_prefix(term.prefix)

    def has_prefix(self, prefix: str) -> bool:
        """Whether a run starts with `prefix` (the test of a wildcard term)."""
        known = self._prefixes.get(prefix)
        if known is None:  # map() runs the test in C: a sentence has dozens of runs
            known = self._prefixes[prefix] = any(map(str.startswith, self.runs, repeat(prefix)))
        return known

    def any(self, terms: tuple[_Term | None, ...]) -> bool:
        # holds() inlined: this runs for every group and anchor of every driven rule
        runs = self.runs
        for term in terms:
            if term is None or (term.runs <= runs and (term.prefix is None or self.has_prefix(term.prefix))):
                return True
        return False


class Anchors:
    """Whether a rule's anchor terms (triggers) may be in one clause."""

    def __init__(self, prefilter: Prefilter, words: _Words) -> None:
        self.prefilter, self.words = prefilter, words

    def holds_any_anchor(self, index: int) -> bool:
        plan = self.prefilter._plans[index]
        if plan is None:
            return True
        return any(anchor is not None and self.words.any(anchor) for anchor in plan.anchors)


class Prefilter:
    """The candidate rules of a clause, from one look-up per word.

    Each rule is looked up by its drivers, terms it cannot do without and that
    tell it apart from other rules: its first scope group, or (without scope)
    its facts' anchors. Only rules with a driver present are checked in full,
    so a common trigger word shared by a thousand rules costs nothing until a
    rule's own scope words are there too.
    """

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        self._plans: list[_Plan | None] = []
        self._by_run: dict[str, list[tuple[_Term, int]]] = defaultdict(list)
        self._by_head: dict[str, list[tuple[_Term, int]]] = defaultdict(list)  # single words ending in `*`
        self._short: list[tuple[_Term, int]] = []  # wildcard words shorter than _HEAD
        self._undriven: list[int] = []  # rules with a driver no word test can rule out
        self._tested: list[tuple[int, tuple[Callable[[str], bool], ...]]] = []  # rules of kinds with `may_claim`
        keys: set[str] | None = set()  # a word or stem of every term of every rule; None: a term no word test covers
        for index, rule in enumerate(rules):
            groups = tuple(tuple(_term(t) for t in group) for group in rule.scope.groups)
            tests = tuple(t for t in (KINDS[spec.kind].may_claim for spec in rule.facts) if t is not None)
            if tests:
                self._tested.append((index, tests))
                self._plans.append(None)
                continue
            anchors = []
            for spec in rule.facts:
                terms = KINDS[spec.kind].anchor_terms(spec)
                if terms is None and not groups:
                    continue  # no scope words to anchor it: it can claim nothing
                anchors.append(None if terms is None else tuple(_term(t) for t in terms))
            if not anchors:
                self._plans.append(None)
                continue
            self._plans.append(_Plan(groups, tuple(anchors)))
            for term in [t for g in groups for t in g] + [t for a in anchors if a is not None for t in a]:
                if term is None:
                    keys = None
                elif keys is not None:  # a term needs all its runs: its longest one is enough to look for
                    keys.add(max(sorted(term.runs), key=len) if term.runs else str(term.prefix))
            drivers = groups[0] if groups else tuple(t for a in anchors if a is not None for t in a)
            if None in drivers:
                self._undriven.append(index)
                continue
            for term in {t for t in drivers if t is not None}:
                if term.runs:
                    self._by_run[max(sorted(term.runs), key=len)].append((term, index))
                elif term.prefix is not None and len(term.prefix) >= _HEAD:
                    self._by_head[term.prefix[:_HEAD]].append((term, index))
                else:
                    self._short.append((term, index))
        # Most sentences hold none of the rules' words at all: one Aho-Corasick pass (in C)
        # over the case-folded text tells, before the sentence's words are read one by one.
        self._keys: ahocorasick.Automaton | None = None
        if keys:
            self._keys = ahocorasick.Automaton()
            for key in keys:
                self._keys.add_word(key, key)
            self._keys.make_automaton()
        # Each distinct `may_claim` test once: rules of one kind share theirs, and a test
        # reads the whole sentence, so a sentence pays for it once, not once per rule.
        self._tests: tuple[Callable[[str], bool], ...] = tuple(dict.fromkeys(t for _, ts in self._tested for t in ts))
        # The rules whose anchors a text without any rule word may still hold (an anchor
        # that no word test covers): an event carried over may claim there.
        self._bare_anchored = frozenset(
            index for index, plan in enumerate(self._plans)
            if plan is None or any(anchor is not None and None in anchor for anchor in plan.anchors))

    def _may_hold_a_word(self, text: str) -> bool:
        """False when no term's longest run (or a wildcard's stem) is in `text`: then no
        word test can pass, since every run of a term that matches is in the folded text."""
        if self._keys is None:
            return True
        return next(self._keys.iter(text.lower() if text.isascii() else text.casefold()), None) is not None

    def quiet(self, text: str, carried: Iterable[int] = ()) -> bool:
        """True when `look(text)` would find no candidate and no scoped rule, and none of
        the rules `carried` (their indexes) may have an anchor there; False when it may.

        Most sentences hold no rule word at all: telling so takes one Aho-Corasick pass
        and each `may_claim` test, not reading the sentence's words (what `look` does
        for a sentence without a rule word gives this same answer)."""
        return self.look_unless_quiet(text, carried) is None

    def look_unless_quiet(self, text: str, carried: Iterable[int] = ()) -> tuple | None:
        """None when `quiet(text, carried)`, else `look(text)` (the Aho-Corasick pass run once for both)."""
        held = self._may_hold_a_word(text)
        said = self._said(text)
        if (not held and self._keys is not None and not self._undriven
                and not any(index in self._bare_anchored for index in carried)
                and not any(said.values())):
            return None
        return self._look(text, held, said)

    def _said(self, text: str) -> dict[Callable[[str], bool], bool]:
        """What each distinct `may_claim` test says of `text`."""
        return {test: test(text) for test in self._tests}

    def candidates(self, text: str) -> list[tuple[int, Rule]]:
        """The rules (with their index) that may claim a value in `text`, in rule order."""
        return self.look(text)[0]

    def look(self, text: str) -> tuple[list[tuple[int, Rule]], list[tuple[int, Rule]], Anchors]:
        """The candidates of `text`; the rules with scope words whose scope words
        may all be in it, anchors or not: those may name their event there, which
        a later sentence without scope words of its own may take over; and a test
        of whether a rule's anchors may be in it (for an event taken over)."""
        return self._look(text, self._may_hold_a_word(text), self._said(text))

    def _look(self, text: str, held: bool, said: dict[Callable[[str], bool], bool],
              ) -> tuple[list[tuple[int, Rule]], list[tuple[int, Rule]], Anchors]:
        words = _Words(text if held else "")  # no rule's word: no run can matter
        driven = self._driven(words, said)
        found: list[tuple[int, Rule]] = []
        scoped: list[tuple[int, Rule]] = []
        for index in sorted(driven):
            plan = self._plans[index]
            if plan is None:  # a rule of kinds with `may_claim`, which has said yes
                found.append((index, self.rules[index]))
                continue
            if not all(words.any(group) for group in plan.groups):
                continue
            if plan.groups:
                scoped.append((index, self.rules[index]))
            if any(anchor is None or words.any(anchor) for anchor in plan.anchors):
                found.append((index, self.rules[index]))
        return found, scoped, Anchors(self, words)

    def _driven(self, words: _Words, said: dict[Callable[[str], bool], bool]) -> set[int]:
        driven = set(self._undriven)
        # Most runs index no term: one set intersection (in C) finds those that do.
        for run in words.runs & self._by_run.keys():
            for term, index in self._by_run[run]:
                if index not in driven and words.holds(term):
                    driven.add(index)
        # A wildcard term is there when a run starts with its stem: the runs' first
        # letters pick the stems worth testing (a stem has at least _HEAD letters).
        if self._by_head:
            for head in {run[:_HEAD] for run in words.runs} & self._by_head.keys():
                for term, index in self._by_head[head]:
                    if index not in driven and words.has_prefix(str(term.prefix)):
                        driven.add(index)
        for term, index in self._short:
            if index not in driven and words.has_prefix(str(term.prefix)):
                driven.add(index)
        driven.update(index for index, tests in self._tested if any(said[test] for test in tests))
        return driven
