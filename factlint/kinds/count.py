"""count: how many — deaths, injured, boats rescued, a quake's magnitude.

"killing more than 20 people" is more than 20 deaths; a number after
"including" ("including two children") counts a part, so it is claimed only
by a trigger written right after it ("two children"), and, for a fact with
`part_of`, only just after a mention of the whole (see extract.py).
"""
from __future__ import annotations

import functools
from dataclasses import replace
from typing import Any, Callable, Generic, Iterator, TypeVar

import regex

from factlint.kinds.base import OUT_OF_WHOLE, Claim, Option, interval_value, intervals_agree, pair, words_between
from factlint.model import Fact, Interval
from factlint.prose.patterns import lazy_compile
from factlint.prose.qualifiers import describe as describe_interval
from factlint.prose.qualifiers import qualify
from factlint.prose.terms import Hit
from factlint.prose.values import Value, find_values

# Words before a value that decide what it is lie close to it; searching only
# this far back keeps the cost per value constant in long sentences.
LOOKBACK = 120  # characters
# A pattern of the words before a number that ends at the number ($) and is only
# tested, never read, is searched backwards (regex.REVERSE): one try from the
# number instead of one at each of the characters before it.
KIND = "count"
OPTIONS: dict[str, Option] = {}
DEFAULT_WINDOW = 6


# A number that names rather than counts: "day one", "Phase 2", "Image 3 of 8",
# "Channel 4", a call sign "WXYZ 5"; and "one" as a pronoun: "their loved one".
_LABEL_BEFORE = lazy_compile(
    r"(?:\b(?i:day|phase|stage|image|photo|picture|slide|page|chapter|part|round|game|week|act|season|episode|"
    r"channel|station|gate|pier|lane|exit|route|highway|interstate|number|no\.|item|section|article|"
    r"flight|unit|tower|level|floor|grade|category|class|type|version|model|series|studio|radio)"
    r"|\b\p{Lu}{2,})\s*$"
    r"|\b(?i:image|photo|picture|slide|page|part|item|number|no\.)\s+\d+\s+(?i:of)\s+$"
    r"|\b(?i:suite|box|apt|apartment|room|building|block|lot|unit)\.?\s*$"
    # A telephone number, in groups after its label or its country code ("Tel. 555 0142",
    # "+44 20 7946", "0800 555 123"); a signed figure ("+5") is a change, not a count either.
    r"|\b(?i:tel|telephone|phone|fax|hotline|helpline)\b\.?:?\s*(?:[+(]?\d[\d().-]*\s*){0,4}$|\+(?:\d[\d\s().-]*)?$"
    r"|\b0\d{2,}[\s().-]+(?:\d+[\s().-]+){0,3}$", regex.REVERSE)
# A citation mark ("killed 12 people.[3]", "[14]") or a street number ("1200 Harbor
# Street", "44 Quay Rd.") is no count.
_CITATION = lazy_compile(r"\[\s*$", regex.REVERSE)
_BROKEN_GROUP_AFTER = lazy_compile(r",\s+0\d\d\b")
_CITATION_AFTER = lazy_compile(r"\s*\]")
_STREET_AFTER = lazy_compile(
    r"(?:\s+\p{Lu}[\p{L}-]*){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|"
    r"Court|Ct|Plaza|Square|Highway|Parkway|Pkwy|Terrace)\b")
_PRONOUN_ONE = lazy_compile(
    r"\b(?i:the|this|that|which|each|every|any|no|their|his|her|my|our|your|its|loved|little|right|wrong|only)\s+$", regex.REVERSE)


# An increment or a part, not a toll: "two more victims", "three other workers",
# "another 12", "a further three", "five of his co-workers".
_INCREMENT_AFTER = lazy_compile(r"\s+(?i:more|additional|further|new)\b|\s+of\s+(?i:his|her|their|its|our|my|your)\b"
                                r"|\s+(?i:other)(?:\s+[\p{L}]+){1,2}\s+(?i:also)\b")
# "the other four workers" are the rest of a group, a part as well; but when the rest
# is itself a predicate's subject ("two were rescued, but the other six were presumed
# dead") it is that predicate's count.
_INCREMENT_BEFORE = lazy_compile(
    r"\b(?i:another|a\s+further|an\s+additional|a\s+new|(?P<other>(?:the|its|their)\s+other))\s+$", regex.REVERSE)
_OTHER_PREDICATE_AFTER = lazy_compile(r"\s+(?i:were|are|was|is|had\s+been|have\s+been)\b")
# A change, not a level: "the toll rose by three to 15", "up by 60".
_DELTA_BEFORE = lazy_compile(
    r"\b(?i:increased|increases?|rose|risen|rises?|rising|climbed|climbs?|grew|grown|jumped|fell|fallen|dropped|"
    r"declined|decreased|went\s+up|went\s+down|up|down)\s+by\s+$"
    r"|\b(?i:gain|loss|increase|rise|drop|fall|decrease|swing)\s+of\s+(?:(?i:some|about|around|nearly|almost)\s+)?$"
    # "318 seats, up 140", "were down 96 seats", "Reds up 40": "up"/"down" alone before a
    # number after a comma, a verb of being or a headline's subject (not "shot down 12 drones").
    r"|(?:^|[,;:(—–]\s*|\b(?i:is|are|was|were|now|been|be)\s+|\b\p{Lu}\p{L}*\s+)(?i:up|down)\s+"
    r"(?:(?i:some|about|around|nearly|almost|over|more\s+than)\s+)?$",
    regex.REVERSE)  # every branch ends at the number: searched from there, one try instead of one per character
