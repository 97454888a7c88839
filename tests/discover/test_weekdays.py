"""A weekday read against the article's own date line, and a wire's opening
dateline set aside. Articles invented."""
from __future__ import annotations

import pytest

from factlint.discover.lexicon import stem
from factlint.discover.mentions import article_mentions
from factlint.discover.run import DiscoveryValues, date_lined, discover_rules, extract_discovered
from factlint.prose.values import find_values
from factlint.read.document import make_document

# Three articles that write the day in full; the fourth writes a weekday only.
DAY_STORY = {
    "b.txt": "The Orla wildfire started on May 3 near Tarn.\nCrews fought the Orla wildfire for days.\n",
    "c.txt": "The Orla wildfire began on May 3, officials said.\n",
    "d.txt": "Since the May 3 wildfire, Tarn is empty.\n",
}


def _dates(texts: dict[str, str]) -> dict[str, set[tuple[str, str]]]:
    docs = [make_document(name, text) for name, text in sorted(texts.items())]
    kept, extracted = extract_discovered(docs, discover_rules(docs))
    out: dict[str, set[tuple[str, str]]] = {}
    for e in extracted:
        for f in e.facts:
            if f.kind == "date":
                out.setdefault(f.rule, set()).add((f.path, f.display))
    return out


@pytest.mark.parametrize("dateline, sentence", [
    ("Published: May 5, 2031", "The Orla wildfire started Tuesday near Tarn."),
    ("Published: May 5, 2031", "The Orla wildfire began on Tuesday."),
    ("Tarn Courier | May 4, 2031", "Tuesday's Orla wildfire left Tarn empty."),
    ("Tarn Courier | May 8, 2031", "The Orla wildfire that started last Tuesday is out."),
    ("Fri 9 May 2031 16.20 GMT", "Crews fought the Orla wildfire, which began Tuesday, for days."),
])
def test_a_weekday_is_the_day_its_date_line_makes_it(dateline, sentence):
    """A weekday in a report is the last such day on or before the report's date."""
    text = f"{dateline}\n\n{sentence}\n"
    doc = date_lined([make_document("a.txt", text)])[0]
    assert doc.date is not None
    read = DiscoveryValues(find_values)
    tuesday = [v for v in read(sentence, doc.date) if v.type == "date"]
    assert len(tuesday) == 1
    assert tuesday[0].date is not None and tuesday[0].date.bounds()[0].weekday() == 1  # a Tuesday
    assert 0 <= (doc.date - tuesday[0].date.bounds()[0]).days < 7


def _weekday_texts(sentence: str) -> dict[str, str]:
    # May 3, 2033 is a Tuesday; the article is dated Thursday, May 5, 2033.
    return {**{k: v.replace("May 3", "May 3, 2033") for k, v in DAY_STORY.items()},
            "a.txt": f"Published: May 5, 2033\n\n{sentence}\n"}


@pytest.mark.parametrize("sentence", [
    "The Orla wildfire started Tuesday near Tarn.",
    "The Orla wildfire began on Tuesday, officials said.",
    "Tuesday's wildfire left Tarn empty.",
])
def test_a_weekday_joins_the_group_of_the_day_other_articles_write(sentence):
    groups = _dates(_weekday_texts(sentence))
    together = [held for held in groups.values() if ("b.txt", "May 3, 2033") in held]
    assert together and any(path == "a.txt" for path, _ in together[0])


@pytest.mark.parametrize("sentence", [
    "The Orla wildfire started Tuesday near Tarn.",
    "Tuesday's wildfire left Tarn empty.",
])
def test_with_no_date_line_a_weekday_is_not_guessed(sentence):
    texts = {**_weekday_texts(sentence), "a.txt": sentence + "\n"}
    groups = _dates(texts)
    assert not any(path == "a.txt" for held in groups.values() for path, _ in held)


@pytest.mark.parametrize("sentence", [
    "The Orla wildfire grew yesterday near Tarn.",
    "The Orla wildfire grew this week near Tarn.",
    "The Orla wildfire started three days ago.",
    "The Orla wildfire is the worst this year.",
    "The Orla wildfire began last week.",
    "The Orla wildfire will be out tomorrow.",
])
def test_against_a_date_line_other_relative_dates_stay_unread(sentence):
    """A check does not date a plain page's events by its date line; discovery
    makes an exception for a weekday only."""
    doc = date_lined([make_document("a.txt", f"Published: May 5, 2033\n\n{sentence}\n")])[0]
    values = DiscoveryValues(find_values)(sentence, doc.date)
    assert not [v for v in values if v.type in ("date", "year")]
    assert not [m for m in article_mentions(doc, DiscoveryValues(find_values)) if m.kind in ("date", "year")]


@pytest.mark.parametrize("sentence", [
    "The Orla wildfire grew yesterday near Tarn.",
    "The Orla wildfire started Tuesday near Tarn.",
])
def test_front_matter_dates_read_every_relative_date_as_a_check_does(sentence):
    text = f"---\ndate: 2033-05-05\n---\n{sentence}\n"
    doc = date_lined([make_document("a.md", text)])[0]
    assert [v.type for v in DiscoveryValues(find_values)(sentence, doc.date) if v.type == "date"] == \
        [v.type for v in find_values(sentence, doc.date) if v.type == "date"] == ["date"]


@pytest.mark.parametrize("sentence", [
    "June 3 (Wire) — Divers recovered the body of a third worker near Tarn.",
    "June 3 (Tarn Courier) - Divers recovered the body of a third worker.",
    "March 14, 2033 (Wire) — Officials said the Orla bridge would reopen.",
    "June 3 (Wire) – Divers recovered the body.",
])
def test_a_date_opening_the_text_before_a_wires_name_is_a_dateline(sentence):
    values = DiscoveryValues(find_values)(sentence, None)
    assert values and values[0].type == "dateline"
    assert not [m for m in article_mentions(make_document("a.txt", sentence + "\n"), DiscoveryValues(find_values))
                if m.kind == "date"]


@pytest.mark.parametrize("sentence", [
    "Divers recovered the body on June 3 (Saturday) — the third.",
    "On June 3 (a Saturday) - divers recovered the body.",
    "The bridge opened June 3 (Wire reports).",
])
def test_a_date_inside_the_sentence_stays_a_date(sentence):
    assert [v.type for v in DiscoveryValues(find_values)(sentence, None) if v.type in ("date", "dateline")] == ["date"]


@pytest.mark.parametrize("plural, singular", [
    ("wildfires", "wildfire"), ("houses", "house"), ("closures", "closure"), ("crashes", "crash"),
    ("fences", "fence"), ("bushes", "bush"), ("searches", "search"), ("blazes", "blaze"),
])
def test_a_plural_stems_as_its_singular(plural, singular):
    assert stem(plural) == stem(singular)
