"""Comparison by time (superseded, stale, contradiction), within-article updates,
dates files, values tied to a source, and how reports show them. Every story here is invented."""
from __future__ import annotations

import json
import os

import pytest

from factlint.cli.app import cli
from factlint.engine import check_paths
from factlint.model import Outcome
from factlint.read.datesfile import parse_dates
from factlint.rules import load_rule_file

RULE = """\
id: ferry-sinking
description: Ferry sinking at Port Adley
scope: [ferry]
facts:
  deaths:
    kind: count
    triggers: [dead, died, killed, toll]
{extra}"""


def write_story(tmp_path, articles, extra=""):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "ferry.yaml").write_text(RULE.format(extra=extra), encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return str(rules / "ferry.yaml"), str(folder)


def findings(tmp_path, articles, extra="", dates=None):
    rule_file, folder = write_story(tmp_path, articles, extra)
    rule, problems = load_rule_file(rule_file)
    assert not problems
    report = check_paths([folder], (rule,), dates=dates)
    return {(f.path.rsplit("/", 1)[-1], f.line): f for f in report.findings}, report


# --- comparison by time --------------------------------------------------------------------------

STORY = {
    "a.txt": "Adley Courier | May 1, 2022\n\nThe ferry sinking killed 4 people, police said.\n",
    "b.txt": "Bay Herald | May 1, 2022\n\nThe ferry sinking killed 4 people, the coast guard said.\n",
    "c.txt": "Adley Courier | May 3, 2022\n\nThe ferry toll is now 9 dead, the coroner said.\n",
    "d.txt": "Coast News | May 3, 2022\n\nNine people died when the ferry capsized.\n",
}


def test_superseded_is_info_and_names_the_later_figure(tmp_path):
    got, _ = findings(tmp_path, STORY)
    first = got["a.txt", 3]
    assert first.severity == "info"
    assert "superseded by 9 (May 3, 2022)" in first.message
    assert got["b.txt", 3].severity == "info"
    assert ("c.txt", 3) not in got and ("d.txt", 3) not in got


def test_a_check_whose_only_finding_is_superseded_passes(tmp_path):
    """A superseded figure was right when published: a note (info), not a failed check,
    so the tally and JUnit count it as passed and the exit status stays 0."""
    _, report = findings(tmp_path, STORY)
    outcomes = {c.path.rsplit("/", 1)[-1]: c.outcome for c in report.checks}
    assert outcomes == {"a.txt": "passed", "b.txt": "passed", "c.txt": "passed", "d.txt": "passed"}
    assert report.count(Outcome.FAILED) == 0 and {f.severity for f in report.findings} == {"info"}


def test_stale_is_a_warning_naming_the_newer_figure_and_when(tmp_path):
    late = {**STORY, "e.txt": "Inland Post | May 6, 2022\n\nThe ferry disaster left 4 people dead.\n"}
    got, _ = findings(tmp_path, late)
    stale = got["e.txt", 3]
    assert stale.severity == "warning"
    assert "newer figure, 9, was public since May 3, 2022" in stale.message
    assert stale.related and stale.related[0].display == "9"


def test_contradiction_is_an_error(tmp_path):
    wrong = {**STORY, "e.txt": "The ferry sinking killed 40 people.\n"}  # undated, a figure no timeline holds
    got, _ = findings(tmp_path, wrong)
    assert got["e.txt", 1].severity == "error"


def test_growing_figure_that_falls_is_a_contradiction(tmp_path):
    fell = {**STORY, "e.txt": "Inland Post | May 5, 2022\n\nThe ferry disaster left 6 people dead.\n",
            "f.txt": "Bay Herald | May 5, 2022\n\nSix people died when the ferry sank.\n"}
    got, _ = findings(tmp_path, fell, extra="    changes: grows\n")
    assert got["e.txt", 3].severity == "error" and "only grows" in got["e.txt", 3].message
    (tmp_path / "any").mkdir()
    got_any, _ = findings(tmp_path / "any", fell, extra="    changes: any\n")
    assert ("e.txt", 3) not in got_any  # revised down: the latest figure
    assert got_any["c.txt", 3].severity == "info"


def test_undated_copy_with_an_older_and_a_newer_figure_is_only_superseded(tmp_path):
    """Without its time, a page holding both figures may be a live page that kept its
    earlier part: the older figure is superseded, not stale."""
    both = {**STORY, "e.txt": "Nine people died when the ferry sank.\n\nThe ferry sinking killed 4 people.\n"}
    got, _ = findings(tmp_path, both)
    assert got["e.txt", 3].severity == "info"
    assert ("e.txt", 1) not in got


def test_undated_figure_between_two_steps_of_its_own_article_is_superseded(tmp_path):
    live = {**STORY, "e.txt": "The ferry toll reached 7 at noon.\n\nNine people died when the ferry sank.\n"}
    got, _ = findings(tmp_path, live)
    assert got["e.txt", 1].severity == "info"


def test_undated_lone_figure_is_a_contradiction_but_a_vague_one_is_no_claim(tmp_path):
    story = {**STORY, "e.txt": "The ferry sinking killed 7 people.\n",
             "f.txt": "Dozens of people died when the ferry sank.\n"}
    got, _ = findings(tmp_path, story)
    assert got["e.txt", 1].severity == "error"
    assert ("f.txt", 1) not in got


def test_small_figure_far_below_the_toll_is_a_part_not_the_whole(tmp_path):
    story = {**STORY, "e.txt": "Coast News | May 4, 2022\n\nNine people died when the ferry sank.\n\n"
                               "The ferry operator said 2 died in the engine room.\n"}
    got, report = findings(tmp_path, story)
    assert [f.display for f in report.facts if f.path.endswith("e.txt")] == ["9", "2"]
    assert not [k for k in got if k[0] == "e.txt"]


def test_within_article_update_supersedes_the_earlier_figure(tmp_path):
    update = {"a.txt": "The ferry sinking killed 11 people, police said.\n\n"
                       "Update: the ferry toll was revised to 8 dead.\n"}
    got, _ = findings(tmp_path, update, extra="    changes: any\n")
    assert got["a.txt", 1].severity == "info" and "updated to 8" in got["a.txt", 1].message
    assert ("a.txt", 3) not in got


def test_figure_told_as_history_is_no_finding(tmp_path):
    told = {**STORY, "e.txt": "Coast News | May 4, 2022\n\nThe ferry toll rose to 9, up from 4 on Sunday.\n"}
    got, _ = findings(tmp_path, told)
    assert not [k for k in got if k[0] == "e.txt"]


def test_official_timeline_decides(tmp_path):
    extra = "    changes: grows\n    timeline: {2022-05-01: 4, 2022-05-03: 9}\n"
    story = {"a.txt": "Adley Courier | May 2, 2022\n\nThe ferry sinking killed 4 people.\n",
             "b.txt": "Bay Herald | May 5, 2022\n\nThe ferry sinking killed 4 people.\n"}
    got, _ = findings(tmp_path, story, extra=extra)
    assert got["a.txt", 3].severity == "info"
    assert got["b.txt", 3].severity == "warning"


def test_a_count_without_dates_behaves_as_before(tmp_path):
    undated = {"a.txt": "The ferry sinking killed 4 people.\n", "b.txt": "The ferry sinking killed 4 people.\n",
               "c.txt": "The ferry sinking killed 9 people.\n"}
    got, _ = findings(tmp_path, undated)
    assert list(got) == [("c.txt", 1)] and got["c.txt", 1].severity == "error"


def test_changes_none_keeps_todays_semantics(tmp_path):
    got, _ = findings(tmp_path, STORY, extra="    changes: none\n")
    assert {f.severity for f in got.values()} == {"error"}


def test_dates_mapping_wins_over_the_page(tmp_path):
    story = {"a.txt": "The ferry sinking killed 4 people.\n", "b.txt": "The ferry sinking killed 4 people.\n",
             "c.txt": "The ferry toll is 9 dead.\n", "d.txt": "Nine people died when the ferry sank.\n"}
    folder = tmp_path / "articles"
    dates = parse_dates("a.txt: 2022-05-01\nb.txt: 2022-05-01\narticles/c.txt: 2022-05-03T10:00Z\n"
                        f"{folder / 'd.txt'}: 2022-05-03\n", "dates.yaml", str(tmp_path))
    got, report = findings(tmp_path, story, dates=dates)
    assert got["a.txt", 1].severity == "info"
    assert dict(report.times)[str(folder / "c.txt")] == "2022-05-03T10:00Z"


@pytest.mark.parametrize("raw, message", [
    ("    changes: sometimes\n", "expected one of grows, any, none"),
    ("    timeline: {yesterday: 4}\n", "is not a time"),
    ("    timeline: [4, 9]\n", "expected a mapping of times to figures"),
])
def test_bad_time_keys_are_one_line_errors(tmp_path, raw, message):
    rule_file, _ = write_story(tmp_path, {}, raw)
    _, problems = load_rule_file(rule_file)
    assert any(message in str(p) for p in problems)


def test_cli_json_carries_severity_and_the_later_mention(tmp_path, runner):
    rule_file, folder = write_story(tmp_path, STORY)
    result = runner.invoke(cli, ["check", "--rules", str(tmp_path / "rules"), "--format", "json", folder])
    report = json.loads(result.stdout)
    severities = sorted({f["severity"] for f in report["findings"]})
    assert severities == ["info"]
    assert result.exit_code == 0  # info never fails a run
    assert report["findings"][0]["related"][0]["found"] == "9"


def test_the_docs_example_reads_as_described(tmp_path, runner):
    """docs/rules.md, "Time": superseded, stale and a contradiction, as the text says."""
    import re

    text = open(os.path.join(os.path.dirname(__file__), "..", "..", "docs", "rules.md"), encoding="utf-8").read()
    section = text[text.index("## Time: figures that change"):]
    section = section[:section.index("### Values tied to a source")]
    rule = re.search(r"```yaml\n(# rules/teller-bay-quake.yaml.*?)```", section, re.S).group(1)
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "teller-bay-quake.yaml").write_text(rule, encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    articles = re.findall(r'`(\w\.txt)` \("([^"]+)", "([^"]+)"\)', " ".join(section.split()))
    assert [name for name, _, _ in articles] == ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"]
    for name, head, body in articles:
        (folder / name).write_text(f"{head}\n\n{body}\n", encoding="utf-8")
    result = runner.invoke(cli, ["check", "--rules", str(tmp_path / "rules"), "--format", "json", str(folder)])
    got = {(os.path.basename(f["path"]), f["fact"], f["found"]): (f["severity"], f["message"])
           for f in json.loads(result.stdout)["findings"]}
    assert {k: v[0] for k, v in got.items()} == {
        ("a.txt", "deaths", "12"): "info", ("b.txt", "deaths", "31"): "warning",
        ("c.txt", "deaths", "Twenty"): "error", ("d.txt", "magnitude", "7.5"): "info",
        ("e.txt", "magnitude", "7.7"): "error"}
    # the messages the text quotes
    flat = " ".join(section.split())
    for key in [("a.txt", "deaths", "12"), ("e.txt", "magnitude", "7.7")]:
        message = got[key][1].split(": ", 1)[1]
        assert message in flat, message
    assert result.exit_code == 1


@pytest.mark.parametrize("sentence", [
    "The ferry toll stands at 7 so far, the coroner said.",
    "As of 3 p.m., the ferry toll was 7.",
    "By 9am, the ferry toll had reached 7.",
])
def test_a_count_so_far_against_the_final_figure_is_superseded(tmp_path, sentence):
    got, _ = findings(tmp_path, {"a.txt": sentence + "\n"}, extra="    expected: 11\n")
    assert got["a.txt", 1].severity == "info" and "so far" in got["a.txt", 1].message


def test_a_count_without_a_cue_against_the_final_figure_stays_an_error(tmp_path):
    got, _ = findings(tmp_path, {"a.txt": "The ferry toll was 7, the coroner said.\n"}, extra="    expected: 11\n")
    assert got["a.txt", 1].severity == "error"


@pytest.mark.parametrize("name, text", [
    ("dates.csv", "path,time\na.txt,2022-05-01\nb.txt,2022-05-01\nc.txt,2022-05-03T10:00Z\nd.txt,May 3, 2022\n"),
    ("dates.yaml", "a.txt: 2022-05-01\nb.txt: 2022-05-01\nc.txt: 2022-05-03T10:00:00Z\nd.txt: 2022-05-03\n"),
])
def test_cli_dates_file(tmp_path, runner, name, text):
    undated = {"a.txt": "The ferry sinking killed 4 people.\n", "b.txt": "The ferry sinking killed 4 people.\n",
               "c.txt": "The ferry toll is 9 dead.\n", "d.txt": "Nine people died when the ferry sank.\n"}
    rule_file, folder = write_story(tmp_path, undated)
    if name.endswith(".csv"):
        text = text.replace("May 3, 2022", '"May 3, 2022"')
    (tmp_path / name).write_text(text, encoding="utf-8")
    args = ["check", "--rules", str(tmp_path / "rules"), "--format", "json", folder]
    plain = json.loads(runner.invoke(cli, args).stdout)
    assert {f["severity"] for f in plain["findings"]} == {"error"}  # no times: compared as before
    report = json.loads(runner.invoke(cli, [*args, "--dates", str(tmp_path / name)]).stdout)
    assert {os.path.basename(f["path"]): f["severity"] for f in report["findings"]} == {"a.txt": "info", "b.txt": "info"}
    assert report["times"][os.path.join(folder, "c.txt")] == "2022-05-03T10:00Z"


@pytest.mark.parametrize("name, text, message", [
    ("dates.csv", "a.txt\n", "dates.csv:1: expected 'path,time'"),
    ("dates.csv", "a.txt,soon\n", "dates.csv:1: a.txt: 'soon' is not a time"),
    ("dates.yaml", "- a.txt\n", "expected a mapping of article paths to publication times"),
    ("dates.yaml", "a.txt: [\n", "not valid YAML"),
])
def test_cli_bad_dates_file_is_a_one_line_error(tmp_path, runner, name, text, message):
    _, folder = write_story(tmp_path, STORY)
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = runner.invoke(cli, ["check", "--rules", str(tmp_path / "rules"), "--dates", str(tmp_path / name), folder])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_text_report_orders_by_severity_and_folds_superseded(tmp_path, runner):
    story = {**STORY, "e.txt": "Inland Post | May 6, 2022\n\nThe ferry disaster left 4 people dead.\n",
             "f.txt": "The ferry sinking killed 40 people.\n"}
    _, folder = write_story(tmp_path, story)
    args = ["check", "--rules", str(tmp_path / "rules"), "--color", "never", folder]
    out = runner.invoke(cli, args).stdout
    error, warning, folded = out.index("error [ferry"), out.index("warning [ferry"), out.index("info [ferry")
    assert error < warning < folded
    assert "info [ferry-sinking.deaths] 2 superseded mentions in 2 articles: 4; later 9" in out
    full = runner.invoke(cli, [*args, "--show-superseded"]).stdout
    assert full.count(": info [ferry-sinking.deaths]") == 2 and "superseded mentions" not in full


QUAKE = """\
id: arvan-quake
description: Arvan earthquake
scope: [quake, earthquake]
facts:
  magnitude:
    kind: count
    triggers: [magnitude]
    window: 4
    values:
      - {value: 7.0, source: [Arvan Seismic Institute, ASI, the institute, local scale]}
      - {value: 7.3, source: [USGS, U.S. Geological Survey, moment magnitude]}
"""


@pytest.mark.parametrize("sentence, expected", [
    ("The USGS put the quake's magnitude at 7.3.", None),
    ("The quake had a magnitude of 7.0, according to the Arvan Seismic Institute.", None),
    ("The earthquake had a magnitude of 7.3.", None),  # no source: either value
    ("The earthquake had a magnitude of 7.0.", None),
    ("The USGS said the quake had a magnitude of 7.0.", "7 is Arvan Seismic Institute's magnitude, not USGS's"),
    ("According to the institute, the quake's magnitude was 7.3.",
     "7.3 is USGS's magnitude, not Arvan Seismic Institute's"),
    ("The USGS measured the quake at magnitude 6.5.", "magnitude is 6.5, but USGS gives 7.3"),
    ("The earthquake had a magnitude of 6.5.", "the values are 7 (Arvan Seismic Institute) / 7.3 (USGS)"),
])
def test_values_tied_to_a_source(tmp_path, sentence, expected):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "quake.yaml").write_text(QUAKE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    from factlint.rules import load_rules
    report = check_paths([str(tmp_path / "a.txt")], load_rules([str(tmp_path / "rules")]))
    assert len(report.facts) == 1  # the figure is read, and only it
    messages = [f.message for f in report.findings]
    if expected is None:
        assert messages == []
    else:
        assert len(messages) == 1 and expected in messages[0]


@pytest.mark.parametrize("raw, message", [
    ("    values: [{value: 7.0, source: [ASI]}]\n", "at least two"),
    ("    values: [{value: 7.0}, {value: 7.3, source: [USGS]}]\n", "expected the words that attribute this value"),
    ("    values: [{value: 7.0, source: [ASI]}, {value: 7.3, source: [USGS]}]\n    expected: 7.3\n",
     "give either 'expected' or 'values', not both"),
])
def test_bad_values_are_one_line_errors(tmp_path, raw, message):
    rule_file, _ = write_story(tmp_path, {}, raw)
    _, problems = load_rule_file(rule_file)
    assert any(message in str(p) for p in problems)


def test_fact_table_shows_a_changing_count_by_article_day(tmp_path, runner):
    _, folder = write_story(tmp_path, STORY)
    out = runner.invoke(cli, ["facts", "--rules", str(tmp_path / "rules"), folder]).stdout
    assert "Figures by article time:\nferry-sinking.deaths  2022-05-01: 4 [1][2] → 2022-05-03: 9 [3][4]" in out
    same_day = {name: text.replace("May 3", "May 1") for name, text in STORY.items()}
    (tmp_path / "other").mkdir()
    _, folder = write_story(tmp_path / "other", same_day)
    assert "Figures by article time" not in runner.invoke(cli, ["facts", "--rules", str(tmp_path / "other" / "rules"),
                                                                folder]).stdout


def test_html_report_shows_the_timeline_and_severities(tmp_path, runner):
    _, folder = write_story(tmp_path, STORY)
    out = tmp_path / "report.html"
    result = runner.invoke(cli, ["report", "--rules", str(tmp_path / "rules"), "-o", str(out), folder])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert '<h2 id="timelines">Figures by article time</h2>' in html
    assert "<tr><td>2022-05-01</td><td>4</td><td>[1][2]</td></tr>" in html
    assert "info [ferry-sinking.deaths]" in html


def test_sarif_and_junit_carry_the_time_verdicts(tmp_path, runner):
    story = {**STORY, "e.txt": "Inland Post | May 6, 2022\n\nThe ferry disaster left 4 people dead.\n"}
    _, folder = write_story(tmp_path, story)
    args = ["check", "--rules", str(tmp_path / "rules"), folder]
    sarif = json.loads(runner.invoke(cli, [*args, "--format", "sarif"]).stdout)
    results = {os.path.basename(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]): r
               for r in sarif["runs"][0]["results"]}
    assert results["a.txt"]["level"] == "note" and results["e.txt"]["level"] == "warning"
    assert results["e.txt"]["relatedLocations"][0]["message"]["text"] == "compared with: 9"
    junit = runner.invoke(cli, [*args, "--format", "junit"]).stdout
    assert "<system-out>" in junit and 'type="info"' not in junit and 'type="warning"' in junit  # info: a note


