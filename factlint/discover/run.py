"""Discovery from end to end, short of comparing: read the articles with no
rules, group what they state, make a rule per group, and extract each
article's facts with those rules (the compare step then reports consensus and
disagreements exactly as for hand-written rules)."""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Any

import regex

from factlint.discover.group import Group, consensus, find_groups
from factlint.discover.lexicon import CHANGE_FAMILIES, MEMBER_NOUNS
from factlint.discover.mentions import WHOLE, Mention, article_mentions, common_words, opening_words
from factlint.discover.rulegen import PREFIX, group_rule, kind_for, parse, person_rule, slug
from factlint.discover.settle import Judged, doubt_value, settled
from factlint.discover.titles import (
    ABBREVIATIONS,
    RANK_WORDS_READ,
    Person,
    find_people,
    generic,
    same_title,
    title_consensus,
    title_of,
)
from factlint.extract.extract import extract_article, extract_facts
from factlint.kinds import KINDS
from factlint.kinds.title import HONORIFICS, TITLE_WORDS
from factlint.model import Fact, RunError, Suppression
from factlint.prose.values import Value, ValueReader, find_values
from factlint.read.document import Document
from factlint.rules import Rule


@dataclass(frozen=True)
class Discovered:
    """One discovered fact group: the rule that finds it, and what it was found from."""

    rule: Rule
    data: dict[str, Any]  # the rule file's data (expected value and examples are added on writing)
    group: Group | None = None
    person: Person | None = None
    disputed: tuple[str, ...] = ()  # a person's titles that stand apart from the consensus


@dataclass(frozen=True)
class Extracted:
    """One article read with the discovered rules."""

    path: str
    facts: tuple[Fact, ...]
    suppressions: tuple[Suppression, ...]
    errors: tuple[RunError, ...]


def _unique(base: str, taken: set[str]) -> str:
    rule_id, n = PREFIX + base, 2
    while rule_id in taken:
        rule_id, n = f"{PREFIX}{base}-{n}", n + 1
    taken.add(rule_id)
    return rule_id


def _group_base(group: Group, fact: str) -> str:
    kind = "" if group.kind in ("count", "quantity") or group.kind == fact else f"-{group.kind}"
    return slug(f"{group.topic}-{fact}" if group.topic else fact) + kind


# Title words written short, read as title words, and ranks read as titles.
READING_WORDS = sorted(ABBREVIATIONS) + list(RANK_WORDS_READ)


def _read_titles(docs: list[Document], people: list[Person], accepted: dict[int, list[str]]
                 ) -> dict[int, dict[str, set[str]]]:
    """Each person's titles as written -> the articles writing them, read by the
    title kind from a rule per person (person i's rule has the id "person-i")."""
    rules = []
    for i, person in enumerate(people):
        rule = parse(person_rule(person, f"person-{i}", accepted.get(i, [])))
        if rule is not None:
            rules.append(rule)
    titles: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    if not rules:
        return titles
    people_rules = tuple(rules)  # one tuple: the extract step builds its prefilter once per rule list
    for doc in docs:
        for fact in extract_facts(doc, people_rules, []):
            if fact.rule.startswith("person-"):
                i = int(fact.rule.removeprefix("person-"))
                if title_of(fact.display, people[i]):
                    titles[i][fact.display].add(fact.path)
    return titles


def _title_rules(docs: list[Document], min_articles: int, taken: set[str]) -> list[Discovered]:
    people = find_people(docs, min_articles)
    # Read with the abbreviated title words as the rule's own words ("Gov."): a
    # rule's accepted titles let the title kind read more, and the rule written
    # will have them.
    accepted: dict[int, list[str]] = {}
    apart: dict[int, list[str]] = {}
    titles = _read_titles(docs, people, {i: READING_WORDS for i in range(len(people))})
    for i, found in titles.items():
        if len(set().union(*found.values())) >= min_articles:
            accepted[i], apart[i] = title_consensus(found)
    out = []
    for i, person in enumerate(people):
        if i not in accepted:
            continue
        rule_id = _unique(slug(person.name) + "-title", taken)
        data = person_rule(person, rule_id, accepted[i])
        rule = parse(data)
        if rule is not None:
            out.append(Discovered(rule, data, person=person, disputed=tuple(apart[i])))
    return out


