"""Reading one article with no rules: every value it states, with the word that
says what the value is (its cue) and the names written near it.

A cue is a family of trigger words when the copy uses one ("killed", "dead"
and "death toll" are one family), else the counted noun ("212 seats" ->
"seat"), the subject of a quantity ("120 metres long" -> "length") or the
event word before a date or year ("opened in 1961" -> "open").
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterator

import regex

from factlint.discover.clock import CUE, TIME, clock_times
from factlint.discover.lexicon import (
    CHANGE_FAMILIES,
    COUNT_FAMILIES,
    FUNCTION_WORDS,
    GENERIC_OF,
    MEMBER_NOUNS,
    MONEY_FAMILIES,
    MONTHS_AND_DAYS,
    NOUN_SYNONYMS,
    PEOPLE_NOUNS,
    PROJECTION_TERMS,
    QUANTITY_FAMILIES,
    SHARE_FAMILIES,
    family_of,
    is_superlative,
    stem,
)
from factlint.prose.dates import DateValue
from factlint.prose.sentences import Sentence, clauses
from factlint.prose.values import Value, ValueReader, find_values
from factlint.read.document import Document

# The value types discovery reads; "percent" and "money" are read now and written
# as rules once kinds of those names exist.
NUMERIC = ("count", "quantity", "percent", "money")
DATED = ("year", "date")
OWN_NAME = 50  # characters: a name this near a share says whose it is ("Harbour won 40%")
WINDOW = 6  # words between a value and the word that ties it, as a rule's count window
LONG_WINDOW = 10  # the same for quantities, years and dates
_WORD = regex.compile(r"[\p{L}][\p{L}'’]*(?:-[\p{L}]+)*")
_NAME = regex.compile(r"\p{Lu}[\p{L}'’.-]*")
_GAP = regex.compile(r"^[\s-]*$")
# "estimated to be" states a present estimate ("640 people are estimated to be
# unaccounted for"), not a forecast as "estimated to reach" does.
_PROJECTION = regex.compile(r"\b(?:" + "|".join(
    regex.escape(t.rstrip("*")).replace(r"\ ", r"[\s-]+") + (r"\p{L}*" if t.endswith("*") else r"\b")
    for t in PROJECTION_TERMS) + r")(?<!\bestimated\s+to\b(?=\s+be\b))", regex.I)


@dataclass(frozen=True)
class Mention:
    """One value of one article, read without rules."""

    path: str
    line: int
    kind: str  # count | quantity | year | date | percent | money
    cue: str  # the family or stemmed word that says what the value is
    written: str  # the cue word as written, lower case (a trigger for the rule)
    dimension: str  # a quantity's dimension ("length"); "" otherwise
    unit: str  # a quantity's unit symbol ("km"); "" otherwise
    lo: float  # the value's range: base units for a quantity, day ordinals for a date
    hi: float
    approx: bool
    display: str
    # Capitalised words of the clause and how far from the value: positive before it, negative after.
    names: tuple[tuple[str, int], ...]
    sentence: str  # the whole sentence, squeezed: an example passage
    context: tuple[tuple[str, str, int], ...] = ()  # other possible cues: (stem, written, words away)
    projected: bool = False  # the clause forecasts the value ("is projected to win 40 seats")
    year: int = 0  # a date's year, 0 when the text names none
    column: int = 0  # 1-based, of the value's first character
    part: bool = False  # the value counts part of a whole: "the other four", "two of the six"
    crowd: int = 1  # values of its type in its sentence ("93 seats, with Harbour on 318 - a majority of 86": 3)
    labelled: bool = False  # a table's figure read as its label's subject's count ("Harbour: 41" -> seats)


@dataclass(frozen=True)
class _Word:
    text: str
    low: str
    start: int
    end: int
    initial: bool = False  # the clause's first word: capitalised, but maybe a common word ("Turnout was ...")

    @property
    def plain(self) -> bool:
        """Written in lower case, or first in its clause (where the case says nothing)."""
        return self.text[:1].islower() or self.initial


_OPENING = regex.compile(r"^[\s\"“‘'(\[—–-]*$")


def _words(text: str) -> list[_Word]:
    return [_Word(m.group(), m.group().lower(), m.start(), m.end(), bool(_OPENING.match(text[:m.start()])))
            for m in _WORD.finditer(text)]


def _is_content(word: _Word) -> bool:
    return word.low not in FUNCTION_WORDS and word.low not in MONTHS_AND_DAYS and len(word.low) > 2


_ACRONYM_PLURAL = regex.compile(r"^\p{Lu}{2,}s$")  # "MPs", "NGOs": plural common nouns, not names


def _is_name(word: _Word) -> bool:
    return word.text[:1].isupper() and word.low not in FUNCTION_WORDS and word.low not in MONTHS_AND_DAYS \
        and not _ACRONYM_PLURAL.match(word.text)


_CONJUNCTIONS = frozenset("and but while whereas or".split())


def _cost(word: _Word) -> float:
    """How far a word puts what lies beyond it: a conjunction most (beyond it is
    another statement, as the kinds count it), a function word least."""
    if word.low in _CONJUNCTIONS:
        return 2.0
    return 0.5 if word.low in FUNCTION_WORDS else 1.0


def _near(words: list[_Word], value: Value, window: int, right_first: bool = False) -> list[tuple[int, _Word]]:
    """Words within `window` words of the value, nearest first. Function words
    count half ("two were rescued and the six were presumed dead": "dead" is
    nearer the six than "rescued"); on a tie, left first, or right with `right_first`."""
    left = [w for w in words if w.end <= value.start][-window:]
    right = [w for w in words if w.start >= value.end][:window]
    ranked = []
    cost = 0.0
    for w in reversed(left):
        cost += _cost(w)
        ranked.append((cost, 1 if right_first else 0, w))
    cost = 0.0
    for w in right:
        cost += _cost(w)
        ranked.append((cost, 0 if right_first else 1, w))
    return [(int(d * 2), w) for d, _, w in sorted(ranked, key=lambda r: (r[0], r[1]))]


def _noun_after(text: str, words: list[_Word], value: Value) -> list[_Word]:
    """The words right after a number that name what it counts ("five road
    workers" -> road, workers): lower-case content words, or a plural written
    in capitals ("four MPs"), up to the first plural."""
    out: list[_Word] = []
    cursor = value.end
    for w in words:
        if w.start < cursor:
            continue
        if not _GAP.match(text[cursor:w.start]) or not (w.text[:1].islower() or _ACRONYM_PLURAL.match(w.text)) \
                or not _is_content(w):
            break
        if out and w.low.endswith(("ed", "ing")) and not family_of(w.low, COUNT_FAMILIES):
            break  # a verb: "six men presumed dead"
        out.append(w)
        cursor = w.end
        if w.low.endswith("s") or w.low in PEOPLE_NOUNS or len(out) == 3:
            break
    return out


def _counted(word: str) -> str:
    """What a counted noun counts, as a cue: its stem, or the stem of the noun
    it stands for ("MPs", "constituencies": seats)."""
    return NOUN_SYNONYMS.get(word) or stem(word)


def _family_near(near: list[tuple[int, _Word]], families: dict[str, tuple[str, ...]]) -> tuple[str, str] | None:
    for _, w in near:
        family = family_of(w.low, families)
        if family:
            return family, w.low
    return None


# "won 318 seats, up 140 on the last election", "93 seats (down 212)": a change
# set after the total it changes, "up" or "down" opening its own phrase.
_UP_DOWN = regex.compile(r"(?:^|[,;:(—–]|\s-)\s*(up|down)\s+$", regex.I)
_UP_DOWN_FAMILY = {"up": "gain", "down": "loss"}
_COUNTED_BEFORE = regex.compile(r"\d[\d,.]*\s+(\p{Ll}+)[^\d]*$")


def _total_counted_before(text: str, end: int) -> str | None:
    """The stem of what the last total before `end` counts ("won 318 seats, up
    140": "seat"), when that noun is a content word."""
    before = _COUNTED_BEFORE.search(text[:end])
    if before and _is_content(_Word(before.group(1), before.group(1).lower(), 0, 0)):
        return stem(before.group(1))
    return None


def _up_down(text: str, value: Value) -> tuple[str, str] | None:
    m = _UP_DOWN.search(text[:value.start])
    return (_UP_DOWN_FAMILY[m.group(1).lower()], m.group(1).lower()) if m else None


def _change_before(words: list[_Word], value: Value, text: str = "") -> tuple[str, str] | None:
    """A change word just before a count ("gained 80 seats", "a net loss of 40",
    "..., down 40 seats")."""
    if text:
        found = _up_down(text, value)
        if found:
            return found
    left = [w for w in words if w.end <= value.start][-3:]
    for w in reversed(left):
        family = family_of(w.low, CHANGE_FAMILIES)
        if family:
            return family, w.low
    return None


def _noun_of(text: str, words: list[_Word], value: Value) -> _Word | None:
    """The noun of "<noun> of N": "a majority of 54", "a toll of 31"."""
    left = [w for w in words if w.end <= value.start][-2:]
    if len(left) == 2 and left[1].low == "of" and _GAP.match(text[left[1].end:value.start].replace(" ", "")) \
            and _is_content(left[0]) and left[0].text[:1].islower() and left[0].low not in GENERIC_OF \
            and left[0].low not in PEOPLE_NOUNS:  # "the names of 180 people": a count of people
        return left[0]
    return None


LABEL = "label:"  # the cue of a labelled figure ("Harbour Party: 41"), before the label
# A label opening the clause and a colon right before the value: "Harbour
# Party: 41", "Deaths: 12" (a results table, a fact box).
_LABEL = regex.compile(r"^[\s\"“‘'(\[•*-]*(?:the\s+)?(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3})\s*:\s*$", regex.I)


def _label_cue(text: str, value: Value) -> tuple[str, str] | None:
    """The label of a labelled figure ("Harbour Party: 41"): its family when a
    word of it is one ("Deaths: 12"), else the label itself as written, which
    says what the figure is of (a party's seats in a table of results)."""
    m = _LABEL.match(text[:value.start])
    if m is None:
        return None
    label = " ".join(m.group(1).split())
    for word in label.lower().split():
        family = family_of(word, COUNT_FAMILIES)
        if family:
            return family, word
    return f"{LABEL}{label.lower()}", label


# A capacity written a few words before a count: "a capacity of 900 containers",
# "can carry the equivalent of 900 containers", "Capacity: 900 containers".
_CAPACITY_BEFORE = regex.compile(
    r"\b(?P<word>capacity|(?:can|could|able\s+to)\s+(?:carry|hold|accommodate|seat))\b"
    r"(?:[\s:,-]+[\p{L}'’-]+){0,4}?[\s:,-]*$", regex.I)


# A search right before a count of people: "divers looking for six workers",
# "the search for the four", "efforts to find 6 fishermen".
_SEARCH_BEFORE = regex.compile(r"\b(?P<word>(?:looking|searching|search|hunt)\s+for|to\s+find)\s+(?:the\s+)?$", regex.I)


WHOLE = "-whole"  # a cue's suffix for the size of a whole: "the 300-seat assembly", "41 of the 300 seats"
# The whole after a part: "41 out of 300", "41 of the 300 seats", "12% of the 300 seats".
_OF_WHOLE = regex.compile(r"(?:\d[\d,.]*(?:%|\s*per\s*cent)?|\bout)\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?$", regex.I)
# ... or after the part's noun: "41 seats of the 300 Assembly seats".
_NOUN_OF_WHOLE = regex.compile(r"\d[\d,.]*\s+(\p{L}+)\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?$", regex.I)
_ALL_BEFORE = regex.compile(r"\ball\s+(?:the\s+)?$", regex.I)  # "all 300 seats"
# A body's size before its name: "the 300-seat Assembly", "a 300-member parliament" (not "a 40-seat majority").
_BODY_SIZE = regex.compile(r"[\s-](seat|member)s?\s+(?:of\s+)?(?:\p{Lu}|(?:parliament|assembly|chamber|legislature|council|"
                           r"senate|house|congress)\b)")

_NAMED_NOUN = regex.compile(r"\s+\p{Lu}[\p{L}'’]*\s+(\p{Ll}+s)\b")


def _whole_cue(text: str, value: Value, after: list[_Word]) -> tuple[str, str] | None:
    """The size of a whole, a fact of its own (not a part's count, nor a
    party's): "the 300-seat Assembly", "a 300-member parliament", "41 out of
    300 seats", "12% of the 300 seats", "all 300 seats". What it counts is the
    noun after it (a body's members are its seats); a count of people or of a
    trigger family ("two of the six workers") is left to its family."""
    body = _BODY_SIZE.match(text, value.end)
    if body:
        return f"seat{WHOLE}", body.group(1).lower()
    if not after:
        named = _NAMED_NOUN.match(text, value.end)  # "41 of the 300 Assembly seats"
        after = [_Word(named.group(1), named.group(1).lower(), named.start(1), named.end(1))] if named else []
    if not after or after[-1].low in PEOPLE_NOUNS or any(family_of(w.low, COUNT_FAMILIES) for w in after):
        return None
    before = text[:value.start]
    repeated = _NOUN_OF_WHOLE.search(before)
    if _OF_WHOLE.search(before) or _ALL_BEFORE.search(before) or repeated and stem(repeated.group(1)) == stem(after[-1].low):
        return f"{_counted(after[-1].low)}{WHOLE}", after[-1].low
    return None


# A change written inside the count's phrase: "57 more seats than in 2015", "40
# fewer seats than last time" (a comparison with an earlier total).
_MORE_THAN = regex.compile(r"\s+(more|fewer)\s+(\p{Ll}[\p{L}'’-]*)\s+than\b", regex.I)
_MORE_FAMILY = {"more": "gain", "fewer": "loss"}


def _change_within(text: str, value: Value) -> tuple[str, str] | None:
    """A change in what a count counts, told inside its phrase ("57 more seats
    than ..."): a count of people or of a trigger family is left to its family
    ("two more bodies than ...")."""
    m = _MORE_THAN.match(text, value.end)
    if m is None:
        return None
    noun = m.group(2).lower()
    if noun in PEOPLE_NOUNS or family_of(noun, COUNT_FAMILIES) or not noun.endswith("s"):
        return None
    word = m.group(1).lower()
    return f"{_counted(noun)}-{_MORE_FAMILY[word]}", word


def _count_cue(text: str, words: list[_Word], value: Value, near: list[tuple[int, _Word]]) -> tuple[str, str] | None:
    capacity = _CAPACITY_BEFORE.search(text, max(0, value.start - 80), value.start)
    if capacity:
        # What it can hold, whatever it counts: another fact than what it holds.
        return "capacity", " ".join(capacity.group("word").lower().split())
    within = _change_within(text, value)
    if within:
        return within
    after = _noun_after(text, words, value)
    search = _SEARCH_BEFORE.search(text, max(0, value.start - 30), value.start)
    if search and (not after or after[-1].low in PEOPLE_NOUNS):
        # The people searched for are missing, whatever else the sentence says of them.
        return "missing", " ".join(search.group("word").lower().split())
    whole = _whole_cue(text, value, after)
    if whole:
        return whole
    labelled = _label_cue(text, value) if not after else None  # "Final tally: 208 seats" counts seats
    if labelled:
        return labelled
    for i, w in enumerate(after):
        family = family_of(w.low, COUNT_FAMILIES)
        if family and (i == len(after) - 1 or w.low.endswith("ed") or after[-1].low in PEOPLE_NOUNS):
            return family, w.low
        # Otherwise a noun of the family modifies the head: "three toll roads" counts roads.
    if not after and (change := _up_down(text, value)):
        # "won 318 seats, up 140": a change in what the total before it counts.
        counted = _total_counted_before(text, value.start)
        if counted:
            return f"{counted}-{change[0]}", change[1]
    if after and after[-1].low in MEMBER_NOUNS and (of := _noun_of(text, words, value)) is not None \
            and not family_of(of.low, CHANGE_FAMILIES):
        # "a majority of 24 MPs", "a delegation of 40 MPs": the noun before counts
        # in members; the figure is a majority, not a party's seats.
        family = family_of(of.low, COUNT_FAMILIES)
        return (family, of.low) if family else (stem(of.low), of.low)
    if after and after[-1].low not in PEOPLE_NOUNS:
        change = _change_before(words, value, text)
        if change:  # "gained 80 seats" is a change in seats, told by its verb
            return f"{_counted(after[-1].low)}-{change[0]}", change[1]
        return _counted(after[-1].low), after[-1].low
    noun = _noun_of(text, words, value)
    if noun is not None and (change_family := family_of(noun.low, CHANGE_FAMILIES)):
        # "won 318 seats, an increase of 140": a change in the total before it.
        counted = _total_counted_before(text, noun.start)
        if counted:
            return f"{counted}-{change_family}", noun.low
    if noun is not None:
        family = family_of(noun.low, COUNT_FAMILIES)
        return (family, noun.low) if family else (stem(noun.low), noun.low)
    found = _family_near(near, COUNT_FAMILIES)
    if found:
        return found
    listed = _listed_cue(text, value)
    if listed:
        return listed
    return None  # "seven road workers": a count of people, no word says which


LISTED_ITEM = " on"  # how a list item's words end as written ("Vale now on")


# A list of subjects' figures after a count that says what they count: "Harbour
# won 41 seats, with the Blues on 12, Vale now on 4 and the Reds on 2". The item:
# a name, "on" and the bare figure; the noun: the last counted one before it.
_LISTED = regex.compile(r"(?:^|[\s,;(—–-])((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*(?:\s+now)?\s+on)\s+$")
_NOUN_BEFORE = regex.compile(r"\d[\d,.]*\s+(\p{Ll}[\p{L}-]*s)\b")


def _listed_cue(text: str, value: Value) -> tuple[str, str] | None:
    """The cue of a bare figure in a list of subjects' figures ("..., the Blues
    on 12"): the noun of the count the list follows in its clause, and the
    item's "NAME on" as written (the draft's trigger). None when no earlier
    count of the clause names its noun: a bare figure alone says nothing."""
    before = text[:value.start]
    item = _LISTED.search(before)
    if item is None:
        return None
    nouns = [m for m in _NOUN_BEFORE.finditer(before, 0, item.start(1))]
    if not nouns:
        return None
    noun = nouns[-1].group(1).lower()
    if noun in PEOPLE_NOUNS or family_of(noun, COUNT_FAMILIES):
        return None
    return _counted(noun), " ".join(item.group(1).split())


def _is_span(value: Value) -> bool:
    """A span of time ("14 years", "two weeks")."""
    return value.unit is not None and value.unit.dimension == "time"


def is_span(m: Mention) -> bool:
    """Whether a mention is a span of time grouped by value (not a record's span)."""
    return m.kind == "quantity" and m.dimension == "time" and bool(m.context)


def _superlative_before(words: list[_Word], value: Value) -> tuple[str, str] | None:
    """A superlative before a span of time makes it a record's span: "the
    deadliest flood in more than 40 years", "turnout was the lowest for 20
    years" (the nearest superlative within the long window)."""
    for w in reversed([w for w in words if w.end <= value.start][-LONG_WINDOW:]):
        if is_superlative(w.low):
            return w.low, w.low
    return None


_IN_DIMENSION = regex.compile(r"\s+in\s+(\p{L}+)\b")  # "400 feet in length"


def _quantity_cue(text: str, words: list[_Word], value: Value, near: list[tuple[int, _Word]]) -> tuple[str, str] | None:
    if value.unit is not None and value.unit.dimension == "time":
        record = _superlative_before(words, value)
        if record:
            return record
    after = _noun_after(text, words, value)
    own = _IN_DIMENSION.match(text, value.end)
    own_word = own.group(1).lower() if own else after[0].low if after else ""
    family = family_of(own_word, QUANTITY_FAMILIES) if own_word else None
    if family:
        # The size's own word comes right after it: "120 metres long, 18 metres
        # wide" (the 18 is the width, though "long" is as near), "60 feet in breadth".
        return family, own_word
    found = _family_near(near, QUANTITY_FAMILIES)
    if found:
        return found
    if after and value.unit is not None and value.unit.dimension == "length":
        # "a 300-metre ship", "the 2.3-mile causeway": the thing's length, whatever
        # noun names it ("ship", "vessel"); its subject tells whose.
        return "length", after[-1].low
    if after:
        return stem(after[-1].low), after[-1].low
    return _content_near(near)


def _content_near(near: list[tuple[int, _Word]], initial: bool = False) -> tuple[str, str] | None:
    """The nearest lower-case content word, not a possessive: an event word ("ban since 2009");
    with `initial`, the clause's capitalised first word may be it ("Turnout was 61%")."""
    for _, w in near:
        if (w.plain if initial else w.text[:1].islower()) and _is_content(w) and not w.low.endswith(("'s", "’s")):
            return stem(w.low), w.low
    return None


# "12% of the vote", "40 per cent of the available seats": the words after "of",
# up to a function word; the last is what the share is of.
_SHARE_OF = regex.compile(r"\s+of\s+(?:(?:the|all|its|their|his|her)\s+)?((?:\p{Ll}[\p{L}'’-]*\s*){1,3})")


def _share_context(text: str, value: Value, context: tuple[tuple[str, str, int], ...],
                   before: str = "", named: bool = True) -> tuple[tuple[str, str, int], ...]:
    """A share's words to vote on, read as what the share is of: the noun of
    "N% of the X" alone, when written ("63% of seats on a vote share of 34%":
    seats); else the words near it, a measure a share is of ("vote", "turnout")
    standing before the others, nearest first ("Turnout across the region,
    finally, was 61%"; "share" is the vote's beside "vote")."""
    of = _SHARE_OF.match(text, value.end)
    if of is not None:
        nouns = []
        for word in of.group(1).split():
            if word in FUNCTION_WORDS:
                break
            nouns.append(word)
        measured = [n for n in nouns if family_of(n, SHARE_FAMILIES)]
        if measured:  # "of the vote share", "of the votes cast"
            return ((family_of(measured[0], SHARE_FAMILIES) or "", nouns[-1] if nouns[-1] == "share" else measured[0], 0),)
        if nouns:
            return ((stem(nouns[-1]), nouns[-1], 0),)
    has_vote = any(family_of(w, SHARE_FAMILIES) == "vote" for _, w, _ in context)
    measures = tuple((family_of(w, SHARE_FAMILIES) or "vote", w, d) for s, w, d in context
                     if family_of(w, SHARE_FAMILIES) or has_vote and s == "share")
    if measures:
        return measures
    if not named and before:
        # The sentence's measure, said once for the shares after it, none of which
        # names whose it is: "Turnout was 58%, the lowest since the 1998 election
        # at 55%" (both turnouts). A share that names its subject ("Harbour won
        # 40%") is that subject's, whatever the sentence measured first.
        for m in _WORD.finditer(before):
            family = family_of(m.group().lower(), SHARE_FAMILIES)
            if family == "turnout":
                return ((family, m.group().lower(), LONG_WINDOW * 2),)
    return context


def _range(value: Value) -> tuple[float, float, str]:
    """The value as a range of comparable numbers, and its dimension. A year is
    its number; a date its days in the year 2000 (its own year is `year_of`), so
    that "May 4" and "May 4, 2031" can be compared."""
    if value.type in DATED and value.date is not None:
        date: DateValue = value.date
        if value.type == "year":
            return float(date.year or 0), float(date.year or 0), ""
        first, last = date.bounds(2000)
        return float(first.toordinal()), float(last.toordinal()), ""
    assert value.interval is not None
    lo, hi = value.interval.lo, value.interval.hi
    if value.unit is not None:
        return value.unit.to_base(lo), value.unit.to_base(hi), value.unit.dimension
    return lo, hi, ""


def _name_key(low: str) -> str:
    """A name without its possessive: "Ashford's" and "Ashfords'" are Ashford(s)."""
    if low.endswith(("'s", "’s")):
        return low[:-2]
    return low.rstrip("'’")


_PART_BEFORE = regex.compile(r"\b(?:other|remaining|another|rest\s+of\s+the)\s+$", regex.I)
_PART_AFTER = regex.compile(r"^\s+(?:more\b|of\s+(?:the|them|those|whom|these)\b|of\s+(?:\d|(?:two|three|four|five|six|"
                            r"seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\b))", regex.I)  # "one of six workers"


def _is_part(text: str, value: Value) -> bool:
    """Whether a count is part of a whole the copy states elsewhere or beside it:
    "the other four", "the remaining six", "two of the victims", "three more",
    "one of six workers"."""
    return bool(_PART_BEFORE.search(text[:value.start]) or _PART_AFTER.match(text[value.end:]))


def _display(text: str, value: Value) -> str:
    return " ".join(text[value.start:value.end].split())


def clause_mentions(doc: Document, sentence: Sentence, clause: Sentence,
                    found: list[Value] | None = None) -> Iterator[Mention]:
    """The values of one clause that discovery can tie to a cue (`found`: the
    clause's values, when already read)."""
    text = clause.text
    if found is None:
        found = find_values(text, doc.date)
    values = [v for v in found
              if v.type in NUMERIC + DATED and not v.secondary and not v.subcount]
    if not values:
        return
    # Words inside a value ("435 miles", "May") are not what a value is about.
    spans = [(v.start, v.end) for v in found]
    words = [w for w in _words(text) if not any(s <= w.start < e for s, e in spans)]
    # A fact box's label opening the clause names a dimension or a count, not a
    # subject: "Weight: 64,000 tons", "Length: 300 metres", "Capacity: 900 containers".
    names = [w for w in words if _is_name(w) and not (w.initial and (family_of(w.low, QUANTITY_FAMILIES)
                                                                     or family_of(w.low, COUNT_FAMILIES)))]
    line = doc.position(doc.source_offset(clause.start + values[0].start))[0] if values else 0
    squeezed = " ".join(sentence.text.split())
    projected = _PROJECTION.search(text) is not None
    # A list item's name is its own figure's subject ("..., with Vale on 12"),
    # no other figure's of the clause: the spans of the items' words, by figure.
    items = {v.start: (m.start(1), m.end(1)) for v in values if v.type == "count" and _listed_cue(text, v)
             and (m := _LISTED.search(text[:v.start])) is not None}
    for value in values:
        if value.type in DATED and value.date is None:
            continue
        if value.type not in DATED and value.interval is None:
            continue
        near = _near(words, value, WINDOW if value.type == "count" else LONG_WINDOW, value.type == "count")
        context: tuple[tuple[str, str, int], ...] = ()
        if value.type == "count":
            cue = _count_cue(text, words, value, near)
        elif value.type == "quantity":
            cue = _quantity_cue(text, words, value, near)
            if _is_span(value) and cue is not None and not is_superlative(cue[0]):
                # A span of time is grouped by value, as a date is: its words are voted on.
                context = tuple((stem(w.low), w.low, d) for d, w in near
                                if w.plain and _is_content(w) and not w.low.endswith(("'s", "’s")))
        else:
            # A share's subject may open the clause ("Turnout was 61%"), and so may a
            # date's event word ("Opened in 1961, the bridge ..."): it is among the
            # words voted on, though not the nearest word's stand-in. An owner ("the
            # bridge's collapse") is not what a date is the date of.
            initial = value.type not in DATED
            cue = (_family_near(near, MONEY_FAMILIES) if value.type == "money" else None) or _content_near(near, initial)
            context = tuple((stem(w.low), w.low, d) for d, w in near
                            if w.plain and _is_content(w) and not w.low.endswith(("'s", "’s")))
            if value.type == "money":
                # "value", "cost" and "damage" near a sum are voted on as one word.
                context = tuple((family_of(w, MONEY_FAMILIES) or s, w, d) for s, w, d in context)
            if value.type == "percent":
                named = any(abs(value.start - w.end if w.end <= value.start else w.start - value.end) <= OWN_NAME
                            for w in names)
                before = sentence.text[:max(0, clause.start - sentence.start + value.start)]
                context = _share_context(text, value, context, before, named)
                cue = context[0][:2] if context else cue
        if cue is None:
            continue
        lo, hi, dimension = _range(value)
        year = value.date.year or 0 if value.type == "date" and value.date is not None else 0
        line, column = doc.position(doc.source_offset(clause.start + value.start))
        own_names = [w for w in names if not any(start <= w.start < end for at, (start, end) in items.items()
                                                 if at != value.start)]
        if value.type == "count" and cue[1].endswith(LISTED_ITEM):
            # A list item names its own subject ("..., with Vale now on 4"): the
            # names earlier in the clause are the other items' and the lead's.
            own_names = [w for w in names if w.end <= value.start and value.start - w.start <= len(cue[1]) + 1]
        spread = tuple(sorted(((_name_key(w.low), value.start - w.end if w.end <= value.start else
                                -(w.start - value.end)) for w in own_names),
                              key=lambda n: abs(n[1])))
        unit = value.unit.symbol if value.unit is not None else ""
        yield Mention(doc.path, line, value.type, cue[0], cue[1], dimension, unit, lo, hi, value.approx,
                      _display(text, value), spread, squeezed, context, projected, year, column,
                      value.type == "count" and _is_part(text, value))


# A lead-in line: it ends in a colon, its list or table follows ("The projected
# results in full:", "Projected seats:").
_LEAD_IN = regex.compile(r"[^\n]*:[\s\"”’')\]]*$")
_LIST_LINE = regex.compile(r"^[\s•*·–—-]*[^\n]{0,60}$")  # an item: short, no sentence of its own
# A lead-in naming a poll lists the poll's figures ("The full poll:"), a forecast.
_POLL = regex.compile(r"\bpolls?\b", regex.I)
_ENDS_SENTENCE = regex.compile(r"[.!?][\"”’')\]]*\s*$")


def forecast_lists(text: str) -> list[tuple[int, int]]:
    """Where the lists and tables under a forecast's lead-in line sit (character
    offsets): "The projected seats:" then "Harbour Party: 41", "Blues: 12"
    forecast as the lead-in does, though no line of them says so, until a line
    that is a sentence of its own (a new paragraph) or a new lead-in."""
    out: list[tuple[int, int]] = []
    start = None
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        stripped = line.strip()
        if stripped:
            if _LEAD_IN.match(stripped):
                if start is not None:
                    out.append((start, offset))
                start = end if _PROJECTION.search(stripped) or _POLL.search(stripped) else None
            elif start is not None and (not _LIST_LINE.match(stripped) or _ENDS_SENTENCE.search(stripped)):
                out.append((start, offset))
                start = None
        offset = end + 1
    if start is not None:
        out.append((start, len(text)))
    return out


def article_mentions(doc: Document, read_values: ValueReader = find_values) -> list[Mention]:
    """Every mention discovery finds in one article, in reading order."""
    out: list[Mention] = []
    lists = forecast_lists(doc.text)
    for sentence in doc.sentences:
        if not _DIGIT.search(sentence.text) and not _has_number_word(sentence.text):
            continue
        found: list[Mention] = []
        crowd: Counter = Counter()
        listed = any(a <= sentence.start < b for a, b in lists)
        for clause in clauses(sentence):
            values = read_values(clause.text, doc.date)
            crowd.update(v.type for v in values if not v.secondary and not v.subcount)
            found.extend(m if m.projected or not listed else replace(m, projected=True)
                         for m in clause_mentions(doc, sentence, clause, values))
        out.extend(m if crowd[m.kind] == 1 else replace(m, crowd=crowd[m.kind]) for m in found)
        out.extend(_clock_mentions(doc, sentence))
    return out


def _clock_mentions(doc: Document, sentence: Sentence) -> Iterator[Mention]:
    """The clock times of a sentence (clock.py), their names read as a value's are."""
    times = clock_times(sentence.text)
    if not times:
        return
    text = sentence.text
    words = [w for w in _words(text) if not any(t.start <= w.start < t.end for t in times)]
    names = [w for w in words if _is_name(w)]
    squeezed = " ".join(text.split())
    for t in times:
        line, column = doc.position(doc.source_offset(sentence.start + t.start))
        spread = tuple(sorted(((_name_key(w.low), t.start - w.end if w.end <= t.start else -(w.start - t.end))
                               for w in names), key=lambda n: abs(n[1])))
        yield Mention(doc.path, line, TIME, CUE, CUE, "", "", t.lo, t.hi, t.approx,
                      " ".join(text[t.start:t.end].split()), spread, squeezed, column=column)


_DIGIT = regex.compile(r"\d")
_NUMBER_WORD = regex.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundreds?|thousands?|millions?|billions?|dozens?|century|centuries|decades?)\b", regex.I)


def _has_number_word(text: str) -> bool:
    return bool(_NUMBER_WORD.search(text))


_LOWER_WORD = regex.compile(r"\b\p{Ll}[\p{L}'’-]*")
_UPPER_WORD = regex.compile(r"\b\p{Lu}[\p{L}'’-]*")


def common_words(docs: list[Document]) -> frozenset[str]:
    """Words the articles write in lower case at least as often as capitalised:
    "party" of "the Harbour Party", unlike "Ashford". Such a word names no subject."""
    lower: Counter = Counter()
    upper: Counter = Counter()
    for doc in docs:
        lower.update(_LOWER_WORD.findall(doc.text))
        upper.update(_name_key(w.lower()) for w in _UPPER_WORD.findall(doc.text))
    return frozenset(w for w, n in upper.items() if lower.get(w, 0) >= n)


# What comes before a sentence's first word: the text's start, a sentence's end, a line break.
_OPENS = regex.compile(r"(?:^[\s\"“‘'(\[]*|[.!?:;][\"”’')\]]*\s+[\"“‘'(\[]*|\n[\s\"“‘'(\[•*#>-]*)$")


def opening_words(docs: list[Document]) -> frozenset[str]:
    """Words the articles capitalise only where a sentence opens, never inside
    one ("Divers searched the river"): a common noun, not a name."""
    inside: set[str] = set()
    opening: set[str] = set()
    for doc in docs:
        text = doc.text
        for m in _UPPER_WORD.finditer(text):
            key = _name_key(m.group().lower())
            (opening if _OPENS.search(text, max(0, m.start() - 4), m.start()) else inside).add(key)
    return frozenset(opening - inside)
