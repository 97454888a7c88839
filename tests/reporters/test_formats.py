"""Output formats and the options of `check` that shape output and exit status.

Golden files: tests/golden/CORPUS.FORMAT hold the exact output for the seeds
and the earthquake example. After an intended change, regenerate them with
    FACTLINT_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/reporters/test_formats.py
and review the diff.
"""
from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from factlint import __version__
from factlint.cli.app import cli
from factlint.model import Check, Finding, Related, Report, RuleFact
from factlint.reporters import REPORTERS, github, junit, sarif, statistics
from factlint.reporters.options import DEFAULT
from tests.compare.test_compare import EMBARGO
from tests.conftest import ROOT

GOLDEN = os.path.join(ROOT, "tests", "golden")
SARIF_SCHEMA = os.path.join(ROOT, "tests", "sarif-schema-2.1.0.json")
CORPORA = {
    "seeds": ["--rules", "rules", "seeds/"],
    "earthquake": ["--rules", "examples/earthquake/rules", "examples/earthquake/articles"],
}
ESC = "\x1b["


def invoke(runner, *args, env=None):
    return runner.invoke(cli, list(args), env=env)


@pytest.fixture
def at_root(monkeypatch):
    """Run from the repository root so that paths in the output are relative and stable."""
    monkeypatch.chdir(ROOT)


# --- golden files ------------------------------------------------------------

GOLDEN_CASES = [(corpus, fmt, []) for corpus in CORPORA for fmt in REPORTERS] + [
    ("seeds", "text-quiet", ["--format", "text", "--quiet"]),
    ("seeds", "text-statistics", ["--format", "text", "--statistics"]),
]


@pytest.mark.parametrize("corpus, name, options", GOLDEN_CASES, ids=[f"{c}.{n}" for c, n, _ in GOLDEN_CASES])
def test_golden_output(runner, at_root, corpus, name, options):
    """`factlint --format NAME` on the corpus prints exactly the golden file and exits 1."""
    args = options or ["--format", name]
    result = invoke(runner, *args, *CORPORA[corpus])
    assert result.exit_code == 1, result.output
    path = os.path.join(GOLDEN, f"{corpus}.{name}")
    # The version is written as {VERSION} in golden files, so a release changes none of them.
    output = result.stdout.replace(__version__, "{VERSION}")
    if os.environ.get("FACTLINT_REGEN_GOLDEN"):
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(output)
    with open(path, encoding="utf-8", newline="") as handle:
        assert output == handle.read()


# --- a hand-made report with every feature a format must carry -----------------

NASTY = "50% of 1,000: \"ten\" <km> & more\r\nline two"
FINDINGS = (
    Finding("a b/x,1.txt", 2, 5, "quake", "deaths", "error", "deaths is 210, not 120", "210", "120",
            quote="The toll is 210 now.", end_column=8, quote_column=13,
            related=(Related("c:d.txt", 1, 9, "120"), Related("/abs/e.txt", 4, 1, "about 120"))),
    Finding("a b/x,1.txt", 3, 1, "quake", "depth", "warning", NASTY, "10\x0c miles", None,
            quote="10\x0c miles deep.", end_column=9, quote_column=1),
    Finding("/abs/e.txt", 1, 1, "names", "title", "info", "title differs", "Mr", "Dr",
            quote="Mr Smith.", end_column=3, quote_column=1),
)
CHECKS = (
    Check("a b/x,1.txt", "quake", "deaths", "failed"),
    Check("a b/x,1.txt", "quake", "depth", "failed"),
    Check("a b/x,1.txt", "quake", "magnitude", "skipped", "no expected value and no other mention to compare with"),
    Check("/abs/e.txt", "names", "title", "failed"),
    Check("/abs/e.txt", "quake", "deaths", "passed"),
)
REPORT = Report(articles=("a b/x,1.txt", "/abs/e.txt", "empty.txt"), facts=(), checks=CHECKS, findings=FINDINGS,
                rules=("names", "quake"),
                rule_facts=(RuleFact("names", "title", "Names", "info"), RuleFact("quake", "deaths", "Quake", "error"),
                            RuleFact("quake", "depth", "Quake", "warning"),
                            RuleFact("quake", "magnitude", "Quake", "error")))
