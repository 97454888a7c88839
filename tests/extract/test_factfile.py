"""Extract on shards, compare once: the report of a single run."""
from __future__ import annotations

import json
import os
import re

import pytest

import factlint
from factlint.cli.app import main
from factlint.read.discover import discover
from tests.conftest import RULES, SEEDS


def _run(capsys, args):
    status = main(args)
    captured = capsys.readouterr()
    return status, captured.out


@pytest.mark.parametrize("shards", [1, 3])
@pytest.mark.parametrize("source", ["seeds", "corpus"])
def test_sharded_extract_then_compare_equals_a_single_run(capsys, tmp_path, small_corpus, source, shards):
    paths = discover([SEEDS if source == "seeds" else small_corpus])
    files = []
    size = -(-len(paths) // shards)
    for i in range(shards):  # shards in article order, as a single run reads them
        out = tmp_path / f"shard{i}.jsonl"
        assert _run(capsys, ["extract", "--rules", RULES, "--no-cache", "-o", str(out),
                             *paths[i * size:(i + 1) * size]])[0] == 0
        files.append(str(out))
    for fmt in ("text", "json"):
        single = _run(capsys, ["check", "--rules", RULES, "--no-cache", "--format", fmt, *paths])
        assert _run(capsys, ["compare", "--rules", RULES, "--format", fmt, *files]) == single
        assert single[0] == 1  # there are findings to agree on


def test_the_facts_file_has_a_header_article_lines_and_fact_lines(capsys, tmp_path, small_corpus):
    out = tmp_path / "facts.jsonl"
    assert main(["extract", "--rules", RULES, "--no-cache", "-o", str(out), small_corpus]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records[0]["type"] == "header" and records[0]["factlint"] == factlint.__version__
    articles = [r for r in records if r["type"] == "article"]
    assert len(articles) == 70
    silent = [a for a in articles if a["path"].endswith("a007.txt")]
    assert silent and silent[0]["warnings"] == []  # an article that states nothing still has its line
    facts = [r for r in records if r["type"] == "fact"]
    assert facts and all(set(f) >= {"path", "line", "column", "rule", "fact", "value"} for f in facts)


def test_extract_writes_to_standard_output_by_default(capsys):
    status, out = _run(capsys, ["extract", "--rules", RULES, "--no-cache", SEEDS])
    assert status == 0
    assert json.loads(out.splitlines()[0])["type"] == "header"
    assert sum(1 for line in out.splitlines() if '"type": "article"' in line) == 5


def _extract_seeds(tmp_path):
    out = tmp_path / "facts.jsonl"
    assert main(["extract", "--rules", RULES, "--no-cache", "-o", str(out), SEEDS]) == 0
    return out


def test_compare_refuses_facts_of_other_rules(capsys, tmp_path):
    out = _extract_seeds(tmp_path)
    rules = tmp_path / "rules"
    rules.mkdir()
    for name in sorted(os.listdir(RULES))[:3]:
        (rules / name).write_text(open(os.path.join(RULES, name), encoding="utf-8").read(), encoding="utf-8")
    capsys.readouterr()
    assert main(["compare", "--rules", str(rules), str(out)]) == 2
    assert "extracted with other rules" in capsys.readouterr().err


def test_compare_refuses_facts_of_another_version(capsys, tmp_path, monkeypatch):
    out = _extract_seeds(tmp_path)
    version = factlint.__version__
    monkeypatch.setattr(factlint, "__version__", "99.0.0")
    capsys.readouterr()
    assert main(["compare", "--rules", RULES, str(out)]) == 2
    assert f"extracted by factlint {version}, this is factlint 99.0.0" in capsys.readouterr().err


@pytest.mark.parametrize("text, message", [
    ("", "empty"),
    ("not json\n", ":1: not a JSON line"),
    ('{"type": "article", "path": "a.txt"}\n', ":1: not a factlint facts file"),
    ("HEADER\n{\"type\": \"fact\", \"path\": \"a.txt\"}\n", ":2: unexpected 'fact' line"),
    ("HEADER\n{\"type\": \"article\", \"path\": \"a.txt\"}\n", ":2: malformed article line"),
    ("HEADER\n[1]\n", ":2: not a factlint facts line"),
])
def test_compare_names_the_file_and_line_of_a_bad_facts_file(capsys, tmp_path, text, message):
    header = _extract_seeds(tmp_path).read_text(encoding="utf-8").splitlines()[0]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(text.replace("HEADER", header), encoding="utf-8")
    capsys.readouterr()
    assert main(["compare", "--rules", RULES, str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"bad.jsonl{message}" in err if message.startswith(":") else message in err
    assert "Traceback" not in err


def test_an_article_in_two_shards_is_counted_once(capsys, tmp_path):
    out = _extract_seeds(tmp_path)
    single = _run(capsys, ["compare", "--rules", RULES, str(out)])
    assert _run(capsys, ["compare", "--rules", RULES, str(out), str(out)]) == single


def test_the_documented_keys_are_the_written_keys(capsys, tmp_path):
    """docs/output.md lists the keys of the header and article lines."""
    text = open(os.path.join(os.path.dirname(RULES), "docs", "output.md"), encoding="utf-8").read()
    section = text.split("## Facts files (extract and compare)", 1)[1].split("\n## ", 1)[0]
    documented = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")] if line.startswith("| `") else []
        if len(cells) == 2 and cells[0].strip("`") in ("header", "article"):
            documented[cells[0].strip("`")] = set(re.findall(r"`([a-z_0-9]+)`", cells[1]))
    records = [json.loads(line) for line in _extract_seeds(tmp_path).read_text(encoding="utf-8").splitlines()]
    assert documented["header"] == set(records[0]) - {"type"}
    article = next(r for r in records if r["type"] == "article")
    assert documented["article"] - {"false"} == set(article) - {"type"}
