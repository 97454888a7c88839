"""title: a named person's title or role, wherever it is written.

Found before the name ("Treasury spokeswoman Ana Ruiz", "the ministry's
spokesman Tom Reyes", "A senior city official, Lena Moor,") or after it as an
appositive ("Jan Novak, governor of the northern Vela region,").
Titles are compared as sets of normalised words, so "spokesman for the
Transport Ministry" and "Transport Ministry spokesman" agree; the
head noun (spokesman, adviser, head...) and any rank word (deputy, acting...)
must match exactly. A past role ("former city press secretary", "a retired
rear admiral") says nothing about the present title and is not taken.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterator

import regex

from factlint.kinds.base import Claim, Option
from factlint.prose.patterns import lazy_compile
from factlint.prose.terms import find_terms, regex_problem
from factlint.prose.values import Value

KIND = "title"
DEFAULT_WINDOW = 0
UNUSED_KEYS = ("triggers", "window", "tolerance")  # a title is found next to the person's name


def _names(raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(v, str) and v.strip() for v in raw):
        raise ValueError("expected a list of non-empty strings")
    return tuple(v.strip() for v in raw)


def _aliases(raw: Any) -> tuple[str, ...]:
    names = _names(raw)
    for index, name in enumerate(names):
        problem = regex_problem(name)
        if problem:
            raise ValueError(f"[{index}]: {problem}")
    return names


def _person(raw: Any) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError("expected the person's full name")
    problem = regex_problem(raw.strip())
    if problem:
        raise ValueError(problem)
    return raw.strip()


OPTIONS = {
    "person": Option(_person, required=True, help="the person's full name"),
    "aliases": Option(_aliases, default=(), help="other ways the person is named, such as the surname"),
    "accepted": Option(_names, default=(), help="titles that are right"),
    "wrong": Option(_names, default=(), help="titles known to be wrong"),
}

# Head nouns of titles: a phrase is a title only if it holds one of these.
ROLE_NOUNS = frozenset("""
spokesman spokeswoman spokesperson spokespeople adviser advisor aide governor mayor minister secretary
president vice-president premier chancellor chairman chairwoman chair chairperson director head chief
coordinator official officer ambassador envoy commander leader senator congressman
congresswoman representative lawmaker legislator prosecutor judge justice king queen prince emperor
ruler dictator counsel attorney diplomat negotiator analyst researcher expert correspondent reporter
editor founder executive ceo cfo manager administrator commissioner inspector chief-of-staff deputy
member mp mep speaker governor-general consul attaché attache press-secretary staffer strategist
scientist professor economist historian journalist anchor columnist minister-president
""".split())
RANK_WORDS = frozenset("deputy vice assistant acting interim associate junior outgoing incoming lieutenant".split())
PAST_WORDS = frozenset("former ex retired onetime one-time erstwhile then late".split())
# Words that may sit inside a title although they are lower case.
TITLE_WORDS = frozenset("""
senior top chief principal presidential regional national foreign defense defence interior
military security press communications strategic general state federal local provincial
municipal city county district international public political special
first second prime supreme de-facto ministry department office agency council committee
administration service bureau force forces navy army police government cabinet parliament
commission authority directorate staff general's oblast province region prefecture
""".split()) | ROLE_NOUNS | RANK_WORDS
HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame adm rear gen lt col maj capt sgt ret retired rev".split())
CONNECTORS = frozenset("of for to the at on in".split())
DETERMINERS = frozenset("the a an his her their its".split())
# Capitalised words that start sentences and clauses but never belong to a title.
NOT_TITLE = frozenset("""
then but and however when while on in at as after before meanwhile also earlier later yesterday today
according is was were are if so it he she they we this that these those his her their its our my your
said says told asked a an the with by from unlike like both neither either since until though although
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
""".split())
SYNONYMS = {"spokeswoman": "spokesman", "spokesperson": "spokesman", "advisor": "adviser",
            "defence": "defense", "aide": "adviser",
            # Administrative units go by several names: "Vela oblast", "Vela province", "the Vela region".
            "oblast": "region", "province": "region", "provincial": "region", "regional": "region",
            "oblasts": "region", "provinces": "region", "regions": "region"}
# Abbreviated titles as editors write them before a name: "Vela Gov. Marek Olsany".
ABBREVIATIONS = {"gov": "governor", "sen": "senator", "rep": "representative", "amb": "ambassador",
                 "lt": "lieutenant", "sec": "secretary", "supt": "superintendent", "cmdr": "commander",
                 "atty": "attorney", "dir": "director", "pres": "president", "insp": "inspector",
                 "dep": "deputy", "asst": "assistant"}
_TOKEN = lazy_compile(r"[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*(?:['’]s\b)?")
_APPOSITIVE = lazy_compile(
    r"^\s*(?:,\s*|\(\s*|\s[—–-]\s*|[—–]\s*)(?P<app>[^,;:“”\"()—–]{2,120}?)\s*(?=[,;)—–]|\s-\s|\.(?:\s|$)|$)")
# Relative clauses that state a present title; any other "who ..." clause does not.
_APPOSITIVE_LEAD = lazy_compile(r"^(?:who\s+(?:is|serves\s+as|now\s+serves\s+as|works\s+as)\s+|now\s+|as\s+)", regex.I)
_RELATIVE = lazy_compile(r"^(?:who|which|whose|whom|that)\b", regex.I)
_PARTICIPLE = lazy_compile(
    r"^(?:\p{Ll}+(?:ing|ed)|like|unlike|with|alongside|along|including|among|after|before|during|"
    r"in|on|at|from|to|by|for|seen|shown|told|said|says)\b")
# "who speaks for X" states the title "spokesman for X".
ROLE_VERBS = {"speaks for": "spokesman for", "advises": "adviser to", "heads": "head of", "leads": "leader of",
              "governs": "governor of", "chairs": "chair of", "directs": "director of", "commands": "commander of",
              "represents": "representative of"}
_ROLE_VERB = lazy_compile(r"^who\s+(?:now\s+)?(?P<verb>" + "|".join(ROLE_VERBS) + r")\b", regex.I)
_POSSESSIVE = lazy_compile(r"['’]s?$")
_SKIPPABLE_GAP = lazy_compile(r"^[\s'’.\-‐‑]*$")
_POSSESSIVE_S = lazy_compile(r"'s$")
_COMMA_END = lazy_compile(r",\s*$")
_COMMA_NEXT = lazy_compile(r"\s*,")
_SENTENCE_END_NEXT = lazy_compile(r"\s*[.;]?\s*$")  # "..., and the mayor of Vela, Ana Ruiz."
_NAME_CHARS = lazy_compile(r"[\p{L}\p{N}'’.\- ]*")
_ARTICLE_END = lazy_compile(r"(?:\b(?:the|a|an)\s+)$", regex.I)
_ARTICLE_START = lazy_compile(r"^(?:the|a|an)\s+", regex.I)
# The patterns here that end in $ and are only tested (_CLAUSE_OPENER_END, _LIST_OPENER_END,
# _PAST_BEFORE) are searched backwards: one try from the end instead of one at each character.
_CLAUSE_OPENER_END = lazy_compile(r"[,;:“\"(—–]\s*$", regex.REVERSE)
# "They included ... and the mayor of Vela, Ana Ruiz.": a title opening a list item.
_LIST_OPENER_END = lazy_compile(r"\b(?i:and|or|was|were|is|are|including|included|namely)\s+$", regex.REVERSE)
_ACRONYM = lazy_compile(r"(?<=\p{L}\s)\(\p{Lu}[\p{Lu}\p{N}&.]{1,7}\)(?=\s+\p{L})")
_PAST_BEFORE = lazy_compile(r"\b(?i:" + "|".join(sorted(PAST_WORDS)) + r")\s+$", regex.REVERSE)


def _stem(word: str) -> str:
    """A crude stem that lets 'presidential' meet 'president', 'Canadian' meet 'Canada'."""
    word = SYNONYMS.get(word, word)
    for suffix, repl in (("ential", "ent"), ("ians", ""), ("ian", ""), ("ese", ""), ("ies", "y"),
                         ("al", ""), ("an", ""), ("es", ""), ("s", ""), ("e", ""), ("a", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + repl
    return word


def _words_of(title: str) -> list[str]:
    words = [_POSSESSIVE_S.sub("", t) for t in _TOKEN.findall(title.lower().replace("’", "'"))]
    return [ABBREVIATIONS.get(w, w) for w in words]


def head_of(title: str) -> str | None:
    """The title's head noun: "adviser" in "adviser to the head of the office",
    "spokesman" in "Transport Ministry spokesman"."""
    words = _words_of(title)
    for i, word in enumerate(words):
        if word in ("of", "for", "to", "at"):
            words = words[:i]
            break
    roles = [w for w in words if w in ROLE_NOUNS]
    return _stem(SYNONYMS.get(roles[-1], roles[-1])) if roles else None


def is_past_role(title: str) -> bool:
    return any(w in PAST_WORDS or w.startswith(("ex-", "then-", "former-")) for w in _words_of(title))


@lru_cache(maxsize=4096)
def normalise(title: str) -> frozenset[str]:
    """The words of a title that matter, in a comparable form."""
    words = []
    for token in _TOKEN.findall(title.lower().replace("’", "'")):
        token = _POSSESSIVE_S.sub("", token)
        token = ABBREVIATIONS.get(token, token)
        if len(token) <= 1 or token in CONNECTORS or token in DETERMINERS:
            continue
        words.append(_stem(SYNONYMS.get(token, token)))
    return frozenset(words)


def _rank(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if w in RANK_WORDS)


def titles_agree(a: frozenset[str], b: frozenset[str], head_a: str | None = None, head_b: str | None = None) -> bool:
    """One title's words contain the other's, with the same head noun and rank."""
    if head_a and head_b and head_a != head_b:
        return False
    return (a <= b or b <= a) and _rank(a) == _rank(b)


def _has_role(words: list[str], vocabulary: frozenset[str]) -> bool:
    return any(ABBREVIATIONS.get(w.lower(), w.lower()) in ROLE_NOUNS or w.lower() in vocabulary for w in words)


def _is_title_word(word: str, vocabulary: frozenset[str]) -> bool:
    low = _POSSESSIVE.sub("", word.lower())
    if low in NOT_TITLE:
        return False
    if word[:1].isupper() or low in TITLE_WORDS or low in vocabulary:
        return True
    # A hyphenated compound of title words ("regional-police chief", "deputy-chief").
    parts = low.split("-")
    return len(parts) > 1 and all(p in TITLE_WORDS or p in vocabulary for p in parts)


def _title_before(text: str, name_start: int, vocabulary: frozenset[str],
                  hit_end: int | None = None) -> tuple[int, int] | None:
    """The title written just before a name: "Treasury spokeswoman Ana Ruiz"."""
    edge = name_start
    head = text[:edge]
    before_comma = bool(_COMMA_END.search(head))
    if before_comma:
        # "A senior city official, Lena Moor, said": the title stands before
        # a comma only when the name is an appositive, closed by a comma of its own.
        name = _NAME_CHARS.match(text, name_start)
        name_end = name_start + (len(name.group()) if name else 0)
        if not _COMMA_NEXT.match(text, name_end) and not (
                hit_end is not None and _SENTENCE_END_NEXT.match(text, hit_end)):
            return None
        edge = len(head.rstrip().rstrip(",").rstrip())
    tokens = list(_TOKEN.finditer(text, 0, edge))
    taken: list[regex.Match] = []
    pending: list[regex.Match] = []
    right = edge
    # Honorifics right before the name ("Adm.", "Mr.") are part of the name, not the title.
    while tokens and tokens[-1].group().lower() in HONORIFICS and _SKIPPABLE_GAP.match(text[tokens[-1].end():right]):
        right = tokens[-1].start()
        tokens.pop()
    for tok in reversed(tokens):
        if not _SKIPPABLE_GAP.match(text[tok.end():right]):
            break
        word = tok.group()
        low = _POSSESSIVE.sub("", word.lower())
        if low in CONNECTORS:
            pending.append(tok)
        elif _is_title_word(word, vocabulary):
            if pending:
                if ABBREVIATIONS.get(low, low) not in ROLE_NOUNS:
                    break  # "Amb. to Norland" reads through "to" as "ambassador to Norland" does
                taken.extend(pending)
                pending = []
            taken.append(tok)
        else:
            break
        right = tok.start()
    if not taken:
        return None
    words = [t.group() for t in taken]
    start, end = taken[-1].start(), taken[0].end()
    if before_comma and not _starts_clause(text, start):
        return None
    possessive = bool(_POSSESSIVE.search(text[taken[0].start():edge].rstrip()))
    if _has_role(words, vocabulary) or possessive:
        return start, end
    return None


def _starts_clause(text: str, start: int) -> bool:
    """Whether only a determiner stands between `start` and the clause's opening."""
    before = _ARTICLE_END.sub("", text[:start])
    return not before.strip() or bool(_CLAUSE_OPENER_END.search(before) or _LIST_OPENER_END.search(before))