EMPTY = Report(articles=(), facts=(), checks=(), findings=())


# --- sarif ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def sarif_validator():
    with open(SARIF_SCHEMA, encoding="utf-8") as handle:
        schema = json.load(handle)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def test_schema_copy_is_the_official_one():
    """The kept schema is OASIS's SARIF 2.1.0 (errata 01), not a hand-written stand-in."""
    with open(SARIF_SCHEMA, encoding="utf-8") as handle:
        schema = json.load(handle)
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert schema["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    assert len(schema["definitions"]) > 50 and "reportingDescriptor" in schema["definitions"]


@pytest.mark.parametrize("report", [REPORT, EMPTY], ids=["nasty", "empty"])
def test_sarif_is_valid_and_deterministic(sarif_validator, report):
    text = sarif.render(report)
    sarif_validator.validate(json.loads(text))
    assert sarif.render(report) == text


@pytest.mark.parametrize("corpus", CORPORA)
def test_sarif_of_the_corpora_is_valid(runner, at_root, sarif_validator, corpus):
    sarif_validator.validate(json.loads(invoke(runner, "--format", "sarif", *CORPORA[corpus]).stdout))


def test_sarif_results_rules_and_related_locations():
    """Each finding is a result pointing at its rule; related mentions become relatedLocations."""
    run = json.loads(sarif.render(REPORT))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["names.title", "quake.deaths", "quake.depth", "quake.magnitude"]
    assert [r["defaultConfiguration"]["level"] for r in rules] == ["note", "error", "warning", "error"]
    assert rules[1]["shortDescription"]["text"] == "Quake: deaths"
    results = run["results"]
    assert [(r["ruleId"], rules[r["ruleIndex"]]["id"], r["level"]) for r in results] == [
        ("quake.deaths", "quake.deaths", "error"), ("quake.depth", "quake.depth", "warning"),
        ("names.title", "names.title", "note")]
    first = results[0]
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "a%20b/x%2C1.txt"},
        "region": {"startLine": 2, "startColumn": 5, "endLine": 2, "endColumn": 8}}
    related = [(r["id"], r["physicalLocation"]["artifactLocation"]["uri"], r["physicalLocation"]["region"],
                r["message"]["text"]) for r in first["relatedLocations"]]
    assert related == [(1, "c%3Ad.txt", {"startLine": 1, "startColumn": 9}, "compared with: 120"),
                       (2, "file:///abs/e.txt", {"startLine": 4, "startColumn": 1}, "compared with: about 120")]
    assert first["properties"] == {"found": "210", "expected": "120"}
    assert "relatedLocations" not in results[1] and results[1]["message"]["text"] == NASTY
    assert run["columnKind"] == "unicodeCodePoints"


