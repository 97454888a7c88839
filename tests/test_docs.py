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

from factlint.cli import cli
from factlint.errors import RuleError
from factlint.kinds import KINDS
from factlint.rules import FACT_KEYS, RULE_KEYS, SCOPE_KEYS, load_rules
from tests.conftest import ROOT

RULES_MD = os.path.join(ROOT, "docs", "rules.md")
OUTPUT_MD = os.path.join(ROOT, "docs", "output.md")
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
    for path in (README, RULES_MD, OUTPUT_MD):
        for _, body in code_blocks(read(path), ""):
            if body.startswith("$ factlint "):
                command, _, output = body.partition("\n")
                yield pytest.param(command[2:], output, id=f"{os.path.basename(path)}: {command[2:]}")


@pytest.mark.parametrize("command, output", list(_command_blocks()))
def test_shown_output_is_real(command, output, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, shlex.split(command)[1:])
    assert result.stdout == output


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
