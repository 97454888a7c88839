"""Suppression lines in an article: `factlint: ignore[RULE, ...] reason: WHY`, on a
line of its own or inside an HTML comment, silences those rules for the paragraph
after it. This module only reads them into records (the extract step keeps them
with the article's facts); factlint.compare.suppressions applies them.
"""
from __future__ import annotations

from typing import Protocol

import regex

from factlint.model import Suppression
from factlint.prose.patterns import lazy_compile

FORM = "factlint: ignore[RULE, ...] reason: WHY"


class Paragraphed(Protocol):
    """What `find_suppressions` needs of a document (factlint.read.document.Document)."""

    @property
    def path(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def paragraphs(self) -> tuple[tuple[int, int], ...]: ...

    def position(self, offset: int) -> tuple[int, int]: ...

    def source_offset(self, offset: int) -> int: ...


# A line of its own, maybe wrapped in an HTML comment; the directive is group 1.
# Only "factlint: ignore" starts one, so a quoted "factlint: error: ..." stays text.
_DIRECTIVE = lazy_compile(r"^\s*(?:<!--\s*)?(factlint\s*:\s*ignore\b.*?)\s*(?:-->)?\s*$", regex.IGNORECASE)
# A directive's "factlint", with the same flags: a text without it has no directive
# (one search of the whole article instead of a match per line, for nearly every article).
_NAME = lazy_compile(r"factlint", regex.IGNORECASE)
_IGNORE = lazy_compile(r"factlint\s*:\s*ignore\s*\[([^\]]*)\]\s*(?:reason\s*:\s*(.*))?$", regex.IGNORECASE)
_ID = lazy_compile(r"[^,\s](?:[^,]*[^,\s])?")


def may_hold_directive(text: str) -> bool:
    """False when no line of `text` can be a directive (it never names factlint)."""
    return _NAME.search(text) is not None


def is_directive(line: str) -> bool:
    """Whether a line of an article is a factlint directive rather than article text."""
    return _DIRECTIVE.match(line) is not None


def _parse(path: str, line: int, column: int, text: str, covered: tuple[int, int]) -> Suppression:
    m = _IGNORE.match(text)
    if m is None:
        return Suppression(path, line, column, text, (), "", *covered, error=f"expected {FORM}")
    ids = tuple((i.group(), column + m.start(1) + i.start()) for i in _ID.finditer(m.group(1)))
    if not ids:
        return Suppression(path, line, column, text, (), "", *covered, error="ignore[] names no rule")
    return Suppression(path, line, column, text, ids, (m.group(2) or "").strip(), *covered)


def find_suppressions(doc: Paragraphed) -> list[Suppression]:
    """The suppression lines of one article, each with the paragraph it covers."""
    if not may_hold_directive(doc.text):
        return []
    # Paragraphs are in layout offsets; suppression lines are lines of the source.
    spans = [(doc.position(doc.source_offset(s))[0], doc.position(doc.source_offset(e - 1))[0])
             for s, e in doc.paragraphs]
    found = []
    for number, line in enumerate(doc.text.split("\n"), 1):
        m = _DIRECTIVE.match(line)
        if m is None:
            continue
        covered = next(((first, last) for first, last in spans if first > number), (0, 0))
        found.append(_parse(doc.path, number, m.start(1) + 1, m.group(1), covered))
    return found


