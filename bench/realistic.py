"""A corpus of realistic density: varied invented stories, few fact sentences.

Real coverage of a story states about 3-4 clauses a rule can claim per article
and almost never repeats a sentence; bench/corpus.py's story corpus states ~10
per article from a few dozen fixed sentences (the worst case, kept as such).
Here every sentence is assembled from word lists (subjects, verbs, places,
numbers, times, attributions), so clauses practically never repeat, and only a
few sentences per article name the article's event or official.

Everything is invented: towns and people are built from syllables, so no name
is a real place or person. Rules: STORIES events (a count of deaths, of
injured, a date) and one official's title per story; `write_rules(dir, M)`
writes the corpus's own rules first, then rules of further invented stories
whose names never occur in the corpus (the cost of rules that do not apply).
"""
from __future__ import annotations

import datetime as dt
import os
import random

import corpus  # bench/corpus.py: bench/run.py puts bench/ on the path
import yaml

STORIES = 5  # events the corpus tells; with their officials' titles: 10 rules
SEED = 7

_ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gl", "h", "k", "l", "m", "n", "p", "pr", "qu", "r", "s", "st",
           "t", "tr", "v", "w", "z"]
_VOWELS = ["a", "e", "i", "o", "u", "ae", "ia", "ou"]
_CODAS = ["", "l", "n", "r", "s", "th", "nd", "rk"]
_TOWN_ENDS = ["ford", "mere", "by", "ton", "vale", "wick", "stead", "holm", "bury", "port", "field", "ridge"]
_SURNAME_ENDS = ["ley", "son", "ard", "ine", "ott", "ell", "ani", "ova", "er", "is"]
_FIRST = ["Ada", "Bram", "Cora", "Dov", "Esme", "Fenn", "Gita", "Hale", "Ines", "Jory", "Kaia", "Lorn", "Mira",
          "Nils", "Odile", "Pell", "Rhea", "Sami", "Tove", "Ulla", "Vere", "Wynn", "Yara", "Zeno"]


def _syllable(rng: random.Random) -> str:
    return rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)


class Names:
    """Unique invented names: each is handed out once, so a rule's town never
    appears in another story or in filler by accident."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def _unique(self, make) -> str:
        while True:
            name = make()
            if name.casefold() not in self.used:
                self.used.add(name.casefold())
                return name

    def town(self) -> str:
        return self._unique(lambda: (_syllable(self.rng) + self.rng.choice(_TOWN_ENDS)).capitalize())

    def surname(self) -> str:
        return self._unique(lambda: (_syllable(self.rng) + _syllable(self.rng)[:2]
                                     + self.rng.choice(_SURNAME_ENDS)).capitalize())


EVENTS = [("flood", "floods", "swept through"), ("fire", "fires", "broke out in"),
          ("landslide", "landslides", "buried part of"), ("bridge collapse", "collapses", "hit"),
          ("storm", "storms", "struck"), ("explosion", "explosions", "rocked"),
          ("train crash", "crashes", "hit"), ("earth tremor", "tremors", "shook")]
OFFICES = ["mayor of {town}", "{town} fire chief", "police commissioner of {town}", "governor of {town} county",
           "{town} health director"]
WRONG_OFFICES = ["deputy mayor", "county treasurer", "school board chair"]


def stories(count: int, seed: int = SEED) -> list[dict]:
    """`count` invented stories: event, town, numbers, date, official."""
    names = Names(seed)
    rng = random.Random(seed + 1)
    out = []
    for i in range(count):
        noun, plural, verb = EVENTS[i % len(EVENTS)]
        town = names.town()
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
        deaths = rng.randint(3, 60)
        out.append({"id": f"{town.lower()}-{noun.replace(' ', '-')}", "noun": noun, "plural": plural, "verb": verb,
                    "town": town, "date": day, "deaths": deaths, "injured": deaths * rng.randint(2, 6),
                    "official": f"{rng.choice(_FIRST)} {names.surname()}",
                    "office": rng.choice(OFFICES).format(town=town)})
    return out


def _rules_of(story: dict) -> list[dict]:
    event = {
        "id": story["id"], "description": f"The {story['noun']} in {story['town']}",
        "scope": [story["town"]],
        "facts": {
            "deaths": {"kind": "count", "expected": story["deaths"],
                       "triggers": ["kill*", "dead", "death*", "died", "lives", "perished", "victims"]},
            "injured": {"kind": "count", "expected": story["injured"],
                        "triggers": ["injur*", "wounded", "hurt", "hospitali*"]},
            "date": {"kind": "date", "expected": story["date"].isoformat(),
                     "triggers": ["struck", "hit", "swept", "broke out", "rocked", "shook", "buried"]},
        },
    }
    surname = story["official"].split()[-1]
    title = {
        "id": f"{surname.lower()}-title", "description": f"{story['official']}'s title",
        "facts": {"title": {"kind": "title", "person": story["official"], "aliases": [surname],
                            "accepted": [story["office"]], "wrong": WRONG_OFFICES}},
    }
    return [event, title]


def write_rules(out_dir: str, count: int) -> list[str]:
    """The corpus's own 2 x STORIES rules, then rules of stories it never tells, up to `count`."""
    os.makedirs(out_dir, exist_ok=True)
    rules = [r for s in stories(STORIES + count) for r in _rules_of(s)]
    # The corpus's stories first (all of them when count >= 2 * STORIES).
    rules = rules[:count]
    for rule in rules:
        with open(os.path.join(out_dir, f"{rule['id']}.yaml"), "w", encoding="utf-8") as handle:
            yaml.safe_dump(rule, handle, sort_keys=False, allow_unicode=True)
    return [r["id"] for r in rules]


