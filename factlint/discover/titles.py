"""People and their titles, found without rules.

A person is a run of two or three capitalised words that no title word, month
or function word is part of ("Lena Moor", "Tomas de Vries" is left out), named
in enough articles. Each person's titles are then read by the title kind
itself, from a rule made for that person, so that discovery reads a title
exactly as the rule it writes will.

Titles are grouped more loosely than the title kind compares them: "Gov." is
"governor", and two titles with the same head noun that share half their words
("regional health spokesman", "Regional Health Board spokesman")
say the same.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import regex

from factlint.discover.lexicon import FUNCTION_WORDS, MONTHS_AND_DAYS
from factlint.kinds.title import NOT_TITLE, RANK_WORDS, ROLE_NOUNS, TITLE_WORDS, head_of, normalise
from factlint.read.document import Document

# A run of capitalised words and short abbreviations ("Harbour Police Chief Col. Ana M.
# Ruiz"): a person's name is its last two or three words, after any title word, rank,
# function word or month in it ("Ana M. Ruiz"). A word may have a hyphen or an
# apostrophe before a capital ("O'Neil"); a possessive ("Ashford's") ends no run.
_NAME_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+|['’]\p{Lu}\p{Ll}+)?"
_SHORT = r"\p{Lu}\p{Ll}{0,3}\.|\p{Lu}(?=\s+\p{Lu}\p{Ll})"  # "Col.", "M.", or an initial with no dot ("Ana M Ruiz")
_PERSON = regex.compile(rf"(?<![\p{{L}}\p{{N}}.’'-])(?:{_NAME_WORD}|{_SHORT})(?:\s+(?:{_NAME_WORD}|{_SHORT}))+"
                        r"(?![\p{L}\p{N}’'-])")
_TOKEN = regex.compile(r"\p{L}+")
# Abbreviations of title words, read as the word: "Gov." is "governor".
ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "sec": "secretary", "supt": "superintendent",
    "col": "colonel", "lt": "lieutenant", "gen": "general", "adm": "admiral", "pres": "president",
    "dir": "director", "pm": "prime minister", "chmn": "chairman", "amb": "ambassador", "atty": "attorney",
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
    "capt": "captain", "sgt": "sergeant", "maj": "major", "cmdr": "commander", "insp": "inspector",
}
# Head nouns that name no office: "a senior official" contradicts no title.
GENERIC_HEADS = frozenset(head_of(w) for w in ("official", "head"))
HEAD_SYNONYMS = {"chairman": "chair", "chairwoman": "chair", "chairperson": "chair"}
SHARED = 0.6  # share of words two titles with one head noun must have in common to say the same
# Words that make a capitalised run a place or an organisation, not a person.
NOT_PERSON = frozenset("""
house street road river bridge city county state states island islands republic kingdom union party council
ministry department agency office court committee commission bank university college school hospital airport
port news times post press media service services force forces army navy guard police fire north south east
west northern southern eastern western new general international national united royal federal central
builders group company corporation inc emergency management center centre foundation institute
board command affairs
""".split())
HONORIFICS = frozenset("sir lord dame lady mr mrs ms dr".split())
# Military and police ranks, written before a name as titles are ("Harbour Guard
# Rear Admiral Ana Ruiz", "Vela Police Colonel Ana Ruiz"). A rank is held
# beside an office, so it contradicts no office: "Colonel" and "Vela Police
# Superintendent" are both right of one person.
RANK_NOUNS = frozenset("admiral colonel general captain sergeant lieutenant major brigadier commodore marshal "
                       "corporal".split())
# Offices the title kind's role nouns leave out ("Vela Police Superintendent").
OFFICE_NOUNS = frozenset("superintendent sheriff constable".split())
# Read as title words by discovery (the first words of a rank: "rear admiral").
RANK_WORDS_READ = tuple(sorted(RANK_NOUNS | OFFICE_NOUNS | {"rear"}))


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    articles: tuple[str, ...]


def _is_person(name: str) -> bool:
    words = [w.lower() for w in _TOKEN.findall(name) if len(w) > 1]
    if len(words) < 2 or words[0] in HONORIFICS:
        return False
    return not any(w in FUNCTION_WORDS or w in MONTHS_AND_DAYS or w in NOT_TITLE or w in ROLE_NOUNS
                   or w in TITLE_WORDS or w in NOT_PERSON or w in ABBREVIATIONS for w in words)


# Ranks and suffixes written with a name but not part of it: "Admiral Ana Ruiz Jr".
RANKS = frozenset("rear vice admiral colonel general captain sergeant lieutenant major commander chief private corporal "
                  "marshal brigadier superintendent detective constable inspector sheriff".split())
SUFFIXES = frozenset("jr sr ii iii iv".split())


def _trimmed(run: str) -> str:
    """A capitalised run without what comes before the name in it (title words,
    ranks, honorifics, function words, months: "Vela Mayor Ana Ruiz" -> "Ana Ruiz")
    and the suffix after it ("Rear Admiral Ana Ruiz Jr" -> "Ana Ruiz"); a run
    ending in a title word is left whole, so that it is no person ("Vela
    Transport Secretary")."""
    tokens = run.split()

    def is_extra(token: str) -> bool:
        low = token.lower().rstrip(".,")
        return low in RANKS or low in HONORIFICS or low in ABBREVIATIONS or low in ROLE_NOUNS or low in TITLE_WORDS \
            or low in FUNCTION_WORDS or low in MONTHS_AND_DAYS

    while tokens and tokens[-1].lower().rstrip(".,") in SUFFIXES:
        tokens.pop()
    cut = max((i for i, t in enumerate(tokens) if is_extra(t)), default=-1)
    if cut == len(tokens) - 1:
        return " ".join(tokens)
    return " ".join(tokens[cut + 1:])


_INITIAL = regex.compile(r"\s+\p{Lu}\.?(?=\s)")
# A suffix written after a name, with or without a comma: "Ana Ruiz Jr.", "Ana Ruiz, Jr.".
_SUFFIX_AFTER = regex.compile(r",?\s+(?:Jr|Sr|II|III|IV)\b\.?")


def find_people(docs: list[Document], min_articles: int) -> list[Person]:
    """People named in at least `min_articles` articles, most named first. A
    middle initial makes no other person: "Ana M. Ruiz" is "Ana Ruiz"."""
    seen: dict[str, set[str]] = defaultdict(set)
    written: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    suffixed: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for sentence in doc.sentences:
            for m in _PERSON.finditer(sentence.text):
                name = _trimmed(m.group())
                if name and _is_person(name) and len(_INITIAL.sub("", name).split()) <= 3:
                    key = _INITIAL.sub("", name)
                    seen[key].add(doc.path)
                    written[key][name] += 1
                    # The name as written with its suffix ("Ana Ruiz, Jr."): an alias, so
                    # that a title after the suffix is read as the title after the name.
                    end = sentence.text.find(name, m.start()) + len(name)
                    suffix = _SUFFIX_AFTER.match(sentence.text, end)
                    if suffix:
                        suffixed[key].add(name + suffix.group())
    names = sorted((n for n, paths in seen.items() if len(paths) >= min_articles),
                   key=lambda n: (-len(seen[n]), n))
    # A surname names the person only when no other person found has it (or has it as a first name).
    surnames: dict[str, int] = defaultdict(int)
    for name in names:
        surnames[name.split()[-1]] += 1
    firsts = {n.split()[0] for n in names}
    people = []
    for name in names:
        forms = sorted(written[name], key=lambda f: (-written[name][f], f))
        surname = name.split()[-1]
        aliases = tuple(forms[1:]) + tuple(sorted(suffixed[name])) + (
            (surname,) if surnames[surname] == 1 and surname not in firsts else ())
        people.append(Person(forms[0], aliases, tuple(sorted(seen[name]))))
    return people


def _expanded(title: str) -> str:
    words = []
    title = regex.sub(r"\b((?:\p{Lu}\.){2,})", lambda m: m.group(1).replace(".", ""), title)  # "U.S." -> "US"
    for token in regex.findall(r"[\p{L}\p{N}'’-]+", title):
        words.append(ABBREVIATIONS.get(token.lower().rstrip("."), token))
    return " ".join(words)


_JOINERS = frozenset({"of", "the", "and", "for", "&"})


def _acronyms(title: str, other: str) -> str:
    """`title` with a run of capitalised words that `other` writes as an
    acronym replaced by it ("National Safety Board chair", "NSB chair")."""
    short = set(regex.findall(r"\b\p{Lu}{2,6}\b", other))
    if not short:
        return title
    tokens = title.split()
    for i in range(len(tokens)):
        for j in range(len(tokens), i + 1, -1):
            run = tokens[i:j]
            if not run[0][:1].isupper() or not run[-1][:1].isupper():
                continue
            initials = "".join(w[0] for w in run if w.lower() not in _JOINERS)
            if initials in short and len(initials) >= 2:
                return " ".join(tokens[:i] + [initials] + tokens[j:])
    return title


def _head(title: str) -> str | None:
    head = head_of(title)
    if head is None:
        # An office the kind does not know ("Superintendent"): its last such word.
        head = next((w for w in reversed(_words(title)) if w in OFFICE_NOUNS), None)
    return HEAD_SYNONYMS.get(head, head) if head else None


def _words(title: str) -> list[str]:
    return [w.lower() for w in regex.findall(r"[\p{L}]+", title)]


def _rank_only(title: str) -> bool:
    """A title that is a rank and names no office ("Rear Admiral", "Col.")."""
    return _head(title) is None and any(w in RANK_NOUNS for w in _words(title))


def same_title(a: str, b: str) -> bool:
    """Whether two titles written of one person say the same (see the module doc):
    with abbreviations read in full ("PM" is "prime minister"), or with a run of
    words the other writes as an acronym read as it ("NSB chair")."""
    ea, eb = _expanded(a), _expanded(b)
    return _same(ea, eb) or _same(_acronyms(ea, b), _acronyms(eb, a))


def _same(ea: str, eb: str) -> bool:
    wa, wb = normalise(ea), normalise(eb)
    ha, hb = _head(ea), _head(eb)
    if ha in GENERIC_HEADS or hb in GENERIC_HEADS:
        return True
    if (_rank_only(ea) or _rank_only(eb)) and not (_rank_only(ea) and _rank_only(eb)):
        return True  # a rank beside an office: both are the person's
    if ha and hb and ha != hb:
        return False
    if wa & RANK_WORDS != wb & RANK_WORDS:
        return False  # a deputy is not the chief
    if wa <= wb or wb <= wa:
        return True
    return len(wa & wb) / len(wa | wb) >= SHARED


def same_head(a: str, b: str) -> bool:
    """Whether two titles name the same office noun ("Deputy Transport Secretary"
    and "Transport Secretary"), abbreviations read in full."""
    ha, hb = _head(_expanded(a)), _head(_expanded(b))
    return ha is not None and ha == hb


def generic(title: str) -> bool:
    """Whether a title's head noun names no office ("head of the board"), or it
    is a rank alone ("Colonel"), which agrees with any office."""
    expanded = _expanded(title)
    return _head(expanded) in GENERIC_HEADS or _rank_only(expanded)


def names_office(title: str) -> bool:
    """Whether a title holds a role noun ("Gov." read as governor): "Ashford's"
    before a name is an owner, not an office."""
    expanded = _expanded(title)
    return _head(expanded) is not None or _rank_only(expanded)


def title_of(title: str, person: Person) -> bool:
    """Whether a title read before a person's name is a title of theirs: it
    names an office (`names_office`) and holds no word of their name ("Col
    Ana M" read before a surname alone is the rest of the name)."""
    own = {w.lower() for w in _TOKEN.findall(person.name) if len(w) > 1}
    return names_office(title) and not own & set(_words(title))


def title_consensus(titles: dict[str, set[str]]) -> tuple[list[str], list[str]]:
    """Titles as written -> the articles writing them: the titles that agree with
    the one most articles back, and the titles that do not (both empty on a tie)."""
    if not titles:
        return [], []
    written = sorted(titles)
    support = {t: set().union(*(titles[o] for o in written if same_title(t, o))) for t in written}
    # A title that names no office ("head of the board", "a senior official")
    # agrees with every other and so cannot be the consensus they are judged by.
    named = [t for t in written if not generic(t)] or written
    top = max(named, key=lambda t: (len(support[t]), len(titles[t]), t))
    agreeing = [t for t in written if same_title(top, t)]
    others = [t for t in written if t not in agreeing]
    rival = max((len(support[t]) for t in others), default=0)
    if others and rival >= len(support[top]):
        return [], []
    return agreeing, others
