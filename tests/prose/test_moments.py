"""Publication times: Moment, written dates and a page's date line, with and
without a clock time and zone. Every date here is invented."""
from __future__ import annotations

import datetime as dt

import pytest

from factlint.prose.moments import Moment, date_line, parse_moment
from factlint.read.document import make_document


@pytest.mark.parametrize("line, expected", [
    ("2021-02-09", "2021-02-09"),
    ("June 2, 2021 9:44 AM", "2021-06-02T09:44"),
    ("Published: March 11, 2021 07:14 AM GMT", "2021-03-11T07:14Z"),
    ("Tue 9 Feb 2021 16.20 GMT", "2021-02-09T16:20Z"),
    ("Harbor Gazette | June 3, 2022", "2022-06-03"),
    ("By Ann Lee - 3 June 2022 10:15 BST", "2022-06-03T10:15+01:00"),
    ("Posted Oct. 7, 2021 at 6:05 p.m. EDT", "2021-10-07T18:05-04:00"),
    ("Monday, March 14, 2022", "2022-03-14"),
    ("Published 13 May 2021, 09:08 AM | Updated: 13 May 2021, 12:48 PM", "2021-05-13T09:08"),
    ("Date: 2020-02-11 21:05:29", "2020-02-11T21:05"),
    # zones written as an offset, and US zones that name no season
    ("Last updated: 12 March 2020 at 08:30 (UTC+1)", "2020-03-12T08:30+01:00"),
    ("Published: 4 May 2021 17:45 GMT+5:30", "2021-05-04T17:45+05:30"),
    ("Posted Jan. 9, 2021 at 7:10 p.m. (UTC-5)", "2021-01-09T19:10-05:00"),
    ("Harbor Gazette | June 3, 2022 at 4:15 p.m. ET", "2022-06-03T16:15-04:00"),
    ("Harbor Gazette | December 3, 2022 at 4:15 p.m. ET", "2022-12-03T16:15-05:00"),
    ("Valley Post | Nov. 2, 2021 8:00 AM PT", "2021-11-02T08:00-07:00"),
    ("Valley Post | Nov. 9, 2021 8:00 AM PT", "2021-11-09T08:00-08:00"),
    # without a zone: ordered by day, or by clock against another time without one
    ("Published: July 19, 2023 11:02 PM", "2023-07-19T23:02"),
    ("Sun 8 Aug 2021 06.15", "2021-08-08T06:15"),
])
def test_date_lines(line, expected):
    found = date_line(["Adley Courier", line, "", "The ferry sank on Tuesday."])
    assert found is not None and found[1].iso() == expected


@pytest.mark.parametrize("lines", [
    ["The ferry sank on March 3, 2022, after striking a reef near the harbor mouth, officials said."],
    ["Rescuers said on June 3, 2022 that the search would go on through the night in calm water."],
    ["No date here at all."],
    ["Thu. Mar 11th, 2021"],  # a site's today's-date widget, on every page
])
def test_prose_dates_are_not_date_lines(lines):
    assert date_line(lines) is None


def test_updated_stamp_only_without_another_date_line():
    assert date_line(["Updated: May 2, 2021", "Published: May 1, 2021"])[1].day == dt.date(2021, 5, 1)
    assert date_line(["Updated: May 2, 2021"])[1].day == dt.date(2021, 5, 2)


@pytest.mark.parametrize("raw, expected", [
    (dt.date(2022, 1, 5), "2022-01-05"),
    ("2021-06-17T21:29-04:00", "2021-06-17T21:29-04:00"),
    ("2021-01-09T10:00:00Z", "2021-01-09T10:00Z"),
    ("not a date", None),
])
def test_parse_moment(raw, expected):
    got = parse_moment(raw)
    assert (got.iso() if got else None) == expected


def test_before_is_certain_only():
    a = Moment(dt.date(2022, 5, 1), 23 * 60 + 30, -240)  # 03:30 UTC on May 2
    b = Moment(dt.date(2022, 5, 2), 60, 0)  # 01:00 UTC on May 2
    assert b.before(a) and not a.before(b)
    assert not Moment(dt.date(2022, 5, 2)).before(Moment(dt.date(2022, 5, 2), 600))  # same day, one clock unknown
    assert Moment(dt.date(2022, 5, 1)).before(Moment(dt.date(2022, 5, 2)))


def test_plain_text_article_gets_its_time_but_a_guessed_line_resolves_no_relative_date():
    doc = make_document("a.txt", "Adley Courier | May 4, 2022\n\nThe ferry sank yesterday.\n")
    assert doc.published == Moment(dt.date(2022, 5, 4))
    assert doc.date is None


def test_front_matter_time_is_kept_to_the_minute():
    doc = make_document("a.md", "---\ndate: 2022-05-04T18:30:00-04:00\n---\n\nThe ferry sank yesterday.\n")
    assert doc.published == Moment(dt.date(2022, 5, 4), 18 * 60 + 30, -240)
    assert doc.date == dt.date(2022, 5, 4)


@pytest.mark.parametrize("line, expected", [
    ("Update 11:48 p.m. EDT Aug. 21: The harbor toll has climbed to 15.", "--08-21T23:48-04:00"),
    ("Updated 6:05 AM Jan. 3 | Valley Post", "--01-03T06:05"),
    ("Posted: March 3", "--03-03"),
    ("Sep. 16—The toll is still fluid, officials caution.", "--09-16"),
    ("Oct. 2 – Rescuers reached the village at dawn.", "--10-02"),
])
def test_yearless_date_lines(line, expected):
    from factlint.prose.moments import yearless_line
    assert yearless_line(["Harbor toll rises", "", line, "", "Body text."]) == expected


@pytest.mark.parametrize("lines", [
    ["Aug. 21 was the day the ferry sank, officials said."],  # prose, not a stamp
    ["Updated Aug. 21, 2023: the toll rose."],  # a full date: date_line's
    ["Feb. 30— a day no calendar holds"],
    ["Headline", "", "Body text without a date at all."],
])
def test_no_yearless_date_line(lines):
    from factlint.prose.moments import yearless_line
    assert yearless_line(lines) is None


@pytest.mark.parametrize("stamp, corpus, expected", [
    ("--08-21T23:48-04:00", [dt.date(2023, 8, 10), dt.date(2023, 10, 1)], "2023-08-21T23:48-04:00"),
    ("--01-02", [dt.date(2023, 12, 30), dt.date(2023, 12, 31)], "2024-01-02"),  # across the new year
    ("--12-30", [dt.date(2024, 1, 2)], "2023-12-30"),
    ("--02-29", [dt.date(2023, 3, 1)], "2024-02-29"),  # the nearest year that has the day
    ("--08-21", [], None),  # no dated article: stays undated
])
def test_a_yearless_stamp_takes_the_corpus_year(stamp, corpus, expected):
    from factlint.prose.moments import with_year
    placed = with_year(stamp, corpus)
    assert (placed.iso() if placed else None) == expected
