"""Inline suppressions: how the line is read, which paragraph it covers, what it
silences, and the findings about suppressions themselves."""
from __future__ import annotations

import json
import os
import shutil

import pytest

from factlint.cli.app import cli
from factlint.engine import check_paths
from factlint.extract.extract import extract_article
from factlint.model import Suppression
from factlint.read.directives import find_suppressions, is_directive
from factlint.read.document import make_document
from factlint.rules import load_rules
from tests.conftest import RULES, SEEDS

QUAKE_RULE = """\
id: quake
description: Quake
scope:
  any: [quake]
facts:
  deaths:
    kind: count
    triggers: [killed]
    expected: 12
  injured:
    kind: count
    triggers: [injured]
    expected: 40
"""
FLOOD_RULE = """\
id: flood
description: Flood
scope:
  any: [flood]
facts:
  deaths:
    kind: count
    triggers: [killed]
    expected: 3
"""
WRONG = "The quake killed 15 people."  # quake.deaths expects 12
RIGHT = "The quake killed 12 people."


def write_rules(folder) -> str:
    folder.mkdir()
    (folder / "quake.yaml").write_text(QUAKE_RULE, encoding="utf-8")
    (folder / "flood.yaml").write_text(FLOOD_RULE, encoding="utf-8")
    return str(folder)


@pytest.fixture(scope="module")
def rules_dir(tmp_path_factory) -> str:
    return write_rules(tmp_path_factory.mktemp("suppress") / "rules")


@pytest.fixture(scope="module")
def rules(rules_dir):
    return load_rules(rules_dir)


def check_text(tmp_path, rules, text: str, newline: str = "\n"):
    path = tmp_path / "a.txt"
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return check_paths([str(path)], rules)


def suppression_of(line: str) -> Suppression:
    found = find_suppressions(make_document("a.txt", line + "\n" + RIGHT + "\n"))
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("line, ids, reason", [
    ("factlint: ignore[quake] reason: quoting the original", ["quake"], "quoting the original"),
    ("<!-- factlint: ignore[quake] reason: quoting -->", ["quake"], "quoting"),
    ("<!--factlint:ignore[quake]reason:tight-->", ["quake"], "tight"),
    ("   factlint: ignore[ quake , flood.deaths ] reason: two ids", ["quake", "flood.deaths"], "two ids"),
    ("factlint: ignore[quake,flood] reason: no spaces", ["quake", "flood"], "no spaces"),
    ("FACTLINT: Ignore[quake] Reason: capitals", ["quake"], "capitals"),
    ("factlint: ignore[quake] reason: a ] and a : inside", ["quake"], "a ] and a : inside"),
    ("factlint: ignore[quake]", ["quake"], ""),
    ("factlint: ignore[quake] reason:   ", ["quake"], ""),
    ("\tfactlint: ignore[quake] reason: tab indent", ["quake"], "tab indent"),
], ids=["plain", "html-comment", "html-comment-tight", "two-ids-spaced", "two-ids", "capitals",
        "bracket-in-reason", "no-reason", "empty-reason", "tab-indent"])
def test_suppression_lines_are_read(line, ids, reason):
    """Ids and reason as written, in plain text or an HTML comment."""
    s = suppression_of(line)
    assert s.error == ""
    assert [name for name, _ in s.rules] == ids
    assert s.reason == reason
    assert (s.line, s.first_line, s.last_line) == (1, 2, 2)
    # Each id's column points at the id itself.
    for name, column in s.rules:
        assert line[column - 1:].startswith(name)
    assert line[s.column - 1:].lower().startswith("factlint")


@pytest.mark.parametrize("line, error", [
    ("factlint: ignore quake reason: no brackets", "expected factlint: ignore[RULE, ...] reason: WHY"),
    ("factlint: ignore[quake] because I said so", "expected factlint: ignore[RULE, ...] reason: WHY"),
    ("factlint: ignore(quake) reason: parentheses", "expected factlint: ignore[RULE, ...] reason: WHY"),
    ("factlint: ignore[] reason: empty", "ignore[] names no rule"),
    ("factlint: ignore[ , ] reason: only commas", "ignore[] names no rule"),
])
def test_unreadable_suppressions_say_why(line, error):
    assert suppression_of(line).error == error


