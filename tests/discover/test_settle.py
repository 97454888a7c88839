"""Which disagreements discovery stands behind (factlint/discover/settle.py):
only those between values of one fact; the rest are skipped with the reason.
Articles and people invented."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from factlint.cli.app import cli
from factlint.discover.mentions import article_mentions
from factlint.discover.titles import same_head, same_title
from factlint.read.document import make_document


def _disagreements(tmp_path, articles: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """rule -> [(article, value)] reported as disagreeing, from `factlint discover --format json`."""
    folder = tmp_path / "arts"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["discover", "--format", "json", str(folder)])
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.stdout)
    return {g["rule"]: [(os.path.basename(d["path"]), d["found"]) for d in g["disagreements"]]
            for g in data["discovered"]}


AGREEING = {
    "a.txt": "Storm hits Dunmore\nThe storm in Dunmore killed seven people, officials said.\n",
    "b.txt": "Dunmore storm\nSeven people died when the storm struck Dunmore.\n",
    "c.txt": "Dunmore mourns\nThe Dunmore storm killed seven people on Friday.\n",
    "d.txt": "Dunmore counts losses\nThe storm killed seven people across Dunmore.\n",
}


def _flagged(result: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    return sorted(x for found in result.values() for x in found)


def test_a_lone_slip_is_reported(tmp_path):
    """One article off by one from a consensus of four: a disagreement."""
    articles = {**AGREEING, "e.txt": "Dunmore storm\nThe storm in Dunmore killed eight people.\n"}
    assert ("e.txt", "eight") in _flagged(_disagreements(tmp_path, articles))


@pytest.mark.parametrize("sentence", [
    # A part of the whole: the rest, or some of them.
    "The storm in Dunmore killed seven people; the other two were teenagers who died at home.",
    "The storm in Dunmore killed seven; the remaining two were killed at home.",
    # Far below the consensus: a part, not the toll.
    "The storm killed seven in Dunmore, and one person died in a house in Dunmore.",
    # A list: which figure is whose is not read.
    "In Dunmore the storm killed 4, in Carrow 2 died and in Lisk 9 were killed.",
])
def test_unsure_values_are_not_reported(tmp_path, sentence):
    articles = {**AGREEING, "e.txt": f"Dunmore storm\n{sentence}\n"}
    assert [x for x in _flagged(_disagreements(tmp_path, articles)) if x[0] == "e.txt"] == []


def test_a_value_several_articles_give_is_not_one_slip(tmp_path):
    """Two articles say three against three saying seven: another fact or an earlier
    figure, not reported (the consensus is not twice as backed)."""
    articles = {**{k: v for k, v in AGREEING.items() if k != "d.txt"},
                "e.txt": "Dunmore storm\nThe storm in Dunmore killed three people.\n",
                "f.txt": "Dunmore storm\nThree people died in the Dunmore storm.\n"}
    assert _flagged(_disagreements(tmp_path, articles)) == []


def test_an_article_giving_the_consensus_too_is_not_flagged(tmp_path):
    articles = {**AGREEING, "e.txt": "Dunmore storm\nThe storm in Dunmore killed seven people.\n"
                                     "Later the storm in Dunmore killed eight people, a count said.\n"}
    assert [x for x in _flagged(_disagreements(tmp_path, articles)) if x[0] == "e.txt"] == []


DATED = {
    "a.txt": "Dunmore fire\nThe fire broke out in Dunmore on May 4.\n",
    "b.txt": "Dunmore fire\nThe Dunmore fire broke out on May 4, crews said.\n",
    "c.txt": "Dunmore fire\nSince the fire broke out on May 4, Dunmore has been closed.\n",
}


@pytest.mark.parametrize("day, reported", [
    ("May 2", True),    # before the event: its wrong date
    ("May 9", False),   # after: more often a follow-up's day (the search, the funeral)
])
def test_a_later_day_is_not_reported(tmp_path, day, reported):
    articles = {**DATED, "d.txt": f"Dunmore fire\nThe fire broke out in Dunmore on {day}.\n"}
    assert (("d.txt", day) in _flagged(_disagreements(tmp_path, articles))) is reported


@pytest.mark.parametrize("sentence, crowd", [
    ("The storm killed 4 in Dunmore, 2 in Carrow and 9 in Lisk.", 3),
    ("The storm killed 4 in Dunmore. It injured 12.", 1),
    ("Two were rescued and the six were presumed dead.", 2),
])
def test_crowd_counts_values_of_a_kind_in_the_sentence(sentence, crowd):
    mentions = article_mentions(make_document("x.txt", sentence + "\n"))
    assert mentions and max(m.crowd for m in mentions) == crowd


@pytest.mark.parametrize("sentence, value, part", [
    ("The other four workers are presumed dead.", "four", True),
    ("The remaining six were killed at sea.", "six", True),
    ("The rest of the three were killed later.", "three", True),
    ("Another 3 people were killed.", "3", True),
    ("Four workers are presumed dead.", "Four", False),
    ("The storm killed six people.", "six", False),
])
def test_part_of_a_whole(sentence, value, part):
    mentions = {m.display: m for m in article_mentions(make_document("x.txt", sentence + "\n"))}
    assert mentions[value].part is part


@pytest.mark.parametrize("sentence, cue", [
    ("Crews closed the three toll roads into the city.", "road"),
    ("The storm killed three people.", "deaths"),
    ("Three injured firefighters were taken to hospital.", "injured"),
])
def test_a_family_noun_before_another_noun_is_a_modifier(sentence, cue):
    mentions = article_mentions(make_document("x.txt", sentence + "\n"))
    assert mentions and mentions[0].cue == cue


@pytest.mark.parametrize("a, b, same", [
    ("PM", "Prime Minister", True),
    ("Outgoing PM", "outgoing Prime Minister", True),
    ("Gov.", "Governor", True),
    ("Deputy Governor", "Governor", False),
    ("Harbour Board chair", "HB chair", True),
])
def test_abbreviated_titles_say_the_same(a, b, same):
    assert same_title(a, b) is same


@pytest.mark.parametrize("a, b, same", [
    ("Deputy Transport Secretary", "Transport Secretary", True),
    ("Gov.", "lieutenant governor", True),
    ("party leader", "Prime Minister", False),
    ("Harbour Police spokesman", "Transport Ministry spokesman", True),
])
def test_same_head(a, b, same):
    assert same_head(a, b) is same


def test_another_office_is_not_a_disagreement(tmp_path):
    """A person holds several offices: "party leader" beside "Prime Minister" is
    no disagreement; "Deputy Prime Minister" is."""
    base = {
        "a.txt": "Vote\nPrime Minister Ana Vell said the vote was fair.\n",
        "b.txt": "Vote\nPrime Minister Ana Vell thanked voters.\n",
        "c.txt": "Vote\nAna Vell, the Prime Minister, spoke on Friday.\n",
    }
    other_office = _disagreements(tmp_path / "one", {**base, "d.txt": "Vote\nParty leader Ana Vell spoke.\n"}) \
        if (tmp_path / "one").mkdir() is None else {}
    wrong_rank = _disagreements(tmp_path / "two", {**base, "d.txt": "Vote\nDeputy Prime Minister Ana Vell spoke.\n"}) \
        if (tmp_path / "two").mkdir() is None else {}
    assert [x for x in _flagged(other_office) if x[0] == "d.txt"] == []
    assert [x for x in _flagged(wrong_rank) if x[0] == "d.txt"] == [("d.txt", "Deputy Prime Minister")]


def test_a_check_left_without_finding_is_skipped_with_the_reason(tmp_path):
    articles = {**AGREEING, "e.txt": "Dunmore storm\nIn the Dunmore storm the other two were killed.\n"}
    folder = tmp_path / "arts"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["discover", "--format", "json", str(folder)])
    checks = [c for c in json.loads(result.stdout)["checks"] if c["path"].endswith("e.txt")]
    assert checks and all(c["outcome"] != "failed" for c in checks)
    assert any(c["outcome"] == "skipped" and "not sure" in c["reason"] for c in checks)


def test_a_forecast_is_not_compared_with_the_result(tmp_path):
    """The result is 40 seats in four articles; an article's exit poll said 52:
    a forecast, not a wrong result."""
    articles = {
        "a.txt": "Vote\nThe Harbour party won 40 seats.\n",
        "b.txt": "Vote\nHarbour won 40 seats in the vote.\n",
        "c.txt": "Vote\nThe Harbour party has won 40 seats.\n",
        "d.txt": "Vote\nHarbour secured 40 seats.\n",
        "e.txt": "Vote\nAn exit poll projected Harbour to win 52 seats.\n",
    }
    assert [x for x in _flagged(_disagreements(tmp_path, articles)) if x[0] == "e.txt"] == []


def test_a_value_of_another_word_is_not_the_groups(tmp_path):
    """"a 90-seat majority" is a majority, even when a seats rule reads it."""
    articles = {
        "a.txt": "Vote\nThe Harbour party won 40 seats.\n",
        "b.txt": "Vote\nHarbour won 40 seats in the vote.\n",
        "c.txt": "Vote\nThe Harbour party has won 40 seats.\n",
        "d.txt": "Vote\nHarbour secured 40 seats, and Harbour won a 90-seat majority in 2019.\n",
    }
    assert [x for x in _flagged(_disagreements(tmp_path, articles)) if x[1] == "90"] == []


@pytest.mark.parametrize("opening", ["Opened in 1961, the Vela bridge", "Built in 1961, the Vela bridge"])
def test_a_dates_event_word_may_open_the_clause(opening):
    mentions = article_mentions(make_document("x.txt", f"{opening} carries 30,000 cars a day.\n"))
    year = next(m for m in mentions if m.kind == "year")
    assert opening.split()[0].lower() in {c[1] for c in year.context}


def _group(sentences: list[str], cue: str, projected: bool = False):
    from factlint.discover.group import Group

    mentions = [m for i, s in enumerate(sentences)
                for m in article_mentions(make_document(f"{chr(97 + i)}.txt", s + "\n"))]
    return Group("count", cue, "", "", (), (), tuple(mentions), projected)


def _finding(m):
    from factlint.model import Finding, Severity

    return Finding(m.path, m.line, m.column, "r", "f", Severity.WARNING, "", m.display, None)


RESULTS = ["Harbour won 40 seats.", "Harbour took 40 seats.", "Harbour won 40 seats in the vote."]


def test_doubt_a_forecast_beside_results():
    from factlint.discover.settle import Judged, doubt

    forecast = article_mentions(make_document("z.txt", "An exit poll projected Harbour to win 52 seats.\n"))[0]
    group = _group(RESULTS, "seat")
    group = type(group)(**{**group.__dict__, "mentions": group.mentions + (forecast,)})
    assert forecast.projected
    assert doubt(_finding(forecast), Judged("r", group)) == "a forecast beside a result"


def test_doubt_a_value_discovery_read_as_another_words():
    from factlint.discover.settle import Judged, doubt

    group = _group(RESULTS, "seat")
    other = article_mentions(make_document("z.txt", "Harbour won a 90-seat majority.\n"))[0]
    assert other.cue == "majority"
    readings = {(other.path, other.line, other.column): other}
    assert doubt(_finding(other), Judged("r", group), readings=readings).startswith("discovery read it as")
    assert doubt(_finding(other), Judged("r", group), readings={}) == "the draft rule read it, discovery did not"


def test_doubt_a_lone_slip_is_sure():
    from factlint.discover.settle import Judged, doubt

    group = _group(RESULTS + ["Harbour won 41 seats."], "seat")
    slip = group.mentions[-1]
    assert doubt(_finding(slip), Judged("r", group)) is None


def test_remembered_values_read_a_clause_once_and_change_nothing(monkeypatch):
    """Discovery and its drafts' extraction read each clause's values through
    one memo: every clause is read once, and what they find is the same as
    with `find_values` read afresh each time."""
    from factlint.discover.run import discover_all, extract_discovered
    from factlint.prose import values as values_module

    texts = {**AGREEING, "e.txt": "Dunmore storm\nThe storm in Dunmore killed eight people.\n"}
    docs = [make_document(name, text) for name, text in texts.items()]
    fresh = discover_all(docs, 2, values_module.find_values)
    fresh_extracted = extract_discovered(docs, fresh[0], 2, values_module.find_values)

    asked: list[str] = []
    real = values_module.find_values

    def counting(text, article_date=None):
        asked.append(text)
        return real(text, article_date)

    monkeypatch.setattr(values_module, "find_values", counting)
    memo = values_module.RememberedValues()
    remembered = discover_all(docs, 2, memo)
    remembered_extracted = extract_discovered(docs, remembered[0], 2, memo)
    assert remembered == fresh and remembered_extracted == fresh_extracted
    assert fresh_extracted[1] and any(e.facts for e in fresh_extracted[1])
    assert asked and len(asked) == len(set(asked))  # no clause read twice
    assert memo("It killed eight people.") is not memo("It killed eight people.")  # each caller its own list


@pytest.mark.parametrize("sentence, other_time", [
    ("Five years ago the Harbour party won 41 seats.", True),
    ("In the previous election Harbour won 41 seats.", True),
    ("Back in 2019, Harbour won 41 seats.", True),
    ("Harbour won 41 seats, two decades earlier than Vale.", True),
    ("Harbour won 41 seats on Friday.", False),
    ("Harbour won 41 seats in the last hour of counting.", False),
])
def test_doubt_a_sentence_about_another_time(sentence, other_time):
    from factlint.discover.settle import Judged, doubt

    group = _group(RESULTS + ["Harbour won 40 seats on Friday."], "seat")
    then = article_mentions(make_document("z.txt", sentence + "\n"))[0]
    group = type(group)(**{**group.__dict__, "mentions": group.mentions + (then,)})
    assert (doubt(_finding(then), Judged("r", group)) == "its sentence is about another time") is other_time


def test_doubt_a_reading_tied_by_a_word_one_article_writes():
    """A value the draft rule read is sure only when discovery tied it by the
    group's word, or one two of its articles write: not "led" of one article."""
    from factlint.discover.settle import Judged, doubt

    group = _group(RESULTS, "seat")
    other = article_mentions(make_document("z.txt", "Harbour led with 52 seats.\n"))[0]
    odd = type(other)(**{**other.__dict__, "cue": "led", "written": "led"})
    lone = type(group.mentions[0])(**{**group.mentions[0].__dict__, "cue": "led"})
    group = type(group)(**{**group.__dict__, "mentions": group.mentions + (lone,)})
    readings = {(odd.path, odd.line, odd.column): odd}
    assert doubt(_finding(odd), Judged("r", group), readings=readings).startswith("discovery read it as")


