"""Splitting article text into sentences, keeping exact offsets.

Hand-written rather than pysbd: pysbd takes about 12 ms for a 4 KB article,
which alone would cap an archive run near 80 articles a second; news prose
needs only abbreviations and initials handled to split well.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from factlint.prose.patterns import lazy_compile

# Titles before a name: never the end of a sentence ("Mr. Smith", "Mt. Fuji").
TITLES = frozenset(
    "mr mrs ms messrs dr prof st gen lt col maj capt sgt adm cmdr gov sen rep pres rev hon mt ft supt insp "
    "amb det cpl pvt brig atty dep asst".split()
)
# Other abbreviations: they end a sentence only before a word that starts one
# ("Pitt, Briggs & Co. It closed", "in the U.S. How about").
ABBREVIATIONS = frozenset(
    "sr jr vs etc inc ltd co corp dept approx ca cf al bros ave blvd est".split()
)
# Abbreviations that are also words ("he said no."): abbreviations only before a number.
NUMBERED_ABBREVIATIONS = frozenset(
    "no nos n° nº vol fig p pp jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Words that open sentences far more often than they follow an abbreviation mid-sentence.
SENTENCE_STARTERS = frozenset(
    "i it he she we they you this that these those there their his her its our my how what when where who why "
    "however but and so yet then meanwhile still did do does is are was were will would can could should "
    "if as the after before while".split()
)
MAX_SENTENCE = 2000  # characters; see _pieces
CONTEXT = 100  # characters around a full stop that decide whether it ends a sentence
# A run of full stops with single spaces (". . ." or "...") is an ellipsis; see _ellipsis_cut.
_BOUNDARY = lazy_compile(r"(?:\.(?:\s?\.)+|[.!?]+)[”\"’')\]]*(?=\s)")
_LAST_TOKEN = lazy_compile(r"(?r)([\p{L}\p{N}.°º]+)\.$")  # searched from the end: one step, not one per character
_LAST_WORD = lazy_compile(r"(?r)(\S+)$")
_TERMINAL = lazy_compile(r"(?r)[.!?:;”\"’')\]]\s*$")  # tested only: (?r) searches from the end
_DIGIT_NEXT = lazy_compile(r"\s*\d")
_LOWER_NEXT = lazy_compile(r"\s*\p{Ll}")
_NEXT_WORD = lazy_compile(r"\s*[\"“‘'(]?(\p{L}+)")
_WORDS = lazy_compile(r"[\p{L}\p{N}]+")
_TITLE_NEXT = lazy_compile(r"\s*(?:" + "|".join(t.capitalize() for t in TITLES) + r")\.\s")
# "At 5 a.m. Mr. Varga left": a time in the sentence's first words is followed by its clause.
FRONTED_TIME_WORDS = 4
_NUMBER_TOKEN = lazy_compile(r"\d+(?:\.\d+)+")
_WEB = lazy_compile(r"@|://|^www\.", regex.IGNORECASE)
# A numbered or lettered list run into one paragraph: "1. The first item 2. The second".
_LIST_MARKER = lazy_compile(r"(?:^|(?<=\s))(?:[•⁃·-]\s*)?(?P<label>\d{1,2}|[a-z])(?:\.\)|\)|\.)(?=\s)")


@dataclass(frozen=True)
class Sentence:
    """A sentence: its text and where it sits in the article (character offsets)."""

    start: int
    end: int
    text: str


def _starts_sentence(after: str) -> bool:
    m = _NEXT_WORD.match(after)
    return m is not None and m.group(1)[0].isupper() and m.group(1).lower() in SENTENCE_STARTERS


def _is_abbreviation(before: str, after: str) -> bool:
    word = _LAST_WORD.search(before)
    if word and _WEB.search(word.group(1)):
        return False  # an e-mail address or a web address ends with the sentence
    m = _LAST_TOKEN.search(before)
    if not m:
        return False
    token = m.group(1)
    lower = token.lower()
    if lower in NUMBERED_ABBREVIATIONS:
        return bool(_DIGIT_NEXT.match(after))
    if _NUMBER_TOKEN.fullmatch(token):
        return False  # "$100.00." ends a sentence; the dot inside is a decimal point
    if lower in TITLES:
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        return not _starts_sentence(after)  # an initial ("John F. Kennedy"), or the pronoun ("you and I. Did")
    if lower in ("a.m", "p.m") and _TITLE_NEXT.match(after) and len(_WORDS.findall(before)) > FRONTED_TIME_WORDS:
        return False  # "He left at 6 P.M. Mr. Varga stayed": a time at the end, a name opening the next
    if "." in token or lower in ABBREVIATIONS:
        return not _starts_sentence(after)  # "U.S.", "a.m.", "e.g.", "Co."
    return False


def _ellipsis_cut(text: str, m: regex.Match, end: int) -> int | None:
    """Where an ellipsis ends a sentence, if it does: "period . . . . Next" after the
    fourth dot; "compounds. . . . The" after the first, the rest opening the next
    sentence; ". . ." or "..." alone goes on."""
    dots = m.group().count(".")
    glued = m.start() > 0 and not text[m.start() - 1].isspace()
    if dots < 4:
        return None
    if not glued or " " not in m.group():
        return m.end()  # "period . . . . Next", "that.... She"
    word = _NEXT_WORD.match(text, m.end(), min(end, m.end() + CONTEXT))
    if word and word.group(1)[0].isupper():
        return m.start() + 1
    return None


def _list_markers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The item markers of a paragraph that is a run-in list ("1.) first 2.) second",
    "a. first b. second"), or [] when it is not one: the first marker opens the
    paragraph and the next carries the next label."""
    if not _LIST_MARKER.match(text, start, end):
        return []  # most paragraphs: no marker at the start, no need to look further
    markers = list(_LIST_MARKER.finditer(text, start, min(end, start + 20 * CONTEXT)))
    if len(markers) < 2 or markers[0].start() != start:
        return []
    chain = [markers[0]]
    for m in markers[1:]:
        if _follows(chain[-1].group("label"), m.group("label")):
            chain.append(m)
    return [(m.start(), m.end()) for m in chain] if len(chain) >= 2 else []


