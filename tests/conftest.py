"""Shared fixtures: the project's own folders and a CLI runner."""
from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")
RULES = os.path.join(ROOT, "rules")
# No test reads or writes the user's store of compiled patterns (factlint/patternstore.py),
# nor do the commands tests run; tests/test_patternstore.py sets one up of its own.
os.environ["FACTLINT_PATTERN_CACHE"] = "off"


@pytest.fixture(autouse=True)
def cache_outside_the_repository(tmp_path_factory, monkeypatch):
    """Commands that cache write to a temporary folder, never into the repository."""
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path_factory.mktemp("factlint_cache")))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch):
    """The caller's CI or terminal settings must not change what factlint prints in tests."""
    for name in ("GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    # The HTML report's run date: fixed, so that a report is the same bytes in every test run.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


CORPUS_SENTENCES = [
    "The attack on Belgorod on December {day} killed {deaths} people and injured {injured}.",
    "The North Korean missiles have a range of {range}, the White House said.",
    "{title} John Kirby said the transfer was an escalation.",
    "Residents described hearing loud explosions before dawn.",
]
CORPUS_VALUES = {"day": ["30", "30", "29"], "deaths": ["21", "25", "more than 20", "18"],
                 "injured": ["111", "111", "80"], "range": ["900 km", "about 900 kilometres (550 miles)", "700 km"],
                 "title": ["National Security Council spokesman", "NSC spokesman", "Pentagon spokesman"]}


@pytest.fixture
def small_corpus(tmp_path) -> str:
    """A folder of 70 short articles (more than two worker chunks), facts varied
    so that some agree and some do not; articles 7, 17, ... state nothing."""
    folder = tmp_path / "corpus"
    for i in range(70):
        sub = folder / f"{i // 25:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        values = {k: v[(i * (n + 1)) % len(v)] for n, (k, v) in enumerate(sorted(CORPUS_VALUES.items()))}
        lines = [s.format(**values) for s in CORPUS_SENTENCES[(i % 3):]] if i % 10 != 7 else ["Nothing to see."]
        (sub / f"a{i:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(folder)


def read_document(path: str):
    """An article read from disk as a run reads it (tests only)."""
    from factlint.read.document import document_from_bytes, read_bytes

    return document_from_bytes(path, read_bytes(path))