def test_a_year_written_in_a_date_is_compared_with_the_years(tmp_path):
    """"opened in May 1971" against a bridge built and opened in 1961: the year
    rule reads the date's year, and discovery read it there near a word the
    group's articles write ("opened"): reported."""
    articles = {
        "a.txt": "Vela bridge\nThe Vela bridge was built in 1961, engineers said.\n",
        "b.txt": "Vela bridge\nBuilt in 1961, the Vela bridge carries 30,000 cars.\n",
        "c.txt": "Vela bridge\nOpened in 1961, the Vela bridge was built in 1961 by the county.\n",
        "d.txt": "Vela bridge\nThe Vela bridge, which opened in 1961, was built in 1961.\n",
        "e.txt": "Vela bridge\nThe Vela bridge opened in May 1971 to traffic.\n",
    }
    assert ("e.txt", "May 1971") in _flagged(_disagreements(tmp_path, articles))


def _dated_group(kind: str, sentences: list[str], date=None):
    from factlint.discover.group import Group

    mentions = [m for i, s in enumerate(sentences)
                for m in article_mentions(make_document(f"{chr(97 + i)}.txt", s + "\n"))
                if m.kind == kind]
    return Group(kind, mentions[0].cue, "", "", (), (), tuple(mentions))


@pytest.mark.parametrize("display, alone", [
    ("Saturday", True), ("on Friday", True), ("last Tuesday", True), ("next Monday", True),
    ("Saturday, May 2", False), ("May 2", False), ("Sunday 3 May", False),
])
def test_a_weekday_alone_is_told(display, alone):
    from factlint.discover.settle import _WEEKDAY_ALONE

    assert bool(_WEEKDAY_ALONE.match(display)) is alone


