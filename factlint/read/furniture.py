"""Page furniture: the lines of a saved page that are not the article.

Navigation bars, "Read more:" links, trending-headline lists, comment forms,
date headers and URL slugs are classified line by line so that they yield no
facts. Each rule here is about page layout, never about a particular site.
"""
from __future__ import annotations

from itertools import islice

import regex

from factlint.prose.dates import find_dates
from factlint.prose.patterns import lazy_compile

_LABELLED = lazy_compile(
    r"^\s*(?:read\s+more|also\s+read|read\s+also|see\s+also|related|disclaimer|tags?|photo|image|"
    r"credit|watch|listen|more\s+on\s+this|advertisement|sponsored|filed\s+under|posted\s+in)\s*:",
    regex.IGNORECASE,
)
# Labels of page parts: furniture when they stand alone as a short line without
# closing punctuation ("Comments", "Leave A Reply"), not when they open a sentence.
_SHORT_BOILERPLATE = lazy_compile(
    r"^\s*(?:leave\s+a\s+(?:reply|comment)|related\s+(?:posts?|articles?|stories|news|content)|"
    r"advertisement|sponsored(?:\s+content)?|share\s+(?:this|on)|follow\s+us|"
    r"sign\s+up|subscribe|trending(?:\s+now)?|most\s+(?:read|popular|viewed)|you\s+may\s+also\s+like|"
    r"recommended|skip\s+to\s+(?:main\s+)?content|comments?|post\s+comment|"
    r"post\s+navigation|previous\s+post|next\s+post|click\s+here|cancel\s+reply)\b",
    regex.IGNORECASE,
)
# Sentences that only ever appear in page furniture (comment forms, footers).
_BOILERPLATE_SENTENCE = lazy_compile(
    r"^\s*(?:your\s+email\s+address\s+will\s+not\s+be\s+published|required\s+fields\s+are\s+marked|"
    r"save\s+my\s+name,?\s+email|copyright\b|©|all\s+rights\s+reserved|"
    r"sign\s+up\s+for\s+(?:our|the)\s+newsletter|by\s+submitting\s+(?:this|your)|"
    r"this\s+site\s+uses\s+(?:akismet|cookies))",
    regex.IGNORECASE,
)
# A breadcrumb trail: "Home > World > Europe", "Current: Home › Business": the page's
# place in its site, often run together with the headline it leads to.
_BREADCRUMB = lazy_compile(r"^\s*(?:\p{L}+(?:\s+\p{L}+){0,3}\s*:\s*)?(?i:home)\s*[>›»]\s*\S")
_URL = lazy_compile(r"^\s*(?:https?://|www\.)\S+\s*$", regex.IGNORECASE)
_BYLINE = lazy_compile(r"^\s*(?:By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,5}\s*(?:[,|·].{0,60})?$")
_SEPARATOR = lazy_compile(r"^\s*[-–—*•·|_=~#]+\s*$")
_SLUG = lazy_compile(r"^\s*[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+){3,}\s*$")
_DATE_LEFTOVER = lazy_compile(
    r"^[\s,.|:·•/-]*(?:(?:updated|published|posted|last\s+updated|on)\b[\s,.|:·•/-]*)*"
    r"(?:\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?[\s,.|:·•/-]*)?(?:[A-Z]{2,4}[\s,.|:·•/-]*)?$",
    regex.IGNORECASE,
)
# A word that can be neither in a date nor in what _DATE_LEFTOVER allows around one
# (tells most lines apart without looking for dates).
_NOT_DATE_WORD = lazy_compile(
    r"(?<![\p{L}\p{N}])(?!(?:\d+(?:st|nd|rd|th|am|pm|a|p)?|[a-z]{1,4}|updated|published|posted|early|start|"
    r"beginning|january|february|march|april|june|july|august|september|october|november|december|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)(?![\p{L}\p{N}]))[\p{L}\p{N}]+",
    regex.IGNORECASE,
)
_NAV_SPLIT = lazy_compile(r"\s*(?:,|\||·|•|/|»)\s*")
_WORD = lazy_compile(r"[\p{L}\p{N}]+")
# What the line-start patterns above match at all, as one pattern: a line none of
# them matches (nearly every line of an article) costs one call instead of seven,
# each call of the `regex` module costing some 5,000 instructions however soon
# it fails. Each keeps its own flags; the order is classify_line's.
# (pattern, whether it ignores case: the flag each was compiled with)
_STARTS = ((_SEPARATOR, False), (_LABELLED, True), (_SHORT_BOILERPLATE, True), (_BOILERPLATE_SENTENCE, True),
           (_URL, True), (_BYLINE, False), (_SLUG, False))
_LINE_START = lazy_compile("|".join(f"(?i:{p.pattern})" if nocase else f"(?:{p.pattern})" for p, nocase in _STARTS))
# The characters `regex` reads as \s in a str pattern: str.isspace() less U+001C-U+001F.
# `line.rstrip(BLANKS)` is what `\s*$` leaves, without a call of the regex engine.
BLANKS = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


def _ends_with(line: str, marks: str) -> bool:
    """Whether `line`'s last character before trailing blanks is one of `marks`
    (the pattern `[marks]\\s*$`)."""
    kept = line.rstrip(BLANKS)
    return bool(kept) and kept[-1] in marks