@pytest.mark.parametrize("draft, expected", [
    ("The ferry sinking killed 4 people.\n", "warning"),  # the corpus has since moved on to 9
    ("Nine people died when the ferry sank.\n", None),
])
def test_a_draft_against_the_published_corpus_states_the_latest_figure(tmp_path, runner, draft, expected):
    _, folder = write_story(tmp_path, STORY)
    (tmp_path / "draft.txt").write_text(draft, encoding="utf-8")
    result = runner.invoke(cli, ["check", "--rules", str(tmp_path / "rules"), "--format", "json",
                                 str(tmp_path / "draft.txt"), "--against", folder])
    findings = json.loads(result.stdout)["findings"]
    assert [f["severity"] for f in findings] == ([expected] if expected else [])
    if expected:
        assert "newer figure, 9, was public since May 3, 2022" in findings[0]["message"]


# --- the rule's final figure as the end of the timeline ------------------------------------------

# Two articles give 4, one of them dated; the rule's final figure is 11 and no article before May 4 gives it.
EARLY = {
    "a.txt": "Adley Courier | May 1, 2022\n\nThe ferry sinking killed 4 people, police said.\n",
    "b.txt": "The ferry sinking killed 4 people, the coast guard said.\n",
}


@pytest.mark.parametrize("sentence", [
    "Four people died when the ferry capsized.",
    "The ferry toll stood at 4 dead on Sunday night.",
    "Police said 4 passengers were killed when the ferry sank.",
])
def test_undated_earlier_figure_against_the_final_one_is_superseded(tmp_path, sentence):
    """An undated article repeating a figure two articles give, below the rule's final one:
    an earlier count, right when it was written (info), not an error."""
    got, _ = findings(tmp_path, {**EARLY, "c.txt": sentence + "\n"}, extra="    expected: 11\n")
    assert got["c.txt", 1].severity == "info"
    assert "superseded by 11 (the final figure)" in got["c.txt", 1].message