def test_sarif_rule_missing_from_the_catalogue_is_still_listed():
    """A report without rule descriptions still gives every result a valid ruleIndex."""
    bare = Report(articles=("a.txt",), facts=(), checks=(), findings=FINDINGS[:1])
    run = json.loads(sarif.render(bare))["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["quake.deaths"]
    assert run["results"][0]["ruleIndex"] == 0


# --- junit ---------------------------------------------------------------------

def _suites(text: str) -> ET.Element:
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    return root


def test_junit_suites_cases_failures_and_counts():
    """A testsuite per article, a testcase per check, a failure per finding, skipped checks marked."""
    root = _suites(junit.render(REPORT))
    assert [s.get("name") for s in root] == list(REPORT.articles)
    assert {k: root.get(k) for k in ("tests", "failures", "errors", "skipped")} == {
        "tests": "5", "failures": "3", "errors": "0", "skipped": "1"}
    first, second, empty = root
    assert [c.get("name") for c in first] == ["quake.deaths", "quake.depth", "quake.magnitude"]
    assert {k: first.get(k) for k in ("tests", "failures", "skipped")} == {"tests": "3", "failures": "2", "skipped": "1"}
    assert [len(c.findall("failure")) for c in first] == [1, 1, 0]
    deaths = first[0].find("failure")
    assert deaths.get("type") == "error" and deaths.get("message") == "2:5: deaths is 210, not 120"
    assert "see:      c:d.txt:1:9 (120)" in deaths.text
    assert first[1].find("failure").get("message") == "3:1: " + NASTY  # attributes keep CR LF
    assert "10\\x0c miles" in first[1].find("failure").text  # the form feed, which XML cannot hold, escaped
    assert first[2].find("skipped").get("message").startswith("no expected value")
    # The info finding (a superseded figure) is a note on its case, not a failure.
    assert [c.find("failure") is None for c in second] == [True, True]
    assert "title differs" in second[0].find("system-out").text
    assert len(empty) == 0 and empty.get("tests") == "0"


@pytest.mark.parametrize("corpus", CORPORA)
def test_junit_of_the_corpora_matches_the_json(runner, at_root, corpus):
    """Suites, cases and failures agree with the JSON report's articles, checks and findings."""
    data = json.loads(invoke(runner, "--format", "json", *CORPORA[corpus]).stdout)
    root = _suites(invoke(runner, "--format", "junit", *CORPORA[corpus]).stdout)
    assert [s.get("name") for s in root] == data["articles"]
    cases = [(s.get("name"), c.get("name")) for s in root for c in s]
    assert cases == [(c["path"], f"{c['rule']}.{c['fact']}") for c in data["checks"]]
    assert sum(len(c.findall("failure")) for s in root for c in s) == len(data["findings"])
    assert int(root.get("failures")) == data["summary"]["failed"]
    assert int(root.get("tests")) == data["summary"]["checks"]


# --- github --------------------------------------------------------------------

def _unescape(text: str) -> str:
    return re.sub(r"%(25|0D|0A|3A|2C)", lambda m: {"25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": ","}[m[1]], text)


@pytest.mark.parametrize("text", [
    "plain", "100% sure", "%0A is not a newline", "a\r\nb\nc\rd", "key: value, other", "::error::inject",
    "%25 already", "tab\there", "ünïcödé “quotes”",
])
def test_github_escaping_round_trips(text):
    """Data escapes % CR LF; properties also : and ,; decoding gives the original back."""
    data, prop = github.escape_data(text), github.escape_property(text)
    assert not re.search(r"[\r\n]", data) and not re.search(r"[\r\n:,]", prop)
    assert _unescape(data) == text and _unescape(prop) == text
    assert "::" not in prop


@pytest.mark.parametrize("finding, expected", [
    (FINDINGS[0], "::error file=a b/x%2C1.txt,line=2,endLine=2,col=5,endColumn=8,title=factlint [quake.deaths]"
                  "::deaths is 210, not 120%0Afound: 210%0Aexpected: 120"),
    (FINDINGS[1], "::warning file=a b/x%2C1.txt,line=3,endLine=3,col=1,endColumn=9,title=factlint [quake.depth]"
                  "::50%25 of 1,000: \"ten\" <km> & more%0D%0Aline two%0Afound: 10\\x0c miles"),
    (FINDINGS[2], "::notice file=/abs/e.txt,line=1,endLine=1,col=1,endColumn=3,title=factlint [names.title]"
                  "::title differs%0Afound: Mr%0Aexpected: Dr"),
], ids=["error", "warning-nasty", "info-notice"])
def test_github_annotation(finding, expected):
    assert github.annotation(finding) == expected


def test_github_report_ends_with_the_tally():
    lines = github.render(REPORT).split("\n")[:-1]  # not splitlines: a form feed is not a line break here
    assert len(lines) == 4 and all(line.startswith("::") for line in lines[:3])
    assert lines[-1] == "1 passed, 3 failed, 1 skipped"


@pytest.mark.parametrize("env, args, fmt", [
    ({"GITHUB_ACTIONS": "true"}, [], "github"),
    ({"GITHUB_ACTIONS": "true"}, ["--format", "text"], "text"),
    ({"GITHUB_ACTIONS": "false"}, [], "text"),
    ({}, [], "text"),
], ids=["actions", "actions-explicit-text", "actions-false", "local"])
def test_github_format_is_picked_inside_actions(runner, tiny, env, args, fmt):
    result = invoke(runner, *args, *tiny("error"), env=env)
    assert result.stdout.startswith("::error ") == (fmt == "github")
    assert result.stdout.startswith("factlint ") == (fmt == "text")


# --- line ----------------------------------------------------------------------

def test_line_format():
    """One `path:line:col: severity [rule.fact] message` line per finding; nothing when clean."""
    lines = REPORTERS["line"].render(REPORT, DEFAULT).split("\n")
    assert lines[0] == "a b/x,1.txt:2:5: error [quake.deaths] deaths is 210, not 120"
    # A message's own line break is escaped: one line per finding, whatever the text holds.
    assert lines[-1] == "" and len(lines) == len(REPORT.findings) + 1
    assert lines[1].endswith("& more\\r\\nline two")
    assert REPORTERS["line"].render(EMPTY, DEFAULT) == ""


# --- small corpora for the options ---------------------------------------------

WRONG = "North Korea has been under a UN arms embargo since 2005.\n"
RIGHT = "North Korea has been under a UN arms embargo since 2006.\n"


@pytest.fixture
def tiny(tmp_path):
    """Rules and one article: tiny("warning") gives one warning finding, tiny(None) a clean run."""
    def make(severity: str | None) -> list[str]:
        (tmp_path / "rules").mkdir(exist_ok=True)
        rule = EMBARGO.replace("severity: warning", f"severity: {severity or 'error'}")
        (tmp_path / "rules" / "embargo.yaml").write_text(rule, encoding="utf-8")
        (tmp_path / "a.txt").write_text(WRONG if severity else RIGHT, encoding="utf-8")
        return ["--rules", str(tmp_path / "rules"), str(tmp_path / "a.txt")]
    return make


# --- exit policy ---------------------------------------------------------------

@pytest.mark.parametrize("severity, options, status", [
    ("error", [], 1),
    ("warning", [], 0),
    ("info", [], 0),
    ("error", ["--fail-on", "warning"], 1),
    ("warning", ["--fail-on", "warning"], 1),
    ("info", ["--fail-on", "warning"], 0),
    ("error", ["--exit-zero"], 0),
    ("warning", ["--fail-on", "warning", "--exit-zero"], 0),
    (None, [], 0),
    (None, ["--fail-on", "warning"], 0),
])
def test_exit_status(runner, tiny, severity, options, status):
    """Only findings at or above --fail-on fail the run; --exit-zero never does; all are reported."""
    result = invoke(runner, "--format", "line", *options, *tiny(severity))
    assert result.exit_code == status
    assert (f": {severity} [embargo.since]" in result.stdout) == (severity is not None)


@pytest.mark.parametrize("options", [["--exit-zero"], ["--fail-on", "warning"]])
def test_errors_still_exit_two(runner, tmp_path, options):
    """--exit-zero and --fail-on change nothing for an input error: valid rules, a missing article."""
    result = invoke(runner, *options, "--rules", os.path.join(ROOT, "rules"), str(tmp_path / "missing.txt"))
    assert result.exit_code == 2
    assert result.stderr == f"factlint: error: {tmp_path / 'missing.txt'}: no such file or directory\n"


@pytest.mark.parametrize("options", [["--fail-on", "info"], ["--color", "sometimes"], ["--format", "xml"]])
def test_bad_choices_are_usage_errors(runner, tiny, options):
    assert invoke(runner, *options, *tiny("error")).exit_code == 2


# --- colour --------------------------------------------------------------------

@pytest.mark.parametrize("choice, env, terminal, expected", [
    ("auto", {}, True, True),
    ("auto", {}, False, False),
    ("auto", {"NO_COLOR": "1"}, True, False),
    ("auto", {"NO_COLOR": ""}, True, True),
    ("auto", {"FORCE_COLOR": "1"}, False, True),
    ("auto", {"NO_COLOR": "1", "FORCE_COLOR": "1"}, True, False),
    ("always", {"NO_COLOR": "1"}, False, True),
    ("never", {"FORCE_COLOR": "1"}, True, False),
])
def test_use_color(choice, env, terminal, expected):
    from factlint.cli.output import use_color

    assert use_color(choice, env, terminal) is expected


@pytest.mark.parametrize("args, env, terminal, colored", [
    (["--color", "always"], {}, False, True),
    (["--color", "never"], {}, True, False),
    ([], {}, True, True),
    ([], {}, False, False),
    ([], {"NO_COLOR": "1"}, True, False),
    ([], {"FORCE_COLOR": "1"}, False, True),
    (["--color", "always", "--format", "line"], {}, True, False),
    (["--color", "always", "--format", "json"], {}, True, False),
    (["--color", "always", "--format", "github"], {}, True, False),
], ids=["always", "never", "terminal", "pipe", "no-color", "force-color", "line", "json", "github"])
def test_color_in_the_cli(runner, tiny, monkeypatch, args, env, terminal, colored):
    """Colour only in the text report, on a terminal or when asked, never with NO_COLOR."""
    monkeypatch.setattr("factlint.cli.run._stdout_is_terminal", lambda: terminal)
    result = invoke(runner, *args, *tiny("error"), env=env)
    assert (ESC in result.stdout) == colored
    if colored:
        assert "\x1b[31m\x1b[1merror\x1b[0m" in result.stdout
        assert re.sub(r"\x1b\[\d+m", "", result.stdout) == invoke(runner, "--color", "never", *tiny("error")).stdout


def test_output_files_are_never_colored(runner, tiny, tmp_path):
    result = invoke(runner, "--color", "always", "--output-file", f"text:{tmp_path / 'out.txt'}", *tiny("error"))
    assert ESC in result.stdout
    assert ESC not in (tmp_path / "out.txt").read_text(encoding="utf-8")


# --- quiet and statistics ------------------------------------------------------

@pytest.mark.parametrize("severity", ["error", None])
def test_quiet(runner, tiny, severity):
    """--quiet drops the header and the marks, keeping failures and the tally."""
    full = invoke(runner, *tiny(severity)).stdout
    quiet = invoke(runner, "--quiet", *tiny(severity)).stdout
    assert full.startswith("factlint ") and not quiet.startswith("factlint ")
    assert full.endswith(quiet)
    assert ("FAILURES" in quiet) == (severity is not None)
    assert quiet.splitlines()[-1] == full.splitlines()[-1]
    if severity is None:
        assert quiet == "1 passed, 0 failed, 0 skipped\n"


def test_statistics_counts_and_order():
    assert statistics.render(REPORT) == ("1     names.title   Names\n"
                                         "1     quake.deaths  Quake\n"
                                         "1     quake.depth   Quake\n")
    twice = Report(articles=(), facts=(), checks=(), findings=FINDINGS[:1] * 2 + FINDINGS[2:])
    assert statistics.render(twice) == "1     names.title\n2     quake.deaths\n"
    assert statistics.render(EMPTY) == ""


@pytest.mark.parametrize("fmt, where", [
    ("text", "stdout"), ("line", "stdout"), ("github", "stdout"),
    ("json", "stderr"), ("sarif", "stderr"), ("junit", "stderr"),
])
def test_statistics_keep_data_formats_parseable(runner, tiny, fmt, where):
    """Statistics follow the report on stdout, except for data formats, where they go to stderr."""
    result = invoke(runner, "--format", fmt, "--statistics", *tiny("error"))
    line = "1     embargo.since  embargo\n"  # the rule has no description: its id stands in
    assert getattr(result, where).endswith(line)
    other = "stderr" if where == "stdout" else "stdout"
    assert line not in getattr(result, other)
    if fmt == "json":
        json.loads(result.stdout)
    if fmt == "text":
        assert result.stdout.endswith("0 passed, 1 failed, 0 skipped\n\n" + line)


# --- output files --------------------------------------------------------------

@pytest.mark.parametrize("spec, expected", [
    ("out/factlint.sarif", ("sarif", "out/factlint.sarif")),
    ("report.XML", ("junit", "report.XML")),
    ("r.json", ("json", "r.json")),
    ("r.txt", ("line", "r.txt")),
    ("build.log", ("line", "build.log")),
    ("sarif:out/x.json", ("sarif", "out/x.json")),
    ("text:report.txt", ("text", "report.txt")),
    ("github:gh.out", ("github", "gh.out")),
    ("C:\\reports\\x.sarif", ("sarif", "C:\\reports\\x.sarif")),
    ("./odd:name.json", ("json", "./odd:name.json")),
])
def test_output_target(spec, expected):
    from factlint.cli.output import output_target

    assert output_target(spec, set(REPORTERS)) == expected


@pytest.mark.parametrize("spec, message", [
    ("report.pdf", "cannot tell the format from '.pdf'"),
    ("report", "cannot tell the format from 'no extension'"),
    ("xml:report.xml", "unknown format 'xml'"),
    ("sarif:", "no path after 'sarif:'"),
])
def test_output_file_usage_errors(runner, tiny, tmp_path, spec, message):
    """A format that cannot be told is one line on stderr, exit 2, and no run."""
    result = invoke(runner, "--output-file", spec, *tiny("error"))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert result.stdout == ""


def test_output_files_written_beside_normal_output(runner, tiny, tmp_path):
    """Each file holds its format's whole report; stdout and exit status are as without them."""
    out = tmp_path / "out"
    args = tiny("error")
    plain = invoke(runner, *args)
    result = invoke(runner, "--output-file", str(out / "r.sarif"), "--output-file", f"junit:{out / 'j.out'}",
                    "--output-file", str(out / "r.json"), "--output-file", str(out / "r.log"), *args)
    assert (result.exit_code, result.stdout) == (plain.exit_code, plain.stdout) == (1, plain.stdout)
    for name, fmt in [("r.sarif", "sarif"), ("j.out", "junit"), ("r.json", "json"), ("r.log", "line")]:
        assert (out / name).read_text(encoding="utf-8") == invoke(runner, "--format", fmt, *args).stdout
    assert sorted(os.listdir(out)) == ["j.out", "r.json", "r.log", "r.sarif"]  # no temporary files left


def test_output_file_that_cannot_be_written(runner, tiny, tmp_path):
    (tmp_path / "blocker").write_text("a file, not a folder", encoding="utf-8")
    result = invoke(runner, "--output-file", str(tmp_path / "blocker" / "r.json"), *tiny("error"))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"factlint: error: {tmp_path / 'blocker' / 'r.json'}: cannot write: ")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("value", ["report", "facts", "check"])
