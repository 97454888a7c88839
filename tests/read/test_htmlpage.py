"""Saved HTML pages: the article's text at its place in the source, furniture left out."""
from __future__ import annotations

import datetime as dt
import os

import pytest

from factlint.engine import check_paths
from factlint.read.document import make_document
from factlint.read.markup.htmlpage import read
from factlint.rules import load_rules
from tests.conftest import ROOT, read_document

DATA = os.path.join(ROOT, "tests", "data")
QUAKE_RULES = os.path.join(ROOT, "examples", "earthquake", "rules")
BODY = "<p>The quake killed 12 people.</p>"


def kept(source: str) -> str:
    return " ".join(read(source).layout.split())


@pytest.mark.parametrize("furniture", [
    "<nav>Quake killed 40</nav>",
    "<footer>Quake killed 40</footer>",
    "<aside>Quake killed 40</aside>",
    "<form><textarea>Quake killed 40</textarea></form>",
    "<script>var killed = 40;</script>",
    "<style>.killed { width: 40px }</style>",
    "<figure><img src=x.png><figcaption>Quake killed 40</figcaption></figure>",
    '<div class="trending-list">Quake killed 40</div>',
    '<div class="most-read">Quake killed 40</div>',
    '<section id="comments">Quake killed 40</section>',
    '<div class="newsletter_signup">Quake killed 40</div>',
    '<div role="navigation">Quake killed 40</div>',
    '<div hidden>Quake killed 40</div>',
    '<div aria-hidden="true">Quake killed 40</div>',
    '<div style="display: none">Quake killed 40</div>',
    "<!-- Quake killed 40 -->",
])
@pytest.mark.parametrize("inside", [True, False], ids=["in-article", "around-article"])
def test_furniture_is_left_out(furniture, inside):
    """Page furniture says nothing, inside the article element or around it."""
    page = (f"<html><body><article>{BODY}{furniture}</article></body></html>" if inside
            else f"<html><body>{furniture}<article>{BODY}</article>{furniture}</body></html>")
    assert kept(page) == "The quake killed 12 people."


def test_header_inside_the_article_is_kept():
    """The page's header is furniture; an article's own header holds its headline."""
    assert kept("<body><header>Quake kills 40</header><article><header><h1>Quake kills 12</h1></header>" + BODY
                + "</article></body>") == "Quake kills 12 The quake killed 12 people."


@pytest.mark.parametrize("page, text", [
    ("<body><div class=x><p>Short.</div><div class=story><p>The quake killed 12 people.<p>Rescue goes on.</div></body>",
     "The quake killed 12 people. Rescue goes on."),
    ("<body><main><p>The quake killed 12 people.</p></main><div><p>Other text here, longer than the main one.</p></div></body>",
     "The quake killed 12 people."),
    ("<body><article><p>Ad.</p></article><article><p>The quake killed 12 people.</p></article></body>",
     "The quake killed 12 people."),
    ("The quake killed 12 people.", "The quake killed 12 people."),
], ids=["most-paragraph-text", "main-element", "largest-article", "bare-text"])
def test_the_article_is_found(page, text):
    """The article is the largest <article>/<main>, else the parent of most paragraph text."""
    assert kept(page) == text


@pytest.mark.parametrize("written, read_as", [
    ("12&nbsp;people", "12 people"), ("Tom &amp; Jerry", "Tom & Jerry"),
    ("Kyiv&rsquo;s", "Kyiv’s"), ("Kyiv&#8217;s", "Kyiv’s"), ("Kyiv&#x2019;s", "Kyiv’s"),
    ("a &lt; b", "a < b"), ("AT&T", "AT&T"),
])
def test_entities_read_as_characters(written, read_as):
    """An entity reads as its character, placed at the entity in the source."""
    source = f"<p>{written}</p>"
    page = read(source)
    assert page.layout.strip() == read_as
    assert len(page.offsets) == len(page.layout) + 1
    for i, ch in enumerate(page.layout):
        assert source[page.offsets[i]] in (ch, "&", "<")


def test_text_split_by_tags_joins_up():
    """Inline tags inside a word leave no gap; a skipped element between words leaves a space."""
    assert kept("<p>The <em>quake</em> kill<b>ed</b> 12<span class=share>Share</span>people.</p>") == \
        "The quake killed 12 people."


