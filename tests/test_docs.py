"""Keep the docs honest: the kinds and keys they name exist, their YAML rule
blocks load (or fail exactly as shown), and every `$ factlint ...` output block
is what the command prints now."""
from __future__ import annotations

import ast
import glob
import os
import re
import shlex

import pytest
import yaml
from click.testing import CliRunner

from factlint.cli import config
from factlint.cli.app import cli
from factlint.errors import RuleError
from factlint.kinds import RULE_KINDS as KINDS
from factlint.rules import load_rules
from factlint.rules.validate import FACT_KEYS, RULE_KEYS, SCOPE_KEYS
from tests.conftest import ROOT

RULES_MD = os.path.join(ROOT, "docs", "rules.md")
OUTPUT_MD = os.path.join(ROOT, "docs", "output.md")
CONFIG_MD = os.path.join(ROOT, "docs", "configuration.md")
README = os.path.join(ROOT, "README.md")
RULE_FOLDERS = [os.path.join(ROOT, "rules"), os.path.join(ROOT, "examples", "earthquake", "rules")]
INVALID_MARK = "# invalid on purpose"


def read(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def code_blocks(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    """(language, body) of every fenced block, in order."""
    blocks = re.findall(r"^```(\w*)\n(.*?)^```", text, flags=re.M | re.S)
    return [(lng, body) for lng, body in blocks if lang is None or lng == lang]


def key_tables(text: str) -> dict[str, list[list[str]]]:
    """Heading -> the first-column keys of each `| key | ...` table under it."""
    tables: dict[str, list[list[str]]] = {}
    heading, rows, in_code = "", None, False
    for line in text.splitlines() + [""]:
        if line.startswith("```"):
            in_code = not in_code
        if in_code:
            continue
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if rows is None:
                rows = [] if cells[0] == "key" else False
            elif rows is not False and not set(cells[0]) <= set("-: "):
                rows.append(cells)
            continue
        if rows:
            tables.setdefault(heading, []).append(rows)
        rows = None
    return tables


def names(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def test_every_kind_named_in_the_docs_exists():
    for path in (RULES_MD, OUTPUT_MD, README):
        text = read(path)
        yaml_text = "\n".join(body for _, body in code_blocks(text, "yaml") if not body.startswith(INVALID_MARK))
        used = re.findall(r"^\s*kind:\s*([A-Za-z_]+)", yaml_text, flags=re.M)
        used += re.findall(r"`kind:\s*([A-Za-z_]+)`", text)
        for kind in used:
            assert kind in KINDS, f"{os.path.basename(path)} names kind {kind!r}"
    assert re.findall(r"^\s*kind:", read(RULES_MD), flags=re.M), "no kind found: the scan is broken"
    fact_rows = {names(row[0])[0]: row for row in key_tables(read(RULES_MD))["Fact keys"][0]}
    assert set(names(fact_rows["kind"][1])) == set(KINDS)


def test_key_tables_match_the_loader():
    tables = key_tables(read(RULES_MD))
    rule_keys = [names(row[0])[0] for row in tables["Rule keys"][0]]
    assert set(rule_keys) == RULE_KEYS
    fact_rows = {names(row[0])[0]: row for row in tables["Fact keys"][0]}
    assert set(fact_rows) == FACT_KEYS
    # "Not for `title`" in a row's meaning: exactly the keys the kind rejects.
    for kind_name, kind in KINDS.items():
        marked = {key for key, row in fact_rows.items() if f"Not for `{kind_name}`" in row[-1]}
        assert marked == set(kind.unused_keys), kind_name
    for kind_name, kind in KINDS.items():
        documented = [names(row[0])[0] for table in tables.get(kind_name, []) for row in table]
        assert set(documented) == set(kind.options), kind_name
    scope_section = read(RULES_MD).split("## Scope", 1)[1].split("\n## ", 1)[0]
    for key in SCOPE_KEYS:
        assert f"`{key}`" in scope_section


def _real_rules() -> dict[str, dict]:
    found = {}
    for folder in RULE_FOLDERS:
        for name in os.listdir(folder):
            if name.endswith((".yaml", ".yml")):
                data = yaml.safe_load(read(os.path.join(folder, name)))
                found[data["id"]] = data
    return found


def _contained(part, whole) -> bool:
    """A shortened block: every key it keeps, every list item it lists, is in the file."""
    if isinstance(part, dict):
        return isinstance(whole, dict) and all(k in whole and _contained(v, whole[k]) for k, v in part.items())
    if isinstance(part, list):
        return isinstance(whole, list) and all(item in whole for item in part)
    return part == whole


def _as_rule(data: dict) -> dict | None:
    """A YAML block as a whole rule: a rule, a few facts, or a few rule keys."""
    if "facts" in data:
        return data
    if data and all(isinstance(v, dict) and "kind" in v for v in data.values()):
        return {"id": "doc", "facts": data}
    if set(data) <= RULE_KEYS:
        return {"id": "doc", **data, "facts": {"x": {"kind": "count", "triggers": ["x"]}}}
    return None


def test_yaml_blocks_load(tmp_path):
    real = _real_rules()
    for i, (_, body) in enumerate(code_blocks(read(RULES_MD), "yaml")):
        if body.startswith(INVALID_MARK):
            continue
        data = yaml.safe_load(body)
        rule = _as_rule(data)
        assert rule is not None, f"yaml block {i} is neither a rule, facts nor rule keys:\n{body}"
        folder = tmp_path / f"block{i}"
        folder.mkdir()
        (folder / "rule.yaml").write_text(yaml.safe_dump(rule, allow_unicode=True), encoding="utf-8")
        load_rules(str(folder))  # raises RuleError on any problem
        if "facts" in data and data.get("id") in real:
            if "shortened" in body.splitlines()[0]:
                assert _contained(data, real[data["id"]]), f"block {i} is not a part of rule {data['id']}"
            else:
                assert data == real[data["id"]], f"block {i} differs from the rule file {data['id']}"


def test_invalid_rule_example_fails_as_shown(tmp_path):
    blocks = code_blocks(read(RULES_MD))
    index = next(i for i, (_, body) in enumerate(blocks) if body.startswith(INVALID_MARK))
    shown = blocks[index + 1][1].splitlines()
    (tmp_path / "bad.yaml").write_text(blocks[index][1], encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_rules(str(tmp_path))
    problems = [p.replace(str(tmp_path / "bad.yaml"), "/tmp/bad/bad.yaml") for p in caught.value.problems]
    assert shown[0] == f"factlint: error: invalid rules ({len(problems)} problems):"
    assert [line.strip() for line in shown[1:]] == problems


def _command_blocks():
    for path in (README, RULES_MD, OUTPUT_MD, CONFIG_MD):
        for _, body in code_blocks(read(path), ""):
            if body.startswith("$ factlint "):
                command, _, output = body.partition("\n")
                yield pytest.param(command[2:], output, id=f"{os.path.basename(path)}: {command[2:]}")


@pytest.mark.parametrize("command, output", list(_command_blocks()))
def test_shown_output_is_real(command, output, monkeypatch):
    monkeypatch.chdir(ROOT)
    if "--show-config" in command:  # shows the cache folder; no run, so nothing is written
        monkeypatch.delenv("FACTLINT_CACHE_DIR")
    result = CliRunner().invoke(cli, shlex.split(command)[1:])
    assert result.stdout == output


def test_failing_examples_report_as_shown(tmp_path, monkeypatch):
    """The rule that fails its own examples on purpose gives the report shown after it."""
    blocks = code_blocks(read(RULES_MD))
    index = next(i for i, (_, body) in enumerate(blocks) if body.startswith("# fails its examples on purpose"))
    (tmp_path / "quake.yaml").write_text(blocks[index][1], encoding="utf-8")
    result = CliRunner().invoke(cli, ["test-rules", str(tmp_path / "quake.yaml")])
    assert result.exit_code == 1
    assert result.stdout.replace(str(tmp_path), "/tmp/quake") == blocks[index + 1][1]


def test_config_keys_match_the_check_options():
    """Every documented key is an option of `check`, and every option is documented."""
    documented = [names(row[0])[0] for row in key_tables(read(CONFIG_MD))["Keys"][0]]
    assert sorted(documented) == sorted(config.option_keys(cli.commands["check"]))


def test_config_examples_say_the_same_in_each_file_type(tmp_path):
    section = read(CONFIG_MD).split("## The same settings in each file type", 1)[1].split("\n## ", 1)[0]
    files = {"yaml": ".factlint.yaml", "toml": "pyproject.toml", "ini": "setup.cfg"}
    resolved = []
    for lang, body in code_blocks(section):
        path = tmp_path / files[lang]
        path.write_text(body, encoding="utf-8")
        found = config.read_config(str(path), files[lang])
        check = cli.commands["check"]
        resolved.append(config.defaults(found, check, check))
    assert len(resolved) == 3 and resolved[0] == resolved[1] == resolved[2]
    assert {"rules_dirs", "per_path_ignores", "tolerance", "exclude"} <= set(resolved[0])


SUPPRESSIONS_MD = os.path.join(ROOT, "docs", "suppressions.md")


def test_suppression_findings_table_matches_the_code():
    from factlint.compare.suppressions import SEVERITY

    section = read(SUPPRESSIONS_MD).split("### Findings about suppressions", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| `([a-z-]+)` \| (\w+) \|", section, flags=re.M)
    assert dict(rows) == SEVERITY


def test_suppression_examples_read_as_shown(tmp_path):
    """Every suppression line the doc shows reads without error, and the finding
    block it shows is what the text report prints for it."""
    from factlint.engine import check_paths
    from factlint.read.directives import find_suppressions, is_directive
    from factlint.read.document import make_document
    from factlint.reporters.text import format_finding
    from tests.compare.test_suppressions import RIGHT, write_rules

    text = read(SUPPRESSIONS_MD)
    lines = [line for _, body in code_blocks(text) for line in body.splitlines() if is_directive(line)]
    assert len(lines) >= 2
    for line in lines:
        (found,) = find_suppressions(make_document("a.txt", f"{line}\n{RIGHT}\n"))
        assert found.error == "" and found.reason, line
    block = next(body for _, body in code_blocks(text, "") if body.startswith("a.txt:"))
    directive = block.splitlines()[2].split("| ", 1)[1]
    (tmp_path / "a.txt").write_text(f"{directive}\n{RIGHT}\n", encoding="utf-8")
    report = check_paths([str(tmp_path / "a.txt")], load_rules(write_rules(tmp_path / "rules")))
    (finding,) = report.findings
    shown = format_finding(finding)
    shown[0] = shown[0].replace(str(tmp_path / "a.txt"), "a.txt")
    assert "\n".join(shown) + "\n" == block


def test_baseline_example_and_keys_match_the_code(tmp_path):
    from factlint.compare.baseline import KEYS, Baseline, apply_baseline, load_baseline
    from factlint.model import Report

    text = read(SUPPRESSIONS_MD)
    (example,) = [body for _, body in code_blocks(text, "json")]
    (tmp_path / "b.json").write_text(example, encoding="utf-8")
    assert sum(load_baseline(str(tmp_path / "b.json")).counts.values()) == 1
    documented = [names(row[0])[0] for row in key_tables(text)["Baselines"][0]]
    assert documented == ["version", *(f"findings[].{k}" for k in KEYS), "findings[].count"]
    # The stale-entry warning, as the doc shows it.
    path = "factlint-baseline.json"
    stale = Baseline(path, {("a.txt", "r", "f", "1"): 2})
    (warning,) = apply_baseline(Report(("a.txt",), (), (), ()), stale).warnings
    assert f"factlint: warning: {warning}\n" in text


def _table(text: str, first_header: str) -> list[list[str]]:
    """The rows of the first table whose first column is headed `first_header`."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(rf"\|\s*{first_header}\s*\|", line))
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in re.split(r"(?<!\\)\|", line.strip("|"))])
    return rows


def test_check_options_and_formats_are_documented():
    """Every option of `check` is in the options table, every format has its section and
    the extension table is the one --output-file uses."""
    from factlint.cli.output import EXTENSION_FORMATS
    from factlint.reporters import REPORTERS

    text = read(OUTPUT_MD)
    documented = {name for row in _table(text, "option") for name in re.findall(r"`(-[-\w]+)", row[0])}
    options = {opt for param in cli.commands["check"].params for opt in param.opts if opt.startswith("-")}
    assert documented == options - {"-h", "--help"}
    [fmt] = [p for p in cli.commands["check"].params if p.name == "fmt"]
    assert list(fmt.type.choices) == list(REPORTERS)
    check_row = next(row for row in _table(text, "command") if row[0].startswith("`factlint [check]"))
    assert [n for n in names(check_row[1]) if n in REPORTERS] == list(REPORTERS)
    documented_extensions = {names(row[0])[0]: names(row[1])[0] for row in _table(text, "extension")}
    assert documented_extensions == EXTENSION_FORMATS


CI_MD = os.path.join(ROOT, "docs", "ci.md")


def _factlint_commands(text: str) -> list[list[str]]:
    """Every `factlint …` command line in the code blocks, as arguments."""
    found = []
    for _, body in code_blocks(text):
        for line in body.splitlines():
            command = re.sub(r"^\s*(- |run: |\.venv/bin/)*", "", line).split("#")[0]
            if command.startswith("factlint "):
                found.append(shlex.split(command)[1:])
    return found


def test_ci_recipes_parse():
    """The YAML in docs/ci.md is valid, and each factlint command in it uses real options."""
    text = read(CI_MD)
    for _, body in code_blocks(text, "yaml"):
        yaml.safe_load(body)
    commands = _factlint_commands(text)
    assert len(commands) >= 3
    for args in commands:
        cli.commands["check"].make_context("check", list(args))  # raises on an unknown option


def test_pre_commit_hook_manifest():
    """The hook runs the console script on every article extension, all files in one process."""
    with open(os.path.join(ROOT, ".pre-commit-hooks.yaml"), encoding="utf-8") as handle:
        [hook] = yaml.safe_load(handle)
    script, *options = hook["entry"].split()
    assert (hook["id"], script, hook["language"]) == ("factlint", "factlint", "python")
    assert options == ["--force-exclude", "--quiet"]  # the configuration's exclude; findings only
    cli.commands["check"].make_context("check", options)  # real options
    assert hook["pass_filenames"] is True and hook["require_serial"] is True
    with open(os.path.join(ROOT, "setup.cfg"), encoding="utf-8") as handle:
        assert re.search(rf"^\s*{script} = factlint\.cli:main$", handle.read(), flags=re.M)
    from factlint.read.markup import SUFFIXES

    for name in [f"d/a{suffix}" for suffix in SUFFIXES]:
        assert re.search(hook["files"], name), name
    for name in ("rules/x.yaml", "a.txt.bak", "setup.py", "a.htmlx"):
        assert not re.search(hook["files"], name), name


ERRORS_MD = os.path.join(ROOT, "docs", "errors.md")
# Calls whose text reaches the user: rule problems, errors, warnings.
MESSAGE_CALLS = {"add", "DocumentError", "BinaryFile", "Skipped", "TooLarge", "Unreadable", "RuleError", "_error",
                 "ConstructorError", "ComposerError", "ValueError", "fail", "FactlintError", "append", "echo",
                 "__init__"}
# Where a ValueError's text becomes a rule problem; elsewhere it is a bug, not a message.
VALUE_ERROR_FILES = ("rules.py", "reading.py", os.path.join("kinds", ""))


def _literal_parts(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant)]
    if isinstance(node, ast.BinOp):
        return _literal_parts(node.left) + _literal_parts(node.right)
    return [p for child in ast.iter_child_nodes(node) for p in _literal_parts(child)]


def message_fragments() -> list[tuple[str, str]]:
    """(file:line, the longest fixed piece of text) of every user-facing message in factlint/."""
    found = []
    package = os.path.join(ROOT, "factlint")
    for path in sorted(glob.glob(os.path.join(package, "**", "*.py"), recursive=True)):
        relative = os.path.relpath(path, package)
        tree = ast.parse(read(path))
        # A `*_problem` function returns its message rather than raising it.
        returns = [r for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name.endswith("_problem")
                   for r in ast.walk(f) if isinstance(r, ast.Return) and r.value is not None]
        for node in [n for n in ast.walk(tree) if isinstance(n, ast.Call)] + returns:
            if isinstance(node, ast.Return):
                args = [node.value]
            elif isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                if name not in MESSAGE_CALLS:
                    continue
                if name == "ValueError" and not relative.startswith(VALUE_ERROR_FILES):
                    continue
                if name == "append" and not any(w in ast.unparse(node.func) for w in ("warning", "problem")):
                    continue
                if name == "echo" and "err=True" not in ast.unparse(node):
                    continue
                args = node.args
            else:
                continue
            parts = [p.strip(" :;,.'\"()") for arg in args for p in _literal_parts(arg)]
            parts = [p for p in parts if len(p) >= 6 and " " in p]
            if parts:
                found.append((f"{relative}:{node.lineno}", max(parts, key=len)))
    return found


def test_every_message_is_in_the_errors_page():
    """docs/errors.md lists each error and warning a user can meet."""
    page = " ".join(read(ERRORS_MD).split())
    fragments = message_fragments()
    assert len(fragments) > 40, "the message scan is broken"
    missing = [f"{where}: {text!r}" for where, text in fragments if " ".join(text.split()) not in page]
    assert missing == []


def test_readme_links_the_errors_page():
    assert "(docs/errors.md)" in read(README)


# --- docs that had drifted from the code (issue 13, item 13) -----------------------

PYTEST_MD = os.path.join(ROOT, "docs", "pytest.md")
FORMATS_MD = os.path.join(ROOT, "docs", "formats.md")


def test_no_doc_describes_the_removed_whole_run_output_cache():
    """The cache holds one extracted result per article (extract/cache.py); the output of
    a whole run is not kept, whatever an older page said."""
    for path in glob.glob(os.path.join(ROOT, "docs", "*.md")) + [README]:
        text = " ".join(read(path).split())
        assert not re.search(r"output of (each|every|a whole) .{0,40}(is )?(kept|cached)", text), path
        assert "without extracting or comparing anything" not in text, path


def test_include_help_names_every_article_suffix():
    """`--include`'s help once said `*.txt` while five suffixes are read."""
    from factlint.read.discover import ARTICLE_SUFFIXES

    for name in ("check", "facts", "report", "extract"):
        [include] = [p for p in cli.commands[name].params if p.name == "include"]
        assert all(f"*{suffix}" in include.help for suffix in ARTICLE_SUFFIXES), name


def test_config_error_examples_are_the_real_messages(tmp_path, monkeypatch):
    """Each `factlint: error: .factlint.yaml:…` line of configuration.md's Errors block is
    what factlint prints for that file (the `format: xml` line once listed two formats of six)."""
    block = [body for _, body in code_blocks(read(CONFIG_MD).split("\n## Errors", 1)[1])][0]
    shown = [line for line in block.splitlines() if line.startswith("factlint: error: .factlint.yaml:")]
    assert shown, "no .factlint.yaml example: the scan is broken"
    monkeypatch.chdir(tmp_path)
    for line in shown:
        number, key, value = re.match(r"factlint: error: \.factlint\.yaml:(\d+): (\w[\w-]*): '([^']*)'", line).groups()
        (tmp_path / ".factlint.yaml").write_text("\n" * (int(number) - 1) + f"{key}: {value}\n", encoding="utf-8")
        result = CliRunner().invoke(cli, ["--show-config"])
        assert result.stderr.strip() == line


def test_pytest_page_names_every_article_suffix():
    """docs/pytest.md once said the plugin collects `.txt` only."""
    from factlint.read.discover import ARTICLE_SUFFIXES

    section = read(PYTEST_MD).split("## What is collected", 1)[1].split("\n## ", 1)[0]
    assert all(f"`{suffix}`" in section for suffix in ARTICLE_SUFFIXES)


def test_every_format_in_the_config_key_table():
    """The `format` row of configuration.md's Keys table lists every report format."""
    from factlint.reporters import REPORTERS

    [row] = [row for row in key_tables(read(CONFIG_MD))["Keys"][0] if names(row[0]) == ["format"]]
    assert set(names(row[1])) == set(REPORTERS)


def test_command_line_only_keys_are_listed_in_the_errors_page():
    """The errors page names every option that is not a configuration key."""
    row = next(line for line in read(ERRORS_MD).splitlines() if "a command-line option, not a configuration key" in line)
    listed = set(names(row.split("|")[2]))
    assert listed == config.COMMAND_LINE_ONLY - {"help", "version", "no-config"}
