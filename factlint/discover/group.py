"""Grouping the mentions of the same fact across articles.

Mentions share a group when they are of the same kind, with the same cue (the
trigger family or the counted noun) and, when a cue is used of several
subjects in the story, about the same subject: the name written nearest the
value ("Ashford" in "the Ashford blast killed four"). Two subjects are one
when an article that names both gives them the same value (a town and the
county it lies in), or, never named together, their most backed values agree.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace

import regex

from factlint.discover.clock import TIME
from factlint.discover.lexicon import (
    COUNT_FAMILIES,
    FUNCTION_WORDS,
    GENERAL_SUPERLATIVES,
    QUANTITY_FAMILIES,
    is_superlative,
)
from factlint.discover.mentions import LABEL, LISTED_ITEM, WHOLE, Mention, is_span

APPROX = 0.10  # "about 700" spans 10 % either way, as in a rule without tolerance
NAME_REACH = 200  # characters: a name further from the value says little about it
COMMON_NAMES = frozenset("""
i u.s us uk un eu state states city county country government police president minister official officials
""".split())


@dataclass(frozen=True)
class Group:
    """Mentions of one fact across articles, as found without rules."""

    kind: str
    cue: str
    dimension: str
    topic: str  # the subject's name ("" when the cue alone says what the fact is)
    names: tuple[str, ...]  # the subject's names, most used first: the rule's scope words
    rivals: tuple[str, ...]  # the names of the cue's other subjects: kept out of this group's scope
    mentions: tuple[Mention, ...]
    projected: bool = False  # a forecast ("projected to win"), told apart from the result
    siblings: bool = False  # the same cue has a group of the other sort (forecast or result)
    dominant: bool = False  # stated by at least twice the articles of any other subject of its cue

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({m.path for m in self.mentions}))

    @property
    def written_cue(self) -> str:
        """The cue word as most mentions write it."""
        return Counter(m.written for m in self.mentions).most_common(1)[0][0]


def agree(a: Mention, b: Mention) -> bool:
    """Whether two values overlap, an approximate one widened by 10 %; two dates
    when their days overlap and their years, when both are written, are the same."""
    if a.kind == "date" and b.kind == "date" and a.year and b.year and a.year != b.year:
        return False
    if a.kind == "percent" and b.kind == "percent":
        # "31%" and "31.4%" agree: the less precise one is the other rounded, or
        # cut short ("63%" for 63.7%: copy often drops the decimals).
        rough, fine = (a, b) if _decimals(a.display) <= _decimals(b.display) else (b, a)
        half = 0.5 * 10 ** -_decimals(rough.display)
        cut = 2 * half if _decimals(fine.display) > _decimals(rough.display) else half
        rlo, rhi = _widened(rough) if rough.approx or fine.approx else (rough.lo, rough.hi)
        flo, fhi = _widened(fine) if rough.approx or fine.approx else (fine.lo, fine.hi)
        return rlo - half <= fhi + 1e-9 and flo < rhi + cut - 1e-9 if cut > half else \
            rlo - half <= fhi + 1e-9 and flo - half <= rhi + 1e-9
    alo, ahi = _widened(a)
    blo, bhi = _widened(b)
    if a.kind == "quantity" and b.kind == "quantity" and a.unit != b.unit:
        # Two units: one is the other converted and rounded ("120 metres", "394 feet").
        alo, ahi = alo * (1 - CONVERTED), ahi * (1 + CONVERTED)
    return alo <= bhi and blo <= ahi


CONVERTED = 0.02  # a converted size is rounded: as the drafted rule's tolerance


_DECIMALS = regex.compile(r"\d+(?:\.(\d+))?")


def _decimals(display: str) -> int:
    m = _DECIMALS.search(display)
    return len(m.group(1)) if m and m.group(1) else 0


def consensus(mentions: list[Mention]) -> tuple[Mention | None, list[Mention]]:
    """The value most articles back, and the mentions that disagree with it;
    (None, []) when no value is backed by more articles than every value it
    disagrees with (a tie flags nothing: a false alarm is worse than none)."""
    top = mode(mentions)
    support = len({m.path for m in mentions if agree(top, m)})
    against = [m for m in mentions if not agree(top, m)]
    # Each distinct value's backing counted once: a large group repeats a few
    # values over many articles, and every mention's count was a pass over all.
    backers: dict[tuple, int] = {}
    for m in against:
        key = _agree_key(m)
        if key not in backers:
            backers[key] = len({o.path for o in mentions if agree(m, o)})
    rival = max(backers.values(), default=0)
    if support <= rival:
        return None, []
    return top, against


def _agree_key(m: Mention) -> tuple:
    """What `agree` reads of a mention: two with one key agree with the same others."""
    return (m.kind, m.lo, m.hi, m.approx, m.year, m.unit, m.display if m.kind == "percent" else "")


def _widened(m: Mention) -> tuple[float, float]:
    if not m.approx:
        return m.lo, m.hi
    span = APPROX * max(abs(m.lo), abs(m.hi)) if m.hi != float("inf") else APPROX * abs(m.lo)
    return m.lo - span, m.hi + span


def mode(mentions: list[Mention]) -> Mention:
    """The value backed by the most articles (first mentioned on a tie)."""
    best, best_support = mentions[0], -1
    seen: set[tuple[float, float, bool]] = set()
    for m in mentions:
        key = (m.lo, m.hi, m.approx)
        if key in seen:
            continue
        seen.add(key)
        support = len({o.path for o in mentions if agree(m, o)})
        if support > best_support:
            best, best_support = m, support
    return best


def _signature(m: Mention) -> tuple[str, str, str, bool]:
    # A record's span is one fact forecast or confirmed: "on track to be the lowest
    # in 30 years" and "was the lowest for 30 years" measure from the same record.
    # A whole's size ("the 300-seat Assembly") is the same in a forecast and a result.
    return m.kind, m.dimension if m.kind == "quantity" else "", m.cue, \
        m.projected and not _is_record(m) and not m.cue.endswith(WHOLE)


def _topic(m: Mention, candidates: set[str], spread: dict[str, float]) -> str:
    """The subject a value is about: the name nearest to it, a name before it
    (the usual place of a subject) counting nearer than one after, and a name
    that most articles use counting further than a rarer one."""
    best, best_score = "", float("inf")
    for name, signed in m.names:
        distance = abs(signed)
        if distance > NAME_REACH or name not in candidates:
            continue
        score = (distance if signed >= 0 else 2 * distance + 20) * (0.5 + spread.get(name, 1.0))
        if score < best_score:
            best, best_score = name, score
    return best


def _same_subject(a: list[Mention], b: list[Mention]) -> bool:
    """Whether two subjects' mentions are about one thing (see the module doc)."""
    by_path_a: dict[str, list[Mention]] = defaultdict(list)
    for m in a:
        by_path_a[m.path].append(m)
    together = agreeing = 0
    if _listed_apart(a, b):
        return False
    for path in {m.path for m in b} & set(by_path_a):
        together += 1
        if any(agree(x, y) for x in by_path_a[path] for y in b if y.path == path):
            agreeing += 1
    if together:
        return agreeing * 2 > together
    return agree(_whole_mode(a), _whole_mode(b))


