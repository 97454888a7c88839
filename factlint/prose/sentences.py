"""Splitting article text into sentences, keeping exact offsets.

Hand-written rather than pysbd: pysbd takes about 12 ms for a 4 KB article,
which alone would cap an archive run near 80 articles a second; news prose
needs only abbreviations and initials handled to split well.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st gen lt col maj capt sgt adm cmdr gov sen rep pres rev hon "
    "vs etc inc ltd co corp dept approx ca cf al".split()
)
# Abbreviations that are also words ("he said no."): abbreviations only before a number.
NUMBERED_ABBREVIATIONS = frozenset(
    "no nos vol fig p pp jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
MAX_SENTENCE = 2000  # characters; see _pieces
CONTEXT = 100  # characters around a full stop that decide whether it ends a sentence
_BOUNDARY = regex.compile(r"[.!?]+[”\"’')\]]*(?=\s)")
_LAST_TOKEN = regex.compile(r"(?r)([\p{L}\p{N}.]+)\.$")  # searched from the end: one step, not one per character
_TERMINAL = regex.compile(r"[.!?:;”\"’')\]]\s*$")
_DIGIT_NEXT = regex.compile(r"\s*\d")
_LOWER_NEXT = regex.compile(r"\s*\p{Ll}")


@dataclass(frozen=True)
class Sentence:
    """A sentence: its text and where it sits in the article (character offsets)."""

    start: int
    end: int
    text: str


def _is_abbreviation(before: str, after: str) -> bool:
    m = _LAST_TOKEN.search(before)
    if not m:
        return False
    token = m.group(1)
    if token.lower() in NUMBERED_ABBREVIATIONS:
        return bool(_DIGIT_NEXT.match(after))
    if len(token) == 1 and token.isalpha():
        return True  # an initial: "John F. Kennedy"
    if "." in token:
        return True  # "U.S.", "a.m.", "e.g."
    return token.lower() in ABBREVIATIONS


def split_sentences(text: str, start: int, end: int) -> list[Sentence]:
    """Sentences of the paragraph text[start:end]."""
    sentences = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start, end):
        # Only the next few characters matter; a slice to the paragraph's end
        # would make a paragraph of many sentences quadratic.
        after = text[m.end():min(end, m.end() + CONTEXT)]
        before = text[max(cursor, m.start() + 1 - CONTEXT):m.start() + 1]
        if m.group().startswith(".") and m.group().count(".") == 1 and _is_abbreviation(before, after):
            continue
        # '"Did they know?" he asked.' goes on after the quote.
        if m.group()[-1] in "”\"’'" and _LOWER_NEXT.match(after):
            continue
        sentences.append((cursor, m.end()))
        cursor = m.end()
    sentences.append((cursor, end))
    result = []
    for s, e in sentences:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        for piece_start, piece_end in _pieces(text, s, e):
            result.append(Sentence(piece_start, piece_end, text[piece_start:piece_end]))
    return result


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut at white space into pieces of at most MAX_SENTENCE characters.

    No news sentence comes near the limit; text without full stops (a table, a
    data dump, a damaged file) does, and the per-sentence steps, which compare
    every value with every trigger word, must not grow with the whole file.
    """
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


# Clauses that set one event against another: "..., while two died in Nice",
# "...; in Lyon, ...", "While X happened, Y ...".
_CLAUSE_BREAK = regex.compile(r";|,\s+(?=(?:while|whereas|but|although|though|even\s+as|unlike)\b)", regex.IGNORECASE)
_FRONTED = regex.compile(r"^(?:While|Whereas|Although|Though|Unlike)\b[^,;]*,")


def clauses(sentence: Sentence) -> list[Sentence]:
    """The parts of a sentence that may speak of different events."""
    text = sentence.text
    cuts = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
    fronted = _FRONTED.match(text)
    if fronted:
        cuts.append(fronted.end())
    parts = []
    start = 0
    for cut in sorted(set(cuts)) + [len(text)]:
        piece = text[start:cut]
        stripped = piece.strip()
        if stripped:
            offset = start + piece.index(stripped)
            parts.append(Sentence(sentence.start + offset, sentence.start + offset + len(stripped), stripped))
        start = cut
    return parts


def paragraphs(lines: list[tuple[int, int]], text: str, hard_wrapped: bool = False) -> list[tuple[int, int]]:
    """Group body lines (start, end offsets) into paragraphs. A line that stops
    without closing punctuation before a lower-case or numeric start is wrapped;
    in hard-wrapped text (wire copy at 72 columns) every line break inside a
    block of lines is, since only blank lines end its paragraphs."""
    groups: list[tuple[int, int]] = []
    for s, e in lines:
        if groups:
            ps, pe = groups[-1]
            stripped = text[s:e].lstrip()
            goes_on = not _TERMINAL.search(text[ps:pe]) and (stripped[:1].islower() or stripped[:1].isdigit())
            if pe == s - 1 and (hard_wrapped or goes_on):
                groups[-1] = (ps, e)
                continue
        groups.append((s, e))
    return groups
