"""Configuration: files found upward, precedence, every key's effect on a run,
bad configs as one-line errors, --show-config and --show-files."""
from __future__ import annotations

import json
import textwrap

import click
import pytest

from factlint.cli import config
from factlint.cli.app import cli
from factlint.errors import ConfigError
from factlint.rules import Tolerance, load_rules
from tests.conftest import ROOT

RULES = {
    "storm-deaths": "scope: [storm]\nfacts:\n  deaths:\n    kind: count\n    triggers: [killed]\n    expected: 12\n",
    "storm-injured": "scope: [storm]\nfacts:\n  injured:\n    kind: count\n    triggers: [injured]\n    expected: 30\n",
    "bridge-length": "scope: [bridge]\nfacts:\n  length:\n    kind: quantity\n    unit: km\n"
                     "    triggers: [long]\n    expected: 2 km\n",
}
GOOD = "The storm killed 12 people.\nThe storm injured 30 people.\nThe bridge is 2 km long.\n"
# Every rule fails here, and so does the built-in unit conversion (100 km/h is 62 mph).
BAD = ("The storm killed 14 people.\nThe storm injured 31 people.\nThe bridge is 2.1 km long.\n"
       "Winds reached 100 km/h (20 mph).\n")
ALL_RULES = {"storm-deaths", "storm-injured", "bridge-length", "unit-conversion"}


