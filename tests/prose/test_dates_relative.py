"""Relative dates ("yesterday", "last week", "on Tuesday") resolved from the
article's own date, and left alone in an article without one."""
from __future__ import annotations

import datetime as dt

import pytest

from factlint.engine import check_paths
from factlint.prose.values import find_values
from factlint.rules import load_rules

TUESDAY = dt.date(2024, 1, 9)


def dated(text: str, article_date: dt.date = TUESDAY) -> list[tuple[str, str, str]]:
    return [(text[v.start:v.end], v.type, v.date.describe()) for v in find_values(text, article_date)
            if v.date is not None]


@pytest.mark.parametrize("phrase, kind, described", [
    ("yesterday", "date", "January 8, 2024"),
    ("Today", "date", "January 9, 2024"),
    ("tomorrow", "date", "January 10, 2024"),
    ("last week", "date", "January 1 to January 7, 2024"),
    ("this week", "date", "January 8 to January 14, 2024"),
    ("next week", "date", "January 15 to January 21, 2024"),
    ("last month", "date", "December 2023"),
    ("this month", "date", "January 2024"),
    ("next month", "date", "February 2024"),
    ("last year", "year", "2023"),
    ("this year", "year", "2024"),
    ("next year", "year", "2025"),
    ("Tuesday", "date", "January 9, 2024"),
    ("Monday", "date", "January 8, 2024"),
    ("Wednesday", "date", "January 3, 2024"),
    ("last Tuesday", "date", "January 2, 2024"),
    ("next Tuesday", "date", "January 16, 2024"),
    ("this Friday", "date", "January 12, 2024"),
    ("September of last year", "date", "September 2023"),
    ("last December", "date", "December 2023"),
    ("Tuesday, January 9", "date", "January 9"),
])
def test_relative_dates_resolve_from_article_date(phrase, kind, described):
    """In an article dated Tuesday, January 9, 2024, each phrase is one value."""
    assert dated(f"The quake struck {phrase}, officials said.") == [(phrase, kind, described)]


@pytest.mark.parametrize("article_date, phrase, described", [
    (dt.date(2025, 1, 1), "this week", "January 1 to January 5, 2025"),
    (dt.date(2025, 1, 6), "last week", "January 1 to January 5, 2025"),
    (dt.date(2024, 3, 1), "yesterday", "February 29, 2024"),
    (dt.date(2024, 1, 31), "next month", "February 2024"),
    (dt.date(2024, 12, 15), "next month", "January 2025"),
])
def test_relative_dates_across_month_and_year_ends(article_date, phrase, described):
    """A week across New Year keeps its part in the article's year; months
    and leap days roll over."""
    assert dated(f"It struck {phrase}.", article_date) == [(phrase, dated(f"x {phrase}", article_date)[0][1], described)]


@pytest.mark.parametrize("phrase", ["yesterday", "last week", "on Tuesday", "this month", "last year"])
def test_undated_article_leaves_them_unresolved(phrase):
    """Without an article date nothing is guessed: the phrase is no value."""
    assert dated(f"The quake struck {phrase}.", None) == []


def test_year_relative_date_without_article_date_keeps_its_offset():
    """"September of last year" stays a year-less date with year_offset -1."""
    [value] = find_values("It met in September of last year.")
    assert (value.date.year, value.date.year_offset, value.date.describe()) == (None, -1, "September last year")


RULE = """id: quake
description: The quake
scope: [quake]
facts:
  date:
    kind: date
    triggers: [struck]
    expected: 2024-01-08
"""


@pytest.mark.parametrize("name, text, found, flagged", [
    ("dated.md", "---\ndate: 2024-01-09\n---\nThe quake struck yesterday.\n", ["January 8, 2024"], []),
    ("wrong.md", "---\ndate: 2024-01-12\n---\nThe quake struck yesterday.\n", ["January 11, 2024"], ["yesterday"]),
    ("undated.md", "The quake struck yesterday.\n", [], []),
    ("page.html", '<html><head><meta property="article:published_time" content="2024-01-09T06:00:00Z"></head>'
                  "<body><article><p>The quake struck on Monday.</p></article></body></html>", ["January 8, 2024"], []),
])
def test_article_date_reaches_the_engine(tmp_path, name, text, found, flagged):
    """Front matter and page dates resolve relative dates end to end; the
    expected value then judges them like any date."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "quake.yaml").write_text(RULE, encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    report = check_paths([str(tmp_path / name)], load_rules(str(tmp_path / "rules")))
    assert [f.display for f in report.facts] == found
    assert [f.found for f in report.findings] == flagged