# A past figure: "up from the previous figure of 67", "down from 233", "from the
# Wednesday estimate of 19", "the toll had stood at 74", "had put the toll at six",
# "the list once topped 1,500", "at six earlier that day". It is still a mention of
# the fact (what the article says it was), marked `past` for the comparison.
_FROM_BEFORE = lazy_compile(
    r"\b(?i:from)\s+(?:(?i:the|a|an|its|their)\s+)?(?:(?i:previous|earlier|initial|original|prior|old|last)\s+)?"
    r"(?:[\p{L}]+\s+)?(?:(?i:figure|toll|count|total|estimate|tally|number|record)\s+(?i:of\s+)?)?$"
    r"|\b(?i:from)\s+$", regex.REVERSE)
_PAST_BEFORE = lazy_compile(
    r"\b(?i:had|once)\s+(?:[\p{L}]+\s+){0,1}(?i:stood|put|said|been|reported|given|estimated|spoken|topped|"
    r"reached|confirmed|listed|counted|announced|set)\b[^,;]{0,40}$", regex.REVERSE)
_PAST_AFTER = lazy_compile(r"(?:\s+[\p{L}]+){0,2}\s+(?i:earlier|previously|before\s+that)\b"
                           r"|(?:\s+[\p{L}]+){0,1}\s+(?i:had\s+been|had\s+stood)\b")
_REPORTED_BEFORE = lazy_compile(
    r"\b(?i:said|says|told|reported|confirmed|announced|stated|added)\s+(?:(?i:that)\s+)?(?:[\p{L}]+\s+){0,3}$", regex.REVERSE)
_PAST_CLAUSE = lazy_compile(r"(?i:earlier|last\s+(?:week|month|year)|previously|initially|at\s+first)\b")
# A guess at a future figure ("the count would end up at 200") or a rate ("10 bodies a day") is no count.
_SUPPOSED_BEFORE = lazy_compile(
    r"\b(?i:would|could|might|may)\s+(?i:end\s+up|rise|reach|climb|grow|double|triple|increase|top|exceed|go\s+up)"
    r"\s+(?:[\p{L}]+\s+){0,3}$", regex.REVERSE)
_RATE_AFTER = lazy_compile(r"(?:\s+[\p{L}]+)?\s+(?i:a|an|per|each|every)\s+(?i:day|week|month|year|hour|minute)\b")
# "another 140 remain missing" is the number still missing, not an increment.
_REMAIN_AFTER = lazy_compile(r"(?:\s+[\p{L}]+)?\s+(?i:remain|remained|are\s+still|were\s+still)\b")
# Victims identified or named are a part of the dead, not the toll: "named only two
# victims", "three victims publicly identified"; "of the 97 ... named" is the whole.
_IDENTIFIED_BEFORE = lazy_compile(
    r"\b(?i:identified|named|notified|identify|name)\s+(?:[\p{L}]+\s+){0,3}$", regex.REVERSE)
_IDENTIFIED_AFTER = lazy_compile(  # "the two workers who were recovered were named"
    r"(?:\s+[\p{L}’']+){0,4}(?:\s+(?i:who|that)(?:\s+[\p{L}’']+){1,3})?\s+(?i:identified|named|notified)\b")
# ("the families of 13 victims were notified" tells of the victims identified, no whole)
_OF_THE_BEFORE = lazy_compile(r"(?<!\b(?i:families|relatives|kin|loved\s+ones)\s+)\b(?i:of)\s+(?:(?i:the|all)\s+)?$",
                              regex.REVERSE)
# "rose from 99 to 101", "rose by three to 15": the figure after "to" is the count now.
_FROM_RANGE_BEFORE = lazy_compile(r"\b(?i:from)\s+$|" + _DELTA_BEFORE.pattern, regex.REVERSE)
_TO = lazy_compile(r"\s*(?:-|–|—|\bto\b)\s*", regex.IGNORECASE)


# A year is not a count: "won the 2024 election" is not 2,024 seats.
_YEAR_WRITTEN = lazy_compile(r"(?:1[89]|20)\d\d")
_DETERMINER_BEFORE = lazy_compile(r"\b(?i:the|a|an|this|that|last|next|its|their|his|her|our)\s+$|['’]s\s+$", regex.REVERSE)
# A threshold is not a result: "the 151 seats needed for a majority".
# What is still outstanding is not a result either: "two seats had still to be counted",
# "with three results yet to declare".
_THRESHOLD_AFTER = lazy_compile(
    r"(?:\s+[\p{L}-]+){0,3}\s+(?P<word>(?i:needed|required|necessary|to\s+win|short\s+of|mark|threshold"
    r"|still\s+to|yet\s+to|left\s+to|still\s+undeclared|undeclared|outstanding))\b")



# A share or a score, not a count of things: "slid some 5 points in the polls".
_POINTS_AFTER = lazy_compile(r"[\s-]+(?:(?i:percentage|percent|per\s+cent)[\s-]+)?(?P<word>(?i:points?|pts?|pp))\b")
# A unit defined, not counted: "(one TEU being a 20-foot container)", "one acre is equal to ...".
_DEFINITION_AFTER = lazy_compile(r"\s+[\p{L}-]+\s+(?i:being|equals|is\s+equal\s+to|is\s+equivalent\s+to|is\s+defined)\b")
# Members of a group are a part of it: "five members of a road crew" counts
# people of the crew, not the crew (they may still be six killed).
# One member is one person, not the group's size: "one crew member was hurt".
_MEMBERS_AFTER = lazy_compile(
    r"\s+(?i:members?|employees?|staff|residents?|pupils?|players?)\s+(?P<of>(?i:of))\s+(?:(?i:a|an|the|its|their|his|her)\s+)?"
    r"|\s+(?:[\p{L}-]+\s+)?(?=(?i:member|employee)\b)")