# Filler: sentences assembled from slots; numbers, years and money appear as in
# news copy, but no sentence names a story's town or official.
SUBJECTS = ["The council", "A spokesperson for the {org}", "Residents of {place}", "The {org}",
            "Officials in {place}", "Local traders", "The regional {org}", "Volunteers from {place}",
            "A lawyer for the {org}", "Opposition members", "The main union", "Two independent analysts"]
VERBS = ["said", "warned", "announced", "confirmed", "argued", "complained", "noted", "insisted"]
CLAUSES = [
    "the {thing} would {act} by {when}",
    "the {thing} in {place} had cost {money}",
    "about {n} people had signed a petition against the {thing}",
    "{pct} percent of households in {place} backed the {thing}",
    "the {thing} had been delayed since {year}",
    "work on the {thing} would {act} within {n} weeks",
    "the {thing} drew {n} visitors last {period}",
    "the {thing} near {place} needed {money} in repairs",
    "talks over the {thing} would {act} after the {period}",
    "the vote on the {thing} was postponed until {when}",
]
TAILS = ["", "", "", " on {day}", " in a statement", " late on {day}", ", according to local media",
         " at a meeting in {place}", ", citing figures from {year}"]
ORGS = ["transport authority", "water board", "chamber of commerce", "harbour trust", "housing agency",
        "teachers' association", "library service", "planning office", "farmers' cooperative", "tourism board"]
THINGS = ["ring road", "ferry service", "library extension", "school merger", "parking levy", "market hall",
          "cycle lane", "sports ground", "water tariff", "bus depot", "river path", "arts festival",
          "recycling plan", "clinic upgrade", "tram line", "pension reform"]
ACTS = ["resume", "begin", "end", "be reviewed", "be extended", "be scaled back", "restart", "close"]
PERIODS = ["summer", "winter", "year", "season", "spring", "autumn"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# The story's fact sentences: scope (the town) with a trigger and a value, or the official with a title.
FACT_SENTENCES = [
    "{lead}the {noun} that {verb} {town}{near} on {date} killed {deaths} people and injured {injured}, {source} said.",
    "{lead}at least {deaths} people died in the {noun} in {town}{near}, {source} said on {day}.",
    "{lead}in {town}{near}, {injured} people were injured, {source} said.",
    "{lead}the death toll from the {noun} in {town}{near} stood at {deaths} on {day}.",
    "{lead}hospitals in {town} treated {injured} injured people after the {noun}{near}.",
    "{lead}the {noun} {verb} {town}{near} on {date}, {source} said.",
    "{deaths} people were killed when the {noun} {verb} {town}{near}, {source} said.",
]
LEADS = ["", "", "", "Late on {day}, ", "By {day} evening, ", "According to {source}, ", "As of {day}, ",
         "In an update on {day}, ", "Speaking in {place}, {source} said that "]
NEARS = ["", "", " near the {thing}", " close to {place}", " and nearby {place}", " along the {thing}",
         " ({n} km from {place})"]
TITLE_SENTENCES = [
    "{office_cap} {official} said {said}{near}.",
    "{official}, the {office}, {did} on {day}.",
    "{surname}, {office}, told reporters in {place} that {said}.",
    "\"We are doing everything we can{near},\" said {official}, {office}, on {day}.",
    "{lead}{official}, {office}, {did}{near}.",
]
SAID = ["rescue teams were still at work", "more help was on its way", "the {thing} would stay closed",
        "{n} families had been moved to shelters", "an inquiry would begin within {n} days",
        "roads into {place} would reopen by {day}", "volunteers from {place} had joined the search"]
DID = ["called for calm", "urged residents to avoid {place}", "thanked volunteers from {place}",
       "visited the {thing}", "asked for patience", "met families in {place}", "promised a full inquiry"]
SOURCES = ["officials", "the emergency services", "local authorities", "the regional government", "police",
           "a hospital spokesperson", "the fire service"]
NAVIGATION = ["Home | News | Local | Business | Sport", "Skip to content", "Advertisement", "Share this article",
              "Most read", "Sign up for our newsletter", "Related stories"]
INCONSISTENT = 0.1


def _number(value: int, rng: random.Random) -> str:
    words = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
             11: "eleven", 12: "twelve"}
    return words[value] if value in words and rng.random() < 0.5 else str(value)


