"""Which event a clause is about when it names none: the event named earlier in
its paragraph (or the headline) carries over, unless the clause names a
competing event, a contrast or a heading intervenes. Used by extract.py."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

import regex

from factlint.prose.lexicon import NUMBER_WORDS
from factlint.prose.patterns import lazy_compile
from factlint.prose.sentences import Sentence
from factlint.prose.terms import Hit, find_terms, has_term
from factlint.read.document import Document
from factlint.rules import Rule, Scope

# A clause that sets another event against the one before it ("..., while two
# died in the Nice fire") takes over no event: it may well be about another.
# (One whose subject is a pronoun goes on about what came before: "..., though
# this translated to only four seats", "although it lost 12".)
_CONTRAST = lazy_compile(r"(?:while|whereas|although|though|even\s+as|unlike)\b(?!\s+(?:it|this|that|they|he|she)\b)",
                         regex.IGNORECASE)

_WORD = lazy_compile(r"[\p{L}\p{N}]+")
# (rule, rule) -> whether they compete, by identity; rule lists are loaded once a run.
_competing: dict[tuple[int, int], tuple[Rule, Rule, bool]] = {}



# A clause that places what it tells somewhere by name ("a strike on Norvik killed
# five", "in Estmarch the party lost 12 seats") or sets it apart ("in another
# attack") may be about another event: it takes over none (a place the event's
# rule knows is a scope word, and the clause then names the event itself).
_NOT_PLACES = ("January February March April May June July August September October November December "
               "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday "
               "Saturday Sunday The A An This That Its Their His Her").split()


_A_YEAR = r"\s+(?:(?i:early|late|mid)[\s-]*)?(?:1[6-9]|20)\d\d\b"  # " 2012", " early 1998"
_OTHER_EVENT = lazy_compile(
    r"\b(?i:in|on|at|near|outside|inside|over|across)\s+(?:the\s+)?(?!(?:" + "|".join(_NOT_PLACES)
    + r")\b)\p{Lu}\p{Ll}|\b(?i:another|a\s+separate|an\s+earlier|a\s+previous|a\s+similar|unrelated)\b"
    # "In 2016, the party won 233 seats", "not held since 2012": another time, maybe another event.
    r"|\b(?i:in|since|during|until|before)" + _A_YEAR)


def _scope_hits(scope: Scope, text: str) -> list[Hit] | None:
    """Scope.hits without its pre-test of each group: the rules asked here are the
    prefilter's, whose scope words are nearly always there, so each group's
    pattern runs once (finding its hits), not twice."""
    if scope.exclude and has_term(scope.exclude, text):
        return None
    found: list[Hit] = []
    for group in scope.groups:
        group_hits = find_terms(group, text)
        if not group_hits:
            return None
        found.extend(group_hits)
    return found


# A number word ("four", "twenty"), or a vague amount ("hundreds", "dozens").
_NUMBER_WORD = "|".join(sorted([*NUMBER_WORDS, "hundreds", "dozens"], key=len, reverse=True))
_SINCE_YEAR = lazy_compile(r"\b(?i:since)" + _A_YEAR)

# A result told as done: "won", "secured four seats", "took 36 seats"; and what
# keeps a clause's figures unsettled (a forecast, a condition, the future).
# (Its figure right after the verb: "Harbour has secured a clear majority" may be a
# forecast's reading, told as done.)
_PAST_RESULT = lazy_compile(r"\b(?i:won|secured|took|gained|captured|clinched)\s+(?:(?i:just|only|some|about|around|nearly"
                            r"|almost|over|more\s+than|a\s+total\s+of|an?)\s+)*(?:\d|(?i:" + _NUMBER_WORD + r")\b)")
_UNSETTLED = lazy_compile(r"\b(?i:would|will|could|might|may|if|set\s+to|likely|expected|projected|projections?"
                          r"|forecasts?|predicted|predictions?|on\s+course|on\s+track|poll)\b")

CARRY_SENTENCES = 2  # a named event carries this many sentences past its paragraph


@dataclass(frozen=True)
class _Carry:
    """An event named earlier in the article, which a later clause that names
    no event of its own takes over: "Rockets struck Dravetz on May 3. Nine
    people were killed." gives Dravetz nine deaths."""

    order: int  # the rule's place in the rule list
    rule: Rule
    named: str  # where it was named, for the facts that take it over: "line 3: Dravetz"
    words: str  # the scope words that named it, where other rules' `none` terms are looked for
    paragraph: int  # paragraph and sentence of its last naming or fact
    sentence: int
    at: int = 0  # where in the article it was last named: of two events taken over, the later is nearer

    def alive(self, paragraph: int, sentence: int) -> bool:
        """Within its paragraph; a few sentences past it; and through the first
        paragraph after the headline (the first paragraph)."""
        return (paragraph == self.paragraph or sentence - self.sentence <= CARRY_SENTENCES
                or (self.paragraph == 0 and paragraph == 1))