def _title_after(text: str, name_end: int, vocabulary: frozenset[str]) -> tuple[int, int] | None:
    """An appositive title after a name: "Jan Novak, governor of the Vela region,"."""
    m = _APPOSITIVE.match(text[name_end:])
    if not m:
        return None
    start, end = name_end + m.start("app"), name_end + m.end("app")
    lead = _APPOSITIVE_LEAD.match(text[start:end])
    if lead:
        start += lead.end()
    elif _ROLE_VERB.match(text[start:end]):
        return start, end  # "who speaks for the ministry": read through ROLE_VERBS
    elif _RELATIVE.match(text[start:end]) or _PARTICIPLE.match(text[start:end]):
        return None  # "who served as ...", "speaking alongside ...": not a title
    words = _TOKEN.findall(text[start:end])
    while words and words[0].lower() in DETERMINERS:
        words.pop(0)
    if not words or len(words) > 12 or not _has_role(words[:5], vocabulary):
        return None
    return start, end


@lru_cache(maxsize=1024)
def _vocabulary(titles: tuple[str, ...]) -> frozenset[str]:
    """The words of a rule's own titles, which may sit inside a title lower-cased."""
    return frozenset(w.lower() for t in titles for w in _TOKEN.findall(t))


def anchor_terms(spec) -> tuple[str, ...]:
    """A title is found next to one of the person's names."""
    return (spec.options["person"],) + tuple(spec.options["aliases"])