def write(path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")


@pytest.fixture
def story(tmp_path, monkeypatch):
    """A project folder with rules/ and news/{good,bad}.txt, as the current folder."""
    for rule_id, body in RULES.items():
        write(tmp_path / "rules" / f"{rule_id}.yaml", f"id: {rule_id}\n{body}")
    write(tmp_path / "news" / "good.txt", GOOD)
    write(tmp_path / "news" / "bad.txt", BAD)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(runner, *args):
    return runner.invoke(cli, list(args))


def report(runner, *args) -> dict:
    result = run(runner, "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def failed_rules(data: dict) -> set[str]:
    return {f["rule"] for f in data["findings"]}


def shown(runner, *args) -> dict[str, tuple[str, str]]:
    """--show-config as key -> (value, source)."""
    result = run(runner, "--show-config", *args)
    assert result.exit_code == 0, result.output
    rows = {}
    for line in result.stdout.splitlines()[1:]:
        left, source = line.rsplit("  # ", 1)
        key, value = left.split(" = ", 1)
        rows[key] = (value.strip(), source)
    return rows


# -- sources and where they are found --------------------------------------------------

SOURCES = {
    ".factlint.yaml": ("# factlint settings\nformat: json\nselect: [storm]\n", ".factlint.yaml:2"),
    "pyproject.toml": ('[project]\nname = "x"\n\n[tool.factlint]\nformat = "json"\nselect = ["storm"]\n',
                       "pyproject.toml:5"),
    "setup.cfg": "[metadata]\nname = x\n\n[factlint]\nselect = storm\nformat = json\n",
}
SOURCES["setup.cfg"] = (SOURCES["setup.cfg"], "setup.cfg:6")


@pytest.mark.parametrize("name", list(SOURCES))
def test_each_file_type_is_read(runner, story, name):
    body, where = SOURCES[name]
    write(story / name, body)
    rows = shown(runner)
    assert rows["format"] == ('"json"', where)
    assert rows["select"][0] == '["storm"]'
    assert rows["ignore"] == ("[]", "default")
    result = run(runner, "news")
    assert result.exit_code == 1
    assert failed_rules(json.loads(result.stdout)) == {"storm-deaths", "storm-injured"}


@pytest.mark.parametrize("depth", [1, 3])
def test_config_in_a_parent_folder_is_found(runner, story, monkeypatch, depth):
    """Searched upward from the current folder; `rules` resolves against the config file's folder."""
    write(story / "setup.cfg", "[factlint]\nrules = rules\nselect = bridge\n")
    deeper = story.joinpath(*["sub"] * depth)
    deeper.mkdir(parents=True)
    monkeypatch.chdir(deeper)
    up = "/".join([".."] * depth)
    rows = shown(runner)
    assert rows["rules"] == (f'["{up}/rules"]', f"{up}/setup.cfg:2")
    data = report(runner, f"{up}/news")
    assert failed_rules(data) == {"bridge-length"}


@pytest.mark.parametrize("files, winner", [
    ({".factlint.yaml": "format: json\n", "pyproject.toml": '[tool.factlint]\nformat = "text"\n',
      "setup.cfg": "[factlint]\nformat = text\n"}, ".factlint.yaml:1"),
    ({"pyproject.toml": '[tool.factlint]\nformat = "json"\n', "setup.cfg": "[factlint]\nformat = text\n"},
     "pyproject.toml:2"),
    # Only files that hold a factlint section count.
    ({"pyproject.toml": '[tool.black]\nline-length = 99\n# factlint: see setup.cfg\n',
      "setup.cfg": "[factlint]\nformat = json\n"}, "setup.cfg:2"),
    ({"pyproject.toml": "[tool.other]\n", "setup.cfg": "[metadata]\nname = factlint\n",
      "../.factlint.yaml": "format: json\n"}, "../.factlint.yaml:1"),
], ids=["yaml-first", "toml-before-cfg", "section-needed", "parent-when-none-here"])
def test_precedence_within_a_folder(runner, story, monkeypatch, files, winner):
    work = story / "work"
    for name, body in files.items():
        write(work / name, body)
    monkeypatch.chdir(work)
    assert shown(runner)["format"] == ('"json"', winner)


def test_nearest_folder_wins(runner, story, monkeypatch):
    """A setup.cfg next to you beats a .factlint.yaml further up."""
    write(story / ".factlint.yaml", "format: json\nselect: [storm]\n")
    write(story / "sub" / "setup.cfg", "[factlint]\nformat = text\n")
    monkeypatch.chdir(story / "sub")
    rows = shown(runner)
    assert rows["format"] == ('"text"', "setup.cfg:2")
    assert rows["select"] == ("[]", "default")


def test_command_line_overrides_config(runner, story):
    write(story / ".factlint.yaml", "format: json\nselect: [storm]\n")
    rows = shown(runner, "--format", "text", "--select", "bridge")
    assert rows["format"] == ('"text"', "command line")
    assert rows["select"] == ('["bridge"]', "command line")
    result = run(runner, "--format", "text", "news")
    assert result.stdout.startswith("factlint ") and "[storm-deaths.deaths]" in result.stdout


def test_isolated_and_explicit_config(runner, story, tmp_path):
    write(story / ".factlint.yaml", "format: json\n")
    write(story / "elsewhere" / "ci.toml", '[tool.factlint]\nselect = ["bridge"]\nrules = ["../rules"]\n')
    for flag in ("--isolated", "--no-config"):
        assert shown(runner, flag)["format"] == ('"text"', "default")
    rows = shown(runner, "--config", "elsewhere/ci.toml")
    assert rows["format"] == ('"text"', "default")  # the named file replaces the search
    assert rows["select"] == ('["bridge"]', "elsewhere/ci.toml:2")
    assert rows["rules"] == ('["rules"]', "elsewhere/ci.toml:3")
    assert run(runner, "--config", "elsewhere/ci.toml", "--isolated", "news").exit_code == 2


def test_output_is_deterministic(runner, story):
    write(story / "setup.cfg", "[factlint]\nexclude = b*\n  drafts\nper-path-ignores =\n  news/*: storm\n")
    first = run(runner, "--show-config").stdout
    assert first == run(runner, "--show-config").stdout
    assert first.splitlines()[0] == "# config file: setup.cfg"
    keys = [line.split(" = ")[0] for line in first.splitlines()[1:]]
    assert keys == sorted(keys) and {"rules", "format", "select", "ignore", "include", "exclude",
                                     "per-path-ignores", "tolerance"} <= set(keys)


# -- each key's effect on a run -----------------------------------------------------

@pytest.mark.parametrize("select, ignore, runs", [
    ([], [], ALL_RULES),
    (["storm"], [], {"storm-deaths", "storm-injured"}),
    (["storm-d"], [], {"storm-deaths"}),
    ([], ["storm"], {"bridge-length", "unit-conversion"}),
    ([], ["unit-conversion"], ALL_RULES - {"unit-conversion"}),
    (["unit"], [], {"unit-conversion"}),
    (["storm"], ["storm-deaths"], {"storm-injured"}),
    (["storm-deaths"], ["storm"], {"storm-deaths"}),  # the more specific prefix wins
    (["storm"], ["storm-deaths", "unit"], {"storm-injured"}),
])
def test_select_and_ignore_by_prefix(runner, story, select, ignore, runs):
    """Deselected rules never run: no findings and no checks from them."""
    body = f"select: {json.dumps(select)}\nignore: {json.dumps(ignore)}\n"
    write(story / ".factlint.yaml", body)
    data = report(runner, "news")
    assert failed_rules(data) == runs
    assert {c["rule"] for c in data["checks"]} == runs
    assert report(runner, "--isolated", *[f"--select={s}" for s in select],
                  *[f"--ignore={i}" for i in ignore], "news") == data


@pytest.mark.parametrize("args, message", [
    (["--select", "storm", "--ignore", "storm"], "select/ignore leave no rule to check"),  # a tie goes to ignore
    (["--ignore", ""], "ignore: an empty rule id matches every rule"),
    (["--select", " "], "select: an empty rule id matches every rule"),
])
def test_a_selection_that_checks_nothing_is_an_error(runner, story, args, message):
    result = run(runner, *args, "news")
    assert result.exit_code == 2 and result.stderr.startswith(f"factlint: error: {message}")


@pytest.mark.parametrize("option, prefix, hint", [
    ("--select", "strom", "(did you mean 'storm'?)"),
    ("--ignore", "bridge-lenght", "(did you mean 'bridge-length'?)"),
    ("--per-path-ignores", "*:unit-convresion", "(did you mean 'unit-conversion'?)"),
])
def test_prefix_matching_no_rule_is_an_error(runner, story, option, prefix, hint):
    result = run(runner, option, prefix, "news")
    assert result.exit_code == 2
    assert hint in result.stderr and "matches no rule id" in result.stderr


@pytest.mark.parametrize("entry, ignored", [
    ('"news/bad.txt": [storm]', {"storm-deaths", "storm-injured"}),
    ('"bad.txt": [storm-deaths, unit]', {"storm-deaths", "unit-conversion"}),
    ('"*.txt": [bridge]', {"bridge-length"}),
    ('"other/*": [storm]', set()),
])
def test_per_path_ignores(runner, story, entry, ignored):
    """Findings go; their checks become skipped, so the tally matches the findings shown."""
    write(story / ".factlint.yaml", f"per-path-ignores:\n  {entry}\n")
    data = report(runner, "news")
    assert failed_rules(data) == ALL_RULES - ignored
    skipped = {c["rule"] for c in data["checks"] if c["outcome"] == "skipped"}
    assert skipped == ignored
    assert all(c["reason"] == "ignored by per-path-ignores" for c in data["checks"] if c["outcome"] == "skipped")
    assert data["summary"]["failed"] == len(data["findings"])
    text = run(runner, "--format", "text", "news").stdout
    assert text.splitlines()[-1].endswith(f"{len(data['findings'])} failed, {data['summary']['skipped']} skipped")


def test_per_path_ignores_on_the_command_line_and_in_ini(runner, story):
    write(story / "setup.cfg", "[factlint]\nper_path_ignores =\n    news/bad*: storm, bridge\n    good.txt: unit\n")
    assert shown(runner)["per-path-ignores"][0] == '{"news/bad*": ["storm", "bridge"], "good.txt": ["unit"]}'
    assert failed_rules(report(runner, "news")) == {"unit-conversion"}
    assert failed_rules(report(runner, "--per-path-ignores", "bad.txt:unit", "news")) == ALL_RULES - {
        "unit-conversion"}


def tree(root) -> None:
    for path in ("a.txt", "b.rst", "drafts/c.txt", "drafts/deep/d.txt", "old/e.txt", "old/e.draft.txt"):
        write(root / "tree" / path, GOOD)


@pytest.mark.parametrize("include, exclude, listed", [
    ([], [], ["a.txt", "drafts/c.txt", "drafts/deep/d.txt", "old/e.draft.txt", "old/e.txt"]),
    (["*.rst"], [], ["b.rst"]),
    (["*.txt", "*.rst"], ["drafts"], ["a.txt", "b.rst", "old/e.draft.txt", "old/e.txt"]),  # pruned folder
    ([], ["*.draft.txt", "deep"], ["a.txt", "drafts/c.txt", "old/e.txt"]),
    ([], ["tree/old/*"], ["a.txt", "drafts/c.txt", "drafts/deep/d.txt"]),  # "/": anchored at the config
    ([], ["tree/**/deep/*"], ["a.txt", "drafts/c.txt", "old/e.draft.txt", "old/e.txt"]),
    (["tree/drafts/*"], ["d.txt"], ["drafts/c.txt"]),
])
def test_include_and_exclude(runner, story, monkeypatch, include, exclude, listed):
    tree(story)
    write(story / ".factlint.yaml", f"rules: rules\ninclude: {json.dumps(include)}\nexclude: {json.dumps(exclude)}\n")
    monkeypatch.chdir(story / "news")  # relative patterns stay anchored at the config file's folder
    result = run(runner, "--show-files", "../tree")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"../tree/{p}" for p in listed]
    data = report(runner, "../tree")
    assert data["articles"] == [f"../tree/{p}" for p in listed]


def test_a_file_named_on_the_command_line_is_always_read(runner, story):
    write(story / ".factlint.yaml", "exclude: [bad.txt]\n")
    assert run(runner, "--show-files", "news").stdout == "news/good.txt\n"
    assert run(runner, "--show-files", "news/bad.txt").stdout == "news/bad.txt\n"


@pytest.mark.parametrize("tolerance, failing", [
    (None, {"storm-deaths", "storm-injured", "bridge-length"}),
    ("'5%'", {"storm-deaths"}),  # 31 vs 30 and 2.1 km vs 2 km are within 5 %
    ("1", {"storm-deaths"}),  # 31 vs 30 and 2.1 vs 2 within 1 (person, km); 14 vs 12 not
    ("0.5", {"storm-deaths", "storm-injured"}),
])
def test_tolerance_default(runner, story, tolerance, failing):
    if tolerance is not None:
        write(story / ".factlint.yaml", f"tolerance: {tolerance}\nignore: [unit]\n")
    else:
        write(story / ".factlint.yaml", "ignore: [unit]\n")
    assert failed_rules(report(runner, "news")) == failing


def test_tolerance_default_applies_only_where_the_fact_sets_none_and_the_kind_takes_it(tmp_path):
    write(tmp_path / "r.yaml", """\
        id: mixed
        facts:
          deaths: {kind: count, triggers: [killed]}
          own: {kind: count, triggers: [hurt], tolerance: 3}
          when: {kind: date, triggers: [dated]}
          who: {kind: title, person: Jane Roe, accepted: [mayor]}
        """)
    relative = {s.name: s.tolerance for s in load_rules(str(tmp_path), Tolerance(relative=0.05))[0].facts}
    assert relative == {"deaths": Tolerance(relative=0.05), "own": Tolerance(absolute=3),
                        "when": Tolerance(), "who": Tolerance()}  # a date takes no percentage
    absolute = {s.name: s.tolerance for s in load_rules(str(tmp_path), Tolerance(absolute=1))[0].facts}
    assert absolute["when"] == Tolerance(absolute=1) and absolute["who"] == Tolerance()


def test_format_from_config(runner, story):
    write(story / "pyproject.toml", '[tool.factlint]\nformat = "json"\n')
    assert json.loads(run(runner, "news").stdout)["summary"]["findings"] == 4
    assert json.loads(run(runner, "facts", "news").stdout)["version"] == 1  # facts takes it too


def test_several_rule_folders_relative_to_the_config(runner, story, monkeypatch):
    write(story / "more" / "quake.yaml", "id: quake\nscope: [quake]\nfacts:\n  deaths: {kind: count, triggers: ["
                                         "killed], expected: 3}\n")
    write(story / "news" / "quake.txt", "The quake killed 4 people.\n")
    write(story / "cfg" / "setup.cfg", "[factlint]\nrules =\n    ../rules\n    ../more\nselect = quake, storm-d\n")
    monkeypatch.chdir(story / "cfg")
    assert shown(runner)["rules"][0] == '["../rules", "../more"]'
    assert failed_rules(report(runner, "../news")) == {"quake", "storm-deaths"}
    # A repeated --rules on the command line does the same.
    assert failed_rules(report(runner, "--isolated", "--rules", "../rules", "--rules", "../more",
                               "--select", "quake", "../news")) == {"quake"}


def test_rule_ids_unique_across_folders(runner, story):
    write(story / "copy" / "deaths-again.yaml", f"id: storm-deaths\n{RULES['storm-deaths']}")
    result = run(runner, "--rules", "rules", "--rules", "copy", "news")
    assert result.exit_code == 2
    assert ("copy/deaths-again.yaml:1: id: rule id 'storm-deaths' is already used by "
            "rules/storm-deaths.yaml") in result.stderr


# -- bad configs: exit 2, one line naming the file and line ---------------------------

BAD_CONFIGS = [
    (".factlint.yaml", "format: json\nselct: [storm]\n",
     ".factlint.yaml:2: unknown key 'selct' (did you mean 'select'?)"),
    ("pyproject.toml", '[tool.factlint]\nformat = "json"\n\nexlude = ["x"]\n',
     "pyproject.toml:4: unknown key 'exlude' (did you mean 'exclude'?)"),
    ("setup.cfg", "[factlint]\nper-path-ignore = a:storm\n",
     "setup.cfg:2: unknown key 'per-path-ignore' (did you mean 'per-path-ignores'?)"),
    ("setup.cfg", "[factlint]\nzzz = 1\n", "setup.cfg:2: unknown key 'zzz'; keys: article-timeout, baseline, cache-dir,"),
    (".factlint.yaml", "show-config: true\n", ".factlint.yaml:1: show-config: a command-line option"),
    (".factlint.yaml", "select: [storm]\nper_path_ignores: {}\nper-path-ignores: {}\n",
     ".factlint.yaml:3: per-path-ignores: set twice (also as 'per_path_ignores')"),
    (".factlint.yaml", "format: [json]\n", ".factlint.yaml:1: format: expected a single value, not a list"),
    ("pyproject.toml", '[tool.factlint]\nselect = {a = 1}\n', "pyproject.toml:2: select: expected a list, not a mapping"),
    (".factlint.yaml", "select: [[storm]]\n",
     ".factlint.yaml:1: select: expected a list of single values, not one holding a list"),
    ("pyproject.toml", "[tool.factlint]\nrules = 3\n", "pyproject.toml:2: rules: expected a list, not int 3"),
    (".factlint.yaml", "format:\n", ".factlint.yaml:1: format: expected a single value, not nothing"),
    (".factlint.yaml", "format: xml\n", ".factlint.yaml:1: format: 'xml' is not one of 'text', 'line', 'json', 'sarif', 'junit', 'github', 'gitlab'."),
    ("setup.cfg", "[factlint]\ntolerance = 5 percent\n",
     "setup.cfg:2: tolerance: '5 percent' is not a number or a percentage such as '5%'"),
    ("pyproject.toml", "[tool.factlint]\ntolerance = -1\n", "pyproject.toml:2: tolerance: must not be negative"),
    ("setup.cfg", "[factlint]\nper-path-ignores = news/*\n",
     "setup.cfg:2: per-path-ignores: 'news/*' is not GLOB:RULE[,RULE...]"),
    (".factlint.yaml", "per-path-ignores: {'news/*': [1]}\n", ".factlint.yaml:1: per-path-ignores: "),
    (".factlint.yaml", "format: [json\n", ".factlint.yaml:2:1: invalid YAML: expected ',' or ']'"),
    (".factlint.yaml", "format: json\nformat: text\n", ".factlint.yaml:2:1: invalid YAML: duplicate key 'format'"),
    (".factlint.yaml", "- format\n", ".factlint.yaml:1: expected a mapping of keys to values"),
    ("pyproject.toml", '[tool.factlint]\nformat = "json\n', "pyproject.toml:2:15: invalid TOML: Illegal character"),
    ("setup.cfg", "[factlint]\nformat = json\nformat = text\n",
     "setup.cfg:3: invalid INI: 'format' is set twice in [factlint]"),
    ("setup.cfg", "[factlint]\nformat = json\n[x\nnot a pair\n", "setup.cfg:3: invalid INI: not a 'key = value' line"),
    ("setup.cfg", "factlint = 1\n[factlint]\n", "setup.cfg:1: invalid INI: text before the first [section] header"),
]


@pytest.mark.parametrize("name, body, message", BAD_CONFIGS,
                         ids=[f"{n}-{m.split(': ', 1)[1][:24]}" for n, _, m in BAD_CONFIGS])
def test_bad_config_is_one_line_exit_two(runner, story, name, body, message):
    write(story / name, body)
    for args in (["news"], ["--show-config"], ["facts", "news"]):
        result = run(runner, *args)
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith(f"factlint: error: {message}")
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    assert run(runner, "--isolated", "--show-config").exit_code == 0


@pytest.mark.parametrize("args, message", [
    (["--config", "nowhere.toml", "news"], "nowhere.toml: no such config file"),
    (["--config", "rules/storm-deaths.yaml", "news"], "rules/storm-deaths.yaml:1: unknown key 'id'"),
    (["--config", "plain.cfg", "news"], "plain.cfg: no factlint section"),
])
def test_bad_explicit_config(runner, story, args, message):
    write(story / "plain.cfg", "[other]\nfactlint = no\n")
    result = run(runner, *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"factlint: error: {message}")


def test_unreadable_and_binary_config(runner, story):
    (story / ".factlint.yaml").write_bytes(b"format: \xff\xfe json\n")
    result = run(runner, "news")
    assert result.exit_code == 2 and result.stderr == "factlint: error: .factlint.yaml: not UTF-8 text\n"


# -- --show-files --------------------------------------------------------------------

@pytest.mark.parametrize("args, message", [
    (["--show-files", "missing"], "missing: no such file or directory"),
    (["--show-files", "--include", "*.pdf", "news"], "no articles found in news"),
    (["--show-files"], "Missing argument 'PATHS...'"),
])
def test_show_files_errors(runner, story, args, message):
    result = run(runner, *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_show_files_lists_in_order_and_needs_no_rules(runner, story):
    result = run(runner, "--rules", "no-such-rules", "--show-files", "news", "news/good.txt")
    assert result.exit_code == 0
    assert result.stdout == "news/bad.txt\nnews/good.txt\n"


# -- the generic mechanism: any option of a command is a key -------------------------

@click.command()
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="error")
@click.option("--exit-zero", is_flag=True)
@click.option("--statistics/--no-statistics", default=False)
@click.option("--max-findings", type=int)
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path())
@click.option("--config", is_eager=True)
def future_check(**_):
    """A command with options this branch does not have yet."""


