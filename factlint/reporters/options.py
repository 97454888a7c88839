"""What a caller may ask of any reporter beyond the report itself."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class RenderOptions:
    quiet: bool = False  # the text report: only the failures and the tally
    color: bool = False  # the text report: ANSI styles
    width: int | None = None  # a terminal's width: separators span it, quotes and tables fit it
    full_source: bool = False  # the text report: quote whole sentences
    info: tuple[tuple[str, str], ...] = ()  # the run's metadata (date, rules folders, baseline) for the HTML report
    discovered: tuple[Any, ...] | None = None  # discovery's fact groups (reporters.discovered.GroupSummary)
    min_articles: int = 2  # discovery's threshold, as its report states it
    show_superseded: bool = False  # the text report: every superseded figure, not one line per fact


DEFAULT = RenderOptions()
