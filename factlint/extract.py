"""Extraction: one article and the rules in, that article's facts out.

A pure function with no I/O and no state across articles, so its output can
be cached, sharded and compared later.
"""
from __future__ import annotations

from typing import Iterable

import regex

from factlint import conversions
from factlint.documents import Document
from factlint.kinds import KINDS
from factlint.kinds.base import Claim
from factlint.model import Fact
from factlint.prefilter import Prefilter, may_hold_conversion
from factlint.rules import FactSpec, Rule
from factlint.sentences import Sentence, clauses
from factlint.terms import find_terms
from factlint.values import Value, find_values

_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _fact(doc: Document, sentence: Sentence, quote: str, clause: Sentence, rule: str, fact: str, kind: str,
          start: int, end: int, value: dict, display: str) -> Fact:
    """A Fact for the value at clause.text[start:end], quoting the whole sentence (`quote`)."""
    line, column = doc.position(clause.start + start)
    end_line, end_column = doc.position(clause.start + end)
    if end_line != line:
        end_column = len(doc.line_text(line)) + 1
    return Fact(
        path=doc.path, line=line, column=column, end_column=end_column, rule=rule, fact=fact,
        kind=kind, value=value, display=display, text=" ".join(clause.text[start:end].split()),
        quote=quote, quote_offset=clause.start - sentence.start + start,
    )


def _claims(sentence: Sentence, values: list[Value], rules: Iterable[tuple[int, Rule]]) -> list[tuple]:
    """Every candidate mention in a sentence, with what decides between rivals."""
    found = []
    for order, rule in rules:
        scope_hits = rule.scope.hits(sentence.text)
        if scope_hits is None:
            continue
        for fact_order, spec in enumerate(rule.facts):
            # A trigger is a word of its own: "range" is not the "range" of "short-range".
            anchors = find_terms(spec.triggers, sentence.text, compounds=False) if spec.triggers else scope_hits
            for claim in KINDS[spec.kind].claims(sentence.text, values, spec, anchors):
                distance = min((_scope_distance(sentence.text, claim, h) for h in scope_hits), default=0)
                found.append((claim.gap, distance, order, fact_order, claim.start, claim, rule, spec))
    return found


def _scope_distance(text: str, claim: Claim, hit) -> int:
    """How far a value is from a scope word: words apart, and three more for each
    comma between, since a clause boundary usually changes the subject."""
    lo, hi = (hit.end, claim.start) if hit.end <= claim.start else (claim.end, hit.start)
    between = text[lo:hi] if lo < hi else ""
    return len(_WORD.findall(between)) + 3 * between.count(",")


def _resolve(claims: list[tuple]) -> list[tuple[Claim, Rule, FactSpec]]:
    """Keep the closest claims: a value belongs to one fact, and one trigger word
    ties one value to a fact. Ties between rules go to the nearer scope word."""
    kept = []
    spans: list[tuple[int, int]] = []
    anchors: set[tuple] = set()
    single: set[tuple[str, str]] = set()
    for *_, claim, rule, spec in sorted(claims, key=lambda c: c[:5]):
        if any(claim.start < e and s < claim.end for s, e in spans):
            continue
        key = (rule.id, spec.name, claim.anchor)
        if key in anchors or (rule.id, spec.name) in single:
            continue
        spans.append((claim.start, claim.end))
        anchors.add(key)
        if KINDS[spec.kind].one_per_sentence:
            single.add((rule.id, spec.name))
        kept.append((claim, rule, spec))
    return [k for k in kept if _whole_precedes(k, kept)]


def _whole_precedes(item: tuple[Claim, Rule, FactSpec], kept: list[tuple[Claim, Rule, FactSpec]]) -> bool:
    """A part ("including two children") belongs to the whole mentioned just before
    it ("killing more than 20 people"); after another count it is that count's part."""
    claim, rule, spec = item
    if spec.part_of is None:
        return True
    before = [(c.start, s.name) for c, r, s in kept if r is rule and c.end <= claim.start and s is not spec]
    return bool(before) and max(before)[1] == spec.part_of


_prefilters: dict[int, tuple[tuple[Rule, ...], Prefilter]] = {}


def prefilter_for(rules: tuple[Rule, ...]) -> Prefilter:
    """The prefilter of a rule list, built once per list (a run loads its rules once)."""
    cached = _prefilters.get(id(rules))
    if cached is None or cached[0] is not rules:
        _prefilters.clear()  # one rule list at a time; keeps the cache from growing
        cached = _prefilters[id(rules)] = (rules, Prefilter(rules))
    return cached[1]


def extract_facts(doc: Document, rules: tuple[Rule, ...]) -> list[Fact]:
    """The facts stated in one article, in reading order."""
    prefilter = prefilter_for(rules)
    facts: list[Fact] = []
    for sentence in doc.sentences:
        if not any(ch.isalnum() for ch in sentence.text):
            continue
        # What no rule can claim in a sentence, none can in one of its clauses.
        candidates = prefilter.candidates(sentence.text)
        conversion = may_hold_conversion(sentence.text)
        if not candidates and not conversion:
            continue
        # Scope, triggers and values meet within a clause: in "the flood killed
        # four in Lyon, while two died in the Nice fire" the two are not the flood's.
        parts = clauses(sentence)
        quote = sentence.text.replace("\n", " ")  # one string shared by the sentence's facts
        for clause in parts:
            if len(parts) > 1:
                candidates = prefilter.candidates(clause.text)
                conversion = may_hold_conversion(clause.text)
            if not candidates and not conversion:
                continue  # no rule can claim anything here, and no conversion is written
            values = find_values(clause.text)
            for claim, rule, spec in _resolve(_claims(clause, values, candidates)):
                facts.append(_fact(doc, sentence, quote, clause, rule.id, spec.name, spec.kind,
                                   claim.start, claim.end, claim.value, claim.display))
            for value in values:
                record = conversions.check_conversion(value)
                if record is not None:
                    end = value.converted.end
                    if clause.text[end:end + 1] == ")":
                        end += 1
                    facts.append(_fact(doc, sentence, quote, clause, conversions.RULE_ID, conversions.FACT,
                                       "conversion", value.start, end, record, conversions.describe_conversion(record)))
    facts.sort(key=lambda f: (f.line, f.column, f.rule, f.fact))
    return facts