def _whole_mode(mentions: list[Mention]) -> Mention:
    """The mode of the values that are not parts of a whole: "one of six
    workers killed" gives the six, not the one."""
    return mode([m for m in mentions if not m.part] or mentions)


def _backed_by(main: list[Mention], rare: list[Mention], min_articles: int) -> bool:
    """Whether a subject one article names gives a count that the main subject's
    articles give too (at least `min_articles` of them): the same fact, named
    by the article's own word ("Tarn Agency staff said 640 were missing"
    beside "640 people remain missing", stated by several)."""
    if len({m.path for m in rare}) > 1:
        return False
    top = mode(rare)
    if top.kind != "count" or top.lo <= SMALL:
        return False  # small counts and sizes ("a 20-foot box", "a 20-foot depth") agree by chance
    return len({m.path for m in main if agree(top, m)}) >= max(2, min_articles)


def _listed_apart(a: list[Mention], b: list[Mention]) -> bool:
    """Whether one sentence lists the two subjects as items of their own ("...,
    with Vale on 4 and the Reds on 4"): two subjects, though their figures agree."""
    items: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in a:
        if m.written.endswith(LISTED_ITEM):
            items[(m.path, m.sentence)].update(n for n, _ in m.names)  # an item's names are its own: mentions.py
    return any(m.written.endswith(LISTED_ITEM) and (m.path, m.sentence) in items
               and not items[(m.path, m.sentence)] & {n for n, _ in m.names} for m in b)


