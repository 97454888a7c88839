"""Titles as editors write them: abbreviations, administrative synonyms, a
parenthesised acronym, extra qualifiers; more words never do worse than fewer."""
import pytest

from factlint.extract.extract import extract_facts
from factlint.read.document import make_document
from factlint.rules import load_rules

RULE = """\
id: olsany-title
facts:
  title:
    kind: title
    person: Marek Olsany
    aliases: [Olsany]
    accepted: [{accepted}]
    wrong: [{wrong}]
"""


def read(tmp_path, text, accepted, wrong="deputy governor"):
    (tmp_path / "olsany.yaml").write_text(RULE.format(accepted=accepted, wrong=wrong), encoding="utf-8")
    rules = load_rules(str(tmp_path))
    return [f for f in extract_facts(make_document("a.txt", text), rules) if f.rule == "olsany-title"]


@pytest.mark.parametrize("text, accepted", [
    ("Dravetz Gov. Marek Olsany said the bridge would reopen.", "governor of Dravetz"),
    ("Sen. Marek Olsany voted against the bill.", "senator"),
    ("Rep. Marek Olsany asked for an inquiry.", "representative"),
    ("Lt. Gov. Marek Olsany chaired the session.", "lieutenant governor"),
    ("The statement came from Vela oblast governor Marek Olsany.", "governor of the Vela region"),
    ("Vela province governor Marek Olsany spoke first.", "Vela regional governor"),
    ("The Interior Ministry (IM) spokesman Marek Olsany declined to comment.", "Interior Ministry spokesman"),
    ("Federal Energy Council Coordinator Marek Olsany said prices would fall.", "Energy Council coordinator"),
    ("Among them was the mayor of Dravetz, Marek Olsany.", "mayor of Dravetz"),
])
def test_written_titles_agree_with_the_accepted_one(tmp_path, text, accepted):
    facts = read(tmp_path, text, accepted)
    assert facts, "no title read"
    from factlint.kinds import KINDS
    from factlint.rules import load_rules as _load
    rule = _load(str(tmp_path))[0]
    spec = rule.facts[0]
    kind = KINDS["title"]
    assert all(kind.matches(f.value, kind.reference(spec), spec) for f in facts)


@pytest.mark.parametrize("text", [
    "Lt. Gov. Marek Olsany opened the session.",
    "The Interior Ministry (IM) deputy governor Marek Olsany declined to comment.",
])
def test_a_wrong_title_is_still_wrong_however_written(tmp_path, text):
    facts = read(tmp_path, text, "governor")
    from factlint.kinds import KINDS
    rule = load_rules(str(tmp_path))[0]
    spec = rule.facts[0]
    kind = KINDS["title"]
    assert facts and not any(kind.matches(f.value, kind.reference(spec), spec) for f in facts)


@pytest.mark.parametrize("text", [
    "The plan was backed by former Dravetz Gov. Marek Olsany.",
    "The exit of former Interior Minister Marek Olsany surprised many.",
    "It was drafted under then-governor Marek Olsany.",
])
def test_a_past_role_is_not_read(tmp_path, text):
    assert read(tmp_path, text, "governor") == []


def verdicts(tmp_path, text, accepted, wrong):
    from factlint.kinds import KINDS
    facts = read(tmp_path, text, accepted, wrong)
    spec = load_rules(str(tmp_path))[0].facts[0]
    kind = KINDS["title"]
    return [(f.text, kind.matches(f.value, kind.reference(spec), spec)) for f in facts]


@pytest.mark.parametrize("text, title, right", [
    ("U.S. Amb. to Norland Marek Olsany arrived on Monday.", "U.S. Amb. to Norland", False),
    ("Norland's Amb. to Vela Marek Olsany arrived.", "Norland's Amb. to Vela", False),
    ("Vela Dep. Gov. Marek Olsany signed the order.", "Vela Dep. Gov", False),
    ("Vela Asst. Gov. Marek Olsany signed the order.", "Vela Asst. Gov", False),
    ("Vela oblast Deputy Governor Marek Olsany signed the order.", "Vela oblast Deputy Governor", False),
    ("Vela oblast Governor Marek Olsany signed the order.", "Vela oblast Governor", True),
    ("Vela province Gov. Marek Olsany signed the order.", "Vela province Gov", True),
    ("Vela Region Governor Marek Olsany signed the order.", "Vela Region Governor", True),
    ("Governor of Vela Province Marek Olsany signed the order.", "Governor of Vela Province", True),
])
def test_abbreviations_connectors_and_units_are_read_whole(tmp_path, text, title, right):
    """The whole title is read ("Amb. to Norland", "Dep. Gov."), so that a wrong one is
    flagged and a right one with more words is still right."""
    assert verdicts(tmp_path, text, "governor of the Vela region", "deputy governor") == [(title, right)]


@pytest.mark.parametrize("text", [
    "Federal Energy Council Coordinator Marek Olsany said prices would fall.",
    "National Energy Council Senior Coordinator Marek Olsany said prices would fall.",
    "Marek Olsany, the Federal Energy Council's coordinator, said prices would fall.",
    "Marek Olsany, coordinator of the Federal Energy Council, said prices would fall.",
    "The Energy Council (EC) coordinator Marek Olsany said prices would fall.",
    "Energy Council Coordinator Marek Olsany said prices would fall.",
])
def test_more_words_never_do_worse(tmp_path, text):
    """Qualifiers on the same head noun and organisation keep an accepted title accepted."""
    assert [right for _, right in verdicts(tmp_path, text, "Energy Council coordinator", "Energy Council chair")] == [True]


@pytest.mark.parametrize("text", [
    "Federal Energy Council Chair Marek Olsany said prices would fall.",
    "The Energy Council (EC) chair Marek Olsany said prices would fall.",
    "Marek Olsany, chair of the Federal Energy Council, said prices would fall.",
])
def test_more_words_keep_a_wrong_title_wrong(tmp_path, text):
    assert [right for _, right in verdicts(tmp_path, text, "Energy Council coordinator", "Energy Council chair")] == [False]
