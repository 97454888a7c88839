"""The words discovery reads facts by: families of trigger words that news copy
uses for the same count ("killed", "dead", "death toll"), the subjects of
quantities ("long", "length"), and the words that never say what a number is.

General English news vocabulary only: a family is what a reader would treat as
one fact whatever the story.
"""
from __future__ import annotations

import regex

# family name -> the rule terms that find it (as written in a rule's `triggers`).
COUNT_FAMILIES: dict[str, tuple[str, ...]] = {
    "deaths": ("kill*", "dead", "death", "deaths", "died", "die", "dies", "dying", "fatalit*", "lives",
               "perished", "death toll", "toll", "not survive", "didn't survive", "didn’t survive"),
    "injured": ("injur*", "wounded", "wounding", "hurt", "hospitali*"),
    # People searched for are the missing: "divers looking for six workers",
    # "efforts to find 6 fishermen".
    "missing": ("missing", "unaccounted", "unaccounted for", "looking for", "searching for", "search for",
                "hunt for", "to find"),
    "rescued": ("rescued", "rescue", "saved", "pulled from", "pulled out", "survived", "survivor*"),
    # Victims found or recovered are the bodies counted: "two were recovered from
    # a submerged van", "four have now been found".
    "bodies": ("bodies", "body", "remains", "recovered", "found", "retrieved"),
    "arrested": ("arrest*", "detained", "detain*"),
    "evacuated": ("evacuat*", "displaced"),
    "crew": ("crew", "crews", "crewmember*", "crew member*", "crewmen", "crewman"),
    # What a ship, hall or plane can hold, not what it holds: "a capacity of 900
    # containers", "can carry 900 containers" beside "had 400 containers aboard".
    "capacity": ("capacity", "capacities", "can carry", "could carry", "able to carry", "can hold", "could hold",
                 "can accommodate", "can seat"),
}
QUANTITY_FAMILIES: dict[str, tuple[str, ...]] = {
    "range": ("range", "ranges", "reach", "reaches", "fly", "flies", "travel*", "distance"),
    "length": ("long", "length", "lengths", "stretch*", "span*"),
    "depth": ("deep", "depth", "depths"),
    "width": ("wide", "width", "widths", "breadth", "beam"),
    "height": ("high", "height", "tall"),
    "area": ("burned", "burnt", "scorched", "charred", "area", "covered"),
    "weight": ("weigh*", "weight", "tonnage", "heavy"),
}
# What a sum of money is: "the cost to rebuild", "damage ... billions of dollars"
# and "an estimated value of $5 billion has gone" are one fact, the price of
# the loss, however the copy names it. Not "worth": "$9 million worth of
# cargo a day" measures goods, not a cost.
MONEY_FAMILIES: dict[str, tuple[str, ...]] = {
    "cost": ("cost", "costs", "costing", "damage", "damages", "value", "valued"),
}
# Words that make a figure a projection, not a result: an exit poll's seats are
# not the seats won. As rule terms (a projection's rule needs one in scope).
PROJECTION_TERMS: tuple[str, ...] = ("exit poll*", "projected", "projection*", "forecast*", "predicted",
                                     "prediction*", "expected to", "on course", "on track", "poll suggests",
                                     "polls suggest", "estimated to")
# What a share is a share of, in the words news copy writes it with: "12% of the
# vote", "a vote share of 34%", "won by 40% of voters" are one fact (a party's
# share of the vote); "turnout was 61%" another. (The singular "voter" modifies:
# "voter turnout" is turnout.) "share" is the vote's when "vote" is written beside it.
SHARE_FAMILIES: dict[str, tuple[str, ...]] = {
    "vote": ("vote", "votes", "voters", "ballots"),
    "turnout": ("turnout", "turnouts"),
}
# Words before a count that make it a change, not a total: "gained 80 seats".
CHANGE_FAMILIES: dict[str, tuple[str, ...]] = {
    "gain": ("gain", "gains", "gained", "gaining", "added", "picked up", "up by", "increase*", "rose by",
             "overturning", "overturned", "flipped", "flipping"),
    "loss": ("lost", "lose", "loses", "losing", "loss", "losses", "shed", "down by", "fell by", "dropped by"),
}
# Superlatives that make a span of time a record's ("the deadliest flood in more
# than 40 years", "the lowest turnout for 15 years"): the record is the fact,
# whatever noun it is said of. Besides these, any word ending in "-iest".
SUPERLATIVES = frozenset("""
worst best most least largest biggest highest lowest longest shortest strongest hottest coldest
greatest fastest slowest oldest smallest weakest widest deepest tallest warmest coolest
""".split())
# Superlatives that say only "record", standing in for the one a story's record
# is written with elsewhere: "the worst for 30 years" beside "the lowest for 30 years".
GENERAL_SUPERLATIVES = frozenset("worst best".split())
_IEST = regex.compile(r"^\p{L}{3,}iest$")


