"""Turning a discovered group into a rule of the documented rule language.

The rule is built as the data a rule file holds, then read by the rule loader
itself, so that what discovery runs is exactly what `--write-rules` writes.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

import regex

from factlint.discover.group import Group, mode, name_stem, names_word
from factlint.discover.lexicon import (
    CHANGE_FAMILIES,
    COUNT_FAMILIES,
    MONEY_FAMILIES,
    PROJECTION_TERMS,
    QUANTITY_FAMILIES,
    family_of,
    is_superlative,
    stem,
)
from factlint.discover.mentions import LABEL, WHOLE
from factlint.discover.titles import Person
from factlint.kinds import KINDS
from factlint.model import Severity
from factlint.rules import Rule, parse_rule
from factlint.rules.validate import Problems

PREFIX = "discovered/"
SEVERITY = Severity.WARNING.value  # an unreviewed discovery never fails a CI run by default
# Value types read by prose, and the kind a rule checks them with (when that kind exists).
KIND_OF = {"count": "count", "quantity": "quantity", "year": "year", "date": "date",
           "percent": "percentage", "money": "money"}
MAX_TRIGGERS = 6
NOUN_WINDOW = 2
FAMILY_WINDOW = 10  # words: a family's verb may sit past a long subject ("Nine passengers, asleep below deck, were killed")
# Families of nouns: next to their number, as a counted noun. (Bodies are a
# family of verbs too: "four have now been found", "two were recovered".)
NOUN_FAMILIES = ("crew",)
MAX_SCOPE = 4
# "Tons" is a short ton (907 kg) in American copy, a long ton (1,016 kg) in
# older British copy and a metric tonne in much translated copy: when the
# articles write one figure as both "tons" and "tonnes" ("95,000 tons",
# "95,000 tonnes"), the gap between the units is the writer's spelling, not a
# disagreement, and only a figure further off than the units' spread is one.
TON_UNITS = frozenset({"t", "ton"})
TON_TOLERANCE = "12%"
_PLAIN = regex.compile(r"^[\p{L}][\p{L}\p{N}'’-]*$")
_PHRASE = regex.compile(r"^[\p{L}][\p{L}\p{N}'’-]*(?: [\p{L}][\p{L}\p{N}'’-]*)*$")  # a label: "Harbour Party"
_SLUG = regex.compile(r"[^a-z0-9]+")
# A list item's words, a trigger of their own: "Vale on", "the Blues now on" ("Harbour
# won 41 seats, with Vale on 4").
_LISTED_ITEM = regex.compile(r"^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}(?: now)? on$")


def slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-") or "fact"


def kind_for(value_type: str) -> str | None:
    """The rule kind for a value type, or None while no such kind exists."""
    kind = KIND_OF.get(value_type)
    return kind if kind in KINDS else None


def fact_name(group: Group) -> str:
    # A table's labels a group took name whose figure it is, not what it counts.
    own = [m for m in group.mentions if not m.labelled] or list(group.mentions)
    return slug(group.cue if group.cue in COUNT_FAMILIES or group.cue in QUANTITY_FAMILIES
                or group.kind == "money" and group.cue in MONEY_FAMILIES
                else Counter(m.written for m in own).most_common(1)[0][0])


def by_subject(group: Group) -> bool:
    """Whether a group is a forecast's figure for one of several subjects
    ("Harbour is projected to win 41 seats", the table's "Harbour: 41"): its
    draft finds the figure by the subject's name, in any clause that forecasts
    (or a list under a forecast's lead-in line), as the figures of a poll are
    given subject by subject, the counted noun often unsaid ("Vale on 12")."""
    return group.kind == "count" and group.projected and bool(group.topic) and "-" not in group.cue \
        and group.cue not in COUNT_FAMILIES


def _subject_names(group: Group) -> list[str]:
    """A subject's names as triggers: the table's labels, then its own name
    and the labels' words written short ("Nats" for "Nationalists"); not
    the other names merged with it (a name often written beside it may be
    another subject's, "Harbour" beside "the Vale Alliance on 12")."""
    labels = [w for w, _ in Counter(m.written for m in group.mentions if m.labelled).most_common()
              if _PHRASE.match(w)]
    words = {name_stem(w.lower()) for label in labels for w in label.split()}
    written = {label.lower() for label in labels}
    own = [n for n in group.names if _PLAIN.match(n) and n not in written and (n == group.topic or names_word(name_stem(n), words))]
    return (labels + own)[:MAX_TRIGGERS]


def _triggers(group: Group) -> list[str]:
    families = COUNT_FAMILIES if group.kind == "count" else QUANTITY_FAMILIES if group.kind == "quantity" \
        else MONEY_FAMILIES if group.kind == "money" else {}
    if group.cue in families:
        terms = list(families[group.cue])
        if group.kind == "quantity":
            # The nouns a size is written before ("a 300-metre ship"): a term of their own.
            nouns = [w for w, n in Counter(m.written for m in group.mentions).most_common()
                     if _PLAIN.match(w) and family_of(w, families) is None]
            terms += nouns[:MAX_TRIGGERS]
            if group.topic and _PLAIN.match(group.topic) and group.topic not in terms:
                # The subject's name, when the size has several subjects: a size is
                # written right before it ("the 120-metre Vela") or just after it
                # ("the Vela, a 120-metre freighter"), with no noun of its own.
                terms.append(group.topic)
        return terms
    if group.kind in ("date", "year") or is_time_span(group):
        return _event_words(group)
    if by_subject(group):
        return _subject_names(group)
    plain = _PHRASE if group.cue.startswith(LABEL) else _PLAIN
    own = [m for m in group.mentions if not m.labelled]
    # A change's words are a closed set of general change words ("gain of",
    # "gained", "up", "additional"): each the copy writes is kept, however rarely.
    most = None if _is_change(group.cue) else MAX_TRIGGERS
    written = [w for w, _ in Counter(m.written for m in own).most_common()
               if plain.match(w) or _LISTED_ITEM.match(w)][:most]
    # A table's labels it took ("Harbour Party: 41"), each a trigger of its own.
    labels = [w for w, _ in Counter(m.written for m in group.mentions if m.labelled).most_common()
              if _PHRASE.match(w) and w not in written]
    return written + labels[:MAX_TRIGGERS]


def _is_change(cue: str) -> bool:
    """Whether a cue is a change in a counted noun ("seat-gain", "seat-loss")."""
    return cue.rpartition("-")[2] in CHANGE_FAMILIES


def is_time_span(group: Group) -> bool:
    """A group of spans of time gathered by value (as dates are)."""
    return group.kind == "quantity" and group.dimension == "time" and all(m.context for m in group.mentions)


def _event_words(group: Group) -> list[str]:
    """A date's or year's triggers: the words its articles write next to it,
    counted by stem over articles ("collapsed", "collapse" are one word), each
    stem with every form the articles write, the most backed first."""
    articles: dict[str, set[str]] = {}
    forms: dict[str, Counter] = {}
    for m in group.mentions:
        if not _PLAIN.match(m.written):
            continue
        key = stem(m.written)
        articles.setdefault(key, set()).add(m.path)
        forms.setdefault(key, Counter())[m.written] += 1
    ranked = sorted(articles, key=lambda k: (-len(articles[k]), -sum(forms[k].values()), k))
    return [w for k in ranked[:MAX_TRIGGERS] for w, _ in forms[k].most_common()]


def _names(names: tuple[str, ...]) -> list[str]:
    return [n for n in names if _PLAIN.match(n)][:MAX_SCOPE]


def _topic_first(group: Group) -> tuple[str, ...]:
    """A subject's names for its scope: its own name and the forms of it
    ("Democrat", "Dems" for "Democrats") before the names merged with it."""
    topic = name_stem(group.topic)
    forms = [n for n in group.names if names_word(name_stem(n), {topic})]
    return tuple(forms + [n for n in group.names if n not in forms])


def _scope(group: Group) -> dict[str, Any]:
    """The subject's names when the cue has several subjects (for the main one,
    the others' names kept out); a projection word when forecasts and results
    of the cue are both written (kept out of the results' scope)."""
    groups: list[list[str]] = []
    exclude: list[str] = []
    if group.dominant and group.rivals:
        # The cue's main subject: any clause but those naming another subject, so
        # that "six were presumed dead", naming none, is found too.
        exclude = [n for n in group.rivals if _PLAIN.match(n)][:MAX_SCOPE * 2]
    elif group.topic and _names(group.names) and not by_subject(group):
        groups.append(_names(_topic_first(group)))
    if group.projected and (group.siblings or by_subject(group) or group.cue.startswith(LABEL)):
        # (A forecast's table row, "Harbour: 41", is read under its lead-in line's
        # forecast word: an announced list carries it to its last row.)
        groups.append(list(PROJECTION_TERMS))
    if group.cue.endswith(WHOLE):
        # A whole's size shares its noun with the parts' counts ("41 out of 300
        # seats"): its draft reads the clauses that write its figure, so that it
        # never takes a part's count (a reviewer widens it to check other sizes).
        groups = [[mode(list(group.mentions)).display]]
    scope: dict[str, Any] = {}
    if len(groups) == 1:
        scope["any"] = groups[0]
    elif groups:
        scope["all"] = groups
    if group.siblings and not group.projected:
        exclude += list(PROJECTION_TERMS)
    if exclude:
        scope["none"] = exclude
    return scope


def group_rule(group: Group, rule_id: str) -> dict[str, Any] | None:
    """A rule file's data for a group (without expected value and examples), or
    None when the group's kind has no rule kind yet or nothing would find it."""
    kind = kind_for(group.kind)
    triggers = _triggers(group)
    if kind is None or not triggers:
        return None
    name = fact_name(group)
    subject = f"{group.topic.title()} " if group.topic else ""
    subject += "projected " if group.projected else ""
    spec: dict[str, Any] = {"kind": kind, "triggers": triggers}
    families = COUNT_FAMILIES if group.kind == "count" else QUANTITY_FAMILIES if group.kind == "quantity" else None
    if families is not None and group.cue not in families and not is_superlative(group.cue) \
            and not is_time_span(group):  # a span's event word may sit further off ("14 years of Harbour rule")
        # A counted noun sits next to its number ("22 crew", "a crew of 22"): read
        # further, it would take another count's number.
        spec["window"] = NOUN_WINDOW
    if group.kind == "count" and group.cue in COUNT_FAMILIES:
        spec["window"] = NOUN_WINDOW if group.cue in NOUN_FAMILIES else FAMILY_WINDOW
    if by_subject(group):
        spec["window"] = FAMILY_WINDOW  # "Harbour is projected to win 41 seats": the name is the subject
    if kind == "quantity":
        spec["unit"] = Counter(m.unit for m in group.mentions).most_common(1)[0][0]
        spec["tolerance"] = "2%"  # conversions are rounded: "700 km (435 miles)"
        if TON_UNITS <= {m.unit for m in group.mentions}:
            spec["tolerance"] = TON_TOLERANCE
    data: dict[str, Any] = {"id": rule_id, "description": f"{subject}{name} ({group.kind})".strip(),
                            "severity": SEVERITY}
    scope = _scope(group)
    if scope:
        data["scope"] = scope
    data["facts"] = {name: spec}
    return data


def person_rule(person: Person, rule_id: str, accepted: tuple[str, ...] | list[str] = ()) -> dict[str, Any]:
    spec: dict[str, Any] = {"kind": "title", "person": person.name}
    if person.aliases:
        spec["aliases"] = list(person.aliases)
    if accepted:
        spec["accepted"] = list(accepted)
    return {"id": rule_id, "description": f"{person.name}'s title", "severity": SEVERITY,
            "facts": {"title": spec}}


def parse(data: dict[str, Any], path: str = "<discovered>") -> Rule | None:
    """The rule the loader reads from `data`, or None when it would reject it."""
    problems = Problems(path)
    rule = parse_rule(data, path, problems)
    return None if problems.items else rule
