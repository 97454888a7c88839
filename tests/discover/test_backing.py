"""Which groups discovery keeps (factlint/discover/run.py `_backed`): a group
whose articles give close counts ("lost 41 seats", "losing 40 seats") states
one fact they disagree on, and is kept with no consensus and no disagreement
reported; far-apart counts are several facts and are left out. Articles
invented."""
from __future__ import annotations

import pytest

from factlint.discover.run import _near, discover_rules, extract_discovered
from factlint.read.document import make_document


def _count(n: float, approx: bool = False) -> dict:
    return {"lo": n, "hi": n, "approx": approx}


@pytest.mark.parametrize("a, b, near", [
    (41, 40, True),
    (312, 311, True),
    (250, 240, True),       # 4 %
    (9, 10, False),         # 10 %: two facts as likely as one slip
    (3, 41, False),
    (1, 2, False),
    (0, 0, False),
])
def test_close_counts_are_near(a, b, near):
    assert _near(_count(a), _count(b), "count") is near
    assert _near(_count(b), _count(a), "count") is near


def test_only_exact_counts_are_near():
    assert not _near(_count(41, approx=True), _count(40), "count")
    assert not _near({"lo": 30, "hi": 40, "approx": False}, _count(40), "count")
    assert not _near(_count(41), _count(40), "quantity")


def _kept(texts: dict[str, str]) -> dict[str, list[str]]:
    docs = [make_document(name, text) for name, text in texts.items()]
    kept, extracted = extract_discovered(docs, discover_rules(docs, 2), 2)
    ids = {d.rule.id for d in kept}
    out: dict[str, list[str]] = {}
    for e in extracted:
        for f in e.facts:
            if f.rule in ids and f.kind == "count":
                out.setdefault(f.rule, []).append(f.display)
    return {rule: sorted(values) for rule, values in out.items()}


@pytest.mark.parametrize("first, second", [
    ("The Tarn Alliance had a bruising night, losing 41 seats in the north.",
     "In the north the Tarn Alliance slumped, losing 40 seats."),
    ("The Tarn Alliance lost 41 seats on Thursday.", "The Tarn Alliance lost 40 seats, results showed."),
    ("Flooding in Elmsford destroyed 212 homes, the council said.",
     "The Elmsford flooding destroyed 208 homes."),
])
def test_two_articles_giving_close_counts_are_one_group(first, second):
    found = _kept({"a.txt": first + "\n", "b.txt": second + "\n"})
    assert any(len(values) == 2 for values in found.values()), found


@pytest.mark.parametrize("first, second", [
    ("The Tarn Alliance lost 41 seats on Thursday.", "The Tarn Alliance lost 3 seats in the by-election."),
    ("Flooding in Elmsford destroyed 212 homes, the council said.",
     "The Elmsford flooding destroyed 12 homes."),
])
def test_two_articles_giving_far_counts_are_no_group(first, second):
    assert _kept({"a.txt": first + "\n", "b.txt": second + "\n"}) == {}


def test_close_counts_with_no_majority_report_no_disagreement(tmp_path):
    """Which of 41 and 40 is right is not known: the group is shown, and no
    article is flagged."""
    from tests.discover.test_settle import _disagreements
    found = _disagreements(tmp_path, {
        "a.txt": "Tarn results\nThe Tarn Alliance lost 41 seats on Thursday.\n",
        "b.txt": "Tarn count\nThe Tarn Alliance lost 40 seats, results showed.\n",
    })
    assert found and all(flagged == [] for flagged in found.values())


@pytest.mark.parametrize("sentence", [
    "Aged 50, Vale took office. Harbour's win, built on 212 seats in the 400-member House of Assembly, "
    "is a gain of 11 seats on the 2027 vote. The Blues were left with just 90 seats.",
    "Harbour's win, with 212 seats in the 400-member House of Assembly, is a gain of 11 seats on 2027. "
    "The Blues were left with 90 seats.",
])
def test_a_parts_count_in_a_wholes_clause_is_the_parts(sentence):
    """The whole's draft reads its clause first, but only its size is the
    whole's: the part's count goes to the part's rule."""
    docs = [make_document(name, text + "\n") for name, text in {
        "a.txt": sentence,
        "b.txt": "Harbour won 212 seats on Thursday, with all 400 seats declared.",
        "c.txt": "The Harbour Party won 212 seats. Results for all 400 seats were in by noon.",
        "d.txt": "Harbour took 212 seats. The Blues won 90 seats.",
        "e.txt": "The Blues won 90 seats, down from 120 seats.",
    }.items()]
    kept, extracted = extract_discovered(docs, discover_rules(docs, 2), 2)
    taken = {(f.path, f.display): f.rule for e in extracted for f in e.facts if f.kind == "count"}
    whole = taken.get(("a.txt", "400"))
    part = taken.get(("a.txt", "212"))
    assert whole is not None and part is not None and part != whole
    assert part == taken[("d.txt", "212")]


def test_close_counts_with_no_majority_have_no_consensus(tmp_path):
    """Shown with no consensus (and so no expected value in its draft)."""
    import json

    from click.testing import CliRunner

    from factlint.cli.app import cli
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text("Tarn results\nThe Tarn Alliance lost 41 seats on Thursday.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Tarn count\nThe Tarn Alliance lost 40 seats, results showed.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["discover", "--format", "json", str(folder)])
    groups = [g for g in json.loads(result.stdout)["discovered"] if len(g["mentions"]) == 2]
    assert groups and all(g["consensus"] is None for g in groups)
    text = CliRunner().invoke(cli, ["discover", str(folder)]).stdout
    assert "no value has a majority" in text and "all agree" not in text


@pytest.mark.parametrize("text", [
    "Tarn results\nThe Tarn Alliance lost 41 seats on Thursday.\n",
    "Tarn report\nFloods in Tarn killed 7 people and injured 40, officials said.\n",
])
def test_a_count_one_article_states_is_its_own_consensus(tmp_path, text):
    """With --min-articles 1, a count only one article states has nothing to
    disagree with: its value is the consensus ("all agree", "1 article")."""
    import json

    from click.testing import CliRunner

    from factlint.cli.app import cli
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text("Elsewhere\nA quiet day in the hills.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["discover", "--min-articles", "1", "--format", "json", str(folder)])
    groups = [g for g in json.loads(result.stdout)["discovered"] if g["kind"] == "count"]
    assert groups and all(g["consensus"] is not None for g in groups)
    text_out = CliRunner().invoke(cli, ["discover", "--min-articles", "1", str(folder)]).stdout
    assert "(1 article, all agree)" in text_out and "1 articles" not in text_out
    assert "no value has a majority" not in text_out