@pytest.mark.parametrize("settings, strings_are_lists, expected", [
    ({"fail-on": "warning", "exit_zero": True, "statistics": False, "max-findings": 3},
     False, {"fail_on": "warning", "exit_zero": True, "statistics": False, "max_findings": 3}),
    ({"fail_on": "info", "exit-zero": "yes", "statistics": "true", "max-findings": "7", "rules": "a, b\nc"},
     True, {"fail_on": "info", "exit_zero": True, "statistics": True, "max_findings": 7,
            "rules_dirs": ("cfg/a", "cfg/b", "cfg/c")}),
])
def test_any_option_is_a_key(settings, strings_are_lists, expected):
    found = config.ConfigFile("cfg/setup.cfg", tuple(config.Setting(k, v, i + 2) for i, (k, v) in
                                                     enumerate(settings.items())), strings_are_lists)
    assert config.defaults(found, future_check, future_check) == expected


@pytest.mark.parametrize("key, value, message", [
    ("fail-on", "fatal", "cfg/setup.cfg:2: fail-on: 'fatal' is not one of 'error', 'warning', 'info'."),
    ("exit-zero", "maybe", "cfg/setup.cfg:2: exit-zero: 'maybe' is not a valid boolean"),
    ("max-findings", "many", "cfg/setup.cfg:2: max-findings: 'many' is not a valid integer"),
    ("config", "x", "cfg/setup.cfg:2: config: a command-line option, not a configuration key"),
    ("fail-of", "error", "cfg/setup.cfg:2: unknown key 'fail-of' (did you mean 'fail-on'?)"),
])
def test_any_option_is_validated_by_its_type(key, value, message):
    found = config.ConfigFile("cfg/setup.cfg", (config.Setting(key, value, 2),), strings_are_lists=True)
    with pytest.raises(ConfigError) as caught:
        config.defaults(found, future_check, future_check)
    assert str(caught.value).startswith(message)