def test_doubt_a_weekday_alone():
    """A day written only as a weekday is placed in a week by guess from the
    article's date: not a sure slip, though a written day before the consensus is."""
    from dataclasses import replace

    from factlint.discover.settle import doubt_value

    sentences = ["The Vela ferry sank on May 4, 2031.", "The Vela ferry sank on May 4.",
                 "Rescuers reached the Vela ferry, which sank May 4."]
    group = _dated_group("date", sentences)
    earlier = [m for m in article_mentions(make_document("z.txt", "The Vela ferry sank on April 27.\n"))
               if m.kind == "date"][0]
    assert doubt_value(earlier, group.mentions[0], group) is None
    weekday = replace(earlier, display="Saturday")  # as a weekday is read in an article dated May 2
    assert doubt_value(weekday, group.mentions[0], group) == "a weekday alone may be of the week before or after"


@pytest.mark.parametrize("sentence, planned", [
    ("The new Vela bridge will not be finished until 2034.", True),
    ("The new Vela bridge is now due to be finished in 2034.", True),
    ("Work on the Vela bridge has been pushed to 2034.", True),
    ("The mayor plans to open the Vela bridge in 2034.", True),
    ("The builders are aiming to finish the Vela bridge in 2034, over the coming years.", True),
    ("The Vela bridge was finished in 2034.", False),
])
def test_doubt_a_plan_put_back(sentence, planned):
    """A later year for a plan ("not until 2034" against "by 2032") is the plan
    put back, not a slip; a later year stated as done is compared."""
    from factlint.discover.settle import doubt_value

    group = _dated_group("year", ["The Vela bridge is due to be finished by 2032.",
                                  "The Vela bridge will be finished in 2032.",
                                  "Officials said the Vela bridge would be finished in 2032."])
    later = [m for m in article_mentions(make_document("z.txt", sentence + "\n")) if m.kind == "year"][0]
    why = doubt_value(later, group.mentions[0], group)
    assert (why == "a later year for a plan is the plan put back") is planned