def test_option_value_named_like_a_command(runner, tiny, tmp_path, monkeypatch, value):
    """`--rules facts` is a rules folder named facts, not the facts command."""
    args = tiny("error")
    (tmp_path / "rules").rename(tmp_path / value)
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, "--rules", value, "--format", "line", args[-1])
    assert result.exit_code == 1 and ": error [embargo.since]" in result.stdout


def test_facts_command_keeps_its_formats(runner, tiny):
    """`facts` still takes text and json only, and exits 0."""
    assert invoke(runner, "facts", "--format", "json", *tiny("error")).exit_code == 0
    assert invoke(runner, "facts", "--format", "sarif", *tiny("error")).exit_code == 2


def test_run_errors_reach_every_ci_format(sarif_validator):
    """An unreadable article or a rule that gave up is in the machine formats, not only on stderr."""
    from factlint.model import RunError

    errors = (RunError("a/gone.txt", "cannot read: permission denied"),
              RunError("a/b.txt", "regular expression /x/ gave up", "quake"))
    report = Report(("a/b.txt",), (), (), (), errors=errors)
    log = json.loads(sarif.render(report))
    sarif_validator.validate(log)
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    assert [n["message"]["text"] for n in invocation["toolExecutionNotifications"]] == [str(e) for e in errors]
    assert invocation["toolExecutionNotifications"][1]["descriptor"] == {"id": "quake"}
    root = ET.fromstring(junit.render(report))
    assert root.get("errors") == "2" and root.get("tests") == "2"
    (suite,) = [s for s in root if s.get("name") == "factlint errors"]
    assert [c.find("error").get("message") for c in suite] == [e.message for e in errors]
    lines = github.render(report).splitlines()
    assert lines[:2] == ["::error file=a/gone.txt,title=factlint error::a/gone.txt: cannot read: permission denied",
                         "::error file=a/b.txt,title=factlint error::a/b.txt: rule 'quake': regular expression /x/ gave up"]
    clean = json.loads(sarif.render(Report((), (), (), ())))
    assert clean["runs"][0]["invocations"] == [{"executionSuccessful": True, "toolExecutionNotifications": []}]
