"""Event scope beyond one clause: a clause that names no event takes over the one
named just before it (issue: binding values to the right event)."""
import textwrap

import pytest

from factlint.extract.extract import extract_facts
from factlint.read.document import make_document
from factlint.rules import load_rules

STRIKE = """\
id: dravetz
scope: [Dravetz]
facts:
  deaths:
    kind: count
    triggers: [killed, dead, died]
  injured:
    kind: count
    triggers: [injured, wounded]
  date:
    kind: date
    triggers: [struck, strike, attack]
"""
POLL = """\
id: survey
scope: [survey]
facts:
  greens:
    kind: count
    triggers: [Greens]
    window: 8
  blues:
    kind: count
    triggers: [Blues]
    window: 8
"""
RESULT_EXCLUDING = """\
id: blues-result
scope:
  any: [Blues]
  none: [survey, projected]
facts:
  seats:
    kind: count
    triggers: [seats, won]
"""


def rules_from(tmp_path, **files):
    for name, text in files.items():
        (tmp_path / f"{name}.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return load_rules(str(tmp_path))


def facts_of(rules, text):
    return [(f.rule, f.fact, f.display) for f in extract_facts(make_document("a.txt", text), rules)]


@pytest.mark.parametrize("text, expected", [
    ("Rockets struck the centre of Dravetz on March 14. Nine people were killed and 55 were injured, the emergency "
     "service said.", {("dravetz", "deaths", "9"), ("dravetz", "injured", "55")}),
    ("Shelling hit Dravetz overnight.\n\nFour people died and 12 were wounded, officials said.",
     {("dravetz", "deaths", "4"), ("dravetz", "injured", "12")}),
    ("A drone attack on Dravetz was reported at dawn. Rescuers said 3 were dead.", {("dravetz", "deaths", "3")}),
    ("Dravetz came under fire again; 6 people were killed.", {("dravetz", "deaths", "6")}),
    ("The strike on Dravetz flattened a school, but 2 were wounded only.", {("dravetz", "injured", "2")}),
])
def test_a_clause_without_scope_takes_over_the_event_named_before(tmp_path, text, expected):
    rules = rules_from(tmp_path, dravetz=STRIKE)
    assert expected <= set(facts_of(rules, text))


@pytest.mark.parametrize("text", [
    "Rockets struck Dravetz on March 14. Two days later, a strike on Lorn killed five people.",
    "Rockets struck Dravetz on March 14. In another attack, seven people were killed.",
    "Rockets struck Dravetz on March 14. In 2019, a flood killed 40 people.",
    "Rockets struck Dravetz on March 14. A separate blast killed eight people.",
    "Rockets struck Dravetz on March 14, while 11 people died in the Marsh fire.",
    "Rockets struck Dravetz on March 14.\n\nWeather\n\nFour people died in a storm.",
    "Rockets struck Dravetz on March 14.\n\nThe harbour reopened.\n\nA ferry sank.\n\nThe mayor spoke.\n\n"
    "Ten people were killed.",
])
def test_no_takeover_past_another_event_a_heading_or_a_few_sentences(tmp_path, text):
    rules = rules_from(tmp_path, dravetz=STRIKE)
    assert [f for f in facts_of(rules, text) if f[1] in ("deaths", "injured")] == []


def test_taken_over_facts_say_where_the_event_was_named(tmp_path):
    rules = rules_from(tmp_path, dravetz=STRIKE)
    facts = extract_facts(make_document("a.txt", "Rockets struck Dravetz at dawn.\n\nNine people were killed."), rules)
    deaths = [f for f in facts if f.fact == "deaths"]
    assert [(f.line, f.scope_from) for f in deaths] == [(3, "line 1: Dravetz")]
    assert "scope_from" in deaths[0].to_dict()
    named = [f for f in facts if f.fact == "date"]
    assert all(f.scope_from is None and "scope_from" not in f.to_dict() for f in named)


@pytest.mark.parametrize("text, expected", [
    ("The survey was published at ten. It gives the Blues 131 seats and the Greens 40.",
     {("survey", "blues", "131"), ("survey", "greens", "40")}),
    ("A new survey came out today.\n\nIt has the Blues on 131 seats, with the Greens on 40.",
     {("survey", "blues", "131"), ("survey", "greens", "40")}),
])
def test_a_rule_that_rules_out_the_carried_event_stays_out(tmp_path, text, expected):
    """After "the survey ...", "the Blues on 131 seats" is the survey's, not a rule
    whose `none` terms rule out surveys."""
    rules = rules_from(tmp_path, survey=POLL, result=RESULT_EXCLUDING)
    got = set(facts_of(rules, text))
    assert expected <= got
    assert not any(f[0] == "blues-result" for f in got)


@pytest.mark.parametrize("text, expected", [
    ("The survey gave the Greens 40 seats. In the end the Blues secured 131 seats.", ("blues-result", "seats", "131")),
    ("The Greens were projected to take 40. The Blues won 131 seats, and the Greens 38.", ("blues-result", "seats", "131")),
    ("A survey had the Greens on 40. Both the Vale Party and the Blues took five seats each.",
     ("blues-result", "seats", "5")),
    ("A survey had the Greens on 40. The Blues, once a force, captured just 12 seats.", ("blues-result", "seats", "12")),
    ("The survey is out. The Blues have clinched some 90 seats, officials said.", ("blues-result", "seats", "about 90")),
])
def test_a_result_told_as_done_ends_a_carried_forecast(tmp_path, text, expected):
    """A clause stating a result in the past tense, with its figure, goes on from no
    forecast: the rule that rules the forecast out reads it, the forecast does not."""
    rules = rules_from(tmp_path, survey=POLL, result=RESULT_EXCLUDING)
    got = set(facts_of(rules, text))
    assert expected in got
    assert not any(f[0] == "survey" and f[1] == "blues" for f in got)


@pytest.mark.parametrize("text", [
    "The survey gave the Greens 40 seats. It says the Blues would have won 131 seats.",
    "The survey gave the Greens 40 seats. If the Blues won 131 seats, they would rule.",
    "The survey gave the Greens 40 seats. The Blues won 131 seats in the survey too.",
    "The survey gave the Greens 40 seats. The Blues have secured a clear lead on 131 seats.",
    "A new survey came out today.\n\nIt has the Blues on 131 seats, with the Greens on 40.",
])
def test_a_forecast_figure_told_as_done_or_conditional_stays_the_forecasts(tmp_path, text):
    """A modal, a condition, the survey named again, or a past verb whose figure is not
    its own ("secured a clear lead") keeps the carried forecast."""
    rules = rules_from(tmp_path, survey=POLL, result=RESULT_EXCLUDING)
    got = set(facts_of(rules, text))
    assert not any(f[0] == "blues-result" for f in got)


POLL_MAJORITY = """\
id: survey-majority
scope: [survey, projected]
facts:
  majority:
    kind: count
    triggers: [majority]
    window: 2
"""
STORY_MAJORITY = """\
id: blues-majority
scope:
  none: [survey, projected]
facts:
  majority:
    kind: count
    triggers: [majority]
    window: 2
"""
STORY_GAIN = """\
id: blues-gain
scope:
  none: [survey, projected]
facts:
  gain:
    kind: count
    triggers: [gained, gain]
    window: 2
"""


@pytest.mark.parametrize("text", [
    "The first survey suggests the Blues will win 410 seats. The Reds are on 131. That would hand the Blues "
    "a 170-seat majority.",
    "A survey published at ten has the Blues ahead.\n\nIt has the Reds on 131, with the Blues on 410 - a majority "
    "of 170.",
    "The Blues are projected to sweep the coast. Such a result gives them a majority of 170, the paper says.",
])
def test_a_rule_without_scope_words_stays_out_of_a_carried_event_it_rules_out(tmp_path, text):
    """A story-wide rule (only `none` words) that rules out the carried event's
    words stays out where that event would claim the same fact: the majority
    after "the survey suggests" is the survey's."""
    rules = rules_from(tmp_path, survey=POLL_MAJORITY, result=STORY_MAJORITY)
    got = facts_of(rules, text)
    assert ("survey-majority", "majority", "170") in got
    assert not any(f[0] == "blues-majority" for f in got)


@pytest.mark.parametrize("text, expected", [
    # Nothing carried: the story-wide rule reads as before.
    ("The Blues won a majority of 170 on Friday.", ("blues-majority", "majority", "170")),
    # A carried survey that claims no such fact does not rule out another fact of the story.
    ("A survey came out on Thursday. The Blues gained 64 seats on Friday.", ("blues-gain", "gain", "64")),
    ("The Blues are projected to win. In the end they gained 64 seats.", ("blues-gain", "gain", "64")),
])
def test_a_rule_without_scope_words_reads_what_the_carried_event_does_not_claim(tmp_path, text, expected):
    rules = rules_from(tmp_path, survey=POLL_MAJORITY, result=STORY_MAJORITY, gain=STORY_GAIN)
    assert expected in facts_of(rules, text)


@pytest.mark.parametrize("heading", ["How many are still missing?", "What happened next?", "Who was to blame?"])
def test_a_question_heading_ends_what_was_carried(tmp_path, heading):
    """An explainer's subhead written as a question is a section heading: the
    event named before it is not taken over past it."""
    rules = rules_from(tmp_path, dravetz=STRIKE)
    text = f"Rockets struck Dravetz on March 14.\n\n{heading}\n\nFour people died in a storm."
    assert [f for f in facts_of(rules, text) if f[1] == "deaths"] == []
    # A question within a paragraph is no heading: the event carries past it.
    inline = f"Rockets struck Dravetz on March 14. {heading} Four people died."
    assert ("dravetz", "deaths", "4") in facts_of(rules, inline)


@pytest.mark.parametrize("text", [
    "The survey is out, with the Greens projected to win 40 seats. The Blues posted their best tally since 1998, "
    "with 121 seats.",
    "A survey gives the Greens 40. The Blues, with 121 seats, had their best night since 2001.",
])
def test_a_clause_measured_against_a_past_year_keeps_its_own_event(tmp_path, text):
    """A clause comparing with a past year ("their best tally since 1998") takes
    over no event, so what a carried survey rules out does not rule out the
    event the clause names itself."""
    rules = rules_from(tmp_path, survey=POLL, result=RESULT_EXCLUDING)
    assert ("blues-result", "seats", "121") in facts_of(rules, text)


@pytest.mark.parametrize("text, expected", [
    ("Rockets struck Dravetz on March 14, though it was dawn before 9 were reported killed.", ("dravetz", "deaths", "9")),
    ("Shelling hit Dravetz, although this time only 2 people were wounded.", ("dravetz", "injured", "2")),
    ("Drones struck Dravetz at night, while they also killed 4 people in the suburbs.", ("dravetz", "deaths", "4")),
])
def test_a_contrast_whose_subject_is_a_pronoun_goes_on_about_the_event(tmp_path, text, expected):
    """", though this translated to only four seats": a concessive clause whose
    subject is a pronoun speaks of what came before it, not of another event."""
    rules = rules_from(tmp_path, dravetz=STRIKE)
    assert expected in facts_of(rules, text)


def test_a_result_named_without_a_survey_is_read(tmp_path):
    rules = rules_from(tmp_path, survey=POLL, result=RESULT_EXCLUDING)
    assert ("blues-result", "seats", "121") in facts_of(rules, "The Blues won 121 seats on Friday.")


DATED = """\
id: quay
scope: [quay]
facts:
  date:
    kind: date
    triggers: [collapsed, collapse, reopening, reopen]
"""


@pytest.mark.parametrize("text", [
    "Attacks on the quay have continued since March 12 after it collapsed.",
    "Crews hope to clear the quay collapse site by May 10.",
    "Leaders will honour the victims of the quay collapse on Wednesday, one year after the tragedy.",
    "It is the worst quay collapse since May 2021.",
])
def test_dates_that_are_not_the_event_date(tmp_path, text):
    rules = rules_from(tmp_path, quay=DATED)
    assert [f for f in facts_of(rules, text) if f[1] == "date"] == []


@pytest.mark.parametrize("text, value", [
    ("The quay collapsed on March 26, its owner said on April 2.", "March 26"),
    ("The ship has sat in the harbour since March 26, when the quay collapsed.", "March 26"),
])
def test_the_date_of_the_event_is_read(tmp_path, text, value):
    rules = rules_from(tmp_path, quay=DATED)
    assert ("quay", "date", value) in facts_of(rules, text)


def test_factlint_facts_shows_where_a_carried_event_was_named(tmp_path, runner):
    import json

    from factlint.cli.app import cli

    rules_from(tmp_path, dravetz=STRIKE)
    article = tmp_path / "a.txt"
    article.write_text("Rockets struck Dravetz on March 14.\n\nNine people were killed, officials said.\n",
                       encoding="utf-8")
    text = runner.invoke(cli, ["facts", "--no-cache", "--rules", str(tmp_path), str(article)]).output
    assert "line 3: dravetz.deaths 9 (event named at line 1: Dravetz)" in text
    data = json.loads(runner.invoke(cli, ["facts", "--no-cache", "--format", "json", "--rules", str(tmp_path),
                                          str(article)]).output)
    deaths = [m for m in data["mentions"] if m["fact"] == "deaths"]
    assert [m.get("scope_from") for m in deaths] == ["line 1: Dravetz"]
    assert [m.get("scope_from") for m in data["mentions"] if m["fact"] == "date"] == [None]


BLUES = """\
id: blues-result
scope:
  any: [Blues]
  none: ["2019", Harlan, projected]
facts:
  seats:
    kind: count
    triggers: [seats, won]
  majority:
    kind: count
    triggers: [majority]
    window: 3
"""


@pytest.mark.parametrize("text, expected", [
    ("The Blues won 121 seats, down from 365 seats in 2019.", [("blues-result", "seats", "121")]),
    ("The Blues now have 72 seats, beating the record of 62 set under Harlan in 2005.",
     [("blues-result", "seats", "72")]),
    ("The Blues won 412 seats, a gain of 211 on the last election in 2019.", [("blues-result", "seats", "412")]),
    ("The Blues will keep just nine seats, compared with 48 in 2019.", [("blues-result", "seats", "9")]),
])
def test_a_none_word_inside_a_comparison_keeps_the_clause(tmp_path, text, expected):
    """"up from 365 seats in 2019" compares with another election: the clause is
    still about this one, and nothing inside the comparison is claimed."""
    rules = rules_from(tmp_path, blues=BLUES)
    assert facts_of(rules, text) == expected


@pytest.mark.parametrize("text", [
    "In 2019 the Blues won 365 seats.",
    "The Blues are projected to win 300 seats.",
    "Under Harlan the Blues won 62 seats.",
])
def test_a_none_word_outside_a_comparison_still_rules_the_clause_out(tmp_path, text):
    rules = rules_from(tmp_path, blues=BLUES)
    assert facts_of(rules, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The Blues held most of Westland's 57 seats.", []),
    ("The Blues now boast a majority of 176 MPs.", [("blues-result", "majority", "176")]),
    ("The Blues won control of the four-lane bridge council.", []),
])
def test_whose_number_it_is(tmp_path, text, expected):
    rules = rules_from(tmp_path, blues=BLUES)
    assert facts_of(rules, text) == expected


