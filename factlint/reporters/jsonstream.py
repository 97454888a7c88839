"""JSON written piece by piece: the bytes `json.dumps(value, indent=2,
ensure_ascii=False)` gives, without the whole document in memory.

A `Stream` stands for a list whose items come from an iterator (a report's
checks, one at a time); every other value is encoded by the json module, so
numbers, strings and escapes are written exactly as before.
"""
from __future__ import annotations

import json
from json.encoder import encode_basestring  # what json.dumps(ensure_ascii=False) writes a string with
from typing import Any, Iterable, Iterator


class Stream:
    """A JSON list whose items are produced while it is written."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


def _holds_stream(value: Any) -> bool:
    if isinstance(value, Stream):
        return True
    if isinstance(value, dict):
        return any(isinstance(v, (Stream, dict, list)) and _holds_stream(v) for v in value.values())
    if isinstance(value, list):
        return any(isinstance(v, (Stream, dict, list)) and _holds_stream(v) for v in value)
    return False


def iterencode(value: Any, level: int = 0) -> Iterator[str]:
    """The pieces of `value` as indented JSON at nesting `level`."""
    pad = "  " * level
    if isinstance(value, (Stream, list)) and _holds_stream(value):
        items = value.items if isinstance(value, Stream) else value
        first = True
        for item in items:
            yield ("[\n" if first else ",\n") + pad + "  "
            yield from iterencode(item, level + 1)
            first = False
        yield "[]" if first else "\n" + pad + "]"
    elif isinstance(value, dict) and _holds_stream(value):
        first = True
        for key, item in value.items():
            yield ("{\n" if first else ",\n") + pad + "  " + json.dumps(key, ensure_ascii=False) + ": "
            yield from iterencode(item, level + 1)
            first = False
        yield "{}" if first else "\n" + pad + "}"
    else:
        try:
            yield _encode(value, pad)
        except _Unsupported:
            text = json.dumps(value, indent=2, ensure_ascii=False)
            # A newline in the text is always the encoder's own (strings escape theirs).
            yield text.replace("\n", "\n" + pad) if level else text


class _Unsupported(Exception):
    """A value _encode leaves to the json module (a key that is not a string, an unknown type)."""


def _encode(value: Any, pad: str) -> str:
    """`json.dumps(value, indent=2, ensure_ascii=False)` indented by `pad`, byte for byte.

    With an indent the json module encodes in Python, one generator step per
    token; a report's thousands of findings and checks, each a small dict, took
    half a second that way. The same decisions in the same order as
    json.encoder._make_iterencode: strings (and str enums) as strings, None,
    booleans, ints (int.__repr__), floats (NaN and infinities as json writes
    them), lists and tuples, dicts with string keys."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    inner = pad + "  "
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[\n" + inner + (",\n" + inner).join([_encode(v, inner) for v in value]) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unsupported
            parts.append(encode_basestring(key) + ": " + _encode(item, inner))
        return "{\n" + inner + (",\n" + inner).join(parts) + "\n" + pad + "}"
    raise _Unsupported


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return float.__repr__(value)
