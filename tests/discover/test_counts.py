"""Counts tied by a trigger family: the family's verb far past a long subject,
and a survival denied. Articles invented."""
from __future__ import annotations

import pytest

from factlint.discover.run import discover_rules, extract_discovered
from factlint.read.document import make_document

BASE = ["The Corran ferry sinking killed nine people, the coast guard said.",
        "Nine people died when the ferry sank off Corran.",
        "Nine passengers were killed, and 14 were rescued by fishing boats."]


@pytest.mark.parametrize("sentence", [
    "Nine passengers, who were asleep in the lower cabins, were killed.",
    "Nine deckhands and passengers from the lower cabins were killed in the sinking.",
    "Of the nine who did not survive, three were children.",
    "Nine passengers didn't survive the night, officials said.",
    "Nine people could not survive the cold water, officials said.",
])
def test_a_death_toll_rule_reads_far_verbs_and_denied_survival(sentence):
    docs = [make_document(f"{i}.txt", t + "\n") for i, t in enumerate(BASE + [sentence])]
    found = discover_rules(docs)
    rule = next(d for d in found if d.group is not None and d.group.cue == "deaths")
    kept, extracted = extract_discovered(docs, found)
    read = [(f.path, f.display) for e in extracted for f in e.facts if f.rule == rule.rule.id]
    assert ("3.txt", "9") in read


@pytest.mark.parametrize("sentence, rescued", [
    ("Fourteen people survived the sinking, officials said.", True),
    ("Of the 14 who survived, two are in hospital.", True),
])
def test_survivors_stay_rescued(sentence, rescued):
    docs = [make_document(f"{i}.txt", t + "\n") for i, t in enumerate(BASE + [sentence, "Fishing boats rescued 14 people."])]
    found = discover_rules(docs)
    kept, extracted = extract_discovered(docs, found)
    deaths = {d.rule.id for d in kept if d.group is not None and d.group.cue == "deaths"}
    read = {f.rule for e in extracted for f in e.facts if f.path == "3.txt"}
    assert not read & deaths


@pytest.mark.parametrize("short, name, same", [
    ("vals", "valerians", True),
    ("harbs", "harbourites", True),
    ("reds", "redshirts", True),
    ("vals", "vals", False),
    ("val", "valerians", False),  # not a plural
    ("harbours", "harbingers", False),
    ("ports", "portsmouths", True),  # the stem opens the name
    ("vale", "valencias", False),
])
def test_a_plural_name_written_short(short, name, same):
    from factlint.discover.group import is_short_for

    assert is_short_for(short, name) is same


def test_a_short_name_is_its_long_names_subject():
    """ "the Vals": the short plural is the same party as "the Valerians", so
    its figure is compared with theirs (here, as a disagreement)."""
    from factlint.discover.group import find_groups
    from factlint.discover.mentions import article_mentions

    texts = ["The Valerians won 40 seats and the Harbourites won 12 seats.",
             "The Valerians took 40 seats, while the Harbourites took 12 seats.",
             "The Valerians have 40 seats; the Harbourites have 12 seats.",
             "The Harbourites won 12 seats; the Vals, 41 seats."]
    mentions = [m for i, t in enumerate(texts) for m in article_mentions(make_document(f"{i}.txt", t + "\n"))]
    groups = {g.topic: g for g in find_groups(mentions) if g.cue == "seat"}
    assert "vals" in groups["valerians"].names
    assert {m.display for m in groups["valerians"].mentions} == {"40", "41"}


@pytest.mark.parametrize("sentence, value", [
    ("Seventy people were injured in the blast.", "Seventy"),
    ("Fifteen people were injured in the blast.", "Fifteen"),
    ("The blast injured ninety people.", "ninety"),
    ("Sixty were injured, officials said.", "Sixty"),
])
def test_a_number_written_in_words_is_read(sentence, value):
    from factlint.discover.mentions import article_mentions

    assert [(m.display, m.cue) for m in article_mentions(make_document("a.txt", sentence + "\n"))] == [(value, "injured")]


@pytest.mark.parametrize("cue, window", [("deaths", 10), ("injured", 10), ("missing", 10), ("crew", 2), ("bodies", 10)])
def test_a_family_of_nouns_reads_close_and_a_family_of_verbs_far(cue, window):
    """ "22 crew": a noun sits next to its number ("Crews pulled two people
    out" counts no crew); a verb may sit past a long subject ("four have now
    been found": the bodies family has its verbs)."""
    from factlint.discover.group import Group
    from factlint.discover.rulegen import group_rule

    group = Group("count", cue, "", "", (), (), ())
    assert group_rule(group, "x")["facts"][cue]["window"] == window