def test_a_possessive_owner_that_names_the_event_keeps_its_number(tmp_path):
    rules = rules_from(tmp_path, blues=BLUES)
    assert ("blues-result", "seats", "121") in facts_of(rules, "The Greens won 40 seats to the Blues' 121.")


def test_a_rule_without_scope_words_keeps_a_clause_whose_none_word_is_a_comparison(tmp_path):
    rules = rules_from(tmp_path, fire="""\
id: fire
scope:
  none: [Hollow Fire, Pinecrest]
facts:
  deaths:
    kind: count
    triggers: [died, killed]
""")
    text = ("Officials said at least 36 people had died, the worst since the Hollow Fire, which killed 85 people "
            "and razed Pinecrest.")
    assert facts_of(rules, text) == [("fire", "deaths", "at least 36")]
    assert facts_of(rules, "The Hollow Fire killed 85 people.") == []


@pytest.mark.parametrize("text", [
    "The survey came out in the morning: the Blues gain.\n\n210 seats\n\nThe Blues won 121 seats on Friday.",
    "The survey was published on Friday.\n\n40 seats for the Greens\n\nIn the count, nothing changed.",
    "The survey gives the Greens a lead.\n\n14 years of waiting\n\nMore results came in.",
])
def test_a_numbered_heading_takes_over_no_event(tmp_path, text):
    """"210 seats" as a section heading labels what follows; it is no figure of
    the event named before it."""
    rules = rules_from(tmp_path, survey=POLL, result=RESULT_EXCLUDING)
    got = facts_of(rules, text)
    assert not any(f[0] == "survey" for f in got)