# A difference between two figures is no level of either: "600,000 fewer than the
# Blues", "12 more than last year"; only a fact about the difference takes it.
_DIFFERENCE_AFTER = lazy_compile(  # ... and "57 more seats than in 2015": a difference, no increment
    r"(?:\s+[\p{L}-]+)?\s+(?P<word>(?i:fewer|more|less|higher|lower|larger|smaller))(?:\s+[\p{L}-]+)?\s+(?i:than)\b")
# Things moved are a change to a stock, not the stock: "182 containers have been taken
# off the ship", "120 containers off the ship", "crews removed 40 cars".
_MOVED_AFTER = lazy_compile(
    r"(?:\s+[\p{L}-]+){0,2}\s+(?:(?i:have|has|had|were|was|are|is)\s+)?(?:(?i:been|being)\s+)?"
    r"(?P<word>(?i:taken\s+(?:off|out)|removed|offloaded|unloaded|lifted\s+(?:off|out))|(?i:off)\s+(?i:the|a|an))\b")
_MOVED_BEFORE = lazy_compile(r"\b(?P<word>(?i:removed|offloaded|unloaded|took\s+off|taken\s+off))\s+(?:[\p{L}]+\s+){0,2}$")
# A number after a preposition and a determiner counts that phrase's own noun, not
# a trigger before it: "rockets aimed at the two ports", "search for the six missing",
# "killed in the two attacks".
_PREPOSITION_OBJECT = lazy_compile(
    r"\b(?i:for|at|to|into|onto|in|on|with|from|against|toward|towards|near|over|under|across|between|behind)"
    r"\s+(?i:the|these|those|its|their|his|her|our|both|all)\s+$", regex.REVERSE)
# A number that a relative clause describes ("the millions who had backed the party")
# counts what the clause says, not a trigger past the clause's first words.
_WHO_AFTER = lazy_compile(r"\s+(?i:who|whom)\b")
RELATIVE_VERB_WORDS = 2
# A number right after a verb of gain is a change: "overturning 209 seats", "gained
# nine seats", "flipped 12 wards"; only that verb, a fact about gains, takes it.
_GAIN_BEFORE = lazy_compile(
    r"\b(?P<word>(?i:gained|gaining|gains|flipped|flipping|flips|overturned|overturning|picked\s+up|picking\s+up))\s+"
    r"(?:(?i:a|an|another|some|about|around|nearly|almost|over|more\s+than|at\s+least)\s+)*$")
# A hyphened count before a noun of margin measures the margin: "an 80-seat majority",
# "a 12-point lead" are no count of seats or points.
_MARGIN_AFTER = lazy_compile(
    r"-[\p{L}]+\s+(?i:majority|lead|margin|advantage|deficit|swing|gap)\b")
# A number after a comparison's object is that object's: "the ship is small next to
# the world's largest carriers, which can carry more than 24,000 boxes".
_COMPARED_BEFORE = lazy_compile(
    r"\b(?i:next\s+to|compared\s+(?:with|to)|unlike|dwarfed\s+by)\s+(?:(?i:the|a|an|those|other)\s+)[^;.\d]*$")
# "the bodies of all six workers who died": the verb of the relative clause on the
# number's own noun says what it counts, as closely as the noun before "of".
_RELATIVE_VERB = lazy_compile(r"(?:\s+[\p{L}-]+){0,3}?\s+(?i:who|that)\s+(?:(?i:had|have|has|were|was)\s+)?")
# "151 seat wins out of 300": the first number is a part, the second the whole,
# and the noun between them is the whole's ("300 seats").
_PART_OUT_OF = lazy_compile(r"(?:\s+[\p{L}-]+){0,3}?\s+(?i:out\s+of)\s+(?:(?i:the|all)\s+)?(?=\d)")
_WHOLE_OUT_OF = lazy_compile(r"\b(?i:out\s+of)\s+(?:(?i:the|all)\s+)?$")
# "down from 365": after a change word the number is the level before, not the change.
_LEVEL_BEFORE_CHANGE = lazy_compile(r"\s+(?i:from)\s+(?:(?i:the|a|an)\s+)?")  # "the six who died", "the two who had survived"


@functools.lru_cache(maxsize=4096)  # the same value is judged once for every count fact
def _counts(text: str, value: Value) -> bool:
    """Whether a count value is a number of things at all, and a whole: not a
    label, an increment, a change, a rate, a supposition or an identified part."""
    written = text[value.start:value.end]
    before = text[max(0, value.start - LOOKBACK):value.start]
    if _LABEL_BEFORE.search(before) or _STREET_AFTER.match(text, value.end):
        return False
    if len(written) > 1 and written[0] == "0" and written[1].isdigit():
        return False  # "0800 555 123", "call 555-0142": a leading zero writes a code, not a count
    if _BROKEN_GROUP_AFTER.match(text, value.end):
        return False  # "a 2, 000-degree fire": a number broken at its thousands comma is no count of its head
    if _CITATION.search(before) and _CITATION_AFTER.match(text, value.end):
        return False
    if _YEAR_WRITTEN.fullmatch(written) and _DETERMINER_BEFORE.search(before):
        return False
    if written.lower() == "one" and _PRONOUN_ONE.search(before):
        return False
    if (_INCREMENT_AFTER.match(text, value.end) and not _DIFFERENCE_AFTER.match(text, value.end)) or (
            _SUPPOSED_BEFORE.search(before)):
        return False
    increment = _INCREMENT_BEFORE.search(before)
    if increment and not _REMAIN_AFTER.match(text, value.end) and not (
            increment.group("other") and _OTHER_PREDICATE_AFTER.match(text, value.end)):
        return False
    if _RATE_AFTER.match(text, value.end):
        return False
    if written.lower() in ("one", "1") and _DEFINITION_AFTER.match(text, value.end):
        return False
    if (_IDENTIFIED_BEFORE.search(before) or _IDENTIFIED_AFTER.match(text, value.end)) and not _OF_THE_BEFORE.search(before):
        return False
    return True


