"""Shared fixtures: the project's own folders and a CLI runner."""
from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")
RULES = os.path.join(ROOT, "rules")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch):
    """The caller's CI or terminal settings must not change what factlint prints in tests."""
    for name in ("GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