READ_ONLY_KINDS = ("percent", "money")  # value types reported read only while no rule can check them


@dataclass(frozen=True)
class ReadOnly:
    """A fact group of a kind no rule can check yet (a percentage, money):
    reported from discovery's own reading, with no rule and no draft."""

    id: str
    group: Group
    consensus: Mention | None
    disagreements: tuple[Mention, ...]


def discover_rules(docs: list[Document], min_articles: int = 2) -> list[Discovered]:
    """A rule for every fact group stated in at least `min_articles` articles."""
    return discover(docs, min_articles)[0]


def discover(docs: list[Document], min_articles: int = 2) -> tuple[list[Discovered], list[ReadOnly]]:
    """A rule for every fact group stated in at least `min_articles` articles, and
    the groups of kinds no rule can check yet, with their consensus."""
    found, read_only, _ = discover_all(docs, min_articles)
    return found, read_only


class LineDay(dt.date):
    """An article's day read from its date line, byline or dateline, not its
    front matter: discovery resolves a weekday against it (`DiscoveryValues`)."""


def date_lined(docs: list[Document]) -> list[Document]:
    """The articles, each with no date of its own (front matter) dated by its
    date line: "the fire started Tuesday" in a page dated Thursday, May 5, 2033
    is May 3, and groups with the articles that write "May 3". A page with
    no date line is left undated: a weekday is never guessed."""
    return [replace(doc, date=LineDay(*doc.published.day.timetuple()[:3]))
            if doc.date is None and doc.published is not None else doc for doc in docs]


# Relative dates other than a weekday: "yesterday", "this week", "last year",
# "three days ago". Against a date line they are left unread, as in a check.
_NOT_WEEKDAY = regex.compile(r"(?:the\s+day|yesterday|today|tomorrow|(?:last|this|next)\s+(?:week|month|year)\b"
                             r"|\w+\s+days?\s+ago)", regex.I)


# A date opening a paragraph, then a wire's name and a dash: "June 3 (Wire) —
# Divers recovered ...". It dates the report, as a dateline with a place does.
_OPENING_DATELINE = regex.compile(r"\s*\([^()]{1,40}\)\s*[-–—]")


class DiscoveryValues:
    """Discovery's value reader: `read_values`, with two readings of its own.
    For a page dated by its date line (`LineDay`), a weekday ("on Tuesday",
    "Tuesday's fire", "last Friday") is read as a day but no other relative
    date is: a check does not date a plain page's events by its date line at
    all ("attacks this year" once became a wrong event year), while a weekday
    is the one relative date copy writes for the event day itself ("the fire
    started Tuesday"), and a wrong one is a day off, not a year. And a date
    opening the text before a wire's name ("June 3 (Wire) —") is a dateline,
    the report's date, not a fact's."""

    def __init__(self, read_values: ValueReader) -> None:
        self.read_values = read_values

    def __call__(self, text: str, article_date: dt.date | None = None) -> list[Value]:
        values = self.read_values(text, article_date)
        if isinstance(article_date, LineDay):
            values = [v for v in values if v.type not in ("date", "year") or not _NOT_WEEKDAY.match(text, v.start, v.end)]
        return [replace(v, type="dateline") if v.type == "date" and not text[:v.start].strip()
                and _OPENING_DATELINE.match(text, v.end) else v for v in values]


def discovery_values(read_values: ValueReader) -> ValueReader:
    return read_values if isinstance(read_values, DiscoveryValues) else DiscoveryValues(read_values)