def test_earlier_figure_in_copy_dated_after_the_final_one_is_stale(tmp_path):
    story = {**EARLY, "c.txt": "Coast News | May 4, 2022\n\nThe ferry disaster left 11 people dead.\n",
             "d.txt": "Inland Post | May 9, 2022\n\nThe ferry sinking killed 4 people.\n",
             "e.txt": "Inland Post | May 10, 2022\n\nThe ferry sinking killed at least 4 people.\n"}
    got, _ = findings(tmp_path, story, extra="    expected: 11\n")
    for name in ("d.txt", "e.txt"):
        assert got[name, 3].severity == "warning"
        assert "a newer figure, 11, was public since May 4, 2022" in got[name, 3].message
    # Before the final figure was public, the same figure was right: superseded, and dated
    # at the final figure's first article.
    assert got["b.txt", 1].severity == "info" and "superseded by 11 (May 4, 2022)" in got["b.txt", 1].message
    assert ("c.txt", 3) not in got


def test_a_figure_above_the_final_one_that_nothing_dates_earlier_is_an_error(tmp_path):
    """A count that says nothing of how it changes grows to its final figure: a higher
    figure that two articles repeat, never seen before the final one, is a copied error."""
    story = {**EARLY, "c.txt": "The ferry sinking killed 40 people.\n", "d.txt": "Forty people died on the ferry.\n"}
    got, _ = findings(tmp_path, story, extra="    expected: 11\n")
    assert got["c.txt", 1].severity == "error" and "final figure is 11" in got["c.txt", 1].message
    assert got["b.txt", 1].severity == "info"