def test_blocks_break_paragraphs_and_offsets_stay():
    """Blocks on one source line are separate paragraphs; a value's offset is its
    offset in the file, even after entities and across wrapped lines."""
    source = "<html><body><article><h1>Quake kills 12</h1><p>Tom &amp; Jerry said the\n  quake killed 12 people.</p></article></body></html>"
    doc = make_document("a.html", source)
    assert [s.text.split() for s in doc.sentences] == [["Quake", "kills", "12"],
                                                       "Tom & Jerry said the quake killed 12 people.".split()]
    offset = doc.source_offset(doc.sentences[1].start + doc.sentences[1].text.index("12"))
    assert source[offset:offset + 2] == "12"
    assert doc.position(offset) == (2, 16)


@pytest.mark.parametrize("head, body, date", [
    ('<meta property="article:published_time" content="2024-01-09T08:00:00Z">', "", dt.date(2024, 1, 9)),
    ('<meta name="date" content="2024-01-09">', "", dt.date(2024, 1, 9)),
    ('<meta itemprop="datePublished" content="2024-01-09">', "", dt.date(2024, 1, 9)),
    ("", '<time datetime="2024-01-09T10:00">Tuesday</time>', dt.date(2024, 1, 9)),
    ('<meta property="article:published_time" content="2024-01-09">', '<time datetime="2023-05-01">x</time>',
     dt.date(2024, 1, 9)),
    ("", "", None),
], ids=["published-time", "meta-date", "itemprop", "time-element", "meta-before-time", "none"])
def test_page_date(head, body, date):
    """The page's date comes from its meta tags, else its first <time datetime>."""
    doc = make_document("a.html", f"<html><head>{head}</head><body><article>{body}{BODY}</article></body></html>")
    assert doc.date == date


def test_page_title_and_author():
    page = read('<html><head><title>Quake | Daily</title><meta name="author" content="Lena"></head><body></body></html>')
    assert page.metadata == {"title": "Quake | Daily", "author": "Lena"}


@pytest.mark.parametrize("name, expected", [
    ("arvan-quake-news.html", [
        ("arvan-earthquake", "date", "March 4, 2025", "Tuesday.</p>"),
        ("arvan-earthquake", "deaths", "1,214", "1,214</h1>"),
        ("arvan-earthquake", "deaths", "1,214", "1,214, the"),
        ("arvan-earthquake", "magnitude", "7.1", "7.1 quake"),
        ("arvan-earthquake", "depth", "10 km", "10&nbsp;kilometers"),
        ("arvan-earthquake", "injured", "more than 3,400", "More than <strong>3,400</strong>"),
        ("arvan-aftershocks", "count", "24–100", "Dozens"),
        ("arvan-aftershocks", "strongest", "5.9", "5.9."),
    ]),
    ("arvan-quake-blog.html", [
        ("arvan-earthquake", "date", "March 4, 2025", "Tuesday before"),
        ("arvan-earthquake", "deaths", "1,214", "1,214 people"),
        ("arvan-earthquake", "injured", "more than 3,400", "more than 3,400"),
        ("arvan-earthquake", "magnitude", "7.1", "7.1,"),
    ]),
    ("arvan-quake.md", [
        ("arvan-earthquake", "date", "March 4, 2025", "Tuesday*"),
        ("arvan-earthquake", "deaths", "1,214", "1,214]"),
        ("arvan-earthquake", "magnitude", "7.1", "7.1_"),
        ("arvan-earthquake", "injured", "more than 3,400", "More than 3,400"),
    ]),
])
def test_saved_pages_give_only_the_article_facts(name, expected):
    """Realistic saved pages: the article's facts, each at its line and column
    in the file, nothing from trending lists, comments, sidebars, footers,
    scripts or code; "on Tuesday" resolved from the page's date."""
    path = os.path.join(DATA, name)
    report = check_paths([path], load_rules(QUAKE_RULES))
    facts = [f for f in report.facts if f.rule != "unit-conversion"]
    doc = read_document(path)
    got = []
    for f in facts:
        at = doc.line_text(f.line)[f.column - 1:]
        got.append(next((e for e in expected if e[:3] == (f.rule, f.fact, f.display) and at.startswith(e[3])),
                        (f.rule, f.fact, f.display, at)))
    assert sorted(got) == sorted(expected)