def _competes(a: Rule, b: Rule) -> bool:
    """Whether two rules speak of the same sort of thing, so that naming one
    event ends a carried-over other: a fact of the same name and kind, or a
    shared trigger word."""
    known = _competing.get((id(a), id(b)))
    if known is None or known[0] is not a or known[1] is not b:
        if len(_competing) > 100_000:
            _competing.clear()
        known = _competing[id(a), id(b)] = (a, b, _share(a, b))
    return known[2]


def _share(a: Rule, b: Rule) -> bool:
    names = {(f.name, f.kind) for f in a.facts}
    if any((f.name, f.kind) in names for f in b.facts):
        return True
    words = {t.casefold() for f in a.facts for t in f.triggers}
    return any(t.casefold() in words for f in b.facts for t in f.triggers)


# Where a clause compares with another time or event: "up from 233 seats in 2016",
# "compared with 48 in 2019", "the old record of 62, set in 2005", "a gain of 211
# on the last election in 2019", "the worst since 1997".
_BASELINE = lazy_compile(
    r"\b(?i:since|than|compared\s+(?:with|to)|up\s+from|down\s+from|from|(?:the\s+)?(?:old\s+|previous\s+)?record\s+of"
    r"|beating|(?:on|at|in|from)\s+the\s+(?:last|previous)|set\s+(?:under|in|by))\b")


BASELINE_WORDS = 10  # words at most from the comparison's start to the other event's word


def _baseline(rule: Rule, text: str) -> tuple[list, list[tuple[int, int]]] | None:
    """A clause that names the rule's event and another event only inside a
    comparison is about the rule's event: its `none` words are all in phrases
    such as "up from 233 seats in 2016" after the event was named. The scope
    hits, and the comparison phrases (where the rule claims nothing); None otherwise."""
    hits = Scope(rule.scope.groups).hits(text)
    if hits is None or (rule.scope.groups and not hits):
        return None
    first = min((h.start for h in hits), default=0)  # a rule without scope words: the clause's start
    blocked: list[tuple[int, int]] = []
    for other in sorted(find_terms(rule.scope.exclude, text), key=lambda h: h.start):
        if any(start <= other.start for start, _ in blocked):
            continue  # inside a comparison already found, which runs to the clause's end
        markers = [m for m in _BASELINE.finditer(text, first, other.start)
                   if len(_WORD.findall(text, m.end(), other.start)) <= BASELINE_WORDS
                   and not any(m.start() <= h.start < other.end for h in hits)]
        if other.start <= first or not markers:
            return None
        blocked.append((markers[-1].start(), len(text)))  # the comparison runs to the clause's end
    return hits, blocked


# A few words with no closing punctuation: "Highlights", "What we know", "208 seats",
# "14 years of power", or a question ("How many are still missing?", an explainer's
# subhead). A figure in a heading labels the section; it takes over no event.
_HEADING = lazy_compile(r"[^.!?:;,\"”’)]{1,60}\??")