def claims(text: str, values: list[Value], spec, anchors) -> Iterator[Claim]:
    options = spec.options
    hits = find_terms(anchor_terms(spec), text)
    if not hits:
        return
    titles = tuple(options["accepted"]) + tuple(options["wrong"]) + ((spec.expected["title"],) if spec.expected else ())
    vocabulary = _vocabulary(titles)
    # A parenthesised acronym inside a title ("the Interior Ministry (IM) spokeswoman")
    # is read through: blanked for finding the title, kept in what is quoted.
    plain = _ACRONYM.sub(lambda m: " " * len(m.group()), text)
    for hit in hits:
        before = _title_before(plain, hit.start, vocabulary, hit.end)
        spans = [before] if before is not None else []
        if before is None or _rank_only(text[before[0]:before[1]]):
            # A rank before the name leaves the office to an apposition: "Colonel
            # Ana Ruiz, superintendent of the Vela Police," states both.
            after = _title_after(plain, hit.end, vocabulary)
            spans += [after] if after is not None else []
        for n, span in enumerate(spans):
            written = _ARTICLE_START.sub("", text[span[0]:span[1]].strip())
            if is_past_role(written) or _PAST_BEFORE.search(text, 0, span[0]):
                continue  # "the exit of former Defence Secretary Ana Ruiz"
            start = span[0] + text[span[0]:span[1]].index(written)
            # One space between words, however many the line breaks or blanked markup left.
            value = _title_value(" ".join(written.split()))
            # The apposition after a rank is a title of its own, tied to the name's end.
            anchor = (hit.start, hit.end) if n == 0 else (hit.end, hit.end)
            yield Claim(start, start + len(written), anchor, 0, value, value["title"])