def test_check_options_are_all_keys():
    """Every check option but the command-line-only ones is a config key, by its long name."""
    keys = config.option_keys(cli.commands["check"])
    longs = {next(o for o in p.opts if o.startswith("--"))[2:] for p in cli.commands["check"].params
             if isinstance(p, click.Option)}
    assert set(keys) == longs - config.COMMAND_LINE_ONLY
    assert {"rules", "format", "select", "ignore", "include", "exclude", "per-path-ignores", "tolerance"} <= set(keys)


def test_repo_has_no_config_of_its_own():
    """The test suite and `factlint seeds/` run with built-in defaults."""
    root = ROOT
    assert config.find_config(root) is None


@click.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]))
@click.option("--fail-on", type=click.Choice(["error", "warning"]))
def narrower(**_):
    """A second command taking fewer options and choices, as `facts` does beside `check`."""


@click.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]))
@click.option("--select", multiple=True)
def wider(**_):
    """The command every key is checked against."""


@pytest.mark.parametrize("settings, expected", [
    ({"format": "json", "select": "a"}, {"fmt": "json"}),
    ({"format": "sarif"}, {}),  # valid for the wider command only: the narrower one keeps its default
])
def test_a_command_takes_what_it_can(settings, expected):
    found = config.ConfigFile("x.yaml", tuple(config.Setting(k, v, 1) for k, v in settings.items()))
    assert config.defaults(found, wider, narrower) == expected
    with pytest.raises(ConfigError, match="unknown key 'fail-on'"):
        config.defaults(config.ConfigFile("x.yaml", (config.Setting("fail-on", "error", 1),)), wider, narrower)


def test_show_config_renders_output_files(runner, story):
    assert shown(runner, "--output-file", "r.sarif", "--output-file", "junit:out/r.log")["output-file"] == (
        '["sarif:r.sarif", "junit:out/r.log"]', "command line")