MAX_RIVALS = 8  # names a main subject's scope keeps out at most (rulegen.MAX_SCOPE * 2)
DOMINANT = 2  # a subject stated by this many times the articles of any other is the cue's main one
TOGETHER = 0.25  # share of a subject's mentions that name another subject too, making them one


def _named_together(group: list[Mention], names: list[str], other: list[Mention], topic: str) -> bool:
    """Whether two subjects are named together often enough to be one ("Vela"
    and "Tolland county" in most sentences about the Vela fire): a quarter of
    the one's mentions name the other, or half of the other's name the one."""
    def names_of(m: Mention) -> set[str]:
        return {n for n, d in m.names if abs(d) <= NAME_REACH}

    into = sum(1 for m in group if topic in names_of(m)) / len(group)
    back = sum(1 for m in other if names_of(m) & set(names)) / len(other)
    return into >= TOGETHER or back >= 2 * TOGETHER


RIVALS = 2  # articles that must tell two subjects apart in a sentence (one may be a change: "rose from 9 to 12")


def _rivals(a: list[Mention], b: list[Mention], enough: int = RIVALS) -> bool:
    """Whether two subjects are told apart in the copy: one sentence gives each
    its own value ("Harbour won 12 seats and Vale 40"), which a subject and the
    place it lies in, named together, do not; in `enough` articles."""
    if _listed_apart(a, b):
        return True  # listed as items of their own, in one article is enough
    lines: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for m in a:
        lines[(m.path, m.line)].append(m)
    apart = {y.path for y in b for x in lines.get((y.path, y.line), ())
             if x.sentence == y.sentence and not agree(x, y)
             and not any(agree(z, y) for z in lines[(y.path, y.line)] if z.sentence == y.sentence)}
    return len(apart) >= enough


def is_short_for(short: str, name: str) -> bool:
    """Whether a plural name is written short for another ("Vals" for
    "Valerians", "Harbs" for "Harbourites"): the same plural, the short one's
    stem (three letters or more) opening the long one."""
    return short != name and len(short) >= 4 and short.endswith("s") and name.endswith("s") \
        and len(name) > len(short) + 2 and name.startswith(short[:-1])


def _alike(a: list[Mention], b: list[Mention]) -> bool:
    """Whether two subjects' most backed counts agree and are too large to be
    shared by chance (SMALL)."""
    top_a, top_b = mode(a), mode(b)
    return top_a.kind == top_b.kind == "count" and agree(top_a, top_b) and min(abs(top_a.lo), abs(top_b.lo)) > SMALL