@pytest.mark.parametrize("sentence, value", [
    ("Officials released 240 names of people unaccounted for in the Orla flood.", "240"),
    ("The names of 240 people still missing were published.", "240"),
    ("Police names nearly 250 people missing after the flood.", "nearly 250"),
    ("Names of 240 people still missing are released.", "240"),
])
def test_a_count_of_names_on_a_list_of_the_missing_is_the_missing(sentence, value):
    from factlint.discover.mentions import article_mentions

    cues = {m.display: m.cue for m in article_mentions(make_document("a.txt", sentence + "\n"))}
    assert cues.get(value) == "missing"


@pytest.mark.parametrize("sentence, projected", [
    ("Between 900 and 950 people are estimated to be unaccounted for.", False),
    ("About 900 people are estimated to be missing in the Orla flood.", False),
    ("The toll is estimated to reach 900, officials said.", True),
    ("The toll is expected to rise to 900.", True),
])
def test_estimated_to_be_is_a_present_estimate_not_a_forecast(sentence, projected):
    from factlint.discover.mentions import article_mentions

    found = [m for m in article_mentions(make_document("a.txt", sentence + "\n")) if m.kind == "count"]
    assert found and all(m.projected == projected for m in found)


# The count changes: three articles give 430, two earlier ones 640.
MISSING = ["In Orla, 430 people remain missing.",
           "Some 430 people were still missing in Orla on Friday.",
           "The number of missing fell to 430, officials said.",
           "About 640 people remain missing after the flood, officials said.",
           "Officials said 640 people are still unaccounted for."]


@pytest.mark.parametrize("sentence", [
    "TAFA spokesperson Ana Vey told reporters that between 600 and 700 people are unaccounted for.",
    "Tarn Agency spokesperson Ana Vey said that 640 people are still unaccounted for.",
])
def test_a_rare_subject_giving_the_count_several_articles_give_is_the_same_fact(sentence):
    docs = [make_document(f"{i}.txt", t + "\n") for i, t in enumerate(MISSING + [sentence])]
    found = discover_rules(docs)
    kept, extracted = extract_discovered(docs, found)
    missing = [d.rule.id for d in kept if d.group is not None and d.group.cue == "missing"]
    assert len(missing) == 1
    assert any(f.path == "5.txt" for e in extracted for f in e.facts if f.rule == missing[0])


BODIES = ["Divers recovered two bodies from the Orla river on Wednesday.",
          "The bodies of two fishermen were recovered from the river.",
          "Two bodies were pulled from the Orla river, police said."]


@pytest.mark.parametrize("sentence", [
    "Two have now been found, police said.",
    "Two were recovered from a submerged van.",
    "Divers found two victims near the weir.",
    "Two were retrieved from the river on Thursday.",
])
def test_victims_found_or_recovered_are_the_bodies(sentence):
    docs = [make_document(f"{i}.txt", t + "\n") for i, t in enumerate(BODIES + [sentence])]
    found = discover_rules(docs)
    kept, extracted = extract_discovered(docs, found)
    bodies = next(d.rule.id for d in kept if d.group is not None and d.group.cue == "bodies")
    assert any(f.path == "3.txt" for e in extracted for f in e.facts if f.rule == bodies)


@pytest.mark.parametrize("sentence, value", [
    ("Divers looking for six Orla fishermen found a sunken van.", "six"),
    ("The search for the four was called off at dusk.", "four"),
    ("Crews are searching for 12 people after the landslide.", "12"),
    ("Agencies make efforts to find 6 workers who likely drowned.", "6"),
])
def test_people_searched_for_are_the_missing(sentence, value):
    from factlint.discover.mentions import article_mentions

    cues = {m.display: m.cue for m in article_mentions(make_document("a.txt", sentence + "\n")) if m.kind == "count"}
    assert cues.get(value) == "missing"


@pytest.mark.parametrize("sentence, value, part", [
    ("Ana Vey was one of six workers killed in the collapse.", "one", True),
    ("Two of 12 passengers died.", "Two", True),
    ("Six workers were killed in the collapse.", "Six", False),
])
def test_one_of_six_is_a_part(sentence, value, part):
    from factlint.discover.mentions import article_mentions

    parts = {m.display: m.part for m in article_mentions(make_document("a.txt", sentence + "\n")) if m.kind == "count"}
    assert parts.get(value) is part
