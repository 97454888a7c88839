"""Reporters: pure functions from a whole Report to text, registered by name."""
from __future__ import annotations

from typing import Callable

from factlint.model import Report
from factlint.reporters import facts_table, json_report, text

REPORTERS: dict[str, Callable[[Report], str]] = {
    "text": text.render,
    "json": json_report.render,
}
FACT_REPORTERS: dict[str, Callable[[Report], str]] = {
    "text": facts_table.render,
    "json": facts_table.render_json,
}
