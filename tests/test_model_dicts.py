"""The hand-written `to_dict`s of the model's records give what `dataclasses.asdict` gave:
the same keys in the same order, the same values, and a copy of a fact's value."""
from __future__ import annotations

import collections
from dataclasses import asdict

import pytest

from factlint.model import Check, Fact, Finding, Outcome, Related, Severity

_Pair = collections.namedtuple("_Pair", "low high")


@pytest.mark.parametrize("value", [
    {"lo": 12.0, "hi": 12.0, "lo_open": False, "hi_open": False},
    {"lo": None, "hi": 40.5, "unit": "km", "parts": [1, (2, 3), {"inner": "x"}]},
    {"phrase": "deputy mayor", "words": ("deputy", "mayor"), "flag": True},
    {"pair": _Pair(1, [2, 3])},
    {},
])
@pytest.mark.parametrize("scope_from", [None, "line 3: harbour fire"])
def test_fact_to_dict_is_asdict(value, scope_from):
    fact = Fact("a.md", 3, 7, 9, "fire", "deaths", "count", value, "12", "12", "Twelve died.", 0, scope_from)
    expected = asdict(fact)
    if scope_from is None:
        del expected["scope_from"]
    got = fact.to_dict()
    assert got == expected and list(got) == list(expected)
    assert got["value"] is not value  # a copy: changing it leaves the fact alone
    for key, item in value.items():
        if isinstance(item, (dict, list)):
            assert got["value"][key] is not item


@pytest.mark.parametrize("related", [(), (Related("b.md", 4, 1, "11"), Related("c.md", 9, 2, "13"))])
@pytest.mark.parametrize("expected_value", [None, "11"])
def test_finding_to_dict_is_asdict(related, expected_value):
    finding = Finding("a.md", 3, 7, "fire", "deaths", Severity.WARNING, "12 vs 11", "12", expected_value,
                      "Twelve died.", 9, 2, related)
    expected = asdict(finding)
    expected["related"] = [r.to_dict() for r in related]
    got = finding.to_dict()
    assert got == expected and list(got) == list(expected)
    assert got["severity"] is Severity.WARNING


@pytest.mark.parametrize("outcome", list(Outcome))
def test_check_to_dict_is_asdict(outcome):
    check = Check("a.md", "fire", "deaths", outcome, "why")
    assert check.to_dict() == asdict(check) and list(check.to_dict()) == list(asdict(check))