@functools.lru_cache(maxsize=4096)  # the same value is judged once for every count fact
def _is_past(text: str, value: Value) -> bool:
    """Whether the article gives the count as an earlier figure."""
    before = text[max(0, value.start - LOOKBACK):value.start]
    if _FROM_BEFORE.search(before) or _PAST_BEFORE.search(before) or _PAST_CLAUSE.match(text.lstrip()):
        return True
    # "officials said 7 people had been killed": reported speech, the figure now
    return bool(_PAST_AFTER.match(text, value.end)) and not _REPORTED_BEFORE.search(before)


@functools.lru_cache(maxsize=4096)  # the same value is judged once for every count fact
def _now_of_change(text: str, value: Value) -> Value:
    """"from 99 to 101" read as a range is a change: the count now is 101."""
    if value.span.is_point or not _FROM_RANGE_BEFORE.search(text, max(0, value.start - LOOKBACK), value.start):
        return value
    for join in _TO.finditer(text, value.start, value.end):
        now = [v for v in find_values(text[join.end():value.end]) if v.type == "count"]
        if len(now) == 1 and now[0].end == value.end - join.end():
            return replace(now[0], start=join.end() + now[0].start, end=value.end)
    return value


_ORDINALS = {word: number for number, word in enumerate(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 2)}
# "the body of a third victim", "Fourth body recovered", "the sixth and final victim":
# a running count of the dead or found, at least that many (exactly, when final).
# A headline drops the article: "Divers recover sixth body", "Fourth victim found" — then
# the noun follows the ordinal right away.
_ORDINAL_NOUN = r"(?i:victims?|body|bodies|person|worker|man|woman|child|fatality|death)\b"
_ORDINAL_COUNT = lazy_compile(
    r"(?:(?<=\b(?i:the|a|an)\s+)|^|(?P<bare>(?<=\s)))(?P<ordinal>(?i:" + "|".join(_ORDINALS) + r"))"
    r"(?P<final>\s+(?i:and\s+(?:final|last)))?(?(bare)(?=\s+" + _ORDINAL_NOUN + r")|(?=(?:\s+[\p{L}-]+){0,3}?\s+"
    + _ORDINAL_NOUN + r"))")


@functools.lru_cache(maxsize=1024)
def _ordinal_counts(text: str) -> tuple[Value, ...]:
    lowered = text.lower()
    if not any(word in lowered for word in _ORDINALS):
        return ()  # most sentences hold no ordinal: plain substring tests instead of the lookbehinds at every word
    found = []
    for m in _ORDINAL_COUNT.finditer(text):
        number = float(_ORDINALS[m.group("ordinal").lower()])
        final = bool(m.group("final"))
        span = Interval.point(number) if final else qualify(number, "ge")[0]
        qualifier = None if final else "ge"
        found.append(Value("count", m.start(), m.end(), span, qualifier=qualifier, number=number))
    return tuple(found)


# A sum of people: "four men and three children were killed" is 7 deaths, "a crew of
# 12 Norlanders and a Velan" is 13. Only groups of people add up: "12 people and 3
# dogs" are not 15 of anything.
_PEOPLE = (r"(?:(?i:men|women|children|boys|girls|adults|teenagers|teens|babies|infants|soldiers|civilians|officers|"
           r"firefighters|workers|passengers|pilots|residents|students|tourists|nationals|sailors|fishermen|"
           r"crew\s+members|police\s+officers|people)|\p{Lu}\p{Ll}+(?:ans|ese|is))")
_PERSON = (r"(?:(?i:man|woman|child|boy|girl|adult|teenager|baby|infant|soldier|civilian|officer|firefighter|worker|"
           r"passenger|pilot|resident|student|tourist|national|sailor|fisherman|person)|\p{Lu}\p{Ll}+(?:an|ese|i))")
_SUM_JOIN = lazy_compile(r"\s+(?:[\p{L}-]+\s+)?" + _PEOPLE + r"\s+(?P<and>(?i:and))\s+(?:(?P<one>(?i:a|an|one))\s+(?:[\p{L}-]+\s+)?"
                         + _PERSON + r"\b)?")
_SUM_NOUN = lazy_compile(r"\s+(?:[\p{L}-]+\s+)?" + _PEOPLE + r"\b")


