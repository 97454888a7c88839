"""The percentage and money kinds (issue 11, item 9): what each claims, how it
compares, and the keys that shape it. Rules and passages are invented."""
import textwrap

import pytest

from factlint.compare.compare import compare
from factlint.errors import RuleError
from factlint.extract.extract import extract_facts
from factlint.read.document import make_document
from factlint.rules import load_rule_file

VOTE = """\
id: carrow-vote
description: Vote shares at the Carrow county election
scope:
  any: [vote, votes, vote share, share of the vote]
facts:
  greens:
    kind: percentage
    share_of: [vote, votes, vote share]
    triggers: [Green*]
    expected: 41.3
    tolerance: 0.1
    rounding: true
"""

COST = """\
id: varna-bridge
description: Cost of the new Varna bridge
scope: [bridge]
facts:
  cost:
    kind: money
    currency: USD
    triggers: [cost, costs, price tag, estimate]
    expected: 3.2 billion
    tolerance: 10%
"""


def rule(tmp_path, text):
    path = tmp_path / "rule.yaml"
    path.write_text(text)
    loaded, problems = load_rule_file(str(path))
    assert loaded is not None, problems
    return loaded


def read(rule_, passage):
    doc = make_document("article.txt", passage)
    facts = [f for f in extract_facts(doc, (rule_,)) if f.rule == rule_.id]
    findings, _ = compare(facts, (rule_,), (doc.path,))
    return facts, findings


@pytest.mark.parametrize(
    "passage, display, flagged",
    [
        ("The Greens won with 41.3% of the vote.", "41.3%", False),
        ("The Greens won with 41.3 per cent of the vote.", "41.3%", False),
        ("The Greens won with 41.3 percent of the vote.", "41.3%", False),
        ("The Greens won with 41.3pc of the vote.", "41.3%", False),
        ("The Greens' vote share rose to 41%.", "41%", False),
        ("The Greens' vote share rose to about 41 per cent.", "about 41%", False),
        ("The Greens took two fifths of the vote.", "two fifths", False),
        ("The Greens won 58.4% of seats and 41.3% of the vote.", "41.3%", False),
        ("The Greens won on a vote share of just 41.3%, their best since the war.", "41.3%", False),
        ("The Greens won with just 43% of the vote.", "43%", True),
        ("The Greens' vote share fell to 40.9%.", "40.9%", True),
        ("The Greens won half of the votes.", "half", True),
        ("The Greens won more than 45% of the vote.", "more than 45%", True),
    ],
    ids=["percent-sign", "per-cent", "percent", "pc", "rounded-agrees", "about", "two-fifths-of-the-vote",
         "seats-left-out", "share-word-before", "rounded-disagrees", "decimal-disagrees", "half-of", "more-than"],
)
def test_percentage_claims_and_agreement(tmp_path, passage, display, flagged):
    """Shares in per cent or as fractions are claimed and compared in points, with rounding."""
    facts, findings = read(rule(tmp_path, VOTE), passage)
    assert [f.display for f in facts] == [display]
    assert bool(findings) is flagged


@pytest.mark.parametrize(
    "passage",
    [
        "The Greens gained 5.2 percentage points of the vote.",
        "The Greens won 58.4% of the seats.",
        "The Greens won two thirds of the seats in the vote.",
    ],
    ids=["points-are-a-change", "share-of-seats", "fraction-of-seats"],
)
def test_percentage_leaves_out_other_measures(tmp_path, passage):
    """A change in points, or a share of something not in share_of, is no claim."""
    facts, _ = read(rule(tmp_path, VOTE), passage)
    assert facts == []


def test_points_fact_takes_only_points(tmp_path):
    """With points: true, a change in percentage points is the fact and a share is not."""
    text = VOTE.replace("    rounding: true\n", "    points: true\n").replace("expected: 41.3", "expected: 5.2")
    facts, findings = read(rule(tmp_path, text), "The Greens gained 5.2 percentage points of the vote, to 41.3%.")
    assert [f.display for f in facts] == ["5.2 percentage points"]
    assert findings == []


@pytest.mark.parametrize(
    "passage, flagged",
    [
        ("The bridge will cost $3.2 billion.", False),
        ("The bridge will cost $3.2bn.", False),
        ("The bridge will cost US$3,200 million.", False),
        ("The bridge will cost 3.2 billion dollars.", False),
        ("The bridge's price tag is US$3.1bn.", False),
        ("The bridge will cost about $3.5 billion.", False),
        ("The bridge will cost USD 3.1 billion.", False),
        ("The bridge will cost $4.5 billion.", True),
        ("The new bridge could cost as much as $1.2 billion.", True),
        ("The bridge will cost upwards of $5 billion.", True),
        ("The bridge will cost between $1.2 billion and $1.4 billion.", True),
        ("The bridge estimate is $3 to $4 billion.", False),
    ],
    ids=["dollars-billion", "bn", "million-scale", "dollars-word", "us-dollars", "about", "iso-code",
         "too-low", "ceiling", "floor", "range-below", "range-covering"],
)
def test_money_agreement_across_scales(tmp_path, passage, flagged):
    """Sums compare as full amounts, with the rule's tolerance and the qualifier written."""
    facts, findings = read(rule(tmp_path, COST), passage)
    assert len(facts) == 1
    assert bool(findings) is flagged