_TERMINAL_MARKS = ".!?:;,”\"’')"
_SENTENCE_MARKS = ".!?"
_QUESTION_MARKS = "?!"
# The patterns _ends_with answers for, kept as its specification (tests/read/test_furniture.py
# holds them to the same answers); (?r): tested only, searched from the end.
_TERMINAL = lazy_compile(r"(?r)[.!?:;,”\"’')]\s*$")
_SENTENCE_END = lazy_compile(r"(?r)[.!?]\s*$")
_QUESTION_END = lazy_compile(r"(?r)[?!]\s*$")


def _words(line: str, limit: int = 20) -> int:
    """The number of words in `line`, counted up to limit + 1 (a long paragraph is not read through)."""
    return sum(1 for _ in islice(_WORD.finditer(line), limit + 1))


def _is_date_header(line: str) -> bool:
    if _NOT_DATE_WORD.search(line):
        return False
    dates = find_dates(line)
    if not dates:
        return False
    ends = [0] + [d.end for d in dates]
    starts = [d.start for d in dates] + [len(line)]
    rest = " ".join(line[e:s] for e, s in zip(ends, starts))
    return bool(_DATE_LEFTOVER.match(rest))


def _is_navigation(line: str) -> bool:
    if _ends_with(line, _SENTENCE_MARKS):
        return False
    items = [i for i in _NAV_SPLIT.split(line.strip()) if i]
    return len(items) >= 3 and all(
        1 <= _words(i) <= 4 and i[:1].isupper() for i in items)


def _is_headline_like(line: str) -> bool:
    """A short line with no closing punctuation: a headline, label or link text."""
    return not _ends_with(line, _TERMINAL_MARKS) and 0 < _words(line) <= 20


def classify_line(line: str) -> str | None:
    """Why one line, taken alone, is furniture; None when it may be article text."""
    if not line.strip():
        return None
    if _LINE_START.match(line):
        why = _starting(line)
        if why:
            return why
    if _is_date_header(line):
        return "date header"
    if _is_navigation(line) or (">" in line or "›" in line or "»" in line) and _BREADCRUMB.match(line):
        return "navigation"
    return None


def _starting(line: str) -> str | None:
    """Furniture known by how the line starts (a line _LINE_START matches)."""
    if _SEPARATOR.match(line):
        return "separator"
    if _LABELLED.match(line):
        return "link or label"
    if _SHORT_BOILERPLATE.match(line) and _words(line) <= 8 and not _ends_with(line, _SENTENCE_MARKS):
        return "page boilerplate"
    if _BOILERPLATE_SENTENCE.match(line):
        return "page boilerplate"
    if _URL.match(line):
        return "URL"
    if _BYLINE.match(line):
        return "byline"
    if _SLUG.match(line):
        return "URL slug"
    return None


def wrapped_lines(lines: list[str]) -> set[int]:
    """Lines (1-based) of hard-wrapped text: those that stop mid-sentence before a
    line going on in lower case or with a number, and the lines that go on."""
    wrapped: set[int] = set()
    for number in range(1, len(lines)):
        line, nxt = lines[number - 1], lines[number].lstrip()
        if line.strip() and nxt and not _ends_with(line, _TERMINAL_MARKS) and (nxt[0].islower() or nxt[0].isdigit()):
            wrapped.update((number, number + 1))
    return wrapped


def classify_lines(lines: list[str], wrapped: set[int] | None = None) -> dict[int, str]:
    """Furniture lines of a page: {line number (1-based): reason}."""
    reasons: dict[int, str] = {}
    for number, line in enumerate(lines, 1):
        why = classify_line(line)
        if why:
            reasons[number] = why
    _mark_lists(lines, reasons, wrapped_lines(lines) if wrapped is None else wrapped)
    return reasons


def _mark_lists(lines: list[str], reasons: dict[int, str], wrapped: set[int]) -> None:
    """Mark lists of other stories' headlines: items between separator lines, or
    three or more headline-like lines in a row (blank lines aside) once the
    article has begun; above the first paragraph they are its own headline,
    standfirst and byline."""
    run: list[int] = []
    separators = 0
    body_seen = False
    announced = False  # the last article line ends in a colon: "The results in full:"

    def close() -> None:
        nonlocal run, separators
        items = [n for n in run if reasons.get(n) != "separator"]
        headline_items = [n for n in items if n not in reasons]
        # A list the article announces ("The results in full:") is the article's own.
        if ((separators >= 2 and items) or (len(items) >= 3 and body_seen)) and not (announced and not separators):
            for n in headline_items:
                reasons[n] = "headline list"
        run, separators = [], 0

    after_separator = False
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        why = reasons.get(number)
        if why == "separator":
            run.append(number)
            separators += 1
        elif why is not None or (_is_headline_like(line) and number not in wrapped):
            run.append(number)
        elif after_separator and _words(line) <= 20 and _ends_with(line, _QUESTION_MARKS):
            run.append(number)  # a question or exclamation headline between separators
        else:
            close()
            body_seen = True
            announced = line.rstrip().endswith(":")
        after_separator = why == "separator"
    close()
