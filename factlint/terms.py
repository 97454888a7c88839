"""Matching the words an editor lists in a rule (scope words, triggers, names).

A term matches as a whole word or phrase, ignoring case; spaces in a term also
match hyphens ("North Korean" finds "North-Korean"), a straight apostrophe also
matches a curly one, and a final `*` matches any ending ("injur*").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex


@dataclass(frozen=True)
class Hit:
    """Where a term was found in a piece of text."""

    start: int
    end: int
    term: str


def term_pattern(term: str) -> str:
    """The regular expression for one term."""
    wildcard = term.endswith("*")
    words = regex.split(r"[\s\-‐‑]+", term.rstrip("*").strip())
    parts = [regex.sub(r"['’]", "['’]", regex.escape(word)) for word in words]
    body = r"[\s\-‐‑]+".join(parts)
    tail = r"[\p{L}\p{N}]*" if wildcard else ""
    return rf"(?<![\p{{L}}\p{{N}}]){body}{tail}(?![\p{{L}}\p{{N}}])"


@lru_cache(maxsize=4096)
def compile_terms(terms: tuple[str, ...]) -> regex.Pattern | None:
    """One pattern for a list of terms, longest first so "death toll" wins over "death"."""
    if not terms:
        return None
    ordered = sorted(terms, key=lambda t: (-len(t), t))
    return regex.compile("|".join(f"(?P<t{i}>{term_pattern(t)})" for i, t in enumerate(ordered)),
                         regex.IGNORECASE)


def find_terms(terms: tuple[str, ...], text: str) -> list[Hit]:
    """Every non-overlapping occurrence of any of `terms` in `text`."""
    pattern = compile_terms(terms)
    if pattern is None:
        return []
    ordered = sorted(terms, key=lambda t: (-len(t), t))
    hits = []
    for m in pattern.finditer(text):
        index = int(m.lastgroup[1:])
        hits.append(Hit(m.start(), m.end(), ordered[index]))
    return hits
