"""The cache: hit on unchanged bytes, miss on a changed article, rule or version."""
from __future__ import annotations

import os
import shutil
import sqlite3

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


def entries(cache_dir, kind="article"):
    """(key, body) of every entry of one kind in the cache file."""
    (db_path,) = cache_dir.glob("v*/*/cache.sqlite")
    with sqlite3.connect(db_path) as db:
        return db.execute("SELECT key, body FROM entries WHERE kind = ? ORDER BY key", (kind,)).fetchall()


def overwrite(cache_dir, key, body):
    (db_path,) = cache_dir.glob("v*/*/cache.sqlite")
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE entries SET body = ? WHERE key = ?", (body, key))


@pytest.mark.parametrize("damage", [b"", b"{", b'{"factlint": "0.1.0"}', b"[1, 2]", b"\xff\xfe", "text"])
def test_a_corrupt_entry_is_ignored_and_rewritten(seeds, tmp_path, counted, damage):
    cache_dir = tmp_path / "cache"
    first = _check(seeds, cache_dir)
    stored = entries(cache_dir)
    assert len(stored) == 5
    overwrite(cache_dir, stored[0][0], damage)
    assert _check(seeds, cache_dir) == first
    assert len(counted) == 6
    _check(seeds, cache_dir)
    assert len(counted) == 6  # the entry was written again, whole


def test_an_entry_with_a_right_checksum_and_wrong_types_is_recomputed(seeds, tmp_path, counted):
    import hashlib
    import json

    cache_dir = tmp_path / "cache"
    first = _check(seeds, cache_dir)
    for key, body in entries(cache_dir):
        data = json.loads(body.partition(b"\n")[2])
        data["facts"] = [dict(f, line="one") for f in data["facts"]] or "x"
        forged = json.dumps(data).encode()
        overwrite(cache_dir, key, hashlib.sha256(forged).hexdigest().encode() + b"\n" + forged)
    assert _check(seeds, cache_dir) == first
    assert len(counted) == 10


@pytest.mark.parametrize("damage", ["garbage", "fifo", "folder"])
def test_a_damaged_cache_file_only_costs_time(seeds, tmp_path, counted, damage):
    cache_dir = tmp_path / "cache"
    first = _check(seeds, cache_dir)
    (db_path,) = cache_dir.glob("v*/*/cache.sqlite")
    db_path.unlink()
    if damage == "garbage":
        db_path.write_bytes(b"not a database" * 100)
    elif damage == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("FIFOs")
        os.mkfifo(db_path)
    else:
        db_path.mkdir()
    assert _check(seeds, cache_dir) == first
    assert len(counted) == 10


@pytest.fixture
def compared(monkeypatch):
    """The rules compared (not served from the cache), run by run."""
    from factlint.compare import compare as module  # the engine imports compare() when it needs it

    calls: list[set[str]] = []
    compare = module.compare

    def counting(facts, *args):
        calls.append({f.rule for f in facts})
        return compare(facts, *args)

    monkeypatch.setattr(module, "compare", counting)
    return calls


def test_an_unchanged_archive_is_not_compared_again(seeds, tmp_path, compared):
    first = _check(seeds, tmp_path / "cache")
    assert len(compared) == 1 and "kirby-title" in compared[0]
    second = _check(seeds, tmp_path / "cache")
    assert len(compared) == 1  # every rule's comparison came from the cache
    assert second == first
    assert second.findings and second.checks


def test_a_changed_article_compares_only_the_rules_it_states_again(seeds, tmp_path, compared):
    first = _check(seeds, tmp_path / "cache")
    article = sorted(seeds.iterdir())[2]
    article.write_bytes(article.read_bytes().replace(b"Homeland Security", b"National Security Council"))
    second = _check(seeds, tmp_path / "cache")
    assert len(compared) == 2
    assert "kirby-title" in compared[1] and compared[1] < compared[0]
    uncached = check_paths([str(seeds)], load_rules(RULES), jobs=1)
    assert second == uncached != first


def test_publication_times_are_part_of_a_comparison_key(seeds, tmp_path, compared):
    from factlint.read.datesfile import load_dates

    _check(seeds, tmp_path / "cache")
    dates = tmp_path / "dates.csv"
    dates.write_text("".join(f"{p},2024-01-0{i + 1}\n" for i, p in enumerate(sorted(os.listdir(seeds)))))
    table = load_dates(str(dates))
    check_paths([str(seeds)], load_rules(RULES), jobs=1, cache_dir=str(tmp_path / "cache"), dates=table)
    assert len(compared) == 2


def test_a_damaged_comparison_entry_is_recomputed(seeds, tmp_path, compared):
    cache_dir = tmp_path / "cache"
    first = _check(seeds, cache_dir)
    for key, _ in entries(cache_dir, "compare"):
        overwrite(cache_dir, key, b'{"findings": [[1]], "checks": []}')
    assert _check(seeds, cache_dir) == first
    assert len(compared) == 2


def test_an_unwritable_cache_folder_only_costs_time(seeds, tmp_path, counted):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    assert _check(seeds, blocker).findings
    assert _check(seeds, blocker).findings
    assert len(counted) == 10


def test_the_cli_writes_the_cache_where_told_and_not_with_no_cache(seeds, tmp_path, capsys):
    cache_dir = tmp_path / "elsewhere"
    assert main(["--rules", RULES, "--cache-dir", str(cache_dir), str(seeds)]) == 1
    assert len(entries(cache_dir)) == 5  # one entry per article, in one file
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