def test_doubt_a_span_of_time():
    """Spans of time grouped by value are never a sure disagreement: "13 days
    after" beside "two weeks" are two spans, close in value."""
    from factlint.discover.group import find_groups
    from factlint.discover.settle import doubt_value

    sentences = ["The Ardle strike has lasted two weeks.", "Workers in Ardle have been out for two weeks.",
                 "After two weeks, the Ardle strike goes on.", "Talks began 13 days after the strike."]
    mentions = [m for i, s in enumerate(sentences) for m in article_mentions(make_document(f"{i}.txt", s + "\n"))]
    span = next(g for g in find_groups(mentions, 2) if g.dimension == "time")
    other = [m for m in mentions if m.display == "13 days"][0]
    assert doubt_value(other, span.mentions[0], span).startswith("a span of time")


@pytest.mark.parametrize("sentence, conditional", [
    ("That would give Harbour 41 seats.", True),
    ("Such a swing could hand Harbour 41 seats.", True),
    ("Harbour might end up with 41 seats.", True),
    ("Harbour won 41 seats, a gain of nine.", False),
])
def test_doubt_a_conditional_beside_results(sentence, conditional):
    """A conditional states what a forecast implies, its forecast word often in
    the sentence before: it is not compared with results."""
    from factlint.discover.settle import doubt_value

    group = _group(RESULTS + ["Harbour won 40 seats on Friday."], "seat")
    then = article_mentions(make_document("z.txt", sentence + "\n"))[0]
    why = doubt_value(then, group.mentions[0], type(group)(**{**group.__dict__, "mentions": group.mentions + (then,)}))
    assert (why == "a conditional ('would give') is a forecast, not a result") is conditional
