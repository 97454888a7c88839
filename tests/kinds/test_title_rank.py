"""A rank before a name and an office in apposition after it are both titles
(kinds/title.py). People and places invented."""
import textwrap

import pytest

from factlint.extract.extract import extract_facts
from factlint.read.document import make_document
from factlint.rules import load_rules

RUIZ = """\
id: ruiz-title
facts:
  title:
    kind: title
    person: Ana Ruiz
    aliases: [Ana M. Ruiz, "Ana M. Ruiz, Jr."]
    accepted: [Colonel, superintendent of the Vela State Police, Vela State Police Superintendent]
"""


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rules")
    (folder / "ruiz.yaml").write_text(textwrap.dedent(RUIZ), encoding="utf-8")
    return load_rules(str(folder))


def _titles(text, rules):
    return [f.text for f in extract_facts(make_document("a.txt", text + "\n"), rules) if f.kind == "title"]


@pytest.mark.parametrize("text, wanted", [
    ("Colonel Ana M. Ruiz, Jr., Superintendent of the Vela Highway Patrol, said so.",
     ["Colonel", "Superintendent of the Vela Highway Patrol"]),
    ("Colonel Ana Ruiz, superintendent of the Vela State Police, said the search was over.",
     ["Colonel", "superintendent of the Vela State Police"]),
    ("Colonel Ana Ruiz, commander of the Vela Harbour Guard, spoke.",
     ["Colonel", "commander of the Vela Harbour Guard"]),
])
def test_a_rank_before_a_name_leaves_the_office_after_it_to_be_read(text, wanted, rules):
    assert _titles(text, rules) == wanted


@pytest.mark.parametrize("text, wanted", [
    # An office before the name is the title; an apposition after it is not read as well.
    ("Vela State Police Superintendent Ana Ruiz, a former teacher, said so.", ["Vela State Police Superintendent"]),
    ("Vela State Police Superintendent Ana Ruiz, 52, said so.", ["Vela State Police Superintendent"]),
    # A rank with nothing after it is the one title.
    ("Colonel Ana Ruiz said the road was shut.", ["Colonel"]),
    # No title before: the apposition, as before.
    ("Ana Ruiz, superintendent of the Vela State Police, said so.", ["superintendent of the Vela State Police"]),
])
def test_otherwise_a_name_has_one_title(text, wanted, rules):
    assert _titles(text, rules) == wanted