def is_superlative(word: str) -> bool:
    """Whether a lower-case word is a superlative ("deadliest", "worst")."""
    return word in SUPERLATIVES or bool(_IEST.match(word))


# Counted nouns that name one thing in news copy: a legislature's seats are
# written as seats, as the members who fill them, or as the districts that
# elect them ("won 44 seats", "has four MPs", "won in 44 constituencies").
# Keyed by the word as written, lower case; the value is the stem it counts as.
NOUN_SYNONYMS: dict[str, str] = {
    "mp": "seat", "mps": "seat", "constituency": "seat", "constituencies": "seat",
}
# Of those, the nouns of members: copy writes them after another count's noun
# too ("a majority of 24 MPs", "a delegation of 40 MPs"), which that noun
# counts (mentions.py), and which a draft they trigger leaves to its group's
# rule (run.py).
MEMBER_NOUNS = frozenset({"mp", "mps"})


# Nouns that name no fact before "of": "a total of six", "a group of four".
GENERIC_OF = frozenset("total number figure group set list tally count dozens hundreds thousands".split())
# A count whose noun says only "people": the verb or noun near it says which count.
PEOPLE_NOUNS = frozenset("""
people persons person individuals workers residents civilians men women others citizens passengers
victims soldiers troops members adults names
individual worker resident civilian man woman citizen passenger victim soldier member adult
""".split())
# ("names": a list's "180 names of people unaccounted for" counts the missing.)
# Words that never say what a value is about.
FUNCTION_WORDS = frozenset("""
a an the and or but nor so yet of in on at to for from by with without about over under into onto upon
as than then that this these those there here which who whom whose what when where while why how
is are was were be been being am has have had having do does did will would shall should can could
may might must not no its it it's he she they them their his her our we you your i me my us one ones
also just only even still again more most less least some any all each every other another such very
up down out off after before since until till during between among against through throughout per
said says say saying told tells according reported reports report added adds announced
if though although because whether both either neither too around nearly almost approximately roughly
over under least just some about likely least many much several few new first last next latest
year years month months week weeks day days time times today yesterday tomorrow now later earlier ago
mr mrs ms dr back early late mid
""".split())
MONTHS_AND_DAYS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
""".split())

_TERM_CACHE: dict[str, regex.Pattern] = {}


def _term_regex(term: str) -> regex.Pattern:
    pattern = _TERM_CACHE.get(term)
    if pattern is None:
        body = regex.escape(term.rstrip("*")).replace(r"\ ", r"[\s-]+")
        pattern = regex.compile(body + (r"\p{L}*" if term.endswith("*") else ""), regex.I)
        _TERM_CACHE[term] = pattern
    return pattern


_FAMILY_CACHE: dict[tuple[int, str], str | None] = {}


def family_of(word: str, families: dict[str, tuple[str, ...]]) -> str | None:
    """The family whose terms match the single word `word` ("wounded" -> "injured")."""
    key = (id(families), word)
    if key not in _FAMILY_CACHE:
        if len(_FAMILY_CACHE) > 50_000:
            _FAMILY_CACHE.clear()  # a bound on memory over a long run
        _FAMILY_CACHE[key] = _family_of(word, families)
    return _FAMILY_CACHE[key]


def _family_of(word: str, families: dict[str, tuple[str, ...]]) -> str | None:
    for name, terms in families.items():
        for term in terms:
            if " " not in term and _term_regex(term).fullmatch(word):
                return name
    return None


def stem(word: str) -> str:
    """A crude stem that lets "opened" meet "opening" and "seats" meet "seat"."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            if suffix == "es" and not _SIBILANT_ES.search(word):
                continue  # "wildfires" is "wildfire" plus "s", as "houses" and "blazes" are; "crashes" drops "es"
            return word[: -len(suffix)]
    return word


_SIBILANT_ES = regex.compile(r"(?:ss|x|ch|sh)es$")
