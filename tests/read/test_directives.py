"""A suppression line is found in any case and layout; an article that never names
factlint is not read line by line for one (and then has none)."""
from __future__ import annotations

import pytest

from factlint.read.directives import find_suppressions, is_directive, may_hold_directive
from factlint.read.document import make_document


@pytest.mark.parametrize("line", [
    "factlint: ignore[harbour-fire] reason: the council's own count",
    "FACTLINT: IGNORE[harbour-fire] reason: quoted from the mayor",
    "  Factlint : ignore[harbour-fire, ferry-strike]",
    "<!-- factlint: ignore[harbour-fire] reason: older figure -->",
    "<!--factlint:ignore[x]-->",
    "factlint: ignore",
])
def test_directive_lines_are_found(line):
    text = f"The fire in Marlow killed four.\n\n{line}\n\nFire crews said five died.\n"
    assert may_hold_directive(text) and is_directive(line)
    doc = make_document("a.txt", text)
    found = find_suppressions(doc)
    assert [s.line for s in found] == [3]
    assert "suppression" == doc.furniture[3]


@pytest.mark.parametrize("text", [
    "The fire in Marlow killed four.\n\nFire crews said five died.\n",
    "A linter checks the facts.\n\nfact lint: ignore[x]\n",
    "",
])
def test_an_article_without_the_name_has_no_directive(text):
    assert not may_hold_directive(text)
    doc = make_document("a.txt", text)
    assert find_suppressions(doc) == []
    assert "suppression" not in doc.furniture.values()


def test_the_name_in_prose_is_not_a_directive():
    text = "Editors ran factlint: ignore nothing, they said.\n\nThe fire killed four.\n"
    assert may_hold_directive(text)
    assert find_suppressions(make_document("a.txt", text)) == []
