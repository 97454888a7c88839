"""The prefilter may let through a rule that finds nothing, never hold back one that would."""
from __future__ import annotations

import glob
import os

import pytest

from factlint.extract.extract import _claims, extract_facts
from factlint.extract.prefilter import Prefilter
from factlint.kinds.conversion import may_claim as may_hold_conversion
from factlint.prose.sentences import clauses
from factlint.prose.values import find_values
from factlint.read.document import make_document
from factlint.rules import load_rules, parse_rule
from factlint.rules.validate import Problems as _Problems
from tests.conftest import ROOT, RULES, SEEDS, read_document

EARTHQUAKE = os.path.join(ROOT, "examples", "earthquake")


def _rule(data: dict):
    problems = _Problems("r.yaml")
    rule = parse_rule(data, "r.yaml", problems)
    assert rule is not None, problems.items
    return rule


def _all_clauses():
    paths = sorted(glob.glob(os.path.join(SEEDS, "*.txt")) + glob.glob(os.path.join(EARTHQUAKE, "articles", "*.txt")))
    for path in paths:
        for sentence in read_document(path).sentences:
            yield from clauses(sentence)


@pytest.mark.parametrize("rules_dir", [RULES, os.path.join(EARTHQUAKE, "rules")], ids=["seed-rules", "earthquake"])
def test_every_rule_that_claims_a_value_is_a_candidate(rules_dir):
    rules = load_rules(rules_dir)
    prefilter = Prefilter(rules)
    claimed = passed = 0
    for clause in _all_clauses():
        candidates = {index for index, _ in prefilter.candidates(clause.text)}
        values = find_values(clause.text)
        for index, rule in enumerate(rules):
            if _claims(clause, values, [(index, rule)], {}):
                claimed += 1
                assert index in candidates, (rule.id, clause.text)
        passed += len(candidates)
    assert claimed > 10  # the corpus exercises the rules
    assert passed < sum(1 for _ in _all_clauses()) * len(rules) / 4  # and most pairs are filtered out


KILLS = {"id": "flood", "scope": {"all": [["Lyon", "Rhône valley"], ["flood*"]], "none": ["drill"]},
         "facts": {"deaths": {"kind": "count", "triggers": ["kill*", "death toll", "KN-23"]}}}
TITLE = {"id": "ruiz", "facts": {"title": {"kind": "title", "person": "Ana Ruiz", "aliases": ["Ruiz"],
                                            "accepted": ["Treasury spokeswoman"]}}}


@pytest.mark.parametrize("text, rule, expected", [
    ("The Lyon floods killed four.", KILLS, True),
    ("The LYON FLOODING KILLED four.", KILLS, True),  # case
    ("Floods in the Rhône-valley killed four.", KILLS, True),  # a hyphen for a space
    ("The Lyon flood's death toll rose to four.", KILLS, True),  # a phrase trigger
    ("A KN-23 hit Lyon during the flood.", KILLS, True),  # a hyphenated trigger
    ("The Lyon flood drill killed four.", KILLS, True),  # `none` is left to the rule itself
    ("The floods killed four.", KILLS, False),  # one scope group missing
    ("The Lyon floods left four people missing.", KILLS, False),  # no trigger
    ("The Lyonnais floods killed four.", KILLS, False),  # a scope word inside a longer word
    ("Treasury spokeswoman Ana Ruiz said so.", TITLE, True),
    ("Ruiz’s office said so.", TITLE, True),
    ("Ruizes said so.", TITLE, False),
], ids=lambda v: v if isinstance(v, str) else None)
def test_candidates(text, rule, expected):
    prefilter = Prefilter((_rule(rule),))
    assert bool(prefilter.candidates(text)) is expected


def test_a_rule_without_scope_or_triggers_is_never_a_candidate():
    rule = _rule({"id": "bare", "facts": {"n": {"kind": "count"}}})
    assert Prefilter((rule,)).candidates("Four were killed in Lyon.") == []


@pytest.mark.parametrize("text, expected", [
    ("a range of 900 km (550 miles)", True),
    ("900 kilometres, or 560 miles, away", True),
    ("900 km away and 550 miles back", False),  # no joiner
    ("the office (in Lyon) said 900 km", False),  # one unit
    ("formerly 20 or so", False),
])
def test_may_hold_conversion(text, expected):
    assert may_hold_conversion(text) is expected


def test_extract_gives_the_same_facts_without_the_prefilter(monkeypatch):
    rules = load_rules(RULES)
    docs = [read_document(p) for p in sorted(glob.glob(os.path.join(SEEDS, "*.txt")))]
    docs.append(make_document("x.txt", "Belgorod: 25 were killed (and 900 km (560 miles) away), while 3 died."))
    filtered = [extract_facts(d, rules) for d in docs]

    class Everything:
        def __init__(self, rules):
            self.rules = rules

        def candidates(self, text):
            return list(enumerate(self.rules))

        def look_unless_quiet(self, text, carried=()):
            return self.look(text)

        def look(self, text):
            every = list(enumerate(self.rules))

            class Everywhere:
                def holds_any_anchor(self, index):
                    return True

            return every, [(i, r) for i, r in every if r.scope.groups], Everywhere()

    monkeypatch.setattr("factlint.extract.extract.prefilter_for", Everything)
    assert [extract_facts(d, rules) for d in docs] == filtered
    assert sum(map(len, filtered)) > 30