def _date(day: dt.date, rng: random.Random) -> str:
    style = rng.randrange(3)
    if style == 0:
        return f"{MONTHS[day.month - 1]} {day.day}"
    if style == 1:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


class Writer:
    """Articles about the corpus's stories; each call gives a new, different one."""

    def __init__(self, seed: int = SEED) -> None:
        self.stories = stories(STORIES, seed)
        names = Names(seed + 100)
        names.used = {s["town"].casefold() for s in stories(STORIES + 1000, seed)}  # never a rule's town
        self.places = [names.town() for _ in range(400)]

    def _filler(self, rng: random.Random) -> str:
        fill = {"org": rng.choice(ORGS), "place": rng.choice(self.places), "thing": rng.choice(THINGS),
                "act": rng.choice(ACTS), "when": f"{MONTHS[rng.randrange(12)]} {rng.randint(1, 28)}",
                "money": f"{rng.randint(2, 950)/10:g} million euros" if rng.random() < 0.5
                else f"${rng.randint(10, 990) * 1000:,}",
                "n": f"{rng.randint(2, 9000):,}", "pct": rng.randint(11, 89), "year": rng.randint(1970, 2023),
                "period": rng.choice(PERIODS), "day": rng.choice(DAYS)}
        subject = rng.choice(SUBJECTS).format(**fill)
        sentence = f"{subject} {rng.choice(VERBS)} {rng.choice(CLAUSES).format(**fill)}"
        return sentence + rng.choice(TAILS).format(**fill) + "."

    def _fact(self, story: dict, rng: random.Random, template: str) -> str:
        wrong = rng.random() < INCONSISTENT
        deaths = story["deaths"] + (rng.choice([-2, 3, 7]) if wrong else 0)
        injured = story["injured"] + (rng.choice([-5, 11]) if wrong and rng.random() < 0.5 else 0)
        day = story["date"] + dt.timedelta(days=1 if wrong and rng.random() < 0.3 else 0)
        office = story["office"] if not (wrong and rng.random() < 0.3) else rng.choice(WRONG_OFFICES)
        fill = {"day": rng.choice(DAYS), "source": rng.choice(SOURCES), "place": rng.choice(self.places),
                "thing": rng.choice(THINGS), "n": rng.randint(3, 90)}
        fill["said"] = rng.choice(SAID).format(**fill)
        fill["did"] = rng.choice(DID).format(**fill)
        text = template.format(said=fill["said"], did=fill["did"], lead=rng.choice(LEADS).format(**fill), near=rng.choice(NEARS).format(**fill),
                               noun=story["noun"], verb=story["verb"], town=story["town"], date=_date(day, rng),
                               deaths=_number(deaths, rng), injured=_number(injured, rng),
                               source=fill["source"], day=fill["day"], official=story["official"],
                               surname=story["official"].split()[-1], office=office, place=fill["place"],
                               office_cap=office[0].upper() + office[1:])
        return text[0].upper() + text[1:]

    def article(self, rng: random.Random) -> str:
        """2-5 KB: a title, a couple of page lines, paragraphs of filler with
        2-3 fact sentences about one story and one sentence naming its official."""
        story = rng.choice(self.stories)
        facts = [self._fact(story, rng, t) for t in rng.sample(FACT_SENTENCES, rng.randint(2, 3))]
        facts.append(self._fact(story, rng, rng.choice(TITLE_SENTENCES)))
        target = rng.randint(2000, 5000)
        lines = [f"Title: {story['noun'].capitalize()} in {story['town']}: what we know",
                 *rng.sample(NAVIGATION, 2)]
        size = sum(len(line) + 1 for line in lines)
        body: list[str] = []
        while size < target:
            sentence = self._filler(rng)
            body.append(sentence)
            size += len(sentence) + 1
        # The facts go near the top, as in news copy, with filler in between.
        for i, fact in enumerate(facts):
            body.insert(min(len(body), i * 2 + rng.randint(0, 2)), fact)
        i = 0
        while i < len(body):
            step = rng.randint(2, 4)
            lines.append(" ".join(body[i:i + step]))
            if rng.random() < 0.06:
                lines.append(rng.choice(NAVIGATION))
            i += step
        return "\n".join(lines) + "\n"


def write_corpus(out_dir: str, count: int, seed: int = 0) -> list[str]:
    """Write `count` articles into out_dir (100 per folder); returns their paths."""
    return corpus.write_articles(out_dir, count, Writer().article, seed)