def discover_all(docs: list[Document], min_articles: int = 2, read_values: ValueReader = find_values
                 ) -> tuple[list[Discovered], list[ReadOnly], list[Mention]]:
    """`discover`, and every mention discovery read (settling a disagreement
    looks up what discovery read at its place)."""
    docs = date_lined(docs)
    read_values = discovery_values(read_values)
    mentions: list[Mention] = [m for doc in docs for m in article_mentions(doc, read_values)]
    taken: set[str] = set()
    found: list[Discovered] = []
    titled = _title_rules(docs, min_articles, taken)
    speakers = not_subjects(titled)
    read_only: list[ReadOnly] = []
    for group in find_groups(mentions, min_articles, common_words(docs) | speakers, opening_words(docs)):
        draft = group_rule(group, "draft")
        if draft is None:
            if kind_for(group.kind) is None:
                read_only.extend(_read_only(group, taken, min_articles))
            continue
        fact = next(iter(draft["facts"]))
        data = {**draft, "id": _unique(_group_base(group, fact), taken)}
        rule = parse(data)
        if rule is not None:
            found.append(Discovered(rule, data, group=group))
        elif group.kind in READ_ONLY_KINDS:
            # A kind that exists but wants keys discovery cannot fill in (a currency):
            # still reported, from discovery's own reading.
            read_only.extend(_read_only(group, taken, min_articles))
    found.extend(titled)
    return found, read_only, mentions


def not_subjects(titled: list[Discovered]) -> frozenset[str]:
    """Capitalised words that name no subject of a fact: the people discovery
    found titles for are speakers ("Ruiz said the toll rose to 12" is not Ruiz's
    toll), and title words ("Mayor" in "Mayor Ruiz said four died") and
    honorifics ("Sir" of "Sir Ann Vale said her party won 40 seats") name
    nobody by themselves."""
    speakers = frozenset(w.lower() for d in titled if d.person for w in d.person.name.split())
    return speakers | TITLE_WORDS | frozenset(ABBREVIATIONS) | HONORIFICS


def _read_only(group: Group, taken: set[str], min_articles: int) -> list[ReadOnly]:
    """The group as discovery read it, when two articles and half of them agree."""
    top, against = consensus(list(group.mentions))
    # Only the disagreements discovery is sure of (settle.py).
    view = settled(group)
    against = [m for m in against if top is not None and doubt_value(m, top, group, view) is None]
    articles = len(group.articles)
    if top is None or min_articles >= 2 and (articles - len({m.path for m in against})) * 2 < articles:
        return []
    name = slug(Counter(m.written for m in group.mentions).most_common(1)[0][0])
    return [ReadOnly(_unique(_group_base(group, name), taken), group, top, tuple(against))]


def judged(found: list[Discovered]) -> list[Judged]:
    """What the settling step needs of each discovered rule (settle.py)."""
    out = []
    for d in found:
        spec = d.data.get("facts", {}).get("title", {}) if d.person is not None else {}
        out.append(Judged(d.rule.id, d.group, tuple(spec.get("accepted", ()))))
    return out


BACKED_SHARE = 3  # a group is one fact when a value is given by at least a third of its articles


def _backed(rule: Rule, facts: list[Fact], min_articles: int) -> bool:
    """Whether a rule finds its fact in `min_articles` articles, and (with two
    or more articles) at least two, and a third of them, agree on a value: a
    group in which most articles disagree is several facts mixed, not one fact
    the articles state. (Its disagreements are reported only when half agree:
    settle.py.)"""
    if len({f.path for f in facts}) < min_articles:
        return False
    if min_articles < 2:
        return True
    spec = rule.facts[0]
    kind = KINDS[spec.kind]
    if kind.reference(spec) is not None:
        return True  # a person's accepted titles: the consensus was found when they were chosen
    if spec.kind == "title":
        # A person's titles with no consensus (two articles, two offices) are still
        # one fact, the person's title: reported, with no disagreement (settle.py).
        return True
    distinct: dict[str, tuple[dict, set[str]]] = {}
    for f in facts:
        distinct.setdefault(json.dumps(f.value, sort_keys=True), (f.value, set()))[1].add(f.path)
    articles = len({f.path for f in facts})
    best = max(len(set().union(*(paths for other, paths in distinct.values()
                                 if kind.agree(value, other, spec) or _near(value, other, spec.kind))))
               for value, _ in distinct.values())
    return best >= 2 and best * BACKED_SHARE >= articles


