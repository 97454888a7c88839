"""The memory and cache work changes no byte of any report (issue 16).

seeds/ and the earthquake example are pinned by the golden files
(test_formats.py). Here a generated corpus (bench/corpus.py: the default
rules' story with wrong values, navigation lines and trending lists, under 10
replicated rules) is checked every way a run can now go: facts held in memory
or waiting on disk and compared rule by rule, comparison computed or served
from the cache, reports streamed or built whole, and JSON checked against the
json module's own encoding of the same data. 120 articles run with the suite;
1,000 (the issue's size) are marked slow (`pytest -m slow`, about a minute).
"""
from __future__ import annotations

import json
import os

import pytest

from bench import corpus
from factlint import engine
from factlint.engine import build_report, extract_paths
from factlint.reporters import REPORTERS, chunks, json_report, render
from factlint.reporters.options import RenderOptions
from factlint.rules import load_rules
from tests.conftest import RULES

FORMATS = ("text", "line", "json", "sarif", "junit", "github", "gitlab")


def _outputs(report) -> dict[str, str]:
    return {fmt: render(fmt, report) for fmt in FORMATS}


@pytest.fixture(scope="module", params=[120, pytest.param(1000, marks=pytest.mark.slow)])
def generated(request, tmp_path_factory):
    """(articles folder, rules, their results with no cache): made once per size."""
    folder = tmp_path_factory.mktemp("generated")
    corpus.write_corpus(str(folder / "articles"), request.param, 10, seed=0)
    corpus.write_rules(RULES, str(folder / "rules"), 10)
    rules = load_rules(str(folder / "rules"))
    results = list(extract_paths([str(folder / "articles")], rules, jobs=1))
    return folder, rules, results


def test_facts_on_disk_compared_rule_by_rule_give_the_same_reports(generated, monkeypatch):
    _, rules, results = generated
    expected = _outputs(build_report(results, rules))
    assert "F" in expected["text"] and expected["junit"].count("<testsuite ") == len(results)
    monkeypatch.setattr(engine, "SPILL_FACTS", 1)  # every run past the threshold: facts go to disk at once
    spilled = build_report(results, rules, keep_facts=False)
    assert spilled.facts == ()
    assert _outputs(spilled) == expected


def test_cached_comparisons_give_the_same_reports(generated, tmp_path):
    folder, rules, results = generated
    expected = _outputs(build_report(results, rules))
    cache_dir = str(tmp_path / "cache")
    for _ in range(2):  # cold: computed and stored; warm: articles and comparisons read back
        cached = build_report(extract_paths([str(folder / "articles")], rules, jobs=1, cache_dir=cache_dir),
                              rules, cache_dir=cache_dir, keep_facts=False)
        assert _outputs(cached) == expected


def test_streamed_reports_are_the_whole_reports(generated):
    _, rules, results = generated
    report = build_report(results, rules)
    for fmt in FORMATS:
        pieces = list(chunks(fmt, report))
        assert "".join(pieces) == render(fmt, report)
        if REPORTERS[fmt].streams:
            assert len(pieces) > min(len(report.findings), 50)  # written as it goes, not whole
    # The JSON report against the json module encoding the whole document at once.
    whole = json.dumps(json_report.data(report), indent=2, ensure_ascii=False) + "\n"
    assert render("json", report) == whole
    assert render("text", report, RenderOptions(quiet=True)) == "".join(
        chunks("text", report, RenderOptions(quiet=True)))


def test_the_cli_streams_the_same_bytes_to_files_and_standard_output(generated, tmp_path, capsys):
    from factlint.cli.app import main

    folder, rules, results = generated
    expected = _outputs(build_report(results, rules))
    for fmt in ("json", "junit", "text"):
        target = tmp_path / f"out.{fmt}"
        main(["--rules", str(folder / "rules"), "--no-cache", "--jobs", "1", "--format", fmt,
              "--output-file", f"{fmt}:{target}", str(folder / "articles")])
        assert capsys.readouterr().out == expected[fmt]
        assert target.read_text(encoding="utf-8") == expected[fmt]
        os.remove(target)