@pytest.mark.parametrize("line", [
    "The factlint: ignore[quake] tool is mentioned in a sentence.",
    "factlint ignore[quake] reason: no colon",
    "factlint: disable[quake] reason: another verb",
    "factlint: error: a.txt: cannot read",
    "factlint: ignored[quake] reason: another word",
    "<!-- a comment -->",
    "Read more: factlint",
    "",
])
def test_other_lines_are_not_suppressions(line):
    assert not is_directive(line)
    assert find_suppressions(make_document("a.txt", line + "\n" + RIGHT + "\n")) == []


def test_suppression_line_is_never_article_text(rules):
    """A wrong figure inside the suppression's own reason yields no fact."""
    doc = make_document("a.txt", f"factlint: ignore[quake] reason: {WRONG}\n{RIGHT}\n")
    facts, suppressions = extract_article(doc, rules)
    assert [(f.line, f.display) for f in facts] == [(2, "12")]
    assert doc.furniture[1] == "suppression"
    assert len(suppressions) == 1


def test_suppression_record_round_trips_through_json():
    s = suppression_of("factlint: ignore[quake, flood.deaths] reason: why")
    assert Suppression.from_dict(json.loads(json.dumps(s.to_dict()))) == s


IGNORE = "factlint: ignore[quake] reason: quoting the original"

# (article, findings left as (line, rule.fact), findings silenced)
CASES = {
    "before-the-paragraph": (f"{IGNORE}\n{WRONG}\n", [], 1),
    "blank-line-between": (f"{IGNORE}\n\n{WRONG}\n", [], 1),
    "html-comment": (f"<!-- {IGNORE} -->\n{WRONG}\n", [], 1),
    "crlf": (f"{IGNORE}\n{WRONG}\n", [], 1),
    "rule-dot-fact": (f"factlint: ignore[quake.deaths] reason: r\n{WRONG}\n", [], 1),
    "other-fact-of-the-rule": (f"factlint: ignore[quake.injured] reason: r\n{WRONG}\n",
                               [(1, "suppression.unused"), (2, "quake.deaths")], 0),
    "other-rule": (f"factlint: ignore[flood] reason: r\n{WRONG}\n",
                   [(1, "suppression.unused"), (2, "quake.deaths")], 0),
    "two-ids-one-used": (f"factlint: ignore[flood, quake] reason: r\n{WRONG}\n", [(1, "suppression.unused")], 1),
    "two-ids-both-used": (f"factlint: ignore[flood, quake] reason: r\n{WRONG} The flood killed 5.\n", [], 2),
    "two-findings-in-the-paragraph": (f"{IGNORE}\n{WRONG} The quake killed 16 more.\n", [], 2),
    "stacked-lines": (f"factlint: ignore[flood] reason: a\n{IGNORE}\n{WRONG} The flood killed 5.\n", [], 2),
    "not-the-paragraph-after-next": (f"{IGNORE}\n{RIGHT}\n{WRONG}\n",
                                     [(1, "suppression.unused"), (3, "quake.deaths")], 0),
    "not-the-paragraph-before": (f"{WRONG}\n{IGNORE}\n{RIGHT}\n",
                                 [(1, "quake.deaths"), (2, "suppression.unused")], 0),
    "end-of-article": (f"{WRONG}\n{IGNORE}\n", [(1, "quake.deaths"), (2, "suppression.unused")], 0),
    "wrapped-paragraph": (f"{IGNORE}\nThe quake struck at dawn and\nkilled 15 people.\n", [], 1),
    "between-paragraphs-of-wrapped-text": (
        "The quake struck at dawn and\nkilled 15 people.\n" + IGNORE + "\nThe quake struck again and\nkilled 16.\n",
        [(2, "quake.deaths")], 1),
    "unit-conversion": ("factlint: ignore[unit-conversion] reason: as printed\nThe quake was 10 km (20 miles) deep.\n",
                        [], 1),
    "missing-reason-still-silences": (f"factlint: ignore[quake]\n{WRONG}\n", [(1, "suppression.missing-reason")], 1),
    "unknown-rule": (f"factlint: ignore[quak] reason: typo\n{WRONG}\n",
                     [(1, "suppression.unknown-rule"), (2, "quake.deaths")], 0),
    "unknown-fact": (f"factlint: ignore[quake.death] reason: typo\n{WRONG}\n",
                     [(1, "suppression.unknown-rule"), (2, "quake.deaths")], 0),
    "star-is-not-allowed": (f"factlint: ignore[*] reason: everything\n{WRONG}\n",
                            [(1, "suppression.unknown-rule"), (2, "quake.deaths")], 0),
    "unreadable": (f"factlint: ignore quake\n{WRONG}\n", [(1, "suppression.syntax"), (2, "quake.deaths")], 0),
    "suppressions-cannot-be-suppressed": (f"factlint: ignore[suppression] reason: r\n{IGNORE}\n{RIGHT}\n",
                                          [(1, "suppression.unknown-rule"), (2, "suppression.unused")], 0),
}