@pytest.mark.parametrize(
    "passage",
    ["The bridge will cost €9 billion.", "The bridge will cost £4bn.", "The bridge will cost 9 billion euros."],
    ids=["euro-sign", "pound-sign", "euros-word"],
)
def test_money_in_another_currency_is_no_claim(tmp_path, passage):
    """A sum in another currency is not the fact, as a weight is not a distance."""
    facts, _ = read(rule(tmp_path, COST), passage)
    assert facts == []


def test_money_display_keeps_the_written_sum(tmp_path):
    """The display shows the sum as written and as a full amount."""
    facts, _ = read(rule(tmp_path, COST), "The bridge will cost $3.2bn.")
    assert facts[0].display == "$3.2bn ($3.2 billion)"


@pytest.mark.parametrize(
    "text, problem",
    [
        (COST.replace("currency: USD", "currency: doubloons"), "unknown currency"),
        (COST.replace("expected: 3.2 billion", "expected: lots"), "cannot read 'lots' as a sum"),
        (COST.replace("expected: 3.2 billion", "expected: 5 billion euros"), "is not in USD"),
        (VOTE.replace("rounding: true", "rounding: often"), "expected true or false"),
        (VOTE.replace("share_of: [vote, votes, vote share]", "share_of: 3"), "expected a word or a list of words"),
        (VOTE.replace("expected: 41.3", "expected: a lot"), "cannot read 'a lot' as a percentage"),
        (VOTE.replace("tolerance: 0.1", "tolerance: 5%"), "not a percentage"),
    ],
    ids=["currency", "money-expected", "money-other-currency", "rounding", "share-of", "percent-expected",
         "relative-tolerance"],
)
def test_bad_keys_are_clear_errors(tmp_path, text, problem):
    """Bad values of the new keys are one-line rule errors."""
    path = tmp_path / "rule.yaml"
    path.write_text(textwrap.dedent(text))
    loaded, problems = load_rule_file(str(path))
    assert loaded is None
    assert any(problem in str(p) for p in problems), problems


@pytest.mark.parametrize(
    "expected, lo, hi",
    [("41.3", 41.3, 41.3), ("41.3%", 41.3, 41.3), ("between 48.5 and 50", 48.5, 50), ("about 60 per cent", 60, 60)],
    ids=["bare", "with-sign", "range", "about"],
)
def test_percentage_expected_forms(tmp_path, expected, lo, hi):
    """`expected` of a percentage is a number, a percentage or a range."""
    loaded = rule(tmp_path, VOTE.replace("expected: 41.3", f"expected: {expected}"))
    value = loaded.facts[0].expected
    assert (value["lo"], value["hi"]) == (pytest.approx(lo), pytest.approx(hi))


def test_load_raises_nothing_on_good_rules(tmp_path):
    """Both example rules load without problems (the helper would fail otherwise)."""
    try:
        rule(tmp_path, VOTE)
        rule(tmp_path, COST)
    except RuleError as exc:  # pragma: no cover - shows the problems
        pytest.fail(str(exc))


@pytest.mark.parametrize(
    "passage, display, flagged",
    [
        ("The Greens won more than a third of the vote.", "more than a third", False),
        ("The Greens won just over two fifths of the vote.", "just over two fifths", False),
        ("The Greens won almost half of the vote.", "almost half", True),
        ("The Greens won nearly two fifths of the vote.", "nearly two fifths", False),
        ("The Greens won less than a quarter of the vote.", "less than a quarter", True),
        ("The Greens won more than half of the vote.", "more than half", True),
    ],
    ids=["more-than-a-third", "just-over-two-fifths", "almost-half", "nearly-two-fifths", "less-than-a-quarter",
         "more-than-half"],
)
def test_a_qualified_fraction_is_a_share_too(tmp_path, passage, display, flagged):
    """"more than a third of the vote" is a bound in per cent, as loose as the fraction."""
    facts, findings = read(rule(tmp_path, VOTE), passage)
    assert [f.display for f in facts] == [display]
    assert bool(findings) is flagged


EURO = COST.replace("currency: USD", "currency: EUR").replace("expected: 3.2 billion", "expected: 10 million")
POUND = COST.replace("currency: USD", "currency: GBP").replace("expected: 3.2 billion", "expected: 2 billion")


@pytest.mark.parametrize(
    "text, passage, flagged",
    [
        (EURO, "The bridge will cost €10M.", False),
        (EURO, "The bridge will cost €10m.", False),
        (EURO, "The bridge will cost 10 million euros.", False),
        (EURO, "The bridge will cost EUR 10 million.", False),
        (EURO, "The bridge will cost €10,000,000.", False),
        (EURO, "The bridge will cost €12M.", True),
        (POUND, "The bridge will cost £2bn.", False),
        (POUND, "The bridge will cost £2 billion.", False),
        (POUND, "The bridge will cost GBP 2bn.", False),
        (POUND, "The bridge will cost £2,000m.", False),
        (POUND, "The bridge will cost £3bn.", True),
    ],
    ids=["euro-M", "euro-m", "euros-word", "eur-code", "euro-digits", "euro-wrong", "pound-bn", "pound-billion",
         "gbp-code", "pound-million-scale", "pound-wrong"],
)
def test_currencies_and_scales_are_normalised(tmp_path, text, passage, flagged):
    """Every written form of a sum in the rule's currency is one amount."""
    facts, findings = read(rule(tmp_path, text), passage)
    assert len(facts) == 1
    assert bool(findings) is flagged