NEAR = 0.05  # counts this close are one fact stated with a slip ("lost 41 seats", "losing 40 seats")


def _near(a: dict[str, Any], b: dict[str, Any], kind: str) -> bool:
    """Whether two exact counts differ by no more than NEAR of the larger: two
    articles giving 41 and 40 state one fact and disagree on it, which is what
    discovery is for, while 3 and 41 are two facts. The group is then kept;
    its disagreement is reported only when a value has a majority (settle.py)."""
    if kind != "count" or a.get("approx") or b.get("approx"):
        return False
    if a.get("lo") != a.get("hi") or b.get("lo") != b.get("hi"):
        return False
    x, y = a.get("lo"), b.get("lo")
    if not isinstance(x, (int, float)) or not isinstance(y, (int, float)) or x <= 0 or y <= 0:
        return False
    return abs(x - y) <= NEAR * max(x, y)


def _extraction_order(found: list[Discovered]) -> tuple[Rule, ...]:
    """The rules in the order that settles a tie between them (the first
    wins): a whole's size first, since its draft reads only clauses that write
    its figure and wants only that figure ("180 out of the 300 seats" ... "the
    300 seats": a party's rule may want it too, at the same distance)."""
    return tuple(d.rule for d in sorted(found, key=lambda d: _extraction_rank(d.group)))


def _extraction_rank(group: Group | None) -> int:
    """A whole's size first (above); then a change in a count ("losing 23 seats",
    "gaining 80 seats"): its word is as near the figure as the total's noun, and
    discovery read the figure as the change its word makes it; then the rest."""
    if group is None:
        return 2
    if group.cue.endswith(WHOLE):
        return 0
    return 1 if group.kind == "count" and group.cue.rpartition("-")[2] in CHANGE_FAMILIES else 2


def extract_discovered(docs: list[Document], found: list[Discovered], min_articles: int = 2,
                       read_values: ValueReader = find_values) -> tuple[list[Discovered], list[Extracted]]:
    """Each article's facts under the discovered rules; rules that find their fact
    in fewer than `min_articles` articles are dropped (the rule reads more
    strictly than discovery's grouping: a trigger within the window, the scope)."""
    docs = date_lined(docs)
    read_values = discovery_values(read_values)
    rules = _extraction_order(found)
    results = []
    for doc in docs:
        errors: list[RunError] = []
        found_facts, suppressions = extract_article(doc, rules, errors, read_values)
        results.append(Extracted(doc.path, tuple(found_facts), tuple(suppressions), tuple(errors)))
    titled = {d.rule.id: d.person for d in found if d.person is not None}
    # A person's rule reads with its accepted titles' words, so it may read a
    # little more than discovery did: an owner ("Ashford's") is no title.
    results = [Extracted(r.path, tuple(f for f in r.facts if f.rule not in titled or title_of(_with_rank(f), titled[f.rule])),
                         r.suppressions, r.errors) for r in results]
    by_rule: dict[str, list[Fact]] = defaultdict(list)
    for result in results:
        for fact in result.facts:
            by_rule[fact.rule].append(fact)
    found = [_accept_alike(d, by_rule[d.rule.id]) if d.rule.id in titled else d for d in found]
    # A year rule claims any year near its words; one far from every year the
    # group was found with is another event's ("the 1948 election" beside "the
    # 2031 election"), set aside as the compare step sets aside other events.
    dated = {d.rule.id: _Dated.of(d.group) for d in found if d.group is not None and d.group.kind in ("date", "year")}
    results = [_regiven(doc, r, found, dated, read_values) for doc, r in zip(docs, results)]
    by_rule = defaultdict(list)
    for result in results:
        for fact in result.facts:
            by_rule[fact.rule].append(fact)
    kept = [d for d in found if _backed(d.rule, by_rule[d.rule.id], min_articles)]
    # A part's count a whole's rule took goes to a rule that is kept (one left
    # out would hide it again).
    wholes = {d.rule.id: _Whole.of(d.group) for d in kept if d.group is not None and d.group.cue.endswith(WHOLE)}
    if wholes:
        results = [_parts_regiven(doc, r, kept, wholes, read_values) for doc, r in zip(docs, results)]
    owners = _owners_by_path(kept)
    member = _member_rules(kept)
    results = [_owned_regiven(doc, r, owners.get(r.path, {}), member, read_values) for doc, r in zip(docs, results)]
    ids = {d.rule.id for d in kept}
    trimmed = [Extracted(r.path, tuple(f for f in r.facts if f.rule in ids or not f.rule.startswith(PREFIX)),
                         r.suppressions, r.errors) for r in results]
    return kept, trimmed