@pytest.mark.parametrize("name", list(CASES))
def test_what_a_suppression_silences(name, tmp_path, rules):
    text, left, silenced = CASES[name]
    report = check_text(tmp_path, rules, text, "\r\n" if name == "crlf" else "\n")
    assert [(f.line, f"{f.rule}.{f.fact}") for f in report.findings] == left
    assert report.suppressed == silenced
    # The tally agrees with the findings shown: every finding's check failed, no other did.
    failing = {(f.path, f.rule, f.fact) for f in report.findings}
    assert {(c.path, c.rule, c.fact) for c in report.checks if c.outcome == "failed"} == failing


@pytest.mark.parametrize("line, severity, message, found, column", [
    ("factlint: ignore[flood] reason: r", "warning",
     "unused suppression: no flood finding in the paragraph it covers (line 2)", "flood", 18),
    ("factlint: ignore[quak] reason: r", "warning",
     "suppression names unknown rule 'quak' (did you mean 'quake'?)", "quak", 18),
    ("factlint: ignore[quake.death] reason: r", "warning",
     "suppression names fact 'death', which rule 'quake' does not have (did you mean 'deaths'?)", "quake.death", 18),
    ("<!-- factlint: ignore[quake] -->", "error",
     "suppression without a reason; write factlint: ignore[RULE, ...] reason: WHY", "factlint: ignore[quake]", 6),
    ("factlint: ignore[quake] since", "error",
     "unreadable suppression: expected factlint: ignore[RULE, ...] reason: WHY", "factlint: ignore[quake] since", 1),
])
def test_findings_about_suppressions(line, severity, message, found, column, tmp_path, rules):
    """Placed at the id (or the line), quoting the suppression, underlining what is wrong."""
    report = check_text(tmp_path, rules, f"{line}\nThe flood killed 3 people. {WRONG}\n")
    finding = next(f for f in report.findings if f.rule == "suppression")
    assert (finding.line, finding.column, finding.severity, finding.message, finding.found) == \
        (1, column, severity, message, found)
    assert finding.quote[finding.quote_column - 1:].startswith(found)
    assert finding.end_column - finding.column == len(found)


def test_unused_at_the_end_says_no_paragraph_follows(tmp_path, rules):
    report = check_text(tmp_path, rules, f"{RIGHT}\n{IGNORE}\n")
    assert [f.message for f in report.findings] == ["unused suppression: no paragraph follows it"]


def test_unused_names_the_lines_of_a_wrapped_paragraph(tmp_path, rules):
    report = check_text(tmp_path, rules, f"{IGNORE}\nThe quake struck at dawn and\nkilled 12 people.\n")
    assert [f.message for f in report.findings] == [
        "unused suppression: no quake finding in the paragraph it covers (line 2–3)"]


