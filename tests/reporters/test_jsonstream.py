"""The streamed JSON writer gives the bytes of json.dumps(indent=2, ensure_ascii=False)."""
from __future__ import annotations

import json
from enum import IntEnum, StrEnum

import pytest

from factlint.reporters.jsonstream import Stream, iterencode


class Colour(StrEnum):
    RED = "red"


class Level(IntEnum):
    HIGH = 3


VALUES = [
    {}, [], (), "", "plain", "Ünïcödé ✓ 北京", "quote \" backslash \\ tab \t newline \n nul \x00 \u2028",
    None, True, False, 0, -7, 10**30, 1.5, -0.0, 1e16, 1e-7, float("nan"), float("inf"), -float("inf"),
    Colour.RED, Level.HIGH, [1, "a", None, [], {}], (1, (2, 3)),
    {"path": "a/b.txt", "line": 12, "found": "Verlinden, Kell", "related": [{"path": "c.md", "line": 3}, {}]},
    {"nested": {"deeper": {"list": [[[]], [{"k": [True, False]}]]}}, "empty": [], "e": {}},
    {"outcome": Colour.RED, "level": Level.HIGH, "value": {"lo": 4.0, "hi": None, "lo_open": False}},
    {1: "an int key", "s": 2}, {None: 1}, {2.5: "float key"}, {True: "bool key"},
]


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("level", [0, 1, 3])
def test_encoding_matches_the_json_module(value, level):
    expected = json.dumps(value, indent=2, ensure_ascii=False)
    if level:
        expected = expected.replace("\n", "\n" + "  " * level)
    assert "".join(iterencode(value, level)) == expected


def test_a_stream_inside_a_document_writes_the_same_bytes_as_a_list():
    items = [{"rule": "quake", "outcome": Colour.RED, "n": i, "related": [{"x": 1.25}]} for i in range(3)]
    document = {"version": 1, "checks": items, "summary": {"articles": 3}}
    streamed = {"version": 1, "checks": Stream(iter(items)), "summary": {"articles": 3}}
    assert "".join(iterencode(streamed)) == json.dumps(document, indent=2, ensure_ascii=False)


def test_a_value_the_json_module_refuses_is_refused_the_same_way():
    with pytest.raises(TypeError):
        "".join(iterencode({"when": object()}))
