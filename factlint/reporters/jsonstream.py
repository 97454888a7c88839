"""JSON written piece by piece: the bytes `json.dumps(value, indent=2,
ensure_ascii=False)` gives, without the whole document in memory.

A `Stream` stands for a list whose items come from an iterator (a report's
checks, one at a time); every other value is encoded by the json module, so
numbers, strings and escapes are written exactly as before.
"""
from __future__ import annotations

import json
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
        text = json.dumps(value, indent=2, ensure_ascii=False)
        # A newline in the text is always the encoder's own (strings escape theirs).
        yield text.replace("\n", "\n" + pad) if level else text
