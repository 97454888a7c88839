"""Extraction: one article and the rules in, that article's facts (and suppression lines) out.

A pure function of the article and the rules (no I/O; the only state kept
across articles is a cache of compiled prefilters), so its output can be
cached, sharded and compared later.
"""
from __future__ import annotations

import functools
from typing import Iterable

import regex

from factlint.errors import FactlintError
from factlint.extract.prefilter import Prefilter
from factlint.extract.scope import _Reading
from factlint.kinds import KINDS
from factlint.kinds import count as count_kind
from factlint.kinds.base import Claim
from factlint.model import Fact, RunError, Suppression
from factlint.prose.patterns import lazy_compile
from factlint.prose.sentences import Sentence, clauses
from factlint.prose.terms import PatternTimeout, find_terms, has_term
from factlint.prose.values import Value, ValueReader, find_values
from factlint.read.directives import find_suppressions
from factlint.read.document import Document
from factlint.rules import FactSpec, Rule
from factlint.rules.builtin import with_builtin

_WORD = lazy_compile(r"[\p{L}\p{N}]+")
# A sentence that opens by placing itself ("In Estmarch the Blues lost 12 seats, while
# the Reds gained nine") places each of its clauses there.
_FRAME = lazy_compile(r"(?i:only\s+|even\s+|and\s+|but\s+)?(?i:in|across|outside|throughout|within)\s+(?:the\s+)?"
                      r"\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*")
_BLANKS = lazy_compile(r"\s+")


@functools.lru_cache(maxsize=64)
def _squeeze(text: str) -> str:
    # Cached so that the facts of one sentence share one quote string (memory at archive scale).
    return _BLANKS.sub(" ", text)


def _squeezed(text: str, offset: int) -> tuple[str, int]:
    """`text` with each run of white space as one space (markup blanked in a
    Markdown or HTML layout leaves long runs), and where `offset` lands in it."""
    squeezed = _squeeze(text)
    if len(squeezed) == len(text):  # every blank run a single space already (nearly always): nothing moved
        return squeezed, offset
    return squeezed, len(_BLANKS.sub(" ", text[:offset]))


def _fact(doc: Document, sentence: Sentence, clause: Sentence, rule: str, fact: str, kind: str,
          start: int, end: int, value: dict, display: str, scope_from: str | None = None) -> Fact:
    """A Fact for the value at clause.text[start:end], quoting the whole sentence."""
    line, column = doc.position(doc.source_offset(clause.start + start))
    end_line, end_column = doc.position(doc.source_offset(clause.start + end - 1) + 1)
    if end_line != line:
        end_column = len(doc.line_text(line)) + 1
    quote, quote_offset = _squeezed(sentence.text, clause.start - sentence.start + start)
    return Fact(
        path=doc.path, line=line, column=column, end_column=end_column, rule=rule, fact=fact,
        kind=kind, value=value, display=display, text=" ".join(clause.text[start:end].split()),
        quote=quote, quote_offset=quote_offset, scope_from=scope_from,
    )


_OWNER_BEFORE = lazy_compile(r"\b\p{Lu}[\p{L}-]*(?:['’]s|s['’])\s+$")  # "Norland's 31", "the Blues' 40"
# A scope word that owns another number ("208 seats to the Blues' 64"), that is
# the other side of a comparison ("600,000 fewer than the Blues") or whose members
# the number counts ("dozens of senior Blues lost their seats") says nothing of
# whose the number is.
_OWNS_NEXT = lazy_compile(r"(?:['’]s?)?\s+(?=\d[\d,.]*+(?!\s*(?:%|(?i:per\s*cent|percent|points?)\b)))")
_COMPARED_WITH = lazy_compile(r"\b(?i:than)\s+(?:(?i:the)\s+)?$")
# A scope word after the number that opens a clause of its own ("71 seats, and the
# Blues took five", "11 seats, when the Blues won 80") is that clause's subject.
# A clause of another time or a contrast ("11 seats, when the Blues won 80") rules the
# scope word out; a coordinate one (", and the Blues ...") only when a nearer owner is left.
_OTHER_CLAUSE = lazy_compile(r",\s+(?i:while|whereas|when)\s+")
_NEW_CLAUSE = lazy_compile(r",\s+(?i:and|but|as|yet)\s+")
# What is taken from someone is theirs no more, and where it was won is not whose it
# is: "took 36 seats from the Blues", "won 208 seats in the Assembly",
# "captured 12 villages from the rebels" count the taker's gain.
_TRANSFER_BEFORE = lazy_compile(
    r"\b(?i:took|taken|takes|won|gained|seized|captured|wrested|flipped)\s+(?:[\p{L}-]+\s+){0,2}$")