def test_silenced_check_is_skipped_with_the_reason(tmp_path, rules):
    report = check_text(tmp_path, rules, f"{IGNORE}\n{WRONG}\nThe quake injured 40 people.\n")
    outcomes = {(c.rule, c.fact): (c.outcome, c.reason) for c in report.checks}
    assert outcomes == {("quake", "deaths"): ("skipped", "suppressed: quoting the original"),
                        ("quake", "injured"): ("passed", "")}
    assert report.summary()["suppressed"] == 1 and report.summary()["skipped"] == 1


def test_check_with_a_finding_left_stays_failed(tmp_path, rules):
    report = check_text(tmp_path, rules, f"{IGNORE}\n{WRONG}\n\nThe quake killed 16 people.\n")
    assert [c.outcome for c in report.checks] == ["failed"]
    assert [f.line for f in report.findings] == [4] and report.suppressed == 1


def _copy_seeds_with_kirby_suppressed(tmp_path, line: str):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    path = next(folder.glob("002_*.txt"))
    text = path.read_text(encoding="utf-8")
    assert text.count("\nHomeland Security spokesman John Kirby") == 1
    path.write_text(text.replace("\nHomeland Security spokesman John Kirby",
                                 f"\n{line}\nHomeland Security spokesman John Kirby"), encoding="utf-8")
    return folder


@pytest.mark.parametrize("line", [
    "factlint: ignore[kirby-title] reason: quoting the original error",
    "<!-- factlint: ignore[kirby-title.title] reason: quoting the original error -->",
])
def test_seeds_with_kirby_suppressed_exit_0(line, tmp_path, runner):
    """The seeds' one finding, suppressed: exit 0, one skipped check, the tally says so."""
    folder = str(_copy_seeds_with_kirby_suppressed(tmp_path, line))
    result = runner.invoke(cli, ["--rules", RULES, "--format", "json", folder])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["findings"] == []
    skipped = [c for c in report["checks"] if c["outcome"] == "skipped"]
    assert [(os.path.basename(c["path"])[:3], c["rule"], c["reason"]) for c in skipped] == \
        [("002", "kirby-title", "suppressed: quoting the original error")]
    assert report["summary"]["suppressed"] == 1 and report["summary"]["failed"] == 0
    text = runner.invoke(cli, ["--rules", RULES, folder]).stdout
    assert text.splitlines()[-1] == "33 passed, 0 failed, 1 skipped (1 suppressed)"


@pytest.mark.parametrize("fail_on, status", [("error", 0), ("warning", 1)])
def test_unused_suppression_is_a_warning(tmp_path, runner, rules_dir, fail_on, status):
    """Reported as a failed check either way; it fails the run only with --fail-on warning."""
    (tmp_path / "a.txt").write_text(f"{IGNORE}\n{RIGHT}\n", encoding="utf-8")
    result = runner.invoke(cli, ["--rules", rules_dir, "--fail-on", fail_on, str(tmp_path / "a.txt")])
    assert result.exit_code == status
    assert "warning [suppression.unused]" in result.stdout
    assert result.stdout.splitlines()[-1] == "1 passed, 1 failed, 0 skipped"


@pytest.mark.parametrize("name, text", [
    ("a.md", f"# Quake\n\n<!-- {IGNORE} -->\nThe **quake** killed 15 people.\n\nThe quake killed 16 people.\n"),
    ("a.html", f"<html><body><article>\n<p>Intro.</p>\n<!-- {IGNORE} -->\n<p>{WRONG}</p>\n"
               "<p>The quake killed 16 people.</p>\n</article></body></html>\n"),
], ids=["markdown", "html"])
def test_html_comment_in_markdown_and_html(name, text, tmp_path, rules):
    """Read from the source, applied to the next paragraph of the article's layout."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    report = check_paths([str(tmp_path / name)], rules)
    assert [f.found for f in report.findings] == ["16"] and report.suppressed == 1