def _follows(a: str, b: str) -> bool:
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    return a.isalpha() and b.isalpha() and len(a) == len(b) == 1 and ord(b) == ord(a) + 1


def split_sentences(text: str, start: int, end: int) -> list[Sentence]:
    """Sentences of the paragraph text[start:end]."""
    while start < end and text[start].isspace():
        start += 1
    markers = _list_markers(text, start, end)
    cuts = [s for s, _ in markers[1:]]
    sentence_start = start
    for m in _BOUNDARY.finditer(text, start, end):
        mark, at, past = m.group(), m.start(), m.end()
        if markers and any(s <= at < e for s, e in markers):
            continue  # the full stop of "2." in a list
        if cuts:
            sentence_start = max([sentence_start] + [c for c in cuts[-3:] if c <= at])
        dots = mark.count(".")
        if dots >= 2 and mark[0] == ".":
            cut = _ellipsis_cut(text, m, end)
            if cut is not None:
                cuts.append(cut)
            continue
        # Only the next few characters matter; a slice to the paragraph's end
        # would make a paragraph of many sentences quadratic.
        after = text[past:min(end, past + CONTEXT)]
        if dots == 1 and mark[0] == "." and _is_abbreviation(text[max(sentence_start, at + 1 - CONTEXT):at + 1], after):
            continue
        # '"Did they know?" he asked.', "(He worked as an engineer.) at the", "Yahoo! in":
        # the sentence goes on after the quote, bracket or exclamation.
        if (mark[-1] in "”\"’')]" or mark[0] in "!?") and _LOWER_NEXT.match(after):
            continue
        cuts.append(past)
    sentences = []
    cursor = start
    for cut in sorted(set(cuts)):
        if cursor < cut < end:
            sentences.append((cursor, cut))
            cursor = cut
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
_CLAUSE_BREAK = lazy_compile(r";|,\s+(?=(?:while|whereas|but|although|though|even\s+as|unlike)\b)", regex.IGNORECASE)
_FRONTED = lazy_compile(r"^(?:While|Whereas|Although|Though|Unlike)\b[^,;]*,")


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