def test_a_figure_revised_down_shows_in_time(tmp_path):
    """A higher figure public before the final one is a step: the toll was revised down."""
    story = {"a.txt": "Adley Courier | May 1, 2022\n\nThe ferry sinking killed 14 people.\n",
             "b.txt": "The ferry sinking killed 14 people.\n",
             "c.txt": "Coast News | May 4, 2022\n\nThe ferry disaster left 11 people dead.\n"}
    got, _ = findings(tmp_path, story, extra="    expected: 11\n")
    assert got["a.txt", 3].severity == "info" and "superseded by 11" in got["a.txt", 3].message


def test_time_verdicts_keep_their_severities_whatever_the_rule_says(tmp_path):
    """`severity: info` on a changing figure was the only way to say "it changes" before
    `changes`: the time verdicts now say which figures are stale and which are wrong."""
    story = {**EARLY, "c.txt": "Coast News | May 4, 2022\n\nThe ferry disaster left 11 people dead.\n",
             "d.txt": "Inland Post | May 9, 2022\n\nThe ferry sinking killed 4 people.\n",
             "e.txt": "Inland Post | May 9, 2022\n\nThe ferry sinking killed 8 people.\n"}
    got, _ = findings(tmp_path, story, extra="    expected: 11\n    severity: info\n    changes: grows\n")
    assert got["b.txt", 1].severity == "info"
    assert got["d.txt", 3].severity == "warning"
    assert got["e.txt", 3].severity == "error"