_FROM_BEFORE = lazy_compile(r"\b(?i:from|in|into)\s+(?:(?i:the)\s+)?$")  # "from the Blues", "in the Assembly"
_MEMBERS_OF = lazy_compile(r"\s+(?i:of)\s+(?:(?i:the|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}")


def _claims(sentence: Sentence, values: list[Value], rules: Iterable[tuple],
            gave_up: dict[str, str], taken: bool = False) -> list[tuple]:
    """Every candidate mention in a sentence, with what decides between rivals.

    `rules` holds (order, rule, scope hits), or (order, rule) for a rule whose
    scope is read from the sentence alone. A rule whose regular expression runs
    out of time is left out of this sentence and the rest of the article:
    `gave_up` maps its id to why. The claims of a rule `taken` over from an
    earlier clause come after every claim of a rule the clause names itself."""
    found: list[tuple] = []
    for order, rule, *given in rules:
        if rule.id in gave_up:
            continue
        scope_hits = given[0] if given else rule.scope.hits(sentence.text)
        if scope_hits is None:
            continue
        blocked = given[1] if len(given) > 1 else []
        try:
            found.extend(c for c in _rule_claims(sentence, values, rule, order, scope_hits, taken)
                         if not any(c[-3].start < e and s < c[-3].end for s, e in blocked))
        except PatternTimeout as exc:
            gave_up[rule.id] = str(exc)
    return found


def _rule_claims(sentence: Sentence, values: list[Value], rule: Rule, order: int, scope_hits: list,
                 taken: bool) -> list[tuple]:
    found = []
    for fact_order, spec in enumerate(rule.facts):
        # A trigger is a word of its own: "range" is not the "range" of "short-range".
        anchors = find_terms(spec.triggers, sentence.text, compounds=False) if spec.triggers else scope_hits
        for claim in KINDS[spec.kind].claims(sentence.text, values, spec, anchors):
            owner = _OWNER_BEFORE.search(sentence.text, max(0, claim.start - 60), claim.start) if spec.kind == "count" else None
            if owner and not any(h.start < owner.end() and owner.start() < h.end for h in scope_hits) and not (
                    claim.anchor and claim.anchor[0] < owner.end() and owner.start() < claim.anchor[1]):
                continue  # "Norland's 31 seats" are Norland's, not a party's: only the owner's rule takes them
            hits, penalty = _whose(sentence.text, claim, scope_hits) if spec.kind == "count" else (scope_hits, 0)
            if hits is None:
                continue
            distance = _nearest_scope_distance(sentence.text, claim, hits) + penalty
            found.append((taken, claim.gap, distance, order, fact_order, claim.start, claim, rule, spec))
    return found


COORDINATE_PENALTY = 10  # words: a scope word past ", and" yields to any owner before it


def _whose(text: str, claim: Claim, hits: list) -> tuple[list | None, int]:
    """The scope words that may say whose a claimed count is, and a penalty to its
    distance; None when none may though some were found (the rule then claims
    nothing here)."""
    if not hits:
        return hits, 0
    kept, coordinate = [], []
    for hit in hits:
        if hit.start >= claim.end:
            if _MEMBERS_OF.fullmatch(text, claim.end, hit.start) and not (
                    claim.anchor and claim.anchor[0] < hit.end and hit.start < claim.anchor[1]):
                return None, 0  # "dozens of senior Blues": the number counts Blues (unless Blues is the trigger)
            if _COMPARED_WITH.search(text, max(claim.end, hit.start - 12), hit.start):
                continue  # "fewer than the Blues"
            if _FROM_BEFORE.search(text, max(claim.end, hit.start - 10), hit.start) and _TRANSFER_BEFORE.search(
                    text, max(0, claim.start - 40), claim.start):
                continue  # "took 36 seats from the Blues"
            if _OTHER_CLAUSE.search(text, claim.end, hit.start):
                continue  # "11 seats, when the Blues won 80"
            if _NEW_CLAUSE.search(text, claim.end, hit.start):
                coordinate.append(hit)  # "71 seats, and the Blues took five"
                continue
        owns = _OWNS_NEXT.match(text, hit.end)
        if owns and owns.end() != claim.start:
            continue  # "the Blues' 121" is theirs; another number is not
        kept.append(hit)
    if kept:
        return kept, 0
    return (coordinate, COORDINATE_PENALTY) if coordinate else (None, 0)