@pytest.mark.parametrize("text, expected", [
    ("# Survey puts the Blues ahead\n\nThe Blues are pleased.\n\nVoters were asked on Monday.\n\nIt rained.\n\n"
     "Turnout was low.\n\nThe full survey:\n\n- Blues: 131\n- Greens: 40\n",
     {("survey", "blues", "131"), ("survey", "greens", "40")}),
    ("Survey gives Greens a lead\n\nThe Greens were pleased.\n\nOthers were not.\n\nIt rained.\n\nMore later.\n\n"
     "Results in full:\n\nGreens: 45\n\nBlues: 38\n",
     {("survey", "blues", "38"), ("survey", "greens", "45")}),
])
def test_an_announced_list_takes_over_the_headlines_event(tmp_path, text, expected):
    rules = rules_from(tmp_path, survey=POLL)
    assert expected <= set(facts_of(rules, text))


VALES = """\
id: survey-vales
scope: [survey]
facts:
  vales:
    kind: count
    triggers: [Vale Alliance]
    window: 8
"""


@pytest.mark.parametrize("text", [
    "Norland votes\n\nThe survey results in full:\n\nBlues: 131\n\nGreens: 40\n\nReds: 12\n\nGolds: 9\n\n"
    "Vale Alliance: 7\n",
    "Norland votes\n\nThe survey results:\n\n• Blues: 131 seats\n\n• Greens: 40 seats\n\n• Reds: 12 seats\n\n"
    "• Golds: 9 seats\n\n• Vale Alliance: 7 seats\n",
])
def test_an_announced_list_carries_its_event_to_its_last_row(tmp_path, text):
    """A list under a line that names the event ("The survey results:") is the
    event's to its last row, though a rule finds nothing in the rows before."""
    rules = rules_from(tmp_path, vales=VALES)
    assert facts_of(rules, text) == [("survey-vales", "vales", "7")]


