"""The HTML report in a real browser: headless Chromium loads the seeds'
report without console errors, its DOM holds the matrix with the Kirby cell
highlighted, and a screenshot is kept in build/test-artifacts/ for a person
to look at. Skipped where no Chromium is installed."""
from __future__ import annotations

import os
import shutil
import struct
import subprocess

import pytest

from factlint.engine import check_paths
from factlint.reporters import facts_table, html_report
from factlint.reporters.options import RenderOptions
from factlint.rules import load_rules
from tests.conftest import ROOT, RULES, SEEDS
from tests.reporters.test_html_report import Elements

CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
SCREENSHOT = os.path.join(ROOT, "build", "test-artifacts", "report-seeds.png")
WINDOW = (1400, 1000)


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH: run .ci/install-chromium "
                                               "(Debian: apt-get install -y chromium) to test the report in a browser")
def test_report_in_chromium(tmp_path):
    """One headless run: the DOM as the browser built it, console messages and a screenshot."""
    report = check_paths([SEEDS], load_rules(RULES))
    page = tmp_path / "report.html"
    page.write_text(html_report.render(report), encoding="utf-8")
    os.makedirs(os.path.dirname(SCREENSHOT), exist_ok=True)
    if os.path.exists(SCREENSHOT):
        os.unlink(SCREENSHOT)
    run = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         "--disable-extensions", f"--user-data-dir={tmp_path / 'profile'}", f"--window-size={WINDOW[0]},{WINDOW[1]}",
         "--enable-logging=stderr", "--log-level=0", f"--screenshot={SCREENSHOT}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    # Page console messages (errors, failed scripts) are logged as "...:CONSOLE:<line>] ...".
    assert [line for line in run.stderr.splitlines() if ":CONSOLE" in line] == []

    dom = Elements(run.stdout)
    rows = [a["id"] for t, a in dom.elements if t == "tr" and "id" in a]
    assert rows == [f"fact-{r}.{f}" for r, f in facts_table.rows(report)]
    highlighted = [a for t, a in dom.elements if t == "td" and a.get("class") == "disagrees"]
    assert len(highlighted) == 1 and "Homeland Security spokesman" in highlighted[0]["title"]

    with open(SCREENSHOT, "rb") as handle:
        png = handle.read()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == WINDOW


BIG_SCREENSHOT = os.path.join(ROOT, "build", "test-artifacts", "report-100-articles.png")
BIG_RULE = """id: harlow-bridge
description: Harlow bridge collapse
scope: [bridge]
facts:
  deaths:
    kind: count
    triggers: [killed, dead]
    expected: 4
  injured:
    kind: count
    triggers: [injured, hurt]
  spans:
    kind: count
    triggers: [spans]
"""


def _chromium(page, profile, screenshot, window=WINDOW):
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         "--disable-extensions", f"--user-data-dir={profile}", f"--window-size={window[0]},{window[1]}",
         "--enable-logging=stderr", "--log-level=0", f"--screenshot={screenshot}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH: run .ci/install-chromium "
                                               "(Debian: apt-get install -y chromium) to test the report in a browser")
def test_report_of_100_articles_in_chromium(tmp_path):
    """An archive of 100 articles with long names (invented): the page leads with the
    findings by fact, the matrix has short labels with the full names in a key, the
    quoted sentences are folded per article. The screenshot (build/test-artifacts/)
    shows the first screen: the findings, not a matrix five screens wide."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "harlow-bridge.yaml").write_text(BIG_RULE, encoding="utf-8")
    corpus = tmp_path / "archive"
    corpus.mkdir()
    for i in range(100):
        injured = "19" if i % 9 == 0 else "17" if i % 13 == 0 else "11"
        deaths = "6" if i % 25 == 3 else "4"
        text = (f"The bridge collapse in Harlow killed {deaths} people and injured {injured}, officials said.\n"
                f"The bridge had three spans before the storm.\n")
        (corpus / f"2026-03-{i % 28 + 1:02d}-harlow-bridge-collapse-wire-update-{i:03d}.txt").write_text(
            text, encoding="utf-8")
    report = check_paths([str(corpus)], load_rules(str(rules)))
    assert len(report.articles) == 100 and report.findings
    page = tmp_path / "report.html"
    page.write_text(html_report.render(report, RenderOptions(info=(("date", "2026-03-30 09:00 UTC"), ("rules", "rules")))), encoding="utf-8")
    os.makedirs(os.path.dirname(BIG_SCREENSHOT), exist_ok=True)
    if os.path.exists(BIG_SCREENSHOT):
        os.unlink(BIG_SCREENSHOT)
    run = _chromium(page, tmp_path / "profile", BIG_SCREENSHOT)
    assert run.returncode == 0, run.stderr[-2000:]
    assert [line for line in run.stderr.splitlines() if ":CONSOLE" in line] == []

    dom = Elements(run.stdout)
    tags = [(t, a) for t, a in dom.elements]
    order = [a.get("id") for t, a in tags if t == "h2"]
    assert order == ["findings", "matrix", "mentions"]  # the findings lead
    sections = [a["id"] for t, a in tags if t == "section"]
    assert sections == ["finding-harlow-bridge.deaths", "finding-harlow-bridge.injured"]
    headers = [a for t, a in tags if t == "th" and "title" in a]
    assert len(headers) == 100 and headers[0]["title"].endswith("-000.txt")
    assert len([1 for t, a in tags if t == "details" and a.get("class") == "article"]) == 100
    assert "harlow-bridge.deaths: expected 4; found 6</h3>" in run.stdout
    assert "harlow-bridge.injured: expected 11; found 17, 19</h3>" in run.stdout

    with open(BIG_SCREENSHOT, "rb") as handle:
        png = handle.read()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == WINDOW
