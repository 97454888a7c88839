"""Generate a benchmark corpus: news-like articles and replicated rules.

Articles (2-8 KB) are built from news-like sentences whose facts are perturbed
(mostly consistent, some not), filler prose, navigation bars and trending-link
lists. Rules are the default rules replicated under distinct ids; each replica
has its own scope words and names (a suffix on the first word of each term), and
each article tells one replica's story, so replicated rules fire on some articles
and stay silent on the rest, as rules of unrelated stories do in an archive.
"""
from __future__ import annotations

import os
import random
import string
from typing import Callable

import yaml

# A story: sentences with placeholders. {w:Word words} is a scope word or name
# that each replica spells its own way; the other fields are facts to perturb.
FACT_SENTENCES = [
    "A Ukrainian attack on the Russian border city of {w:Belgorod} on {date_dec30} killed {deaths} people, "
    "including {children} children, and injured {injured}, officials said.",
    "The strike on {w:Belgorod} left {deaths} dead and {injured} wounded, according to the regional governor.",
    "Russian missiles struck {w:Kharkiv} on {date_jan2}, killing {k_deaths} people and injuring {k_injured}.",
    "In {w:Kharkiv}, {k_missiles} missiles hit the city centre, the governor said.",
    "The {w:North Korean} {w:missile}s have a range of {range}, the White House said.",
    "Washington said the {w:North Korean} {w:missile}s fired at Ukraine can fly {range}.",
    "Russian forces launched at least one {w:North Korean} {w:missile} on {date_dec30}, officials said.",
    "A UN arms {w:embargo} on {w:North Korea} has been in place since {embargo_year}.",
    "{w:Putin} and {w:Kim Jong Un} met in {meeting_month} at a cosmodrome in the Far East.",
    "{title_kirby} {w:John Kirby} told reporters the transfer was a significant escalation.",
    "{title_peskov} {w:Dmitry Peskov} declined to comment on the reports.",
    "{w:Mykhailo Podolyak}, {title_podolyak}, wrote on social media that the attack was deliberate.",
    "{w:Oleh Synehubov}, {title_synehubov}, said rescue work was continuing.",
    "{title_putin} {w:Vladimir Putin} said the response would be swift.",
    "Russia's full-scale {w:invasion} of Ukraine began on {date_feb24}, almost {years} ago.",
]
FILLER = [
    "The ministry did not respond to a request for comment on Thursday.",
    "Analysts said the move could complicate efforts to reach a negotiated settlement.",
    "Residents described hearing several loud explosions shortly before dawn.",
    "The statement gave no further details about the damage to civilian infrastructure.",
    "Officials have promised to publish a fuller assessment in the coming weeks.",
    "The talks are expected to resume after the holidays, according to diplomats familiar with the plans.",
    "Emergency services worked through the night to clear debris from the streets.",
    "Markets in the region were little changed, with traders waiting for clearer signals.",
    "The decision drew criticism from opposition lawmakers, who called it rushed.",
    "Several schools were closed as a precaution, local authorities said.",
    "The company said it would review its supply contracts in the light of the sanctions.",
    "Footage shared online showed plumes of smoke rising above a residential district.",
    "A spokesperson for the regional administration said power had been restored to most homes.",
    "The weather service warned of heavy snow and strong winds over the weekend.",
    "Independent verification of the claims was not immediately possible.",
    "The new bridge, which cost 40 million euros, will open to traffic in the spring.",
    "About 300 volunteers joined the clean-up, organisers said.",
    "The museum, founded in 1896, reopened after a two-year renovation.",
]
NAVIGATION = [
    "Home | World | Politics | Business | Sport | Culture",
    "News, Opinion, Video, Podcasts, Newsletters",
    "Skip to content",
    "Advertisement",
    "Share this article",
    "Read more: Ten things to know about the winter offensive",
    "Related: Europe weighs new sanctions package",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Updated: January 5, 2024 10:42 GMT",
]
TRENDING = [
    "Trending now",
    "Scientists find new species of deep-sea fish",
    "Ten recipes for a cold evening",
    "Local team wins the cup after dramatic final",
    "What the new tax rules mean for you",
    "Stocks rally as inflation eases",
    "Five towns to visit this spring",
]
# Facts: (consistent spellings, inconsistent spellings).
FACTS = {
    "date_dec30": (["December 30", "December 30, 2023", "Dec. 30"], ["December 29", "December 31"]),
    "date_jan2": (["January 2", "January 2, 2024", "Jan. 2"], ["January 3", "January 1"]),
    "date_feb24": (["February 24, 2022", "Feb. 24, 2022"], ["February 20, 2022", "March 2, 2022"]),
    "deaths": (["more than 20", "at least 21", "25", "twenty-four"], ["18", "40", "a dozen"]),
    "children": (["two", "2"], ["three", "five"]),
    "injured": (["111", "more than 100"], ["80", "about 150"]),
    "k_deaths": (["two", "2"], ["four", "six"]),
    "k_injured": (["62", "more than 60"], ["40", "about 90"]),
    "k_missiles": (["three", "3"], ["five", "seven"]),
    "range": (["900 km", "about 900 kilometres (550 miles)", "900 kilometers", "550 miles"],
              ["700 km", "1,500 kilometres (930 miles)", "900 km (350 miles)"]),
    "embargo_year": (["2006"], ["2009", "2016"]),
    "meeting_month": (["September", "September 2023"], ["October", "July 2023"]),
    "years": (["two years", "2 years"], ["three years", "a year"]),
    "title_kirby": (["National Security Council spokesman", "White House national security spokesman"],
                    ["Pentagon spokesman", "Homeland Security spokesman"]),
    "title_peskov": (["Kremlin spokesman", "Kremlin press secretary"], ["Russian foreign ministry spokesman"]),
    "title_podolyak": (["an adviser to Ukraine's president", "a Ukrainian presidential adviser"],
                       ["the Ukrainian foreign minister"]),
    "title_synehubov": (["governor of the Kharkiv region", "the Kharkiv governor"], ["the mayor of Kharkiv"]),
    "title_putin": (["Russian President", "Kremlin leader"], ["Russian prime minister"]),
}
INCONSISTENT = 0.15  # share of facts written with a wrong value
FACT_SHARE = 0.15  # share of sentences that state a fact of the story