def _split(mentions: list[Mention], min_articles: int, spread: dict[str, float]
           ) -> list[tuple[str, list[str], list[Mention]]]:
    """The subjects of one cue: (topic, its names, its mentions), the largest first."""
    articles_of: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        for name, distance in m.names:
            if abs(distance) <= NAME_REACH and name in spread and name not in COMMON_NAMES \
                    and name not in FUNCTION_WORDS:
                articles_of[name].add(m.path)
    candidates = set(articles_of)
    by_topic: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_topic[_topic(m, candidates, spread)].append(m)
    # Union of topics that are one subject; the topic-less mentions go to the largest.
    topics = sorted((t for t in by_topic if t), key=lambda t: (-len({m.path for m in by_topic[t]}), t))
    merged: list[tuple[list[str], list[Mention]]] = []
    for t in topics:
        # A name written short for another's ("Vals") is that subject, first.
        short = [(names, group) for names, group in merged
                 if any(is_short_for(t, n) or is_short_for(n, t) for n in names) and not _rivals(group, by_topic[t])]
        # Then the subjects whose count it gives, a count too large to be shared
        # by chance, before those merely named with it: "the Blues" named beside
        # Harbour in most sentences, but given the Blue Party's 96 seats, are the
        # Blue Party.
        rest = [g for g in merged if g not in short]
        alike = [g for g in rest if _alike(g[1], by_topic[t]) and _same_subject(g[1], by_topic[t])]
        for names, group in short + alike + [g for g in rest if g not in alike]:
            # Named together is not enough for a subject that a sentence gives a
            # value of its own beside the other's ("Harbour won 12 seats, Vale 40"),
            # even once: a town and its county share their values.
            if not _rivals(group, by_topic[t]) and ((names, group) in short or
                    _named_together(group, names, by_topic[t], t) and not (
                        (len({m.path for m in by_topic[t]}) < min_articles or by_topic[t][0].kind == "percent")
                        and _rivals(group, by_topic[t], 1))
                     or _same_subject(group, by_topic[t])):
                names.append(t)
                group.extend(by_topic[t])
                break
        else:
            merged.append(([t], list(by_topic[t])))
    merged.sort(key=lambda g: -len({m.path for m in g[1]}))
    if not merged:
        return [("", [], list(by_topic.get("", [])))]
    big = [g for g in merged if len({m.path for m in g[1]}) >= min_articles]
    small = [g for g in merged if len({m.path for m in g[1]}) < min_articles]
    if not big:
        big, small = [merged[0]], merged[1:]
    # Mentions with no subject belong to the main subject, and so do subjects too
    # rare to stand alone that agree with it; the others stand alone (and below
    # `min_articles`, are left out).
    # A size naming no subject that only one subject's sizes agree with, and
    # not the main subject's, is that subject's ("the fire burned more than
    # 3,400 acres" beside "the Tarn fire burned 3,480 acres" and "the Kell fire,
    # 150 acres"); the rest are the main subject's, which is then the subject
    # most articles give. (Not a count: the counts of several subjects, a
    # party's seats, a toll that grows, agree by chance far more often.)
    loose = []
    for m in by_topic.get("", []):
        fits = [group for _, group in big if any(agree(m, o) for o in group)] if m.kind == "quantity" else []
        if len(fits) == 1 and fits[0] is not big[0][1]:
            fits[0].append(m)
        else:
            loose.append(m)
    big.sort(key=lambda g: -len({m.path for m in g[1]}))
    _, main = big[0]
    main.extend(loose)
    main.sort(key=lambda m: (m.path, m.line, m.column))  # its mode's tie goes to the value written first
    apart = []
    for names, group in small:
        if not _rivals(main, group) and (_same_subject(main, group) or _backed_by(main, group, min_articles)):
            main.extend(group)
        else:
            apart.append((names, group))
    subjects = big + apart
    if len(subjects) == 1:
        return [("", [], main)]
    return [(names[0], names, group) for names, group in subjects]


def vote_cues(mentions: list[Mention]) -> list[Mention]:
    """Pick each date's, year's or share's cue among the words near it: the word
    most articles write near the same value ("ban" in "a trade ban since
    its first test in 2009", when other articles write "ban since 2009"),
    the nearest on a tie. A value no other article states keeps its nearest word."""
    # word -> value -> articles; values compared once per pair of distinct values
    near_value: dict[str, dict[tuple, set[str]]] = defaultdict(lambda: defaultdict(set))
    sample: dict[tuple, Mention] = {}
    for m in mentions:
        key = _value_key(m)
        sample.setdefault(key, m)
        for word_stem, _, _ in m.context:
            near_value[word_stem][key].add(m.path)
    agreeing: dict[tuple[tuple, tuple], bool] = {}

    def backing(m: Mention, word_stem: str) -> int:
        key = _value_key(m)
        paths: set[str] = set()
        for other, found in near_value[word_stem].items():
            pair = (key, other)
            if pair not in agreeing:
                agreeing[pair] = agree(m, sample[other])
            if agreeing[pair]:
                paths |= found
        return len(paths)

    out = []
    for m in mentions:
        if not m.context:
            out.append(m)
            continue
        best = max(m.context, key=lambda c: (backing(m, c[0]), -c[2]))
        out.append(m if (best[0], best[1]) == (m.cue, m.written) else replace(m, cue=best[0], written=best[1]))
    return out