def test_an_announced_list_ends_at_a_sentence(tmp_path):
    rules = rules_from(tmp_path, vales=VALES)
    text = ("Norland votes\n\nThe survey results:\n\nBlues: 131\n\nThe count went on all night.\n\nIt rained.\n\n"
            "Nobody slept.\n\nVale Alliance: 7\n")
    assert facts_of(rules, text) == []


def test_a_list_announced_without_an_event_in_the_headline_takes_over_none(tmp_path):
    rules = rules_from(tmp_path, survey=POLL)
    text = "Weather turns\n\nIt rained.\n\nMore later.\n\nIt rained.\n\nThe full list:\n\n- Blues: 131\n- Greens: 40\n"
    assert facts_of(rules, text) == []


REGIONAL = """\
id: reds-result
scope:
  any: [Reds]
  none: [Norland, Estmark]
facts:
  seats:
    kind: count
    triggers: [seats, won, gained]
"""
GOLDS = """\
id: golds-result
scope: [Golds]
facts:
  seats:
    kind: count
    triggers: [seats, won, took]
"""


@pytest.mark.parametrize("text", [
    "In Norland the Golds lost 12 seats, while the Reds gained nine seats to reach 27.",
    "Only in Estmark did the Reds grow, but the Reds won 30 seats there.",
    "Across Norland the Golds fell back; the Reds won 14 seats.",
])
def test_a_sentence_that_places_itself_places_every_clause(tmp_path, text):
    rules = rules_from(tmp_path, reds=REGIONAL, golds=GOLDS)
    assert not any(f[0] == "reds-result" for f in facts_of(rules, text))