HEADING_WORDS = 8
# An item of a list: a short line with a label and a figure, no sentence ("• Harbour Party: 210 seats").
_LIST_ITEM = lazy_compile(r"[^.!?;]{1,60}:\s*[^.!?;:]{1,30}")
_ANNOUNCEMENT = lazy_compile(r"[^.!?:;]{1,60}:")  # "The full poll:", "Results in full:"


def _is_heading(sentence: Sentence, paragraph: tuple[int, int]) -> bool:
    """Whether a sentence is a section heading ("Highlights", "What we know",
    "208 seats"): a paragraph of its own, a few words long, without a full stop."""
    return (paragraph[1] - paragraph[0] <= len(sentence.text) + 2 and _HEADING.fullmatch(sentence.text) is not None
            and len(_WORD.findall(sentence.text)) <= HEADING_WORDS)


class _Reading:
    """Which events each clause is about, read in order: the rules whose scope
    it names, and the ones it takes over from the clauses before it."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.starts = [start for start, _ in doc.paragraphs]
        self.carries: dict[str, _Carry] = {}
        self.headline: dict[str, _Carry] = {}  # the events the headline names: the article's own
        # Per clause: the comparison phrases of a rule named only outside them
        # ("up from 233 seats in 2016"), where it claims nothing.
        self.blocked: dict[str, list[tuple[int, int]]] = {}
        self.paragraph = self.sentence = 0
        self.listing = False  # in the list an announcement line opened ("The full poll:")

    def at_sentence(self, index: int, sentence: Sentence) -> None:
        self.sentence = index
        self.paragraph = max(bisect.bisect_right(self.starts, sentence.start) - 1, 0)
        if self.listing:
            # Each item of an announced list ("Harbour Party: 210", a line of its
            # own, no sentence) goes on with what the announcement carried, to
            # the list's end: its fifth row is as much the poll's as its first.
            self.listing = _LIST_ITEM.fullmatch(sentence.text) is not None
            if self.listing:
                self.carries = {k: replace(c, paragraph=self.paragraph, sentence=index) for k, c in self.carries.items()}
        if self.paragraph > 0 and _is_heading(sentence, self.doc.paragraphs[self.paragraph]):
            self.carries = {}  # a new section: what the last one was about ends here
        if self.carries:
            self.carries = {k: c for k, c in self.carries.items() if c.alive(self.paragraph, index)}
        # _ANNOUNCEMENT ends in a colon and is at most 61 characters long: the plain test
        # rules out nearly every sentence before the pattern runs.
        if sentence.text[-1:] == ":" and len(sentence.text) <= 61 and _ANNOUNCEMENT.fullmatch(sentence.text) and _is_heading(
                replace(sentence, text=sentence.text.rstrip(": ")), self.doc.paragraphs[self.paragraph]):
            # "The full results:" announces a list of the article's own figures: the
            # event its headline names takes over the list ("Harbour Party: 210").
            self.carries = {**{k: replace(c, paragraph=self.paragraph, sentence=index) for k, c in self.headline.items()},
                            **self.carries}
            self.listing = True

    def scopes(self, clause: Sentence, first: bool, candidates, scoped, words) -> tuple[list, list]:
        """(own, taken): the (order, rule, scope hits) of the rules this clause names
        and may claim values for, and the (order, rule, carry) of the rules it takes over."""
        own_hits: dict[str, tuple[int, Rule, list]] = {}
        self.blocked = {}
        named: list[Rule] = []  # every rule whose scope words are here, ruled out or not
        for order, rule in scoped:
            hits = _scope_hits(rule.scope, clause.text)
            baseline = None if hits is not None or not rule.scope.exclude else _baseline(rule, clause.text)
            if baseline is not None:
                hits, self.blocked[rule.id] = baseline
            if hits is not None:
                own_hits[rule.id] = (order, rule, hits)
                named.append(rule)
            elif rule.scope.exclude and has_term(rule.scope.exclude, clause.text):
                self.carries.pop(rule.id, None)  # it speaks of what the rule is not about
                if Scope(rule.scope.groups).hits(clause.text) is not None:
                    named.append(rule)
        if self.carries and own_hits and _PAST_RESULT.search(clause.text) and not _UNSETTLED.search(clause.text):
            # A clause stating a result in the past tense ("the Greens secured four
            # seats") goes on from no forecast: the carried events that a rule named
            # here rules out ("projected", "the exit poll") end, and it keeps its own.
            self.carries = {k: c for k, c in self.carries.items() if k in own_hits or not any(
                r.scope.exclude and has_term(r.scope.exclude, c.words) for _, r, _ in own_hits.values())}
        # Nothing carried over (most clauses): the patterns need not run.
        other_event = bool(self.carries) and _OTHER_EVENT.search(clause.text) is not None
        if self.carries and not (other_event and _SINCE_YEAR.search(clause.text)):
            # (A clause measuring against a past year, "their best tally since
            # 1998", takes over nothing, and nothing carried rules out its own event.)
            candidates = self._without_ruled_out(candidates, own_hits)
        taken = []
        if self.carries and (first or not _CONTRAST.match(clause.text)) and not other_event:
            for key, carry in self.carries.items():
                if key in own_hits or has_term(carry.rule.scope.exclude, clause.text):
                    continue
                # A rule named here competes, unless what it rules out is the carried
                # event itself ("the Harbour Party is predicted to win 210" after "the exit poll").
                if any(_competes(carry.rule, rule) for rule in named if rule.id != key and not (
                        rule.scope.exclude and has_term(rule.scope.exclude, carry.words))):
                    continue
                if not words.holds_any_anchor(carry.order):
                    continue  # none of its triggers is here: it can claim nothing
                taken.append((carry.order, carry.rule, carry))
        for order, rule, hits in own_hits.values():
            line = self.doc.position(self.doc.source_offset(clause.start))[0]
            words = ", ".join(dict.fromkeys(clause.text[h.start:h.end] for h in hits))
            self.carries[rule.id] = _Carry(order, rule, f"line {line}: {words}", words,
                                           self.paragraph, self.sentence, clause.start + max((h.start for h in hits), default=0))
            if self.paragraph == 0:
                self.headline[rule.id] = self.carries[rule.id]
        own: list[tuple] = []
        for order, rule in candidates:
            if rule.scope.groups:
                if rule.id in own_hits:
                    own.append((order, rule, own_hits[rule.id][2], self.blocked.get(rule.id, [])))
            else:
                hits = rule.scope.hits(clause.text)
                if hits is not None:
                    own.append((order, rule, hits, []))
                elif rule.scope.exclude and (baseline := _baseline(rule, clause.text)) is not None:
                    own.append((order, rule, *baseline))
        return own, taken

    def _without_ruled_out(self, candidates, own_hits: dict) -> list:
        """A clause that goes on about an event carried over is not about what that event's naming clause
        rules out for another rule: after "the exit poll gives ...", "the Harbour
        Party on 210" is the poll's, not the result's. Drops those rules from
        `own_hits`, and returns `candidates` without the rules with no scope
        words, only `none` ones (a results rule for the whole story, "none: [exit
        poll]"), that stay out as a named rule does where the carried event would
        claim what they claim (a fact of the same name, a shared trigger): "That
        would hand Harbour a 40-seat majority" is the poll's majority."""
        for rule_id, (_, rule, _) in list(own_hits.items()):
            if rule.scope.exclude and any(
                    has_term(rule.scope.exclude, carry.words) for key, carry in self.carries.items()
                    if key not in own_hits):
                del own_hits[rule_id]
        carried = [carry for key, carry in self.carries.items() if key not in own_hits]
        return [(order, rule) for order, rule in candidates if rule.scope.groups or not rule.scope.exclude or not any(
            has_term(rule.scope.exclude, carry.words) and _competes(carry.rule, rule) for carry in carried)]

    def stated(self, rule: Rule) -> None:
        """A carried-over event stated a fact here: it carries on from here."""
        carry = self.carries.get(rule.id)
        if carry is not None:
            self.carries[rule.id] = replace(carry, paragraph=self.paragraph, sentence=self.sentence)


