"""Matching the words an editor lists in a rule (scope words, triggers, names).

A term matches as a whole word or phrase, ignoring case; spaces in a term also
match hyphens ("South African" finds "South-African"), a straight apostrophe also
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


def term_pattern(term: str, compounds: bool = True) -> str:
    """The regular expression for one term; with `compounds` false it does not
    match as the end of a hyphenated word ("range" in "short-range")."""
    wildcard = term.endswith("*")
    words = regex.split(r"[\s\-‐‑]+", term.rstrip("*").strip())
    parts = [regex.sub(r"['’]", "['’]", regex.escape(word)) for word in words]
    body = r"[\s\-‐‑]+".join(parts)
    tail = r"[\p{L}\p{N}]*" if wildcard else ""
    before = r"(?<![\p{L}\p{N}])" if compounds else r"(?<![\p{L}\p{N}]|\p{L}[-‐‑])"
    return rf"{before}{body}{tail}(?![\p{{L}}\p{{N}}])"


@lru_cache(maxsize=4096)
def compile_terms(terms: tuple[str, ...], compounds: bool = True) -> tuple[regex.Pattern, tuple[str, ...]] | None:
    """One pattern for a list of terms, longest first so "death toll" wins over
    "death"; with the terms in the order of the pattern's groups."""
    if not terms:
        return None
    ordered = tuple(sorted(terms, key=lambda t: (-len(t), t)))
    pattern = regex.compile("|".join(f"(?P<t{i}>{term_pattern(t, compounds)})" for i, t in enumerate(ordered)),
                            regex.IGNORECASE)
    return pattern, ordered


def has_term(terms: tuple[str, ...], text: str) -> bool:
    """Whether any of `terms` occurs in `text` (cheaper than finding them all)."""
    compiled = compile_terms(terms)
    return compiled is not None and compiled[0].search(text) is not None


def find_terms(terms: tuple[str, ...], text: str, compounds: bool = True) -> list[Hit]:
    """Every non-overlapping occurrence of any of `terms` in `text`."""
    compiled = compile_terms(terms, compounds)
    if compiled is None:
        return []
    pattern, ordered = compiled
    return [Hit(m.start(), m.end(), ordered[int(m.lastgroup[1:])]) for m in pattern.finditer(text)]
