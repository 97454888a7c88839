"""Reporters: the text report's excerpts and failure blocks, the JSON schema, the fact table."""
from __future__ import annotations

import json

import pytest

from factlint.model import Check, Finding, Related, Report
from factlint.reporters import FACT_REPORTERS, REPORTERS
from factlint.reporters.options import DEFAULT
from factlint.reporters.text import excerpt, format_finding


@pytest.mark.parametrize("quote, column, end, text, offset", [
    ("Short sentence with 210 in it.", 21, 24, "Short sentence with 210 in it.", 20),
    ("x" * 300 + " 210 " + "y" * 300, 302, 305, None, None),
    ("210 starts a very long sentence " + "z" * 300, 1, 4, None, 0),
], ids=["fits-whole", "long-middle", "long-start"])
def test_excerpt_keeps_the_value_under_its_caret(quote, column, end, text, offset):
    """The excerpt holds the value at the reported offset; long quotes are cut with an ellipsis."""
    got, got_offset, width = excerpt(quote, column, end)
    assert got[got_offset:got_offset + width] == quote[column - 1:end - 1]
    if text is not None:
        assert got == text
    if offset is not None:
        assert got_offset == offset
    assert len(got) <= 102


FINDING = Finding(
    path="b.txt", line=3, column=5, rule="quake", fact="deaths", severity="error",
    message="deaths is 210, but 1 other article says 120", found="210", expected="120",
    quote="The toll is 210 now.", end_column=8, quote_column=13,
    related=(Related("a.txt", 1, 9, "120"),),
)
REPORT = Report(articles=("a.txt", "b.txt"), facts=(), findings=(FINDING,),
                checks=(Check("a.txt", "quake", "deaths", "passed"), Check("b.txt", "quake", "deaths", "failed")),
                rules=("quake",))


def test_failure_block():
    """Location, rule, found, expected, related mentions and an underlined quote."""
    assert format_finding(FINDING) == [
        "b.txt:3:5: error [quake.deaths] deaths is 210, but 1 other article says 120",
        "    found:    210",
        "    expected: 120",
        "    see:      a.txt:1:9 (120)",
        "  3 | The toll is 210 now.",
        "    |             ^^^",
    ]


def test_text_report_tally_and_marks():
    """One mark per check per article, a failures section and the closing line."""
    out = REPORTERS["text"].render(REPORT, DEFAULT).splitlines()
    assert "a.txt ." in out and "b.txt F" in out
    assert any("FAILURES" in line for line in out)
    assert out[-1] == "1 passed, 1 failed, 0 skipped"


def test_json_report_schema():
    """The documented top-level keys, finding fields and summary."""
    data = json.loads(REPORTERS["json"].render(REPORT, DEFAULT))
    assert list(data) == ["version", "tool", "articles", "findings", "checks", "summary", "errors", "times"]
    assert data["version"] == 1
    finding = data["findings"][0]
    for key in ("path", "line", "column", "rule", "fact", "severity", "message", "found", "expected", "related"):
        assert key in finding
    assert finding["related"] == [{"path": "a.txt", "line": 1, "column": 9, "found": "120"}]
    assert data["summary"] == {"articles": 2, "checks": 2, "passed": 1, "failed": 1, "skipped": 0, "findings": 1,
                               "suppressed": 0, "baselined": 0, "stale": 0}


def test_fact_table_with_no_facts():
    """An empty corpus still renders a header and the article legend."""
    out = FACT_REPORTERS["text"].render(Report(articles=("a.txt",), facts=(), checks=(), findings=()), DEFAULT)
    assert out.splitlines()[0].startswith("fact") and "[1] a.txt" in out