# Military and police ranks, written before a name ("Colonel Ana Ruiz", "Rear Adm.").
RANKS = frozenset("""
colonel col lieutenant lt general gen major maj captain capt sergeant sgt admiral adm rear vice commander cmdr
brigadier corporal commodore marshal
""".split())


def _rank_only(title: str) -> bool:
    """Whether a title is a rank and nothing else ("Colonel", "Rear Admiral")."""
    words = [w.lower() for w in _TOKEN.findall(title)]
    return bool(words) and all(w in RANKS for w in words)


def _meaning(title: str) -> str:
    """The title a phrase states: "who speaks for the ministry" states "spokesman for the ministry"."""
    role = _ROLE_VERB.match(title)
    return ROLE_VERBS[role.group("verb").lower()] + title[role.end():] if role else title


def _title_value(title: str) -> dict[str, Any]:
    """A title as JSON: as written, and the words and head noun it is compared by."""
    meaning = _meaning(title)
    return {"title": title, "words": sorted(normalise(meaning)), "head": head_of(meaning)}


def parse_expected(raw: Any, options: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError("expected a title such as 'Health Ministry spokeswoman'")
    return _title_value(raw.strip())


def describe(value: dict[str, Any], options: dict[str, Any]) -> str:
    return value["title"]


def agree(a: dict[str, Any], b: dict[str, Any], spec) -> bool:
    return titles_agree(frozenset(a["words"]), frozenset(b["words"]), a.get("head"), b.get("head"))


def reference(spec) -> Any:
    accepted = tuple(spec.options["accepted"]) + ((spec.expected["title"],) if spec.expected else ())
    if not accepted and not spec.options["wrong"]:
        return None
    return {"accepted": accepted, "wrong": tuple(spec.options["wrong"])}


def describe_reference(ref: dict[str, Any], spec) -> str:
    if ref["accepted"]:
        return " / ".join(ref["accepted"][:3])
    return "not " + " / ".join(ref["wrong"])


def _known_wrong(words: frozenset[str], ref: dict[str, Any]) -> str | None:
    for title in ref["wrong"]:
        wrong = normalise(title)
        if wrong <= words and _rank(wrong) == _rank(words):
            return title
    return None


def matches(value: dict[str, Any], ref: dict[str, Any], spec) -> bool:
    """Right when it is no known wrong title and (if any are listed) an accepted one."""
    words = frozenset(value["words"])
    if _known_wrong(words, ref):
        return False
    if ref["accepted"]:
        return any(titles_agree(words, normalise(m), value.get("head"), h) for m, h in _meanings(ref["accepted"]))
    return True


@lru_cache(maxsize=1024)
def _meanings(titles: tuple[str, ...]) -> tuple[tuple[str, str | None], ...]:
    """Each title as compared ("who speaks for X" read as "spokesman for X"), with
    its head noun; worked out once per rule, not once per mention."""
    return tuple((_meaning(t), head_of(_meaning(t))) for t in titles)


def explain(value: dict[str, Any], ref: dict[str, Any], spec) -> str:
    person = spec.options["person"]
    if _known_wrong(frozenset(value["words"]), ref):
        return f"{value['title']!r} is a title known to be wrong for {person}"
    return f"{value['title']!r} is not an accepted title for {person}"