@pytest.mark.parametrize("text, expected", [
    # the revision is the current value: the earlier one is superseded in the same article
    ("The institute put the quake's magnitude at 6.8, then revised its magnitude to 7.0.",
     [("info", "magnitude 6.8 was revised to 7 later in the same article")]),
    ("The USGS gave the quake a magnitude of 7.1.\n\nUpdate: the USGS has revised the quake's magnitude to 7.3.",
     [("info", "magnitude 7.1 was revised to 7.3 later in the same article")]),
    # an earlier value told as history is no claim
    ("The USGS initially measured the quake at magnitude 7.1 before settling on 7.3.", []),
    ("The institute first reported a magnitude of 6.8; its final figure was 7.0.", []),
    # a revision to a wrong value explains nothing
    ("The USGS put the quake's magnitude at 7.1, then revised its magnitude to 7.2.",
     [("error", "magnitude is 7.1, but USGS gives 7.3"), ("error", "magnitude is 7.2, but USGS gives 7.3")]),
])
def test_a_revised_value_of_a_source(tmp_path, text, expected):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "quake.yaml").write_text(QUAKE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    from factlint.rules import load_rules
    report = check_paths([str(tmp_path / "a.txt")], load_rules([str(tmp_path / "rules")]))
    got = [(f.severity, f.message) for f in report.findings]
    assert len(got) == len(expected)
    for (severity, message), (want_severity, want) in zip(got, expected):
        assert severity == want_severity and want in message


def test_dates_config_key_supplies_times(tmp_path, runner, monkeypatch):
    """The `dates` key of a config file names the CMS's dates file, like --dates; a
    relative path in it is read from the dates file's folder."""
    undated = {"a.txt": "The ferry sinking killed 4 people.\n", "b.txt": "The ferry sinking killed 4 people.\n",
               "c.txt": "The ferry toll is 9 dead.\n", "d.txt": "Nine people died when the ferry sank.\n"}
    _, folder = write_story(tmp_path, undated)
    (tmp_path / "cms").mkdir()
    (tmp_path / "cms" / "times.yaml").write_text(
        "../articles/a.txt: 2022-05-01\n../articles/b.txt: 2022-05-01 08:00\n"
        "../articles/c.txt: May 3, 2022 10:00 AM EDT\n../articles/d.txt: 2022-05-03\n", encoding="utf-8")
    (tmp_path / ".factlint.yaml").write_text("dates: cms/times.yaml\nrules: [rules]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["check", "--format", "json", "articles"])
    report = json.loads(result.stdout)
    assert {os.path.basename(f["path"]): f["severity"] for f in report["findings"]} == {"a.txt": "info", "b.txt": "info"}
    assert report["times"][os.path.join("articles", "c.txt")] == "2022-05-03T10:00-04:00"
    assert result.exit_code == 0


@pytest.mark.parametrize("extra_article, options, status", [
    (None, [], 0),  # only superseded figures: info never fails a run
    ("Inland Post | May 6, 2022\n\nThe ferry disaster left 4 people dead.\n", [], 0),  # stale: a warning
    ("Inland Post | May 6, 2022\n\nThe ferry disaster left 4 people dead.\n", ["--fail-on", "error"], 0),
    ("Inland Post | May 6, 2022\n\nThe ferry disaster left 4 people dead.\n", ["--fail-on", "warning"], 1),
    ("The ferry sinking killed 40 people.\n", ["--fail-on", "error"], 1),  # a contradiction
])
def test_fail_on_with_time_verdicts(tmp_path, runner, extra_article, options, status):
    story = dict(STORY) if extra_article is None else {**STORY, "e.txt": extra_article}
    _, folder = write_story(tmp_path, story)
    result = runner.invoke(cli, ["check", "--rules", str(tmp_path / "rules"), *options, folder])
    assert result.exit_code == status, result.output


def test_a_yearless_update_stamp_is_dated_by_the_corpus(tmp_path):
    """"Update 9:10 p.m. EDT May 3:" gives no year: the corpus's dated articles place it,
    so its figure is a step of that evening and a page of the next day repeating the
    older figure is stale."""
    story = {**STORY, "c.txt": "Ferry toll rises\n\nUpdate 9:10 p.m. EDT May 3: the ferry toll rose to 9.\n",
             "d.txt": "Nine people died when the ferry sank.\n",
             "e.txt": "Inland Post | May 5, 2022\n\nThe ferry disaster left 4 people dead.\n"}
    got, report = findings(tmp_path, story)
    assert dict(report.times)[str(tmp_path / "articles" / "c.txt")] == "2022-05-03T21:10-04:00"
    assert got["e.txt", 3].severity == "warning" and "May 3, 2022 21:10" in got["e.txt", 3].message


def test_a_part_between_two_early_steps_is_no_claim_in_late_copy(tmp_path):
    """A small figure in dated copy that falls between two early steps but far below the
    figure of its time is a part ("2 crew members"), not a stale toll."""
    story = {**STORY, "e.txt": "Coast News | May 9, 2022\n\nThe ferry toll stands at 30.\n\n"
                               "Among the ferry dead were 5 crew members.\n",
             "f.txt": "Bay Herald | May 8, 2022\n\nThe ferry toll stands at 30.\n"}
    got, _ = findings(tmp_path, story)
    assert not [k for k in got if k[0] == "e.txt"]


def test_a_lone_higher_figure_before_the_final_one_is_no_revision(tmp_path):
    """One dated article's higher figure (a misread, another count) is no step of a count
    that says nothing of how it changes: a revision down shows in two articles."""
    story = {**EARLY, "c.txt": "Coast News | May 1, 2022\n\nThe ferry sinking killed 40 people.\n",
             "d.txt": "Coast News | May 4, 2022\n\nThe ferry disaster left 11 people dead.\n"}
    got, _ = findings(tmp_path, story, extra="    expected: 11\n")
    assert got["c.txt", 3].severity == "error" and "final figure is 11" in got["c.txt", 3].message
    assert got["a.txt", 3].severity == "info" and "40" not in got["a.txt", 3].message


@pytest.mark.parametrize("words, expected", [
    ("at least 4", "info"),  # the count four, as two articles' looser words give it: earlier
    ("more than 10", None),  # close below the final 11: the final figure, rounded
])
def test_an_undated_figure_only_looser_words_give(tmp_path, words, expected):
    story = {"a.txt": "Adley Courier | May 1, 2022\n\nThe ferry sinking killed 2 people.\n",
             "b.txt": "The ferry sinking killed 2 people.\n",
             "c.txt": f"The ferry sinking killed {words} people.\n",
             "d.txt": f"The ferry sinking killed {words} people, police said.\n"}
    got, _ = findings(tmp_path, story, extra="    expected: 11\n")
    for name in ("c.txt", "d.txt"):
        assert (got[name, 1].severity if (name, 1) in got else None) == expected