def _nearest_scope_distance(text: str, claim: Claim, hits: list) -> int:
    """The smallest _scope_distance to any of `hits` (0 for none). Only the
    nearest hit on each side can be nearest in words, so only those are counted."""
    if not hits:
        return 0
    left = right = None
    for hit in hits:
        if hit.end <= claim.start:
            if left is None or hit.end > left.end:
                left = hit
        elif hit.start >= claim.end:
            if right is None or hit.start < right.start:
                right = hit
        else:
            return 0  # the scope word overlaps the value
    return min(_scope_distance(text, claim, h) for h in (left, right) if h is not None)


def _scope_distance(text: str, claim: Claim, hit) -> int:
    """How far a value is from a scope word: words apart, and three more for each
    comma between, since a clause boundary usually changes the subject."""
    lo, hi = (hit.end, claim.start) if hit.end <= claim.start else (claim.end, hit.start)
    between = text[lo:hi] if lo < hi else ""
    return len(_WORD.findall(between)) + 3 * between.count(",")


def _resolve(claims: list[tuple], text: str = "") -> list[tuple[Claim, Rule, FactSpec]]:
    """Keep the closest claims: a value belongs to one fact, and one trigger word
    ties one value to a fact. Ties between rules go to the nearer scope word."""
    kept = []
    spans: list[tuple[int, int]] = []
    anchors: set[tuple] = set()
    single: set[tuple[str, str]] = set()
    for *_, claim, rule, spec in sorted(claims, key=lambda c: c[:6]):
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
    out = []
    for k in kept:
        if _part_of_whole(k, kept, text):
            continue
        if _whole_precedes(k, kept):
            out.append(k)
        elif (whole := _unstated_whole(k, kept, claims)) is not None:
            out += [k, whole]
    return out


def _unstated_whole(item: tuple[Claim, Rule, FactSpec], kept: list[tuple[Claim, Rule, FactSpec]],
                    claims: list[tuple]) -> tuple[Claim, Rule, FactSpec] | None:
    """A part with no count of its rule before it and no whole in its clause ("five
    children died") stays the part, and is a lower bound of the whole: at least five
    deaths. Its whole claim; None when a count of another fact or the whole is near,
    or another fact's trigger wants the same number ("17 children were among the wounded")."""
    claim, rule, spec = item
    if any(r is rule and s is not spec and (s.name == spec.part_of or c.end <= claim.start) for c, r, s in kept):
        return None
    if any(c[-2] is rule and c[-1] is not spec and c[-1].name != spec.part_of
           and (c[-3].start, c[-3].end) == (claim.start, claim.end) for c in claims):
        return None
    whole = next((f for f in rule.facts if f.name == spec.part_of), None)
    if whole is None or whole.kind != spec.kind or spec.kind != "count":
        return None
    return count_kind.lower_bound(claim, whole), rule, whole


# "The storm killed 12 people, with five deaths in Eastport and one at the bridge":
# counts after the whole, joined by "with" or "including", are its parts.
_PARTS_JOIN = lazy_compile(r"\b(?:with|including|among\s+them|of\s+them|of\s+whom)\b", regex.IGNORECASE)


def _part_of_whole(item: tuple[Claim, Rule, FactSpec], kept: list[tuple[Claim, Rule, FactSpec]], text: str) -> bool:
    """Whether a count follows a count of the same fact it is a part of."""
    claim, rule, spec = item
    if spec.kind != "count" or spec.part_of is not None:
        return False
    return any(r is rule and s is spec and c.end <= claim.start and _PARTS_JOIN.search(text, c.end, claim.start)
               for c, r, s in kept)


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


_with_builtin: dict[int, tuple[tuple[Rule, ...], tuple[Rule, ...]]] = {}