def _sums(text: str, values: list[Value]) -> tuple[list[Value], dict[int, tuple[int, int]]]:
    """The values with each sum of groups of people read as one count, and for each
    sum of two numbers (by id) where its claim ends and where its last group's noun
    ends. "Four men and three children were killed" is 7 deaths, 3 of them
    children: the sum is claimed where its first group is written ("Four men"), so
    that "three", kept as a part that only the noun right after it takes, is
    claimed by a fact about children; and the sum never pairs with that noun."""
    out: list[Value] = []
    sums: dict[int, tuple[int, int]] = {}
    skip = -1
    for index, value in enumerate(values):
        if index <= skip:
            continue
        join = _SUM_JOIN.match(text, value.end) if value.span.is_point and value.qualifier is None else None
        if join and join.group("one"):
            out.append(replace(value, end=join.end(), interval=Interval.point(value.span.lo + 1), number=None))
            continue
        after = values[index + 1] if index + 1 < len(values) else None
        noun = _SUM_NOUN.match(text, after.end) if (
            join and after is not None and after.start == join.end() and after.type == "count" and after.span.is_point
            and after.qualifier is None) else None
        if noun and join and after is not None:
            total = replace(value, end=after.end, interval=Interval.point(value.span.lo + after.span.lo), number=None)
            sums[id(total)] = (len(text[:join.start("and")].rstrip()), noun.end())
            out += [total, replace(after, subcount=True)]
            skip = index + 1
            continue
        out.append(value)
    return out, sums


# The subject of a passive predicate: "A fourth victim of the mine collapse was
# found Tuesday", "the sixth and final victim ... was found": an ordinal count
# pairs with the trigger of its predicate however long its subject runs.
_PREDICATE = lazy_compile(r"\s+(?i:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:(?i:now|also|finally)\s+)?$", regex.REVERSE)
PREDICATE_WORDS = 15


def _ordinal_predicates(text: str, values: list[Value], anchors, spec, paired: set[int],
                        around: Callable[[Value], _Around]) -> Iterator[Claim]:
    for index, value in enumerate(values):
        if index in paired or not around(value).ordinal:
            continue
        # A headline opening with its ordinal drops the verb "to be" too: "Fourth victim of
        # the mine collapse found".
        headline = not text[:value.start].strip()
        after = [h for h in anchors if h.start >= value.end and (
            headline or _PREDICATE.search(text, max(0, h.start - 30), h.start))]
        if not after:
            continue
        hit = min(after, key=lambda h: h.start)
        if any(value.end <= v.start and v.end <= hit.start for v in values if v is not value):
            continue
        gap = words_between(text, value.end, hit.start, PREDICATE_WORDS)
        if gap is None or gap > PREDICATE_WORDS:
            continue
        data = interval_value(value.span, value.approx, qualifier=value.qualifier)
        yield Claim(value.start, value.end, (hit.start, hit.end), max(gap, spec.window), data,
                    describe(data, spec.options))


# "Five of the 12 miners are still missing", "three of the workers were killed": the part
# is the subject of its predicate, so it counts that predicate's trigger (5 missing); the
# whole inside ("the 12 miners") counts only its own noun, never the predicate's trigger.
_PART_PREDICATE = lazy_compile(
    r"\s+(?i:of)\s+(?i:the|these|those|its|their|all|them)(?:\s+[\p{L}\d,’'-]+){0,6}?"
    r"(?:,\s+(?i:who|which|that)\s[^,;.]{0,80},)?\s+"  # "two of the men, who had been on the bridge, were rescued"
    r"(?i:are|were|is|was|remain|remained|remains|have\s+been|has\s+been|had\s+been)"
    r"(?:\s+(?i:still|now|also|all|later|feared|presumed|reported))*\s+")
_PART_WHOLE_BEFORE = lazy_compile(r"\s+(?i:of)\s+(?i:the|these|those|its|their|all)\s+$")
PART_REACH = 80  # characters from a part to its predicate's trigger


def _part_predicates(text: str, values: list[Value], anchors, spec, paired: set[int]) -> Iterator[Claim]:
    for index, value in enumerate(values):
        if not value.subcount or index in paired:
            continue
        for hit in sorted((h for h in anchors if value.end < h.start <= value.end + PART_REACH), key=lambda h: h.start):
            if _PART_PREDICATE.fullmatch(text, value.end, hit.start):
                data = interval_value(value.span, value.approx, qualifier=value.qualifier)
                yield Claim(value.start, value.end, (hit.start, hit.end), spec.window, data,
                            describe(data, spec.options))
                break


def _whole_of_part(text: str, value: Value, values: list[Value]) -> bool:
    """Whether `value` is the whole after a part: the 12 of "five of the 12 miners"."""
    return any(v.subcount and v.end < value.start and _PART_WHOLE_BEFORE.fullmatch(text, v.end, value.start)
               for v in values)


# "No bodies have been recovered", "no deaths were reported": none, a count of 0,
# told by the trigger written right after "no".
_NONE = lazy_compile(r"\b(?i:no)(?=\s+\p{L})")


@functools.lru_cache(maxsize=1024)
def _zeros(text: str) -> tuple[Value, ...]:
    return tuple(Value("count", m.start(), m.end(), Interval.point(0.0), subcount=True, number=0.0)
                 for m in _NONE.finditer(text))


# One person, not a number: "a man was shot to death", "a 91-year-old woman died",
# "a woman was found dead",
# "an elderly resident was killed": one death, told by the trigger of its predicate.
# "Another person was killed" is one death too, but one added to others told before
# (an increment): the toll is at least one, not one.
_ONE_PERSON = lazy_compile(
    r"(?:(?<=^)|(?<=[\s\"“(]))(?P<det>(?i:a|an|another))\s+(?:[\p{L}\d-]+\s+){0,2}?(?i:man|woman|boy|girl|child|person|teenager|teen|"
    r"baby|infant|resident|worker|motorist|pedestrian|driver|passenger|cyclist|firefighter|officer|soldier|civilian)"
    r"(?=(?:\s+(?i:was|has\s+been|had\s+been))?(?:\s+(?P<how>(?i:shot|stabbed|beaten|burned|found|crushed))(?:\s+to)?)?"
    r"\s+(?P<verb>[\p{L}]+))")


