"""The cache: hit on unchanged bytes, miss on a changed article, rule or version."""
from __future__ import annotations

import os
import shutil

import pytest

import factlint
from factlint.cli.app import main
from factlint.engine import check_paths
from factlint.extract import workers
from factlint.extract.cache import Cache
from factlint.rules import load_rules
from tests.conftest import RULES, SEEDS


@pytest.fixture
def counted(monkeypatch):
    """The paths actually extracted (not served from the cache), run by run."""
    calls: list[str] = []
    extract = workers.extract_bytes

    def counting(path, *args):
        calls.append(os.path.basename(path))
        return extract(path, *args)

    monkeypatch.setattr(workers, "extract_bytes", counting)
    return calls


@pytest.fixture
def seeds(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def _check(folder, cache_dir, rules_dir=RULES):
    return check_paths([str(folder)], load_rules(rules_dir), jobs=1, cache_dir=str(cache_dir))


def test_a_rerun_is_served_from_the_cache_with_the_same_report(seeds, tmp_path, counted):
    first = _check(seeds, tmp_path / "cache")
    assert len(counted) == 5
    second = _check(seeds, tmp_path / "cache")
    assert len(counted) == 5  # nothing extracted again
    assert second == first


def test_a_changed_article_is_extracted_again(seeds, tmp_path, counted):
    _check(seeds, tmp_path / "cache")
    article = sorted(seeds.iterdir())[2]
    article.write_bytes(article.read_bytes().replace(b"Homeland Security", b"National Security Council"))
    report = _check(seeds, tmp_path / "cache")
    assert counted[5:] == [article.name]
    assert not report.findings  # the fixed title is what was compared


def test_a_changed_rule_invalidates_every_entry(seeds, tmp_path, counted):
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    _check(seeds, tmp_path / "cache", rules)
    path = rules / "missile-range.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("expected: 900 km", "expected: 800 km"), encoding="utf-8")
    report = _check(seeds, tmp_path / "cache", rules)
    assert len(counted) == 10
    assert any(f.rule == "missile-range" for f in report.findings)


def test_a_new_version_invalidates_every_entry(seeds, tmp_path, counted, monkeypatch):
    _check(seeds, tmp_path / "cache")
    monkeypatch.setattr(factlint, "__version__", "99.0.0")
    _check(seeds, tmp_path / "cache")
    assert len(counted) == 10


def test_a_moved_article_is_found_under_its_new_path(seeds, tmp_path, counted):
    first = _check(seeds, tmp_path / "cache")
    moved = tmp_path / "moved"
    seeds.rename(moved)
    second = _check(moved, tmp_path / "cache")
    assert len(counted) == 5
    assert second.findings[0].path == first.findings[0].path.replace(str(seeds), str(moved))
    assert {f.path for f in second.facts} == set(second.articles)


@pytest.mark.parametrize("damage", [b"", b"{", b'{"factlint": "0.1.0"}', b"[1, 2]", b"\xff\xfe"])
def test_a_corrupt_entry_is_ignored_and_rewritten(seeds, tmp_path, counted, damage):
    cache_dir = tmp_path / "cache"
    first = _check(seeds, cache_dir)
    entries = sorted(p for p in cache_dir.rglob("*.json"))
    assert len(entries) == 5
    entries[0].write_bytes(damage)
    assert _check(seeds, cache_dir) == first
    assert len(counted) == 6
    _check(seeds, cache_dir)
    assert len(counted) == 6  # the entry was written again, whole


def test_an_unwritable_cache_folder_only_costs_time(seeds, tmp_path, counted):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    assert _check(seeds, blocker).findings
    assert _check(seeds, blocker).findings
    assert len(counted) == 10


def test_the_cli_writes_the_cache_where_told_and_not_with_no_cache(seeds, tmp_path, capsys):
    cache_dir = tmp_path / "elsewhere"
    assert main(["--rules", RULES, "--cache-dir", str(cache_dir), str(seeds)]) == 1
    assert len(list(cache_dir.glob("v*/*/??/*.json"))) == 5  # one entry per article
    other = tmp_path / "unused"
    assert main(["--rules", RULES, "--cache-dir", str(other), "--no-cache", str(seeds)]) == 1
    assert not other.exists()


def test_entries_of_other_rules_are_not_read(seeds, tmp_path):
    rules = load_rules(RULES)
    _check(seeds, tmp_path / "cache")
    data = (seeds / sorted(os.listdir(seeds))[0]).read_bytes()
    from factlint.extract.run import content_digest
    digest = content_digest(data)
    assert Cache(str(tmp_path / "cache"), rules).get("x.txt", digest) is not None
    assert Cache(str(tmp_path / "cache"), rules[1:]).get("x.txt", digest) is None


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_rerun_prints_the_same_and_a_change_is_seen(seeds, tmp_path, capsys, fmt):
    args = ["--rules", RULES, "--cache-dir", str(tmp_path / "cache"), "--format", fmt, str(seeds)]
    (seeds / "photo.txt").write_bytes(b"\x89PNG\x00\x00")  # a warning to replay
    first = main(args), capsys.readouterr()
    second = main(args), capsys.readouterr()
    assert second == first
    assert first[0] == 1 and "photo.txt: not a text file; skipped" in first[1].err
    article = sorted(seeds.glob("0*.txt"))[2]
    article.write_bytes(article.read_bytes().replace(b"Homeland Security", b"National Security Council"))
    third = main(args), capsys.readouterr()
    assert third[0] == 0 and third[1].out != first[1].out
    assert main(["facts", *args]) == 0 and main(["facts", *args]) == 0
    facts = capsys.readouterr().out
    assert facts[: len(facts) // 2] == facts[len(facts) // 2:]  # facts is cached apart from check