def _value_key(m: Mention) -> tuple:
    return (m.kind, m.lo, m.hi, m.approx, m.year)


def _dated_groups(mentions: list[Mention], min_articles: int, strays: bool = True) -> list[list[Mention]]:
    """Dates and years grouped by value first: in one story, a day or a year that
    several articles write is one event's, whatever word ties it. A value fewer
    articles write joins the group whose words it shares most ("opened in 1963"
    joins "opened in 1961"), as the disagreement it is; with no shared word, or
    without `strays`, it is left out."""
    values: dict[tuple[float, float, int], list[Mention]] = defaultdict(list)
    for m in mentions:
        values[(m.lo, m.hi, m.year)].append(m)

    paths_of: dict[tuple[float, float, int], set[str]] = {k: {m.path for m in ms} for k, ms in values.items()}
    backing = {k: set().union(*(paths_of[o] for o in values if agree(values[k][0], values[o][0]))) for k in values}

    def support(ms: list[Mention]) -> int:
        return len(backing[(ms[0].lo, ms[0].hi, ms[0].year)])

    order = sorted(values, key=lambda k: (-support(values[k]), k))
    taken: set[int] = set()
    groups: list[list[Mention]] = []
    for key in order:
        first = values[key][0]
        if support(values[key]) < max(2, min_articles) or id(first) in taken:
            continue
        group = [m for m in mentions if id(m) not in taken and agree(first, m)]
        taken.update(id(m) for m in group)
        groups.append(group)
    if not strays:
        return groups  # a span fewer articles write is as often another span as a slip: "two weeks", "13 days"
    words = [Counter(c[0] for m in g for c in set(m.context)) for g in groups]
    for m in mentions:
        if id(m) in taken or not m.context:
            continue
        own = {c[0] for c in m.context}
        best, best_shared = None, 0
        for i, counted in enumerate(words):
            shared = sum(1 for w in own if counted.get(w, 0) >= 2)
            if shared > best_shared:
                best, best_shared = i, shared
        if best is not None:
            groups[best].append(m)
    return groups


def _dated_cue(group: list[Mention]) -> Mention:
    """The group's word: the context word most of its articles write."""
    counted: Counter = Counter()
    written: dict[str, Counter] = defaultdict(Counter)
    # Each article's context words, gathered in one pass over the group (not one
    # pass per article: a group of thousands of articles' mentions).
    by_path: dict[str, set] = defaultdict(set)
    for m in group:
        by_path[m.path].update(m.context)
    for path in {m.path for m in group}:
        for word_stem, word, _ in by_path[path]:
            counted[word_stem] += 1
            written[word_stem][word] += 1
    if not counted:
        return group[0]
    best = max(sorted(counted), key=lambda w: counted[w])
    return replace(group[0], cue=best, written=written[best].most_common(1)[0][0])


def _is_record(m: Mention) -> bool:
    return m.kind == "quantity" and m.dimension == "time" and not m.context and is_superlative(m.cue)


def general_records(mentions: list[Mention]) -> list[Mention]:
    """A record's span written with a superlative that says only "record"
    ("the worst for more than 30 years") takes the superlative that other
    articles write with the same span ("the lowest for more than 30
    years"): the one most articles write, when one is (the spans must be the
    same, not just overlap: "more than 30 years" overlaps "80 years", and
    "the best in 80 years" is another record.)"""
    records = [m for m in mentions if _is_record(m) and m.cue not in GENERAL_SUPERLATIVES]
    out = []
    for m in mentions:
        if _is_record(m) and m.cue in GENERAL_SUPERLATIVES:
            paths: dict[str, set[str]] = defaultdict(set)
            for other in records:
                if (other.lo, other.hi, other.approx) == (m.lo, m.hi, m.approx):
                    paths[other.cue].add(other.path)
            if paths:
                best = max(sorted(paths), key=lambda c: len(paths[c]))
                m = replace(m, cue=best)
        out.append(m)
    return out


