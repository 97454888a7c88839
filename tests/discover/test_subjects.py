"""Whose a count is, when several subjects share a cue: another name for a
subject, told by the large count it is given, and a main subject among too
many others to keep out. Articles invented."""
from __future__ import annotations

import pytest

from factlint.discover.group import MAX_RIVALS, find_groups
from factlint.discover.mentions import article_mentions
from factlint.read.document import make_document


def _groups(texts: list[str]):
    mentions = [m for i, t in enumerate(texts) for m in article_mentions(make_document(f"{i}.txt", t + "\n"))]
    return [g for g in find_groups(mentions) if g.cue == "seat" and not g.projected]


def test_another_name_given_a_subjects_large_count_is_that_subject():
    """ "The Blues" are named beside Harbour more often than beside the Blue
    Party, but are given the Blue Party's 121 seats: the Blue Party's."""
    texts = ["Harbour won 312 seats, while the Blue Party won 121 seats.",
             "The Blue Party secured 121 seats, far behind Harbour's 312 seats.",
             "Harbour's landslide left the Blues with 121 seats.",
             "Harbour celebrated as the Blues won a mere 121 seats.",
             "Harbour took 312 seats; the Blue Party took 121 seats."]
    groups = _groups(texts)
    blue = next(g for g in groups if "121" in {m.display for m in g.mentions})
    assert "blues" in blue.names
    assert {m.display for m in blue.mentions} == {"121"} and len(blue.articles) == 5
    harbour = next(g for g in groups if "harbour" in g.names)
    assert "blues" not in harbour.names


def test_a_small_count_shared_by_chance_names_no_subject():
    """Two parties given four seats each are two parties, not one."""
    texts = ["The Greens won 4 seats, and Harbour won 312 seats.",
             "The Greens secured 4 seats while Harbour won 312 seats.",
             "The Vale Alliance won 4 seats, Harbour 312 seats.",
             "The Vale Alliance took 4 seats, and Harbour took 312 seats."]
    groups = _groups(texts)
    assert not any({"greens", "vale"} <= set(g.names) for g in groups)


def test_a_main_subject_among_many_others_names_its_own():
    """A subject stated by twice the articles of any other keeps the others out
    of its scope; when they are more than a scope keeps out, it names itself."""
    others = ["Alders", "Birches", "Cedars", "Elms", "Firs", "Hazels", "Larches", "Maples", "Oaks", "Rowans"]
    texts = [f"Harbour won 312 seats and the {o} won {20 + i} seats." for i, o in enumerate(others)]
    texts += [f"Harbour took 312 seats, while the {o} took {20 + i} seats." for i, o in enumerate(others)]
    texts += ["Harbour secured 312 seats, officials said."] * 20
    groups = _groups(texts)
    harbour = next(g for g in groups if g.topic == "harbour")
    assert len(harbour.rivals) > MAX_RIVALS
    assert not harbour.dominant
    few = _groups([t for t in texts if not any(o in t for o in others[3:])])
    assert next(g for g in few if g.topic == "harbour").dominant


@pytest.mark.parametrize("topic, names, first", [
    ("valerians", ("valerians", "harbour", "ashby", "valerian", "vals"), ["valerians", "valerian", "vals", "harbour"]),
    ("democrats", ("democrats", "liberal", "cymru", "democrat", "dems"), ["democrats", "democrat", "dems", "liberal"]),
    ("blues", ("blues", "sir", "blue"), ["blues", "blue", "sir"]),
])
def test_a_subjects_scope_names_its_own_forms_first(topic, names, first):
    """A scope holds four names: the subject's own forms ("Democrat", "Dems")
    before names merely merged with it, which may be another subject's."""
    from factlint.discover.group import Group
    from factlint.discover.rulegen import group_rule

    mentions = tuple(article_mentions(make_document("a.txt", "Harbour won 212 seats.\n")))
    group = Group("count", "seat", "", topic, names, (), mentions)
    assert group_rule(group, "x")["scope"]["any"] == first


def test_two_shares_told_apart_in_one_sentence_are_two_subjects():
    """Shares are given side by side ("Harbour's 41 per cent and the Blues' 23
    per cent"): one sentence that gives each its own share tells them apart,
    however often they are named together."""
    texts = ["Harbour won 41% of the vote and the Blues won 23% of the vote.",
             "Harbour's vote share was 41%, said the Blues, who won 14 seats.",
             "The Blues' vote share was 23%, behind Harbour.",
             "The Blues took 23% of the vote, Harbour officials said."]
    mentions = [m for i, t in enumerate(texts) for m in article_mentions(make_document(f"{i}.txt", t + "\n"))]
    shares = [g for g in find_groups(mentions) if g.kind == "percent"]
    assert sorted(sorted({m.display for m in g.mentions}) for g in shares) == [["23%"], ["41%"]]



@pytest.mark.parametrize("word", ["sir", "dame", "mayor", "dr"])
def test_honorifics_and_title_words_name_no_subject(word):
    """"Sir" of "Sir Ann Vale" is no party's name: a party's draft reading by it
    would take any count near any knight (the Blues' 40 beside "Sir Tom Rowe")."""
    from factlint.discover.run import not_subjects
    assert word in not_subjects([])
    assert "harbour" not in not_subjects([])