@functools.lru_cache(maxsize=1024)
def _single_people(text: str) -> tuple[tuple[Value, tuple[int, int]], ...]:
    """Each person, with where the verb of their predicate may start (the `verb`
    and `how` groups of the match at the person: its own search, as the finditer
    match and a match at its start can differ)."""
    people = tuple(Value("count", m.start(), m.end(), qualify(1.0, "ge")[0], qualifier="ge", number=1.0)
                   if m.group("det").lower() == "another" else
                   Value("count", m.start(), m.end(), Interval.point(1.0), number=1.0) for m in _ONE_PERSON.finditer(text))
    return tuple((value, (verb.start("verb"), verb.start("how"))) for value in people
                 if (verb := _ONE_PERSON.match(text, value.start)) is not None)


def _singles(text: str, anchors: list[Hit]) -> Iterator[tuple[Value, Hit]]:
    """(value, hit) for each person whose predicate's verb is a trigger."""
    for value, verbs in _single_people(text):
        for hit in anchors:
            if hit.start in verbs:  # "was found dead", "was shot to death"
                yield value, hit


# "Three patients wounded in the strike later died": the participle says who they
# were; the main verb, what happened to them.
_FINITE = lazy_compile(r"\b(?i:were|was|are|is|been|had|have|has)\b")  # "were wounded": a predicate, not a participle
_AND = lazy_compile(r"\b(?i:and|but)\b")  # "were hurt, and one later died": two predicates
_LATER_DIED = lazy_compile(r"[^.;]{0,80}?\b(?i:later|subsequently|since|afterwards|eventually|then)\s+"
                           r"(?i:died|succumbed|passed\s+away)\b")


# "The death toll in the flooded north of the province has risen to 12": the level a
# trigger's subject has reached is its value however long the subject runs.
_LEVEL_BEFORE = lazy_compile(
    r"\b(?:(?i:has|have|had|now)\s+)?(?i:risen|rose|climbed|jumped|increased|reached|grown|grew|stands?|stood|"
    r"hit|soared|mounted)\s+(?i:to|at)\s+$", regex.REVERSE)
LEVEL_WORDS = 25  # words at most from the trigger to the level


def _levels(text: str, values: list[Value], anchors, spec, paired: set[int],
            around: Callable[[Value], _Around]) -> Iterator[Claim]:
    """Claims for "TRIGGER ... has risen to N" beyond the window: the nearest
    trigger before the level, with no other number between them."""
    for index, value in enumerate(values):
        if index in paired or not around(value).level:
            continue
        before = [h for h in anchors if h.end <= value.start]
        if not before:
            continue
        hit = max(before, key=lambda h: h.end)
        if any(hit.end <= v.start and v.end <= value.start for v in values if v is not value):
            continue
        gap = words_between(text, hit.end, value.start, LEVEL_WORDS)
        if gap is None or gap > LEVEL_WORDS:
            continue
        data = interval_value(value.span, value.approx, qualifier=value.qualifier)
        yield Claim(value.start, value.end, (hit.start, hit.end), max(gap, spec.window), data,
                    describe(data, spec.options))


def _own_word_span(text: str, value: Value) -> tuple[int, int] | None:
    """Where a word of a number's own is written, if it has one: a word that makes
    the number a threshold ("the 151 seats needed"), a score ("5 points"), a
    difference ("600,000 fewer than") or a move ("182 containers taken off"). That
    very word is the only trigger that may claim the number (see claims())."""
    for pattern in (_THRESHOLD_AFTER, _POINTS_AFTER, _DIFFERENCE_AFTER, _MOVED_AFTER):
        word = pattern.match(text, value.end)
        if word:
            return word.span("word")
    moved = _MOVED_BEFORE.search(text, max(0, value.start - LOOKBACK), value.start)
    return moved.span("word") if moved else None


# A word of a number's own right after it: "40 injured", not "40 in Tarnel".
_OWN_WORD_AFTER = lazy_compile(
    r"\s+(?!(?i:in|on|at|as|after|before|and|or|of|for|to|from|by|with|the|a|an|near|across|during|since|"
    r"when|while|amid|over)\b)\p{Ll}")


def _each_to_its_own(text: str, pairs: list[tuple[Value, Hit, int]], candidates: list[Value],
                     around: Callable[[Value], _Around]) -> Iterator[tuple[Value, Hit, int]]:
    """The pairs where several numbers and triggers meet, as a reader pairs them.

    A trigger written between two numbers, right after the first and right before
    the second, belongs to one of them. When the second has a word of its own right
    after it ("Seven dead 40 injured", "7 dead 40 injured 3 missing"), the numbers
    come before their words and the trigger is the first's; otherwise the words come
    first ("kills 7 injures 40", "killed 7 injured 40 in Tarnel") and it is the
    second's. Pairing it with the other number costs a word.

    "toll: killed 7, injured 40, missing 3", "7 dead, 40 hurt, 3 missing": a number
    does not reach back to a trigger past another number and a comma (a list's
    items), nor past a number written right next to a trigger of the same fact."""
    after_value = {h.start for v, h, g in pairs if g == 0 and h.start >= v.end}
    # trigger start -> True when it is the number before's, False when the number after's
    flanked = {h.start: around(v).own_word_after
               for v, h, g in pairs if g == 0 and h.end <= v.start and h.start in after_value}
    beside = [v for v, h, g in pairs if g == 0]
    for value, hit, gap in pairs:
        lo, hi = (hit.end, value.start) if hit.end <= value.start else (value.end, hit.start)
        if any(lo <= v.start and v.end <= hi for v in beside) and not (
                hit.start >= value.end and OUT_OF_WHOLE.fullmatch(text, value.end, hit.start)):
            continue  # (the whole of "212 out of 400 seats" leaves the noun to the part as well)
        if hit.end <= value.start and "," in text[lo:hi] and any(
                lo <= v.start and v.end <= hi and not around(v).delta
                for v in candidates):
            continue  # (a change, "increased by one, to 19", is no item: the level after it is the trigger's)
        yield value, hit, gap + (hit.start in flanked and flanked[hit.start] == (hit.end <= value.start))