def _regiven(doc: Document, result: Extracted, found: list[Discovered], dated: dict[str, _Dated],
             read_values: ValueReader) -> Extracted:
    """An article's facts without the years and dates a rule took that are far
    from its group's (`_near_group`); such a value is given to the rule that
    takes it when the rules that set it aside do not compete ("killed 40
    people in 2016" is the 2016 fire's year, though "wildfire" of another
    year's group was the nearer word)."""
    far = [f for f in result.facts if f.rule in dated and (not _near_group(f, dated[f.rule]) or _exact_elsewhere(f, dated))]
    if not far:
        return result
    kept = [f for f in result.facts if f not in far]
    places = {(f.line, f.column) for f in far}
    held = {(f.line, f.column) for f in kept}
    set_aside = {f.rule for f in far}
    own: dict[tuple[int, int], set[str]] = defaultdict(set)  # per place, the rules that set its value aside
    for f in far:
        own[(f.line, f.column)].add(f.rule)
    given: list[Fact] = []
    order = _extraction_order(found)

    def give(taken: list[Fact]) -> set[str]:
        """Keep the values their takers keep; the takers that set theirs aside."""
        near = [f for f in taken if f.rule in dated and _near_group(f, dated[f.rule]) and not _exact_elsewhere(f, dated)]
        given.extend(near)
        places.difference_update((f.line, f.column) for f in near)
        further = [f for f in taken if f not in near and f.rule in dated]
        for f in further:
            own[(f.line, f.column)].add(f.rule)
        return {f.rule for f in further}

    # The next taker may set the value aside too ("killed 40 people in 2009":
    # "people" of a 1971 group is nearer than "killed" of the 2009 group): the
    # rules that set it aside step back until one keeps it or none takes it.
    for _ in range(REGIVE_ROUNDS):
        again, _ = extract_article(doc, tuple(r for r in order if r.id not in set_aside), [], read_values)
        further = give([f for f in again if (f.line, f.column) in places and (f.line, f.column) not in held])
        if not places or not further:
            break
        set_aside |= further
    # A value still unplaced, when rules stepped back for the article's other
    # values: only those that set this one aside step back ("the wettest summer
    # since 1987" is the 1987 group's, though its rule set aside a 1950 elsewhere).
    by_rules: dict[frozenset[str], set[tuple[int, int]]] = defaultdict(set)
    for place in places:
        if own[place] != set_aside:
            by_rules[frozenset(own[place])].add(place)
    for rules, at in sorted(by_rules.items(), key=lambda item: sorted(item[0])):
        again, _ = extract_article(doc, tuple(r for r in order if r.id not in rules), [], read_values)
        give([f for f in again if (f.line, f.column) in at and (f.line, f.column) not in held])
    facts = sorted(kept + given, key=lambda f: (f.line, f.column))  # reading order, as extracted
    return Extracted(result.path, tuple(facts), result.suppressions, result.errors)