def _all_rules(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The rule list with the built-in rules, the same tuple for the same list, so
    that its prefilter is built once per run, not once per article."""
    cached = _with_builtin.get(id(rules))
    if cached is None or cached[0] is not rules:
        _with_builtin.clear()
        cached = _with_builtin[id(rules)] = (rules, with_builtin(rules))
    return cached[1]


def extract_facts(doc: Document, rules: tuple[Rule, ...], errors: list[RunError] | None = None,
                  read_values: ValueReader = find_values) -> list[Fact]:
    """The facts stated in one article, in reading order.

    A clause that names no event of its own takes over the events named in
    the clauses before it (see _Reading), unless it names a competing one.

    A rule whose regular expression runs out of time on this article is skipped
    for it: the error is added to `errors`, or raised when `errors` is None, so
    that it is never lost. Facts of that rule found before are dropped too.
    `read_values` reads a clause's values (a caller may pass a memo of it)."""
    rules = _all_rules(rules)
    prefilter = prefilter_for(rules)
    facts: list[Fact] = []
    gave_up: dict[str, str] = {}
    reading = _Reading(doc)
    for index, sentence in enumerate(doc.sentences):
        if not any(map(str.isalnum, sentence.text)):
            continue
        reading.at_sentence(index, sentence)
        looked = prefilter.look_unless_quiet(sentence.text, [c.order for c in reading.carries.values()])
        if looked is None:
            continue  # no rule's word here (most sentences): what follows would find nothing
        # What no rule can claim in a sentence, none can in one of its clauses.
        candidates, scoped, words = looked
        if not candidates and not scoped and not any(words.holds_any_anchor(c.order) for c in reading.carries.values()):
            continue  # nothing named here, and no event carried over has a trigger here
        # Scope, triggers and values meet within a clause: in "the flood killed
        # four in Lyon, while two died in the Nice fire" the two are not the flood's.
        parts = clauses(sentence)
        for number, clause in enumerate(parts):
            if len(parts) > 1:
                candidates, scoped, words = prefilter.look(clause.text)
            own, taken = reading.scopes(clause, number == 0, candidates, scoped, words)
            if number > 0 and (frame := _FRAME.match(sentence.text)):
                own = [o for o in own if not has_term(o[1].scope.exclude, frame.group())]
                taken = [t for t in taken if not has_term(t[1].scope.exclude, frame.group())]
            if not own and not taken:
                continue  # no rule can claim anything here
            values = read_values(clause.text, doc.date)
            claims = _claims(clause, values, own, gave_up)
            # Of the events taken over, the one named last is the nearest: "the Blues won 44
            # seats, and the Reds took 14%, but only five seats" gives the Reds five.
            latest = sorted(taken, key=lambda t: -t[2].at)
            claims += _claims(clause, values, [(rank, r, []) for rank, (_, r, _) in enumerate(latest)], gave_up, taken=True)
            named = {rule.id: carry.named for _, rule, carry in taken}
            # Independent kinds (a conversion) judge how a value is written and
            # never take a value from the facts that compete for it.
            rivals = [c for c in claims if not KINDS[c[-1].kind].independent]
            for claim, rule, spec in _resolve(rivals, clause.text) + [c[-3:] for c in claims if KINDS[c[-1].kind].independent]:
                if rule.id in named:
                    reading.stated(rule)
                facts.append(_fact(doc, sentence, clause, rule.id, spec.name, spec.kind,
                                   claim.start, claim.end, claim.value, claim.display, named.get(rule.id)))
    if gave_up:
        found = [RunError(doc.path, message, rule) for rule, message in sorted(gave_up.items())]
        if errors is None:
            raise FactlintError("; ".join(map(str, found)))
        errors.extend(found)
        facts = [f for f in facts if f.rule not in gave_up]
    facts.sort(key=lambda f: (f.line, f.column, f.rule, f.fact))
    return count_kind.without_later_parts(facts)


def extract_article(doc: Document, rules: tuple[Rule, ...], errors: list[RunError] | None = None,
                    read_values: ValueReader = find_values) -> tuple[list[Fact], list[Suppression]]:
    """All that the compare step needs from one article: its facts and its suppression lines."""
    return extract_facts(doc, rules, errors, read_values), find_suppressions(doc)
