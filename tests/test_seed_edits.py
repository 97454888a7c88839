"""Seed-edit cases: edit the seed articles, lint them, compare the flagged lines.

Each case in seed_edits.yaml, seed_edits_more.yaml and seed_edits_third.yaml links the
seed articles (one shared read-only copy, hard links) into a temporary folder,
writes the files its edits change as new files, applies its edits (replace `old` by `new`, `append` a line, `crlf` line endings,
re-encode, `add_file` a new file from `text` or `hex`, optionally `repeat`ed),
runs factlint in-process and expects exactly the baseline lines whose mark text
is still present plus the lines named under `flag`.
"""
from __future__ import annotations

import os
import shutil
import stat

import pytest
import yaml

from factlint.cli.exit import ExitStatus, exit_status
from factlint.engine import check_paths
from factlint.rules import load_rules

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEEDS = os.path.join(ROOT, "seeds")
RULES = os.path.join(ROOT, "rules")

# seed_edits.yaml (first round), seed_edits_more.yaml (second round, new
# phrasings) and seed_edits_third.yaml (third round: added articles, encodings,
# junk files, number, unit, date and title forms); the baseline is shared, and
# case ids are unique across all three.
SPEC_FILES = ["seed_edits.yaml", "seed_edits_more.yaml", "seed_edits_third.yaml"]
BASELINE: list[dict] = []
CASES: list[dict] = []
for _name in SPEC_FILES:
    with open(os.path.join(HERE, _name), encoding="utf-8") as _f:
        _spec = yaml.safe_load(_f)
    for _mark in _spec.get("baseline", []):
        if _mark not in BASELINE:
            BASELINE.append(_mark)
    CASES.extend(_spec["cases"])


def _file(folder: str, prefix: str) -> str:
    names = [n for n in sorted(os.listdir(folder)) if n.startswith(prefix)]
    assert len(names) == 1, f"{prefix!r} names {len(names)} files"
    return os.path.join(folder, names[0])


def _apply(folder: str, edits: list[dict]) -> None:
    texts: dict[str, str] = {}
    for edit in edits:
        if "add_file" in edit:  # as the acceptance harness does: bytes from hex, else UTF-8 text
            spec = edit["add_file"]
            data = bytes.fromhex(spec["hex"]) if "hex" in spec else spec.get("text", "").encode()
            with open(os.path.join(folder, spec["name"]), "wb") as out:
                out.write(data * int(spec.get("repeat", 1)))
            continue
        path = _file(folder, edit["file"])
        if path not in texts:
            with open(path, encoding="utf-8", newline="") as f:
                texts[path] = f.read()
        text = texts[path]
        if "old" in edit:
            assert text.count(edit["old"]) == 1, f"{edit['old']!r} is not found exactly once in {path}"
            text = text.replace(edit["old"], edit["new"])
        if "append" in edit:
            text = text.rstrip("\n") + "\n" + edit["append"] + "\n"
        texts[path] = text
        data = text.replace("\n", "\r\n") if edit.get("crlf") else text
        os.unlink(path)  # a hard link to the shared copy: write a file of its own
        with open(path, "wb") as out:
            out.write(data.encode(edit.get("encoding", "utf-8")))


def _expected(folder: str, marks: list[dict]) -> set[tuple[str, int]]:
    want = set()
    for m in marks:
        path = _file(folder, m["file"])
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode(m.get("encoding", "utf-8"), errors="replace").replace("\r\n", "\n")
        at = text.find(m["mark"])
        if at >= 0:
            want.add((os.path.basename(path), text.count("\n", 0, at) + 1))
    return want


@pytest.fixture(scope="module")
def rules():
    # Loaded once: the cases test the engine; the command line is tested in test_cli.py.
    return load_rules(RULES)


@pytest.fixture(scope="module")
def shared_seeds(tmp_path_factory):
    """One copy of seeds/ for every case, read-only, so that a case can only change it by mistake loudly."""
    folder = str(tmp_path_factory.mktemp("shared") / "seeds")
    shutil.copytree(SEEDS, folder)
    for name in os.listdir(folder):
        os.chmod(os.path.join(folder, name), stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return folder


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory):
    """factlint's own per-article cache, shared by the cases: an article a case leaves
    unchanged is extracted once (the cache is keyed on the bytes, not the path)."""
    return str(tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_seed_edit(case, tmp_path, rules, shared_seeds, shared_cache):
    folder = str(tmp_path / "articles")
    os.mkdir(folder)
    for name in os.listdir(shared_seeds):
        os.link(os.path.join(shared_seeds, name), os.path.join(folder, name))
    _apply(folder, case.get("edits", []))
    want = _expected(folder, BASELINE) | _expected(folder, case.get("flag", []))
    report = check_paths([folder], rules, cache_dir=shared_cache)
    got = {(os.path.basename(f.path), f.line) for f in report.findings}
    assert got == want, f"{case.get('why', '')}: missed {sorted(want - got)}, unexpected {sorted(got - want)}"
    # The exit status the CLI would give (its default fail level): 1 only for error findings.
    expected_exit = case.get("exit", ExitStatus.FINDINGS if want else ExitStatus.CLEAN)
    assert exit_status(report) == expected_exit


def test_cases_have_unique_ids():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