_T = TypeVar("_T")


class _once(Generic[_T]):  # noqa: N801  (used as a decorator, like functools.cached_property)
    """functools.cached_property without its lock: the value, once read, is kept in
    the instance's __dict__, which Python looks in before this (non-data) descriptor."""

    def __init__(self, read: Callable[[Any], _T]) -> None:
        self.read, self.name = read, read.__name__

    def __get__(self, instance: Any, owner: Any = None) -> _T:
        value = instance.__dict__[self.name] = self.read(instance)
        return value


class _Around:
    """What the words around one candidate number say, each read at most once per
    clause: claims() runs once for every count fact of a clause, and these depend
    on the clause and the number alone, never on the fact's triggers."""

    def __init__(self, text: str, value: Value, candidates: list[Value]) -> None:
        self.text, self.value, self.candidates = text, value, candidates
        self.back = max(0, value.start - LOOKBACK)

    @_once
    def ordinal(self) -> bool:
        return self.text[self.value.start:self.value.end].split()[0].lower() in _ORDINALS

    @_once
    def level(self) -> bool:
        return _LEVEL_BEFORE.search(self.text, self.back, self.value.start) is not None

    @_once
    def delta(self):
        return _DELTA_BEFORE.search(self.text, self.back, self.value.start)

    @_once
    def relative(self):
        return _RELATIVE_VERB.match(self.text, self.value.end)

    @_once
    def part(self):
        return _PART_OUT_OF.match(self.text, self.value.end)

    @_once
    def whole_of_part(self) -> bool:
        return _whole_of_part(self.text, self.value, self.candidates)

    @_once
    def whole(self):
        return _WHOLE_OUT_OF.search(self.text, self.back, self.value.start)

    @_once
    def own_word(self) -> tuple[int, int] | None:
        return _own_word_span(self.text, self.value)

    @_once
    def gain(self):
        return _GAIN_BEFORE.search(self.text, self.back, self.value.start)

    @_once
    def margin(self):
        return _MARGIN_AFTER.match(self.text, self.value.end)

    @_once
    def compared(self):
        return _COMPARED_BEFORE.search(self.text, self.back, self.value.start)

    @_once
    def members(self):
        return _MEMBERS_AFTER.match(self.text, self.value.end)

    @_once
    def preposition_object(self):
        return _PREPOSITION_OBJECT.search(self.text, self.back, self.value.start)

    @_once
    def who(self):
        return _WHO_AFTER.match(self.text, self.value.end)

    @_once
    def past(self) -> bool:
        return _is_past(self.text, self.value)

    @_once
    def own_word_after(self) -> bool:
        return bool(_OWN_WORD_AFTER.match(self.text, self.value.end))


class _Reading:
    """A clause's count candidates and what is around each, worked out once for
    all the count facts that read the clause (the caller passes the same values)."""

    def __init__(self, text: str, values: list[Value]) -> None:
        self.text, self.values = text, tuple(values)
        changed, self.sums = _sums(text, [_now_of_change(text, v) for v in values if v.type == "count" and not v.secondary])
        taken = [(v.start, v.end) for v in values]
        changed += [v for v in _ordinal_counts(text) + _zeros(text) if not any(v.start < e and s < v.end for s, e in taken)]
        self.candidates = [v for v in changed if _counts(text, v)]
        self._around = {id(v): _Around(text, v, self.candidates) for v in self.candidates}

    def around(self, value: Value) -> _Around:
        return self._around[id(value)]


_last_reading: list[_Reading] = []  # the clause read last: its facts come one after another


def _reading(text: str, values: list[Value]) -> _Reading:
    if _last_reading:
        last = _last_reading[0]
        # A tuple compares its items by identity first: the same list costs no field comparisons.
        if last.text == text and last.values == tuple(values):
            return last
    reading = _Reading(text, values)
    _last_reading[:] = [reading]
    return reading