@pytest.mark.parametrize("scope, triggers, text", [
    (["/flood(s|ing)?/"], ["killed"], "The flooding killed four."),
    (["flood*"], ["/kill(ed|s)/"], "The floods killed four."),
    (["/ly[o0]n/"], ["/deaths?/"], "Ly0n floods: four deaths."),
])
def test_regular_expression_terms_are_never_held_back(scope, triggers, text):
    """A /pattern/ has no words a clause must hold, so it rules nothing out."""
    rule = _rule({"id": "quake", "scope": scope,
                  "facts": {"deaths": {"kind": "count", "triggers": triggers}}})
    assert Prefilter((rule,)).candidates(text)
    facts = extract_facts(make_document("a.txt", text + "\n"), (rule,))
    assert [f.display for f in facts if f.rule == "quake"] == ["4"]


@pytest.mark.parametrize("text", [
    "Nine people died in Vela on Tuesday, officials said.",
    "The U.S.-made rocket hit KN-23 depots; 12 were hurt.",
    "Rescuers in Kell (pop. 4,500) found 3 more bodies.",
    "ALL CAPS HEADLINE: 40 DEAD",
    "tabs\tand\nnew lines_under_scores 2nd",
])
def test_ascii_runs_are_the_runs_the_unicode_pattern_finds(text):
    from factlint.extract.prefilter import _RUN, _Words
    assert text.isascii()
    assert _Words(text).runs == set(_RUN.findall(text.casefold()))
    assert _Words(text + " Straße").runs == set(_RUN.findall((text + " Straße").casefold()))  # not ASCII


def _looked(prefilter, text):
    found, scoped, anchors = prefilter.look(text)
    return found, scoped, [anchors.holds_any_anchor(i) for i in range(len(prefilter.rules))]


@pytest.mark.parametrize("rules_dir", [RULES, os.path.join(EARTHQUAKE, "rules")], ids=["seed-rules", "earthquake"])
def test_the_aho_corasick_pass_changes_no_decision(rules_dir):
    """A sentence without any rule's word skips the word-by-word look-up: every
    candidate, named rule and anchor test must come out as with the look-up."""
    prefilter = Prefilter(load_rules(rules_dir))
    assert prefilter._keys is not None
    texts = [c.text for c in _all_clauses()] + ["", "Nothing here.", "KILLED IN BELGORODQA", "Straße: 4 km (2.5 mi) or so"]
    with_pass = [_looked(prefilter, t) for t in texts]
    skipped = sum(not prefilter._may_hold_a_word(t) for t in texts)
    prefilter._keys = None  # every sentence read word by word
    assert with_pass == [_looked(prefilter, t) for t in texts]
    assert 0 < skipped < len(texts)


def test_a_regular_expression_term_turns_the_aho_corasick_pass_off():
    rule = _rule({"id": "quake", "scope": ["/ly[o0]n/"], "facts": {"deaths": {"kind": "count", "triggers": ["died"]}}})
    assert Prefilter((rule,))._keys is None
    assert Prefilter((rule,)).candidates("In Ly0n, four died.")


@pytest.mark.parametrize("rules_dir", [RULES, os.path.join(EARTHQUAKE, "rules")], ids=["seed-rules", "earthquake"])
def test_a_quiet_sentence_is_one_that_look_finds_nothing_in(rules_dir):
    """`quiet` lets extraction skip a sentence without reading its words: it may say
    so only where `look` finds no candidate, no named rule and no carried anchor."""
    prefilter = Prefilter(load_rules(rules_dir))
    carried = [i for i, r in enumerate(prefilter.rules) if r.scope.groups]
    texts = [c.text for c in _all_clauses()] + ["", "Nothing here.", "Straße: 4 km (2.5 mi) or so", "A 4 km (2.5 mi) walk."]
    quiet = 0
    for text in texts:
        found, scoped, anchors = _looked(prefilter, text)
        looked = prefilter.look_unless_quiet(text, carried)
        assert looked is None or (looked[0], looked[1]) == (found, scoped)
        if prefilter.quiet(text, carried):
            quiet += 1
            assert not found and not scoped and not any(anchors[i] for i in carried), text
        else:
            assert found or scoped or any(anchors[i] for i in carried) or prefilter._may_hold_a_word(text), text
    assert 0 < quiet < len(texts)


@pytest.mark.parametrize("triggers, quiet", [(["/kill(ed|s)/"], False), (["killed"], True)])
def test_a_regular_expression_trigger_makes_no_sentence_quiet(triggers, quiet):
    """A trigger that no word test covers may match in any sentence, carried over or not."""
    rule = _rule({"id": "quake", "scope": ["Vela"], "facts": {"deaths": {"kind": "count", "triggers": triggers}}})
    prefilter = Prefilter((rule,))
    assert prefilter.quiet("Four were reported on Tuesday.", [0]) is quiet
    assert prefilter.quiet("Four were reported on Tuesday.") is quiet