def suffix(replica: int) -> str:
    """A distinct lower-case tag for a replica: '' for the original, then 'qa', 'qb', ..."""
    if replica == 0:
        return ""
    letters = string.ascii_lowercase
    tag, n = "", replica - 1
    while True:
        tag = letters[n % 26] + tag
        n = n // 26 - 1
        if n < 0:
            return "q" + tag


def respell(term: str, replica: int) -> str:
    """The replica's spelling of a scope word or name: a suffix on its first word."""
    if replica == 0:
        return term
    first, sep, rest = term.partition(" ")
    star = first.endswith("*")
    first = first.rstrip("*")
    if "-" in first:  # "KN-23" -> "KNqa-23"
        head, _, tail = first.partition("-")
        first = f"{head}{suffix(replica)}-{tail}"
    else:
        first += suffix(replica)
    return first + ("*" if star else "") + sep + rest


def _respell_scope(scope, replica: int):
    if scope is None:
        return None
    if isinstance(scope, list):
        return [respell(t, replica) for t in scope]
    out = {}
    for key, value in scope.items():
        if key == "none":
            out[key] = value
        elif key == "all":
            out[key] = [[respell(t, replica) for t in (g if isinstance(g, list) else [g])] for g in value]
        else:
            out[key] = [respell(t, replica) for t in value]
    return out


def write_rules(source_dir: str, out_dir: str, count: int) -> int:
    """Write `count` rules to out_dir: the default rules, then replicas; returns the replica count."""
    os.makedirs(out_dir, exist_ok=True)
    originals = []
    for name in sorted(os.listdir(source_dir)):
        if name.endswith(".yaml"):
            with open(os.path.join(source_dir, name), encoding="utf-8") as handle:
                originals.append(yaml.safe_load(handle))
    written, replica = 0, 0
    while written < count:
        for data in originals:
            if written == count:
                break
            rule = dict(data)
            rule["id"] = data["id"] + (f"-{suffix(replica)}" if replica else "")
            rule["scope"] = _respell_scope(data.get("scope"), replica)
            if rule["scope"] is None:
                del rule["scope"]
            facts = {}
            for fact_name, fact in data["facts"].items():
                fact = dict(fact)
                if fact["kind"] == "title":
                    fact["person"] = respell(fact["person"], replica)
                    fact["aliases"] = [respell(a, replica) for a in fact.get("aliases", [])]
                facts[fact_name] = fact
            rule["facts"] = facts
            with open(os.path.join(out_dir, f"{rule['id']}.yaml"), "w", encoding="utf-8") as handle:
                yaml.safe_dump(rule, handle, sort_keys=False, allow_unicode=True)
            written += 1
        replica += 1
    return replica


def _fill(template: str, rng: random.Random, replica: int) -> str:
    out = []
    for i, part in enumerate(template.replace("}", "{").split("{")):
        if i % 2 == 0:
            out.append(part)
        elif part.startswith("w:"):
            out.append(respell(part[2:], replica))
        else:
            right, wrong = FACTS[part]
            out.append(rng.choice(wrong if rng.random() < INCONSISTENT else right))
    return "".join(out)


def article(rng: random.Random, replicas: int) -> str:
    """One article of 2-8 KB about one replica's story."""
    replica = rng.randrange(replicas)
    target = rng.randint(2000, 8000)
    lines = [f"Title: {_fill(rng.choice(FACT_SENTENCES), rng, replica).rstrip('.')}"]
    lines.extend(rng.sample(NAVIGATION, 2))
    size = sum(len(line) + 1 for line in lines)
    while size < target:
        paragraph = []
        for _ in range(rng.randint(2, 4)):
            pool = FACT_SENTENCES if rng.random() < FACT_SHARE else FILLER
            paragraph.append(_fill(rng.choice(pool), rng, replica))
        line = " ".join(paragraph)
        if rng.random() < 0.08:
            line = rng.choice(NAVIGATION)
        elif rng.random() < 0.05:
            line = "\n".join([TRENDING[0]] + rng.sample(TRENDING[1:], 4))
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines) + "\n"


def write_articles(out_dir: str, count: int, make: Callable[[random.Random], str], seed: int = 0) -> list[str]:
    """Write `count` articles made by `make` into out_dir (100 per folder); returns their paths."""
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        folder = os.path.join(out_dir, f"{i // 100:04d}")
        if i % 100 == 0:
            os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, f"{i:06d}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(make(rng))
        paths.append(path)
    return paths


def write_corpus(out_dir: str, count: int, replicas: int, seed: int = 0) -> list[str]:
    """Write `count` story articles into out_dir (100 per folder); returns their paths."""
    return write_articles(out_dir, count, lambda rng: article(rng, replicas), seed)
