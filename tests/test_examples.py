"""The earthquake example (examples/earthquake) through the CLI: exactly its one
deliberate discrepancy is flagged, and the fact table reads every article right."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from factlint.cli.app import cli

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, "examples", "earthquake")
RULES = os.path.join(EXAMPLE, "rules")
ARTICLES = os.path.join(EXAMPLE, "articles")

FIRST, UPDATE, ROUNDUP, EXPLAINER = (
    "01-meridian-first.txt", "02-meridian-update.txt", "03-newsdesk-roundup.txt", "04-abc-explainer.txt")

# What each article says, as the fact table writes it: (rule, fact) -> {article: cell values}.
# An article missing from a row does not state that fact.
TABLE = {
    ("arvan-earthquake", "magnitude"): {FIRST: ["7.1"], UPDATE: ["7.1"], ROUNDUP: ["7.1"], EXPLAINER: ["7", "7"]},
    ("arvan-earthquake", "depth"): {FIRST: ["10 km"], UPDATE: ["about 10 km"], ROUNDUP: ["10 mi (16.09 km)"],
                                    EXPLAINER: ["about 6 mi (about 9.656 km)"]},
    ("arvan-earthquake", "deaths"): {FIRST: ["at least 860", "at least 860"], UPDATE: ["1,214", "1,214"],
                                     ROUNDUP: ["more than 1,200"], EXPLAINER: ["at least 1,214"]},
    ("arvan-earthquake", "injured"): {FIRST: ["more than 2,000"], UPDATE: ["3,412"], ROUNDUP: ["about 3,400"],
                                      EXPLAINER: ["3,412"]},
    # The first article's "DELMAR, March 4 (Meridian Wire) -" is a dateline, not the quake's date.
    ("arvan-earthquake", "date"): {UPDATE: ["March 4"], ROUNDUP: ["March 4"], EXPLAINER: ["March 4"]},
    ("arvan-aftershocks", "count"): {FIRST: ["24–100"], UPDATE: ["more than 40"], EXPLAINER: ["more than 40"]},
    ("arvan-aftershocks", "strongest"): {FIRST: ["5.9"], UPDATE: ["5.9"], EXPLAINER: ["5.9"]},
    ("unit-conversion", "conversion"): {FIRST: ["10 km (6 mi)", "30 km (19 mi)"], UPDATE: ["10 km (6 mi)"],
                                        ROUNDUP: ["10 mi (16 km)"]},
}


def invoke(*args: str):
    result = CliRunner().invoke(cli, [*args, "--rules", RULES, "--format", "json", ARTICLES])
    return result, json.loads(result.stdout)


def test_example_flags_exactly_the_wrong_depth():
    """The roundup's "10 miles (16 km)" is the only discrepancy; exit status 1."""
    result, report = invoke("check")
    assert result.exit_code == 1
    got = [(os.path.basename(f["path"]), f["line"], f["rule"], f["fact"]) for f in report["findings"]]
    assert got == [(ROUNDUP, 9, "arvan-earthquake", "depth")]
    finding = report["findings"][0]
    assert finding["column"] == 32 and finding["found"] == "10 miles" and finding["expected"] == "10 km"
    assert finding["quote"][finding["quote_column"] - 1:].startswith("10 miles")
    assert sorted(os.path.basename(r["path"]) for r in finding["related"]) == [FIRST, UPDATE, EXPLAINER]
    assert report["summary"] == {"articles": 4, "checks": 28, "passed": 27, "failed": 1, "skipped": 0,
                                 "findings": 1, "suppressed": 0, "baselined": 0, "stale": 0}


def test_example_fact_table_reads_every_article():
    result, table = invoke("facts")
    assert result.exit_code == 0
    assert [os.path.basename(a) for a in table["articles"]] == [FIRST, UPDATE, ROUNDUP, EXPLAINER]
    got = {(row["rule"], row["fact"]): {os.path.basename(path): [c["value"] for c in cells]
                                        for path, cells in row["cells"].items()}
           for row in table["facts"]}
    assert got == TABLE


@pytest.mark.parametrize("furniture", [
    "Read more: Why shallow earthquakes are so destructive",
    "Magnitude 6.2 quake jolts northern Japan",
    "Quake of magnitude 6.1 strikes off Chile coast",
    "Death toll in Lagos building collapse rises to 31",
    "Arvan earthquake: how to help",
])
def test_example_page_furniture_yields_no_facts(furniture):
    """Links and trending lists sit in the articles but are not read as facts; read
    as text, "Magnitude 6.2 quake jolts northern Japan" would be a wrong magnitude."""
    _, table = invoke("facts")
    for mention in table["mentions"]:
        assert furniture not in mention["quote"]


def test_example_other_events_are_out_of_scope():
    """The 1998 quake's magnitude 6.6 and 4,000 dead, and the aftershocks' 5.9, never
    count as the main quake's magnitude or toll."""
    _, table = invoke("facts")
    main = [m for m in table["mentions"] if m["rule"] == "arvan-earthquake"]
    assert main and not any("1998" in m["quote"] or "aftershock" in m["quote"].lower() for m in main)
