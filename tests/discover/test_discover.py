"""Discovery with no rules: reading cues, grouping across articles, title
consensus, draft rule files, and the `discover` command. Articles invented."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from factlint.cli.app import cli
from factlint.discover import writer
from factlint.discover.group import find_groups
from factlint.discover.mentions import article_mentions
from factlint.discover.run import discover_rules, extract_discovered
from factlint.discover.titles import same_title, title_consensus
from factlint.read.document import make_document
from tests.conftest import ROOT

ARTICLES = {
    "a.txt": "Flood in Ashford\n"
             "The flood in Ashford killed four people and injured 23, officials said.\n"
             "Ashford has been under a building ban since 2009, the council said.\n"
             "Mayor Lena Moor said the town would rebuild. The river rose 3 metres.\n",
    "b.txt": "Ashford counts its losses\n"
             "Four people died in the Ashford flood, and 23 were injured.\n"
             "A building ban has been in place in Ashford since 2009.\n"
             "Ashford Mayor Lena Moor visited the shelters.\n",
    "c.txt": "Ashford flood\n"
             "The Ashford flood left five people dead and injured 23.\n"
             "In Millbrook, a separate fire killed 12 people.\n"
             "Lena Moor, the mayor of Ashford, asked for help.\n",
    "d.txt": "Millbrook fire\n"
             "The Millbrook fire killed 12 people on Sunday.\n"
             "Ashford Police Chief Lena Moor said the fire was out.\n",
}


def _docs(articles=ARTICLES):
    return [make_document(name, text) for name, text in sorted(articles.items())]


@pytest.mark.parametrize("sentence, cue, value", [
    ("The blast killed four people.", "deaths", "four"),
    ("Four people died in the blast.", "deaths", "Four"),
    ("The death toll rose to 31 on Monday.", "deaths", "31"),
    ("Two were rescued and the six were presumed dead.", "deaths", "six"),
    ("At least 40 were wounded.", "injured", "At least 40"),
    ("Nine people remain unaccounted for.", "missing", "Nine"),
    ("The party won 212 seats.", "seat", "212"),
    ("The party gained 80 seats.", "seat-gain", "80"),
    ("The bill passed with a majority of 54.", "majority", "54"),
    ("The six men presumed dead were welders.", "deaths", "six"),
    ("One worker was quickly rescued from the water.", "rescued", "One"),
    ("Two workers were saved by divers on Monday.", "rescued", "Two"),
    ("Two have survived, the coast guard said.", "rescued", "Two"),
    ("There were 19 crew members on board.", "crew", "19"),
    ("All 19 crewmembers aboard the ferry were safe.", "crew", "19"),
    ("The ferry's 19-strong crew was safe.", "crew", "19"),
])
def test_count_cues(sentence, cue, value):
    found = {m.display: m.cue for m in article_mentions(make_document("x.txt", sentence + "\n"))}
    assert found.get(value) == cue


@pytest.mark.parametrize("sentence, cue", [
    ("The missile has a range of about 700 kilometres.", "range"),
    ("The ferry is 120 metres long.", "length"),
    ("The lake is 40 metres deep.", "depth"),
    ("The fire burned 300 acres.", "area"),
])
def test_quantity_cues(sentence, cue):
    found = [m for m in article_mentions(make_document("x.txt", sentence + "\n")) if m.kind == "quantity"]
    assert [m.cue for m in found] == [cue]


def test_a_projection_is_marked():
    found = article_mentions(make_document("x.txt", "The exit poll projects the party will win 212 seats.\n"))
    assert [m.projected for m in found] == [True]
    found = article_mentions(make_document("x.txt", "The party won 212 seats.\n"))
    assert [m.projected for m in found] == [False]


def test_groups_tell_subjects_apart():
    groups = find_groups([m for d in _docs() for m in article_mentions(d)], 2)
    deaths = {g.topic: sorted(m.display for m in g.mentions) for g in groups if g.cue == "deaths"}
    assert deaths["ashford"] == ["Four", "five", "four"]
    assert deaths["millbrook"] == ["12", "12"]


def test_a_year_takes_the_word_most_articles_write_near_it():
    docs = _docs({
        "a.txt": "Tolland has been under a trade embargo since its first test in 2009.\n",
        "b.txt": "The embargo on Tolland dates from 2009.\n",
        "c.txt": "An embargo has been in force since 2009, officials said.\n",
    })
    groups = find_groups([m for d in docs for m in article_mentions(d)], 2)
    years = [g for g in groups if g.kind == "year"]
    assert [(g.cue, len(g.articles)) for g in years] == [("embargo", 3)]


@pytest.mark.parametrize("a, b, same", [
    ("Gov.", "Tolland Governor", True),
    ("governor of Tolland", "Tolland Governor", True),
    ("NSB chairwoman", "National Safety Board Chair", True),
    ("head of the National Safety Board", "NSB Chair", True),
    ("senior Vela official", "presidential adviser", True),
    ("Vice Chair", "Chair", False),
    ("Port Authority spokesman", "Regional Health Board spokesman", False),
    ("Tolland Energy Secretary", "U.S. Energy Secretary", False),
    ("mayor", "police chief", False),
])
def test_same_title(a, b, same):
    assert same_title(a, b) is same
    assert same_title(b, a) is same


def test_title_consensus_sets_the_odd_title_apart():
    agreeing, apart = title_consensus({"Mayor": {"a", "b"}, "mayor of Ashford": {"c"}, "Police Chief": {"d"}})
    assert agreeing == ["Mayor", "mayor of Ashford"] and apart == ["Police Chief"]
    assert title_consensus({"Mayor": {"a"}, "Police Chief": {"b"}}) == ([], [])


def test_discovered_rules_find_what_they_were_made_from():
    docs = _docs()
    found, extracted = extract_discovered(docs, discover_rules(docs, 2), 2)
    ids = {d.rule.id for d in found}
    assert {"discovered/ashford-deaths", "discovered/millbrook-deaths", "discovered/lena-moor-title"} <= ids
    moor = next(d for d in found if d.rule.id == "discovered/lena-moor-title")
    assert moor.disputed == ("Ashford Police Chief",)
    facts = [(f.path, f.display) for e in extracted for f in e.facts if f.rule == "discovered/ashford-deaths"]
    assert sorted(facts) == [("a.txt", "4"), ("b.txt", "4"), ("c.txt", "5")]


def _write(folder, articles=ARTICLES):
    os.makedirs(folder, exist_ok=True)
    for name, text in articles.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
            handle.write(text)


def test_cli_discover_text_and_json(tmp_path):
    _write(tmp_path / "arts")
    runner = CliRunner()
    result = runner.invoke(cli, ["discover", str(tmp_path / "arts")])
    assert result.exit_code == 0, result.output
    assert "discovered/ashford-deaths.deaths: Ashford deaths (count) (3 articles, 1 disagreement)" in result.output
    assert "consensus: 4" in result.output
    assert "warning [discovered/ashford-deaths.deaths]" in result.output
    result = runner.invoke(cli, ["discover", "--format", "json", str(tmp_path / "arts")])
    data = json.loads(result.output)
    groups = {g["rule"]: g for g in data["discovered"]}
    assert groups["discovered/ashford-deaths"]["consensus"] == "4"
    assert [d["path"].endswith("c.txt") for d in groups["discovered/ashford-deaths"]["disagreements"]] == [True]
    assert {f["severity"] for f in data["findings"]} == {"warning"}
    result = runner.invoke(cli, ["discover", "--min-articles", "3", "--format", "json", str(tmp_path / "arts")])
    assert all(g["articles"] >= 3 for g in json.loads(result.output)["discovered"])


def test_written_rules_pass_test_rules_and_flag_the_odd_article(tmp_path):
    _write(tmp_path / "arts")
    rules = tmp_path / "rules"
    runner = CliRunner()
    result = runner.invoke(cli, ["discover", "--write-rules", str(rules), str(tmp_path / "arts")])
    assert result.exit_code == 0, result.output
    assert os.path.exists(rules / "ashford-deaths.yaml")
    tested = runner.invoke(cli, ["test-rules", str(rules)])
    assert tested.exit_code == 0, tested.output
    assert "ashford-deaths fail example #1" in tested.output
    checked = runner.invoke(cli, ["--no-cache", "--rules", str(rules), "--format", "json", str(tmp_path / "arts")])
    flagged = {(os.path.basename(f["path"]), f["rule"]) for f in json.loads(checked.output)["findings"]}
    assert ("c.txt", "discovered/ashford-deaths") in flagged
    assert ("d.txt", "discovered/lena-moor-title") in flagged


def test_agreeing_group_gets_an_expected_value(tmp_path):
    _write(tmp_path / "arts")
    CliRunner().invoke(cli, ["discover", "--write-rules", str(tmp_path / "rules"), str(tmp_path / "arts")])
    text = (tmp_path / "rules" / "injured.yaml").read_text(encoding="utf-8")
    assert "expected: '23'" in text or "expected: 23" in text
    deaths = (tmp_path / "rules" / "ashford-deaths.yaml").read_text(encoding="utf-8")
    assert "expected" not in deaths  # the articles disagree: no value is taken as right


def test_rerun_keeps_a_rule_a_person_edited(tmp_path):
    _write(tmp_path / "arts")
    rules = tmp_path / "rules"
    runner = CliRunner()
    runner.invoke(cli, ["discover", "--write-rules", str(rules), str(tmp_path / "arts")])
    path = rules / "ashford-deaths.yaml"
    edited = path.read_text(encoding="utf-8").replace("severity: warning", "severity: error")
    path.write_text(edited, encoding="utf-8")
    result = runner.invoke(cli, ["discover", "--write-rules", str(rules), str(tmp_path / "arts")])
    assert path.read_text(encoding="utf-8") == edited
    assert "kept" in result.output and "unchanged" in result.output


def test_hash_header():
    body = "id: discovered/x\n"
    content = writer.stamped(body)
    assert not writer.edited(content)
    assert writer.edited(content + "# a note\n")
    assert writer.edited(body)  # no header: written by a person


def test_report_discover_section(tmp_path):
    _write(tmp_path / "arts")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", "--discover", "-o", str(out), str(tmp_path / "arts")])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert '<h2 id="discovered">Discovered facts</h2>' in page
    assert "discovered/ashford-deaths.deaths" in page


def test_discover_needs_articles(tmp_path):
    result = CliRunner().invoke(cli, ["discover", str(tmp_path)])
    assert result.exit_code == 2
    assert "no articles found" in result.output


DISCOVER_MD = os.path.join(ROOT, "docs", "discover.md")


def _blocks():
    import re

    with open(DISCOVER_MD, encoding="utf-8") as handle:
        return re.findall(r"^```(\w*)\n(.*?)^```", handle.read(), flags=re.M | re.S)


def test_docs_seed_output_is_real(monkeypatch):
    monkeypatch.chdir(ROOT)
    shown = next(body for _, body in _blocks() if body.startswith("$ factlint discover -q seeds/"))
    command, _, output = shown.partition("\n")
    result = CliRunner().invoke(cli, command[2:].split()[1:])
    assert result.stdout == output


def test_docs_draft_is_what_is_written(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    shown = next(body for lang, body in _blocks() if lang == "yaml" and "discovered/embargo-year" in body)
    CliRunner().invoke(cli, ["discover", "seeds/", "--write-rules", str(tmp_path)])
    assert (tmp_path / "embargo-year.yaml").read_text(encoding="utf-8") == shown


@pytest.mark.parametrize("run, name", [
    ("Rear Admiral Ana Ruiz", "Ana Ruiz"),
    ("Col. Tomas Berg Jr.", "Tomas Berg"),
    ("Tomas Berg", "Tomas Berg"),
    ("Vela Transport Secretary", "Vela Transport Secretary"),  # left whole: no person (a title word in it)
    ("Vela Mayor Ana Ruiz", "Ana Ruiz"),  # the name is what follows the title word
    ("Vela Harbour Police Superintendent Col. Ana M. Ruiz", "Ana M. Ruiz"),
    ("Then Ana Ruiz", "Ana Ruiz"),
    ("On Tuesday Ana Ruiz", "Ana Ruiz"),
])
def test_people_lose_ranks_and_suffixes(run, name):
    from factlint.discover.titles import _trimmed

    assert _trimmed(run) == name


@pytest.mark.parametrize("sentence", [
    "Vela Mayor Ana Ruiz said the bridge would reopen.",
    "Vela Harbour Police Superintendent Col. Ana Ruiz said so.",
    "Asked on Monday, Vela City Fire Department Chief Ana Ruiz declined.",
    "Ana Ruiz, the mayor, said so.",
])
def test_a_person_after_a_long_title_is_found(sentence):
    from factlint.discover.titles import find_people

    docs = _docs({"a.txt": sentence + "\n", "b.txt": "Mayor Ana Ruiz spoke.\n"})
    assert [p.name for p in find_people(docs, 2)] == ["Ana Ruiz"]


def test_a_place_named_for_a_person_is_no_person():
    from factlint.discover.titles import find_people

    docs = _docs({"a.txt": "The Lena Moor Bridge closed.\n", "b.txt": "Traffic on the Lena Moor Bridge resumed.\n"})
    assert find_people(docs, 2) == []


def test_a_middle_initial_is_the_same_person():
    from factlint.discover.titles import find_people

    docs = _docs({"a.txt": "Ana M. Ruiz, the mayor of Vela, spoke.\n", "b.txt": "Mayor Ana Ruiz spoke.\n",
                  "c.txt": "Admiral Ana Ruiz spoke.\n"})
    people = find_people(docs, 2)
    assert [(p.name, len(p.articles)) for p in people] == [("Ana M. Ruiz", 3)] or \
        [(p.name, len(p.articles)) for p in people] == [("Ana Ruiz", 3)]
    assert "Ruiz" in people[0].aliases


def test_a_dominant_subject_keeps_the_others_out_and_a_counted_noun_reads_close():
    from factlint.discover.group import Group
    from factlint.discover.rulegen import group_rule

    main = Group("count", "deaths", "", "ashford", ("ashford",), ("millbrook",), (), dominant=True)
    assert group_rule(main, "x")["scope"] == {"none": ["millbrook"]}
    other = Group("count", "deaths", "", "millbrook", ("millbrook",), ("ashford",), ())
    assert group_rule(other, "x")["scope"] == {"any": ["millbrook"]}
    seats = Group("count", "seat", "", "", (), (), tuple(article_mentions(make_document("a.txt", "It won 212 seats.\n"))))
    assert group_rule(seats, "x")["facts"]["seats"]["window"] == 2
    assert group_rule(main, "x")["facts"]["deaths"]["window"] == 10  # a family's verb may sit past a long subject


def test_dates_group_by_value_and_a_stray_one_joins_by_its_words():
    docs = _docs({
        "a.txt": "The Tolland dam opened on May 4, 1961, the county said.\n",
        "b.txt": "The dam opened on May 4, 1961.\n",
        "c.txt": "The dam, which opened on May 4, 1963, was closed.\n",
        "d.txt": "The dam opened on May 4, 1961, and a school opened on May 9, 1999.\n",
    })
    groups = [g for g in find_groups([m for d in docs for m in article_mentions(d)], 2) if g.kind == "date"]
    assert len(groups) == 1
    assert sorted(m.display for m in groups[0].mentions) == ["May 4, 1961", "May 4, 1961", "May 4, 1961",
                                                             "May 4, 1963", "May 9, 1999"]
    assert groups[0].cue == "open"


def test_a_year_far_from_its_group_is_another_event():
    docs = _docs({
        "a.txt": "The ban has been in force since 2009, the council said.\n",
        "b.txt": "A ban in force since 2009 covers the coast.\n",
        "c.txt": "The ban, in force since 2011, covers the coast.\n",
        "d.txt": "The ban has been in force since 2009; a first ban in force since 1948 was lifted.\n",
    })
    found, extracted = extract_discovered(docs, discover_rules(docs, 2), 2)
    years = sorted(f.display for e in extracted for f in e.facts if f.kind == "year")
    assert years == ["2009", "2009", "2009", "2011"]


@pytest.mark.parametrize("a, b, same", [
    ("34%", "33.7%", True),      # the less precise is the other rounded
    ("33.7%", "33.8 per cent", False),
    ("around 60%", "59.9 per cent", True),
    ("14%", "12%", False),
])
def test_percentages_agree_by_precision(a, b, same):
    from factlint.discover.group import agree

    ma = article_mentions(make_document("a.txt", f"The party's vote share was {a}.\n"))[0]
    mb = article_mentions(make_document("b.txt", f"The party's vote share was {b}.\n"))[0]
    assert agree(ma, mb) is same


def test_a_percentage_group_is_drafted_as_a_percentage_rule(tmp_path):
    """With the percentage kind, a group of shares is a rule like any other: "61%"
    rounds from 61.2 and agrees; 66.2% does not."""
    _write(tmp_path / "arts", {
        "a.txt": "Turnout in Vela was 61.2%, officials said.\n",
        "b.txt": "Turnout in Vela reached 61.2 per cent.\n",
        "c.txt": "Vela turnout was 61%.\n",
        "d.txt": "Turnout in Vela was 66.2%.\n",
    })
    rules = tmp_path / "rules"
    result = CliRunner().invoke(cli, ["discover", "--format", "json", "--write-rules", str(rules), str(tmp_path / "arts")])
    groups = [g for g in json.loads(result.stdout)["discovered"] if g["kind"] == "percentage"]
    assert len(groups) == 1 and not groups[0]["read_only"] and groups[0]["consensus"] == "61.2%"
    assert [os.path.basename(d["path"]) for d in groups[0]["disagreements"]] == ["d.txt"]
    [written] = [name for name in os.listdir(rules) if "percent" in name]
    assert "kind: percentage" in (rules / written).read_text(encoding="utf-8")




def test_subjects_told_apart_in_a_sentence_are_not_merged():
    """Two parties named together in every sentence, each with its own figure,
    are two subjects: "Harbour won 12 seats and Vale won 40 seats"."""
    articles = {
        "a.txt": "Result\nThe Harbour party won 12 seats, while the Vale party won 40 seats.\n",
        "b.txt": "Result\nVale took 40 seats and Harbour took 12 seats in the vote.\n",
        "c.txt": "Result\nHarbour won 12 seats; Vale won 40 seats.\n",
    }
    groups = find_groups([m for d in _docs(articles) for m in article_mentions(d)], 2)
    seats = sorted((g.topic, sorted({m.display for m in g.mentions})) for g in groups if g.cue == "seat")
    assert seats == [("harbour", ["12"]), ("vale", ["40"])]


def test_a_subject_and_its_place_named_together_are_one():
    """"The Vela fire in Tolland county": one value, two names, one subject."""
    articles = {
        "a.txt": "Fire\nThe Vela fire in Tolland killed nine people.\n",
        "b.txt": "Fire\nIn Tolland, the Vela fire killed nine people.\n",
        "c.txt": "Fire\nThe Vela fire killed nine people.\n",
        "d.txt": "Fire\nNine people died in the Tolland fire.\n",
    }
    groups = [g for g in find_groups([m for d in _docs(articles) for m in article_mentions(d)], 2)
              if g.cue == "deaths"]
    assert len(groups) == 1 and len(groups[0].articles) == 4


def test_a_title_that_names_no_office_is_not_the_consensus():
    """"head of the harbour board" agrees with every title, so it cannot be the one
    the others are judged by: the deputy still stands apart."""
    accepted, apart = title_consensus({"head of the Harbour Board": {"a"}, "Harbour Board chair": {"b", "c"},
                                       "Harbour Board Vice Chair": {"d"}})
    assert "Harbour Board Vice Chair" in apart and "Harbour Board chair" in accepted


@pytest.mark.parametrize("a, b, merged", [
    (("buildings", 2200), ("structures", 2200), True),   # one fact, two nouns
    (("buildings", 2200), ("structures", 900), False),   # the values differ
    (("boats", 4), ("trucks", 4), False),                # a small count says nothing
])
def test_groups_of_one_fact_written_with_two_nouns_merge(a, b, merged):
    (noun_a, n_a), (noun_b, n_b) = a, b
    articles = {
        "a.txt": f"Fire\nThe fire destroyed {n_a:,} {noun_a} in Vela.\n",
        "b.txt": f"Fire\nIn Vela, {n_a:,} {noun_a} burned.\n",
        "c.txt": f"Fire\nThe fire razed {n_b:,} {noun_b} in Vela.\n",
        "d.txt": f"Fire\nSome {n_b:,} {noun_b} burned in Vela.\n",
    }
    groups = [g for g in find_groups([m for d in _docs(articles) for m in article_mentions(d)], 2)
              if g.kind == "count"]
    assert (len(groups) == 1) is merged


@pytest.mark.parametrize("sentence, names", [
    ("The Harbour party won 40 seats and 12 MPs lost theirs.", {"harbour"}),
    ("In Vela, 12 MPs were injured.", {"vela"}),
])
def test_a_plural_acronym_is_no_name(sentence, names):
    mentions = article_mentions(make_document("x.txt", sentence + "\n"))
    assert {n for m in mentions for n, _ in m.names} == names


@pytest.mark.parametrize("sentence, cue, value", [
    ("It was the deadliest Tolland wildfire in more than a century.", "deadliest", "more than a century"),
    ("The Vela floods were the worst in a century, officials said.", "worst", "a century"),
    ("Turnout in Ardle was the lowest for more than 20 years.", "lowest", "more than 20 years"),
    ("The costliest storm in three decades hit Corran.", "costliest", "three decades"),
    ("Corran's busiest port in 40 years reopened.", "busiest", "40 years"),
    # No superlative: the span keeps its own word.
    ("The Ardle bridge stood for 40 years.", "stood", "40 years"),
    # A superlative before a length is not a record's span.
    ("The longest bridge in Corran is 40 metres long.", "length", "40 metres"),
])
def test_a_span_after_a_superlative_is_the_records(sentence, cue, value):
    mentions = [m for m in article_mentions(make_document("a.txt", sentence + "\n")) if m.kind == "quantity"]
    assert [(m.cue, m.display) for m in mentions] == [(cue, value)]


def test_a_records_span_is_drafted_with_a_wide_window(tmp_path):
    """Several articles' "deadliest ... in more than a century" make one group,
    whose rule finds the span a few words from the superlative."""
    docs = [make_document(f"{i}.txt", text + "\n") for i, text in enumerate([
        "The Tolland blaze was the deadliest U.S. wildfire in more than a century.",
        "It is now the deadliest wildfire in the country in more than a century.",
        "Tolland fires deadliest in a century",
    ])]
    found = discover_rules(docs)
    rule = next(d for d in found if d.group is not None and d.group.cue == "deadliest")
    spec = rule.data["facts"]["deadliest"]
    assert "window" not in spec and spec["triggers"] == ["deadliest"]
    kept, extracted = extract_discovered(docs, found)
    assert rule.rule.id in {d.rule.id for d in kept}
    assert sorted(f.path for e in extracted for f in e.facts if f.rule == rule.rule.id) == ["0.txt", "1.txt", "2.txt"]


@pytest.mark.parametrize("rare", [
    "Harbour took 40 seats in the vote, and Vale took 12 seats.",
    "Harbour won 40 seats in the vote, while Vale won 12 seats.",
])
def test_a_rare_subject_with_its_own_figure_is_not_named_into_the_main_one(rare):
    """A subject one article names, giving it its own figure beside the main
    subject's in one sentence, is a rival even once: not the main subject's
    other name (whose figure would then be the main one's)."""
    articles = {
        "a.txt": "Result\nHarbour won 40 seats in the vote.\n",
        "b.txt": f"Result\n{rare}\n",
        "c.txt": "Result\nThe Harbour party has 40 seats.\n",
        "d.txt": "Result\nHarbour won 40 seats, officials said.\n",
    }
    groups = [g for g in find_groups([m for d in _docs(articles) for m in article_mentions(d)], 2) if g.cue == "seat"]
    assert [(g.topic, sorted(m.display for m in g.mentions)) for g in groups] == [("harbour", ["40"] * 4)]


@pytest.mark.parametrize("line, cue, written", [
    ("Harbour Party: 41", "label:harbour party", "Harbour Party"),
    ("The Vale Party: 12", "label:vale party", "Vale Party"),
    ("Independents: 6", "label:independents", "Independents"),
    # A label that is a family word is the family's: a fact box's "Deaths: 12".
    ("Deaths: 12", "deaths", "deaths"),
    ("Injured: 40", "injured", "injured"),
    # A counted noun after the figure says what it counts, label or not.
    ("Final tally: 412 seats", "seat", "seats"),
])
def test_a_labelled_figure_is_the_labels(line, cue, written):
    mentions = article_mentions(make_document("a.txt", f"Results\n\n{line}\n"))
    assert [(m.cue, m.written) for m in mentions if m.kind == "count"] == [(cue, written)]


@pytest.mark.parametrize("sentence", [
    "Harbour won 41 seats: a record.",          # the colon is after the figure
    "Officials said that in all 41 seats were won.",  # no label
])
def test_a_figure_with_no_label_is_not_labelled(sentence):
    mentions = article_mentions(make_document("a.txt", sentence + "\n"))
    assert all(not m.cue.startswith("label:") for m in mentions)


def test_labelled_figures_group_and_draft_with_the_label_as_trigger():
    """A table of results in several articles: each label is one fact, found
    by its draft rule with the label as its trigger. A label names whose figure
    it is: when the copy gives that subject the same figure with a counted noun
    ("Harbour Party: 41 seats were won"), the label's figures are its count of
    that noun; a label with no such count stays a group of its own."""
    docs = [make_document(f"{i}.txt", text) for i, text in enumerate([
        "Results\n\nHarbour Party: 41\n\nVale Party: 12\n",
        "Final results\n\nThe Harbour Party: 41\n\nThe Vale Party: 12\n",
        "How Ardle voted\n\nHarbour Party: 41 seats were won.\n\nVale Party: 12\n",
    ])]
    found = discover_rules(docs)
    labelled = {d.rule.id: d.data["facts"] for d in found if d.group is not None and d.group.cue.startswith("label:")}
    assert sorted(labelled) == ["discovered/vale-party"]
    assert labelled["discovered/vale-party"]["vale-party"]["triggers"] == ["Vale Party"]
    seats = next(d for d in found if d.group is not None and d.group.cue == "seat")
    assert len(seats.group.articles) == 3 and "Harbour Party" in seats.data["facts"]["seats"]["triggers"]
    kept, extracted = extract_discovered(docs, found)
    vale = sorted((f.path, f.display) for e in extracted for f in e.facts if f.rule == "discovered/vale-party")
    assert vale == [("0.txt", "12"), ("1.txt", "12"), ("2.txt", "12")]
    harbour = sorted((f.path, f.display) for e in extracted for f in e.facts if f.rule == seats.rule.id)
    assert harbour == [("0.txt", "41"), ("1.txt", "41"), ("2.txt", "41")]


def test_spans_of_time_group_by_value_whatever_word_ties_them():
    """"14 years in power", "after 14 years of Harbour rule", "governed for 14
    years": a span several articles write is one fact, as a date is; a span
    one article writes ("two weeks") is left out rather than joined by a word."""
    articles = {
        "a.txt": "Vote\nThe Harbour party governed Ardle for 14 years.\n",
        "b.txt": "Vote\nVale ended 14 years of Harbour rule.\n",
        "c.txt": "Vote\nHarbour was swept from power after 14 years, two weeks after the debate.\n",
        "d.txt": "Vote\nIt is the first change of party in 14 years.\n",
    }
    groups = find_groups([m for d in _docs(articles) for m in article_mentions(d)], 2)
    spans = [g for g in groups if g.kind == "quantity" and g.dimension == "time"]
    assert [(len(g.articles), sorted({m.display for m in g.mentions})) for g in spans] == [(4, ["14 years"])]


def test_a_span_groups_rule_reads_its_event_words_further_off(tmp_path):
    from factlint.discover.rulegen import group_rule

    articles = {
        "a.txt": "Vote\nThe Harbour party governed Ardle for 14 years.\n",
        "b.txt": "Vote\nVale ended 14 years of Harbour rule.\n",
        "c.txt": "Vote\nHarbour governed for 14 years in all.\n",
    }
    span = next(g for g in find_groups([m for d in _docs(articles) for m in article_mentions(d)], 2)
                if g.dimension == "time")
    rule = group_rule(span, "r")
    assert rule is not None
    spec = next(iter(rule["facts"].values()))
    assert "window" not in spec and "governed" in spec["triggers"] and spec["unit"] == "year"


@pytest.mark.parametrize("sentence, written", [
    ("The Vela, a 300-metre ship, ran aground.", "ship"),
    ("The Vela, a 948-foot vessel, lost power.", "vessel"),
    ("Crews closed the 1.6-mile bridge.", "bridge"),
])
def test_a_size_before_a_noun_is_its_length(sentence, written):
    """"a 300-metre ship": the ship's length, whatever noun names it."""
    mentions = [m for m in article_mentions(make_document("a.txt", sentence + "\n")) if m.kind == "quantity"]
    assert [(m.cue, m.written) for m in mentions] == [("length", written)]


def test_a_length_groups_rule_triggers_on_the_nouns_too():
    """The length family's words, and the nouns the articles write the size
    before: "the 300-metre ship" names no "long" or "length"."""
    docs = [make_document(f"{i}.txt", text + "\n") for i, text in enumerate([
        "The Vela, a 300-metre ship, ran aground off Corran.",
        "The Vela is 300 metres long.",
        "The 300-metre vessel Vela lost power off Corran.",
    ])]
    found = discover_rules(docs)
    rule = next(d for d in found if d.group is not None and d.group.cue == "length")
    triggers = rule.data["facts"]["length"]["triggers"]
    assert {"long", "length", "ship", "vessel"} <= set(triggers)
    kept, extracted = extract_discovered(docs, found)
    assert sorted(f.path for e in extracted for f in e.facts if f.rule == rule.rule.id) == ["0.txt", "1.txt", "2.txt"]