def name_stem(name: str) -> str:
    """A name without its possessive or plural: "Blues'", "Blue" are Blue."""
    name = name.removesuffix("'s").removesuffix("’s").rstrip("'’")
    return name[:-1] if name.endswith("s") and len(name) > 3 else name


SHORT_NAME = 3  # letters: a word written short keeps at least these ("Nats" for "Nationalists")


def names_word(name: str, words: set[str]) -> bool:
    """Whether a name is one of a label's words, or either is the other
    written short ("Nat" for "Nationalist", "Prog" for "Progressive")."""
    return name in words or len(name) >= SHORT_NAME and any(
        len(w) >= SHORT_NAME and (w.startswith(name) or name.startswith(w)) for w in words)


def labelled_counts(mentions: list[Mention]) -> list[Mention]:
    """A table's labelled figure ("Harbour Party: 41") counts what its label's
    subject's figures count elsewhere in the copy: when counts of the same
    value, forecast or result as the table is, are written with a name of the
    label ("Harbour is projected to win 41 seats"), the figure takes their cue
    (the most written) and is split by subject with them. A label naming no
    such subject keeps its own cue."""
    counts = [m for m in mentions if m.kind == "count" and not m.cue.startswith(LABEL) and "-" not in m.cue
              and m.cue not in COUNT_FAMILIES and not m.cue.endswith(WHOLE)]
    out = []
    for m in mentions:
        if m.kind == "count" and m.cue.startswith(LABEL):
            words = {name_stem(w.lower()) for w in m.written.split()} - {name_stem(w) for w in COMMON_NAMES}
            cues = Counter(o.cue for o in counts if o.projected == m.projected and agree(o, m)
                           and any(names_word(name_stem(n), words) for n, d in o.names if abs(d) <= NAME_REACH))
            if cues:
                m = replace(m, cue=max(sorted(cues), key=lambda c: cues[c]), labelled=True)
        out.append(m)
    return out


def find_groups(mentions: list[Mention], min_articles: int = 2, common: frozenset[str] = frozenset(),
                openers: frozenset[str] = frozenset()) -> list[Group]:
    """Groups of mentions stated in at least `min_articles` articles, most articles
    first. `openers`: words capitalised only where a sentence opens, which are
    never another subject's name kept out of a group's scope ("Crews")."""
    mentions = labelled_counts(general_records(mentions))
    # Spans of time vote on their words among themselves: a year's word is not a span's.
    spans = [i for i, m in enumerate(mentions) if is_span(m)]
    voted = dict(zip(spans, vote_cues([mentions[i] for i in spans])))
    rest = [i for i in range(len(mentions)) if i not in voted]
    voted.update(zip(rest, vote_cues([mentions[i] for i in rest])))
    mentions = [voted[i] for i in range(len(mentions))]
    articles = {m.path for m in mentions}
    used: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        for name, _ in m.names:
            used[name].add(m.path)
    spread = {name: len(paths) / len(articles) for name, paths in used.items()
              if name not in common and name not in openers and len(name) > 1}
    by_cue: dict[tuple[str, str, str, bool], list[Mention]] = defaultdict(list)
    dated: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind in ("date", "year"):
            dated[m.kind].append(m)
        elif is_span(m):
            # A span of time several articles write ("after 14 years in power") is
            # one fact whatever word ties it, as a date is.
            dated["span"].append(m)
        else:
            by_cue[_signature(m)].append(m)
    groups: list[Group] = []
    for kind, found in sorted(dated.items()):
        for group in _dated_groups(found, min_articles, strays=kind != "span"):
            if len({m.path for m in group}) >= min_articles:
                head = _dated_cue(group)
                ordered = sorted(group, key=lambda m: (m.path, m.line))
                if kind == "span":
                    groups.append(Group("quantity", head.cue, "time", "", (), (), tuple(ordered)))
                else:
                    groups.append(Group(kind, head.cue, "", "", (), (), tuple(ordered)))
    for (kind, dimension, cue, projected), found in sorted(by_cue.items()):
        siblings = (kind, dimension, cue, not projected) in by_cue
        if len({m.path for m in found}) < min_articles:
            continue
        # A story's clock times are one fact, whoever is named beside them (clock.py).
        # A whole's size is the body's, whichever party its sentence names.
        subjects = _split(found, min_articles, spread) if kind != TIME and not cue.endswith(WHOLE) \
            else [("", [], found)]
        all_names = [n for _, names, _ in subjects for n in names]
        sizes = sorted((len({m.path for m in g}) for _, _, g in subjects), reverse=True)
        for index, (topic, names, group) in enumerate(subjects):
            if len({m.path for m in group}) < min_articles:
                continue
            rivals = tuple(n for n in all_names if n not in names and n not in openers)
            # A main subject keeps the others' names out of its scope; when they
            # are too many to keep out, it names its own instead.
            dominant = index == 0 and (len(sizes) < 2 or sizes[0] >= DOMINANT * sizes[1]) \
                and len([n for n in all_names if n not in names and n not in openers]) <= MAX_RIVALS
            ordered = sorted(group, key=lambda m: (m.path, m.line))
            groups.append(Group(kind, cue, dimension, topic, tuple(names), rivals, tuple(ordered), projected,
                                siblings, dominant))
    groups = merge_same_facts(groups)
    groups.sort(key=lambda g: (-len(g.articles), g.kind, g.cue, g.topic))
    return groups


