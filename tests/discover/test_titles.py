"""People's titles that are ranks ("Rear Admiral") or offices the title kind's
role nouns leave out ("Superintendent"), found and compared by discovery.
Articles and people invented."""
from __future__ import annotations

import pytest

from factlint.discover.run import discover_rules, extract_discovered
from factlint.discover.titles import Person, generic, names_office, same_title, title_of
from factlint.read.document import make_document


@pytest.mark.parametrize("a, b, same", [
    ("Harbour Guard Rear Admiral", "Harbour Guard rear admiral", True),
    ("Vela Police Colonel", "Vela Police Superintendent", True),  # a rank beside an office
    ("Col.", "superintendent of the Vela Police", True),
    ("Vela Police Superintendent", "Vela police superintendent", True),
    ("Vela Police Superintendent", "Vela's secretary of police", False),  # two offices
    ("Tolland County Sheriff", "Tolland County Mayor", False),
    ("Rear Admiral", "Vice Admiral", False),  # two ranks that differ
])
def test_ranks_and_offices(a, b, same):
    assert same_title(a, b) is same
    assert same_title(b, a) is same


@pytest.mark.parametrize("title, office, rank_only", [
    ("Harbour Guard Rear Admiral", True, True),
    ("Colonel", True, True),
    ("Vela State Police Superintendent", True, False),
    ("Tolland County Sheriff", True, False),
    ("Ashford's", False, False),
    ("Vela Harbour", False, False),
])
def test_a_rank_or_an_office_is_a_title(title, office, rank_only):
    assert names_office(title) is office
    assert generic(title) is rank_only  # a rank alone agrees with any office, so is never the consensus


@pytest.mark.parametrize("title, ok", [
    ("Col Ana M", False),  # read before the surname alone: the rest of the name
    ("Harbour Guard Rear Admiral", True),
    ("Ana's spokesman", False),
])
def test_a_title_holds_no_word_of_the_name(title, ok):
    assert title_of(title, Person("Ana Ruiz", ("Ruiz",), ("a.txt",))) is ok


@pytest.mark.parametrize("first, second, third", [
    ("Harbour Guard Rear Admiral Ana Ruiz said the channel was shut.",
     "Harbour Guard rear admiral Ana Ruiz spoke on Monday.",
     "Harbour Guard Rear Admiral Ana Ruiz explained the search."),
    ("Vela State Police Superintendent Ana Ruiz said divers were out.",
     "Vela State Police Superintendent Ana Ruiz said so.",
     "Vela State Police Colonel Ana Ruiz said the search was over."),
])
def test_a_rank_or_office_before_a_name_is_discovered(first, second, third):
    docs = [make_document(f"{n}.txt", text + "\n") for n, text in zip("abc", (first, second, third))]
    found = discover_rules(docs)
    kept, extracted = extract_discovered(docs, found)
    rule = next(d for d in kept if d.person is not None and d.person.name == "Ana Ruiz")
    read = {f.path for e in extracted for f in e.facts if f.rule == rule.rule.id}
    assert read == {"a.txt", "b.txt", "c.txt"}


@pytest.mark.parametrize("first, second", [
    ("Tarn Agency spokesperson Ana Ruiz said the road was shut.",
     "\"Stay home,\" Ana Ruiz, a spokesperson for the Vela Harbour Board, said Thursday."),
    ("Port director Ana Ruiz said the road was shut.",
     "Ana Ruiz, the county's fire marshal, said Thursday the road was shut."),
])
def test_a_persons_two_titles_that_tie_are_one_fact_with_no_disagreement(first, second):
    """Two articles, two offices: which is right is not known, so discovery
    reports the person's title group and flags neither."""
    docs = [make_document("a.txt", first + "\n"), make_document("b.txt", second + "\n")]
    found = discover_rules(docs)
    rule = next(d for d in found if d.person is not None and d.person.name == "Ana Ruiz")
    kept, extracted = extract_discovered(docs, found)
    assert rule.rule.id in {d.rule.id for d in kept}
    assert {f.path for e in extracted for f in e.facts if f.rule == rule.rule.id} == {"a.txt", "b.txt"}


def test_tied_titles_are_not_reported_as_disagreements(tmp_path):
    from factlint.engine import discover_paths

    (tmp_path / "a.txt").write_text("Tarn Agency spokesperson Ana Ruiz said the road was shut.\n")
    (tmp_path / "b.txt").write_text("\"Stay home,\" Ana Ruiz, a spokesperson for the Vela Harbour Board, said.\n")
    report, kept, _ = discover_paths([str(tmp_path)])
    assert any(d.person is not None for d in kept)
    assert not [f for f in report.findings if "title" in f.rule]


BASE_RUIZ = ["Vela State Police Superintendent Ana Ruiz said divers were out.",
             "Vela State Police Superintendent Ana Ruiz said so on Monday."]


@pytest.mark.parametrize("sentence, title", [
    ("On Monday Col Ana M Ruiz Jr, superintendent for Vela State Police, told reporters the road was shut.",
     "superintendent for Vela State Police"),
    ("\"The road stays shut,\" Col. Ana M. Ruiz Jr., superintendent of the Vela Department of Public Safety, said.",
     "superintendent of the Vela Department of Public Safety"),
    ("Divers had to stop, Vela State Police Col. Ana Ruiz said.", "Vela State Police"),
])
def test_a_title_past_a_suffix_or_before_a_short_rank_is_the_persons(sentence, title):
    """ "Ana M Ruiz" with no dot after the initial is Ana Ruiz; a title after
    "Jr." is read as the title after the name; a title before a short rank
    ("Vela State Police Col.") names an office."""
    docs = [make_document(f"{i}.txt", t + "\n") for i, t in enumerate(BASE_RUIZ + [sentence])]
    found = discover_rules(docs)
    kept, extracted = extract_discovered(docs, found)
    rule = next(d for d in kept if d.person is not None and d.person.name == "Ana Ruiz")
    read = {(f.path, f.display) for e in extracted for f in e.facts if f.rule == rule.rule.id}
    assert ("2.txt", title) in read


@pytest.mark.parametrize("text, alias", [
    ("Ana M Ruiz said so. Ana Ruiz agreed.", "Ana M Ruiz"),
    ("Col. Ana Ruiz, Jr., spoke. Ana Ruiz agreed.", "Ana Ruiz, Jr."),
    ("Ana Ruiz Jr. spoke. Ana Ruiz agreed.", "Ana Ruiz Jr."),
])
def test_a_persons_written_forms_are_aliases(text, alias):
    from factlint.discover.titles import find_people

    docs = [make_document("a.txt", text + "\n"), make_document("b.txt", "Ana Ruiz said so.\n")]
    person = next(p for p in find_people(docs, 2) if p.name == "Ana Ruiz")
    assert alias in person.aliases