@dataclass(frozen=True)
class _Whole:
    """The sizes a whole's group was found with (those two or more of its
    articles write; all of them when none is)."""

    figures: frozenset[float]

    @staticmethod
    def of(group: Group) -> _Whole:
        return _Whole(frozenset(_backed_values(group)))


def _backed_values(group: Group) -> list[float]:
    """The values (each mention's low end) two or more of the group's articles
    write, in the order first written; all of them when none is."""
    paths: dict[float, set[str]] = defaultdict(set)
    for m in group.mentions:
        paths[m.lo].add(m.path)
    backed = [value for value, where in paths.items() if len(where) >= 2]
    return backed or list(paths)


def _parts_regiven(doc: Document, result: Extracted, found: list[Discovered], wholes: dict[str, _Whole],
                   read_values: ValueReader) -> Extracted:
    """An article's facts with a part's count that a whole's rule took given
    back: the whole's draft goes first and reads any count near its noun in a
    clause that writes its size ("212 seats in the 400-member House": the 212
    too), but only its size is the whole's. The part goes to the rule that
    takes it when the wholes step back at that place."""
    misplaced = [f for f in result.facts if f.rule in wholes and f.value.get("lo") not in wholes[f.rule].figures]
    if not misplaced:
        return result
    kept = [f for f in result.facts if f not in misplaced]
    places = {(f.line, f.column) for f in misplaced}
    held = {(f.line, f.column) for f in kept}
    again, _ = extract_article(doc, tuple(r for r in _extraction_order(found) if r.id not in wholes), [], read_values)
    given = [f for f in again if (f.line, f.column) in places and (f.line, f.column) not in held]
    facts = sorted(kept + given, key=lambda f: (f.line, f.column))  # reading order, as extracted
    return Extracted(result.path, tuple(facts), result.suppressions, result.errors)


def _owners_by_path(kept: list[Discovered]) -> dict[str, dict[tuple, tuple]]:
    """Each article's counted mentions -> (the rule, the cue) of the kept group
    holding them: built once for the run, not once per article (a run of
    thousands of articles would walk every group's mentions for each)."""
    owners: dict[str, dict[tuple, tuple]] = defaultdict(dict)
    for d in kept:
        if d.group is not None and d.group.kind == "count":
            for m in d.group.mentions:
                owners[m.path][(m.path, m.line, m.column)] = (d.rule, d.group.cue)
    return owners


def _member_rules(kept: list[Discovered]) -> dict[str, str]:
    """The kept rules a member noun ("MPs") triggers -> their group's cue."""
    return {d.rule.id: d.group.cue for d in kept if d.group is not None
            and MEMBER_NOUNS & {t.lower() for spec in d.data.get("facts", {}).values() for t in spec.get("triggers", ())}}


def _owned_regiven(doc: Document, result: Extracted, owner: dict[tuple, tuple], member: dict[str, str],
                   read_values: ValueReader) -> Extracted:
    """An article's facts with a count that a rule triggered by a member noun
    ("four MPs") took, and that discovery grouped under another word and another
    kept rule, given to that rule when it reads it: the nearest trigger decides
    between rules, and the member noun after a figure ("a majority of 24 MPs")
    is nearer than the word that says what the figure counts. `owner`: this
    article's entries of _owners_by_path; `member`: _member_rules."""
    moved = [f for f in result.facts if f.rule in member and (o := owner.get((f.path, f.line, f.column))) is not None
             and o[0].id != f.rule and o[1] != member[f.rule]]
    if not moved:
        return result
    facts = list(result.facts)
    for f in moved:
        rule = owner[(f.path, f.line, f.column)][0]
        again, _ = extract_article(doc, (rule,), [], read_values)
        mine = next((g for g in again if (g.line, g.column) == (f.line, f.column)), None)
        if mine is not None:
            facts[facts.index(f)] = mine
    return Extracted(result.path, tuple(facts), result.suppressions, result.errors)


