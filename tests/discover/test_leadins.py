"""A forecast's lead-in line ("The exit poll results:") makes the list or
table under it a forecast, though no line of it says so. Articles invented."""
from __future__ import annotations

import pytest

from factlint.discover.mentions import article_mentions
from factlint.read.document import make_document


def _projected(text: str) -> dict[str, bool]:
    return {m.display: m.projected for m in article_mentions(make_document("a.md", text)) if m.kind == "count"}


@pytest.mark.parametrize("lead_in", [
    "The exit poll results in full:",
    "The full poll:",
    "Projected seats:",
    "Seats forecast by the exit poll:",
    "How the exit poll sees it:",
])
@pytest.mark.parametrize("items", [
    ["Harbour Party: 318", "Blues: 93"],
    ["- Harbour Party: 318", "- Blues: 93"],
    ["• Harbour Party: 318 Seats", "• Blues: 93 Seats"],
])
def test_a_forecasts_list_is_a_forecast(lead_in, items):
    text = f"Norland voted on Thursday.\n\n{lead_in}\n\n" + "\n\n".join(items) + "\n"
    assert _projected(text) == {"318": True, "93": True}


@pytest.mark.parametrize("lead_in", [
    "The final results:",
    "Seats won, with all 612 declared:",
])
def test_a_results_list_is_not_a_forecast(lead_in):
    text = f"Norland voted on Thursday.\n\n{lead_in}\n\nHarbour Party: 318\n\nBlues: 93\n"
    found = _projected(text)
    assert (found["318"], found["93"]) == (False, False)


def test_the_forecast_ends_at_a_paragraph_of_its_own():
    text = ("The exit poll results:\n\nHarbour Party: 318\n\n"
            "Counting went on through the night, and by morning the Blues had won 88 seats.\n\nBlues: 88\n")
    assert _projected(text) == {"318": True, "88": False}
