"""Comparing facts across articles: references, consensus, tolerance, scopes and checks."""
import textwrap

import pytest

from factlint.compare.compare import compare
from factlint.extract.extract import extract_facts
from factlint.read.document import make_document
from factlint.rules import load_rules

BELGOROD = """\
id: belgorod
description: Attack on Belgorod
scope: [Belgorod]
facts:
  deaths:
    kind: count
    triggers: [kill*, dead, died]
  injured:
    kind: count
    triggers: [injur*]
    expected: 111
  date:
    kind: date
    triggers: [attack*, struck]
    expected: 2023-12-30
"""
KHARKIV = """\
id: kharkiv
description: Strike on Kharkiv
scope: [Kharkiv]
facts:
  deaths:
    kind: count
    triggers: [kill*, dead, died]
"""
RANGE = """\
id: range
description: Missile range
scope: [missile*]
facts:
  range:
    kind: quantity
    unit: km
    triggers: [range]
    tolerance: 5%
"""
RANGE_EXPECTED = RANGE + "    expected: 900 km\n"
EMBARGO = """\
id: embargo
scope: [embargo]
facts:
  since:
    kind: year
    triggers: [since]
    expected: 2006
    message: "embargo year is {found}, not {expected}"
    severity: warning
"""


def load(folder, **files):
    """Write YAML rules into `folder` and load them."""
    for name, text in files.items():
        (folder / f"{name}.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return load_rules(str(folder))


def run(rules, *articles):
    """Extract and compare in-memory articles named 0.txt, 1.txt, ...; (facts, findings, checks)."""
    docs = [make_document(f"{i}.txt", text) for i, text in enumerate(articles)]
    facts = [f for d in docs for f in extract_facts(d, rules)]
    findings, checks = compare(facts, rules, tuple(d.path for d in docs))
    return facts, findings, checks


def outcomes(checks, rule=None, fact=None):
    """{path: outcome} for the checks of one fact."""
    return {c.path: c.outcome for c in checks if (rule is None or c.rule == rule) and (fact is None or c.fact == fact)}


@pytest.fixture
def belgorod(tmp_path):
    """The Belgorod and Kharkiv rules."""
    return load(tmp_path, belgorod=BELGOROD, kharkiv=KHARKIV)


@pytest.mark.parametrize(
    "a, b, agree",
    [
        ("more than 20", "at least 21", True),
        ("more than 20", "20", False),
        ("more than 20", "24", True),
        ("at least 20", "20", True),
        ("nearly 30", "30", False),
        ("about 25", "24", True),
        ("dozens of", "30", True),
        ("between 20 and 25", "24", True),
        ("fewer than 10", "12", False),
    ],
    ids=["gt-vs-ge-overlap", "gt-vs-its-number", "gt-vs-larger", "ge-vs-its-number", "nearly-vs-number",
         "about-within-10pct", "vague-vs-number", "range-vs-inside", "lt-vs-larger"],
)
def test_overlap_agreement(belgorod, a, b, agree):
    """Two mentions agree when their intervals share a point."""
    facts, findings, checks = run(belgorod, f"The attack on Belgorod killed {a} people.",
                                  f"The attack on Belgorod killed {b} people.")
    assert [f.fact for f in facts if f.fact == "deaths"] == ["deaths", "deaths"]
    assert outcomes(checks, "belgorod", "deaths") == (
        {"0.txt": "passed", "1.txt": "passed"} if agree else {"0.txt": "failed", "1.txt": "failed"})
    assert len([f for f in findings if f.fact == "deaths"]) == (0 if agree else 2)


@pytest.mark.parametrize(
    "a, b, agree",
    [
        ("about 885 km", "900 km", True),
        ("885 km", "900 km", True),
        ("855 km", "900 km", True),
        ("850 km", "900 km", False),
        ("800 km", "900 km", False),
        ("550 miles", "900 km", True),
        ("500 miles", "900 km", False),
    ],
    ids=["approx-within-5pct", "exact-within-5pct", "edge-of-5pct", "just-outside-5pct",
         "outside-5pct", "miles-within", "miles-outside"],
)
def test_tolerance_by_consensus(tmp_path, a, b, agree):
    """Without an expected value, two mentions agree within the rule's tolerance, in its unit."""
    rules = load(tmp_path, range=RANGE)
    _, findings, checks = run(rules, f"The missile has a range of {a}.", f"The missile has a range of {b}.")
    assert set(outcomes(checks).values()) == ({"passed"} if agree else {"failed"})
    assert len(findings) == (0 if agree else 2)


@pytest.mark.parametrize(
    "text, passed",
    [("about 885 km", True), ("900 kilometres", True), ("860 km", True), ("800 km", False),
     ("more than 1,000 km", False), ("up to 900 km", True)],
    ids=["about-885", "spelled-900", "860-within-5pct", "800-outside", "more-than-1000", "up-to-900"],
)
def test_tolerance_against_expected(tmp_path, text, passed):
    """Against an expected value, a mention passes within the tolerance."""
    rules = load(tmp_path, range=RANGE_EXPECTED)
    _, findings, checks = run(rules, f"The missile has a range of {text}.")
    assert outcomes(checks) == {"0.txt": "passed" if passed else "failed"}
    if not passed:
        [finding] = findings
        assert finding.expected == "900 km"
        assert "(tolerance 5%)" in finding.message


def test_expected_flags_only_the_wrong_mention(belgorod):
    """With an expected value, only the mention that misses it is flagged, citing the right ones."""
    _, findings, checks = run(belgorod, "In Belgorod, 111 were injured.", "In Belgorod, 112 were injured.",
                              "In Belgorod, 111 people were injured.")
    assert outcomes(checks, "belgorod", "injured") == {"0.txt": "passed", "1.txt": "failed", "2.txt": "passed"}
    [finding] = findings
    assert (finding.path, finding.line, finding.column) == ("1.txt", 1, 14)
    assert finding.found == "112" and finding.expected == "111"
    assert finding.message == "Attack on Belgorod: found 112, expected 111"
    assert [(r.path, r.line, r.display) for r in finding.related] == [("0.txt", 1, "111"), ("2.txt", 1, "111")]


def test_expected_beats_majority(belgorod):
    """An expected value wins over a majority that disagrees with it."""
    _, findings, checks = run(belgorod, "In Belgorod, 112 were injured.", "In Belgorod, 112 were injured.",
                              "In Belgorod, 111 were injured.")
    assert outcomes(checks, "belgorod", "injured") == {"0.txt": "failed", "1.txt": "failed", "2.txt": "passed"}
    assert [f.path for f in findings] == ["0.txt", "1.txt"]


def test_consensus_flags_the_minority(belgorod):
    """Without an expected value, the odd one out is flagged and cites the majority."""
    _, findings, checks = run(belgorod, "The attack on Belgorod killed 24.", "The attack on Belgorod killed 24 people.",
                              "The attack on Belgorod killed 25 people.")
    assert outcomes(checks, "belgorod", "deaths") == {"0.txt": "passed", "1.txt": "passed", "2.txt": "failed"}
    [finding] = findings
    assert finding.path == "2.txt" and finding.found == "25" and finding.expected == "24"
    assert [(r.path, r.line, r.column, r.display) for r in finding.related] == [
        ("0.txt", 1, 31, "24"), ("1.txt", 1, 31, "24")]
    assert "(no majority)" not in finding.message


def test_tie_flags_both_sides(belgorod):
    """Two articles that disagree with no majority are both flagged, each citing the other."""
    _, findings, checks = run(belgorod, "The attack on Belgorod killed 24.", "The attack on Belgorod killed 25 people.")
    assert outcomes(checks, "belgorod", "deaths") == {"0.txt": "failed", "1.txt": "failed"}
    assert [(f.path, f.found, f.expected) for f in findings] == [("0.txt", "24", "25"), ("1.txt", "25", "24")]
    assert [r.path for r in findings[0].related] == ["1.txt"]
    assert [r.path for r in findings[1].related] == ["0.txt"]
    assert all("(no majority)" in f.message for f in findings)


def test_consensus_message_grammar(belgorod):
    """The consensus message agrees in number with its subject."""
    _, findings, _ = run(belgorod, "The attack on Belgorod killed 24.", "The attack on Belgorod killed 25 people.")
    assert "articles says" not in findings[0].message
    assert "deaths is 24" in findings[0].message


def test_disagreement_within_one_article(belgorod):
    """Two different values in one article are flagged, citing each other in that article."""
    text = "The attack on Belgorod killed 24. Later, Belgorod officials said 25 people died."
    _, findings, checks = run(belgorod, text)
    assert outcomes(checks, "belgorod", "deaths") == {"0.txt": "failed"}
    second = text.index("25") + 1
    assert [(f.found, f.column) for f in findings] == [("24", 31), ("25", second)]
    assert all("elsewhere in this article" in f.message for f in findings)
    assert [(r.path, r.column) for r in findings[0].related] == [("0.txt", second)]


def test_agreement_within_one_article(belgorod):
    """Repeating the same value in one article is not a disagreement."""
    _, findings, checks = run(belgorod, "The attack on Belgorod killed 24. Belgorod officials said 24 people died.")
    assert findings == []
    assert outcomes(checks, "belgorod", "deaths") == {"0.txt": "passed"}


def test_different_events_never_compared(belgorod):
    """Mentions under different rules (scopes) are not compared with each other."""
    facts, findings, checks = run(belgorod, "The attack on Belgorod killed 24 people.",
                                  "The strike on Kharkiv killed 2 people.")
    assert [(f.rule, f.fact, f.display) for f in facts] == [("belgorod", "deaths", "24"), ("kharkiv", "deaths", "2")]
    assert findings == []
    assert [(c.path, c.rule, c.outcome) for c in checks] == [
        ("0.txt", "belgorod", "skipped"), ("1.txt", "kharkiv", "skipped")]


def test_out_of_scope_sentence_yields_nothing(belgorod):
    """A sentence without a scope word is not a mention of the event."""
    facts, findings, checks = run(belgorod, "The attack killed 24 people.")
    assert facts == [] and findings == [] and checks == []


def test_checks_passed_failed_skipped(belgorod):
    """Each (article, fact) mentioned gets one check: passed, failed, or skipped with a reason."""
    _, _, checks = run(belgorod, "The attack on Belgorod killed 24 people and injured 111.",
                       "In Belgorod, 110 people were injured.")
    got = {(c.path, c.fact): (c.outcome, c.reason) for c in checks}
    assert got == {
        ("0.txt", "deaths"): ("skipped", "no expected value and no other mention to compare with"),
        ("0.txt", "injured"): ("passed", ""),
        ("1.txt", "injured"): ("failed", ""),
    }
    assert [c.path for c in checks] == ["0.txt", "0.txt", "1.txt"]


@pytest.mark.parametrize(
    "text, outcome",
    [("Ukraine struck Belgorod on December 30.", "passed"),
     ("Ukraine struck Belgorod on December 30, 2023.", "passed"),
     ("Ukraine struck Belgorod in late December.", "passed"),
     ("Ukraine struck Belgorod on December 31.", "failed"),
     ("Ukraine struck Belgorod on December 30, 2022.", "failed")],
    ids=["yearless-day", "full-date", "late-month-overlaps", "next-day", "wrong-year"],
)
def test_dates_against_expected(belgorod, text, outcome):
    """A date without a year is compared on month and day; overlapping ranges agree."""
    _, _, checks = run(belgorod, text)
    assert outcomes(checks, "belgorod", "date") == {"0.txt": outcome}


def test_custom_message_and_severity(tmp_path):
    """A fact's message template and severity are used in its findings."""
    rules = load(tmp_path, embargo=EMBARGO)
    _, findings, checks = run(rules, "North Korea has been under a UN arms embargo since 2006.",
                              "North Korea has been under a UN arms embargo since 2005.")
    assert outcomes(checks) == {"0.txt": "passed", "1.txt": "failed"}
    [finding] = findings
    assert finding.message == "embargo year is 2005, not 2006"
    assert finding.severity == "warning"


@pytest.mark.parametrize(
    "text, consistent",
    [("a range of 900 km (550 miles)", True), ("a range of 900 km (560 miles)", True),
     ("a range of 900 km (350 miles)", False), ("a range of 550 miles (885 km)", True)],
    ids=["rounded-down", "rounded-up", "wrong", "reverse"],
)
def test_unit_conversion_check(tmp_path, text, consistent):
    """A parenthesised conversion is checked without any rule."""
    rules = load(tmp_path, kharkiv=KHARKIV)
    facts, findings, checks = run(rules, f"The missile has {text}.")
    assert [f.rule for f in facts] == ["unit-conversion"]
    assert outcomes(checks) == {"0.txt": "passed" if consistent else "failed"}
    if not consistent:
        [finding] = findings
        assert finding.expected == "900 km is about 559 mi"
        assert finding.found.startswith("900 km (350 miles")


def test_conversion_span_includes_closing_parenthesis(tmp_path):
    """A conversion finding quotes the whole '900 km (350 miles)', closing parenthesis included."""
    rules = load(tmp_path, kharkiv=KHARKIV)
    _, [finding], _ = run(rules, "The missile has a range of 900 km (350 miles).")
    assert finding.found == "900 km (350 miles)"