SMALL = 12  # counts this small are stated of many things: agreeing on one says nothing


def _same_fact(a: Group, b: Group) -> bool:
    """Whether two groups of counted nouns are one fact written with two nouns
    ("2,200 buildings", "2,200 structures"): of one kind and dimension, neither
    cue a trigger family (families are facts of their own: six dead are not six
    missing), no forecast beside a result, their consensus values agree and are
    not small, and the articles stating both give agreeing values."""
    if (a.kind, a.dimension, a.projected) != (b.kind, b.dimension, b.projected) or a.kind not in ("count", "quantity"):
        return False
    if a.cue in COUNT_FAMILIES or b.cue in COUNT_FAMILIES or a.cue in QUANTITY_FAMILIES or b.cue in QUANTITY_FAMILIES:
        return False
    if a.cue.endswith(WHOLE) and b.cue.endswith(WHOLE) and a.kind == b.kind == "count":
        # Two wholes of one size are one whole, whatever noun counts it ("all 300
        # seats", "with 280 of 300 results declared": a seat declares one result).
        top_a, top_b = mode(list(a.mentions)), mode(list(b.mentions))
        return agree(top_a, top_b) and min(abs(top_a.lo), abs(top_b.lo)) > SMALL
    if "-" in a.cue or "-" in b.cue:
        return False  # a change ("seat-gain") is not the total
    if a.cue.startswith(LABEL) or b.cue.startswith(LABEL):
        return False  # a label ("Harbour: 41") names whose figure it is, not what it counts
    top_a, top_b = mode(list(a.mentions)), mode(list(b.mentions))
    if not agree(top_a, top_b) or a.kind == "count" and min(abs(top_a.lo), abs(top_b.lo)) <= SMALL:
        return False
    return _same_subject(list(a.mentions), list(b.mentions)) and not _rivals(list(a.mentions), list(b.mentions))


def merge_same_facts(groups: list[Group]) -> list[Group]:
    """Groups that are one fact (`_same_fact`) as one group: the larger keeps its
    cue; the subject is kept only when both have it."""
    out: list[Group] = []
    for g in sorted(groups, key=lambda g: (-len(g.articles), g.kind, g.cue, g.topic)):
        for i, kept in enumerate(out):
            if _same_fact(kept, g):
                same_topic = kept.topic == g.topic
                out[i] = replace(kept, mentions=tuple(sorted(kept.mentions + g.mentions, key=lambda m: (m.path, m.line))),
                                 topic=kept.topic if same_topic else "", names=kept.names if same_topic else (),
                                 rivals=kept.rivals if same_topic else (), dominant=kept.dominant and same_topic)
                break
        else:
            out.append(g)
    return out


def counted(values: list[str]) -> list[str]:
    """Distinct values, most frequent first."""
    return [v for v, _ in Counter(values).most_common()]