def test_a_place_inside_a_later_clause_does_not_place_the_first(tmp_path):
    rules = rules_from(tmp_path, reds=REGIONAL, golds=GOLDS)
    text = "The Reds won 300 seats, while in Norland the Golds took most."
    assert ("reds-result", "seats", "300") in facts_of(rules, text)


@pytest.mark.parametrize("text, expected", [
    ("The Reds won 71 seats, and the Golds took 14%, but only five seats.", ("golds-result", "seats", "5")),
    ("The Golds won 71 seats, and the Reds took 14%, but only five seats.", ("reds-result", "seats", "5")),
])
def test_of_two_events_taken_over_the_one_named_last_is_nearest(tmp_path, text, expected):
    rules = rules_from(tmp_path, reds=REGIONAL, golds=GOLDS)
    assert expected in facts_of(rules, text)


@pytest.mark.parametrize("text, expected", [
    ("Rockets hit Dravetz overnight\n\nNine people were killed and 55 were injured, officials said.",
     {("dravetz", "deaths", "9"), ("dravetz", "injured", "55")}),
    ("# Dravetz struck again\n\nAt least four people died, rescuers said.", {("dravetz", "deaths", "at least 4")}),
    ("Strike on Dravetz\n\nBy Ana Veld\n\nTwelve people were wounded in the raid.", {("dravetz", "injured", "12")}),
    ("Dravetz: a night of fire\n\nThe rockets came at two. Three people were killed and 20 were hurt.",
     {("dravetz", "deaths", "3")}),
])
def test_the_headline_names_the_event_for_the_first_paragraph(tmp_path, text, expected):
    """A first paragraph that names no event takes over the one its headline names."""
    rules = rules_from(tmp_path, dravetz=STRIKE)
    assert expected <= set(facts_of(rules, text))


@pytest.mark.parametrize("text", [
    "Rockets struck Dravetz on March 14, but nine people were killed only later.",
    "The strike on Dravetz came at dawn; nine people were killed.",
    "Dravetz was struck on March 14, and nine people were killed.",
])
def test_a_split_keeps_what_the_first_half_set_up(tmp_path, text):
    """The split at ", but" or ";" does not drop the scope the first half named."""
    rules = rules_from(tmp_path, dravetz=STRIKE)
    assert ("dravetz", "deaths", "9") in facts_of(rules, text)