# A rank written short between a title and the name, which the title kind reads
# as part of the name ("Vela State Police Col. Ana Ruiz"): the title's last word.
_RANK_AFTER = regex.compile(r"\s+((?:Col|Lt|Gen|Maj|Capt|Sgt|Adm|Cmdr|Supt)\.?)(?=\s)")


def _with_rank(fact: Fact) -> str:
    """A title as read, with the short rank written right after it: "Vela State
    Police" before "Col. Ana Ruiz" is "Vela State Police Col.", which names an office."""
    after = fact.quote_offset + len(fact.text)
    rank = _RANK_AFTER.match(fact.quote, after)
    return f"{fact.display} {rank.group(1)}" if rank else fact.display


def _exact_elsewhere(fact: Fact, dated: dict[str, _Dated]) -> bool:
    """Whether a year is one another group was found with, and not one of the
    rule's own group: "the wettest summer since 1987" is the 1987 group's,
    though a 1997 group near it took it first."""
    if fact.kind != "year" or fact.value.get("lo") is None:
        return False
    year = fact.value["lo"]
    return year not in dated[fact.rule].years and any(
        year in group.years for rule, group in dated.items() if rule != fact.rule)


REGIVE_ROUNDS = 3  # rules a far year may pass through before it is left out
YEARS_APART = 10  # a year further from all of a group's years is another event's


@dataclass(frozen=True)
class _Dated:
    """What a date or year group's rule keeps, worked out once per group."""

    years: tuple[float, ...]  # the years two or more of its articles write (all its years when none is)
    whole_years: bool  # a mention of the group spans a whole year

    @staticmethod
    def of(group: Group) -> _Dated:
        return _Dated(tuple(_backed_values(group)),
                      any(m.lo <= YEAR_START and m.hi >= YEAR_END for m in group.mentions))


def _near_group(fact: Fact, group: _Dated) -> bool:
    """Whether a year is within YEARS_APART of one the group was found with, and
    a date rule's value is a day or month as its group's are (a date rule also
    takes a bare year: "the 2009 fire" is not the day of this one). Other dates
    are kept: a wrong date is as often months or years off as another event's."""
    if fact.kind == "date":
        start, end = str(fact.value.get("start", "")), str(fact.value.get("end", ""))
        whole_year = start.endswith("-01-01") and end.endswith("-12-31")
        return not whole_year or group.whole_years
    if fact.kind != "year":
        return True
    year = fact.value.get("lo")
    return year is None or any(abs(year - backed) <= YEARS_APART for backed in group.years)


YEAR_START = float(dt.date(2000, 1, 1).toordinal())  # a date mention's days are placed in the year 2000
YEAR_END = float(dt.date(2000, 12, 31).toordinal())


def _accept_alike(d: Discovered, facts: list[Fact]) -> Discovered:
    """A person's rule that also accepts the titles its own reading found that
    say the same as an accepted one ("Prime Minister" beside "new PM")."""
    spec = d.data["facts"]["title"]
    accepted = list(spec.get("accepted", ()))
    if not accepted:
        return d
    added = sorted({f.display for f in facts if f.display not in accepted
                    and any(same_title(f.display, a) for a in accepted if not generic(a))})
    if not added:
        return d
    data = {**d.data, "facts": {"title": {**spec, "accepted": accepted + added}}}
    rule = parse(data)
    return Discovered(rule, data, d.group, d.person, d.disputed) if rule is not None else d
