"""Which date is the event's: not a report's, a press event's, a photo caption's,
a since-clause's, a main clause's apart from the event, or a later deed's that
merely mentions the event (issue 11, item 5)."""
import textwrap

import pytest

from factlint.extract.extract import extract_facts
from factlint.read.document import make_document
from factlint.rules import load_rules

STRIKE = """\
id: strike
scope: [Dravetz]
facts:
  date:
    kind: date
    triggers: [strike, struck, attack, collapse, collapsed, appointed]
"""


@pytest.fixture
def rules(tmp_path):
    (tmp_path / "strike.yaml").write_text(textwrap.dedent(STRIKE), encoding="utf-8")
    return load_rules(str(tmp_path))


def dates(rules, text):
    return [f.display for f in extract_facts(make_document("a.txt", text), rules, [])]


@pytest.mark.parametrize("text", [
    "The mayor of Dravetz said on March 20 that the strike had destroyed the school.",
    "The Dravetz governor told reporters on Friday that the attack came without warning.",
    "At a news conference on April 2, the Dravetz police chief described the strike.",
    "In a statement Thursday, the Dravetz council condemned the attack.",
    "A rescuer walks through Dravetz after the strike. (Photo by Ivo Marl, March 15, 2024)",
    "It is the third official appointed in Dravetz since the council came to power in September 2022.",
    "On Wednesday, overlooking the square where the Dravetz tower collapsed, the mayor will lay a wreath.",
    "Crews pulled the last wreckage from the Dravetz collapse out on June 4.",
    "Workers in Dravetz began clearing debris after the collapse on the morning of May 9.",
])
def test_a_date_of_something_else_is_not_the_events(rules, text):
    assert dates(rules, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The strike on Dravetz on March 14 killed nine.", "March 14"),
    ("The mayor said on March 20 that the strike on Dravetz on March 14 killed nine.", "March 14"),
    ("Since the collapse of the Dravetz tower on May 3, the square has been closed.", "May 3"),
    ("Rockets struck Dravetz on March 14, officials said.", "March 14"),
    ("The Dravetz tower collapsed on May 3, when a crane hit it.", "May 3"),
    ("On March 14 rockets struck Dravetz.", "March 14"),
])
def test_the_events_own_date_is_read(rules, text, expected):
    assert expected in dates(rules, text)


DAY = """\
id: strike
scope: [Dravetz]
facts:
  date:
    kind: date
    triggers: [strike, struck, attack]
    expected: 2031-03-14
"""


@pytest.mark.parametrize("text", [
    "The strike on Dravetz this year was the worst.",
    "The strike on Dravetz earlier this year killed nine.",
    "The Dravetz strike last year was the worst in a decade.",
    "A strike on Dravetz next year would end the truce.",
    "Dravetz was struck again this year, officials said.",
    "The attack on Dravetz late last year was not the first.",
])
def test_a_vague_relative_date_never_binds_to_a_day(tmp_path, text):
    """In a dated article, "this year" and "last year" name a year, never the event's day."""
    (tmp_path / "strike.yaml").write_text(DAY, encoding="utf-8")
    doc = make_document("a.md", "---\ndate: 2031-05-20\n---\n" + text + "\n")
    assert [f.display for f in extract_facts(doc, load_rules(str(tmp_path)))] == []


@pytest.mark.parametrize("text, value", [
    ("The strike on Dravetz on March 14 killed nine.", "March 14"),
    ("Dravetz was struck on March 14 this year.", "March 14, 2031"),
])
def test_a_days_date_in_the_same_article_is_read(tmp_path, text, value):
    (tmp_path / "strike.yaml").write_text(DAY, encoding="utf-8")
    doc = make_document("a.md", "---\ndate: 2031-05-20\n---\n" + text + "\n")
    assert value in [f.display for f in extract_facts(doc, load_rules(str(tmp_path)))]
