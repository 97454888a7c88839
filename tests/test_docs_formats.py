"""docs/formats.md against the code: the article suffixes, the relative-date
table, the furniture names and the messages it shows."""
from __future__ import annotations

import datetime as dt
import os
import re

import pytest

from factlint.prose.values import find_values
from factlint.read.document import make_document
from factlint.read.markup import SUFFIXES
from factlint.read.markup.htmlpage import _FURNITURE_NAME, _SKIPPED
from tests.conftest import ROOT

FORMATS_MD = os.path.join(ROOT, "docs", "formats.md")
with open(FORMATS_MD, encoding="utf-8") as _handle:
    TEXT = _handle.read()


def section(heading: str) -> str:
    return TEXT.split(f"\n{heading}\n", 1)[1].split("\n#", 1)[0]


def table(heading: str) -> list[list[str]]:
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in section(heading).splitlines()
            if line.startswith("|")]
    return rows[2:]


def test_suffix_table_matches_discovery():
    assert [row[0].strip("`") for row in table("## Which files are articles")] == list(SUFFIXES)


RELATIVE = table("### Relative dates")


@pytest.mark.parametrize("written, meaning", [(r[0].strip("`"), r[1]) for r in RELATIVE], ids=[r[0] for r in RELATIVE])
def test_relative_date_table(written, meaning):
    """Each documented phrase resolves as the table says, in the documented article."""
    text = f"It struck {written}."
    values = [v for v in find_values(text, dt.date(2024, 1, 9)) if v.date is not None]
    assert [v.date.describe() for v in values] == [meaning]
    assert text[values[0].start:values[0].end] == written.removeprefix("on ").removeprefix("in ")


def test_relative_date_table_is_not_empty():
    assert len(RELATIVE) >= 15


def test_furniture_names_listed():
    """Every class/id furniture name and skipped element the docs list is one the code skips."""
    html_section = section("## HTML pages")
    names = re.search(r"names page furniture: (.*?)\.\n", html_section, flags=re.S).group(1)
    for name in re.split(r",\s*", names.replace("\n", " ")):
        word = re.sub(r"\s*\(.*?\)", "", name).strip()
        for part in re.findall(r"[a-z]+", word):
            assert _FURNITURE_NAME.match(part) or part == "header", part
    skipped = html_section.split("never read:", 1)[1].split("elements that are hidden")[0]
    for tag in re.findall(r"`<(\w+)>`", re.sub(r"\(.*?\)", "", skipped, flags=re.S)):
        assert tag in _SKIPPED or tag == "header", tag


@pytest.mark.parametrize("source, warning", [
    ("---\ntitle: [a, b\n---\nText.\n", "story.md: line 3: front matter is not valid YAML (expected ',' or ']', "
                                         "but got '<stream end>'); ignored"),
    ("---\ndate: January 9\n---\nText.\n", "story.md: article date 'January 9' is not a YYYY-MM-DD date; "
                                           "relative dates stay unresolved"),
])
def test_documented_warnings(source, warning):
    """The warnings shown in the docs are the ones factlint gives."""
    assert f"factlint: warning: {warning}" in TEXT
    assert warning in make_document("story.md", source).warnings