def claims(text: str, values: list[Value], spec, anchors) -> Iterator[Claim]:
    reading = _reading(text, values)
    candidates, sums, around = reading.candidates, reading.sums, reading.around
    pairs = list(pair(text, candidates, anchors, spec.window))
    paired = {index for index, v in enumerate(candidates) if any(p[0] is v for p in pairs)}
    for value, hit, gap in _each_to_its_own(text, pairs, candidates, around):
        if id(value) in sums and value.end <= hit.start < sums[id(value)][1]:
            continue  # "four men and three children": "children" is the noun of the three, not of the sum
        near = around(value)
        died = _LATER_DIED.match(text, hit.end) if hit.start >= value.end else None
        if died and not _FINITE.search(text, value.end, hit.start) and not _AND.search(text, hit.end, died.end()):
            continue  # "three patients wounded in the strike later died" are deaths
        if value.number is not None and near.ordinal and hit.start > value.end:
            gap += 1  # "the body of the fifth victim who drowned": the body is what is counted
        delta = near.delta
        if delta and not delta.start() <= hit.start < value.start:
            continue  # a change ("rose by three", "a gain of 211") is a count only of a fact about changes
        relative = near.relative
        if relative and relative.end() == hit.start and not near.ordinal:
            gap = 0
        part = near.part
        if (part and value.end <= hit.start < part.end()) or (
                hit.start > value.end and gap > 1 and near.whole_of_part):
            continue  # "151 seat wins out of 300": 151 is a part; "five of the 12 miners are missing": 12 are miners
        whole = near.whole
        if not whole and near.own_word and not near.own_word[0] <= hit.start < near.own_word[1]:
            continue  # a threshold, a score, a difference or a move is a count only of a fact about it
        if whole and hit.end <= whole.start() and any(
                v.end <= hit.start and around(v).part for v in candidates):
            gap = 0  # the noun of "N seats out of 300" is the whole's
        if hit.end <= value.start and _LEVEL_BEFORE_CHANGE.fullmatch(text, hit.end, value.start):
            continue  # "down from 365": the level before the change
        gain = near.gain
        if gain and not gain.start("word") <= hit.start < value.start:
            continue  # "overturning 209 seats": a gain, not a party's seats
        if value.end < hit.start and hit.end <= value.end + 40 and near.margin and (
                hit.start <= text.find(" ", value.end)):
            continue  # "an 80-seat majority": the number is the majority's
        compared = near.compared
        if compared and hit.start > compared.start():
            continue  # "next to the world's largest ships, which can carry 24,000 boxes"
        members = near.members
        if members and value.end <= hit.start < members.end() + (20 if members.group("of") else 1):
            continue  # "five members of a road crew", "one crew member": not the crew's count
        if hit.end <= value.start and near.preposition_object:
            continue  # "aimed at the two ports": the number counts the ports
        if hit.start >= value.end and near.who and gap > RELATIVE_VERB_WORDS:
            continue  # "the millions who had backed the party to beat the Blues"
        data = interval_value(value.span, value.approx, qualifier=value.qualifier)
        if near.past:
            data["past"] = True  # an earlier figure, as the article says; the comparison may weigh it so
        end = sums[id(value)][0] if id(value) in sums else value.end
        yield Claim(value.start, end, (hit.start, hit.end), gap, data, describe(data, spec.options))
    yield from _levels(text, candidates, anchors, spec, paired, around)
    yield from _ordinal_predicates(text, candidates, anchors, spec, paired, around)
    yield from _part_predicates(text, candidates, anchors, spec, paired)
    for value, hit in _singles(text, anchors):
        if not any(value.start < v.end and v.start < value.end for v in candidates):
            data = interval_value(value.span, False, qualifier=value.qualifier)
            yield Claim(value.start, value.end, (hit.start, hit.end), 1, data, describe(data, spec.options))


# A group of people named by what they are ("four fishermen", "two firefighters"),
# not "people" or "victims" in general.
_GROUP_AFTER = lazy_compile(r"\s+(?:[\p{L}-]+\s+)?" + _PEOPLE.replace("|people)", ")") + r"\b")


def without_later_parts(facts: list[Fact]) -> list[Fact]:
    """An article's facts (in reading order) without the counts of a named group that
    come after a larger count of the same fact: under "the storm killed 12 people",
    a later "four fishermen died" is a part of the toll, not another toll."""
    whole: dict[tuple[str, str], float] = {}
    out = []
    for fact in facts:
        if fact.kind != "count" or fact.value.get("past"):
            out.append(fact)
            continue
        key = (fact.rule, fact.fact)
        lo, hi = fact.value.get("lo"), fact.value.get("hi")
        if key in whole and hi is not None and hi < whole[key] and _GROUP_AFTER.match(
                fact.quote, fact.quote_offset + len(fact.text)):
            continue
        if lo is not None and lo != float("-inf"):
            whole[key] = max(whole.get(key, lo), lo)
        out.append(fact)
    return out


def lower_bound(part: Claim, whole_spec) -> Claim:
    """The claim that a whole is at least its part: "five children died" is at
    least five deaths."""
    lo = part.value.get("lo")
    if lo is None or lo == float("-inf"):
        lo = 0.0
    data = interval_value(qualify(float(lo), "ge")[0], bool(part.value.get("approx")), qualifier="ge")
    return replace(part, value=data, display=describe(data, whole_spec.options))


def parse_expected(raw: Any, options: dict[str, Any]) -> dict[str, Any]:
    if isinstance(raw, bool):
        raise ValueError("expected a number or a phrase such as 'more than 20'")
    if isinstance(raw, (int, float)):
        return interval_value(Interval.point(float(raw)), False)
    text = str(raw).strip()
    found = find_values(text)
    if len(found) != 1 or found[0].type != "count" or (found[0].start, found[0].end) != (0, len(text)):
        raise ValueError(f"cannot read {raw!r} as a number or a phrase such as 'more than 20'")
    return interval_value(found[0].span, found[0].approx, qualifier=found[0].qualifier)


def describe(value: dict[str, Any], options: dict[str, Any]) -> str:
    return describe_interval(Interval.from_dict(value), value.get("approx", False), qualifier=value.get("qualifier"))


def agree(a: dict[str, Any], b: dict[str, Any], spec) -> bool:
    return intervals_agree(a, b, spec.tolerance)
