"""A forecast's lead-in line ("The exit poll results:") makes the list or
table under it a forecast, though no line of it says so. Articles invented."""
from __future__ import annotations

import pytest

from factlint.discover.mentions import article_mentions
from factlint.read.document import make_document


def _projected(text: str) -> dict[str, bool]:
    return {m.display: m.projected for m in article_mentions(make_document("a.md", text)) if m.kind == "count"}


@pytest.mark.parametrize("lead_in", [
    "The exit poll results in full:",
    "The full poll:",
    "Projected seats:",
    "Seats forecast by the exit poll:",
    "How the exit poll sees it:",
])
@pytest.mark.parametrize("items", [
    ["Harbour Party: 318", "Blues: 93"],
    ["- Harbour Party: 318", "- Blues: 93"],
    ["• Harbour Party: 318 Seats", "• Blues: 93 Seats"],
])
def test_a_forecasts_list_is_a_forecast(lead_in, items):
    text = f"Norland voted on Thursday.\n\n{lead_in}\n\n" + "\n\n".join(items) + "\n"
    assert _projected(text) == {"318": True, "93": True}


@pytest.mark.parametrize("lead_in", [
    "The final results:",
    "Seats won, with all 612 declared:",
])
def test_a_results_list_is_not_a_forecast(lead_in):
    text = f"Norland voted on Thursday.\n\n{lead_in}\n\nHarbour Party: 318\n\nBlues: 93\n"
    found = _projected(text)
    assert (found["318"], found["93"]) == (False, False)


def test_the_forecast_ends_at_a_paragraph_of_its_own():
    text = ("The exit poll results:\n\nHarbour Party: 318\n\n"
            "Counting went on through the night, and by morning the Blues had won 88 seats.\n\nBlues: 88\n")
    assert _projected(text) == {"318": True, "88": False}


# A forecast told in prose in some articles and in a table in others: each
# party's figure is one fact, whatever the article writes it in.
POLL = [
    "Exit poll\n\nThe exit poll suggests the Harbour Party will win 318 seats. The Blues are projected to win "
    "93 seats.\n",
    "Poll\n\nHarbour is predicted to win 318 seats, the exit poll shows, with the Blues on 93.\n\n"
    "The full poll:\n\nHarbour Party: 318\n\nBlues: 93\n\nVale Alliance: 41\n",
    "Night\n\nThe exit poll results:\n\n- Harbour Party: 318\n- Blues: 93\n- Vale Alliance: 41\n",
    "Count\n\nThe Blues are forecast to win 93 seats, the exit poll shows. The Vale Alliance is projected "
    "to take 41 seats.\n",
]


def _poll_groups():
    from factlint.discover.group import find_groups
    from factlint.discover.mentions import common_words

    docs = [make_document(f"{i}.md", t) for i, t in enumerate(POLL)]
    mentions = [m for d in docs for m in article_mentions(d)]
    return mentions, find_groups(mentions, 2, common_words(docs))


@pytest.mark.parametrize("label, value", [("Harbour Party", "318"), ("Blues", "93"), ("Vale Alliance", "41")])
def test_a_forecasts_table_row_counts_what_its_partys_forecast_counts(label, value):
    _, groups = _poll_groups()
    holding = [g for g in groups if any(m.written == label for m in g.mentions)]
    assert len(holding) == 1 and holding[0].projected and holding[0].cue == "seat"
    rows = [m for m in holding[0].mentions if m.written == label]
    assert len(rows) == 2 and all(m.labelled for m in rows)
    assert {m.display for m in holding[0].mentions} == {value}
    assert len(holding[0].articles) >= 3  # prose and tables


@pytest.mark.parametrize("label, names", [
    ("Liberal Democrats", [("dems", 3), ("lib", 8)]),  # written short: "the Lib Dems"
    ("Blues", [("blue", 3)]),
    ("Harbour Party", [("harbour", 3)]),
])
def test_a_label_names_a_subject_written_short_or_singular(label, names):
    from factlint.discover.group import name_stem, names_word

    words = {name_stem(w.lower()) for w in label.split()}
    assert any(names_word(name_stem(n), words) for n, _ in names)


@pytest.mark.parametrize("label, name", [("Blues", "vale"), ("Harbour Party", "harlow"), ("Vale Alliance", "al")])
def test_a_label_does_not_name_another_subject(label, name):
    from factlint.discover.group import name_stem, names_word

    assert not names_word(name_stem(name), {name_stem(w.lower()) for w in label.split()})


def test_a_forecasts_figures_are_drafted_by_subject_and_read_from_prose_and_table():
    from factlint.discover.run import discover_rules, extract_discovered

    docs = [make_document(f"{i}.md", t) for i, t in enumerate(POLL)]
    found = discover_rules(docs)
    kept, extracted = extract_discovered(docs, found)
    blues = next(d for d in kept if d.group is not None and d.group.projected and d.group.topic == "blues")
    spec = next(iter(blues.data["facts"].values()))
    assert spec["triggers"][0] == "Blues" and spec["window"] == 10
    read = sorted((f.path, f.line, f.display) for e in extracted for f in e.facts if f.rule == blues.rule.id)
    assert read == [("0.md", 3, "93"), ("1.md", 3, "93"), ("1.md", 9, "93"), ("2.md", 6, "93"), ("3.md", 3, "93")]
