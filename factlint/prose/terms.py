"""Matching the words an editor lists in a rule (scope words, triggers, names).

A term matches as a whole word or phrase, ignoring case; spaces in a term also
match hyphens ("South African" finds "South-African"), a straight apostrophe also
matches a curly one, and a final `*` matches any ending ("injur*").

A term written between slashes, `/wound(ed|s)?/`, is a regular expression (the
`regex` module's syntax, ignoring case) that also matches whole words only. It
is checked when the rules load, and each search with it gets a time budget
(`regex_timeout`), so a pattern that backtracks without end costs one rule on
one article, not the run.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import regex

from factlint import patternstore
from factlint.errors import FactlintError

REGEX_TIMEOUT = 0.25  # seconds per search with one regular-expression term
_budget: ContextVar[float] = ContextVar("regex_budget", default=REGEX_TIMEOUT)
_WORD_BEFORE = r"(?<![\p{L}\p{N}])"
_WORD_BEFORE_NO_COMPOUND = r"(?<![\p{L}\p{N}]|\p{L}[-‐‑])"
_WORD_AFTER = r"(?![\p{L}\p{N}])"


class PatternTimeout(FactlintError):
    """A regular-expression term ran over its time budget on one text."""

    def __init__(self, term: str, seconds: float) -> None:
        self.term = term
        super().__init__(f"regular expression {term} gave up after {seconds:g} s (--regex-timeout); "
                         f"rule skipped for this article")


@contextmanager
def regex_timeout(seconds: float) -> Iterator[None]:
    """Give each regular-expression search `seconds` while the block runs."""
    token = _budget.set(seconds)
    try:
        yield
    finally:
        _budget.reset(token)


def current_regex_timeout() -> float:
    return _budget.get()


def set_regex_timeout(seconds: float) -> None:
    """Set the budget for the rest of this process (a worker process, which
    does not inherit the block that `regex_timeout` set in its parent)."""
    _budget.set(seconds)


def is_regex(term: str) -> bool:
    return len(term) > 2 and term.startswith("/") and term.endswith("/")


def regex_problem(term: str) -> str | None:
    """Why a `/pattern/` term cannot be used, or None when it can (or is a word)."""
    if not is_regex(term):
        return None
    pattern = term[1:-1]
    try:
        compiled = regex.compile(pattern, regex.IGNORECASE)
    except regex.error as exc:
        pos, msg = getattr(exc, "pos", None), getattr(exc, "msg", str(exc))  # the regex module's error carries both
        where = f" at position {pos}" if pos is not None else ""
        return f"invalid regular expression {pattern!r}{where}: {msg}"
    try:  # a lone ")" or a misplaced global flag can break the whole-word wrapping
        for compounds in (True, False):
            regex.compile(_regex_pattern(term, compounds), regex.IGNORECASE)
    except regex.error as exc:
        return f"invalid regular expression {pattern!r}: {getattr(exc, 'msg', exc)} (once wrapped to match whole words)"
    if compiled.fullmatch(""):
        return f"regular expression {pattern!r} matches empty text"
    return None


def _regex_pattern(term: str, compounds: bool) -> str:
    before = _WORD_BEFORE if compounds else _WORD_BEFORE_NO_COMPOUND
    return f"{before}(?:{term[1:-1]}){_WORD_AFTER}"


@dataclass(frozen=True)
class Hit:
    """Where a term was found in a piece of text."""

    start: int
    end: int
    term: str


def term_pattern(term: str, compounds: bool = True) -> str:
    """The regular expression for one term; with `compounds` false it does not
    match as the end of a hyphenated word ("range" in "short-range")."""
    before = _WORD_BEFORE if compounds else _WORD_BEFORE_NO_COMPOUND
    return f"{before}{_term_body(term)}{_WORD_AFTER}"


def _term_body(term: str) -> str:
    """A term's words, without the word-boundary checks around them."""
    wildcard = term.endswith("*")
    words = regex.split(r"[\s\-‐‑]+", term.rstrip("*").strip())
    parts = [regex.sub(r"['’]", "['’]", regex.escape(word)) for word in words]
    body = r"[\s\-‐‑]+".join(parts)
    tail = r"[\p{L}\p{N}]*" if wildcard else ""
    return f"{body}{tail}"


Compiled = tuple[regex.Pattern | None, tuple[str, ...], tuple[tuple[regex.Pattern, str], ...]]


@lru_cache(maxsize=4096)
def compile_terms(terms: tuple[str, ...], compounds: bool = True) -> Compiled | None:
    """One pattern for the word terms, longest first so "death toll" wins over
    "death", with the terms in the order of its groups; and one pattern for each
    regular-expression term, whose own groups must not clash with those."""
    if not terms:
        return None
    ordered = tuple(sorted((t for t in terms if not is_regex(t)), key=lambda t: (-len(t), t)))
    # One word-boundary check around the alternation, not one per term: the same
    # matches (a failed check after one term backtracks into the next), some 3-4x faster.
    before = _WORD_BEFORE if compounds else _WORD_BEFORE_NO_COMPOUND
    words = patternstore.compile(before + "(?:" + "|".join(f"(?P<t{i}>{_term_body(t)})" for i, t in enumerate(ordered))
                                 + ")" + _WORD_AFTER, regex.IGNORECASE) if ordered else None
    patterns = tuple((patternstore.compile(_regex_pattern(t, compounds), regex.IGNORECASE), t)
                     for t in terms if is_regex(t))
    return words, ordered, patterns


def _search_regex(pattern: regex.Pattern, term: str, text: str) -> list[regex.Match]:
    budget = _budget.get()
    try:
        return list(pattern.finditer(text, timeout=budget))
    except TimeoutError:
        raise PatternTimeout(term, budget) from None


def has_term(terms: tuple[str, ...], text: str) -> bool:
    """Whether any of `terms` occurs in `text` (cheaper than finding them all)."""
    compiled = compile_terms(terms)
    if compiled is None:
        return False
    words, _, patterns = compiled
    if words is not None and words.search(text) is not None:
        return True
    if not patterns:  # word terms only: the common case stays one search
        return False
    budget = _budget.get()
    for pattern, term in patterns:
        try:
            if pattern.search(text, timeout=budget) is not None:
                return True
        except TimeoutError:
            raise PatternTimeout(term, budget) from None
    return False


def find_terms(terms: tuple[str, ...], text: str, compounds: bool = True) -> list[Hit]:
    """Every non-overlapping occurrence of any of `terms` in `text`."""
    compiled = compile_terms(terms, compounds)
    if compiled is None:
        return []
    words, ordered, patterns = compiled
    hits = [Hit(m.start(), m.end(), ordered[int((m.lastgroup or 'g0')[1:])]) for m in words.finditer(text)] if words else []
    if not patterns:
        return hits
    hits += [Hit(m.start(), m.end(), term) for pattern, term in patterns for m in _search_regex(pattern, term, text)]
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):  # leftmost, then longest, as one alternation would
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept
