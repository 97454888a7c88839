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
